; add: S_b[0] at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
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
 (let ((?x4697 (* 2 |B2[3]|)))
(let ((?x778 (* 4 |B2[2]|)))
(let ((?x3618 (* 8 |B2[1]|)))
(let ((?x844 (* 16 |B2[0]|)))
(let ((?x810 (* 2 |S_b[3]|)))
(let ((?x4438 (* 4 |S_b[2]|)))
(let ((?x3608 (* 8 |S_b[1]|)))
(let ((?x3940 (* 16 |S_b[0]|)))
(let ((?x741 (div (+ 62 ?x3940 ?x3608 ?x4438 ?x810 |S_b[4]| ?x844 ?x3618 ?x778 ?x4697 |B2[4]|) 2)))
(let ((?x1704 (mod (div ?x741 16) 2)))
(let ((?x1699 (+ (- 34) ?x3940 ?x3608 ?x4438 ?x810 |S_b[4]| ?x844 ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x5067 (ite (< 0 ?x1699) ?x1699 0)))
(let ((?x4627 (+ (- 32) ?x3940 ?x3608 ?x4438 ?x810 |S_b[4]| ?x844 ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x3088 (ite (< 0 ?x4627) ?x4627 0)))
(let ((?x3623 (+ ?x3940 ?x3608 ?x4438 ?x810 |S_b[4]| ?x844 ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x3454 (ite (< 0 ?x3623) ?x3623 0)))
(let ((?x2524 (+ (- 2) ?x3940 ?x3608 ?x4438 ?x810 |S_b[4]| ?x844 ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x4672 (ite (< 0 ?x2524) ?x2524 0)))
(let ((?x113 (+ 30 ?x3940 ?x3608 ?x4438 ?x810 |S_b[4]| ?x844 ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x321 (ite (< 0 ?x113) ?x113 0)))
(let ((?x1717 (+ 32 ?x3940 ?x3608 ?x4438 ?x810 |S_b[4]| ?x844 ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x2970 (ite (< 0 ?x1717) ?x1717 0)))
(let ((?x3770 (+ ?x2970 (* (- 1) ?x321) ?x4672 (* (- 1) ?x3454) ?x3088 (* (- 1) ?x5067) (* (- 2) ?x1704))))
(let (($x2908 (= 0 ?x3770)))
(not $x2908))))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[1] at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x4697 (* 2 |B2[3]|)))
(let ((?x778 (* 4 |B2[2]|)))
(let ((?x3618 (* 8 |B2[1]|)))
(let ((?x810 (* 2 |S_b[3]|)))
(let ((?x4438 (* 4 |S_b[2]|)))
(let ((?x3608 (* 8 |S_b[1]|)))
(let ((?x4433 (div (div (+ 30 ?x3608 ?x4438 ?x810 |S_b[4]| ?x3618 ?x778 ?x4697 |B2[4]|) 2) 8)))
(let ((?x2708 (mod ?x4433 2)))
(let ((?x3437 (+ (- 18) ?x3608 ?x4438 ?x810 |S_b[4]| ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x1806 (ite (< 0 ?x3437) ?x3437 0)))
(let ((?x3567 (+ (- 16) ?x3608 ?x4438 ?x810 |S_b[4]| ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x458 (ite (< 0 ?x3567) ?x3567 0)))
(let ((?x3217 (+ ?x3608 ?x4438 ?x810 |S_b[4]| ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x1933 (ite (< 0 ?x3217) ?x3217 0)))
(let ((?x5103 (+ (- 2) ?x3608 ?x4438 ?x810 |S_b[4]| ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x828 (ite (< 0 ?x5103) ?x5103 0)))
(let ((?x1520 (+ 14 ?x3608 ?x4438 ?x810 |S_b[4]| ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x1083 (ite (< 0 ?x1520) ?x1520 0)))
(let ((?x3476 (+ 16 ?x3608 ?x4438 ?x810 |S_b[4]| ?x3618 ?x778 ?x4697 |B2[4]|)))
(let ((?x1242 (ite (< 0 ?x3476) ?x3476 0)))
(let ((?x2075 (+ ?x1242 (* (- 1) ?x1083) ?x828 (* (- 1) ?x1933) ?x458 (* (- 1) ?x1806) (* (- 2) ?x2708))))
(let (($x991 (= 0 ?x2075)))
(not $x991))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[2] at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x4697 (* 2 |B2[3]|)))
(let ((?x778 (* 4 |B2[2]|)))
(let ((?x810 (* 2 |S_b[3]|)))
(let ((?x4438 (* 4 |S_b[2]|)))
(let ((?x2737 (div (div (+ 14 ?x4438 ?x810 |S_b[4]| ?x778 ?x4697 |B2[4]|) 2) 4)))
(let ((?x1539 (mod ?x2737 2)))
(let ((?x2758 (+ (- 10) ?x4438 ?x810 |S_b[4]| ?x778 ?x4697 |B2[4]|)))
(let ((?x444 (ite (< 0 ?x2758) ?x2758 0)))
(let ((?x3168 (+ (- 8) ?x4438 ?x810 |S_b[4]| ?x778 ?x4697 |B2[4]|)))
(let ((?x3739 (ite (< 0 ?x3168) ?x3168 0)))
(let ((?x2293 (+ ?x4438 ?x810 |S_b[4]| ?x778 ?x4697 |B2[4]|)))
(let ((?x1482 (ite (< 0 ?x2293) ?x2293 0)))
(let ((?x1336 (+ (- 2) ?x4438 ?x810 |S_b[4]| ?x778 ?x4697 |B2[4]|)))
(let ((?x4067 (ite (< 0 ?x1336) ?x1336 0)))
(let ((?x305 (+ 6 ?x4438 ?x810 |S_b[4]| ?x778 ?x4697 |B2[4]|)))
(let ((?x4359 (ite (< 0 ?x305) ?x305 0)))
(let ((?x1293 (+ 8 ?x4438 ?x810 |S_b[4]| ?x778 ?x4697 |B2[4]|)))
(let ((?x199 (ite (< 0 ?x1293) ?x1293 0)))
(let ((?x355 (+ ?x199 (* (- 1) ?x4359) ?x4067 (* (- 1) ?x1482) ?x3739 (* (- 1) ?x444) (* (- 2) ?x1539))))
(let (($x1948 (= 0 ?x355)))
(not $x1948))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[3] at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x768 (div (+ 6 (* 2 |S_b[3]|) |S_b[4]| (* 2 |B2[3]|) |B2[4]|) 2)))
(let ((?x1044 (mod (div ?x768 2) 2)))
(let ((?x4697 (* 2 |B2[3]|)))
(let ((?x810 (* 2 |S_b[3]|)))
(let ((?x2853 (+ (- 4) ?x810 |S_b[4]| ?x4697 |B2[4]|)))
(let ((?x3397 (ite (< 0 ?x2853) ?x2853 0)))
(let ((?x462 (+ ?x810 |S_b[4]| ?x4697 |B2[4]|)))
(let ((?x2090 (ite (< 0 ?x462) ?x462 0)))
(let ((?x1647 (+ (- 2) ?x810 |S_b[4]| ?x4697 |B2[4]|)))
(let ((?x3916 (ite (< 0 ?x1647) ?x1647 0)))
(let ((?x721 (+ 2 ?x810 |S_b[4]| ?x4697 |B2[4]|)))
(let ((?x634 (ite (< 0 ?x721) ?x721 0)))
(let ((?x884 (+ 4 ?x810 |S_b[4]| ?x4697 |B2[4]|)))
(let ((?x2786 (ite (< 0 ?x884) ?x884 0)))
(let (($x3014 (= 0 (+ ?x2786 (* (- 1) ?x634) ?x3916 (* (- 1) ?x2090) ?x3397 (* (- 2) ?x1044)))))
(not $x3014)))))))))))))))))
(check-sat)
(reset)
; add: S_b[4] at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x1034 (mod (div (div (+ 2 |S_b[4]| |B2[4]|) 2) 1) 2)))
(let ((?x2918 (+ |S_b[4]| |B2[4]|)))
(let ((?x583 (ite (< 0 ?x2918) ?x2918 0)))
(let (($x4335 (= 0 (+ 2 |S_b[4]| |B2[4]| (* (- 2) ?x583) (* (- 2) ?x1034)))))
(not $x4335))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x180 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x277 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1132 (and $x277 $x180)))
(let (($x7 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2729 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1465 (and $x2729 $x7)))
(let (($x3103 (or $x1465 $x1132)))
(not $x3103)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2662 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x57 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1588 (and $x57 $x2662)))
(let (($x600 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2757 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x250 (and $x2757 $x600)))
(let (($x473 (or $x250 $x1588)))
(not $x473)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2045 (= 0 (+ 1 |mem1[0]|))))
(let (($x1986 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2827 (or $x1986 $x2045)))
(not $x2827)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5078 (= 0 (+ 1 |mem1[1]|))))
(let (($x330 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4352 (or $x330 $x5078)))
(not $x4352)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1106 (= 0 (+ 1 |mem1[2]|))))
(let (($x2329 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2682 (or $x2329 $x1106)))
(not $x2682)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1171 (= 0 (+ 1 |mem1[3]|))))
(let (($x111 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1039 (or $x111 $x1171)))
(not $x1039)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x3106 (= 0 (+ 1 |mem1[4]|))))
(let (($x2082 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x708 (or $x2082 $x3106)))
(not $x708)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2821 (= 0 (+ 1 |mem2[0]|))))
(let (($x2308 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2820 (or $x2308 $x2821)))
(not $x2820)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x614 (= 0 (+ 1 |mem2[1]|))))
(let (($x1297 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3787 (or $x1297 $x614)))
(not $x3787)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3392 (= 0 (+ 1 |mem2[2]|))))
(let (($x3469 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1396 (or $x3469 $x3392)))
(not $x1396)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x33 (= 0 (+ 1 |mem2[3]|))))
(let (($x5100 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x907 (or $x5100 $x33)))
(not $x907)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x4635 (= 0 (+ 1 |mem2[4]|))))
(let (($x734 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1799 (or $x734 $x4635)))
(not $x1799)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3189 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1357 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1613 (and $x1357 $x3189)))
(let (($x4142 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1025 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3532 (and $x1025 $x4142)))
(let (($x4066 (or $x3532 $x1613)))
(not $x4066)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x412 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2938 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2995 (and $x2938 $x412)))
(let (($x4885 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x435 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2601 (and $x435 $x4885)))
(let (($x1534 (or $x2601 $x2995)))
(not $x1534)))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
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
 (let ((?x4697 (* 2 |B2[3]|)))
(let ((?x778 (* 4 |B2[2]|)))
(let ((?x3618 (* 8 |B2[1]|)))
(let ((?x844 (* 16 |B2[0]|)))
(let ((?x810 (* 2 |S_b[3]|)))
(let ((?x4438 (* 4 |S_b[2]|)))
(let ((?x3608 (* 8 |S_b[1]|)))
(let ((?x3940 (* 16 |S_b[0]|)))
(let ((?x741 (div (+ 62 ?x3940 ?x3608 ?x4438 ?x810 |S_b[4]| ?x844 ?x3618 ?x778 ?x4697 |B2[4]|) 2)))
(let ((?x1704 (mod (div ?x741 16) 2)))
(let (($x2309 (= 0 ?x1704)))
(let (($x4593 (= 0 (+ (- 1) ?x1704))))
(let (($x928 (or $x4593 $x2309)))
(not $x928)))))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x4697 (* 2 |B2[3]|)))
(let ((?x778 (* 4 |B2[2]|)))
(let ((?x3618 (* 8 |B2[1]|)))
(let ((?x810 (* 2 |S_b[3]|)))
(let ((?x4438 (* 4 |S_b[2]|)))
(let ((?x3608 (* 8 |S_b[1]|)))
(let ((?x4433 (div (div (+ 30 ?x3608 ?x4438 ?x810 |S_b[4]| ?x3618 ?x778 ?x4697 |B2[4]|) 2) 8)))
(let ((?x2708 (mod ?x4433 2)))
(let (($x2220 (= 0 ?x2708)))
(let (($x2404 (= 0 (+ (- 1) ?x2708))))
(let (($x2274 (or $x2404 $x2220)))
(not $x2274)))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x4697 (* 2 |B2[3]|)))
(let ((?x778 (* 4 |B2[2]|)))
(let ((?x810 (* 2 |S_b[3]|)))
(let ((?x4438 (* 4 |S_b[2]|)))
(let ((?x2737 (div (div (+ 14 ?x4438 ?x810 |S_b[4]| ?x778 ?x4697 |B2[4]|) 2) 4)))
(let ((?x1539 (mod ?x2737 2)))
(let (($x141 (= 0 ?x1539)))
(let (($x4473 (= 0 (+ (- 1) ?x1539))))
(let (($x3040 (or $x4473 $x141)))
(not $x3040)))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x768 (div (+ 6 (* 2 |S_b[3]|) |S_b[4]| (* 2 |B2[3]|) |B2[4]|) 2)))
(let ((?x1044 (mod (div ?x768 2) 2)))
(let (($x3004 (= 0 ?x1044)))
(let (($x3589 (= 0 (+ (- 1) ?x1044))))
(let (($x1772 (or $x3589 $x3004)))
(not $x1772)))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x1034 (mod (div (div (+ 2 |S_b[4]| |B2[4]|) 2) 1) 2)))
(let (($x3334 (= 0 ?x1034)))
(let (($x1174 (= 0 (+ (- 1) ?x1034))))
(let (($x193 (or $x1174 $x3334)))
(not $x193))))))
(check-sat)
(reset)
