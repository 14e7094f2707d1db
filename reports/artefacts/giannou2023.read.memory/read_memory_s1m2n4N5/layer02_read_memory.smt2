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
 (let (($x725 (= 1 slot.a)))
(let ((?x2577 (ite $x725 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x5724 (ite $x725 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x6957 (= 0 (+ ?x5724 (* (- 1) ?x2577) (* (- 2) (ite $x725 |mem1[0]| |mem2[0]|))))))
(not $x6957))))))
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
 (let (($x725 (= 1 slot.a)))
(let ((?x4384 (ite $x725 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x3350 (ite $x725 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x6035 (= 0 (+ ?x3350 (* (- 1) ?x4384) (* (- 2) (ite $x725 |mem1[1]| |mem2[1]|))))))
(not $x6035))))))
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
 (let (($x725 (= 1 slot.a)))
(let ((?x517 (ite $x725 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x887 (ite $x725 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x469 (= 0 (+ ?x887 (* (- 1) ?x517) (* (- 2) (ite $x725 |mem1[2]| |mem2[2]|))))))
(not $x469))))))
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
 (let (($x725 (= 1 slot.a)))
(let ((?x5709 (ite $x725 (+ 1 (* (- 1) |mem1[3]|)) (+ 1 (* (- 1) |mem2[3]|)))))
(let ((?x1734 (ite $x725 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))))
(let (($x4722 (= 0 (+ ?x1734 (* (- 1) ?x5709) (* (- 2) (ite $x725 |mem1[3]| |mem2[3]|))))))
(not $x4722))))))
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
 (let (($x725 (= 1 slot.a)))
(let ((?x703 (ite $x725 (+ 1 (* (- 1) |mem1[4]|)) (+ 1 (* (- 1) |mem2[4]|)))))
(let ((?x3857 (ite $x725 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))))
(let (($x858 (= 0 (+ ?x3857 (* (- 1) ?x703) (* (- 2) (ite $x725 |mem1[4]| |mem2[4]|))))))
(not $x858))))))
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
 (let ((?x5775 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1145 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x5222 (= 1 slot.b)))
(let ((?x4035 (ite $x5222 ?x1145 ?x5775)))
(let ((?x2532 (+ 1 |mem2[0]|)))
(let ((?x1081 (+ 1 |mem1[0]|)))
(let ((?x3778 (ite $x5222 ?x1081 ?x2532)))
(let (($x6793 (= 0 (+ ?x3778 (* (- 1) ?x4035) (* (- 2) (ite $x5222 |mem1[0]| |mem2[0]|))))))
(not $x6793))))))))))
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
 (let ((?x4349 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x5270 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x5222 (= 1 slot.b)))
(let ((?x3317 (ite $x5222 ?x5270 ?x4349)))
(let ((?x1142 (+ 1 |mem2[1]|)))
(let ((?x4360 (+ 1 |mem1[1]|)))
(let ((?x3566 (ite $x5222 ?x4360 ?x1142)))
(let (($x4396 (= 0 (+ ?x3566 (* (- 1) ?x3317) (* (- 2) (ite $x5222 |mem1[1]| |mem2[1]|))))))
(not $x4396))))))))))
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
 (let ((?x314 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4977 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x5222 (= 1 slot.b)))
(let ((?x13 (ite $x5222 ?x4977 ?x314)))
(let ((?x3282 (+ 1 |mem2[2]|)))
(let ((?x2839 (+ 1 |mem1[2]|)))
(let ((?x3531 (ite $x5222 ?x2839 ?x3282)))
(let (($x2745 (= 0 (+ ?x3531 (* (- 1) ?x13) (* (- 2) (ite $x5222 |mem1[2]| |mem2[2]|))))))
(not $x2745))))))))))
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
 (let ((?x4887 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x2305 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x5222 (= 1 slot.b)))
(let ((?x35 (ite $x5222 ?x2305 ?x4887)))
(let ((?x6566 (+ 1 |mem2[3]|)))
(let ((?x6847 (+ 1 |mem1[3]|)))
(let ((?x3057 (ite $x5222 ?x6847 ?x6566)))
(let (($x6247 (= 0 (+ ?x3057 (* (- 1) ?x35) (* (- 2) (ite $x5222 |mem1[3]| |mem2[3]|))))))
(not $x6247))))))))))
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
 (let ((?x2625 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x602 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x5222 (= 1 slot.b)))
(let ((?x7059 (ite $x5222 ?x602 ?x2625)))
(let ((?x399 (+ 1 |mem2[4]|)))
(let ((?x5067 (+ 1 |mem1[4]|)))
(let ((?x2117 (ite $x5222 ?x5067 ?x399)))
(let (($x2632 (= 0 (+ ?x2117 (* (- 1) ?x7059) (* (- 2) (ite $x5222 |mem1[4]| |mem2[4]|))))))
(not $x2632))))))))))
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
 (let ((?x5775 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1145 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x2577 (ite $x725 ?x1145 ?x5775)))
(let ((?x5714 (+ (* 2 (ite $x725 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x725 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x2577)))
(let (($x3593 (= 0 ?x5714)))
(not $x3593))))))))
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
 (let ((?x1145 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x2905 (ite $x725 ?x1145 (* 2 ?x1145))))
(let ((?x1081 (+ 1 |mem1[0]|)))
(let ((?x2686 (ite $x725 ?x1081 (* 2 ?x1081))))
(let ((?x3417 (+ (* 2 (ite $x725 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x2686) ?x2905)))
(let (($x919 (= 0 ?x3417)))
(not $x919)))))))))
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
 (let ((?x5775 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x4358 (ite $x725 (* 2 ?x5775) ?x5775)))
(let ((?x2532 (+ 1 |mem2[0]|)))
(let ((?x3935 (ite $x725 (* 2 ?x2532) ?x2532)))
(let ((?x1641 (+ (* 2 (ite $x725 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x3935) ?x4358)))
(let (($x2300 (= 0 ?x1641)))
(not $x2300)))))))))
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
 (let ((?x4349 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x5270 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x4384 (ite $x725 ?x5270 ?x4349)))
(let ((?x427 (+ (* 2 (ite $x725 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x725 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x4384)))
(let (($x5240 (= 0 ?x427)))
(not $x5240))))))))
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
 (let ((?x5270 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x3815 (ite $x725 ?x5270 (* 2 ?x5270))))
(let ((?x4360 (+ 1 |mem1[1]|)))
(let ((?x5236 (ite $x725 ?x4360 (* 2 ?x4360))))
(let ((?x4561 (+ (* 2 (ite $x725 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x5236) ?x3815)))
(let (($x186 (= 0 ?x4561)))
(not $x186)))))))))
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
 (let ((?x4349 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x5221 (ite $x725 (* 2 ?x4349) ?x4349)))
(let ((?x1142 (+ 1 |mem2[1]|)))
(let ((?x2972 (ite $x725 (* 2 ?x1142) ?x1142)))
(let ((?x169 (+ (* 2 (ite $x725 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x2972) ?x5221)))
(let (($x7038 (= 0 ?x169)))
(not $x7038)))))))))
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
 (let ((?x314 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4977 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x517 (ite $x725 ?x4977 ?x314)))
(let ((?x5099 (+ (* 2 (ite $x725 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x725 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x517)))
(let (($x2687 (= 0 ?x5099)))
(not $x2687))))))))
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
 (let ((?x4977 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x5028 (ite $x725 ?x4977 (* 2 ?x4977))))
(let ((?x2839 (+ 1 |mem1[2]|)))
(let ((?x628 (ite $x725 ?x2839 (* 2 ?x2839))))
(let ((?x1543 (+ (* 2 (ite $x725 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x628) ?x5028)))
(let (($x7050 (= 0 ?x1543)))
(not $x7050)))))))))
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
 (let ((?x314 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x6377 (ite $x725 (* 2 ?x314) ?x314)))
(let ((?x3282 (+ 1 |mem2[2]|)))
(let ((?x3490 (ite $x725 (* 2 ?x3282) ?x3282)))
(let ((?x827 (+ (* 2 (ite $x725 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x3490) ?x6377)))
(let (($x5205 (= 0 ?x827)))
(not $x5205)))))))))
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
 (let ((?x4887 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x2305 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x5709 (ite $x725 ?x2305 ?x4887)))
(let ((?x1907 (+ (* 2 (ite $x725 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x725 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x5709)))
(let (($x1780 (= 0 ?x1907)))
(not $x1780))))))))
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
 (let ((?x2305 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x15 (ite $x725 ?x2305 (* 2 ?x2305))))
(let ((?x6847 (+ 1 |mem1[3]|)))
(let ((?x1629 (ite $x725 ?x6847 (* 2 ?x6847))))
(let ((?x823 (+ (* 2 (ite $x725 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x1629) ?x15)))
(let (($x6792 (= 0 ?x823)))
(not $x6792)))))))))
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
 (let ((?x4887 (+ 1 (* (- 1) |mem2[3]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x4428 (ite $x725 (* 2 ?x4887) ?x4887)))
(let ((?x6566 (+ 1 |mem2[3]|)))
(let ((?x2515 (ite $x725 (* 2 ?x6566) ?x6566)))
(let ((?x845 (+ (* 2 (ite $x725 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x2515) ?x4428)))
(let (($x1419 (= 0 ?x845)))
(not $x1419)))))))))
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
 (let ((?x2625 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x602 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x703 (ite $x725 ?x602 ?x2625)))
(let ((?x726 (+ (* 2 (ite $x725 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x725 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x703)))
(let (($x3728 (= 0 ?x726)))
(not $x3728))))))))
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
 (let ((?x602 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x1518 (ite $x725 ?x602 (* 2 ?x602))))
(let ((?x5067 (+ 1 |mem1[4]|)))
(let ((?x4111 (ite $x725 ?x5067 (* 2 ?x5067))))
(let ((?x40 (+ (* 2 (ite $x725 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x4111) ?x1518)))
(let (($x3071 (= 0 ?x40)))
(not $x3071)))))))))
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
 (let ((?x2625 (+ 1 (* (- 1) |mem2[4]|))))
(let (($x725 (= 1 slot.a)))
(let ((?x329 (ite $x725 (* 2 ?x2625) ?x2625)))
(let ((?x399 (+ 1 |mem2[4]|)))
(let ((?x915 (ite $x725 (* 2 ?x399) ?x399)))
(let ((?x859 (+ (* 2 (ite $x725 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x915) ?x329)))
(let (($x1971 (= 0 ?x859)))
(not $x1971)))))))))
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
 (let ((?x5775 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1145 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x5222 (= 1 slot.b)))
(let ((?x4035 (ite $x5222 ?x1145 ?x5775)))
(let ((?x4310 (+ (* 2 (ite $x5222 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x5222 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x4035)))
(let (($x4916 (= 0 ?x4310)))
(not $x4916))))))))
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
 (let ((?x1145 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x3128 (* 2 ?x1145)))
(let (($x5222 (= 1 slot.b)))
(let ((?x5306 (ite $x5222 ?x1145 ?x3128)))
(let ((?x1081 (+ 1 |mem1[0]|)))
(let ((?x2455 (* 2 ?x1081)))
(let ((?x2933 (ite $x5222 ?x1081 ?x2455)))
(let ((?x6292 (+ (* 2 (ite $x5222 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x2933) ?x5306)))
(let (($x3313 (= 0 ?x6292)))
(not $x3313)))))))))))
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
 (let ((?x5775 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x424 (* 2 ?x5775)))
(let (($x5222 (= 1 slot.b)))
(let ((?x6476 (ite $x5222 ?x424 ?x5775)))
(let ((?x2532 (+ 1 |mem2[0]|)))
(let ((?x962 (* 2 ?x2532)))
(let ((?x2563 (ite $x5222 ?x962 ?x2532)))
(let ((?x1256 (+ (* 2 (ite $x5222 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x2563) ?x6476)))
(let (($x3649 (= 0 ?x1256)))
(not $x3649)))))))))))
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
 (let ((?x4349 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x5270 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x5222 (= 1 slot.b)))
(let ((?x3317 (ite $x5222 ?x5270 ?x4349)))
(let ((?x2792 (+ (* 2 (ite $x5222 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x5222 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x3317)))
(let (($x2416 (= 0 ?x2792)))
(not $x2416))))))))
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
 (let ((?x5270 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x3486 (* 2 ?x5270)))
(let (($x5222 (= 1 slot.b)))
(let ((?x3840 (ite $x5222 ?x5270 ?x3486)))
(let ((?x4360 (+ 1 |mem1[1]|)))
(let ((?x3564 (* 2 ?x4360)))
(let ((?x2986 (ite $x5222 ?x4360 ?x3564)))
(let ((?x6912 (+ (* 2 (ite $x5222 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x2986) ?x3840)))
(let (($x51 (= 0 ?x6912)))
(not $x51)))))))))))
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
 (let ((?x4349 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x5598 (* 2 ?x4349)))
(let (($x5222 (= 1 slot.b)))
(let ((?x87 (ite $x5222 ?x5598 ?x4349)))
(let ((?x1142 (+ 1 |mem2[1]|)))
(let ((?x2320 (* 2 ?x1142)))
(let ((?x4538 (ite $x5222 ?x2320 ?x1142)))
(let ((?x2244 (+ (* 2 (ite $x5222 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x4538) ?x87)))
(let (($x89 (= 0 ?x2244)))
(not $x89)))))))))))
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
 (let ((?x314 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4977 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x5222 (= 1 slot.b)))
(let ((?x13 (ite $x5222 ?x4977 ?x314)))
(let ((?x3717 (+ (* 2 (ite $x5222 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x5222 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x13)))
(let (($x5292 (= 0 ?x3717)))
(not $x5292))))))))
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
 (let ((?x4977 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x355 (* 2 ?x4977)))
(let (($x5222 (= 1 slot.b)))
(let ((?x5386 (ite $x5222 ?x4977 ?x355)))
(let ((?x2839 (+ 1 |mem1[2]|)))
(let ((?x1090 (* 2 ?x2839)))
(let ((?x6134 (ite $x5222 ?x2839 ?x1090)))
(let ((?x3687 (+ (* 2 (ite $x5222 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x6134) ?x5386)))
(let (($x3807 (= 0 ?x3687)))
(not $x3807)))))))))))
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
 (let ((?x314 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x5075 (* 2 ?x314)))
(let (($x5222 (= 1 slot.b)))
(let ((?x3716 (ite $x5222 ?x5075 ?x314)))
(let ((?x3282 (+ 1 |mem2[2]|)))
(let ((?x191 (* 2 ?x3282)))
(let ((?x233 (ite $x5222 ?x191 ?x3282)))
(let ((?x794 (+ (* 2 (ite $x5222 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x233) ?x3716)))
(let (($x6980 (= 0 ?x794)))
(not $x6980)))))))))))
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
 (let ((?x4887 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x2305 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x5222 (= 1 slot.b)))
(let ((?x35 (ite $x5222 ?x2305 ?x4887)))
(let ((?x2501 (+ (* 2 (ite $x5222 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x5222 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x35)))
(let (($x583 (= 0 ?x2501)))
(not $x583))))))))
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
 (let ((?x2305 (+ 1 (* (- 1) |mem1[3]|))))
(let ((?x897 (* 2 ?x2305)))
(let (($x5222 (= 1 slot.b)))
(let ((?x1412 (ite $x5222 ?x2305 ?x897)))
(let ((?x6847 (+ 1 |mem1[3]|)))
(let ((?x456 (* 2 ?x6847)))
(let ((?x4667 (ite $x5222 ?x6847 ?x456)))
(let ((?x2423 (+ (* 2 (ite $x5222 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x4667) ?x1412)))
(let (($x5852 (= 0 ?x2423)))
(not $x5852)))))))))))
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
 (let ((?x4887 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x536 (* 2 ?x4887)))
(let (($x5222 (= 1 slot.b)))
(let ((?x4941 (ite $x5222 ?x536 ?x4887)))
(let ((?x6566 (+ 1 |mem2[3]|)))
(let ((?x6389 (* 2 ?x6566)))
(let ((?x6874 (ite $x5222 ?x6389 ?x6566)))
(let ((?x4348 (+ (* 2 (ite $x5222 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x6874) ?x4941)))
(let (($x2079 (= 0 ?x4348)))
(not $x2079)))))))))))
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
 (let ((?x2625 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x602 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x5222 (= 1 slot.b)))
(let ((?x7059 (ite $x5222 ?x602 ?x2625)))
(let ((?x2019 (+ (* 2 (ite $x5222 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x5222 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x7059)))
(let (($x3601 (= 0 ?x2019)))
(not $x3601))))))))
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
 (let ((?x602 (+ 1 (* (- 1) |mem1[4]|))))
(let ((?x266 (* 2 ?x602)))
(let (($x5222 (= 1 slot.b)))
(let ((?x4685 (ite $x5222 ?x602 ?x266)))
(let ((?x5067 (+ 1 |mem1[4]|)))
(let ((?x3388 (* 2 ?x5067)))
(let ((?x2523 (ite $x5222 ?x5067 ?x3388)))
(let ((?x2703 (+ (* 2 (ite $x5222 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x2523) ?x4685)))
(let (($x1615 (= 0 ?x2703)))
(not $x1615)))))))))))
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
 (let ((?x2625 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x2429 (* 2 ?x2625)))
(let (($x5222 (= 1 slot.b)))
(let ((?x3544 (ite $x5222 ?x2429 ?x2625)))
(let ((?x399 (+ 1 |mem2[4]|)))
(let ((?x3295 (* 2 ?x399)))
(let ((?x3442 (ite $x5222 ?x3295 ?x399)))
(let ((?x3826 (+ (* 2 (ite $x5222 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x3442) ?x3544)))
(let (($x6943 (= 0 ?x3826)))
(not $x6943)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6973 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2219 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6036 (and $x2219 $x6973)))
(let (($x7026 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4441 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5863 (and $x4441 $x7026)))
(let (($x6654 (or $x5863 $x6036)))
(not $x6654)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x6896 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x920 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x7042 (and $x920 $x6896)))
(let (($x2042 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4661 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3796 (and $x4661 $x2042)))
(let (($x3056 (or $x3796 $x7042)))
(not $x3056)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x1081 (+ 1 |mem1[0]|)))
(let (($x2547 (= 0 ?x1081)))
(let (($x3024 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4895 (or $x3024 $x2547)))
(not $x4895))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x4360 (+ 1 |mem1[1]|)))
(let (($x232 (= 0 ?x4360)))
(let (($x141 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x5358 (or $x141 $x232)))
(not $x5358))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x2839 (+ 1 |mem1[2]|)))
(let (($x4499 (= 0 ?x2839)))
(let (($x5432 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4375 (or $x5432 $x4499)))
(not $x4375))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let ((?x6847 (+ 1 |mem1[3]|)))
(let (($x5626 (= 0 ?x6847)))
(let (($x5260 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x5424 (or $x5260 $x5626)))
(not $x5424))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let ((?x5067 (+ 1 |mem1[4]|)))
(let (($x6677 (= 0 ?x5067)))
(let (($x5246 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x3198 (or $x5246 $x6677)))
(not $x3198))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x2532 (+ 1 |mem2[0]|)))
(let (($x455 (= 0 ?x2532)))
(let (($x6120 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x741 (or $x6120 $x455)))
(not $x741))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x1142 (+ 1 |mem2[1]|)))
(let (($x2188 (= 0 ?x1142)))
(let (($x520 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x6760 (or $x520 $x2188)))
(not $x6760))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x3282 (+ 1 |mem2[2]|)))
(let (($x5142 (= 0 ?x3282)))
(let (($x1191 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3025 (or $x1191 $x5142)))
(not $x3025))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let ((?x6566 (+ 1 |mem2[3]|)))
(let (($x3967 (= 0 ?x6566)))
(let (($x6983 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3213 (or $x6983 $x3967)))
(not $x3213))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let ((?x399 (+ 1 |mem2[4]|)))
(let (($x4767 (= 0 ?x399)))
(let (($x247 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x30 (or $x247 $x4767)))
(not $x30))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5822 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5315 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4457 (and $x5315 $x5822)))
(let (($x1146 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x780 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5704 (and $x780 $x1146)))
(let (($x3060 (or $x5704 $x4457)))
(not $x3060)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2187 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2057 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6181 (and $x2057 $x2187)))
(let (($x4019 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3715 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3190 (and $x3715 $x4019)))
(let (($x4970 (or $x3190 $x6181)))
(not $x4970)))))))))
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
 (let (($x4745 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x5293 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x6493 (or $x5293 $x4745)))
(not $x6493)))))
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
 (let (($x3862 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x2227 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x434 (or $x2227 $x3862)))
(not $x434)))))
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
 (let (($x52 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x2257 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x5263 (or $x2257 $x52)))
(not $x5263)))))
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
 (let (($x3396 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x4057 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x2785 (or $x4057 $x3396)))
(not $x2785)))))
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
 (let (($x3461 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x1579 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x6187 (or $x1579 $x3461)))
(not $x6187)))))
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
 (let (($x5057 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x3251 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x6583 (or $x3251 $x5057)))
(not $x6583)))))
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
 (let (($x3746 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x4875 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x7049 (or $x4875 $x3746)))
(not $x7049)))))
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
 (let (($x315 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x4797 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x1022 (or $x4797 $x315)))
(not $x1022)))))
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
 (let (($x4945 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x2212 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x1694 (or $x2212 $x4945)))
(not $x1694)))))
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
 (let (($x4547 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x3387 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x5823 (or $x3387 $x4547)))
(not $x5823)))))
(check-sat)
(reset)
