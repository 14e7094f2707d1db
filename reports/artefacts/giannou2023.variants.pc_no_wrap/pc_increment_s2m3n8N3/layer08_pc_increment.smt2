; pc_increment: PC[0] at (27, 0) (refuted)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun pc () Int)
(assert
 (and (>= pc 5) (<= pc 7)))
(assert
 (let (($x487 (= 5 pc)))
(let ((?x1202 (ite $x487 1 (ite (= 6 pc) (- 1) 1))))
(let ((?x2178 (+ 13 ?x1202 (* 2 (ite $x487 7 (ite (= 6 pc) 1 1))))))
(let ((?x3876 (mod (div (div ?x2178 2) 4) 2)))
(let (($x6541 (= 0 (+ (- 1) ?x3876))))
(not $x6541)))))))
(check-sat)
(reset)
