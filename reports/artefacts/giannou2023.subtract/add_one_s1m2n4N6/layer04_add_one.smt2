; add_one: B.B2[0] at (40, 0) (proved)
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
 (let ((?x2322 (* 2 |B1[4]|)))
(let ((?x1729 (* 4 |B1[3]|)))
(let ((?x3226 (* 8 |B1[2]|)))
(let ((?x778 (* 16 |B1[1]|)))
(let ((?x949 (* 32 |B1[0]|)))
(let ((?x5593 (mod (div (div (+ 65 ?x949 ?x778 ?x3226 ?x1729 ?x2322 |B1[5]|) 2) 32) 2)))
(let ((?x252 (+ (- 61) ?x949 ?x778 ?x3226 ?x1729 ?x2322 |B1[5]|)))
(let ((?x6819 (ite (< 0 ?x252) ?x252 0)))
(let ((?x6107 (+ 1 ?x949 ?x778 ?x3226 ?x1729 ?x2322 |B1[5]|)))
(let ((?x7031 (ite (< 0 ?x6107) ?x6107 0)))
(let ((?x1758 (+ 3 ?x949 ?x778 ?x3226 ?x1729 ?x2322 |B1[5]|)))
(let ((?x1249 (ite (< 0 ?x1758) ?x1758 0)))
(let (($x5885 (= 0 (+ ?x1249 (* (- 1) ?x7031) (* (- 1) ?x6819) (* (- 2) ?x5593)))))
(not $x5885)))))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (41, 0) (proved)
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
 (let ((?x2322 (* 2 |B1[4]|)))
(let ((?x1729 (* 4 |B1[3]|)))
(let ((?x3226 (* 8 |B1[2]|)))
(let ((?x778 (* 16 |B1[1]|)))
(let ((?x613 (mod (div (div (+ 33 ?x778 ?x3226 ?x1729 ?x2322 |B1[5]|) 2) 16) 2)))
(let ((?x5045 (+ (- 29) ?x778 ?x3226 ?x1729 ?x2322 |B1[5]|)))
(let ((?x554 (ite (< 0 ?x5045) ?x5045 0)))
(let ((?x6911 (+ 1 ?x778 ?x3226 ?x1729 ?x2322 |B1[5]|)))
(let ((?x2377 (ite (< 0 ?x6911) ?x6911 0)))
(let ((?x6001 (+ 3 ?x778 ?x3226 ?x1729 ?x2322 |B1[5]|)))
(let ((?x6609 (ite (< 0 ?x6001) ?x6001 0)))
(let (($x3937 (= 0 (+ ?x6609 (* (- 1) ?x2377) (* (- 1) ?x554) (* (- 2) ?x613)))))
(not $x3937))))))))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (42, 0) (proved)
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
 (let ((?x2322 (* 2 |B1[4]|)))
(let ((?x1729 (* 4 |B1[3]|)))
(let ((?x3226 (* 8 |B1[2]|)))
(let ((?x5370 (mod (div (div (+ 17 ?x3226 ?x1729 ?x2322 |B1[5]|) 2) 8) 2)))
(let ((?x3924 (+ (- 13) ?x3226 ?x1729 ?x2322 |B1[5]|)))
(let ((?x704 (ite (< 0 ?x3924) ?x3924 0)))
(let ((?x6686 (+ 1 ?x3226 ?x1729 ?x2322 |B1[5]|)))
(let ((?x2051 (ite (< 0 ?x6686) ?x6686 0)))
(let ((?x2385 (+ 3 ?x3226 ?x1729 ?x2322 |B1[5]|)))
(let ((?x833 (ite (< 0 ?x2385) ?x2385 0)))
(let (($x246 (= 0 (+ ?x833 (* (- 1) ?x2051) (* (- 1) ?x704) (* (- 2) ?x5370)))))
(not $x246)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[3] at (43, 0) (proved)
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
 (let ((?x4947 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x6222 (mod ?x4947 2)))
(let ((?x2322 (* 2 |B1[4]|)))
(let ((?x1729 (* 4 |B1[3]|)))
(let ((?x1334 (+ (- 5) ?x1729 ?x2322 |B1[5]|)))
(let ((?x6711 (ite (< 0 ?x1334) ?x1334 0)))
(let ((?x6613 (+ 1 ?x1729 ?x2322 |B1[5]|)))
(let ((?x4026 (ite (< 0 ?x6613) ?x6613 0)))
(let ((?x2728 (+ 3 ?x1729 ?x2322 |B1[5]|)))
(let ((?x6770 (ite (< 0 ?x2728) ?x2728 0)))
(let (($x5975 (= 0 (+ ?x6770 (* (- 1) ?x4026) (* (- 1) ?x6711) (* (- 2) ?x6222)))))
(not $x5975)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[4] at (44, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x4543 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let ((?x2322 (* 2 |B1[4]|)))
(let ((?x2584 (+ (- 1) ?x2322 |B1[5]|)))
(let ((?x3178 (ite (< 0 ?x2584) ?x2584 0)))
(let ((?x6312 (+ 1 ?x2322 |B1[5]|)))
(let ((?x4193 (ite (< 0 ?x6312) ?x6312 0)))
(let (($x5081 (= 0 (+ 3 ?x2322 |B1[5]| (* (- 1) ?x4193) (* (- 1) ?x3178) (* (- 2) ?x4543)))))
(not $x5081)))))))))
(check-sat)
(reset)
; add_one: B.B2[5] at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x6910 (+ (- 1) |B1[5]| (* 2 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))))
(let (($x113 (= 0 ?x6910)))
(not $x113))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4494 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2432 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2291 (and $x2432 $x4494)))
(let (($x792 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x624 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1901 (and $x624 $x792)))
(let (($x6575 (or $x1901 $x2291)))
(not $x6575)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x726 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4744 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3245 (and $x4744 $x726)))
(let (($x6290 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3343 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4082 (and $x3343 $x6290)))
(let (($x5114 (or $x4082 $x3245)))
(not $x5114)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2500 (= 0 (+ 1 |mem1[0]|))))
(let (($x589 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x5516 (or $x589 $x2500)))
(not $x5516)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4917 (= 0 (+ 1 |mem1[1]|))))
(let (($x564 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2263 (or $x564 $x4917)))
(not $x2263)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x5538 (= 0 (+ 1 |mem1[2]|))))
(let (($x6368 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x234 (or $x6368 $x5538)))
(not $x234)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1598 (= 0 (+ 1 |mem1[3]|))))
(let (($x5456 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3752 (or $x5456 $x1598)))
(not $x3752)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2632 (= 0 (+ 1 |mem1[4]|))))
(let (($x1930 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x6958 (or $x1930 $x2632)))
(not $x6958)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x6725 (= 0 (+ 1 |mem1[5]|))))
(let (($x5694 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x5971 (or $x5694 $x6725)))
(not $x5971)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x473 (= 0 (+ 1 |mem2[0]|))))
(let (($x6205 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3952 (or $x6205 $x473)))
(not $x3952)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5112 (= 0 (+ 1 |mem2[1]|))))
(let (($x2773 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1735 (or $x2773 $x5112)))
(not $x1735)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2510 (= 0 (+ 1 |mem2[2]|))))
(let (($x305 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1281 (or $x305 $x2510)))
(not $x1281)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x6889 (= 0 (+ 1 |mem2[3]|))))
(let (($x3212 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2618 (or $x3212 $x6889)))
(not $x2618)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x5417 (= 0 (+ 1 |mem2[4]|))))
(let (($x1205 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x2656 (or $x1205 $x5417)))
(not $x2656)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x6817 (= 0 (+ 1 |mem2[5]|))))
(let (($x1582 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x4786 (or $x1582 $x6817)))
(not $x4786)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x472 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4056 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1094 (and $x4056 $x472)))
(let (($x976 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4027 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5645 (and $x4027 $x976)))
(let (($x4691 (or $x5645 $x1094)))
(not $x4691)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1704 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2778 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2624 (and $x2778 $x1704)))
(let (($x4930 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x315 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4487 (and $x315 $x4930)))
(let (($x6586 (or $x4487 $x2624)))
(not $x6586)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x4784 (= 0 (+ 1 |S_a[0]|))))
(let (($x3421 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x3136 (or $x3421 $x4784)))
(not $x3136)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x1571 (= 0 (+ 1 |S_a[1]|))))
(let (($x3181 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x1810 (or $x3181 $x1571)))
(not $x1810)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x6885 (= 0 (+ 1 |S_a[2]|))))
(let (($x6617 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x3951 (or $x6617 $x6885)))
(not $x3951)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x5479 (= 0 (+ 1 |S_a[3]|))))
(let (($x1543 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x2695 (or $x1543 $x5479)))
(not $x2695)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x5424 (= 0 (+ 1 |S_a[4]|))))
(let (($x2447 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x1614 (or $x2447 $x5424)))
(not $x1614)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x3135 (= 0 (+ 1 |S_a[5]|))))
(let (($x3054 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x5544 (or $x3054 $x3135)))
(not $x5544)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x224 (= 0 (+ 1 |S_b[0]|))))
(let (($x4310 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x1999 (or $x4310 $x224)))
(not $x1999)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x1883 (= 0 (+ 1 |S_b[1]|))))
(let (($x6486 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x6992 (or $x6486 $x1883)))
(not $x6992)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x1077 (= 0 (+ 1 |S_b[2]|))))
(let (($x2875 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x5795 (or $x2875 $x1077)))
(not $x5795)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x1584 (= 0 (+ 1 |S_b[3]|))))
(let (($x3724 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x6292 (or $x3724 $x1584)))
(not $x6292)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x1682 (= 0 (+ 1 |S_b[4]|))))
(let (($x3597 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x849 (or $x3597 $x1682)))
(not $x849)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x5163 (= 0 (+ 1 |S_b[5]|))))
(let (($x4815 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x4836 (or $x4815 $x5163)))
(not $x4836)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x2095 (= 0 (+ 1 |B1[0]|))))
(let (($x2046 (= 0 (+ (- 1) |B1[0]|))))
(let (($x6257 (or $x2046 $x2095)))
(not $x6257)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x3086 (= 0 (+ 1 |B1[1]|))))
(let (($x1665 (= 0 (+ (- 1) |B1[1]|))))
(let (($x4359 (or $x1665 $x3086)))
(not $x4359)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x877 (= 0 (+ 1 |B1[2]|))))
(let (($x4250 (= 0 (+ (- 1) |B1[2]|))))
(let (($x2069 (or $x4250 $x877)))
(not $x2069)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (37, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x1686 (= 0 (+ 1 |B1[3]|))))
(let (($x6140 (= 0 (+ (- 1) |B1[3]|))))
(let (($x3559 (or $x6140 $x1686)))
(not $x3559)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let (($x4385 (= 0 (+ 1 |B1[4]|))))
(let (($x2589 (= 0 (+ (- 1) |B1[4]|))))
(let (($x1180 (or $x2589 $x4385)))
(not $x1180)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let (($x3771 (= 0 (+ 1 |B1[5]|))))
(let (($x4989 (= 0 (+ (- 1) |B1[5]|))))
(let (($x5109 (or $x4989 $x3771)))
(not $x5109)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (40, 0) (proved)
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
 (let ((?x2322 (* 2 |B1[4]|)))
(let ((?x1729 (* 4 |B1[3]|)))
(let ((?x3226 (* 8 |B1[2]|)))
(let ((?x778 (* 16 |B1[1]|)))
(let ((?x949 (* 32 |B1[0]|)))
(let ((?x5593 (mod (div (div (+ 65 ?x949 ?x778 ?x3226 ?x1729 ?x2322 |B1[5]|) 2) 32) 2)))
(let (($x4639 (= 0 ?x5593)))
(let (($x3301 (= 0 (+ (- 1) ?x5593))))
(let (($x6764 (or $x3301 $x4639)))
(not $x6764)))))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (41, 0) (proved)
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
 (let ((?x2322 (* 2 |B1[4]|)))
(let ((?x1729 (* 4 |B1[3]|)))
(let ((?x3226 (* 8 |B1[2]|)))
(let ((?x778 (* 16 |B1[1]|)))
(let ((?x613 (mod (div (div (+ 33 ?x778 ?x3226 ?x1729 ?x2322 |B1[5]|) 2) 16) 2)))
(let (($x3890 (= 0 ?x613)))
(let (($x3280 (= 0 (+ (- 1) ?x613))))
(let (($x4102 (or $x3280 $x3890)))
(not $x4102))))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (42, 0) (proved)
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
 (let ((?x2322 (* 2 |B1[4]|)))
(let ((?x1729 (* 4 |B1[3]|)))
(let ((?x3226 (* 8 |B1[2]|)))
(let ((?x5370 (mod (div (div (+ 17 ?x3226 ?x1729 ?x2322 |B1[5]|) 2) 8) 2)))
(let (($x2568 (= 0 ?x5370)))
(let (($x3293 (= 0 (+ (- 1) ?x5370))))
(let (($x4068 (or $x3293 $x2568)))
(not $x4068)))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (43, 0) (proved)
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
 (let ((?x4947 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x6222 (mod ?x4947 2)))
(let (($x3566 (= 0 ?x6222)))
(let (($x3996 (= 0 (+ (- 1) ?x6222))))
(let (($x6227 (or $x3996 $x3566)))
(not $x6227)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (44, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x4543 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let (($x3572 (= 0 ?x4543)))
(let (($x3390 (= 0 (+ (- 1) ?x4543))))
(let (($x4868 (or $x3390 $x3572)))
(not $x4868))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x5625 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))
(let (($x6581 (= 0 ?x5625)))
(let (($x6035 (= 0 (+ (- 1) ?x5625))))
(let (($x364 (or $x6035 $x6581)))
(not $x364))))))
(check-sat)
(reset)
