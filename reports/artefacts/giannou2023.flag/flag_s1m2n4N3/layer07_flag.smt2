; flag: S_a.flag[0] at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x1859 (* 2 |S_b[1]|)))
(let ((?x3608 (+ 7 (* 4 |S_b[0]|) ?x1859 |S_b[2]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 8)))))
(let (($x4386 (>= 0 ?x3608)))
(let ((?x4665 (ite $x4386 1 0)))
(let ((?x240 (+ 2 |S_b[0]| |S_b[1]| |S_b[2]|)))
(let ((?x4242 (ite (< 0 ?x240) ?x240 0)))
(let ((?x1355 (+ 3 |S_b[0]| ?x1859 (* 2 |S_b[2]|) (* (- 2) ?x4242) (* 2 ?x4665))))
(let (($x592 (= 0 ?x1355)))
(not $x592))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x178 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2278 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1187 (and $x2278 $x178)))
(let (($x2652 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2921 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1357 (and $x2921 $x2652)))
(let (($x2641 (or $x1357 $x1187)))
(not $x2641)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4667 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1428 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x700 (and $x1428 $x4667)))
(let (($x2250 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1183 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1567 (and $x1183 $x2250)))
(let (($x3352 (or $x1567 $x700)))
(not $x3352)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1673 (= 0 (+ 1 |mem1[0]|))))
(let (($x1465 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4685 (or $x1465 $x1673)))
(not $x4685)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x849 (= 0 (+ 1 |mem1[1]|))))
(let (($x1049 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3581 (or $x1049 $x849)))
(not $x3581)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1466 (= 0 (+ 1 |mem1[2]|))))
(let (($x3936 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3640 (or $x3936 $x1466)))
(not $x3640)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3308 (= 0 (+ 1 |mem2[0]|))))
(let (($x745 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x757 (or $x745 $x3308)))
(not $x757)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3578 (= 0 (+ 1 |mem2[1]|))))
(let (($x4122 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4648 (or $x4122 $x3578)))
(not $x4648)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x146 (= 0 (+ 1 |mem2[2]|))))
(let (($x2677 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4515 (or $x2677 $x146)))
(not $x4515)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4282 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x520 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1150 (and $x520 $x4282)))
(let (($x3539 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x368 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2258 (and $x368 $x3539)))
(let (($x4008 (or $x2258 $x1150)))
(not $x4008)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x83 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2757 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x132 (and $x2757 $x83)))
(let (($x3504 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x828 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x313 (and $x828 $x3504)))
(let (($x1892 (or $x313 $x132)))
(not $x1892)))))))))
(check-sat)
(reset)
; flag: contract output: flag in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x1859 (* 2 |S_b[1]|)))
(let ((?x3608 (+ 7 (* 4 |S_b[0]|) ?x1859 |S_b[2]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 8)))))
(let (($x4386 (>= 0 ?x3608)))
(let (($x3766 (not $x4386)))
(let (($x3211 (or $x3766 $x4386)))
(not $x3211)))))))
(check-sat)
(reset)
