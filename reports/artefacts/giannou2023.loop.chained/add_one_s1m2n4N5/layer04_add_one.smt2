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
 (let ((?x2527 (* 2 |B1[3]|)))
(let ((?x3163 (* 4 |B1[2]|)))
(let ((?x1303 (* 8 |B1[1]|)))
(let ((?x1111 (* 16 |B1[0]|)))
(let ((?x250 (mod (div (div (+ 33 ?x1111 ?x1303 ?x3163 ?x2527 |B1[4]|) 2) 16) 2)))
(let ((?x835 (+ (- 29) ?x1111 ?x1303 ?x3163 ?x2527 |B1[4]|)))
(let ((?x2534 (ite (< 0 ?x835) ?x835 0)))
(let ((?x4022 (+ 1 ?x1111 ?x1303 ?x3163 ?x2527 |B1[4]|)))
(let ((?x368 (ite (< 0 ?x4022) ?x4022 0)))
(let ((?x2656 (+ 3 ?x1111 ?x1303 ?x3163 ?x2527 |B1[4]|)))
(let ((?x2899 (ite (< 0 ?x2656) ?x2656 0)))
(let (($x774 (= 0 (+ ?x2899 (* (- 1) ?x368) (* (- 1) ?x2534) (* (- 2) ?x250)))))
(not $x774))))))))))))))
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
 (let ((?x2527 (* 2 |B1[3]|)))
(let ((?x3163 (* 4 |B1[2]|)))
(let ((?x1303 (* 8 |B1[1]|)))
(let ((?x2244 (mod (div (div (+ 17 ?x1303 ?x3163 ?x2527 |B1[4]|) 2) 8) 2)))
(let ((?x5126 (+ (- 13) ?x1303 ?x3163 ?x2527 |B1[4]|)))
(let ((?x3234 (ite (< 0 ?x5126) ?x5126 0)))
(let ((?x2384 (+ 1 ?x1303 ?x3163 ?x2527 |B1[4]|)))
(let ((?x961 (ite (< 0 ?x2384) ?x2384 0)))
(let ((?x3080 (+ 3 ?x1303 ?x3163 ?x2527 |B1[4]|)))
(let ((?x2033 (ite (< 0 ?x3080) ?x3080 0)))
(let (($x355 (= 0 (+ ?x2033 (* (- 1) ?x961) (* (- 1) ?x3234) (* (- 2) ?x2244)))))
(not $x355)))))))))))))
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
 (let ((?x958 (div (div (+ 9 (* 4 |B1[2]|) (* 2 |B1[3]|) |B1[4]|) 2) 4)))
(let ((?x3517 (mod ?x958 2)))
(let ((?x2527 (* 2 |B1[3]|)))
(let ((?x3163 (* 4 |B1[2]|)))
(let ((?x1700 (+ (- 5) ?x3163 ?x2527 |B1[4]|)))
(let ((?x1800 (ite (< 0 ?x1700) ?x1700 0)))
(let ((?x2274 (+ 1 ?x3163 ?x2527 |B1[4]|)))
(let ((?x4338 (ite (< 0 ?x2274) ?x2274 0)))
(let ((?x1191 (+ 3 ?x3163 ?x2527 |B1[4]|)))
(let ((?x130 (ite (< 0 ?x1191) ?x1191 0)))
(let (($x2640 (= 0 (+ ?x130 (* (- 1) ?x4338) (* (- 1) ?x1800) (* (- 2) ?x3517)))))
(not $x2640)))))))))))))
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
 (let ((?x280 (mod (div (div (+ 5 (* 2 |B1[3]|) |B1[4]|) 2) 2) 2)))
(let ((?x2527 (* 2 |B1[3]|)))
(let ((?x1123 (+ (- 1) ?x2527 |B1[4]|)))
(let ((?x3052 (ite (< 0 ?x1123) ?x1123 0)))
(let ((?x2716 (+ 1 ?x2527 |B1[4]|)))
(let ((?x3655 (ite (< 0 ?x2716) ?x2716 0)))
(let (($x4388 (= 0 (+ 3 ?x2527 |B1[4]| (* (- 1) ?x3655) (* (- 1) ?x3052) (* (- 2) ?x280)))))
(not $x4388)))))))))
(check-sat)
(reset)
; add_one: B.B2[4] at (40, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x1697 (+ (- 1) |B1[4]| (* 2 (mod (div (div (+ 3 |B1[4]|) 2) 1) 2)))))
(let (($x4409 (= 0 ?x1697)))
(not $x4409))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x417 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5199 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3466 (and $x5199 $x417)))
(let (($x3813 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1230 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3812 (and $x1230 $x3813)))
(let (($x4809 (or $x3812 $x3466)))
(not $x4809)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1112 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2063 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3718 (and $x2063 $x1112)))
(let (($x2413 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x939 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3519 (and $x939 $x2413)))
(let (($x4431 (or $x3519 $x3718)))
(not $x4431)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1869 (= 0 (+ 1 |mem1[0]|))))
(let (($x3882 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x569 (or $x3882 $x1869)))
(not $x569)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1879 (= 0 (+ 1 |mem1[1]|))))
(let (($x2100 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x924 (or $x2100 $x1879)))
(not $x924)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4282 (= 0 (+ 1 |mem1[2]|))))
(let (($x4413 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3213 (or $x4413 $x4282)))
(not $x3213)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2475 (= 0 (+ 1 |mem1[3]|))))
(let (($x4209 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3993 (or $x4209 $x2475)))
(not $x3993)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x3581 (= 0 (+ 1 |mem1[4]|))))
(let (($x809 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4467 (or $x809 $x3581)))
(not $x4467)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1859 (= 0 (+ 1 |mem2[0]|))))
(let (($x3779 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3852 (or $x3779 $x1859)))
(not $x3852)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x909 (= 0 (+ 1 |mem2[1]|))))
(let (($x2411 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4617 (or $x2411 $x909)))
(not $x4617)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2528 (= 0 (+ 1 |mem2[2]|))))
(let (($x963 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2145 (or $x963 $x2528)))
(not $x2145)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x3460 (= 0 (+ 1 |mem2[3]|))))
(let (($x1657 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x4764 (or $x1657 $x3460)))
(not $x4764)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x4699 (= 0 (+ 1 |mem2[4]|))))
(let (($x1983 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x2309 (or $x1983 $x4699)))
(not $x2309)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4120 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x716 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x477 (and $x716 $x4120)))
(let (($x4858 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4002 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1830 (and $x4002 $x4858)))
(let (($x2884 (or $x1830 $x477)))
(not $x2884)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5048 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2124 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4752 (and $x2124 $x5048)))
(let (($x360 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1652 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2139 (and $x1652 $x360)))
(let (($x878 (or $x2139 $x4752)))
(not $x878)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x3305 (= 0 (+ 1 |S_a[0]|))))
(let (($x907 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x2183 (or $x907 $x3305)))
(not $x2183)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x2334 (= 0 (+ 1 |S_a[1]|))))
(let (($x989 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x4480 (or $x989 $x2334)))
(not $x4480)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x1897 (= 0 (+ 1 |S_a[2]|))))
(let (($x202 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x1565 (or $x202 $x1897)))
(not $x1565)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x3309 (= 0 (+ 1 |S_a[3]|))))
(let (($x2760 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x3496 (or $x2760 $x3309)))
(not $x3496)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x4884 (= 0 (+ 1 |S_a[4]|))))
(let (($x2970 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x2557 (or $x2970 $x4884)))
(not $x2557)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1967 (= 0 (+ 1 |S_b[0]|))))
(let (($x2381 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x3037 (or $x2381 $x1967)))
(not $x3037)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x952 (= 0 (+ 1 |S_b[1]|))))
(let (($x3465 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x3336 (or $x3465 $x952)))
(not $x3336)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x1444 (= 0 (+ 1 |S_b[2]|))))
(let (($x3258 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x3728 (or $x3258 $x1444)))
(not $x3728)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x3819 (= 0 (+ 1 |S_b[3]|))))
(let (($x1864 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x1600 (or $x1864 $x3819)))
(not $x1600)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x1527 (= 0 (+ 1 |S_b[4]|))))
(let (($x2866 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x4041 (or $x2866 $x1527)))
(not $x4041)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x2547 (= 0 (+ 1 |B1[0]|))))
(let (($x1096 (= 0 (+ (- 1) |B1[0]|))))
(let (($x4422 (or $x1096 $x2547)))
(not $x4422)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x1144 (= 0 (+ 1 |B1[1]|))))
(let (($x5121 (= 0 (+ (- 1) |B1[1]|))))
(let (($x2502 (or $x5121 $x1144)))
(not $x2502)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x2765 (= 0 (+ 1 |B1[2]|))))
(let (($x4685 (= 0 (+ (- 1) |B1[2]|))))
(let (($x5167 (or $x4685 $x2765)))
(not $x5167)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x1226 (= 0 (+ 1 |B1[3]|))))
(let (($x3164 (= 0 (+ (- 1) |B1[3]|))))
(let (($x5047 (or $x3164 $x1226)))
(not $x5047)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let (($x1076 (= 0 (+ 1 |B1[4]|))))
(let (($x1038 (= 0 (+ (- 1) |B1[4]|))))
(let (($x4033 (or $x1038 $x1076)))
(not $x4033)))))
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
 (let ((?x2527 (* 2 |B1[3]|)))
(let ((?x3163 (* 4 |B1[2]|)))
(let ((?x1303 (* 8 |B1[1]|)))
(let ((?x1111 (* 16 |B1[0]|)))
(let ((?x250 (mod (div (div (+ 33 ?x1111 ?x1303 ?x3163 ?x2527 |B1[4]|) 2) 16) 2)))
(let (($x975 (= 0 ?x250)))
(let (($x3792 (= 0 (+ (- 1) ?x250))))
(let (($x2341 (or $x3792 $x975)))
(not $x2341))))))))))
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
 (let ((?x2527 (* 2 |B1[3]|)))
(let ((?x3163 (* 4 |B1[2]|)))
(let ((?x1303 (* 8 |B1[1]|)))
(let ((?x2244 (mod (div (div (+ 17 ?x1303 ?x3163 ?x2527 |B1[4]|) 2) 8) 2)))
(let (($x2940 (= 0 ?x2244)))
(let (($x3116 (= 0 (+ (- 1) ?x2244))))
(let (($x3445 (or $x3116 $x2940)))
(not $x3445)))))))))
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
 (let ((?x958 (div (div (+ 9 (* 4 |B1[2]|) (* 2 |B1[3]|) |B1[4]|) 2) 4)))
(let ((?x3517 (mod ?x958 2)))
(let (($x363 (= 0 ?x3517)))
(let (($x4451 (= 0 (+ (- 1) ?x3517))))
(let (($x4722 (or $x4451 $x363)))
(not $x4722)))))))
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
 (let ((?x280 (mod (div (div (+ 5 (* 2 |B1[3]|) |B1[4]|) 2) 2) 2)))
(let (($x3897 (= 0 ?x280)))
(let (($x1751 (= 0 (+ (- 1) ?x280))))
(let (($x1097 (or $x1751 $x3897)))
(not $x1097))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (40, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x2062 (mod (div (div (+ 3 |B1[4]|) 2) 1) 2)))
(let (($x1743 (= 0 ?x2062)))
(let (($x2404 (= 0 (+ (- 1) ?x2062))))
(let (($x2448 (or $x2404 $x1743)))
(not $x2448))))))
(check-sat)
(reset)
