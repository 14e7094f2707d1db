; read_memory: S_a.flag[0] at (9, 0) (proved)
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
 (let (($x5645 (= 1 slot.a)))
(let ((?x3530 (ite $x5645 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x3469 (ite $x5645 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x4482 (= 0 (+ ?x3469 (* (- 1) ?x3530) (* (- 2) (ite $x5645 |mem1[0]| |mem2[0]|))))))
(not $x4482))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (10, 0) (proved)
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
 (let (($x5645 (= 1 slot.a)))
(let ((?x3814 (ite $x5645 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x2330 (ite $x5645 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x1021 (= 0 (+ ?x2330 (* (- 1) ?x3814) (* (- 2) (ite $x5645 |mem1[1]| |mem2[1]|))))))
(not $x1021))))))
(check-sat)
(reset)
; read_memory: S_a[2] at (11, 0) (proved)
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
 (let (($x5645 (= 1 slot.a)))
(let ((?x277 (ite $x5645 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x651 (ite $x5645 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x924 (= 0 (+ ?x651 (* (- 1) ?x277) (* (- 2) (ite $x5645 |mem1[2]| |mem2[2]|))))))
(not $x924))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (12, 0) (proved)
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
 (let ((?x2908 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1233 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1244 (= 1 slot.b)))
(let ((?x4202 (ite $x1244 ?x1233 ?x2908)))
(let ((?x2021 (+ 1 |mem2[0]|)))
(let ((?x3451 (+ 1 |mem1[0]|)))
(let ((?x4734 (ite $x1244 ?x3451 ?x2021)))
(let (($x2798 (= 0 (+ ?x4734 (* (- 1) ?x4202) (* (- 2) (ite $x1244 |mem1[0]| |mem2[0]|))))))
(not $x2798))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (13, 0) (proved)
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
 (let ((?x1890 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x3269 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1244 (= 1 slot.b)))
(let ((?x1554 (ite $x1244 ?x3269 ?x1890)))
(let ((?x920 (+ 1 |mem2[1]|)))
(let ((?x133 (+ 1 |mem1[1]|)))
(let ((?x4741 (ite $x1244 ?x133 ?x920)))
(let (($x2242 (= 0 (+ ?x4741 (* (- 1) ?x1554) (* (- 2) (ite $x1244 |mem1[1]| |mem2[1]|))))))
(not $x2242))))))))))
(check-sat)
(reset)
; read_memory: S_b[2] at (14, 0) (proved)
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
 (let ((?x3761 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x5227 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x1244 (= 1 slot.b)))
(let ((?x205 (ite $x1244 ?x5227 ?x3761)))
(let ((?x1805 (+ 1 |mem2[2]|)))
(let ((?x3075 (+ 1 |mem1[2]|)))
(let ((?x5249 (ite $x1244 ?x3075 ?x1805)))
(let (($x134 (= 0 (+ ?x5249 (* (- 1) ?x205) (* (- 2) (ite $x1244 |mem1[2]| |mem2[2]|))))))
(not $x134))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (25, 0) (proved)
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
 (let ((?x2908 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1233 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x5645 (= 1 slot.a)))
(let ((?x3530 (ite $x5645 ?x1233 ?x2908)))
(let ((?x1119 (+ (* 2 (ite $x5645 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x5645 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x3530)))
(let (($x661 (= 0 ?x1119)))
(not $x661))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (25, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1233 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x5645 (= 1 slot.a)))
(let ((?x283 (ite $x5645 ?x1233 (* 2 ?x1233))))
(let ((?x3451 (+ 1 |mem1[0]|)))
(let ((?x1329 (ite $x5645 ?x3451 (* 2 ?x3451))))
(let ((?x4664 (+ (* 2 (ite $x5645 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x1329) ?x283)))
(let (($x3792 (= 0 ?x4664)))
(not $x3792)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (25, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2908 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x5645 (= 1 slot.a)))
(let ((?x4073 (ite $x5645 (* 2 ?x2908) ?x2908)))
(let ((?x2021 (+ 1 |mem2[0]|)))
(let ((?x5217 (ite $x5645 (* 2 ?x2021) ?x2021)))
(let ((?x3191 (+ (* 2 (ite $x5645 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x5217) ?x4073)))
(let (($x2935 (= 0 ?x3191)))
(not $x2935)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (26, 0) (proved)
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
 (let ((?x1890 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x3269 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x5645 (= 1 slot.a)))
(let ((?x3814 (ite $x5645 ?x3269 ?x1890)))
(let ((?x3580 (+ (* 2 (ite $x5645 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x5645 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x3814)))
(let (($x3048 (= 0 ?x3580)))
(not $x3048))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (26, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3269 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x5645 (= 1 slot.a)))
(let ((?x1192 (ite $x5645 ?x3269 (* 2 ?x3269))))
(let ((?x133 (+ 1 |mem1[1]|)))
(let ((?x1960 (ite $x5645 ?x133 (* 2 ?x133))))
(let ((?x52 (+ (* 2 (ite $x5645 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x1960) ?x1192)))
(let (($x2905 (= 0 ?x52)))
(not $x2905)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (26, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1890 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x5645 (= 1 slot.a)))
(let ((?x2115 (ite $x5645 (* 2 ?x1890) ?x1890)))
(let ((?x920 (+ 1 |mem2[1]|)))
(let ((?x2371 (ite $x5645 (* 2 ?x920) ?x920)))
(let ((?x1453 (+ (* 2 (ite $x5645 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x2371) ?x2115)))
(let (($x3368 (= 0 ?x1453)))
(not $x3368)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (27, 0) (proved)
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
 (let ((?x3761 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x5227 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x5645 (= 1 slot.a)))
(let ((?x277 (ite $x5645 ?x5227 ?x3761)))
(let ((?x634 (+ (* 2 (ite $x5645 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x5645 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x277)))
(let (($x2958 (= 0 ?x634)))
(not $x2958))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (27, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x5227 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x5645 (= 1 slot.a)))
(let ((?x3044 (ite $x5645 ?x5227 (* 2 ?x5227))))
(let ((?x3075 (+ 1 |mem1[2]|)))
(let ((?x831 (ite $x5645 ?x3075 (* 2 ?x3075))))
(let ((?x602 (+ (* 2 (ite $x5645 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x831) ?x3044)))
(let (($x4017 (= 0 ?x602)))
(not $x4017)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (27, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3761 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x5645 (= 1 slot.a)))
(let ((?x4445 (ite $x5645 (* 2 ?x3761) ?x3761)))
(let ((?x1805 (+ 1 |mem2[2]|)))
(let ((?x4651 (ite $x5645 (* 2 ?x1805) ?x1805)))
(let ((?x3038 (+ (* 2 (ite $x5645 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x4651) ?x4445)))
(let (($x5226 (= 0 ?x3038)))
(not $x5226)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (28, 0) (proved)
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
 (let ((?x2908 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1233 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1244 (= 1 slot.b)))
(let ((?x4202 (ite $x1244 ?x1233 ?x2908)))
(let ((?x4764 (+ (* 2 (ite $x1244 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x1244 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x4202)))
(let (($x471 (= 0 ?x4764)))
(not $x471))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (28, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1233 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x4427 (* 2 ?x1233)))
(let (($x1244 (= 1 slot.b)))
(let ((?x5602 (ite $x1244 ?x1233 ?x4427)))
(let ((?x3451 (+ 1 |mem1[0]|)))
(let ((?x4675 (* 2 ?x3451)))
(let ((?x1040 (ite $x1244 ?x3451 ?x4675)))
(let ((?x4704 (+ (* 2 (ite $x1244 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x1040) ?x5602)))
(let (($x4693 (= 0 ?x4704)))
(not $x4693)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (28, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2908 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x161 (* 2 ?x2908)))
(let (($x1244 (= 1 slot.b)))
(let ((?x4075 (ite $x1244 ?x161 ?x2908)))
(let ((?x2021 (+ 1 |mem2[0]|)))
(let ((?x670 (* 2 ?x2021)))
(let ((?x1199 (ite $x1244 ?x670 ?x2021)))
(let ((?x1783 (+ (* 2 (ite $x1244 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x1199) ?x4075)))
(let (($x594 (= 0 ?x1783)))
(not $x594)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (29, 0) (proved)
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
 (let ((?x1890 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x3269 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1244 (= 1 slot.b)))
(let ((?x1554 (ite $x1244 ?x3269 ?x1890)))
(let ((?x1880 (+ (* 2 (ite $x1244 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x1244 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x1554)))
(let (($x1793 (= 0 ?x1880)))
(not $x1793))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (29, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3269 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x2508 (* 2 ?x3269)))
(let (($x1244 (= 1 slot.b)))
(let ((?x3831 (ite $x1244 ?x3269 ?x2508)))
(let ((?x133 (+ 1 |mem1[1]|)))
(let ((?x2800 (* 2 ?x133)))
(let ((?x1260 (ite $x1244 ?x133 ?x2800)))
(let ((?x2559 (+ (* 2 (ite $x1244 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x1260) ?x3831)))
(let (($x77 (= 0 ?x2559)))
(not $x77)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (29, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1890 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x2197 (* 2 ?x1890)))
(let (($x1244 (= 1 slot.b)))
(let ((?x5648 (ite $x1244 ?x2197 ?x1890)))
(let ((?x920 (+ 1 |mem2[1]|)))
(let ((?x4386 (* 2 ?x920)))
(let ((?x478 (ite $x1244 ?x4386 ?x920)))
(let ((?x1653 (+ (* 2 (ite $x1244 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x478) ?x5648)))
(let (($x87 (= 0 ?x1653)))
(not $x87)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (30, 0) (proved)
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
 (let ((?x3761 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x5227 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x1244 (= 1 slot.b)))
(let ((?x205 (ite $x1244 ?x5227 ?x3761)))
(let ((?x4968 (+ (* 2 (ite $x1244 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x1244 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x205)))
(let (($x4878 (= 0 ?x4968)))
(not $x4878))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (30, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5227 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x269 (* 2 ?x5227)))
(let (($x1244 (= 1 slot.b)))
(let ((?x2368 (ite $x1244 ?x5227 ?x269)))
(let ((?x3075 (+ 1 |mem1[2]|)))
(let ((?x1231 (* 2 ?x3075)))
(let ((?x885 (ite $x1244 ?x3075 ?x1231)))
(let ((?x3147 (+ (* 2 (ite $x1244 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x885) ?x2368)))
(let (($x4682 (= 0 ?x3147)))
(not $x4682)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (30, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3761 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4980 (* 2 ?x3761)))
(let (($x1244 (= 1 slot.b)))
(let ((?x2120 (ite $x1244 ?x4980 ?x3761)))
(let ((?x1805 (+ 1 |mem2[2]|)))
(let ((?x2130 (* 2 ?x1805)))
(let ((?x3962 (ite $x1244 ?x2130 ?x1805)))
(let ((?x892 (+ (* 2 (ite $x1244 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x3962) ?x2120)))
(let (($x2765 (= 0 ?x892)))
(not $x2765)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3503 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x339 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1440 (and $x339 $x3503)))
(let (($x2703 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1046 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4079 (and $x1046 $x2703)))
(let (($x4673 (or $x4079 $x1440)))
(not $x4673)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1381 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1550 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3995 (and $x1550 $x1381)))
(let (($x5251 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4849 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2940 (and $x4849 $x5251)))
(let (($x655 (or $x2940 $x3995)))
(not $x655)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x3451 (+ 1 |mem1[0]|)))
(let (($x3204 (= 0 ?x3451)))
(let (($x658 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2650 (or $x658 $x3204)))
(not $x2650))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x133 (+ 1 |mem1[1]|)))
(let (($x2208 (= 0 ?x133)))
(let (($x1764 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4974 (or $x1764 $x2208)))
(not $x4974))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x3075 (+ 1 |mem1[2]|)))
(let (($x3217 (= 0 ?x3075)))
(let (($x2990 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x199 (or $x2990 $x3217)))
(not $x199))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x2021 (+ 1 |mem2[0]|)))
(let (($x2692 (= 0 ?x2021)))
(let (($x531 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4782 (or $x531 $x2692)))
(not $x4782))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x920 (+ 1 |mem2[1]|)))
(let (($x2312 (= 0 ?x920)))
(let (($x4695 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5639 (or $x4695 $x2312)))
(not $x5639))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x1805 (+ 1 |mem2[2]|)))
(let (($x1412 (= 0 ?x1805)))
(let (($x1490 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5486 (or $x1490 $x1412)))
(not $x5486))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4064 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x535 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5210 (and $x535 $x4064)))
(let (($x1819 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4514 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3705 (and $x4514 $x1819)))
(let (($x1125 (or $x3705 $x5210)))
(not $x1125)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4747 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4272 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2702 (and $x4272 $x4747)))
(let (($x2412 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1183 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x256 (and $x1183 $x2412)))
(let (($x926 (or $x256 $x2702)))
(not $x926)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (9, 0) (proved)
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
 (let (($x2157 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x4490 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x3846 (or $x4490 $x2157)))
(not $x3846)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (10, 0) (proved)
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
 (let (($x2424 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x3029 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x1017 (or $x3029 $x2424)))
(not $x1017)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (11, 0) (proved)
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
 (let (($x5008 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x2515 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x5569 (or $x2515 $x5008)))
(not $x5569)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (12, 0) (proved)
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
 (let (($x2010 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x274 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x1117 (or $x274 $x2010)))
(not $x1117)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (13, 0) (proved)
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
 (let (($x463 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x1731 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x3812 (or $x1731 $x463)))
(not $x3812)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (14, 0) (proved)
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
 (let (($x2664 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x1770 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x4549 (or $x1770 $x2664)))
(not $x4549)))))
(check-sat)
(reset)
