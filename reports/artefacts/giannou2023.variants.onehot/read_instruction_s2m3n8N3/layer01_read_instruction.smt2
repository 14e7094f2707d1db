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
 (let ((?x3252 (ite (= 2 cmd7.a) (- 1) (ite (= 3 cmd7.a) (- 1) 1))))
(let ((?x4328 (ite (= 2 cmd6.a) (- 1) (ite (= 3 cmd6.a) (- 1) 1))))
(let ((?x1653 (ite (= 2 cmd5.a) (- 1) (ite (= 3 cmd5.a) (- 1) 1))))
(let ((?x5034 (ite (= 5 pc) ?x1653 (ite (= 6 pc) ?x4328 ?x3252))))
(let ((?x488 (ite (= 2 slot.a) (- 1) (ite (= 3 slot.a) (- 1) 1))))
(let ((?x4651 (ite (= 0 slot_full) 0 ?x488)))
(let (($x3059 (= 0 (+ ?x4651 (* (- 1) ?x5034)))))
(not $x3059)))))))))
(check-sat)
(reset)
