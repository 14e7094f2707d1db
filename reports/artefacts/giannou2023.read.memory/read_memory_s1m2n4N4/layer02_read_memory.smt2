; read_memory: S_a.flag[0] at (10, 0) (proved)
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
 (let (($x4990 (= 1 slot.a)))
(let ((?x2042 (ite $x4990 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x4784 (ite $x4990 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x6669 (= 0 (+ ?x4784 (* (- 1) ?x2042) (* (- 2) (ite $x4990 |mem1[0]| |mem2[0]|))))))
(not $x6669))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (11, 0) (proved)
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
 (let (($x4990 (= 1 slot.a)))
(let ((?x2480 (ite $x4990 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x3903 (ite $x4990 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x4892 (= 0 (+ ?x3903 (* (- 1) ?x2480) (* (- 2) (ite $x4990 |mem1[1]| |mem2[1]|))))))
(not $x4892))))))
(check-sat)
(reset)
; read_memory: S_a[2] at (12, 0) (proved)
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
 (let (($x4990 (= 1 slot.a)))
(let ((?x4514 (ite $x4990 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x5278 (ite $x4990 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x432 (= 0 (+ ?x5278 (* (- 1) ?x4514) (* (- 2) (ite $x4990 |mem1[2]| |mem2[2]|))))))
(not $x432))))))
(check-sat)
(reset)
; read_memory: S_a[3] at (13, 0) (proved)
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
 (let (($x4990 (= 1 slot.a)))
(let ((?x6544 (ite $x4990 (+ 1 (* (- 1) |mem1[3]|)) (+ 1 (* (- 1) |mem2[3]|)))))
(let ((?x2626 (ite $x4990 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))))
(let (($x3906 (= 0 (+ ?x2626 (* (- 1) ?x6544) (* (- 2) (ite $x4990 |mem1[3]| |mem2[3]|))))))
(not $x3906))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (14, 0) (proved)
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
 (let ((?x1860 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3721 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1874 (= 1 slot.b)))
(let ((?x4438 (ite $x1874 ?x3721 ?x1860)))
(let ((?x2579 (+ 1 |mem2[0]|)))
(let ((?x4526 (+ 1 |mem1[0]|)))
(let ((?x1384 (ite $x1874 ?x4526 ?x2579)))
(let (($x1682 (= 0 (+ ?x1384 (* (- 1) ?x4438) (* (- 2) (ite $x1874 |mem1[0]| |mem2[0]|))))))
(not $x1682))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (15, 0) (proved)
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
 (let ((?x3390 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x6962 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1874 (= 1 slot.b)))
(let ((?x3558 (ite $x1874 ?x6962 ?x3390)))
(let ((?x7031 (+ 1 |mem2[1]|)))
(let ((?x5090 (+ 1 |mem1[1]|)))
(let ((?x6138 (ite $x1874 ?x5090 ?x7031)))
(let (($x6975 (= 0 (+ ?x6138 (* (- 1) ?x3558) (* (- 2) (ite $x1874 |mem1[1]| |mem2[1]|))))))
(not $x6975))))))))))
(check-sat)
(reset)
; read_memory: S_b[2] at (16, 0) (proved)
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
 (let ((?x2487 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4670 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x1874 (= 1 slot.b)))
(let ((?x3120 (ite $x1874 ?x4670 ?x2487)))
(let ((?x2097 (+ 1 |mem2[2]|)))
(let ((?x6401 (+ 1 |mem1[2]|)))
(let ((?x4377 (ite $x1874 ?x6401 ?x2097)))
(let (($x6545 (= 0 (+ ?x4377 (* (- 1) ?x3120) (* (- 2) (ite $x1874 |mem1[2]| |mem2[2]|))))))
(not $x6545))))))))))
(check-sat)
(reset)
; read_memory: S_b[3] at (17, 0) (proved)
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
 (let ((?x697 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1539 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x1874 (= 1 slot.b)))
(let ((?x754 (ite $x1874 ?x1539 ?x697)))
(let ((?x2728 (+ 1 |mem2[3]|)))
(let ((?x1956 (+ 1 |mem1[3]|)))
(let ((?x2451 (ite $x1874 ?x1956 ?x2728)))
(let (($x6534 (= 0 (+ ?x2451 (* (- 1) ?x754) (* (- 2) (ite $x1874 |mem1[3]| |mem2[3]|))))))
(not $x6534))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (28, 0) (proved)
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
 (let ((?x1860 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3721 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x2042 (ite $x4990 ?x3721 ?x1860)))
(let ((?x3108 (+ (* 2 (ite $x4990 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x4990 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x2042)))
(let (($x677 (= 0 ?x3108)))
(not $x677))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (28, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3721 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x1096 (ite $x4990 ?x3721 (* 2 ?x3721))))
(let ((?x4526 (+ 1 |mem1[0]|)))
(let ((?x2071 (ite $x4990 ?x4526 (* 2 ?x4526))))
(let ((?x6762 (+ (* 2 (ite $x4990 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x2071) ?x1096)))
(let (($x6717 (= 0 ?x6762)))
(not $x6717)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (28, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1860 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x6656 (ite $x4990 (* 2 ?x1860) ?x1860)))
(let ((?x2579 (+ 1 |mem2[0]|)))
(let ((?x5613 (ite $x4990 (* 2 ?x2579) ?x2579)))
(let ((?x5680 (+ (* 2 (ite $x4990 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x5613) ?x6656)))
(let (($x3272 (= 0 ?x5680)))
(not $x3272)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (29, 0) (proved)
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
 (let ((?x3390 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x6962 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x2480 (ite $x4990 ?x6962 ?x3390)))
(let ((?x1957 (+ (* 2 (ite $x4990 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x4990 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x2480)))
(let (($x1719 (= 0 ?x1957)))
(not $x1719))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (29, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x6962 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x1657 (ite $x4990 ?x6962 (* 2 ?x6962))))
(let ((?x5090 (+ 1 |mem1[1]|)))
(let ((?x6057 (ite $x4990 ?x5090 (* 2 ?x5090))))
(let ((?x5974 (+ (* 2 (ite $x4990 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x6057) ?x1657)))
(let (($x1222 (= 0 ?x5974)))
(not $x1222)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (29, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3390 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x2845 (ite $x4990 (* 2 ?x3390) ?x3390)))
(let ((?x7031 (+ 1 |mem2[1]|)))
(let ((?x3212 (ite $x4990 (* 2 ?x7031) ?x7031)))
(let ((?x5118 (+ (* 2 (ite $x4990 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x3212) ?x2845)))
(let (($x193 (= 0 ?x5118)))
(not $x193)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (30, 0) (proved)
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
 (let ((?x2487 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4670 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x4514 (ite $x4990 ?x4670 ?x2487)))
(let ((?x561 (+ (* 2 (ite $x4990 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x4990 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x4514)))
(let (($x6726 (= 0 ?x561)))
(not $x6726))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (30, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4670 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x1051 (ite $x4990 ?x4670 (* 2 ?x4670))))
(let ((?x6401 (+ 1 |mem1[2]|)))
(let ((?x2180 (ite $x4990 ?x6401 (* 2 ?x6401))))
(let ((?x589 (+ (* 2 (ite $x4990 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x2180) ?x1051)))
(let (($x3797 (= 0 ?x589)))
(not $x3797)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (30, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2487 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x2884 (ite $x4990 (* 2 ?x2487) ?x2487)))
(let ((?x2097 (+ 1 |mem2[2]|)))
(let ((?x5944 (ite $x4990 (* 2 ?x2097) ?x2097)))
(let ((?x6494 (+ (* 2 (ite $x4990 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x5944) ?x2884)))
(let (($x3749 (= 0 ?x6494)))
(not $x3749)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (31, 0) (proved)
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
 (let ((?x697 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1539 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x6544 (ite $x4990 ?x1539 ?x697)))
(let ((?x5919 (+ (* 2 (ite $x4990 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x4990 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x6544)))
(let (($x1608 (= 0 ?x5919)))
(not $x1608))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (31, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1539 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x4569 (ite $x4990 ?x1539 (* 2 ?x1539))))
(let ((?x1956 (+ 1 |mem1[3]|)))
(let ((?x5717 (ite $x4990 ?x1956 (* 2 ?x1956))))
(let ((?x2983 (+ (* 2 (ite $x4990 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x5717) ?x4569)))
(let (($x2049 (= 0 ?x2983)))
(not $x2049)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (31, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x697 (+ 1 (* (- 1) |mem2[3]|))))
(let (($x4990 (= 1 slot.a)))
(let ((?x4901 (ite $x4990 (* 2 ?x697) ?x697)))
(let ((?x2728 (+ 1 |mem2[3]|)))
(let ((?x5201 (ite $x4990 (* 2 ?x2728) ?x2728)))
(let ((?x744 (+ (* 2 (ite $x4990 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x5201) ?x4901)))
(let (($x2890 (= 0 ?x744)))
(not $x2890)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (32, 0) (proved)
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
 (let ((?x1860 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3721 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1874 (= 1 slot.b)))
(let ((?x4438 (ite $x1874 ?x3721 ?x1860)))
(let ((?x3605 (+ (* 2 (ite $x1874 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x1874 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x4438)))
(let (($x6642 (= 0 ?x3605)))
(not $x6642))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (32, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3721 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x2776 (* 2 ?x3721)))
(let (($x1874 (= 1 slot.b)))
(let ((?x4551 (ite $x1874 ?x3721 ?x2776)))
(let ((?x4526 (+ 1 |mem1[0]|)))
(let ((?x5881 (* 2 ?x4526)))
(let ((?x2326 (ite $x1874 ?x4526 ?x5881)))
(let ((?x3027 (+ (* 2 (ite $x1874 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x2326) ?x4551)))
(let (($x5847 (= 0 ?x3027)))
(not $x5847)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (32, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1860 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x5904 (* 2 ?x1860)))
(let (($x1874 (= 1 slot.b)))
(let ((?x6475 (ite $x1874 ?x5904 ?x1860)))
(let ((?x2579 (+ 1 |mem2[0]|)))
(let ((?x5526 (* 2 ?x2579)))
(let ((?x3413 (ite $x1874 ?x5526 ?x2579)))
(let ((?x1458 (+ (* 2 (ite $x1874 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x3413) ?x6475)))
(let (($x1097 (= 0 ?x1458)))
(not $x1097)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (33, 0) (proved)
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
 (let ((?x3390 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x6962 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1874 (= 1 slot.b)))
(let ((?x3558 (ite $x1874 ?x6962 ?x3390)))
(let ((?x4850 (+ (* 2 (ite $x1874 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x1874 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x3558)))
(let (($x3864 (= 0 ?x4850)))
(not $x3864))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (33, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6962 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x6891 (* 2 ?x6962)))
(let (($x1874 (= 1 slot.b)))
(let ((?x1276 (ite $x1874 ?x6962 ?x6891)))
(let ((?x5090 (+ 1 |mem1[1]|)))
(let ((?x6149 (* 2 ?x5090)))
(let ((?x3240 (ite $x1874 ?x5090 ?x6149)))
(let ((?x2005 (+ (* 2 (ite $x1874 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x3240) ?x1276)))
(let (($x4190 (= 0 ?x2005)))
(not $x4190)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (33, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3390 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x3367 (* 2 ?x3390)))
(let (($x1874 (= 1 slot.b)))
(let ((?x4873 (ite $x1874 ?x3367 ?x3390)))
(let ((?x7031 (+ 1 |mem2[1]|)))
(let ((?x2684 (* 2 ?x7031)))
(let ((?x6129 (ite $x1874 ?x2684 ?x7031)))
(let ((?x2760 (+ (* 2 (ite $x1874 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x6129) ?x4873)))
(let (($x3414 (= 0 ?x2760)))
(not $x3414)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (34, 0) (proved)
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
 (let ((?x2487 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4670 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x1874 (= 1 slot.b)))
(let ((?x3120 (ite $x1874 ?x4670 ?x2487)))
(let ((?x6733 (+ (* 2 (ite $x1874 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x1874 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x3120)))
(let (($x6093 (= 0 ?x6733)))
(not $x6093))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (34, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4670 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x5431 (* 2 ?x4670)))
(let (($x1874 (= 1 slot.b)))
(let ((?x6363 (ite $x1874 ?x4670 ?x5431)))
(let ((?x6401 (+ 1 |mem1[2]|)))
(let ((?x646 (* 2 ?x6401)))
(let ((?x2192 (ite $x1874 ?x6401 ?x646)))
(let ((?x7034 (+ (* 2 (ite $x1874 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x2192) ?x6363)))
(let (($x2417 (= 0 ?x7034)))
(not $x2417)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (34, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2487 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x5679 (* 2 ?x2487)))
(let (($x1874 (= 1 slot.b)))
(let ((?x5058 (ite $x1874 ?x5679 ?x2487)))
(let ((?x2097 (+ 1 |mem2[2]|)))
(let ((?x6865 (* 2 ?x2097)))
(let ((?x1707 (ite $x1874 ?x6865 ?x2097)))
(let ((?x4722 (+ (* 2 (ite $x1874 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x1707) ?x5058)))
(let (($x5771 (= 0 ?x4722)))
(not $x5771)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (35, 0) (proved)
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
 (let ((?x697 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1539 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x1874 (= 1 slot.b)))
(let ((?x754 (ite $x1874 ?x1539 ?x697)))
(let ((?x942 (+ (* 2 (ite $x1874 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x1874 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x754)))
(let (($x2905 (= 0 ?x942)))
(not $x2905))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (35, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1539 (+ 1 (* (- 1) |mem1[3]|))))
(let ((?x2031 (* 2 ?x1539)))
(let (($x1874 (= 1 slot.b)))
(let ((?x2418 (ite $x1874 ?x1539 ?x2031)))
(let ((?x1956 (+ 1 |mem1[3]|)))
(let ((?x4420 (* 2 ?x1956)))
(let ((?x3702 (ite $x1874 ?x1956 ?x4420)))
(let ((?x5138 (+ (* 2 (ite $x1874 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x3702) ?x2418)))
(let (($x5788 (= 0 ?x5138)))
(not $x5788)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (35, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x697 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x752 (* 2 ?x697)))
(let (($x1874 (= 1 slot.b)))
(let ((?x499 (ite $x1874 ?x752 ?x697)))
(let ((?x2728 (+ 1 |mem2[3]|)))
(let ((?x5442 (* 2 ?x2728)))
(let ((?x3166 (ite $x1874 ?x5442 ?x2728)))
(let ((?x4351 (+ (* 2 (ite $x1874 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x3166) ?x499)))
(let (($x3863 (= 0 ?x4351)))
(not $x3863)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1161 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1518 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5543 (and $x1518 $x1161)))
(let (($x4481 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2333 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x361 (and $x2333 $x4481)))
(let (($x3459 (or $x361 $x5543)))
(not $x3459)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3349 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4889 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5797 (and $x4889 $x3349)))
(let (($x5525 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1689 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3249 (and $x1689 $x5525)))
(let (($x4587 (or $x3249 $x5797)))
(not $x4587)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x4526 (+ 1 |mem1[0]|)))
(let (($x5413 (= 0 ?x4526)))
(let (($x4307 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3782 (or $x4307 $x5413)))
(not $x3782))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x5090 (+ 1 |mem1[1]|)))
(let (($x4742 (= 0 ?x5090)))
(let (($x1767 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1960 (or $x1767 $x4742)))
(not $x1960))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x6401 (+ 1 |mem1[2]|)))
(let (($x3132 (= 0 ?x6401)))
(let (($x113 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x722 (or $x113 $x3132)))
(not $x722))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let ((?x1956 (+ 1 |mem1[3]|)))
(let (($x6866 (= 0 ?x1956)))
(let (($x512 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2251 (or $x512 $x6866)))
(not $x2251))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x2579 (+ 1 |mem2[0]|)))
(let (($x2133 (= 0 ?x2579)))
(let (($x5504 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5782 (or $x5504 $x2133)))
(not $x5782))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x7031 (+ 1 |mem2[1]|)))
(let (($x2467 (= 0 ?x7031)))
(let (($x389 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5960 (or $x389 $x2467)))
(not $x5960))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x2097 (+ 1 |mem2[2]|)))
(let (($x1465 (= 0 ?x2097)))
(let (($x2543 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x6871 (or $x2543 $x1465)))
(not $x6871))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let ((?x2728 (+ 1 |mem2[3]|)))
(let (($x3380 (= 0 ?x2728)))
(let (($x2121 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x6693 (or $x2121 $x3380)))
(not $x6693))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5033 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5386 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1206 (and $x5386 $x5033)))
(let (($x5976 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4942 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2740 (and $x4942 $x5976)))
(let (($x1317 (or $x2740 $x1206)))
(not $x1317)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1811 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2327 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5596 (and $x2327 $x1811)))
(let (($x4585 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1510 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2167 (and $x1510 $x4585)))
(let (($x3103 (or $x2167 $x5596)))
(not $x3103)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (10, 0) (proved)
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
 (let (($x6157 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x2098 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x2045 (or $x2098 $x6157)))
(not $x2045)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (11, 0) (proved)
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
 (let (($x5130 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x6053 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x4939 (or $x6053 $x5130)))
(not $x4939)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (12, 0) (proved)
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
 (let (($x2928 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x1865 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x4834 (or $x1865 $x2928)))
(not $x4834)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (13, 0) (proved)
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
 (let (($x3101 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x784 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x1102 (or $x784 $x3101)))
(not $x1102)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (14, 0) (proved)
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
 (let (($x6075 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x3959 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x4490 (or $x3959 $x6075)))
(not $x4490)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (15, 0) (proved)
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
 (let (($x4700 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x6299 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x6862 (or $x6299 $x4700)))
(not $x6862)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (16, 0) (proved)
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
 (let (($x2178 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x4861 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x2303 (or $x4861 $x2178)))
(not $x2303)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (17, 0) (proved)
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
 (let (($x4080 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x3975 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x3686 (or $x3975 $x4080)))
(not $x3686)))))
(check-sat)
(reset)
