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
 (let (($x1177 (= 2 slot.a)))
(let ((?x3353 (ite $x1177 |mem2[0]| (ite (= 3 slot.a) |mem3[0]| |mem4[0]|))))
(let (($x5334 (= 3 slot.a)))
(let ((?x179 (ite $x5334 (+ 1 (* (- 1) |mem3[0]|)) (+ 1 (* (- 1) |mem4[0]|)))))
(let ((?x626 (ite $x1177 (+ 1 (* (- 1) |mem2[0]|)) ?x179)))
(let ((?x4570 (ite $x1177 (+ 1 |mem2[0]|) (ite $x5334 (+ 1 |mem3[0]|) (+ 1 |mem4[0]|)))))
(let (($x4639 (= 0 (+ ?x4570 (* (- 1) ?x626) (* (- 2) ?x3353)))))
(not $x4639)))))))))
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
 (let ((?x1156 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x5334 (= 3 slot.a)))
(let ((?x5478 (* 16 0)))
(let (($x1177 (= 2 slot.a)))
(let ((?x4596 (ite $x1177 ?x5478 (ite $x5334 ?x1156 ?x1156))))
(let ((?x2429 (ite $x1177 ?x5478 (ite $x5334 (+ 1 |mem2[0]|) (+ 1 |mem2[0]|)))))
(let (($x4753 (= 0 (+ ?x2429 (* (- 1) ?x4596)))))
(not $x4753)))))))))
(check-sat)
(reset)
