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
 (let ((?x4115 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x1489 (ite (< 0 ?x4115) ?x4115 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x1764 (ite $x754 ?x1489 0)))
(let ((?x4514 (ite $x754 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x1489) 0)))
(let ((?x3536 (+ |mem1[0]| ?x4514 (* (- 1) ?x1764) (* (- 1) (ite $x754 |S_b[0]| |mem1[0]|)))))
(let (($x3218 (= 0 ?x3536)))
(not $x3218)))))))))
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
 (let ((?x3261 (* (- 1) |S_b[0]|)))
(let ((?x1311 (+ |mem2[0]| ?x3261)))
(let ((?x4432 (ite (< 0 ?x1311) ?x1311 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x3377 (ite $x754 0 ?x4432)))
(let ((?x1843 (ite $x754 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x4432))))
(let ((?x5502 (+ |mem2[0]| ?x1843 (* (- 1) ?x3377) (* (- 1) (ite $x754 |mem2[0]| |S_b[0]|)))))
(let (($x3307 (= 0 ?x5502)))
(not $x3307))))))))))
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
 (let ((?x2209 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x1899 (ite (< 0 ?x2209) ?x2209 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x5492 (ite $x754 ?x1899 0)))
(let ((?x2955 (ite $x754 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x1899) 0)))
(let ((?x2431 (+ |mem1[1]| ?x2955 (* (- 1) ?x5492) (* (- 1) (ite $x754 |S_b[1]| |mem1[1]|)))))
(let (($x4664 (= 0 ?x2431)))
(not $x4664)))))))))
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
 (let ((?x4570 (* (- 1) |S_b[1]|)))
(let ((?x5596 (+ |mem2[1]| ?x4570)))
(let ((?x4641 (ite (< 0 ?x5596) ?x5596 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x5228 (ite $x754 0 ?x4641)))
(let ((?x4015 (ite $x754 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x4641))))
(let ((?x2923 (+ |mem2[1]| ?x4015 (* (- 1) ?x5228) (* (- 1) (ite $x754 |mem2[1]| |S_b[1]|)))))
(let (($x5582 (= 0 ?x2923)))
(not $x5582))))))))))
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
 (let ((?x3353 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x2932 (ite (< 0 ?x3353) ?x3353 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x4374 (ite $x754 ?x2932 0)))
(let ((?x2710 (ite $x754 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x2932) 0)))
(let ((?x999 (+ |mem1[2]| ?x2710 (* (- 1) ?x4374) (* (- 1) (ite $x754 |S_b[2]| |mem1[2]|)))))
(let (($x1260 (= 0 ?x999)))
(not $x1260)))))))))
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
 (let ((?x4853 (* (- 1) |S_b[2]|)))
(let ((?x5083 (+ |mem2[2]| ?x4853)))
(let ((?x2157 (ite (< 0 ?x5083) ?x5083 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x5505 (ite $x754 0 ?x2157)))
(let ((?x5248 (ite $x754 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x2157))))
(let ((?x4562 (+ |mem2[2]| ?x5248 (* (- 1) ?x5505) (* (- 1) (ite $x754 |mem2[2]| |S_b[2]|)))))
(let (($x596 (= 0 ?x4562)))
(not $x596))))))))))
(check-sat)
(reset)
; write: M[3] at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4303 (+ |mem1[3]| (* (- 1) |S_b[3]|))))
(let ((?x1343 (ite (< 0 ?x4303) ?x4303 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x1255 (ite $x754 ?x1343 0)))
(let ((?x500 (ite $x754 (+ (* (- 1) |mem1[3]|) |S_b[3]| ?x1343) 0)))
(let ((?x534 (+ |mem1[3]| ?x500 (* (- 1) ?x1255) (* (- 1) (ite $x754 |S_b[3]| |mem1[3]|)))))
(let (($x5276 (= 0 ?x534)))
(not $x5276)))))))))
(check-sat)
(reset)
; write: M[3] at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1182 (* (- 1) |S_b[3]|)))
(let ((?x3812 (+ |mem2[3]| ?x1182)))
(let ((?x1697 (ite (< 0 ?x3812) ?x3812 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x4611 (ite $x754 0 ?x1697)))
(let ((?x2019 (ite $x754 0 (+ (* (- 1) |mem2[3]|) |S_b[3]| ?x1697))))
(let ((?x310 (+ |mem2[3]| ?x2019 (* (- 1) ?x4611) (* (- 1) (ite $x754 |mem2[3]| |S_b[3]|)))))
(let (($x3841 (= 0 ?x310)))
(not $x3841))))))))))
(check-sat)
(reset)
; write: M[4] at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2935 (+ |mem1[4]| (* (- 1) |S_b[4]|))))
(let ((?x1187 (ite (< 0 ?x2935) ?x2935 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x1609 (ite $x754 ?x1187 0)))
(let ((?x4493 (ite $x754 (+ (* (- 1) |mem1[4]|) |S_b[4]| ?x1187) 0)))
(let ((?x4445 (+ |mem1[4]| ?x4493 (* (- 1) ?x1609) (* (- 1) (ite $x754 |S_b[4]| |mem1[4]|)))))
(let (($x1359 (= 0 ?x4445)))
(not $x1359)))))))))
(check-sat)
(reset)
; write: M[4] at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x598 (* (- 1) |S_b[4]|)))
(let ((?x684 (+ |mem2[4]| ?x598)))
(let ((?x2204 (ite (< 0 ?x684) ?x684 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x3760 (ite $x754 0 ?x2204)))
(let ((?x2437 (ite $x754 0 (+ (* (- 1) |mem2[4]|) |S_b[4]| ?x2204))))
(let ((?x590 (+ |mem2[4]| ?x2437 (* (- 1) ?x3760) (* (- 1) (ite $x754 |mem2[4]| |S_b[4]|)))))
(let (($x4494 (= 0 ?x590)))
(not $x4494))))))))))
(check-sat)
(reset)
; write: M[5] at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5630 (+ |mem1[5]| (* (- 1) |S_b[5]|))))
(let ((?x632 (ite (< 0 ?x5630) ?x5630 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x5427 (ite $x754 ?x632 0)))
(let ((?x2664 (ite $x754 (+ (* (- 1) |mem1[5]|) |S_b[5]| ?x632) 0)))
(let ((?x5149 (+ |mem1[5]| ?x2664 (* (- 1) ?x5427) (* (- 1) (ite $x754 |S_b[5]| |mem1[5]|)))))
(let (($x5114 (= 0 ?x5149)))
(not $x5114)))))))))
(check-sat)
(reset)
; write: M[5] at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3284 (* (- 1) |S_b[5]|)))
(let ((?x102 (+ |mem2[5]| ?x3284)))
(let ((?x2109 (ite (< 0 ?x102) ?x102 0)))
(let (($x754 (= 1 slot.b)))
(let ((?x1915 (ite $x754 0 ?x2109)))
(let ((?x4642 (ite $x754 0 (+ (* (- 1) |mem2[5]|) |S_b[5]| ?x2109))))
(let ((?x5048 (+ |mem2[5]| ?x4642 (* (- 1) ?x1915) (* (- 1) (ite $x754 |mem2[5]| |S_b[5]|)))))
(let (($x610 (= 0 ?x5048)))
(not $x610))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (34, 0) (proved)
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
 (let ((?x1402 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2467 (ite (< 0 ?x1402) ?x1402 0)))
(let ((?x3261 (* (- 1) |S_b[0]|)))
(let ((?x2626 (* (- 1) |mem2[0]|)))
(let ((?x4779 (+ |mem1[0]| |S_b[0]|)))
(let ((?x4517 (ite (< 0 ?x4779) ?x4779 0)))
(let ((?x3428 (* (- 1) |mem1[0]|)))
(let (($x754 (= 1 slot.b)))
(let ((?x472 (ite $x754 (+ ?x3428 ?x3261 ?x4517) (+ ?x2626 ?x3261 ?x2467))))
(let ((?x3905 (ite $x754 ?x4779 ?x1402)))
(let (($x2670 (= 0 (+ ?x3905 (* (- 1) (ite $x754 ?x4517 ?x2467)) ?x472))))
(not $x2670)))))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (34, 1) (proved)
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
 (let ((?x4779 (+ |mem1[0]| |S_b[0]|)))
(let ((?x4517 (ite (< 0 ?x4779) ?x4779 0)))
(let ((?x3261 (* (- 1) |S_b[0]|)))
(let ((?x3428 (* (- 1) |mem1[0]|)))
(let ((?x3411 (+ ?x3428 ?x3261 ?x4517)))
(let (($x754 (= 1 slot.b)))
(let ((?x581 (ite $x754 ?x3411 (+ 1 ?x3428))))
(let ((?x1589 (ite $x754 ?x4779 (* 2 |mem1[0]|))))
(let (($x1772 (= 0 (+ ?x1589 (* (- 1) (ite $x754 ?x4517 (+ 1 |mem1[0]|))) ?x581))))
(not $x1772)))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (34, 2) (proved)
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
 (let ((?x1402 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2467 (ite (< 0 ?x1402) ?x1402 0)))
(let ((?x3261 (* (- 1) |S_b[0]|)))
(let ((?x2626 (* (- 1) |mem2[0]|)))
(let ((?x4042 (+ ?x2626 ?x3261 ?x2467)))
(let (($x754 (= 1 slot.b)))
(let ((?x924 (ite $x754 (+ 1 ?x2626) ?x4042)))
(let ((?x3755 (ite $x754 (* 2 |mem2[0]|) ?x1402)))
(let (($x460 (= 0 (+ ?x3755 (* (- 1) (ite $x754 (+ 1 |mem2[0]|) ?x2467)) ?x924))))
(not $x460)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (35, 0) (proved)
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
 (let ((?x2702 (+ |mem2[1]| |S_b[1]|)))
(let ((?x214 (ite (< 0 ?x2702) ?x2702 0)))
(let ((?x4570 (* (- 1) |S_b[1]|)))
(let ((?x410 (* (- 1) |mem2[1]|)))
(let ((?x1292 (+ |mem1[1]| |S_b[1]|)))
(let ((?x4865 (ite (< 0 ?x1292) ?x1292 0)))
(let ((?x3260 (* (- 1) |mem1[1]|)))
(let (($x754 (= 1 slot.b)))
(let ((?x524 (ite $x754 (+ ?x3260 ?x4570 ?x4865) (+ ?x410 ?x4570 ?x214))))
(let ((?x4065 (ite $x754 ?x1292 ?x2702)))
(let (($x5589 (= 0 (+ ?x4065 (* (- 1) (ite $x754 ?x4865 ?x214)) ?x524))))
(not $x5589)))))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (35, 1) (proved)
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
 (let ((?x1292 (+ |mem1[1]| |S_b[1]|)))
(let ((?x4865 (ite (< 0 ?x1292) ?x1292 0)))
(let ((?x4570 (* (- 1) |S_b[1]|)))
(let ((?x3260 (* (- 1) |mem1[1]|)))
(let ((?x4221 (+ ?x3260 ?x4570 ?x4865)))
(let (($x754 (= 1 slot.b)))
(let ((?x3964 (ite $x754 ?x4221 (+ 1 ?x3260))))
(let ((?x681 (ite $x754 ?x1292 (* 2 |mem1[1]|))))
(let (($x4392 (= 0 (+ ?x681 (* (- 1) (ite $x754 ?x4865 (+ 1 |mem1[1]|))) ?x3964))))
(not $x4392)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (35, 2) (proved)
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
 (let ((?x2702 (+ |mem2[1]| |S_b[1]|)))
(let ((?x214 (ite (< 0 ?x2702) ?x2702 0)))
(let ((?x4570 (* (- 1) |S_b[1]|)))
(let ((?x410 (* (- 1) |mem2[1]|)))
(let ((?x2386 (+ ?x410 ?x4570 ?x214)))
(let (($x754 (= 1 slot.b)))
(let ((?x4747 (ite $x754 (+ 1 ?x410) ?x2386)))
(let ((?x2765 (ite $x754 (* 2 |mem2[1]|) ?x2702)))
(let (($x945 (= 0 (+ ?x2765 (* (- 1) (ite $x754 (+ 1 |mem2[1]|) ?x214)) ?x4747))))
(not $x945)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (36, 0) (proved)
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
 (let ((?x971 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4233 (ite (< 0 ?x971) ?x971 0)))
(let ((?x4853 (* (- 1) |S_b[2]|)))
(let ((?x4315 (* (- 1) |mem2[2]|)))
(let ((?x459 (+ |mem1[2]| |S_b[2]|)))
(let ((?x4878 (ite (< 0 ?x459) ?x459 0)))
(let ((?x133 (* (- 1) |mem1[2]|)))
(let (($x754 (= 1 slot.b)))
(let ((?x3521 (ite $x754 (+ ?x133 ?x4853 ?x4878) (+ ?x4315 ?x4853 ?x4233))))
(let ((?x4180 (ite $x754 ?x459 ?x971)))
(let (($x770 (= 0 (+ ?x4180 (* (- 1) (ite $x754 ?x4878 ?x4233)) ?x3521))))
(not $x770)))))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (36, 1) (proved)
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
 (let ((?x459 (+ |mem1[2]| |S_b[2]|)))
(let ((?x4878 (ite (< 0 ?x459) ?x459 0)))
(let ((?x4853 (* (- 1) |S_b[2]|)))
(let ((?x133 (* (- 1) |mem1[2]|)))
(let ((?x335 (+ ?x133 ?x4853 ?x4878)))
(let (($x754 (= 1 slot.b)))
(let ((?x5586 (ite $x754 ?x335 (+ 1 ?x133))))
(let ((?x4967 (ite $x754 ?x459 (* 2 |mem1[2]|))))
(let (($x646 (= 0 (+ ?x4967 (* (- 1) (ite $x754 ?x4878 (+ 1 |mem1[2]|))) ?x5586))))
(not $x646)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (36, 2) (proved)
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
 (let ((?x971 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4233 (ite (< 0 ?x971) ?x971 0)))
(let ((?x4853 (* (- 1) |S_b[2]|)))
(let ((?x4315 (* (- 1) |mem2[2]|)))
(let ((?x626 (+ ?x4315 ?x4853 ?x4233)))
(let (($x754 (= 1 slot.b)))
(let ((?x2552 (ite $x754 (+ 1 ?x4315) ?x626)))
(let ((?x5311 (ite $x754 (* 2 |mem2[2]|) ?x971)))
(let (($x503 (= 0 (+ ?x5311 (* (- 1) (ite $x754 (+ 1 |mem2[2]|) ?x4233)) ?x2552))))
(not $x503)))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (37, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x706 (+ |mem2[3]| |S_b[3]|)))
(let ((?x4534 (ite (< 0 ?x706) ?x706 0)))
(let ((?x1182 (* (- 1) |S_b[3]|)))
(let ((?x1452 (* (- 1) |mem2[3]|)))
(let ((?x376 (+ |mem1[3]| |S_b[3]|)))
(let ((?x4968 (ite (< 0 ?x376) ?x376 0)))
(let ((?x1294 (* (- 1) |mem1[3]|)))
(let (($x754 (= 1 slot.b)))
(let ((?x5224 (ite $x754 (+ ?x1294 ?x1182 ?x4968) (+ ?x1452 ?x1182 ?x4534))))
(let ((?x480 (ite $x754 ?x376 ?x706)))
(let (($x219 (= 0 (+ ?x480 (* (- 1) (ite $x754 ?x4968 ?x4534)) ?x5224))))
(not $x219)))))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (37, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x376 (+ |mem1[3]| |S_b[3]|)))
(let ((?x4968 (ite (< 0 ?x376) ?x376 0)))
(let ((?x1182 (* (- 1) |S_b[3]|)))
(let ((?x1294 (* (- 1) |mem1[3]|)))
(let ((?x3713 (+ ?x1294 ?x1182 ?x4968)))
(let (($x754 (= 1 slot.b)))
(let ((?x5038 (ite $x754 ?x3713 (+ 1 ?x1294))))
(let ((?x3467 (ite $x754 ?x376 (* 2 |mem1[3]|))))
(let (($x3675 (= 0 (+ ?x3467 (* (- 1) (ite $x754 ?x4968 (+ 1 |mem1[3]|))) ?x5038))))
(not $x3675)))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (37, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x706 (+ |mem2[3]| |S_b[3]|)))
(let ((?x4534 (ite (< 0 ?x706) ?x706 0)))
(let ((?x1182 (* (- 1) |S_b[3]|)))
(let ((?x1452 (* (- 1) |mem2[3]|)))
(let ((?x1103 (+ ?x1452 ?x1182 ?x4534)))
(let (($x754 (= 1 slot.b)))
(let ((?x3895 (ite $x754 (+ 1 ?x1452) ?x1103)))
(let ((?x3067 (ite $x754 (* 2 |mem2[3]|) ?x706)))
(let (($x2214 (= 0 (+ ?x3067 (* (- 1) (ite $x754 (+ 1 |mem2[3]|) ?x4534)) ?x3895))))
(not $x2214)))))))))))
(check-sat)
(reset)
; write: B.B1[4] at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5016 (+ |mem2[4]| |S_b[4]|)))
(let ((?x1882 (ite (< 0 ?x5016) ?x5016 0)))
(let ((?x598 (* (- 1) |S_b[4]|)))
(let ((?x438 (* (- 1) |mem2[4]|)))
(let ((?x2289 (+ |mem1[4]| |S_b[4]|)))
(let ((?x5164 (ite (< 0 ?x2289) ?x2289 0)))
(let ((?x4620 (* (- 1) |mem1[4]|)))
(let (($x754 (= 1 slot.b)))
(let ((?x5558 (ite $x754 (+ ?x4620 ?x598 ?x5164) (+ ?x438 ?x598 ?x1882))))
(let ((?x1566 (ite $x754 ?x2289 ?x5016)))
(let (($x4761 (= 0 (+ ?x1566 (* (- 1) (ite $x754 ?x5164 ?x1882)) ?x5558))))
(not $x4761)))))))))))))
(check-sat)
(reset)
; write: B.B1[4] at (38, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2289 (+ |mem1[4]| |S_b[4]|)))
(let ((?x5164 (ite (< 0 ?x2289) ?x2289 0)))
(let ((?x598 (* (- 1) |S_b[4]|)))
(let ((?x4620 (* (- 1) |mem1[4]|)))
(let ((?x5393 (+ ?x4620 ?x598 ?x5164)))
(let (($x754 (= 1 slot.b)))
(let ((?x3613 (ite $x754 ?x5393 (+ 1 ?x4620))))
(let ((?x1892 (ite $x754 ?x2289 (* 2 |mem1[4]|))))
(let (($x2950 (= 0 (+ ?x1892 (* (- 1) (ite $x754 ?x5164 (+ 1 |mem1[4]|))) ?x3613))))
(not $x2950)))))))))))
(check-sat)
(reset)
; write: B.B1[4] at (38, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5016 (+ |mem2[4]| |S_b[4]|)))
(let ((?x1882 (ite (< 0 ?x5016) ?x5016 0)))
(let ((?x598 (* (- 1) |S_b[4]|)))
(let ((?x438 (* (- 1) |mem2[4]|)))
(let ((?x2993 (+ ?x438 ?x598 ?x1882)))
(let (($x754 (= 1 slot.b)))
(let ((?x4837 (ite $x754 (+ 1 ?x438) ?x2993)))
(let ((?x2235 (ite $x754 (* 2 |mem2[4]|) ?x5016)))
(let (($x5093 (= 0 (+ ?x2235 (* (- 1) (ite $x754 (+ 1 |mem2[4]|) ?x1882)) ?x4837))))
(not $x5093)))))))))))
(check-sat)
(reset)
; write: B.B1[5] at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1412 (+ |mem2[5]| |S_b[5]|)))
(let ((?x2052 (ite (< 0 ?x1412) ?x1412 0)))
(let ((?x3284 (* (- 1) |S_b[5]|)))
(let ((?x4978 (* (- 1) |mem2[5]|)))
(let ((?x3529 (+ |mem1[5]| |S_b[5]|)))
(let ((?x2299 (ite (< 0 ?x3529) ?x3529 0)))
(let ((?x4291 (* (- 1) |mem1[5]|)))
(let (($x754 (= 1 slot.b)))
(let ((?x5024 (ite $x754 (+ ?x4291 ?x3284 ?x2299) (+ ?x4978 ?x3284 ?x2052))))
(let ((?x362 (ite $x754 ?x3529 ?x1412)))
(let (($x5648 (= 0 (+ ?x362 (* (- 1) (ite $x754 ?x2299 ?x2052)) ?x5024))))
(not $x5648)))))))))))))
(check-sat)
(reset)
; write: B.B1[5] at (39, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3529 (+ |mem1[5]| |S_b[5]|)))
(let ((?x2299 (ite (< 0 ?x3529) ?x3529 0)))
(let ((?x3284 (* (- 1) |S_b[5]|)))
(let ((?x4291 (* (- 1) |mem1[5]|)))
(let ((?x3961 (+ ?x4291 ?x3284 ?x2299)))
(let (($x754 (= 1 slot.b)))
(let ((?x1470 (ite $x754 ?x3961 (+ 1 ?x4291))))
(let ((?x492 (ite $x754 ?x3529 (* 2 |mem1[5]|))))
(let (($x2368 (= 0 (+ ?x492 (* (- 1) (ite $x754 ?x2299 (+ 1 |mem1[5]|))) ?x1470))))
(not $x2368)))))))))))
(check-sat)
(reset)
; write: B.B1[5] at (39, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1412 (+ |mem2[5]| |S_b[5]|)))
(let ((?x2052 (ite (< 0 ?x1412) ?x1412 0)))
(let ((?x3284 (* (- 1) |S_b[5]|)))
(let ((?x4978 (* (- 1) |mem2[5]|)))
(let ((?x4838 (+ ?x4978 ?x3284 ?x2052)))
(let (($x754 (= 1 slot.b)))
(let ((?x5475 (ite $x754 (+ 1 ?x4978) ?x4838)))
(let ((?x224 (ite $x754 (* 2 |mem2[5]|) ?x1412)))
(let (($x1430 (= 0 (+ ?x224 (* (- 1) (ite $x754 (+ 1 |mem2[5]|) ?x2052)) ?x5475))))
(not $x1430)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x955 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1433 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x381 (and $x1433 $x955)))
(let (($x4035 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3150 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2081 (and $x3150 $x4035)))
(let (($x1930 (or $x2081 $x381)))
(not $x1930)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3738 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1742 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4301 (and $x1742 $x3738)))
(let (($x2646 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2312 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3462 (and $x2312 $x2646)))
(let (($x2055 (or $x3462 $x4301)))
(not $x2055)))))))))
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
 (let (($x699 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x3660 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x4400 (or $x3660 $x699)))
(not $x4400)))))
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
 (let (($x1208 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x1858 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x1467 (or $x1858 $x1208)))
(not $x1467)))))
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
 (let (($x5629 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x64 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x3649 (or $x64 $x5629)))
(not $x3649)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3962 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x551 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x3280 (or $x551 $x3962)))
(not $x3280)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x205 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x4209 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x2852 (or $x4209 $x205)))
(not $x2852)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4795 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[5]| |mem1[5]|)))))
(let (($x1960 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[5]| |mem1[5]|)))))
(let (($x1883 (or $x1960 $x4795)))
(not $x1883)))))
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
 (let (($x2617 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x409 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x1993 (or $x409 $x2617)))
(not $x1993)))))
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
 (let (($x5215 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x2807 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x4828 (or $x2807 $x5215)))
(not $x4828)))))
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
 (let (($x2539 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x1860 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x347 (or $x1860 $x2539)))
(not $x347)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x206 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x4950 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x2864 (or $x4950 $x206)))
(not $x2864)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5593 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x2346 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x5061 (or $x2346 $x5593)))
(not $x5061)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1648 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[5]| |S_b[5]|)))))
(let (($x2074 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[5]| |S_b[5]|)))))
(let (($x833 (or $x2074 $x1648)))
(not $x833)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3920 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3792 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5647 (and $x3792 $x3920)))
(let (($x2603 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4004 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1944 (and $x4004 $x2603)))
(let (($x4141 (or $x1944 $x5647)))
(not $x4141)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1126 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4909 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x422 (and $x4909 $x1126)))
(let (($x2488 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3087 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3227 (and $x3087 $x2488)))
(let (($x4679 (or $x3227 $x422)))
(not $x4679)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x138 (= 0 (+ 1 |S_b[0]|))))
(let (($x889 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x1124 (or $x889 $x138)))
(not $x1124)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x4850 (= 0 (+ 1 |S_b[1]|))))
(let (($x4639 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x1917 (or $x4639 $x4850)))
(not $x1917)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x3692 (= 0 (+ 1 |S_b[2]|))))
(let (($x3233 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x3346 (or $x3233 $x3692)))
(not $x3346)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x5135 (= 0 (+ 1 |S_b[3]|))))
(let (($x4128 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x1868 (or $x4128 $x5135)))
(not $x1868)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x1046 (= 0 (+ 1 |S_b[4]|))))
(let (($x4116 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x4961 (or $x4116 $x1046)))
(not $x4961)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x535 (= 0 (+ 1 |S_b[5]|))))
(let (($x2986 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x1392 (or $x2986 $x535)))
(not $x1392)))))
(check-sat)
(reset)
