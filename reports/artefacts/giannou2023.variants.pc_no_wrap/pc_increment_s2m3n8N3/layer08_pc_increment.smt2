; pc_increment: PC[0] at (27, 0) (refuted)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun pc () Int)
(assert
 (let (($x3529 (<= pc 7)))
 (let (($x1498 (>= pc 5)))
 (and $x1498 $x3529))))
(assert
 (let (($x1947 (= 5 pc)))
(let ((?x860 (ite $x1947 1 (ite (= 6 pc) (- 1) 1))))
(let ((?x4315 (+ 13 ?x860 (* 2 (ite $x1947 7 (ite (= 6 pc) 1 1))))))
(let ((?x3703 (mod (div (div ?x4315 2) 4) 2)))
(let (($x1562 (= 0 (+ (- 1) ?x3703))))
(not $x1562)))))))
(check-sat)
(reset)
