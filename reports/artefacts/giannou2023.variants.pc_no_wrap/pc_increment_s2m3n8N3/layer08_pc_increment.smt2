; pc_increment: PC[0] at (27, 0) (refuted)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun pc () Int)
(assert
 (and (>= pc 5) (<= pc 7)))
(assert
 (let (($x615 (= 5 pc)))
(let ((?x1870 (ite $x615 1 (ite (= 6 pc) (- 1) 1))))
(let ((?x800 (+ 13 ?x1870 (* 2 (ite $x615 7 (ite (= 6 pc) 1 1))))))
(let ((?x6039 (mod (div (div ?x800 2) 4) 2)))
(let (($x5774 (= 0 (+ (- 1) ?x6039))))
(not $x5774)))))))
(check-sat)
(reset)
