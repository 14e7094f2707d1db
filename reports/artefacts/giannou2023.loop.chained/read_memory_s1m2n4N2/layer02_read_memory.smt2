; read_memory: S_a.flag[0] at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x343 (= 1 slot.a)))
(let ((?x6726 (ite $x343 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x3227 (ite $x343 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x5172 (= 0 (+ ?x3227 (* (- 1) ?x6726) (* (- 2) (ite $x343 |mem1[0]| |mem2[0]|))))))
(not $x5172))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x343 (= 1 slot.a)))
(let ((?x277 (ite $x343 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x5707 (ite $x343 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x6609 (= 0 (+ ?x5707 (* (- 1) ?x277) (* (- 2) (ite $x343 |mem1[1]| |mem2[1]|))))))
(not $x6609))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5904 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x6550 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1611 (= 1 slot.b)))
(let ((?x2098 (ite $x1611 ?x6550 ?x5904)))
(let ((?x3721 (+ 1 |mem2[0]|)))
(let ((?x1719 (+ 1 |mem1[0]|)))
(let ((?x3177 (ite $x1611 ?x1719 ?x3721)))
(let (($x2133 (= 0 (+ ?x3177 (* (- 1) ?x2098) (* (- 2) (ite $x1611 |mem1[0]| |mem2[0]|))))))
(not $x2133))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3432 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1298 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1611 (= 1 slot.b)))
(let ((?x2493 (ite $x1611 ?x1298 ?x3432)))
(let ((?x932 (+ 1 |mem2[1]|)))
(let ((?x1584 (+ 1 |mem1[1]|)))
(let ((?x6713 (ite $x1611 ?x1584 ?x932)))
(let (($x211 (= 0 (+ ?x6713 (* (- 1) ?x2493) (* (- 2) (ite $x1611 |mem1[1]| |mem2[1]|))))))
(not $x211))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x5904 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x6550 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x343 (= 1 slot.a)))
(let ((?x6726 (ite $x343 ?x6550 ?x5904)))
(let ((?x3272 (+ (* 2 (ite $x343 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x343 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x6726)))
(let (($x2349 (= 0 ?x3272)))
(not $x2349))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (22, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x6550 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x343 (= 1 slot.a)))
(let ((?x5819 (ite $x343 ?x6550 (* 2 ?x6550))))
(let ((?x1719 (+ 1 |mem1[0]|)))
(let ((?x4996 (ite $x343 ?x1719 (* 2 ?x1719))))
(let ((?x402 (+ (* 2 (ite $x343 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x4996) ?x5819)))
(let (($x3564 (= 0 ?x402)))
(not $x3564)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (22, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x5904 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x343 (= 1 slot.a)))
(let ((?x565 (ite $x343 (* 2 ?x5904) ?x5904)))
(let ((?x3721 (+ 1 |mem2[0]|)))
(let ((?x7055 (ite $x343 (* 2 ?x3721) ?x3721)))
(let ((?x4111 (+ (* 2 (ite $x343 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x7055) ?x565)))
(let (($x1631 (= 0 ?x4111)))
(not $x1631)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3432 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1298 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x343 (= 1 slot.a)))
(let ((?x277 (ite $x343 ?x1298 ?x3432)))
(let ((?x183 (+ (* 2 (ite $x343 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x343 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x277)))
(let (($x6693 (= 0 ?x183)))
(not $x6693))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (23, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1298 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x343 (= 1 slot.a)))
(let ((?x6239 (ite $x343 ?x1298 (* 2 ?x1298))))
(let ((?x1584 (+ 1 |mem1[1]|)))
(let ((?x6149 (ite $x343 ?x1584 (* 2 ?x1584))))
(let ((?x3120 (+ (* 2 (ite $x343 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x6149) ?x6239)))
(let (($x2053 (= 0 ?x3120)))
(not $x2053)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (23, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3432 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x343 (= 1 slot.a)))
(let ((?x1957 (ite $x343 (* 2 ?x3432) ?x3432)))
(let ((?x932 (+ 1 |mem2[1]|)))
(let ((?x4300 (ite $x343 (* 2 ?x932) ?x932)))
(let ((?x4526 (+ (* 2 (ite $x343 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x4300) ?x1957)))
(let (($x5509 (= 0 ?x4526)))
(not $x5509)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5904 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x6550 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1611 (= 1 slot.b)))
(let ((?x2098 (ite $x1611 ?x6550 ?x5904)))
(let ((?x4983 (+ (* 2 (ite $x1611 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x1611 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x2098)))
(let (($x4182 (= 0 ?x4983)))
(not $x4182))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (24, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6550 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x4551 (* 2 ?x6550)))
(let (($x1611 (= 1 slot.b)))
(let ((?x1300 (ite $x1611 ?x6550 ?x4551)))
(let ((?x1719 (+ 1 |mem1[0]|)))
(let ((?x4989 (* 2 ?x1719)))
(let ((?x4215 (ite $x1611 ?x1719 ?x4989)))
(let ((?x4786 (+ (* 2 (ite $x1611 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x4215) ?x1300)))
(let (($x2333 (= 0 ?x4786)))
(not $x2333)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (24, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5904 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x5091 (* 2 ?x5904)))
(let (($x1611 (= 1 slot.b)))
(let ((?x2849 (ite $x1611 ?x5091 ?x5904)))
(let ((?x3721 (+ 1 |mem2[0]|)))
(let ((?x2327 (* 2 ?x3721)))
(let ((?x7034 (ite $x1611 ?x2327 ?x3721)))
(let ((?x149 (+ (* 2 (ite $x1611 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x7034) ?x2849)))
(let (($x4190 (= 0 ?x149)))
(not $x4190)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3432 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1298 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1611 (= 1 slot.b)))
(let ((?x2493 (ite $x1611 ?x1298 ?x3432)))
(let ((?x109 (+ (* 2 (ite $x1611 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x1611 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x2493)))
(let (($x2696 (= 0 ?x109)))
(not $x2696))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (25, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1298 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x4850 (* 2 ?x1298)))
(let (($x1611 (= 1 slot.b)))
(let ((?x917 (ite $x1611 ?x1298 ?x4850)))
(let ((?x1584 (+ 1 |mem1[1]|)))
(let ((?x1707 (* 2 ?x1584)))
(let ((?x652 (ite $x1611 ?x1584 ?x1707)))
(let ((?x5437 (+ (* 2 (ite $x1611 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x652) ?x917)))
(let (($x2097 (= 0 ?x5437)))
(not $x2097)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (25, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3432 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x6602 (* 2 ?x3432)))
(let (($x1611 (= 1 slot.b)))
(let ((?x3783 (ite $x1611 ?x6602 ?x3432)))
(let ((?x932 (+ 1 |mem2[1]|)))
(let ((?x6382 (* 2 ?x932)))
(let ((?x5413 (ite $x1611 ?x6382 ?x932)))
(let ((?x223 (+ (* 2 (ite $x1611 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x5413) ?x3783)))
(let (($x5361 (= 0 ?x223)))
(not $x5361)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6050 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1162 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1765 (and $x1162 $x6050)))
(let (($x2625 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x206 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3672 (and $x206 $x2625)))
(let (($x2417 (or $x3672 $x1765)))
(not $x2417)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x6517 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5771 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1097 (and $x5771 $x6517)))
(let (($x4422 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x40 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6534 (and $x40 $x4422)))
(let (($x4438 (or $x6534 $x1097)))
(not $x4438)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x1719 (+ 1 |mem1[0]|)))
(let (($x1056 (= 0 ?x1719)))
(let (($x762 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2388 (or $x762 $x1056)))
(not $x2388))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x1584 (+ 1 |mem1[1]|)))
(let (($x6414 (= 0 ?x1584)))
(let (($x3551 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2484 (or $x3551 $x6414)))
(not $x2484))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x3721 (+ 1 |mem2[0]|)))
(let (($x3905 (= 0 ?x3721)))
(let (($x3934 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x167 (or $x3934 $x3905)))
(not $x167))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x932 (+ 1 |mem2[1]|)))
(let (($x784 (= 0 ?x932)))
(let (($x3414 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5399 (or $x3414 $x784)))
(not $x5399))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x6181 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4991 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2740 (and $x4991 $x6181)))
(let (($x626 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2703 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4903 (and $x2703 $x626)))
(let (($x3349 (or $x4903 $x2740)))
(not $x3349)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x6322 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3138 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x552 (and $x3138 $x6322)))
(let (($x1292 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5386 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6669 (and $x5386 $x1292)))
(let (($x6456 (or $x6669 $x552)))
(not $x6456)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3834 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x1128 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x1671 (or $x1128 $x3834)))
(not $x1671)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3901 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x2775 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x3027 (or $x2775 $x3901)))
(not $x3027)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x6757 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x303 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x93 (or $x303 $x6757)))
(not $x93)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1384 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x4889 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x4971 (or $x4889 $x1384)))
(not $x4971)))))
(check-sat)
(reset)
