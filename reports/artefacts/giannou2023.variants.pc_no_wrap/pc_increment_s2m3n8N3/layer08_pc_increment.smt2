; pc_increment: PC[0] at (27, 0) (refuted)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun pc () Int)
(assert
 (let (($x1505 (<= pc 7)))
 (let (($x3609 (>= pc 5)))
 (and $x3609 $x1505))))
(assert
 (let (($x4488 (= pc 5)))
(let ((?x4069 (ite $x4488 1 (ite (= pc 6) (- 1) 1))))
(let ((?x3385 (+ 13 ?x4069 (* 2 (ite $x4488 7 (ite (= pc 6) 1 1))))))
(let ((?x785 (mod (div (div ?x3385 2) 4) 2)))
(let (($x4174 (= (+ (- 1) ?x785) 0)))
(not $x4174)))))))
(check-sat)
(reset)
