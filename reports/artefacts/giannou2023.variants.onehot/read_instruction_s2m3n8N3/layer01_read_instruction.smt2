; read_instruction: S_cmd.a[0] at (18, 0) (refuted)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd5.a () Int)
(declare-fun cmd6.a () Int)
(declare-fun cmd7.a () Int)
(declare-fun pc () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd5.a 2) (<= cmd5.a 4)))
(assert
 (and (>= cmd6.a 2) (<= cmd6.a 4)))
(assert
 (and (>= cmd7.a 2) (<= cmd7.a 4)))
(assert
 (and (>= pc 5) (<= pc 7)))
(assert
 (and (>= slot.a 2) (<= slot.a 4)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x4784 (ite (= 2 cmd7.a) (- 1) (ite (= 3 cmd7.a) (- 1) 1))))
(let ((?x2092 (ite (= 2 cmd6.a) (- 1) (ite (= 3 cmd6.a) (- 1) 1))))
(let ((?x3103 (ite (= 2 cmd5.a) (- 1) (ite (= 3 cmd5.a) (- 1) 1))))
(let ((?x1555 (ite (= 5 pc) ?x3103 (ite (= 6 pc) ?x2092 ?x4784))))
(let ((?x2250 (ite (= 2 slot.a) (- 1) (ite (= 3 slot.a) (- 1) 1))))
(let ((?x3017 (ite (= 0 slot_full) 0 ?x2250)))
(let (($x2527 (= 0 (+ ?x3017 (* (- 1) ?x1555)))))
(not $x2527)))))))))
(check-sat)
(reset)
