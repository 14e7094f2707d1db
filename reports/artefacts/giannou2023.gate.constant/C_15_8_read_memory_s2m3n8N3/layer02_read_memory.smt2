; read_memory: S_a.flag[0] at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun |mem3[0]| () Int)
(declare-fun |mem4[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (or (= |mem3[0]| (- 1)) (= |mem3[0]| 1)))
(assert
 (or (= |mem4[0]| (- 1)) (= |mem4[0]| 1)))
(assert
 (and (>= slot.a 2) (<= slot.a 4)))
(assert
 (let (($x3789 (= 2 slot.a)))
(let ((?x2133 (ite $x3789 |mem2[0]| (ite (= 3 slot.a) |mem3[0]| |mem4[0]|))))
(let (($x3388 (= 3 slot.a)))
(let ((?x2103 (ite $x3388 (+ 1 (* (- 1) |mem3[0]|)) (+ 1 (* (- 1) |mem4[0]|)))))
(let ((?x1555 (ite $x3789 (+ 1 (* (- 1) |mem2[0]|)) ?x2103)))
(let ((?x3288 (ite $x3789 (+ 1 |mem2[0]|) (ite $x3388 (+ 1 |mem3[0]|) (+ 1 |mem4[0]|)))))
(let (($x2315 (= 0 (+ ?x3288 (* (- 1) ?x1555) (* (- 2) ?x2133)))))
(not $x2315)))))))))
(check-sat)
(reset)
; read_memory: S_a.flag[0] at (12, 2) (refuted)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 2) (<= slot.a 4)))
(assert
 (let ((?x2404 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x3388 (= 3 slot.a)))
(let ((?x2145 (* 16 0)))
(let (($x3789 (= 2 slot.a)))
(let ((?x2092 (ite $x3789 ?x2145 (ite $x3388 ?x2404 ?x2404))))
(let ((?x3017 (ite $x3789 ?x2145 (ite $x3388 (+ 1 |mem2[0]|) (+ 1 |mem2[0]|)))))
(let (($x4198 (= 0 (+ ?x3017 (* (- 1) ?x2092)))))
(not $x4198)))))))))
(check-sat)
(reset)
