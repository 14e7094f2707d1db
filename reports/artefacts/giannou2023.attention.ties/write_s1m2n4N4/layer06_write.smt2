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
 (let ((?x2691 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x4077 (ite (< 0 ?x2691) ?x2691 0)))
(let (($x194 (= 1 slot.b)))
(let ((?x679 (ite $x194 ?x4077 0)))
(let ((?x3185 (ite $x194 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x4077) 0)))
(let ((?x783 (+ |mem1[0]| ?x3185 (* (- 1) ?x679) (* (- 1) (ite $x194 |S_b[0]| |mem1[0]|)))))
(let (($x1740 (= 0 ?x783)))
(not $x1740)))))))))
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
 (let ((?x1831 (* (- 1) |S_b[0]|)))
(let ((?x1052 (+ |mem2[0]| ?x1831)))
(let ((?x5267 (ite (< 0 ?x1052) ?x1052 0)))
(let (($x194 (= 1 slot.b)))
(let ((?x721 (ite $x194 0 ?x5267)))
(let ((?x3590 (ite $x194 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x5267))))
(let ((?x297 (+ |mem2[0]| ?x3590 (* (- 1) ?x721) (* (- 1) (ite $x194 |mem2[0]| |S_b[0]|)))))
(let (($x2393 (= 0 ?x297)))
(not $x2393))))))))))
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
 (let ((?x699 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x4167 (ite (< 0 ?x699) ?x699 0)))
(let (($x194 (= 1 slot.b)))
(let ((?x4058 (ite $x194 ?x4167 0)))
(let ((?x4639 (ite $x194 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x4167) 0)))
(let ((?x2452 (+ |mem1[1]| ?x4639 (* (- 1) ?x4058) (* (- 1) (ite $x194 |S_b[1]| |mem1[1]|)))))
(let (($x2873 (= 0 ?x2452)))
(not $x2873)))))))))
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
 (let ((?x4074 (* (- 1) |S_b[1]|)))
(let ((?x381 (+ |mem2[1]| ?x4074)))
(let ((?x1825 (ite (< 0 ?x381) ?x381 0)))
(let (($x194 (= 1 slot.b)))
(let ((?x5215 (ite $x194 0 ?x1825)))
(let ((?x3737 (ite $x194 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x1825))))
(let ((?x4664 (+ |mem2[1]| ?x3737 (* (- 1) ?x5215) (* (- 1) (ite $x194 |mem2[1]| |S_b[1]|)))))
(let (($x1229 (= 0 ?x4664)))
(not $x1229))))))))))
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
 (let ((?x432 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x4570 (ite (< 0 ?x432) ?x432 0)))
(let (($x194 (= 1 slot.b)))
(let ((?x1490 (ite $x194 ?x4570 0)))
(let ((?x3635 (ite $x194 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x4570) 0)))
(let ((?x283 (+ |mem1[2]| ?x3635 (* (- 1) ?x1490) (* (- 1) (ite $x194 |S_b[2]| |mem1[2]|)))))
(let (($x3248 (= 0 ?x283)))
(not $x3248)))))))))
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
 (let ((?x2169 (* (- 1) |S_b[2]|)))
(let ((?x996 (+ |mem2[2]| ?x2169)))
(let ((?x4642 (ite (< 0 ?x996) ?x996 0)))
(let (($x194 (= 1 slot.b)))
(let ((?x2876 (ite $x194 0 ?x4642)))
(let ((?x2209 (ite $x194 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x4642))))
(let ((?x4242 (+ |mem2[2]| ?x2209 (* (- 1) ?x2876) (* (- 1) (ite $x194 |mem2[2]| |S_b[2]|)))))
(let (($x2994 (= 0 ?x4242)))
(not $x2994))))))))))
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
 (let ((?x4490 (+ |mem1[3]| (* (- 1) |S_b[3]|))))
(let ((?x1233 (ite (< 0 ?x4490) ?x4490 0)))
(let (($x194 (= 1 slot.b)))
(let ((?x1614 (ite $x194 ?x1233 0)))
(let ((?x3755 (ite $x194 (+ (* (- 1) |mem1[3]|) |S_b[3]| ?x1233) 0)))
(let ((?x2725 (+ |mem1[3]| ?x3755 (* (- 1) ?x1614) (* (- 1) (ite $x194 |S_b[3]| |mem1[3]|)))))
(let (($x3126 (= 0 ?x2725)))
(not $x3126)))))))))
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
 (let ((?x632 (* (- 1) |S_b[3]|)))
(let ((?x2965 (+ |mem2[3]| ?x632)))
(let ((?x5596 (ite (< 0 ?x2965) ?x2965 0)))
(let (($x194 (= 1 slot.b)))
(let ((?x4139 (ite $x194 0 ?x5596)))
(let ((?x3024 (ite $x194 0 (+ (* (- 1) |mem2[3]|) |S_b[3]| ?x5596))))
(let ((?x1467 (+ |mem2[3]| ?x3024 (* (- 1) ?x4139) (* (- 1) (ite $x194 |mem2[3]| |S_b[3]|)))))
(let (($x3270 (= 0 ?x1467)))
(not $x3270))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (28, 0) (proved)
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
 (let ((?x1772 (+ |mem2[0]| |S_b[0]|)))
(let ((?x228 (ite (< 0 ?x1772) ?x1772 0)))
(let ((?x1831 (* (- 1) |S_b[0]|)))
(let ((?x1019 (* (- 1) |mem2[0]|)))
(let ((?x643 (+ |mem1[0]| |S_b[0]|)))
(let ((?x4761 (ite (< 0 ?x643) ?x643 0)))
(let ((?x422 (* (- 1) |mem1[0]|)))
(let (($x194 (= 1 slot.b)))
(let ((?x4035 (ite $x194 (+ ?x422 ?x1831 ?x4761) (+ ?x1019 ?x1831 ?x228))))
(let ((?x3946 (ite $x194 ?x643 ?x1772)))
(let (($x772 (= 0 (+ ?x3946 (* (- 1) (ite $x194 ?x4761 ?x228)) ?x4035))))
(not $x772)))))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (28, 1) (proved)
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
 (let ((?x643 (+ |mem1[0]| |S_b[0]|)))
(let ((?x4761 (ite (< 0 ?x643) ?x643 0)))
(let ((?x1831 (* (- 1) |S_b[0]|)))
(let ((?x422 (* (- 1) |mem1[0]|)))
(let ((?x2051 (+ ?x422 ?x1831 ?x4761)))
(let (($x194 (= 1 slot.b)))
(let ((?x3279 (ite $x194 ?x2051 (+ 1 ?x422))))
(let ((?x3667 (ite $x194 ?x643 (* 2 |mem1[0]|))))
(let (($x1860 (= 0 (+ ?x3667 (* (- 1) (ite $x194 ?x4761 (+ 1 |mem1[0]|))) ?x3279))))
(not $x1860)))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (28, 2) (proved)
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
 (let ((?x1772 (+ |mem2[0]| |S_b[0]|)))
(let ((?x228 (ite (< 0 ?x1772) ?x1772 0)))
(let ((?x1831 (* (- 1) |S_b[0]|)))
(let ((?x1019 (* (- 1) |mem2[0]|)))
(let ((?x3644 (+ ?x1019 ?x1831 ?x228)))
(let (($x194 (= 1 slot.b)))
(let ((?x1913 (ite $x194 (+ 1 ?x1019) ?x3644)))
(let ((?x257 (ite $x194 (* 2 |mem2[0]|) ?x1772)))
(let (($x2114 (= 0 (+ ?x257 (* (- 1) (ite $x194 (+ 1 |mem2[0]|) ?x228)) ?x1913))))
(not $x2114)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (29, 0) (proved)
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
 (let ((?x3263 (+ |mem2[1]| |S_b[1]|)))
(let ((?x5436 (ite (< 0 ?x3263) ?x3263 0)))
(let ((?x4074 (* (- 1) |S_b[1]|)))
(let ((?x1811 (* (- 1) |mem2[1]|)))
(let ((?x2807 (+ |mem1[1]| |S_b[1]|)))
(let ((?x4614 (ite (< 0 ?x2807) ?x2807 0)))
(let ((?x4636 (* (- 1) |mem1[1]|)))
(let (($x194 (= 1 slot.b)))
(let ((?x4635 (ite $x194 (+ ?x4636 ?x4074 ?x4614) (+ ?x1811 ?x4074 ?x5436))))
(let ((?x5232 (ite $x194 ?x2807 ?x3263)))
(let (($x2601 (= 0 (+ ?x5232 (* (- 1) (ite $x194 ?x4614 ?x5436)) ?x4635))))
(not $x2601)))))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (29, 1) (proved)
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
 (let ((?x2807 (+ |mem1[1]| |S_b[1]|)))
(let ((?x4614 (ite (< 0 ?x2807) ?x2807 0)))
(let ((?x4074 (* (- 1) |S_b[1]|)))
(let ((?x4636 (* (- 1) |mem1[1]|)))
(let ((?x4338 (+ ?x4636 ?x4074 ?x4614)))
(let (($x194 (= 1 slot.b)))
(let ((?x1489 (ite $x194 ?x4338 (+ 1 ?x4636))))
(let ((?x5616 (ite $x194 ?x2807 (* 2 |mem1[1]|))))
(let (($x3260 (= 0 (+ ?x5616 (* (- 1) (ite $x194 ?x4614 (+ 1 |mem1[1]|))) ?x1489))))
(not $x3260)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (29, 2) (proved)
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
 (let ((?x3263 (+ |mem2[1]| |S_b[1]|)))
(let ((?x5436 (ite (< 0 ?x3263) ?x3263 0)))
(let ((?x4074 (* (- 1) |S_b[1]|)))
(let ((?x1811 (* (- 1) |mem2[1]|)))
(let ((?x5393 (+ ?x1811 ?x4074 ?x5436)))
(let (($x194 (= 1 slot.b)))
(let ((?x4828 (ite $x194 (+ 1 ?x1811) ?x5393)))
(let ((?x201 (ite $x194 (* 2 |mem2[1]|) ?x3263)))
(let (($x430 (= 0 (+ ?x201 (* (- 1) (ite $x194 (+ 1 |mem2[1]|) ?x5436)) ?x4828))))
(not $x430)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (30, 0) (proved)
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
 (let ((?x3873 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4506 (ite (< 0 ?x3873) ?x3873 0)))
(let ((?x2169 (* (- 1) |S_b[2]|)))
(let ((?x1857 (* (- 1) |mem2[2]|)))
(let ((?x5593 (+ |mem1[2]| |S_b[2]|)))
(let ((?x3235 (ite (< 0 ?x5593) ?x5593 0)))
(let ((?x2574 (* (- 1) |mem1[2]|)))
(let (($x194 (= 1 slot.b)))
(let ((?x2372 (ite $x194 (+ ?x2574 ?x2169 ?x3235) (+ ?x1857 ?x2169 ?x4506))))
(let ((?x3166 (ite $x194 ?x5593 ?x3873)))
(let (($x1042 (= 0 (+ ?x3166 (* (- 1) (ite $x194 ?x3235 ?x4506)) ?x2372))))
(not $x1042)))))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (30, 1) (proved)
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
 (let ((?x5593 (+ |mem1[2]| |S_b[2]|)))
(let ((?x3235 (ite (< 0 ?x5593) ?x5593 0)))
(let ((?x2169 (* (- 1) |S_b[2]|)))
(let ((?x2574 (* (- 1) |mem1[2]|)))
(let ((?x3435 (+ ?x2574 ?x2169 ?x3235)))
(let (($x194 (= 1 slot.b)))
(let ((?x714 (ite $x194 ?x3435 (+ 1 ?x2574))))
(let ((?x4481 (ite $x194 ?x5593 (* 2 |mem1[2]|))))
(let (($x5477 (= 0 (+ ?x4481 (* (- 1) (ite $x194 ?x3235 (+ 1 |mem1[2]|))) ?x714))))
(not $x5477)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (30, 2) (proved)
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
 (let ((?x3873 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4506 (ite (< 0 ?x3873) ?x3873 0)))
(let ((?x2169 (* (- 1) |S_b[2]|)))
(let ((?x1857 (* (- 1) |mem2[2]|)))
(let ((?x5544 (+ ?x1857 ?x2169 ?x4506)))
(let (($x194 (= 1 slot.b)))
(let ((?x1164 (ite $x194 (+ 1 ?x1857) ?x5544)))
(let ((?x463 (ite $x194 (* 2 |mem2[2]|) ?x3873)))
(let (($x3086 (= 0 (+ ?x463 (* (- 1) (ite $x194 (+ 1 |mem2[2]|) ?x4506)) ?x1164))))
(not $x3086)))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (31, 0) (proved)
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
 (let ((?x4443 (+ |mem2[3]| |S_b[3]|)))
(let ((?x4567 (ite (< 0 ?x4443) ?x4443 0)))
(let ((?x632 (* (- 1) |S_b[3]|)))
(let ((?x4509 (* (- 1) |mem2[3]|)))
(let ((?x975 (+ |mem1[3]| |S_b[3]|)))
(let ((?x1569 (ite (< 0 ?x975) ?x975 0)))
(let ((?x4364 (* (- 1) |mem1[3]|)))
(let (($x194 (= 1 slot.b)))
(let ((?x4356 (ite $x194 (+ ?x4364 ?x632 ?x1569) (+ ?x4509 ?x632 ?x4567))))
(let ((?x921 (ite $x194 ?x975 ?x4443)))
(let (($x5264 (= 0 (+ ?x921 (* (- 1) (ite $x194 ?x1569 ?x4567)) ?x4356))))
(not $x5264)))))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (31, 1) (proved)
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
 (let ((?x975 (+ |mem1[3]| |S_b[3]|)))
(let ((?x1569 (ite (< 0 ?x975) ?x975 0)))
(let ((?x632 (* (- 1) |S_b[3]|)))
(let ((?x4364 (* (- 1) |mem1[3]|)))
(let ((?x4758 (+ ?x4364 ?x632 ?x1569)))
(let (($x194 (= 1 slot.b)))
(let ((?x5135 (ite $x194 ?x4758 (+ 1 ?x4364))))
(let ((?x4745 (ite $x194 ?x975 (* 2 |mem1[3]|))))
(let (($x2467 (= 0 (+ ?x4745 (* (- 1) (ite $x194 ?x1569 (+ 1 |mem1[3]|))) ?x5135))))
(not $x2467)))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (31, 2) (proved)
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
 (let ((?x4443 (+ |mem2[3]| |S_b[3]|)))
(let ((?x4567 (ite (< 0 ?x4443) ?x4443 0)))
(let ((?x632 (* (- 1) |S_b[3]|)))
(let ((?x4509 (* (- 1) |mem2[3]|)))
(let ((?x863 (+ ?x4509 ?x632 ?x4567)))
(let (($x194 (= 1 slot.b)))
(let ((?x2096 (ite $x194 (+ 1 ?x4509) ?x863)))
(let ((?x491 (ite $x194 (* 2 |mem2[3]|) ?x4443)))
(let (($x5152 (= 0 (+ ?x491 (* (- 1) (ite $x194 (+ 1 |mem2[3]|) ?x4567)) ?x2096))))
(not $x5152)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2459 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1548 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x92 (and $x1548 $x2459)))
(let (($x2357 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x232 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2696 (and $x232 $x2357)))
(let (($x1192 (or $x2696 $x92)))
(not $x1192)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2371 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1110 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3360 (and $x1110 $x2371)))
(let (($x1513 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5093 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2453 (and $x5093 $x1513)))
(let (($x5340 (or $x2453 $x3360)))
(not $x5340)))))))))
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
 (let (($x4297 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x3046 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x3773 (or $x3046 $x4297)))
(not $x3773)))))
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
 (let (($x2973 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x1472 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x3092 (or $x1472 $x2973)))
(not $x3092)))))
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
 (let (($x4367 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x1883 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x1359 (or $x1883 $x4367)))
(not $x1359)))))
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
 (let (($x736 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x3387 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x2173 (or $x3387 $x736)))
(not $x2173)))))
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
 (let (($x5123 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x2308 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x2752 (or $x2308 $x5123)))
(not $x2752)))))
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
 (let (($x4607 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x3788 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x1793 (or $x3788 $x4607)))
(not $x1793)))))
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
 (let (($x3816 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x5498 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x5488 (or $x5498 $x3816)))
(not $x5488)))))
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
 (let (($x5337 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x4788 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x2081 (or $x4788 $x5337)))
(not $x2081)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2000 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3089 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x351 (and $x3089 $x2000)))
(let (($x2429 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4566 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2953 (and $x4566 $x2429)))
(let (($x560 (or $x2953 $x351)))
(not $x560)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5128 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1731 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3283 (and $x1731 $x5128)))
(let (($x5309 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1182 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2480 (and $x1182 $x5309)))
(let (($x2920 (or $x2480 $x3283)))
(not $x2920)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x2433 (= 0 (+ 1 |S_b[0]|))))
(let (($x4963 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x5527 (or $x4963 $x2433)))
(not $x5527)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x942 (= 0 (+ 1 |S_b[1]|))))
(let (($x12 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x3087 (or $x12 $x942)))
(not $x3087)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x3287 (= 0 (+ 1 |S_b[2]|))))
(let (($x2325 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x3792 (or $x2325 $x3287)))
(not $x3792)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x4446 (= 0 (+ 1 |S_b[3]|))))
(let (($x911 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x4640 (or $x911 $x4446)))
(not $x4640)))))
(check-sat)
(reset)
