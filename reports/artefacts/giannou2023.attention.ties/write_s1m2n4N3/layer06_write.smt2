; write: M[0] at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3029 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x2678 (ite (< 0 ?x3029) ?x3029 0)))
(let (($x1386 (= 1 slot.b)))
(let ((?x5827 (ite $x1386 ?x2678 0)))
(let ((?x611 (ite $x1386 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x2678) 0)))
(let ((?x5092 (+ |mem1[0]| ?x611 (* (- 1) ?x5827) (* (- 1) (ite $x1386 |S_b[0]| |mem1[0]|)))))
(let (($x161 (= 0 ?x5092)))
(not $x161)))))))))
(check-sat)
(reset)
; write: M[0] at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6573 (* (- 1) |S_b[0]|)))
(let ((?x2579 (+ |mem2[0]| ?x6573)))
(let ((?x520 (ite (< 0 ?x2579) ?x2579 0)))
(let (($x1386 (= 1 slot.b)))
(let ((?x4745 (ite $x1386 0 ?x520)))
(let ((?x2225 (ite $x1386 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x520))))
(let ((?x5398 (+ |mem2[0]| ?x2225 (* (- 1) ?x4745) (* (- 1) (ite $x1386 |mem2[0]| |S_b[0]|)))))
(let (($x3845 (= 0 ?x5398)))
(not $x3845))))))))))
(check-sat)
(reset)
; write: M[1] at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x615 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x6914 (ite (< 0 ?x615) ?x615 0)))
(let (($x1386 (= 1 slot.b)))
(let ((?x2671 (ite $x1386 ?x6914 0)))
(let ((?x52 (ite $x1386 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x6914) 0)))
(let ((?x1191 (+ |mem1[1]| ?x52 (* (- 1) ?x2671) (* (- 1) (ite $x1386 |S_b[1]| |mem1[1]|)))))
(let (($x5594 (= 0 ?x1191)))
(not $x5594)))))))))
(check-sat)
(reset)
; write: M[1] at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x969 (* (- 1) |S_b[1]|)))
(let ((?x4327 (+ |mem2[1]| ?x969)))
(let ((?x4449 (ite (< 0 ?x4327) ?x4327 0)))
(let (($x1386 (= 1 slot.b)))
(let ((?x4499 (ite $x1386 0 ?x4449)))
(let ((?x6793 (ite $x1386 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x4449))))
(let ((?x356 (+ |mem2[1]| ?x6793 (* (- 1) ?x4499) (* (- 1) (ite $x1386 |mem2[1]| |S_b[1]|)))))
(let (($x2515 (= 0 ?x356)))
(not $x2515))))))))))
(check-sat)
(reset)
; write: M[2] at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3575 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x4916 (ite (< 0 ?x3575) ?x3575 0)))
(let (($x1386 (= 1 slot.b)))
(let ((?x3778 (ite $x1386 ?x4916 0)))
(let ((?x2309 (ite $x1386 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x4916) 0)))
(let ((?x3396 (+ |mem1[2]| ?x2309 (* (- 1) ?x3778) (* (- 1) (ite $x1386 |S_b[2]| |mem1[2]|)))))
(let (($x2888 (= 0 ?x3396)))
(not $x2888)))))))))
(check-sat)
(reset)
; write: M[2] at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x489 (* (- 1) |S_b[2]|)))
(let ((?x2252 (+ |mem2[2]| ?x489)))
(let ((?x5358 (ite (< 0 ?x2252) ?x2252 0)))
(let (($x1386 (= 1 slot.b)))
(let ((?x5263 (ite $x1386 0 ?x5358)))
(let ((?x1949 (ite $x1386 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x5358))))
(let ((?x298 (+ |mem2[2]| ?x1949 (* (- 1) ?x5263) (* (- 1) (ite $x1386 |mem2[2]| |S_b[2]|)))))
(let (($x1693 (= 0 ?x298)))
(not $x1693))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5803 (+ |mem2[0]| |S_b[0]|)))
(let ((?x3502 (ite (< 0 ?x5803) ?x5803 0)))
(let ((?x6573 (* (- 1) |S_b[0]|)))
(let ((?x4462 (* (- 1) |mem2[0]|)))
(let ((?x920 (+ |mem1[0]| |S_b[0]|)))
(let ((?x6838 (ite (< 0 ?x920) ?x920 0)))
(let ((?x5679 (* (- 1) |mem1[0]|)))
(let (($x1386 (= 1 slot.b)))
(let ((?x3195 (ite $x1386 (+ ?x5679 ?x6573 ?x6838) (+ ?x4462 ?x6573 ?x3502))))
(let ((?x2178 (ite $x1386 ?x920 ?x5803)))
(let (($x431 (= 0 (+ ?x2178 (* (- 1) (ite $x1386 ?x6838 ?x3502)) ?x3195))))
(not $x431)))))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (25, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x920 (+ |mem1[0]| |S_b[0]|)))
(let ((?x6838 (ite (< 0 ?x920) ?x920 0)))
(let ((?x6573 (* (- 1) |S_b[0]|)))
(let ((?x5679 (* (- 1) |mem1[0]|)))
(let ((?x4351 (+ ?x5679 ?x6573 ?x6838)))
(let (($x1386 (= 1 slot.b)))
(let ((?x2208 (ite $x1386 ?x4351 (+ 1 ?x5679))))
(let ((?x453 (ite $x1386 ?x920 (* 2 |mem1[0]|))))
(let (($x6265 (= 0 (+ ?x453 (* (- 1) (ite $x1386 ?x6838 (+ 1 |mem1[0]|))) ?x2208))))
(not $x6265)))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (25, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5803 (+ |mem2[0]| |S_b[0]|)))
(let ((?x3502 (ite (< 0 ?x5803) ?x5803 0)))
(let ((?x6573 (* (- 1) |S_b[0]|)))
(let ((?x4462 (* (- 1) |mem2[0]|)))
(let ((?x651 (+ ?x4462 ?x6573 ?x3502)))
(let (($x1386 (= 1 slot.b)))
(let ((?x5593 (ite $x1386 (+ 1 ?x4462) ?x651)))
(let ((?x6027 (ite $x1386 (* 2 |mem2[0]|) ?x5803)))
(let (($x6316 (= 0 (+ ?x6027 (* (- 1) (ite $x1386 (+ 1 |mem2[0]|) ?x3502)) ?x5593))))
(not $x6316)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6453 (+ |mem2[1]| |S_b[1]|)))
(let ((?x3245 (ite (< 0 ?x6453) ?x6453 0)))
(let ((?x969 (* (- 1) |S_b[1]|)))
(let ((?x655 (* (- 1) |mem2[1]|)))
(let ((?x780 (+ |mem1[1]| |S_b[1]|)))
(let ((?x628 (ite (< 0 ?x780) ?x780 0)))
(let ((?x5212 (* (- 1) |mem1[1]|)))
(let (($x1386 (= 1 slot.b)))
(let ((?x1456 (ite $x1386 (+ ?x5212 ?x969 ?x628) (+ ?x655 ?x969 ?x3245))))
(let ((?x5099 (ite $x1386 ?x780 ?x6453)))
(let (($x1167 (= 0 (+ ?x5099 (* (- 1) (ite $x1386 ?x628 ?x3245)) ?x1456))))
(not $x1167)))))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (26, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x780 (+ |mem1[1]| |S_b[1]|)))
(let ((?x628 (ite (< 0 ?x780) ?x780 0)))
(let ((?x969 (* (- 1) |S_b[1]|)))
(let ((?x5212 (* (- 1) |mem1[1]|)))
(let ((?x7037 (+ ?x5212 ?x969 ?x628)))
(let (($x1386 (= 1 slot.b)))
(let ((?x1118 (ite $x1386 ?x7037 (+ 1 ?x5212))))
(let ((?x3138 (ite $x1386 ?x780 (* 2 |mem1[1]|))))
(let (($x5991 (= 0 (+ ?x3138 (* (- 1) (ite $x1386 ?x628 (+ 1 |mem1[1]|))) ?x1118))))
(not $x5991)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (26, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6453 (+ |mem2[1]| |S_b[1]|)))
(let ((?x3245 (ite (< 0 ?x6453) ?x6453 0)))
(let ((?x969 (* (- 1) |S_b[1]|)))
(let ((?x655 (* (- 1) |mem2[1]|)))
(let ((?x1653 (+ ?x655 ?x969 ?x3245)))
(let (($x1386 (= 1 slot.b)))
(let ((?x347 (ite $x1386 (+ 1 ?x655) ?x1653)))
(let ((?x5660 (ite $x1386 (* 2 |mem2[1]|) ?x6453)))
(let (($x108 (= 0 (+ ?x5660 (* (- 1) (ite $x1386 (+ 1 |mem2[1]|) ?x3245)) ?x347))))
(not $x108)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x956 (+ |mem2[2]| |S_b[2]|)))
(let ((?x5470 (ite (< 0 ?x956) ?x956 0)))
(let ((?x489 (* (- 1) |S_b[2]|)))
(let ((?x2055 (* (- 1) |mem2[2]|)))
(let ((?x2234 (+ |mem1[2]| |S_b[2]|)))
(let ((?x803 (ite (< 0 ?x2234) ?x2234 0)))
(let ((?x6709 (* (- 1) |mem1[2]|)))
(let (($x1386 (= 1 slot.b)))
(let ((?x406 (ite $x1386 (+ ?x6709 ?x489 ?x803) (+ ?x2055 ?x489 ?x5470))))
(let ((?x601 (ite $x1386 ?x2234 ?x956)))
(let (($x2039 (= 0 (+ ?x601 (* (- 1) (ite $x1386 ?x803 ?x5470)) ?x406))))
(not $x2039)))))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (27, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2234 (+ |mem1[2]| |S_b[2]|)))
(let ((?x803 (ite (< 0 ?x2234) ?x2234 0)))
(let ((?x489 (* (- 1) |S_b[2]|)))
(let ((?x6709 (* (- 1) |mem1[2]|)))
(let ((?x1606 (+ ?x6709 ?x489 ?x803)))
(let (($x1386 (= 1 slot.b)))
(let ((?x6389 (ite $x1386 ?x1606 (+ 1 ?x6709))))
(let ((?x2702 (ite $x1386 ?x2234 (* 2 |mem1[2]|))))
(let (($x427 (= 0 (+ ?x2702 (* (- 1) (ite $x1386 ?x803 (+ 1 |mem1[2]|))) ?x6389))))
(not $x427)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (27, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x956 (+ |mem2[2]| |S_b[2]|)))
(let ((?x5470 (ite (< 0 ?x956) ?x956 0)))
(let ((?x489 (* (- 1) |S_b[2]|)))
(let ((?x2055 (* (- 1) |mem2[2]|)))
(let ((?x3287 (+ ?x2055 ?x489 ?x5470)))
(let (($x1386 (= 1 slot.b)))
(let ((?x1812 (ite $x1386 (+ 1 ?x2055) ?x3287)))
(let ((?x1096 (ite $x1386 (* 2 |mem2[2]|) ?x956)))
(let (($x3989 (= 0 (+ ?x1096 (* (- 1) (ite $x1386 (+ 1 |mem2[2]|) ?x5470)) ?x1812))))
(not $x3989)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x397 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4198 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6216 (and $x4198 $x397)))
(let (($x3257 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4134 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x382 (and $x4134 $x3257)))
(let (($x645 (or $x382 $x6216)))
(not $x645)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x6912 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x270 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1721 (and $x270 $x6912)))
(let (($x2417 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3209 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6787 (and $x3209 $x2417)))
(let (($x5885 (or $x6787 $x1721)))
(not $x5885)))))))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3274 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x962 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x4291 (or $x962 $x3274)))
(not $x4291)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4630 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x4124 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x3954 (or $x4124 $x4630)))
(not $x3954)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1845 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x3417 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x1338 (or $x3417 $x1845)))
(not $x1338)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5969 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x904 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x1630 (or $x904 $x5969)))
(not $x1630)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x222 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x6649 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x1460 (or $x6649 $x222)))
(not $x1460)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3025 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x3734 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x5239 (or $x3734 $x3025)))
(not $x5239)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5238 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6864 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3715 (and $x6864 $x5238)))
(let (($x6992 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4493 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4971 (and $x4493 $x6992)))
(let (($x2337 (or $x4971 $x3715)))
(not $x2337)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4059 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3045 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x200 (and $x3045 $x4059)))
(let (($x1668 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x261 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4948 (and $x261 $x1668)))
(let (($x5548 (or $x4948 $x200)))
(not $x5548)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x4667 (= 0 (+ 1 |S_b[0]|))))
(let (($x1813 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x1935 (or $x1813 $x4667)))
(not $x1935)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x5100 (= 0 (+ 1 |S_b[1]|))))
(let (($x3238 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x3056 (or $x3238 $x5100)))
(not $x3056)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x3089 (= 0 (+ 1 |S_b[2]|))))
(let (($x1670 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x4111 (or $x1670 $x3089)))
(not $x4111)))))
(check-sat)
(reset)
