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
 (let (($x3665 (= 1 slot.a)))
(let ((?x1063 (ite $x3665 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x2226 (ite $x3665 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x4416 (= 0 (+ ?x2226 (* (- 1) ?x1063) (* (- 2) (ite $x3665 |mem1[0]| |mem2[0]|))))))
(not $x4416))))))
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
 (let (($x3665 (= 1 slot.a)))
(let ((?x4775 (ite $x3665 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x2985 (ite $x3665 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x2254 (= 0 (+ ?x2985 (* (- 1) ?x4775) (* (- 2) (ite $x3665 |mem1[1]| |mem2[1]|))))))
(not $x2254))))))
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
 (let (($x3665 (= 1 slot.a)))
(let ((?x970 (ite $x3665 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x835 (ite $x3665 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x624 (= 0 (+ ?x835 (* (- 1) ?x970) (* (- 2) (ite $x3665 |mem1[2]| |mem2[2]|))))))
(not $x624))))))
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
 (let ((?x2422 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x867 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x332 (= 1 slot.b)))
(let ((?x3882 (ite $x332 ?x867 ?x2422)))
(let ((?x2258 (+ 1 |mem2[0]|)))
(let ((?x3031 (+ 1 |mem1[0]|)))
(let ((?x520 (ite $x332 ?x3031 ?x2258)))
(let (($x3237 (= 0 (+ ?x520 (* (- 1) ?x3882) (* (- 2) (ite $x332 |mem1[0]| |mem2[0]|))))))
(not $x3237))))))))))
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
 (let ((?x2652 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x2333 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x332 (= 1 slot.b)))
(let ((?x390 (ite $x332 ?x2333 ?x2652)))
(let ((?x1271 (+ 1 |mem2[1]|)))
(let ((?x1719 (+ 1 |mem1[1]|)))
(let ((?x3667 (ite $x332 ?x1719 ?x1271)))
(let (($x1466 (= 0 (+ ?x3667 (* (- 1) ?x390) (* (- 2) (ite $x332 |mem1[1]| |mem2[1]|))))))
(not $x1466))))))))))
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
 (let ((?x349 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x3535 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x332 (= 1 slot.b)))
(let ((?x1164 (ite $x332 ?x3535 ?x349)))
(let ((?x3335 (+ 1 |mem2[2]|)))
(let ((?x4008 (+ 1 |mem1[2]|)))
(let ((?x3801 (ite $x332 ?x4008 ?x3335)))
(let (($x671 (= 0 (+ ?x3801 (* (- 1) ?x1164) (* (- 2) (ite $x332 |mem1[2]| |mem2[2]|))))))
(not $x671))))))))))
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
 (let ((?x2422 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x867 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x3665 (= 1 slot.a)))
(let ((?x1063 (ite $x3665 ?x867 ?x2422)))
(let ((?x3042 (+ (* 2 (ite $x3665 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x3665 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x1063)))
(let (($x2300 (= 0 ?x3042)))
(not $x2300))))))))
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
 (let ((?x867 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x3665 (= 1 slot.a)))
(let ((?x1111 (ite $x3665 ?x867 (* 2 ?x867))))
(let ((?x3031 (+ 1 |mem1[0]|)))
(let ((?x1673 (ite $x3665 ?x3031 (* 2 ?x3031))))
(let ((?x2725 (+ (* 2 (ite $x3665 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x1673) ?x1111)))
(let (($x132 (= 0 ?x2725)))
(not $x132)))))))))
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
 (let ((?x2422 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x3665 (= 1 slot.a)))
(let ((?x477 (ite $x3665 (* 2 ?x2422) ?x2422)))
(let ((?x2258 (+ 1 |mem2[0]|)))
(let ((?x1907 (ite $x3665 (* 2 ?x2258) ?x2258)))
(let ((?x2944 (+ (* 2 (ite $x3665 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x1907) ?x477)))
(let (($x3051 (= 0 ?x2944)))
(not $x3051)))))))))
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
 (let ((?x2652 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x2333 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x3665 (= 1 slot.a)))
(let ((?x4775 (ite $x3665 ?x2333 ?x2652)))
(let ((?x638 (+ (* 2 (ite $x3665 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x3665 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x4775)))
(let (($x2407 (= 0 ?x638)))
(not $x2407))))))))
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
 (let ((?x2333 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x3665 (= 1 slot.a)))
(let ((?x1031 (ite $x3665 ?x2333 (* 2 ?x2333))))
(let ((?x1719 (+ 1 |mem1[1]|)))
(let ((?x3097 (ite $x3665 ?x1719 (* 2 ?x1719))))
(let ((?x2922 (+ (* 2 (ite $x3665 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x3097) ?x1031)))
(let (($x2393 (= 0 ?x2922)))
(not $x2393)))))))))
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
 (let ((?x2652 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x3665 (= 1 slot.a)))
(let ((?x5128 (ite $x3665 (* 2 ?x2652) ?x2652)))
(let ((?x1271 (+ 1 |mem2[1]|)))
(let ((?x3640 (ite $x3665 (* 2 ?x1271) ?x1271)))
(let ((?x1180 (+ (* 2 (ite $x3665 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x3640) ?x5128)))
(let (($x4667 (= 0 ?x1180)))
(not $x4667)))))))))
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
 (let ((?x349 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x3535 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x3665 (= 1 slot.a)))
(let ((?x970 (ite $x3665 ?x3535 ?x349)))
(let ((?x849 (+ (* 2 (ite $x3665 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x3665 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x970)))
(let (($x2026 (= 0 ?x849)))
(not $x2026))))))))
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
 (let ((?x3535 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x3665 (= 1 slot.a)))
(let ((?x3638 (ite $x3665 ?x3535 (* 2 ?x3535))))
(let ((?x4008 (+ 1 |mem1[2]|)))
(let ((?x3227 (ite $x3665 ?x4008 (* 2 ?x4008))))
(let ((?x3927 (+ (* 2 (ite $x3665 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x3227) ?x3638)))
(let (($x4243 (= 0 ?x3927)))
(not $x4243)))))))))
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
 (let ((?x349 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x3665 (= 1 slot.a)))
(let ((?x4298 (ite $x3665 (* 2 ?x349) ?x349)))
(let ((?x3335 (+ 1 |mem2[2]|)))
(let ((?x2357 (ite $x3665 (* 2 ?x3335) ?x3335)))
(let ((?x3424 (+ (* 2 (ite $x3665 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x2357) ?x4298)))
(let (($x2829 (= 0 ?x3424)))
(not $x2829)))))))))
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
 (let ((?x2422 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x867 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x332 (= 1 slot.b)))
(let ((?x3882 (ite $x332 ?x867 ?x2422)))
(let ((?x1569 (+ (* 2 (ite $x332 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x332 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x3882)))
(let (($x2514 (= 0 ?x1569)))
(not $x2514))))))))
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
 (let ((?x867 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x4625 (* 2 ?x867)))
(let (($x332 (= 1 slot.b)))
(let ((?x1247 (ite $x332 ?x867 ?x4625)))
(let ((?x3031 (+ 1 |mem1[0]|)))
(let ((?x4484 (* 2 ?x3031)))
(let ((?x3504 (ite $x332 ?x3031 ?x4484)))
(let ((?x3409 (+ (* 2 (ite $x332 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x3504) ?x1247)))
(let (($x1152 (= 0 ?x3409)))
(not $x1152)))))))))))
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
 (let ((?x2422 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x291 (* 2 ?x2422)))
(let (($x332 (= 1 slot.b)))
(let ((?x408 (ite $x332 ?x291 ?x2422)))
(let ((?x2258 (+ 1 |mem2[0]|)))
(let ((?x980 (* 2 ?x2258)))
(let ((?x3598 (ite $x332 ?x980 ?x2258)))
(let ((?x4635 (+ (* 2 (ite $x332 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x3598) ?x408)))
(let (($x2954 (= 0 ?x4635)))
(not $x2954)))))))))))
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
 (let ((?x2652 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x2333 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x332 (= 1 slot.b)))
(let ((?x390 (ite $x332 ?x2333 ?x2652)))
(let ((?x1195 (+ (* 2 (ite $x332 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x332 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x390)))
(let (($x2606 (= 0 ?x1195)))
(not $x2606))))))))
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
 (let ((?x2333 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x2814 (* 2 ?x2333)))
(let (($x332 (= 1 slot.b)))
(let ((?x230 (ite $x332 ?x2333 ?x2814)))
(let ((?x1719 (+ 1 |mem1[1]|)))
(let ((?x4477 (* 2 ?x1719)))
(let ((?x3541 (ite $x332 ?x1719 ?x4477)))
(let ((?x3928 (+ (* 2 (ite $x332 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x3541) ?x230)))
(let (($x4575 (= 0 ?x3928)))
(not $x4575)))))))))))
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
 (let ((?x2652 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x2952 (* 2 ?x2652)))
(let (($x332 (= 1 slot.b)))
(let ((?x2654 (ite $x332 ?x2952 ?x2652)))
(let ((?x1271 (+ 1 |mem2[1]|)))
(let ((?x2891 (* 2 ?x1271)))
(let ((?x355 (ite $x332 ?x2891 ?x1271)))
(let ((?x1772 (+ (* 2 (ite $x332 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x355) ?x2654)))
(let (($x3581 (= 0 ?x1772)))
(not $x3581)))))))))))
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
 (let ((?x349 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x3535 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x332 (= 1 slot.b)))
(let ((?x1164 (ite $x332 ?x3535 ?x349)))
(let ((?x3715 (+ (* 2 (ite $x332 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x332 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x1164)))
(let (($x1869 (= 0 ?x3715)))
(not $x1869))))))))
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
 (let ((?x3535 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x3218 (* 2 ?x3535)))
(let (($x332 (= 1 slot.b)))
(let ((?x370 (ite $x332 ?x3535 ?x3218)))
(let ((?x4008 (+ 1 |mem1[2]|)))
(let ((?x1187 (* 2 ?x4008)))
(let ((?x1273 (ite $x332 ?x4008 ?x1187)))
(let ((?x1355 (+ (* 2 (ite $x332 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x1273) ?x370)))
(let (($x286 (= 0 ?x1355)))
(not $x286)))))))))))
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
 (let ((?x349 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x227 (* 2 ?x349)))
(let (($x332 (= 1 slot.b)))
(let ((?x3821 (ite $x332 ?x227 ?x349)))
(let ((?x3335 (+ 1 |mem2[2]|)))
(let ((?x1014 (* 2 ?x3335)))
(let ((?x2556 (ite $x332 ?x1014 ?x3335)))
(let ((?x4188 (+ (* 2 (ite $x332 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x2556) ?x3821)))
(let (($x1353 (= 0 ?x4188)))
(not $x1353)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4293 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2537 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x784 (and $x2537 $x4293)))
(let (($x898 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3762 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4699 (and $x3762 $x898)))
(let (($x2757 (or $x4699 $x784)))
(not $x2757)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1090 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4222 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1144 (and $x4222 $x1090)))
(let (($x54 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2921 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x253 (and $x2921 $x54)))
(let (($x2014 (or $x253 $x1144)))
(not $x2014)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x3031 (+ 1 |mem1[0]|)))
(let (($x3752 (= 0 ?x3031)))
(let (($x4629 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4280 (or $x4629 $x3752)))
(not $x4280))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x1719 (+ 1 |mem1[1]|)))
(let (($x4254 (= 0 ?x1719)))
(let (($x1512 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x704 (or $x1512 $x4254)))
(not $x704))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x4008 (+ 1 |mem1[2]|)))
(let (($x949 (= 0 ?x4008)))
(let (($x3060 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x629 (or $x3060 $x949)))
(not $x629))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x2258 (+ 1 |mem2[0]|)))
(let (($x841 (= 0 ?x2258)))
(let (($x1295 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x146 (or $x1295 $x841)))
(not $x146))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x1271 (+ 1 |mem2[1]|)))
(let (($x2287 (= 0 ?x1271)))
(let (($x2050 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4002 (or $x2050 $x2287)))
(not $x4002))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x3335 (+ 1 |mem2[2]|)))
(let (($x2752 (= 0 ?x3335)))
(let (($x3701 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4755 (or $x3701 $x2752)))
(not $x4755))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4122 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2025 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x363 (and $x2025 $x4122)))
(let (($x1230 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x644 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2271 (and $x644 $x1230)))
(let (($x4863 (or $x2271 $x363)))
(not $x4863)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x907 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2485 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1791 (and $x2485 $x907)))
(let (($x4726 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1107 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2476 (and $x1107 $x4726)))
(let (($x3360 (or $x2476 $x1791)))
(not $x3360)))))))))
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
 (let (($x726 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x1615 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x3311 (or $x1615 $x726)))
(not $x3311)))))
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
 (let (($x2289 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x2482 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x3113 (or $x2482 $x2289)))
(not $x3113)))))
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
 (let (($x3876 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x1333 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x2257 (or $x1333 $x3876)))
(not $x2257)))))
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
 (let (($x5015 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x1424 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x1983 (or $x1424 $x5015)))
(not $x1983)))))
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
 (let (($x3194 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x3939 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x178 (or $x3939 $x3194)))
(not $x178)))))
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
 (let (($x3938 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x1761 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x2631 (or $x1761 $x3938)))
(not $x2631)))))
(check-sat)
(reset)
