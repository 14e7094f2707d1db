; read_memory: S_a.flag[0] at (12, 0) (proved)
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
 (let (($x4759 (= 1 slot.a)))
(let ((?x4530 (ite $x4759 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x4022 (ite $x4759 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x292 (= 0 (+ ?x4022 (* (- 1) ?x4530) (* (- 2) (ite $x4759 |mem1[0]| |mem2[0]|))))))
(not $x292))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (13, 0) (proved)
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
 (let (($x4759 (= 1 slot.a)))
(let ((?x4357 (ite $x4759 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x2279 (ite $x4759 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x4339 (= 0 (+ ?x2279 (* (- 1) ?x4357) (* (- 2) (ite $x4759 |mem1[1]| |mem2[1]|))))))
(not $x4339))))))
(check-sat)
(reset)
; read_memory: S_a[2] at (14, 0) (proved)
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
 (let (($x4759 (= 1 slot.a)))
(let ((?x608 (ite $x4759 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x4839 (ite $x4759 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x4426 (= 0 (+ ?x4839 (* (- 1) ?x608) (* (- 2) (ite $x4759 |mem1[2]| |mem2[2]|))))))
(not $x4426))))))
(check-sat)
(reset)
; read_memory: S_a[3] at (15, 0) (proved)
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
 (let (($x4759 (= 1 slot.a)))
(let ((?x4925 (ite $x4759 (+ 1 (* (- 1) |mem1[3]|)) (+ 1 (* (- 1) |mem2[3]|)))))
(let ((?x148 (ite $x4759 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))))
(let (($x1167 (= 0 (+ ?x148 (* (- 1) ?x4925) (* (- 2) (ite $x4759 |mem1[3]| |mem2[3]|))))))
(not $x1167))))))
(check-sat)
(reset)
; read_memory: S_a[4] at (16, 0) (proved)
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
 (let (($x4759 (= 1 slot.a)))
(let ((?x1399 (ite $x4759 (+ 1 (* (- 1) |mem1[4]|)) (+ 1 (* (- 1) |mem2[4]|)))))
(let ((?x3506 (ite $x4759 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))))
(let (($x2485 (= 0 (+ ?x3506 (* (- 1) ?x1399) (* (- 2) (ite $x4759 |mem1[4]| |mem2[4]|))))))
(not $x2485))))))
(check-sat)
(reset)
; read_memory: S_a[5] at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4759 (= 1 slot.a)))
(let ((?x3638 (ite $x4759 (+ 1 (* (- 1) |mem1[5]|)) (+ 1 (* (- 1) |mem2[5]|)))))
(let ((?x188 (ite $x4759 (+ 1 |mem1[5]|) (+ 1 |mem2[5]|))))
(let (($x2628 (= 0 (+ ?x188 (* (- 1) ?x3638) (* (- 2) (ite $x4759 |mem1[5]| |mem2[5]|))))))
(not $x2628))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (18, 0) (proved)
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
 (let ((?x1977 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1956 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x1971 (ite $x1719 ?x1956 ?x1977)))
(let ((?x3385 (+ 1 |mem2[0]|)))
(let ((?x1340 (+ 1 |mem1[0]|)))
(let ((?x1612 (ite $x1719 ?x1340 ?x3385)))
(let (($x3911 (= 0 (+ ?x1612 (* (- 1) ?x1971) (* (- 2) (ite $x1719 |mem1[0]| |mem2[0]|))))))
(not $x3911))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (19, 0) (proved)
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
 (let ((?x902 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x2357 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x5057 (ite $x1719 ?x2357 ?x902)))
(let ((?x2980 (+ 1 |mem2[1]|)))
(let ((?x2548 (+ 1 |mem1[1]|)))
(let ((?x2313 (ite $x1719 ?x2548 ?x2980)))
(let (($x1784 (= 0 (+ ?x2313 (* (- 1) ?x5057) (* (- 2) (ite $x1719 |mem1[1]| |mem2[1]|))))))
(not $x1784))))))))))
(check-sat)
(reset)
; read_memory: S_b[2] at (20, 0) (proved)
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
 (let ((?x984 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x2201 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x1906 (ite $x1719 ?x2201 ?x984)))
(let ((?x4508 (+ 1 |mem2[2]|)))
(let ((?x2843 (+ 1 |mem1[2]|)))
(let ((?x2406 (ite $x1719 ?x2843 ?x4508)))
(let (($x549 (= 0 (+ ?x2406 (* (- 1) ?x1906) (* (- 2) (ite $x1719 |mem1[2]| |mem2[2]|))))))
(not $x549))))))))))
(check-sat)
(reset)
; read_memory: S_b[3] at (21, 0) (proved)
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
 (let ((?x4268 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x3475 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x4159 (ite $x1719 ?x3475 ?x4268)))
(let ((?x1910 (+ 1 |mem2[3]|)))
(let ((?x2295 (+ 1 |mem1[3]|)))
(let ((?x1024 (ite $x1719 ?x2295 ?x1910)))
(let (($x2854 (= 0 (+ ?x1024 (* (- 1) ?x4159) (* (- 2) (ite $x1719 |mem1[3]| |mem2[3]|))))))
(not $x2854))))))))))
(check-sat)
(reset)
; read_memory: S_b[4] at (22, 0) (proved)
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
 (let ((?x1296 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x4300 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x4561 (ite $x1719 ?x4300 ?x1296)))
(let ((?x1185 (+ 1 |mem2[4]|)))
(let ((?x3567 (+ 1 |mem1[4]|)))
(let ((?x1475 (ite $x1719 ?x3567 ?x1185)))
(let (($x2478 (= 0 (+ ?x1475 (* (- 1) ?x4561) (* (- 2) (ite $x1719 |mem1[4]| |mem2[4]|))))))
(not $x2478))))))))))
(check-sat)
(reset)
; read_memory: S_b[5] at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2409 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x4348 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x3379 (ite $x1719 ?x4348 ?x2409)))
(let ((?x3502 (+ 1 |mem2[5]|)))
(let ((?x234 (+ 1 |mem1[5]|)))
(let ((?x1008 (ite $x1719 ?x234 ?x3502)))
(let (($x3760 (= 0 (+ ?x1008 (* (- 1) ?x3379) (* (- 2) (ite $x1719 |mem1[5]| |mem2[5]|))))))
(not $x3760))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (34, 0) (proved)
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
 (let ((?x1977 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1956 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x4530 (ite $x4759 ?x1956 ?x1977)))
(let ((?x3337 (+ (* 2 (ite $x4759 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x4759 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x4530)))
(let (($x940 (= 0 ?x3337)))
(not $x940))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (34, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1956 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x2699 (ite $x4759 ?x1956 (* 2 ?x1956))))
(let ((?x1340 (+ 1 |mem1[0]|)))
(let ((?x2570 (ite $x4759 ?x1340 (* 2 ?x1340))))
(let ((?x1754 (+ (* 2 (ite $x4759 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x2570) ?x2699)))
(let (($x2681 (= 0 ?x1754)))
(not $x2681)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (34, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1977 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x3049 (ite $x4759 (* 2 ?x1977) ?x1977)))
(let ((?x3385 (+ 1 |mem2[0]|)))
(let ((?x1851 (ite $x4759 (* 2 ?x3385) ?x3385)))
(let ((?x2052 (+ (* 2 (ite $x4759 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x1851) ?x3049)))
(let (($x2090 (= 0 ?x2052)))
(not $x2090)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (35, 0) (proved)
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
 (let ((?x902 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x2357 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x4357 (ite $x4759 ?x2357 ?x902)))
(let ((?x487 (+ (* 2 (ite $x4759 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x4759 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x4357)))
(let (($x1539 (= 0 ?x487)))
(not $x1539))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (35, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2357 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x1478 (ite $x4759 ?x2357 (* 2 ?x2357))))
(let ((?x2548 (+ 1 |mem1[1]|)))
(let ((?x2282 (ite $x4759 ?x2548 (* 2 ?x2548))))
(let ((?x4766 (+ (* 2 (ite $x4759 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x2282) ?x1478)))
(let (($x2784 (= 0 ?x4766)))
(not $x2784)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (35, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x902 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x1182 (ite $x4759 (* 2 ?x902) ?x902)))
(let ((?x2980 (+ 1 |mem2[1]|)))
(let ((?x2758 (ite $x4759 (* 2 ?x2980) ?x2980)))
(let ((?x1766 (+ (* 2 (ite $x4759 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x2758) ?x1182)))
(let (($x2308 (= 0 ?x1766)))
(not $x2308)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (36, 0) (proved)
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
 (let ((?x984 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x2201 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x608 (ite $x4759 ?x2201 ?x984)))
(let ((?x1170 (+ (* 2 (ite $x4759 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x4759 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x608)))
(let (($x1433 (= 0 ?x1170)))
(not $x1433))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (36, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2201 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x3345 (ite $x4759 ?x2201 (* 2 ?x2201))))
(let ((?x2843 (+ 1 |mem1[2]|)))
(let ((?x5032 (ite $x4759 ?x2843 (* 2 ?x2843))))
(let ((?x3867 (+ (* 2 (ite $x4759 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x5032) ?x3345)))
(let (($x2936 (= 0 ?x3867)))
(not $x2936)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (36, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x984 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x469 (ite $x4759 (* 2 ?x984) ?x984)))
(let ((?x4508 (+ 1 |mem2[2]|)))
(let ((?x2010 (ite $x4759 (* 2 ?x4508) ?x4508)))
(let ((?x2329 (+ (* 2 (ite $x4759 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x2010) ?x469)))
(let (($x2787 (= 0 ?x2329)))
(not $x2787)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (37, 0) (proved)
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
 (let ((?x4268 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x3475 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x4925 (ite $x4759 ?x3475 ?x4268)))
(let ((?x253 (+ (* 2 (ite $x4759 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x4759 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x4925)))
(let (($x2561 (= 0 ?x253)))
(not $x2561))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (37, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3475 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x4140 (ite $x4759 ?x3475 (* 2 ?x3475))))
(let ((?x2295 (+ 1 |mem1[3]|)))
(let ((?x4274 (ite $x4759 ?x2295 (* 2 ?x2295))))
(let ((?x3601 (+ (* 2 (ite $x4759 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x4274) ?x4140)))
(let (($x2199 (= 0 ?x3601)))
(not $x2199)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (37, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4268 (+ 1 (* (- 1) |mem2[3]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x699 (ite $x4759 (* 2 ?x4268) ?x4268)))
(let ((?x1910 (+ 1 |mem2[3]|)))
(let ((?x4210 (ite $x4759 (* 2 ?x1910) ?x1910)))
(let ((?x2222 (+ (* 2 (ite $x4759 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x4210) ?x699)))
(let (($x2218 (= 0 ?x2222)))
(not $x2218)))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (38, 0) (proved)
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
 (let ((?x1296 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x4300 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x1399 (ite $x4759 ?x4300 ?x1296)))
(let ((?x3454 (+ (* 2 (ite $x4759 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x4759 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x1399)))
(let (($x2794 (= 0 ?x3454)))
(not $x2794))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (38, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4300 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x180 (ite $x4759 ?x4300 (* 2 ?x4300))))
(let ((?x3567 (+ 1 |mem1[4]|)))
(let ((?x1382 (ite $x4759 ?x3567 (* 2 ?x3567))))
(let ((?x2893 (+ (* 2 (ite $x4759 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x1382) ?x180)))
(let (($x2722 (= 0 ?x2893)))
(not $x2722)))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (38, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1296 (+ 1 (* (- 1) |mem2[4]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x1924 (ite $x4759 (* 2 ?x1296) ?x1296)))
(let ((?x1185 (+ 1 |mem2[4]|)))
(let ((?x1603 (ite $x4759 (* 2 ?x1185) ?x1185)))
(let ((?x1280 (+ (* 2 (ite $x4759 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x1603) ?x1924)))
(let (($x2023 (= 0 ?x1280)))
(not $x2023)))))))))
(check-sat)
(reset)
; read_memory: B.B1[5] at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2409 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x4348 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x3638 (ite $x4759 ?x4348 ?x2409)))
(let ((?x2200 (+ (* 2 (ite $x4759 |mem1[5]| |mem2[5]|)) (* (- 1) (ite $x4759 (+ 1 |mem1[5]|) (+ 1 |mem2[5]|))) ?x3638)))
(let (($x2700 (= 0 ?x2200)))
(not $x2700))))))))
(check-sat)
(reset)
; read_memory: B.B1[5] at (39, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4348 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x1130 (ite $x4759 ?x4348 (* 2 ?x4348))))
(let ((?x234 (+ 1 |mem1[5]|)))
(let ((?x4392 (ite $x4759 ?x234 (* 2 ?x234))))
(let ((?x3728 (+ (* 2 (ite $x4759 |mem1[5]| (* 2 |mem1[5]|))) (* (- 1) ?x4392) ?x1130)))
(let (($x413 (= 0 ?x3728)))
(not $x413)))))))))
(check-sat)
(reset)
; read_memory: B.B1[5] at (39, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2409 (+ 1 (* (- 1) |mem2[5]|))))
(let (($x4759 (= 1 slot.a)))
(let ((?x1275 (ite $x4759 (* 2 ?x2409) ?x2409)))
(let ((?x3502 (+ 1 |mem2[5]|)))
(let ((?x4697 (ite $x4759 (* 2 ?x3502) ?x3502)))
(let ((?x919 (+ (* 2 (ite $x4759 (* 2 |mem2[5]|) |mem2[5]|)) (* (- 1) ?x4697) ?x1275)))
(let (($x61 (= 0 ?x919)))
(not $x61)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (40, 0) (proved)
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
 (let ((?x1977 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1956 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x1971 (ite $x1719 ?x1956 ?x1977)))
(let ((?x351 (+ (* 2 (ite $x1719 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x1719 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x1971)))
(let (($x1917 (= 0 ?x351)))
(not $x1917))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (40, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1956 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x1925 (* 2 ?x1956)))
(let (($x1719 (= 1 slot.b)))
(let ((?x4023 (ite $x1719 ?x1956 ?x1925)))
(let ((?x1340 (+ 1 |mem1[0]|)))
(let ((?x729 (* 2 ?x1340)))
(let ((?x1432 (ite $x1719 ?x1340 ?x729)))
(let ((?x399 (+ (* 2 (ite $x1719 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x1432) ?x4023)))
(let (($x2684 (= 0 ?x399)))
(not $x2684)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (40, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1977 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3210 (* 2 ?x1977)))
(let (($x1719 (= 1 slot.b)))
(let ((?x1330 (ite $x1719 ?x3210 ?x1977)))
(let ((?x3385 (+ 1 |mem2[0]|)))
(let ((?x458 (* 2 ?x3385)))
(let ((?x3055 (ite $x1719 ?x458 ?x3385)))
(let ((?x2897 (+ (* 2 (ite $x1719 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x3055) ?x1330)))
(let (($x1224 (= 0 ?x2897)))
(not $x1224)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (41, 0) (proved)
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
 (let ((?x902 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x2357 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x5057 (ite $x1719 ?x2357 ?x902)))
(let ((?x3892 (+ (* 2 (ite $x1719 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x1719 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x5057)))
(let (($x4891 (= 0 ?x3892)))
(not $x4891))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (41, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2357 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x78 (* 2 ?x2357)))
(let (($x1719 (= 1 slot.b)))
(let ((?x2402 (ite $x1719 ?x2357 ?x78)))
(let ((?x2548 (+ 1 |mem1[1]|)))
(let ((?x1099 (* 2 ?x2548)))
(let ((?x1288 (ite $x1719 ?x2548 ?x1099)))
(let ((?x2003 (+ (* 2 (ite $x1719 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x1288) ?x2402)))
(let (($x288 (= 0 ?x2003)))
(not $x288)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (41, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x902 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x4066 (* 2 ?x902)))
(let (($x1719 (= 1 slot.b)))
(let ((?x332 (ite $x1719 ?x4066 ?x902)))
(let ((?x2980 (+ 1 |mem2[1]|)))
(let ((?x2571 (* 2 ?x2980)))
(let ((?x2250 (ite $x1719 ?x2571 ?x2980)))
(let ((?x2423 (+ (* 2 (ite $x1719 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x2250) ?x332)))
(let (($x1132 (= 0 ?x2423)))
(not $x1132)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (42, 0) (proved)
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
 (let ((?x984 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x2201 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x1906 (ite $x1719 ?x2201 ?x984)))
(let ((?x4934 (+ (* 2 (ite $x1719 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x1719 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x1906)))
(let (($x1584 (= 0 ?x4934)))
(not $x1584))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (42, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2201 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x1828 (* 2 ?x2201)))
(let (($x1719 (= 1 slot.b)))
(let ((?x2989 (ite $x1719 ?x2201 ?x1828)))
(let ((?x2843 (+ 1 |mem1[2]|)))
(let ((?x497 (* 2 ?x2843)))
(let ((?x2396 (ite $x1719 ?x2843 ?x497)))
(let ((?x494 (+ (* 2 (ite $x1719 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x2396) ?x2989)))
(let (($x2259 (= 0 ?x494)))
(not $x2259)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (42, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x984 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x3009 (* 2 ?x984)))
(let (($x1719 (= 1 slot.b)))
(let ((?x1379 (ite $x1719 ?x3009 ?x984)))
(let ((?x4508 (+ 1 |mem2[2]|)))
(let ((?x2773 (* 2 ?x4508)))
(let ((?x4816 (ite $x1719 ?x2773 ?x4508)))
(let ((?x3031 (+ (* 2 (ite $x1719 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x4816) ?x1379)))
(let (($x3684 (= 0 ?x3031)))
(not $x3684)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (43, 0) (proved)
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
 (let ((?x4268 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x3475 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x4159 (ite $x1719 ?x3475 ?x4268)))
(let ((?x4565 (+ (* 2 (ite $x1719 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x1719 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x4159)))
(let (($x4279 (= 0 ?x4565)))
(not $x4279))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (43, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3475 (+ 1 (* (- 1) |mem1[3]|))))
(let ((?x3014 (* 2 ?x3475)))
(let (($x1719 (= 1 slot.b)))
(let ((?x53 (ite $x1719 ?x3475 ?x3014)))
(let ((?x2295 (+ 1 |mem1[3]|)))
(let ((?x3712 (* 2 ?x2295)))
(let ((?x2288 (ite $x1719 ?x2295 ?x3712)))
(let ((?x4142 (+ (* 2 (ite $x1719 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x2288) ?x53)))
(let (($x4057 (= 0 ?x4142)))
(not $x4057)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (43, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4268 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x400 (* 2 ?x4268)))
(let (($x1719 (= 1 slot.b)))
(let ((?x3424 (ite $x1719 ?x400 ?x4268)))
(let ((?x1910 (+ 1 |mem2[3]|)))
(let ((?x1389 (* 2 ?x1910)))
(let ((?x104 (ite $x1719 ?x1389 ?x1910)))
(let ((?x3697 (+ (* 2 (ite $x1719 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x104) ?x3424)))
(let (($x3097 (= 0 ?x3697)))
(not $x3097)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (44, 0) (proved)
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
 (let ((?x1296 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x4300 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x4561 (ite $x1719 ?x4300 ?x1296)))
(let ((?x4006 (+ (* 2 (ite $x1719 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x1719 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x4561)))
(let (($x4918 (= 0 ?x4006)))
(not $x4918))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (44, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4300 (+ 1 (* (- 1) |mem1[4]|))))
(let ((?x1474 (* 2 ?x4300)))
(let (($x1719 (= 1 slot.b)))
(let ((?x2257 (ite $x1719 ?x4300 ?x1474)))
(let ((?x3567 (+ 1 |mem1[4]|)))
(let ((?x2670 (* 2 ?x3567)))
(let ((?x751 (ite $x1719 ?x3567 ?x2670)))
(let ((?x840 (+ (* 2 (ite $x1719 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x751) ?x2257)))
(let (($x4121 (= 0 ?x840)))
(not $x4121)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (44, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1296 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x3116 (* 2 ?x1296)))
(let (($x1719 (= 1 slot.b)))
(let ((?x1341 (ite $x1719 ?x3116 ?x1296)))
(let ((?x1185 (+ 1 |mem2[4]|)))
(let ((?x2422 (* 2 ?x1185)))
(let ((?x1308 (ite $x1719 ?x2422 ?x1185)))
(let ((?x1146 (+ (* 2 (ite $x1719 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x1308) ?x1341)))
(let (($x3796 (= 0 ?x1146)))
(not $x3796)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[5] at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2409 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x4348 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x1719 (= 1 slot.b)))
(let ((?x3379 (ite $x1719 ?x4348 ?x2409)))
(let ((?x590 (+ (* 2 (ite $x1719 |mem1[5]| |mem2[5]|)) (* (- 1) (ite $x1719 (+ 1 |mem1[5]|) (+ 1 |mem2[5]|))) ?x3379)))
(let (($x435 (= 0 ?x590)))
(not $x435))))))))
(check-sat)
(reset)
; read_memory: B.B2[5] at (45, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4348 (+ 1 (* (- 1) |mem1[5]|))))
(let ((?x3263 (* 2 ?x4348)))
(let (($x1719 (= 1 slot.b)))
(let ((?x771 (ite $x1719 ?x4348 ?x3263)))
(let ((?x234 (+ 1 |mem1[5]|)))
(let ((?x874 (* 2 ?x234)))
(let ((?x232 (ite $x1719 ?x234 ?x874)))
(let ((?x3769 (+ (* 2 (ite $x1719 |mem1[5]| (* 2 |mem1[5]|))) (* (- 1) ?x232) ?x771)))
(let (($x2220 (= 0 ?x3769)))
(not $x2220)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[5] at (45, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2409 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x2494 (* 2 ?x2409)))
(let (($x1719 (= 1 slot.b)))
(let ((?x2513 (ite $x1719 ?x2494 ?x2409)))
(let ((?x3502 (+ 1 |mem2[5]|)))
(let ((?x3910 (* 2 ?x3502)))
(let ((?x3532 (ite $x1719 ?x3910 ?x3502)))
(let ((?x1343 (+ (* 2 (ite $x1719 (* 2 |mem2[5]|) |mem2[5]|)) (* (- 1) ?x3532) ?x2513)))
(let (($x1226 (= 0 ?x1343)))
(not $x1226)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2827 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4219 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2665 (and $x4219 $x2827)))
(let (($x4034 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3405 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4660 (and $x3405 $x4034)))
(let (($x3644 (or $x4660 $x2665)))
(not $x3644)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4580 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x515 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x10 (and $x515 $x4580)))
(let (($x2152 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2327 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3420 (and $x2327 $x2152)))
(let (($x1083 (or $x3420 $x10)))
(not $x1083)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x1340 (+ 1 |mem1[0]|)))
(let (($x498 (= 0 ?x1340)))
(let (($x2947 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2274 (or $x2947 $x498)))
(not $x2274))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x2548 (+ 1 |mem1[1]|)))
(let (($x4753 (= 0 ?x2548)))
(let (($x2326 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4018 (or $x2326 $x4753)))
(not $x4018))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x2843 (+ 1 |mem1[2]|)))
(let (($x1245 (= 0 ?x2843)))
(let (($x4456 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x446 (or $x4456 $x1245)))
(not $x446))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let ((?x2295 (+ 1 |mem1[3]|)))
(let (($x2335 (= 0 ?x2295)))
(let (($x920 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4881 (or $x920 $x2335)))
(not $x4881))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let ((?x3567 (+ 1 |mem1[4]|)))
(let (($x1799 (= 0 ?x3567)))
(let (($x4454 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4723 (or $x4454 $x1799)))
(not $x4723))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let ((?x234 (+ 1 |mem1[5]|)))
(let (($x4819 (= 0 ?x234)))
(let (($x2310 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x2502 (or $x2310 $x4819)))
(not $x2502))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x3385 (+ 1 |mem2[0]|)))
(let (($x295 (= 0 ?x3385)))
(let (($x936 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2082 (or $x936 $x295)))
(not $x2082))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x2980 (+ 1 |mem2[1]|)))
(let (($x4617 (= 0 ?x2980)))
(let (($x2355 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2716 (or $x2355 $x4617)))
(not $x2716))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x4508 (+ 1 |mem2[2]|)))
(let (($x2447 (= 0 ?x4508)))
(let (($x2860 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1178 (or $x2860 $x2447)))
(not $x1178))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let ((?x1910 (+ 1 |mem2[3]|)))
(let (($x199 (= 0 ?x1910)))
(let (($x304 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3497 (or $x304 $x199)))
(not $x3497))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let ((?x1185 (+ 1 |mem2[4]|)))
(let (($x2318 (= 0 ?x1185)))
(let (($x2242 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1703 (or $x2242 $x2318)))
(not $x1703))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let ((?x3502 (+ 1 |mem2[5]|)))
(let (($x3592 (= 0 ?x3502)))
(let (($x4954 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x2171 (or $x4954 $x3592)))
(not $x2171))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x492 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x271 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3695 (and $x271 $x492)))
(let (($x3922 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2753 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1589 (and $x2753 $x3922)))
(let (($x1761 (or $x1589 $x3695)))
(not $x1761)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4650 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1430 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1197 (and $x1430 $x4650)))
(let (($x4359 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4391 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1923 (and $x4391 $x4359)))
(let (($x821 (or $x1923 $x1197)))
(not $x821)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (12, 0) (proved)
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
 (let (($x566 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x3223 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x3159 (or $x3223 $x566)))
(not $x3159)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (13, 0) (proved)
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
 (let (($x2833 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x918 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x1748 (or $x918 $x2833)))
(not $x1748)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (14, 0) (proved)
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
 (let (($x1519 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x2986 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x4890 (or $x2986 $x1519)))
(not $x4890)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (15, 0) (proved)
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
 (let (($x318 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x3250 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x4061 (or $x3250 $x318)))
(not $x4061)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (16, 0) (proved)
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
 (let (($x1993 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x2015 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x3636 (or $x2015 $x1993)))
(not $x3636)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2601 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[5]| |mem2[5]|)))))
(let (($x1574 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[5]| |mem2[5]|)))))
(let (($x3918 (or $x1574 $x2601)))
(not $x3918)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (18, 0) (proved)
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
 (let (($x3457 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x49 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x1800 (or $x49 $x3457)))
(not $x1800)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (19, 0) (proved)
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
 (let (($x1696 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x3525 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x3439 (or $x3525 $x1696)))
(not $x3439)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (20, 0) (proved)
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
 (let (($x2803 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x3461 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x2179 (or $x3461 $x2803)))
(not $x2179)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (21, 0) (proved)
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
 (let (($x1599 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x249 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x1555 (or $x249 $x1599)))
(not $x1555)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (22, 0) (proved)
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
 (let (($x4008 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x3398 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x335 (or $x3398 $x4008)))
(not $x335)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x272 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[5]| |mem2[5]|)))))
(let (($x3862 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[5]| |mem2[5]|)))))
(let (($x3437 (or $x3862 $x272)))
(not $x3437)))))
(check-sat)
(reset)
