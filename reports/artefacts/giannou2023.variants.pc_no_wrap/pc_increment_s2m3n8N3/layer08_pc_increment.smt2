; pc_increment: PC[0] at (27, 0) (refuted)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun pc () Int)
(assert
 (and (>= pc 5) (<= pc 7)))
(assert
 (let (($x3727 (= 5 pc)))
(let ((?x2669 (ite $x3727 1 (ite (= 6 pc) (- 1) 1))))
(let ((?x3319 (+ 13 ?x2669 (* 2 (ite $x3727 7 (ite (= 6 pc) 1 1))))))
(let ((?x2917 (mod (div (div ?x3319 2) 4) 2)))
(let (($x3037 (= 0 (+ (- 1) ?x2917))))
(not $x3037)))))))
(check-sat)
(reset)
