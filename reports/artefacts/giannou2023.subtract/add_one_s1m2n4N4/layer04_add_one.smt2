; add_one: B.B2[0] at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x4850 (* 2 |B1[2]|)))
(let ((?x5818 (* 4 |B1[1]|)))
(let ((?x2354 (* 8 |B1[0]|)))
(let ((?x5222 (mod (div (div (+ 17 ?x2354 ?x5818 ?x4850 |B1[3]|) 2) 8) 2)))
(let ((?x149 (+ (- 13) ?x2354 ?x5818 ?x4850 |B1[3]|)))
(let ((?x4190 (ite (< 0 ?x149) ?x149 0)))
(let ((?x4889 (+ 1 ?x2354 ?x5818 ?x4850 |B1[3]|)))
(let ((?x3672 (ite (< 0 ?x4889) ?x4889 0)))
(let ((?x4392 (+ 3 ?x2354 ?x5818 ?x4850 |B1[3]|)))
(let ((?x4415 (ite (< 0 ?x4392) ?x4392 0)))
(let (($x3439 (= 0 (+ ?x4415 (* (- 1) ?x3672) (* (- 1) ?x4190) (* (- 2) ?x5222)))))
(not $x3439)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x6322 (div (div (+ 9 (* 4 |B1[1]|) (* 2 |B1[2]|) |B1[3]|) 2) 4)))
(let ((?x1465 (mod ?x6322 2)))
(let ((?x4850 (* 2 |B1[2]|)))
(let ((?x5818 (* 4 |B1[1]|)))
(let ((?x4585 (+ (- 5) ?x5818 ?x4850 |B1[3]|)))
(let ((?x652 (ite (< 0 ?x4585) ?x4585 0)))
(let ((?x2467 (+ 1 ?x5818 ?x4850 |B1[3]|)))
(let ((?x3884 (ite (< 0 ?x2467) ?x2467 0)))
(let ((?x6649 (+ 3 ?x5818 ?x4850 |B1[3]|)))
(let ((?x4971 (ite (< 0 ?x6649) ?x6649 0)))
(let (($x5322 (= 0 (+ ?x4971 (* (- 1) ?x3884) (* (- 1) ?x652) (* (- 2) ?x1465)))))
(not $x5322)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x211 (mod (div (div (+ 5 (* 2 |B1[2]|) |B1[3]|) 2) 2) 2)))
(let ((?x4850 (* 2 |B1[2]|)))
(let ((?x3027 (+ (- 1) ?x4850 |B1[3]|)))
(let ((?x206 (ite (< 0 ?x3027) ?x3027 0)))
(let ((?x1631 (+ 1 ?x4850 |B1[3]|)))
(let ((?x2480 (ite (< 0 ?x1631) ?x1631 0)))
(let (($x3427 (= 0 (+ 3 ?x4850 |B1[3]| (* (- 1) ?x2480) (* (- 1) ?x206) (* (- 2) ?x211)))))
(not $x3427)))))))))
(check-sat)
(reset)
; add_one: B.B2[3] at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x1555 (+ (- 1) |B1[3]| (* 2 (mod (div (div (+ 3 |B1[3]|) 2) 1) 2)))))
(let (($x3551 (= 0 ?x1555)))
(not $x3551))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4486 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1589 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5761 (and $x1589 $x4486)))
(let (($x2418 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1872 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3901 (and $x1872 $x2418)))
(let (($x561 (or $x3901 $x5761)))
(not $x561)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2775 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x910 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4996 (and $x910 $x2775)))
(let (($x5033 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6866 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x167 (and $x6866 $x5033)))
(let (($x1994 (or $x167 $x4996)))
(not $x1994)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2688 (= 0 (+ 1 |mem1[0]|))))
(let (($x2327 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4993 (or $x2327 $x2688)))
(not $x4993)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2171 (= 0 (+ 1 |mem1[1]|))))
(let (($x2591 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x6517 (or $x2591 $x2171)))
(not $x6517)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x920 (= 0 (+ 1 |mem1[2]|))))
(let (($x2816 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4977 (or $x2816 $x920)))
(not $x4977)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2921 (= 0 (+ 1 |mem1[3]|))))
(let (($x3749 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4182 (or $x3749 $x2921)))
(not $x4182)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4991 (= 0 (+ 1 |mem2[0]|))))
(let (($x4481 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5890 (or $x4481 $x4991)))
(not $x5890)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3906 (= 0 (+ 1 |mem2[1]|))))
(let (($x5386 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x183 (or $x5386 $x3906)))
(not $x183)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3920 (= 0 (+ 1 |mem2[2]|))))
(let (($x2005 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x503 (or $x2005 $x3920)))
(not $x503)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1549 (= 0 (+ 1 |mem2[3]|))))
(let (($x6219 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3762 (or $x6219 $x1549)))
(not $x3762)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4342 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4622 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x990 (and $x4622 $x4342)))
(let (($x4093 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5039 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x40 (and $x5039 $x4093)))
(let (($x1128 (or $x40 $x990)))
(not $x1128)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5130 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2493 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1444 (and $x2493 $x5130)))
(let (($x3605 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4901 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x109 (and $x4901 $x3605)))
(let (($x6329 (or $x109 $x1444)))
(not $x6329)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x6776 (= 0 (+ 1 |S_a[0]|))))
(let (($x6057 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x6093 (or $x6057 $x6776)))
(not $x6093)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x408 (= 0 (+ 1 |S_a[1]|))))
(let (($x2242 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x6191 (or $x2242 $x408)))
(not $x6191)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x932 (= 0 (+ 1 |S_a[2]|))))
(let (($x128 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x2728 (or $x128 $x932)))
(not $x2728)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x3653 (= 0 (+ 1 |S_a[3]|))))
(let (($x5399 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x5091 (or $x5399 $x3653)))
(not $x5091)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1868 (= 0 (+ 1 |S_b[0]|))))
(let (($x526 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x6609 (or $x526 $x1868)))
(not $x6609)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x3120 (= 0 (+ 1 |S_b[1]|))))
(let (($x3819 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x2129 (or $x3819 $x3120)))
(not $x2129)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x6871 (= 0 (+ 1 |S_b[2]|))))
(let (($x5509 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x3586 (or $x5509 $x6871)))
(not $x3586)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x4892 (= 0 (+ 1 |S_b[3]|))))
(let (($x389 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x304 (or $x389 $x4892)))
(not $x304)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x4263 (= 0 (+ 1 |B1[0]|))))
(let (($x4778 (= 0 (+ (- 1) |B1[0]|))))
(let (($x4700 (or $x4778 $x4263)))
(not $x4700)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x5717 (= 0 (+ 1 |B1[1]|))))
(let (($x1811 (= 0 (+ (- 1) |B1[1]|))))
(let (($x3143 (or $x1811 $x5717)))
(not $x3143)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x6842 (= 0 (+ 1 |B1[2]|))))
(let (($x3046 (= 0 (+ (- 1) |B1[2]|))))
(let (($x1682 (or $x3046 $x6842)))
(not $x1682)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x1957 (= 0 (+ 1 |B1[3]|))))
(let (($x6414 (= 0 (+ (- 1) |B1[3]|))))
(let (($x4861 (or $x6414 $x1957)))
(not $x4861)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x4850 (* 2 |B1[2]|)))
(let ((?x5818 (* 4 |B1[1]|)))
(let ((?x2354 (* 8 |B1[0]|)))
(let ((?x5222 (mod (div (div (+ 17 ?x2354 ?x5818 ?x4850 |B1[3]|) 2) 8) 2)))
(let (($x282 (= 0 ?x5222)))
(let (($x4111 (= 0 (+ (- 1) ?x5222))))
(let (($x4438 (or $x4111 $x282)))
(not $x4438)))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x6322 (div (div (+ 9 (* 4 |B1[1]|) (* 2 |B1[2]|) |B1[3]|) 2) 4)))
(let ((?x1465 (mod ?x6322 2)))
(let (($x4207 (= 0 ?x1465)))
(let (($x2776 (= 0 (+ (- 1) ?x1465))))
(let (($x630 (or $x2776 $x4207)))
(not $x630)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x211 (mod (div (div (+ 5 (* 2 |B1[2]|) |B1[3]|) 2) 2) 2)))
(let (($x6865 (= 0 ?x211)))
(let (($x4893 (= 0 (+ (- 1) ?x211))))
(let (($x227 (or $x4893 $x6865)))
(not $x227))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x3378 (mod (div (div (+ 3 |B1[3]|) 2) 1) 2)))
(let (($x1658 (= 0 ?x3378)))
(let (($x5437 (= 0 (+ (- 1) ?x3378))))
(let (($x5939 (or $x5437 $x1658)))
(not $x5939))))))
(check-sat)
(reset)
