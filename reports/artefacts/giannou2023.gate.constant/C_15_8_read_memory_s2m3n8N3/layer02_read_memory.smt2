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
 (let (($x4667 (= 2 slot.a)))
(let ((?x2119 (ite $x4667 |mem2[0]| (ite (= 3 slot.a) |mem3[0]| |mem4[0]|))))
(let (($x2558 (= 3 slot.a)))
(let ((?x833 (ite $x2558 (+ 1 (* (- 1) |mem3[0]|)) (+ 1 (* (- 1) |mem4[0]|)))))
(let ((?x105 (ite $x4667 (+ 1 (* (- 1) |mem2[0]|)) ?x833)))
(let ((?x164 (ite $x4667 (+ 1 |mem2[0]|) (ite $x2558 (+ 1 |mem3[0]|) (+ 1 |mem4[0]|)))))
(let (($x1629 (= 0 (+ ?x164 (* (- 1) ?x105) (* (- 2) ?x2119)))))
(not $x1629)))))))))
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
 (let ((?x2859 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x2558 (= 3 slot.a)))
(let ((?x3791 (* 16 0)))
(let (($x4667 (= 2 slot.a)))
(let ((?x4583 (ite $x4667 ?x3791 (ite $x2558 ?x2859 ?x2859))))
(let ((?x637 (ite $x4667 ?x3791 (ite $x2558 (+ 1 |mem2[0]|) (+ 1 |mem2[0]|)))))
(let (($x1485 (= 0 (+ ?x637 (* (- 1) ?x4583)))))
(not $x1485)))))))))
(check-sat)
(reset)
