; read_memory: S_a.flag[0] at (11, 0) (proved)
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
 (let (($x5537 (= 1 slot.a)))
(let ((?x4445 (ite $x5537 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x4072 (ite $x5537 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x5709 (= 0 (+ ?x4072 (* (- 1) ?x4445) (* (- 2) (ite $x5537 |mem1[0]| |mem2[0]|))))))
(not $x5709))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (12, 0) (proved)
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
 (let (($x5537 (= 1 slot.a)))
(let ((?x3441 (ite $x5537 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x1611 (ite $x5537 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x2486 (= 0 (+ ?x1611 (* (- 1) ?x3441) (* (- 2) (ite $x5537 |mem1[1]| |mem2[1]|))))))
(not $x2486))))))
(check-sat)
(reset)
; read_memory: S_a[2] at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5537 (= 1 slot.a)))
(let ((?x2947 (ite $x5537 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x312 (ite $x5537 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x2879 (= 0 (+ ?x312 (* (- 1) ?x2947) (* (- 2) (ite $x5537 |mem1[2]| |mem2[2]|))))))
(not $x2879))))))
(check-sat)
(reset)
; read_memory: S_a[3] at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5537 (= 1 slot.a)))
(let ((?x1657 (ite $x5537 (+ 1 (* (- 1) |mem1[3]|)) (+ 1 (* (- 1) |mem2[3]|)))))
(let ((?x618 (ite $x5537 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))))
(let (($x6494 (= 0 (+ ?x618 (* (- 1) ?x1657) (* (- 2) (ite $x5537 |mem1[3]| |mem2[3]|))))))
(not $x6494))))))
(check-sat)
(reset)
; read_memory: S_a[4] at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5537 (= 1 slot.a)))
(let ((?x88 (ite $x5537 (+ 1 (* (- 1) |mem1[4]|)) (+ 1 (* (- 1) |mem2[4]|)))))
(let ((?x1744 (ite $x5537 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))))
(let (($x5789 (= 0 (+ ?x1744 (* (- 1) ?x88) (* (- 2) (ite $x5537 |mem1[4]| |mem2[4]|))))))
(not $x5789))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (16, 0) (proved)
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
 (let ((?x3378 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x5158 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x3917 (= 1 slot.b)))
(let ((?x6397 (ite $x3917 ?x5158 ?x3378)))
(let ((?x5427 (+ 1 |mem2[0]|)))
(let ((?x2163 (+ 1 |mem1[0]|)))
(let ((?x6849 (ite $x3917 ?x2163 ?x5427)))
(let (($x3148 (= 0 (+ ?x6849 (* (- 1) ?x6397) (* (- 2) (ite $x3917 |mem1[0]| |mem2[0]|))))))
(not $x3148))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (17, 0) (proved)
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
 (let ((?x4930 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x5777 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x3917 (= 1 slot.b)))
(let ((?x1071 (ite $x3917 ?x5777 ?x4930)))
(let ((?x4549 (+ 1 |mem2[1]|)))
(let ((?x968 (+ 1 |mem1[1]|)))
(let ((?x4514 (ite $x3917 ?x968 ?x4549)))
(let (($x2594 (= 0 (+ ?x4514 (* (- 1) ?x1071) (* (- 2) (ite $x3917 |mem1[1]| |mem2[1]|))))))
(not $x2594))))))))))
(check-sat)
(reset)
; read_memory: S_b[2] at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5157 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x6057 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x3917 (= 1 slot.b)))
(let ((?x2045 (ite $x3917 ?x6057 ?x5157)))
(let ((?x3224 (+ 1 |mem2[2]|)))
(let ((?x5399 (+ 1 |mem1[2]|)))
(let ((?x3472 (ite $x3917 ?x5399 ?x3224)))
(let (($x1235 (= 0 (+ ?x3472 (* (- 1) ?x2045) (* (- 2) (ite $x3917 |mem1[2]| |mem2[2]|))))))
(not $x1235))))))))))
(check-sat)
(reset)
; read_memory: S_b[3] at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3782 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x2804 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x3917 (= 1 slot.b)))
(let ((?x5927 (ite $x3917 ?x2804 ?x3782)))
(let ((?x4263 (+ 1 |mem2[3]|)))
(let ((?x6075 (+ 1 |mem1[3]|)))
(let ((?x1589 (ite $x3917 ?x6075 ?x4263)))
(let (($x4778 (= 0 (+ ?x1589 (* (- 1) ?x5927) (* (- 2) (ite $x3917 |mem1[3]| |mem2[3]|))))))
(not $x4778))))))))))
(check-sat)
(reset)
; read_memory: S_b[4] at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1767 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x3777 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x3917 (= 1 slot.b)))
(let ((?x3571 (ite $x3917 ?x3777 ?x1767)))
(let ((?x183 (+ 1 |mem2[4]|)))
(let ((?x631 (+ 1 |mem1[4]|)))
(let ((?x2621 (ite $x3917 ?x631 ?x183)))
(let (($x5612 (= 0 (+ ?x2621 (* (- 1) ?x3571) (* (- 2) (ite $x3917 |mem1[4]| |mem2[4]|))))))
(not $x5612))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (31, 0) (proved)
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
 (let ((?x3378 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x5158 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x4445 (ite $x5537 ?x5158 ?x3378)))
(let ((?x3674 (+ (* 2 (ite $x5537 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x5537 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x4445)))
(let (($x5077 (= 0 ?x3674)))
(not $x5077))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (31, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x5158 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x652 (ite $x5537 ?x5158 (* 2 ?x5158))))
(let ((?x2163 (+ 1 |mem1[0]|)))
(let ((?x935 (ite $x5537 ?x2163 (* 2 ?x2163))))
(let ((?x138 (+ (* 2 (ite $x5537 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x935) ?x652)))
(let (($x5189 (= 0 ?x138)))
(not $x5189)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (31, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3378 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x1631 (ite $x5537 (* 2 ?x3378) ?x3378)))
(let ((?x5427 (+ 1 |mem2[0]|)))
(let ((?x2344 (ite $x5537 (* 2 ?x5427) ?x5427)))
(let ((?x4784 (+ (* 2 (ite $x5537 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x2344) ?x1631)))
(let (($x4866 (= 0 ?x4784)))
(not $x4866)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (32, 0) (proved)
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
 (let ((?x4930 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x5777 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x3441 (ite $x5537 ?x5777 ?x4930)))
(let ((?x4585 (+ (* 2 (ite $x5537 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x5537 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x3441)))
(let (($x6163 (= 0 ?x4585)))
(not $x6163))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (32, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x5777 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x624 (ite $x5537 ?x5777 (* 2 ?x5777))))
(let ((?x968 (+ 1 |mem1[1]|)))
(let ((?x450 (ite $x5537 ?x968 (* 2 ?x968))))
(let ((?x1822 (+ (* 2 (ite $x5537 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x450) ?x624)))
(let (($x3863 (= 0 ?x1822)))
(not $x3863)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (32, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4930 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x3103 (ite $x5537 (* 2 ?x4930) ?x4930)))
(let ((?x4549 (+ 1 |mem2[1]|)))
(let ((?x4747 (ite $x5537 (* 2 ?x4549) ?x4549)))
(let ((?x2349 (+ (* 2 (ite $x5537 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x4747) ?x3103)))
(let (($x279 (= 0 ?x2349)))
(not $x279)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x5157 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x6057 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x2947 (ite $x5537 ?x6057 ?x5157)))
(let ((?x1510 (+ (* 2 (ite $x5537 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x5537 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x2947)))
(let (($x2193 (= 0 ?x1510)))
(not $x2193))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (33, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x6057 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x2728 (ite $x5537 ?x6057 (* 2 ?x6057))))
(let ((?x5399 (+ 1 |mem1[2]|)))
(let ((?x227 (ite $x5537 ?x5399 (* 2 ?x5399))))
(let ((?x4490 (+ (* 2 (ite $x5537 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x227) ?x2728)))
(let (($x5679 (= 0 ?x4490)))
(not $x5679)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (33, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x5157 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x6181 (ite $x5537 (* 2 ?x5157) ?x5157)))
(let ((?x3224 (+ 1 |mem2[2]|)))
(let ((?x5138 (ite $x5537 (* 2 ?x3224) ?x3224)))
(let ((?x133 (+ (* 2 (ite $x5537 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x5138) ?x6181)))
(let (($x1431 (= 0 ?x133)))
(not $x1431)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3782 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x2804 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x1657 (ite $x5537 ?x2804 ?x3782)))
(let ((?x5275 (+ (* 2 (ite $x5537 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x5537 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x1657)))
(let (($x5204 (= 0 ?x5275)))
(not $x5204))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (34, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2804 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x2863 (ite $x5537 ?x2804 (* 2 ?x2804))))
(let ((?x6075 (+ 1 |mem1[3]|)))
(let ((?x6647 (ite $x5537 ?x6075 (* 2 ?x6075))))
(let ((?x3240 (+ (* 2 (ite $x5537 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x6647) ?x2863)))
(let (($x4877 (= 0 ?x3240)))
(not $x4877)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (34, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3782 (+ 1 (* (- 1) |mem2[3]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x1448 (ite $x5537 (* 2 ?x3782) ?x3782)))
(let ((?x4263 (+ 1 |mem2[3]|)))
(let ((?x4764 (ite $x5537 (* 2 ?x4263) ?x4263)))
(let ((?x5919 (+ (* 2 (ite $x5537 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x4764) ?x1448)))
(let (($x7016 (= 0 ?x5919)))
(not $x7016)))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1767 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x3777 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x88 (ite $x5537 ?x3777 ?x1767)))
(let ((?x3166 (+ (* 2 (ite $x5537 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x5537 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x88)))
(let (($x1162 (= 0 ?x3166)))
(not $x1162))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (35, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3777 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x3250 (ite $x5537 ?x3777 (* 2 ?x3777))))
(let ((?x631 (+ 1 |mem1[4]|)))
(let ((?x1816 (ite $x5537 ?x631 (* 2 ?x631))))
(let ((?x611 (+ (* 2 (ite $x5537 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x1816) ?x3250)))
(let (($x2487 (= 0 ?x611)))
(not $x2487)))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (35, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1767 (+ 1 (* (- 1) |mem2[4]|))))
(let (($x5537 (= 1 slot.a)))
(let ((?x5944 (ite $x5537 (* 2 ?x1767) ?x1767)))
(let ((?x183 (+ 1 |mem2[4]|)))
(let ((?x3754 (ite $x5537 (* 2 ?x183) ?x183)))
(let ((?x6306 (+ (* 2 (ite $x5537 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x3754) ?x5944)))
(let (($x4936 (= 0 ?x6306)))
(not $x4936)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (36, 0) (proved)
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
 (let ((?x3378 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x5158 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x3917 (= 1 slot.b)))
(let ((?x6397 (ite $x3917 ?x5158 ?x3378)))
(let ((?x5511 (+ (* 2 (ite $x3917 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x3917 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x6397)))
(let (($x6129 (= 0 ?x5511)))
(not $x6129))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (36, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5158 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x288 (* 2 ?x5158)))
(let (($x3917 (= 1 slot.b)))
(let ((?x3132 (ite $x3917 ?x5158 ?x288)))
(let ((?x2163 (+ 1 |mem1[0]|)))
(let ((?x5246 (* 2 ?x2163)))
(let ((?x3518 (ite $x3917 ?x2163 ?x5246)))
(let ((?x4182 (+ (* 2 (ite $x3917 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x3518) ?x3132)))
(let (($x1206 (= 0 ?x4182)))
(not $x1206)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (36, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3378 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1161 (* 2 ?x3378)))
(let (($x3917 (= 1 slot.b)))
(let ((?x1848 (ite $x3917 ?x1161 ?x3378)))
(let ((?x5427 (+ 1 |mem2[0]|)))
(let ((?x4436 (* 2 ?x5427)))
(let ((?x932 (ite $x3917 ?x4436 ?x5427)))
(let ((?x2097 (+ (* 2 (ite $x3917 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x932) ?x1848)))
(let (($x988 (= 0 ?x2097)))
(not $x988)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (37, 0) (proved)
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
 (let ((?x4930 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x5777 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x3917 (= 1 slot.b)))
(let ((?x1071 (ite $x3917 ?x5777 ?x4930)))
(let ((?x5442 (+ (* 2 (ite $x3917 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x3917 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x1071)))
(let (($x3554 (= 0 ?x5442)))
(not $x3554))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (37, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5777 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x4052 (* 2 ?x5777)))
(let (($x3917 (= 1 slot.b)))
(let ((?x5761 (ite $x3917 ?x5777 ?x4052)))
(let ((?x968 (+ 1 |mem1[1]|)))
(let ((?x3276 (* 2 ?x968)))
(let ((?x2527 (ite $x3917 ?x968 ?x3276)))
(let ((?x5368 (+ (* 2 (ite $x3917 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x2527) ?x5761)))
(let (($x722 (= 0 ?x5368)))
(not $x722)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (37, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4930 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1578 (* 2 ?x4930)))
(let (($x3917 (= 1 slot.b)))
(let ((?x2093 (ite $x3917 ?x1578 ?x4930)))
(let ((?x4549 (+ 1 |mem2[1]|)))
(let ((?x3353 (* 2 ?x4549)))
(let ((?x4215 (ite $x3917 ?x3353 ?x4549)))
(let ((?x3439 (+ (* 2 (ite $x3917 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x4215) ?x2093)))
(let (($x5056 (= 0 ?x3439)))
(not $x5056)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5157 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x6057 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x3917 (= 1 slot.b)))
(let ((?x2045 (ite $x3917 ?x6057 ?x5157)))
(let ((?x2880 (+ (* 2 (ite $x3917 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x3917 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x2045)))
(let (($x2960 (= 0 ?x2880)))
(not $x2960))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (38, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6057 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x1097 (* 2 ?x6057)))
(let (($x3917 (= 1 slot.b)))
(let ((?x2985 (ite $x3917 ?x6057 ?x1097)))
(let ((?x5399 (+ 1 |mem1[2]|)))
(let ((?x6793 (* 2 ?x5399)))
(let ((?x2532 (ite $x3917 ?x5399 ?x6793)))
(let ((?x5437 (+ (* 2 (ite $x3917 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x2532) ?x2985)))
(let (($x4892 (= 0 ?x5437)))
(not $x4892)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (38, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5157 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4348 (* 2 ?x5157)))
(let (($x3917 (= 1 slot.b)))
(let ((?x1504 (ite $x3917 ?x4348 ?x5157)))
(let ((?x3224 (+ 1 |mem2[2]|)))
(let ((?x3900 (* 2 ?x3224)))
(let ((?x5788 (ite $x3917 ?x3900 ?x3224)))
(let ((?x4420 (+ (* 2 (ite $x3917 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x5788) ?x1504)))
(let (($x5526 (= 0 ?x4420)))
(not $x5526)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3782 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x2804 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x3917 (= 1 slot.b)))
(let ((?x5927 (ite $x3917 ?x2804 ?x3782)))
(let ((?x934 (+ (* 2 (ite $x3917 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x3917 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x5927)))
(let (($x5090 (= 0 ?x934)))
(not $x5090))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (39, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2804 (+ 1 (* (- 1) |mem1[3]|))))
(let ((?x920 (* 2 ?x2804)))
(let (($x3917 (= 1 slot.b)))
(let ((?x3288 (ite $x3917 ?x2804 ?x920)))
(let ((?x6075 (+ 1 |mem1[3]|)))
(let ((?x3427 (* 2 ?x6075)))
(let ((?x2230 (ite $x3917 ?x6075 ?x3427)))
(let ((?x756 (+ (* 2 (ite $x3917 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x2230) ?x3288)))
(let (($x5358 (= 0 ?x756)))
(not $x5358)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (39, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3782 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x5881 (* 2 ?x3782)))
(let (($x3917 (= 1 slot.b)))
(let ((?x3864 (ite $x3917 ?x5881 ?x3782)))
(let ((?x4263 (+ 1 |mem2[3]|)))
(let ((?x3235 (* 2 ?x4263)))
(let ((?x6870 (ite $x3917 ?x3235 ?x4263)))
(let ((?x2005 (+ (* 2 (ite $x3917 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x6870) ?x3864)))
(let (($x6053 (= 0 ?x2005)))
(not $x6053)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (40, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1767 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x3777 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x3917 (= 1 slot.b)))
(let ((?x3571 (ite $x3917 ?x3777 ?x1767)))
(let ((?x4421 (+ (* 2 (ite $x3917 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x3917 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x3571)))
(let (($x2180 (= 0 ?x4421)))
(not $x2180))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (40, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3777 (+ 1 (* (- 1) |mem1[4]|))))
(let ((?x6123 (* 2 ?x3777)))
(let (($x3917 (= 1 slot.b)))
(let ((?x5763 (ite $x3917 ?x3777 ?x6123)))
(let ((?x631 (+ 1 |mem1[4]|)))
(let ((?x3460 (* 2 ?x631)))
(let ((?x4438 (ite $x3917 ?x631 ?x3460)))
(let ((?x5664 (+ (* 2 (ite $x3917 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x4438) ?x5763)))
(let (($x2776 (= 0 ?x5664)))
(not $x2776)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (40, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1767 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x4670 (* 2 ?x1767)))
(let (($x3917 (= 1 slot.b)))
(let ((?x4365 (ite $x3917 ?x4670 ?x1767)))
(let ((?x183 (+ 1 |mem2[4]|)))
(let ((?x5641 (* 2 ?x183)))
(let ((?x2760 (ite $x3917 ?x5641 ?x183)))
(let ((?x5203 (+ (* 2 (ite $x3917 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x2760) ?x4365)))
(let (($x2775 (= 0 ?x5203)))
(not $x2775)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2122 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4155 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2971 (and $x4155 $x2122)))
(let (($x561 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2388 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x303 (and $x2388 $x561)))
(let (($x3752 (or $x303 $x2971)))
(not $x3752)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x5009 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1957 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x7009 (and $x1957 $x5009)))
(let (($x6812 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6348 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4648 (and $x6348 $x6812)))
(let (($x910 (or $x4648 $x7009)))
(not $x910)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x2163 (+ 1 |mem1[0]|)))
(let (($x4318 (= 0 ?x2163)))
(let (($x6339 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2505 (or $x6339 $x4318)))
(not $x2505))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x968 (+ 1 |mem1[1]|)))
(let (($x6329 (= 0 ?x968)))
(let (($x1719 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x6963 (or $x1719 $x6329)))
(not $x6963))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x5399 (+ 1 |mem1[2]|)))
(let (($x4996 (= 0 ?x5399)))
(let (($x5112 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3466 (or $x5112 $x4996)))
(not $x3466))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let ((?x6075 (+ 1 |mem1[3]|)))
(let (($x2626 (= 0 ?x6075)))
(let (($x4283 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3367 (or $x4283 $x2626)))
(not $x3367))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let ((?x631 (+ 1 |mem1[4]|)))
(let (($x6239 (= 0 ?x631)))
(let (($x6824 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4247 (or $x6824 $x6239)))
(not $x4247))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x5427 (+ 1 |mem2[0]|)))
(let (($x5099 (= 0 ?x5427)))
(let (($x1167 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4284 (or $x1167 $x5099)))
(not $x4284))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x4549 (+ 1 |mem2[1]|)))
(let (($x5135 (= 0 ?x4549)))
(let (($x6686 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x6004 (or $x6686 $x5135)))
(not $x6004))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x3224 (+ 1 |mem2[2]|)))
(let (($x1765 (= 0 ?x3224)))
(let (($x1250 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2980 (or $x1250 $x1765)))
(not $x2980))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let ((?x4263 (+ 1 |mem2[3]|)))
(let (($x1634 (= 0 ?x4263)))
(let (($x3380 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x6288 (or $x3380 $x1634)))
(not $x6288))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let ((?x183 (+ 1 |mem2[4]|)))
(let (($x2326 (= 0 ?x183)))
(let (($x3653 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x5710 (or $x3653 $x2326)))
(not $x5710))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5121 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3586 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2031 (and $x3586 $x5121)))
(let (($x1758 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2311 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5567 (and $x2311 $x1758)))
(let (($x5440 (or $x5567 $x2031)))
(not $x5440)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2047 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1335 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3390 (and $x1335 $x2047)))
(let (($x167 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x223 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x206 (and $x223 $x167)))
(let (($x637 (or $x206 $x3390)))
(not $x637)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (11, 0) (proved)
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
 (let (($x432 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x4111 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x942 (or $x4111 $x432)))
(not $x942)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (12, 0) (proved)
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
 (let (($x2436 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x6534 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x6519 (or $x6534 $x2436)))
(not $x6519)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x752 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x1456 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x5048 (or $x1456 $x752)))
(not $x5048)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4151 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x5150 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x1860 (or $x5150 $x4151)))
(not $x1860)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5149 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x744 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x5288 (or $x744 $x5149)))
(not $x5288)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (16, 0) (proved)
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
 (let (($x3442 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x2289 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x2160 (or $x2289 $x3442)))
(not $x2160)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (17, 0) (proved)
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
 (let (($x850 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x6866 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x3075 (or $x6866 $x850)))
(not $x3075)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2603 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x1914 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x4569 (or $x1914 $x2603)))
(not $x4569)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1384 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x2562 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x136 (or $x2562 $x1384)))
(not $x136)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2327 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x6981 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x1120 (or $x6981 $x2327)))
(not $x1120)))))
(check-sat)
(reset)
