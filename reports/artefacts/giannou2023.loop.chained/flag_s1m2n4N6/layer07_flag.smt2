; flag: S_a.flag[0] at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x825 (* 2 |S_b[4]|)))
(let ((?x4656 (+ 63 (* 32 |S_b[0]|) (* 16 |S_b[1]|) (* 8 |S_b[2]|) (* 4 |S_b[3]|) ?x825 |S_b[5]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 64)))))
(let (($x6532 (>= 0 ?x4656)))
(let ((?x5932 (ite $x6532 1 0)))
(let ((?x1804 (+ 5 |S_b[0]| |S_b[1]| |S_b[2]| |S_b[3]| |S_b[4]| |S_b[5]|)))
(let ((?x834 (ite (< 0 ?x1804) ?x1804 0)))
(let ((?x614 (+ 9 |S_b[0]| (* 2 |S_b[1]|) (* 2 |S_b[2]|) (* 2 |S_b[3]|) ?x825 (* 2 |S_b[5]|) (* (- 2) ?x834) (* 2 ?x5932))))
(let (($x6911 (= 0 ?x614)))
(not $x6911))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6303 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5489 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1439 (and $x5489 $x6303)))
(let (($x1707 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4262 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6602 (and $x4262 $x1707)))
(let (($x4960 (or $x6602 $x1439)))
(not $x4960)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2889 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x494 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4422 (and $x494 $x2889)))
(let (($x5675 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6610 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3737 (and $x6610 $x5675)))
(let (($x902 (or $x3737 $x4422)))
(not $x902)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2703 (= 0 (+ 1 |mem1[0]|))))
(let (($x2288 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2239 (or $x2288 $x2703)))
(not $x2239)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x6871 (= 0 (+ 1 |mem1[1]|))))
(let (($x6827 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1079 (or $x6827 $x6871)))
(not $x1079)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4414 (= 0 (+ 1 |mem1[2]|))))
(let (($x3914 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2514 (or $x3914 $x4414)))
(not $x2514)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x6884 (= 0 (+ 1 |mem1[3]|))))
(let (($x4030 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x771 (or $x4030 $x6884)))
(not $x771)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x5348 (= 0 (+ 1 |mem1[4]|))))
(let (($x6945 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x6322 (or $x6945 $x5348)))
(not $x6322)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x399 (= 0 (+ 1 |mem1[5]|))))
(let (($x4250 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x4805 (or $x4250 $x399)))
(not $x4805)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1784 (= 0 (+ 1 |mem2[0]|))))
(let (($x5137 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2376 (or $x5137 $x1784)))
(not $x2376)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x256 (= 0 (+ 1 |mem2[1]|))))
(let (($x1403 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4183 (or $x1403 $x256)))
(not $x4183)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1188 (= 0 (+ 1 |mem2[2]|))))
(let (($x1395 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5997 (or $x1395 $x1188)))
(not $x5997)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x5363 (= 0 (+ 1 |mem2[3]|))))
(let (($x2156 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x4899 (or $x2156 $x5363)))
(not $x4899)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x2142 (= 0 (+ 1 |mem2[4]|))))
(let (($x5219 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x202 (or $x5219 $x2142)))
(not $x202)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x2194 (= 0 (+ 1 |mem2[5]|))))
(let (($x6094 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x137 (or $x6094 $x2194)))
(not $x137)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5724 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1834 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1158 (and $x1834 $x5724)))
(let (($x636 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6897 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6845 (and $x6897 $x636)))
(let (($x791 (or $x6845 $x1158)))
(not $x791)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2871 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2655 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4966 (and $x2655 $x2871)))
(let (($x6354 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2947 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x965 (and $x2947 $x6354)))
(let (($x6599 (or $x965 $x4966)))
(not $x6599)))))))))
(check-sat)
(reset)
; flag: contract output: flag in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x825 (* 2 |S_b[4]|)))
(let ((?x4656 (+ 63 (* 32 |S_b[0]|) (* 16 |S_b[1]|) (* 8 |S_b[2]|) (* 4 |S_b[3]|) ?x825 |S_b[5]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 64)))))
(let (($x6532 (>= 0 ?x4656)))
(let (($x1580 (not $x6532)))
(let (($x4763 (or $x1580 $x6532)))
(not $x4763)))))))
(check-sat)
(reset)
