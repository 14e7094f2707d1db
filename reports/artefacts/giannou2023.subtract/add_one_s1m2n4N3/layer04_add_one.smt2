; add_one: B.B2[0] at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x3413 (div (div (+ 9 (* 4 |B1[0]|) (* 2 |B1[1]|) |B1[2]|) 2) 4)))
(let ((?x303 (mod ?x3413 2)))
(let ((?x4220 (* 2 |B1[1]|)))
(let ((?x3119 (* 4 |B1[0]|)))
(let ((?x312 (+ (- 5) ?x3119 ?x4220 |B1[2]|)))
(let ((?x3762 (ite (< 0 ?x312) ?x312 0)))
(let ((?x2830 (+ 1 ?x3119 ?x4220 |B1[2]|)))
(let ((?x6776 (ite (< 0 ?x2830) ?x2830 0)))
(let ((?x6004 (+ 3 ?x3119 ?x4220 |B1[2]|)))
(let ((?x5679 (ite (< 0 ?x6004) ?x6004 0)))
(let (($x6968 (= 0 (+ ?x5679 (* (- 1) ?x6776) (* (- 1) ?x3762) (* (- 2) ?x303)))))
(not $x6968)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x4033 (mod (div (div (+ 5 (* 2 |B1[1]|) |B1[2]|) 2) 2) 2)))
(let ((?x4220 (* 2 |B1[1]|)))
(let ((?x618 (+ (- 1) ?x4220 |B1[2]|)))
(let ((?x2905 (ite (< 0 ?x618) ?x618 0)))
(let ((?x4889 (+ 1 ?x4220 |B1[2]|)))
(let ((?x1611 (ite (< 0 ?x4889) ?x4889 0)))
(let (($x4819 (= 0 (+ 3 ?x4220 |B1[2]| (* (- 1) ?x1611) (* (- 1) ?x2905) (* (- 2) ?x4033)))))
(not $x4819)))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x3120 (+ (- 1) |B1[2]| (* 2 (mod (div (div (+ 3 |B1[2]|) 2) 1) 2)))))
(let (($x6456 (= 0 ?x3120)))
(not $x6456))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2696 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5851 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x633 (and $x5851 $x2696)))
(let (($x3721 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2031 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1707 (and $x2031 $x3721)))
(let (($x1819 (or $x1707 $x633)))
(not $x1819)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4526 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4215 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4422 (and $x4215 $x4526)))
(let (($x183 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3551 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3901 (and $x3551 $x183)))
(let (($x3672 (or $x3901 $x4422)))
(not $x3672)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2053 (= 0 (+ 1 |mem1[0]|))))
(let (($x6550 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3027 (or $x6550 $x2053)))
(not $x3027)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5819 (= 0 (+ 1 |mem1[1]|))))
(let (($x6068 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1465 (or $x6068 $x5819)))
(not $x1465)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6370 (= 0 (+ 1 |mem1[2]|))))
(let (($x831 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1957 (or $x831 $x6370)))
(not $x1957)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x6157 (= 0 (+ 1 |mem2[0]|))))
(let (($x1657 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3276 (or $x1657 $x6157)))
(not $x3276)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x6050 (= 0 (+ 1 |mem2[1]|))))
(let (($x2098 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2760 (or $x2098 $x6050)))
(not $x2760)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x4742 (= 0 (+ 1 |mem2[2]|))))
(let (($x4903 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5386 (or $x4903 $x4742)))
(not $x5386)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4247 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4300 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1056 (and $x4300 $x4247)))
(let (($x4514 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1899 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4786 (and $x1899 $x4514)))
(let (($x5596 (or $x4786 $x1056)))
(not $x5596)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x6322 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3349 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1292 (and $x3349 $x6322)))
(let (($x6713 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4072 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2740 (and $x4072 $x6713)))
(let (($x2703 (or $x2740 $x1292)))
(not $x2703)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x4764 (= 0 (+ 1 |S_a[0]|))))
(let (($x839 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x2180 (or $x839 $x4764)))
(not $x2180)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x4989 (= 0 (+ 1 |S_a[1]|))))
(let (($x3145 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x3272 (or $x3145 $x4989)))
(not $x3272)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x5904 (= 0 (+ 1 |S_a[2]|))))
(let (($x5976 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x1097 (or $x5976 $x5904)))
(not $x1097)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x744 (= 0 (+ 1 |S_b[0]|))))
(let (($x2863 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x5771 (or $x2863 $x744)))
(not $x5771)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x2849 (= 0 (+ 1 |S_b[1]|))))
(let (($x6517 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x5383 (or $x6517 $x2849)))
(not $x5383)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x1133 (= 0 (+ 1 |S_b[2]|))))
(let (($x3503 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x7032 (or $x3503 $x1133)))
(not $x7032)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x626 (= 0 (+ 1 |B1[0]|))))
(let (($x3138 (= 0 (+ (- 1) |B1[0]|))))
(let (($x2621 (or $x3138 $x626)))
(not $x2621)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x5056 (= 0 (+ 1 |B1[1]|))))
(let (($x2921 (= 0 (+ (- 1) |B1[1]|))))
(let (($x6717 (or $x2921 $x5056)))
(not $x6717)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x727 (= 0 (+ 1 |B1[2]|))))
(let (($x4551 (= 0 (+ (- 1) |B1[2]|))))
(let (($x1458 (or $x4551 $x727)))
(not $x1458)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x3413 (div (div (+ 9 (* 4 |B1[0]|) (* 2 |B1[1]|) |B1[2]|) 2) 4)))
(let ((?x303 (mod ?x3413 2)))
(let (($x3783 (= 0 ?x303)))
(let (($x5246 (= 0 (+ (- 1) ?x303))))
(let (($x149 (or $x5246 $x3783)))
(not $x149)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x4033 (mod (div (div (+ 5 (* 2 |B1[1]|) |B1[2]|) 2) 2) 2)))
(let (($x2037 (= 0 ?x4033)))
(let (($x4415 (= 0 (+ (- 1) ?x4033))))
(let (($x1765 (or $x4415 $x2037)))
(not $x1765))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x4971 (mod (div (div (+ 3 |B1[2]|) 2) 1) 2)))
(let (($x5437 (= 0 ?x4971)))
(let (($x3432 (= 0 (+ (- 1) ?x4971))))
(let (($x3920 (or $x3432 $x5437)))
(not $x3920))))))
(check-sat)
(reset)
