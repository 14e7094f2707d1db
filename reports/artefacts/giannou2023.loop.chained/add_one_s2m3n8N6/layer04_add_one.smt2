; add_one: B.B2[0] at (48, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
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
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x17 (* 2 |B1[4]|)))
(let ((?x6265 (* 4 |B1[3]|)))
(let ((?x5613 (* 8 |B1[2]|)))
(let ((?x1016 (* 16 |B1[1]|)))
(let ((?x1456 (* 32 |B1[0]|)))
(let ((?x867 (mod (div (div (+ 65 ?x1456 ?x1016 ?x5613 ?x6265 ?x17 |B1[5]|) 2) 32) 2)))
(let ((?x5277 (+ (- 61) ?x1456 ?x1016 ?x5613 ?x6265 ?x17 |B1[5]|)))
(let ((?x4504 (ite (< 0 ?x5277) ?x5277 0)))
(let ((?x2621 (+ 1 ?x1456 ?x1016 ?x5613 ?x6265 ?x17 |B1[5]|)))
(let ((?x4832 (ite (< 0 ?x2621) ?x2621 0)))
(let ((?x4348 (+ 3 ?x1456 ?x1016 ?x5613 ?x6265 ?x17 |B1[5]|)))
(let ((?x1035 (ite (< 0 ?x4348) ?x4348 0)))
(let (($x1874 (= 0 (+ ?x1035 (* (- 1) ?x4832) (* (- 1) ?x4504) (* (- 2) ?x867)))))
(not $x1874)))))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (49, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x17 (* 2 |B1[4]|)))
(let ((?x6265 (* 4 |B1[3]|)))
(let ((?x5613 (* 8 |B1[2]|)))
(let ((?x1016 (* 16 |B1[1]|)))
(let ((?x6515 (mod (div (div (+ 33 ?x1016 ?x5613 ?x6265 ?x17 |B1[5]|) 2) 16) 2)))
(let ((?x5262 (+ (- 29) ?x1016 ?x5613 ?x6265 ?x17 |B1[5]|)))
(let ((?x2851 (ite (< 0 ?x5262) ?x5262 0)))
(let ((?x580 (+ 1 ?x1016 ?x5613 ?x6265 ?x17 |B1[5]|)))
(let ((?x4342 (ite (< 0 ?x580) ?x580 0)))
(let ((?x3386 (+ 3 ?x1016 ?x5613 ?x6265 ?x17 |B1[5]|)))
(let ((?x5709 (ite (< 0 ?x3386) ?x3386 0)))
(let (($x6412 (= 0 (+ ?x5709 (* (- 1) ?x4342) (* (- 1) ?x2851) (* (- 2) ?x6515)))))
(not $x6412))))))))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (50, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x17 (* 2 |B1[4]|)))
(let ((?x6265 (* 4 |B1[3]|)))
(let ((?x5613 (* 8 |B1[2]|)))
(let ((?x6191 (mod (div (div (+ 17 ?x5613 ?x6265 ?x17 |B1[5]|) 2) 8) 2)))
(let ((?x4283 (+ (- 13) ?x5613 ?x6265 ?x17 |B1[5]|)))
(let ((?x5641 (ite (< 0 ?x4283) ?x4283 0)))
(let ((?x5149 (+ 1 ?x5613 ?x6265 ?x17 |B1[5]|)))
(let ((?x4747 (ite (< 0 ?x5149) ?x5149 0)))
(let ((?x2049 (+ 3 ?x5613 ?x6265 ?x17 |B1[5]|)))
(let ((?x4284 (ite (< 0 ?x2049) ?x2049 0)))
(let (($x2832 (= 0 (+ ?x4284 (* (- 1) ?x4747) (* (- 1) ?x5641) (* (- 2) ?x6191)))))
(not $x2832)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[3] at (51, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x2997 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x1329 (mod ?x2997 2)))
(let ((?x17 (* 2 |B1[4]|)))
(let ((?x6265 (* 4 |B1[3]|)))
(let ((?x6522 (+ (- 5) ?x6265 ?x17 |B1[5]|)))
(let ((?x3830 (ite (< 0 ?x6522) ?x6522 0)))
(let ((?x1600 (+ 1 ?x6265 ?x17 |B1[5]|)))
(let ((?x6517 (ite (< 0 ?x1600) ?x1600 0)))
(let ((?x88 (+ 3 ?x6265 ?x17 |B1[5]|)))
(let ((?x1719 (ite (< 0 ?x88) ?x88 0)))
(let (($x3903 (= 0 (+ ?x1719 (* (- 1) ?x6517) (* (- 1) ?x3830) (* (- 2) ?x1329)))))
(not $x3903)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[4] at (52, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x561 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let ((?x17 (* 2 |B1[4]|)))
(let ((?x5598 (+ (- 1) ?x17 |B1[5]|)))
(let ((?x2849 (ite (< 0 ?x5598) ?x5598 0)))
(let ((?x387 (+ 1 ?x17 |B1[5]|)))
(let ((?x4318 (ite (< 0 ?x387) ?x387 0)))
(let (($x1682 (= 0 (+ 3 ?x17 |B1[5]| (* (- 1) ?x4318) (* (- 1) ?x2849) (* (- 2) ?x561)))))
(not $x1682)))))))))
(check-sat)
(reset)
; add_one: B.B2[5] at (53, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x5782 (+ (- 1) |B1[5]| (* 2 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))))
(let (($x5848 (= 0 ?x5782)))
(not $x5848))))
(check-sat)
(reset)
; add_one: contract output: cmd5.a in column 5 at (0, 5) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd5.a () Int)
(assert
 (and (>= cmd5.a 2) (<= cmd5.a 4)))
(assert
 (let (($x6382 (= 3 cmd5.a)))
(let ((?x3413 (ite $x6382 1 (- 1))))
(let (($x3823 (= 2 cmd5.a)))
(let ((?x4291 (ite $x3823 (- 1) ?x3413)))
(let (($x5313 (= 0 (+ 1 ?x4291))))
(let (($x5612 (= 0 (+ 1 (ite $x3823 1 ?x3413)))))
(let (($x5403 (= 0 (+ (- 1) (ite $x3823 (- 1) (ite $x6382 (- 1) 1))))))
(let (($x6815 (and $x5403 $x5612 $x5313)))
(let (($x18 (= 0 (+ (- 1) ?x4291))))
(let (($x5138 (= 0 (+ (- 1) (ite $x3823 1 ?x3413)))))
(let (($x3076 (= 0 (+ 1 (ite $x3823 (- 1) (ite $x6382 (- 1) 1))))))
(let (($x4889 (and $x3076 $x5138 $x18)))
(let (($x1608 (and $x3076 $x5138 $x5313)))
(let (($x2310 (or $x1608 $x4889 $x6815)))
(not $x2310))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd5.b in column 5 at (3, 5) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd5.b () Int)
(assert
 (and (>= cmd5.b 2) (<= cmd5.b 4)))
(assert
 (let (($x1448 (= 3 cmd5.b)))
(let ((?x5247 (ite $x1448 1 (- 1))))
(let (($x6306 (= 2 cmd5.b)))
(let ((?x2763 (ite $x6306 (- 1) ?x5247)))
(let (($x6050 (= 0 (+ 1 ?x2763))))
(let (($x3544 (= 0 (+ 1 (ite $x6306 1 ?x5247)))))
(let (($x2037 (= 0 (+ (- 1) (ite $x6306 (- 1) (ite $x1448 (- 1) 1))))))
(let (($x1887 (and $x2037 $x3544 $x6050)))
(let (($x3349 (= 0 (+ (- 1) ?x2763))))
(let (($x2153 (= 0 (+ (- 1) (ite $x6306 1 ?x5247)))))
(let (($x1634 (= 0 (+ 1 (ite $x6306 (- 1) (ite $x1448 (- 1) 1))))))
(let (($x471 (and $x1634 $x2153 $x3349)))
(let (($x5150 (and $x1634 $x2153 $x6050)))
(let (($x4516 (or $x5150 $x471 $x1887)))
(not $x4516))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd5.c in column 5 at (6, 5) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd5.c () Int)
(assert
 (and (>= cmd5.c 5) (<= cmd5.c 7)))
(assert
 (let (($x6819 (= 5 cmd5.c)))
(let ((?x3962 (ite $x6819 1 (ite (= 6 cmd5.c) (- 1) 1))))
(let (($x6209 (= 0 (+ (- 1) ?x3962))))
(let (($x2579 (= 0 (+ (- 1) (ite $x6819 (- 1) (ite (= 6 cmd5.c) 1 1))))))
(let (($x1717 (and $x2579 $x6209)))
(let (($x3713 (= 0 (+ 1 ?x3962))))
(let (($x6199 (and $x2579 $x3713)))
(let (($x1102 (= 0 (+ 1 (ite $x6819 (- 1) (ite (= 6 cmd5.c) 1 1))))))
(let (($x61 (and $x1102 $x6209)))
(let (($x2546 (or $x61 $x6199 $x1717)))
(not $x2546))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd6.a in column 6 at (0, 6) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd6.a () Int)
(assert
 (and (>= cmd6.a 2) (<= cmd6.a 4)))
(assert
 (let (($x4828 (= 3 cmd6.a)))
(let ((?x3797 (ite $x4828 1 (- 1))))
(let (($x2418 (= 2 cmd6.a)))
(let ((?x744 (ite $x2418 (- 1) ?x3797)))
(let (($x2202 (= 0 (+ 1 ?x744))))
(let (($x4008 (= 0 (+ 1 (ite $x2418 1 ?x3797)))))
(let (($x4766 (= 0 (+ (- 1) (ite $x2418 (- 1) (ite $x4828 (- 1) 1))))))
(let (($x5572 (and $x4766 $x4008 $x2202)))
(let (($x6456 (= 0 (+ (- 1) ?x744))))
(let (($x3450 (= 0 (+ (- 1) (ite $x2418 1 ?x3797)))))
(let (($x5099 (= 0 (+ 1 (ite $x2418 (- 1) (ite $x4828 (- 1) 1))))))
(let (($x3160 (and $x5099 $x3450 $x6456)))
(let (($x167 (and $x5099 $x3450 $x2202)))
(let (($x4991 (or $x167 $x3160 $x5572)))
(not $x4991))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd6.b in column 6 at (3, 6) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd6.b () Int)
(assert
 (and (>= cmd6.b 2) (<= cmd6.b 4)))
(assert
 (let (($x5275 (= 3 cmd6.b)))
(let ((?x3380 (ite $x5275 1 (- 1))))
(let (($x5526 (= 2 cmd6.b)))
(let ((?x827 (ite $x5526 (- 1) ?x3380)))
(let (($x247 (= 0 (+ 1 ?x827))))
(let (($x6626 (= 0 (+ 1 (ite $x5526 1 ?x3380)))))
(let (($x5269 (= 0 (+ (- 1) (ite $x5526 (- 1) (ite $x5275 (- 1) 1))))))
(let (($x2289 (and $x5269 $x6626 $x247)))
(let (($x3186 (= 0 (+ (- 1) ?x827))))
(let (($x296 (= 0 (+ (- 1) (ite $x5526 1 ?x3380)))))
(let (($x5458 (= 0 (+ 1 (ite $x5526 (- 1) (ite $x5275 (- 1) 1))))))
(let (($x2603 (and $x5458 $x296 $x3186)))
(let (($x5020 (and $x5458 $x296 $x247)))
(let (($x6288 (or $x5020 $x2603 $x2289)))
(not $x6288))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd6.c in column 6 at (6, 6) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd6.c () Int)
(assert
 (and (>= cmd6.c 5) (<= cmd6.c 7)))
(assert
 (let (($x6022 (= 5 cmd6.c)))
(let ((?x2097 (ite $x6022 1 (ite (= 6 cmd6.c) (- 1) 1))))
(let (($x6704 (= 0 (+ (- 1) ?x2097))))
(let (($x3033 (= 0 (+ (- 1) (ite $x6022 (- 1) (ite (= 6 cmd6.c) 1 1))))))
(let (($x5788 (and $x3033 $x6704)))
(let (($x4888 (= 0 (+ 1 ?x2097))))
(let (($x960 (and $x3033 $x4888)))
(let (($x829 (= 0 (+ 1 (ite $x6022 (- 1) (ite (= 6 cmd6.c) 1 1))))))
(let (($x914 (and $x829 $x6704)))
(let (($x2985 (or $x914 $x960 $x5788)))
(not $x2985))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd7.a in column 7 at (0, 7) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd7.a () Int)
(assert
 (and (>= cmd7.a 2) (<= cmd7.a 4)))
(assert
 (let (($x120 (= 3 cmd7.a)))
(let ((?x5077 (ite $x120 1 (- 1))))
(let (($x3482 (= 2 cmd7.a)))
(let ((?x3607 (ite $x3482 (- 1) ?x5077)))
(let (($x6743 (= 0 (+ 1 ?x3607))))
(let (($x3503 (= 0 (+ 1 (ite $x3482 1 ?x5077)))))
(let (($x6157 (= 0 (+ (- 1) (ite $x3482 (- 1) (ite $x120 (- 1) 1))))))
(let (($x4607 (and $x6157 $x3503 $x6743)))
(let (($x2112 (= 0 (+ (- 1) ?x3607))))
(let (($x2340 (= 0 (+ (- 1) (ite $x3482 1 ?x5077)))))
(let (($x701 (= 0 (+ 1 (ite $x3482 (- 1) (ite $x120 (- 1) 1))))))
(let (($x5679 (and $x701 $x2340 $x2112)))
(let (($x1969 (and $x701 $x2340 $x6743)))
(let (($x3235 (or $x1969 $x5679 $x4607)))
(not $x3235))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd7.b in column 7 at (3, 7) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd7.b () Int)
(assert
 (and (>= cmd7.b 2) (<= cmd7.b 4)))
(assert
 (let (($x4850 (= 3 cmd7.b)))
(let ((?x3138 (ite $x4850 1 (- 1))))
(let (($x4980 (= 2 cmd7.b)))
(let ((?x206 (ite $x4980 (- 1) ?x3138)))
(let (($x637 (= 0 (+ 1 ?x206))))
(let (($x6239 (= 0 (+ 1 (ite $x4980 1 ?x3138)))))
(let (($x825 (= 0 (+ (- 1) (ite $x4980 (- 1) (ite $x4850 (- 1) 1))))))
(let (($x526 (and $x825 $x6239 $x637)))
(let (($x3046 (= 0 (+ (- 1) ?x206))))
(let (($x5708 (= 0 (+ (- 1) (ite $x4980 1 ?x3138)))))
(let (($x3427 (= 0 (+ 1 (ite $x4980 (- 1) (ite $x4850 (- 1) 1))))))
(let (($x1623 (and $x3427 $x5708 $x3046)))
(let (($x5383 (and $x3427 $x5708 $x637)))
(let (($x210 (or $x5383 $x1623 $x526)))
(not $x210))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd7.c in column 7 at (6, 7) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd7.c () Int)
(assert
 (and (>= cmd7.c 5) (<= cmd7.c 7)))
(assert
 (let (($x6312 (= 5 cmd7.c)))
(let ((?x4587 (ite $x6312 1 (ite (= 6 cmd7.c) (- 1) 1))))
(let (($x491 (= 0 (+ (- 1) ?x4587))))
(let (($x2045 (= 0 (+ (- 1) (ite $x6312 (- 1) (ite (= 6 cmd7.c) 1 1))))))
(let (($x918 (and $x2045 $x491)))
(let (($x5789 (= 0 (+ 1 ?x4587))))
(let (($x133 (and $x2045 $x5789)))
(let (($x5130 (= 0 (+ 1 (ite $x6312 (- 1) (ite (= 6 cmd7.c) 1 1))))))
(let (($x662 (and $x5130 $x491)))
(let (($x849 (or $x662 $x133 $x918)))
(not $x849))))))))))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x738 (= 0 (+ 1 |mem2[0]|))))
(let (($x6373 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5729 (or $x6373 $x738)))
(not $x5729)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4151 (= 0 (+ 1 |mem2[1]|))))
(let (($x2180 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x646 (or $x2180 $x4151)))
(not $x646)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1364 (= 0 (+ 1 |mem2[2]|))))
(let (($x2983 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x6849 (or $x2983 $x1364)))
(not $x6849)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (12, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x4526 (= 0 (+ 1 |mem2[3]|))))
(let (($x509 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3652 (or $x509 $x4526)))
(not $x3652)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (13, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x4301 (= 0 (+ 1 |mem2[4]|))))
(let (($x947 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x4077 (or $x947 $x4301)))
(not $x4077)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (14, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x6181 (= 0 (+ 1 |mem2[5]|))))
(let (($x905 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x3459 (or $x905 $x6181)))
(not $x3459)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (9, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[0]| () Int)
(assert
 (or (= |mem3[0]| (- 1)) (= |mem3[0]| 1)))
(assert
 (let (($x1735 (= 0 (+ 1 |mem3[0]|))))
(let (($x1758 (= 0 (+ (- 1) |mem3[0]|))))
(let (($x1911 (or $x1758 $x1735)))
(not $x1911)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (10, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[1]| () Int)
(assert
 (or (= |mem3[1]| (- 1)) (= |mem3[1]| 1)))
(assert
 (let (($x6031 (= 0 (+ 1 |mem3[1]|))))
(let (($x5639 (= 0 (+ (- 1) |mem3[1]|))))
(let (($x4777 (or $x5639 $x6031)))
(not $x4777)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (11, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[2]| () Int)
(assert
 (or (= |mem3[2]| (- 1)) (= |mem3[2]| 1)))
(assert
 (let (($x6337 (= 0 (+ 1 |mem3[2]|))))
(let (($x1872 (= 0 (+ (- 1) |mem3[2]|))))
(let (($x2760 (or $x1872 $x6337)))
(not $x2760)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (12, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[3]| () Int)
(assert
 (or (= |mem3[3]| (- 1)) (= |mem3[3]| 1)))
(assert
 (let (($x1120 (= 0 (+ 1 |mem3[3]|))))
(let (($x5189 (= 0 (+ (- 1) |mem3[3]|))))
(let (($x5327 (or $x5189 $x1120)))
(not $x5327)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (13, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[4]| () Int)
(assert
 (or (= |mem3[4]| (- 1)) (= |mem3[4]| 1)))
(assert
 (let (($x3661 (= 0 (+ 1 |mem3[4]|))))
(let (($x2102 (= 0 (+ (- 1) |mem3[4]|))))
(let (($x3695 (or $x2102 $x3661)))
(not $x3695)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (14, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[5]| () Int)
(assert
 (or (= |mem3[5]| (- 1)) (= |mem3[5]| 1)))
(assert
 (let (($x2141 (= 0 (+ 1 |mem3[5]|))))
(let (($x5048 (= 0 (+ (- 1) |mem3[5]|))))
(let (($x320 (or $x5048 $x2141)))
(not $x320)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (9, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[0]| () Int)
(assert
 (or (= |mem4[0]| (- 1)) (= |mem4[0]| 1)))
(assert
 (let (($x986 (= 0 (+ 1 |mem4[0]|))))
(let (($x1465 (= 0 (+ (- 1) |mem4[0]|))))
(let (($x2022 (or $x1465 $x986)))
(not $x2022)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (10, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[1]| () Int)
(assert
 (or (= |mem4[1]| (- 1)) (= |mem4[1]| 1)))
(assert
 (let (($x7042 (= 0 (+ 1 |mem4[1]|))))
(let (($x3702 (= 0 (+ (- 1) |mem4[1]|))))
(let (($x6891 (or $x3702 $x7042)))
(not $x6891)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (11, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[2]| () Int)
(assert
 (or (= |mem4[2]| (- 1)) (= |mem4[2]| 1)))
(assert
 (let (($x5919 (= 0 (+ 1 |mem4[2]|))))
(let (($x4786 (= 0 (+ (- 1) |mem4[2]|))))
(let (($x2122 (or $x4786 $x5919)))
(not $x2122)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (12, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[3]| () Int)
(assert
 (or (= |mem4[3]| (- 1)) (= |mem4[3]| 1)))
(assert
 (let (($x5203 (= 0 (+ 1 |mem4[3]|))))
(let (($x1285 (= 0 (+ (- 1) |mem4[3]|))))
(let (($x2053 (or $x1285 $x5203)))
(not $x2053)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (13, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[4]| () Int)
(assert
 (or (= |mem4[4]| (- 1)) (= |mem4[4]| 1)))
(assert
 (let (($x2749 (= 0 (+ 1 |mem4[4]|))))
(let (($x6123 (= 0 (+ (- 1) |mem4[4]|))))
(let (($x6219 (or $x6123 $x2749)))
(not $x6219)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (14, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[5]| () Int)
(assert
 (or (= |mem4[5]| (- 1)) (= |mem4[5]| 1)))
(assert
 (let (($x5158 (= 0 (+ 1 |mem4[5]|))))
(let (($x4428 (= 0 (+ (- 1) |mem4[5]|))))
(let (($x1195 (or $x4428 $x5158)))
(not $x1195)))))
(check-sat)
(reset)
; add_one: contract output: pc in column 0 at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun pc () Int)
(assert
 (and (>= pc 5) (<= pc 7)))
(assert
 (let (($x3743 (= 0 (+ (- 1) (ite (= 5 pc) 1 (ite (= 6 pc) (- 1) 1))))))
(let (($x607 (= 0 (+ (- 1) (ite (= 5 pc) (- 1) (ite (= 6 pc) 1 1))))))
(let (($x207 (and $x607 $x3743)))
(let (($x5847 (= 0 (+ 1 (ite (= 5 pc) 1 (ite (= 6 pc) (- 1) 1))))))
(let (($x1806 (and $x607 $x5847)))
(let (($x3287 (= 0 (+ 1 (ite (= 5 pc) (- 1) (ite (= 6 pc) 1 1))))))
(let (($x3250 (and $x3287 $x3743)))
(let (($x3518 (or $x3250 $x1806 $x207)))
(not $x3518))))))))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 2) (<= slot.a 4)))
(assert
 (let (($x1133 (= 3 slot.a)))
(let ((?x6331 (ite $x1133 1 (- 1))))
(let (($x6961 (= 2 slot.a)))
(let ((?x611 (ite $x6961 (- 1) ?x6331)))
(let (($x1097 (= 0 (+ 1 ?x611))))
(let (($x5927 (= 0 (+ 1 (ite $x6961 1 ?x6331)))))
(let (($x5944 (= 0 (+ (- 1) (ite $x6961 (- 1) (ite $x1133 (- 1) 1))))))
(let (($x6074 (and $x5944 $x5927 $x1097)))
(let (($x4309 (= 0 (+ (- 1) ?x611))))
(let (($x3905 (= 0 (+ (- 1) (ite $x6961 1 ?x6331)))))
(let (($x2884 (= 0 (+ 1 (ite $x6961 (- 1) (ite $x1133 (- 1) 1))))))
(let (($x4600 (and $x2884 $x3905 $x4309)))
(let (($x4892 (and $x2884 $x3905 $x1097)))
(let (($x1470 (or $x4892 $x4600 $x6074)))
(not $x1470))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 2) (<= slot.b 4)))
(assert
 (let (($x4410 (= 3 slot.b)))
(let ((?x3217 (ite $x4410 1 (- 1))))
(let (($x752 (= 2 slot.b)))
(let ((?x1170 (ite $x752 (- 1) ?x3217)))
(let (($x1660 (= 0 (+ 1 ?x1170))))
(let (($x5452 (= 0 (+ 1 (ite $x752 1 ?x3217)))))
(let (($x2344 (= 0 (+ (- 1) (ite $x752 (- 1) (ite $x4410 (- 1) 1))))))
(let (($x5366 (and $x2344 $x5452 $x1660)))
(let (($x2399 (= 0 (+ (- 1) ?x1170))))
(let (($x6557 (= 0 (+ (- 1) (ite $x752 1 ?x3217)))))
(let (($x1708 (= 0 (+ 1 (ite $x752 (- 1) (ite $x4410 (- 1) 1))))))
(let (($x2816 (and $x1708 $x6557 $x2399)))
(let (($x2994 (and $x1708 $x6557 $x1660)))
(let (($x3921 (or $x2994 $x2816 $x5366)))
(not $x3921))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: slot.c in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.c () Int)
(assert
 (and (>= slot.c 5) (<= slot.c 7)))
(assert
 (let (($x5440 (= 5 slot.c)))
(let ((?x3852 (ite $x5440 1 (ite (= 6 slot.c) (- 1) 1))))
(let (($x4971 (= 0 (+ (- 1) ?x3852))))
(let (($x6414 (= 0 (+ (- 1) (ite $x5440 (- 1) (ite (= 6 slot.c) 1 1))))))
(let (($x2688 (and $x6414 $x4971)))
(let (($x2026 (= 0 (+ 1 ?x3852))))
(let (($x3124 (and $x6414 $x2026)))
(let (($x1610 (= 0 (+ 1 (ite $x5440 (- 1) (ite (= 6 slot.c) 1 1))))))
(let (($x5090 (and $x1610 $x4971)))
(let (($x3233 (or $x5090 $x3124 $x2688)))
(not $x3233))))))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x4576 (= 0 (+ 1 |S_a[0]|))))
(let (($x6544 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x6057 (or $x6544 $x4576)))
(not $x6057)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x6004 (= 0 (+ 1 |S_a[1]|))))
(let (($x2929 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x287 (or $x2929 $x6004)))
(not $x287)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x3166 (= 0 (+ 1 |S_a[2]|))))
(let (($x3006 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x6952 (or $x3006 $x3166)))
(not $x6952)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x3975 (= 0 (+ 1 |S_a[3]|))))
(let (($x1401 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x1161 (or $x1401 $x3975)))
(not $x1161)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x6519 (= 0 (+ 1 |S_a[4]|))))
(let (($x1749 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x275 (or $x1749 $x6519)))
(not $x275)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x4169 (= 0 (+ 1 |S_a[5]|))))
(let (($x4555 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x6762 (or $x4555 $x4169)))
(not $x6762)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x571 (= 0 (+ 1 |S_b[0]|))))
(let (($x5118 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x4522 (or $x5118 $x571)))
(not $x4522)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x459 (= 0 (+ 1 |S_b[1]|))))
(let (($x5011 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x4939 (or $x5011 $x459)))
(not $x4939)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x1951 (= 0 (+ 1 |S_b[2]|))))
(let (($x4325 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x6348 (or $x4325 $x1951)))
(not $x6348)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x6514 (= 0 (+ 1 |S_b[3]|))))
(let (($x7031 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x1671 (or $x7031 $x6514)))
(not $x1671)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x4864 (= 0 (+ 1 |S_b[4]|))))
(let (($x5505 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x4155 (or $x5505 $x4864)))
(not $x4155)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x3143 (= 0 (+ 1 |S_b[5]|))))
(let (($x1999 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x2133 (or $x1999 $x3143)))
(not $x2133)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (42, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x2758 (= 0 (+ 1 |B1[0]|))))
(let (($x6994 (= 0 (+ (- 1) |B1[0]|))))
(let (($x5201 (or $x6994 $x2758)))
(not $x5201)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (43, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x6413 (= 0 (+ 1 |B1[1]|))))
(let (($x2467 (= 0 (+ (- 1) |B1[1]|))))
(let (($x927 (or $x2467 $x6413)))
(not $x927)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (44, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x3435 (= 0 (+ 1 |B1[2]|))))
(let (($x4708 (= 0 (+ (- 1) |B1[2]|))))
(let (($x6053 (or $x4708 $x3435)))
(not $x6053)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x5766 (= 0 (+ 1 |B1[3]|))))
(let (($x4858 (= 0 (+ (- 1) |B1[3]|))))
(let (($x4745 (or $x4858 $x5766)))
(not $x4745)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (46, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let (($x2193 (= 0 (+ 1 |B1[4]|))))
(let (($x3551 (= 0 (+ (- 1) |B1[4]|))))
(let (($x4931 (or $x3551 $x2193)))
(not $x4931)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (47, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let (($x432 (= 0 (+ 1 |B1[5]|))))
(let (($x2971 (= 0 (+ (- 1) |B1[5]|))))
(let (($x2594 (or $x2971 $x432)))
(not $x2594)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (48, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
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
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x17 (* 2 |B1[4]|)))
(let ((?x6265 (* 4 |B1[3]|)))
(let ((?x5613 (* 8 |B1[2]|)))
(let ((?x1016 (* 16 |B1[1]|)))
(let ((?x1456 (* 32 |B1[0]|)))
(let ((?x867 (mod (div (div (+ 65 ?x1456 ?x1016 ?x5613 ?x6265 ?x17 |B1[5]|) 2) 32) 2)))
(let (($x1994 (= 0 ?x867)))
(let (($x121 (= 0 (+ (- 1) ?x867))))
(let (($x7016 (or $x121 $x1994)))
(not $x7016)))))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (49, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x17 (* 2 |B1[4]|)))
(let ((?x6265 (* 4 |B1[3]|)))
(let ((?x5613 (* 8 |B1[2]|)))
(let ((?x1016 (* 16 |B1[1]|)))
(let ((?x6515 (mod (div (div (+ 33 ?x1016 ?x5613 ?x6265 ?x17 |B1[5]|) 2) 16) 2)))
(let (($x2907 (= 0 ?x6515)))
(let (($x3185 (= 0 (+ (- 1) ?x6515))))
(let (($x2272 (or $x3185 $x2907)))
(not $x2272))))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (50, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x17 (* 2 |B1[4]|)))
(let ((?x6265 (* 4 |B1[3]|)))
(let ((?x5613 (* 8 |B1[2]|)))
(let ((?x6191 (mod (div (div (+ 17 ?x5613 ?x6265 ?x17 |B1[5]|) 2) 8) 2)))
(let (($x1914 (= 0 ?x6191)))
(let (($x4977 (= 0 (+ (- 1) ?x6191))))
(let (($x4866 (or $x4977 $x1914)))
(not $x4866)))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (51, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x2997 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x1329 (mod ?x2997 2)))
(let (($x4622 (= 0 ?x1329)))
(let (($x2451 (= 0 (+ (- 1) ?x1329))))
(let (($x4192 (or $x2451 $x4622)))
(not $x4192)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (52, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x561 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let (($x305 (= 0 ?x561)))
(let (($x138 (= 0 (+ (- 1) ?x561))))
(let (($x1317 (or $x138 $x305)))
(not $x1317))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (53, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x5175 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))
(let (($x110 (= 0 ?x5175)))
(let (($x5797 (= 0 (+ (- 1) ?x5175))))
(let (($x1657 (or $x5797 $x110)))
(not $x1657))))))
(check-sat)
(reset)
