; add_one: B.B2[0] at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x1021 (* 2 |B1[3]|)))
(let ((?x4447 (* 4 |B1[2]|)))
(let ((?x2702 (* 8 |B1[1]|)))
(let ((?x3828 (* 16 |B1[0]|)))
(let ((?x1017 (mod (div (div (+ 33 ?x3828 ?x2702 ?x4447 ?x1021 |B1[4]|) 2) 16) 2)))
(let ((?x2345 (+ (- 29) ?x3828 ?x2702 ?x4447 ?x1021 |B1[4]|)))
(let ((?x5114 (ite (< 0 ?x2345) ?x2345 0)))
(let ((?x4272 (+ 1 ?x3828 ?x2702 ?x4447 ?x1021 |B1[4]|)))
(let ((?x5602 (ite (< 0 ?x4272) ?x4272 0)))
(let ((?x4386 (+ 3 ?x3828 ?x2702 ?x4447 ?x1021 |B1[4]|)))
(let ((?x4679 (ite (< 0 ?x4386) ?x4386 0)))
(let (($x2135 (= 0 (+ ?x4679 (* (- 1) ?x5602) (* (- 1) ?x5114) (* (- 2) ?x1017)))))
(not $x2135))))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (37, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x1021 (* 2 |B1[3]|)))
(let ((?x4447 (* 4 |B1[2]|)))
(let ((?x2702 (* 8 |B1[1]|)))
(let ((?x1427 (mod (div (div (+ 17 ?x2702 ?x4447 ?x1021 |B1[4]|) 2) 8) 2)))
(let ((?x535 (+ (- 13) ?x2702 ?x4447 ?x1021 |B1[4]|)))
(let ((?x4935 (ite (< 0 ?x535) ?x535 0)))
(let ((?x1819 (+ 1 ?x2702 ?x4447 ?x1021 |B1[4]|)))
(let ((?x3992 (ite (< 0 ?x1819) ?x1819 0)))
(let ((?x4682 (+ 3 ?x2702 ?x4447 ?x1021 |B1[4]|)))
(let ((?x504 (ite (< 0 ?x4682) ?x4682 0)))
(let (($x4079 (= 0 (+ ?x504 (* (- 1) ?x3992) (* (- 1) ?x4935) (* (- 2) ?x1427)))))
(not $x4079)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x1231 (div (div (+ 9 (* 4 |B1[2]|) (* 2 |B1[3]|) |B1[4]|) 2) 4)))
(let ((?x5408 (mod ?x1231 2)))
(let ((?x1021 (* 2 |B1[3]|)))
(let ((?x4447 (* 4 |B1[2]|)))
(let ((?x5488 (+ (- 5) ?x4447 ?x1021 |B1[4]|)))
(let ((?x1811 (ite (< 0 ?x5488) ?x5488 0)))
(let ((?x2321 (+ 1 ?x4447 ?x1021 |B1[4]|)))
(let ((?x61 (ite (< 0 ?x2321) ?x2321 0)))
(let ((?x5001 (+ 3 ?x4447 ?x1021 |B1[4]|)))
(let ((?x2664 (ite (< 0 ?x5001) ?x5001 0)))
(let (($x396 (= 0 (+ ?x2664 (* (- 1) ?x61) (* (- 1) ?x1811) (* (- 2) ?x5408)))))
(not $x396)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[3] at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x4388 (mod (div (div (+ 5 (* 2 |B1[3]|) |B1[4]|) 2) 2) 2)))
(let ((?x1021 (* 2 |B1[3]|)))
(let ((?x3184 (+ (- 1) ?x1021 |B1[4]|)))
(let ((?x471 (ite (< 0 ?x3184) ?x3184 0)))
(let ((?x2708 (+ 1 ?x1021 |B1[4]|)))
(let ((?x3368 (ite (< 0 ?x2708) ?x2708 0)))
(let (($x1260 (= 0 (+ 3 ?x1021 |B1[4]| (* (- 1) ?x3368) (* (- 1) ?x471) (* (- 2) ?x4388)))))
(not $x1260)))))))))
(check-sat)
(reset)
; add_one: B.B2[4] at (40, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x4878 (+ (- 1) |B1[4]| (* 2 (mod (div (div (+ 3 |B1[4]|) 2) 1) 2)))))
(let (($x4697 (= 0 ?x4878)))
(not $x4697))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1586 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x87 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1488 (and $x87 $x1586)))
(let (($x662 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1080 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3012 (and $x1080 $x662)))
(let (($x2555 (or $x3012 $x1488)))
(not $x2555)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x661 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4490 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4315 (and $x4490 $x661)))
(let (($x1880 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1644 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5648 (and $x1644 $x1880)))
(let (($x40 (or $x5648 $x4315)))
(not $x40)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1062 (= 0 (+ 1 |mem1[0]|))))
(let (($x4064 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3964 (or $x4064 $x1062)))
(not $x3964)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x3941 (= 0 (+ 1 |mem1[1]|))))
(let (($x378 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4655 (or $x378 $x3941)))
(not $x4655)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4942 (= 0 (+ 1 |mem1[2]|))))
(let (($x4038 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1770 (or $x4038 $x4942)))
(not $x1770)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x4249 (= 0 (+ 1 |mem1[3]|))))
(let (($x359 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2535 (or $x359 $x4249)))
(not $x2535)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2840 (= 0 (+ 1 |mem1[4]|))))
(let (($x643 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x5554 (or $x643 $x2840)))
(not $x5554)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3147 (= 0 (+ 1 |mem2[0]|))))
(let (($x77 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1949 (or $x77 $x3147)))
(not $x1949)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5379 (= 0 (+ 1 |mem2[1]|))))
(let (($x161 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x269 (or $x161 $x5379)))
(not $x269)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1731 (= 0 (+ 1 |mem2[2]|))))
(let (($x3995 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x260 (or $x3995 $x1731)))
(not $x260)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x3029 (= 0 (+ 1 |mem2[3]|))))
(let (($x1550 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1799 (or $x1550 $x3029)))
(not $x1799)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x1432 (= 0 (+ 1 |mem2[4]|))))
(let (($x3831 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x2305 (or $x3831 $x1432)))
(not $x2305)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1759 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1440 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x356 (and $x1440 $x1759)))
(let (($x3962 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5619 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5015 (and $x5619 $x3962)))
(let (($x420 (or $x5015 $x356)))
(not $x420)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2028 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1412 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3399 (and $x1412 $x2028)))
(let (($x635 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3507 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1707 (and $x3507 $x635)))
(let (($x4718 (or $x1707 $x3399)))
(not $x4718)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x2051 (= 0 (+ 1 |S_a[0]|))))
(let (($x1046 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x376 (or $x1046 $x2051)))
(not $x376)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x1967 (= 0 (+ 1 |S_a[1]|))))
(let (($x4673 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x1381 (or $x4673 $x1967)))
(not $x1381)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x655 (= 0 (+ 1 |S_a[2]|))))
(let (($x4482 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x4517 (or $x4482 $x655)))
(not $x4517)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x4974 (= 0 (+ 1 |S_a[3]|))))
(let (($x5210 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x2800 (or $x5210 $x4974)))
(not $x2800)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x3823 (= 0 (+ 1 |S_a[4]|))))
(let (($x885 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x4764 (or $x885 $x3823)))
(not $x4764)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x5226 (= 0 (+ 1 |S_b[0]|))))
(let (($x3761 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x5150 (or $x3761 $x5226)))
(not $x5150)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x1608 (= 0 (+ 1 |S_b[1]|))))
(let (($x1882 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x3217 (or $x1882 $x1608)))
(not $x3217)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x5227 (= 0 (+ 1 |S_b[2]|))))
(let (($x5616 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x3206 (or $x5616 $x5227)))
(not $x3206)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x4017 (= 0 (+ 1 |S_b[3]|))))
(let (($x347 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x4837 (or $x347 $x4017)))
(not $x4837)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x4950 (= 0 (+ 1 |S_b[4]|))))
(let (($x3044 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x2312 (or $x3044 $x4950)))
(not $x2312)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x5083 (= 0 (+ 1 |B1[0]|))))
(let (($x2209 (= 0 (+ (- 1) |B1[0]|))))
(let (($x1233 (or $x2209 $x5083)))
(not $x1233)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x3858 (= 0 (+ 1 |B1[1]|))))
(let (($x4640 (= 0 (+ (- 1) |B1[1]|))))
(let (($x1493 (or $x4640 $x3858)))
(not $x1493)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x86 (= 0 (+ 1 |B1[2]|))))
(let (($x1841 (= 0 (+ (- 1) |B1[2]|))))
(let (($x4077 (or $x1841 $x86)))
(not $x4077)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x3846 (= 0 (+ 1 |B1[3]|))))
(let (($x134 (= 0 (+ (- 1) |B1[3]|))))
(let (($x4424 (or $x134 $x3846)))
(not $x4424)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let (($x736 (= 0 (+ 1 |B1[4]|))))
(let (($x4968 (= 0 (+ (- 1) |B1[4]|))))
(let (($x5007 (or $x4968 $x736)))
(not $x5007)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x1021 (* 2 |B1[3]|)))
(let ((?x4447 (* 4 |B1[2]|)))
(let ((?x2702 (* 8 |B1[1]|)))
(let ((?x3828 (* 16 |B1[0]|)))
(let ((?x1017 (mod (div (div (+ 33 ?x3828 ?x2702 ?x4447 ?x1021 |B1[4]|) 2) 16) 2)))
(let (($x892 (= 0 ?x1017)))
(let (($x4782 (= 0 (+ (- 1) ?x1017))))
(let (($x602 (or $x4782 $x892)))
(not $x602))))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (37, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x1021 (* 2 |B1[3]|)))
(let ((?x4447 (* 4 |B1[2]|)))
(let ((?x2702 (* 8 |B1[1]|)))
(let ((?x1427 (mod (div (div (+ 17 ?x2702 ?x4447 ?x1021 |B1[4]|) 2) 8) 2)))
(let (($x88 (= 0 ?x1427)))
(let (($x1376 (= 0 (+ (- 1) ?x1427))))
(let (($x3905 (or $x1376 $x88)))
(not $x3905)))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x1231 (div (div (+ 9 (* 4 |B1[2]|) (* 2 |B1[3]|) |B1[4]|) 2) 4)))
(let ((?x5408 (mod ?x1231 2)))
(let (($x926 (= 0 ?x5408)))
(let (($x927 (= 0 (+ (- 1) ?x5408))))
(let (($x2092 (or $x927 $x926)))
(not $x2092)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x4388 (mod (div (div (+ 5 (* 2 |B1[3]|) |B1[4]|) 2) 2) 2)))
(let (($x2940 (= 0 ?x4388)))
(let (($x5217 (= 0 (+ (- 1) ?x4388))))
(let (($x3351 (or $x5217 $x2940)))
(not $x3351))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (40, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x3503 (mod (div (div (+ 3 |B1[4]|) 2) 1) 2)))
(let (($x2765 (= 0 ?x3503)))
(let (($x955 (= 0 (+ (- 1) ?x3503))))
(let (($x277 (or $x955 $x2765)))
(not $x277))))))
(check-sat)
(reset)
