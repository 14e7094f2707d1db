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
 (let ((?x104 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x6181 (ite (< 0 ?x104) ?x104 0)))
(let (($x4971 (= 1 slot.b)))
(let ((?x1317 (ite $x4971 ?x6181 0)))
(let ((?x722 (ite $x4971 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x6181) 0)))
(let ((?x5919 (+ |mem1[0]| ?x722 (* (- 1) ?x1317) (* (- 1) (ite $x4971 |S_b[0]| |mem1[0]|)))))
(let (($x4747 (= 0 ?x5919)))
(not $x4747)))))))))
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
 (let ((?x1719 (* (- 1) |S_b[0]|)))
(let ((?x4622 (+ |mem2[0]| ?x1719)))
(let ((?x4446 (ite (< 0 ?x4622) ?x4622 0)))
(let (($x4971 (= 1 slot.b)))
(let ((?x2947 (ite $x4971 0 ?x4446)))
(let ((?x3138 (ite $x4971 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x4446))))
(let ((?x1911 (+ |mem2[0]| ?x3138 (* (- 1) ?x2947) (* (- 1) (ite $x4971 |mem2[0]| |S_b[0]|)))))
(let (($x6714 (= 0 ?x1911)))
(not $x6714))))))))))
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
 (let ((?x3459 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x4080 (ite (< 0 ?x3459) ?x3459 0)))
(let (($x4971 (= 1 slot.b)))
(let ((?x1707 (ite $x4971 ?x4080 0)))
(let ((?x6865 (ite $x4971 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x4080) 0)))
(let ((?x6022 (+ |mem1[1]| ?x6865 (* (- 1) ?x1707) (* (- 1) (ite $x4971 |S_b[1]| |mem1[1]|)))))
(let (($x3378 (= 0 ?x6022)))
(not $x3378)))))))))
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
 (let ((?x4775 (* (- 1) |S_b[1]|)))
(let ((?x499 (+ |mem2[1]| ?x4775)))
(let ((?x4700 (ite (< 0 ?x499) ?x499 0)))
(let (($x4971 (= 1 slot.b)))
(let ((?x5761 (ite $x4971 0 ?x4700)))
(let ((?x2418 (ite $x4971 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x4700))))
(let ((?x1413 (+ |mem2[1]| ?x2418 (* (- 1) ?x5761) (* (- 1) (ite $x4971 |mem2[1]| |S_b[1]|)))))
(let (($x5351 (= 0 ?x1413)))
(not $x5351))))))))))
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
 (let ((?x2830 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x2098 (ite (< 0 ?x2830) ?x2830 0)))
(let (($x4971 (= 1 slot.b)))
(let ((?x6191 (ite $x4971 ?x2098 0)))
(let ((?x6068 (ite $x4971 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x2098) 0)))
(let ((?x2112 (+ |mem1[2]| ?x6068 (* (- 1) ?x6191) (* (- 1) (ite $x4971 |S_b[2]| |mem1[2]|)))))
(let (($x6975 (= 0 ?x2112)))
(not $x6975)))))))))
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
 (let ((?x2591 (* (- 1) |S_b[2]|)))
(let ((?x2890 (+ |mem2[2]| ?x2591)))
(let ((?x1518 (ite (< 0 ?x2890) ?x2890 0)))
(let (($x4971 (= 1 slot.b)))
(let ((?x4901 (ite $x4971 0 ?x1518)))
(let ((?x256 (ite $x4971 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x1518))))
(let ((?x4428 (+ |mem2[2]| ?x256 (* (- 1) ?x4901) (* (- 1) (ite $x4971 |mem2[2]| |S_b[2]|)))))
(let (($x5327 (= 0 ?x4428)))
(not $x5327))))))))))
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
 (let ((?x831 (+ |mem1[3]| (* (- 1) |S_b[3]|))))
(let ((?x3721 (ite (< 0 ?x831) ?x831 0)))
(let (($x4971 (= 1 slot.b)))
(let ((?x6791 (ite $x4971 ?x3721 0)))
(let ((?x1465 (ite $x4971 (+ (* (- 1) |mem1[3]|) |S_b[3]| ?x3721) 0)))
(let ((?x1751 (+ |mem1[3]| ?x1465 (* (- 1) ?x6791) (* (- 1) (ite $x4971 |S_b[3]| |mem1[3]|)))))
(let (($x3605 (= 0 ?x1751)))
(not $x3605)))))))))
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
 (let ((?x6053 (* (- 1) |S_b[3]|)))
(let ((?x589 (+ |mem2[3]| ?x6053)))
(let ((?x905 (ite (< 0 ?x589) ?x589 0)))
(let (($x4971 (= 1 slot.b)))
(let ((?x2097 (ite $x4971 0 ?x905)))
(let ((?x3916 (ite $x4971 0 (+ (* (- 1) |mem2[3]|) |S_b[3]| ?x905))))
(let ((?x5361 (+ |mem2[3]| ?x3916 (* (- 1) ?x2097) (* (- 1) (ite $x4971 |mem2[3]| |S_b[3]|)))))
(let (($x2486 (= 0 ?x5361)))
(not $x2486))))))))))
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
 (let ((?x5694 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2985 (ite (< 0 ?x5694) ?x5694 0)))
(let ((?x1719 (* (- 1) |S_b[0]|)))
(let ((?x6329 (* (- 1) |mem2[0]|)))
(let ((?x5819 (+ |mem1[0]| |S_b[0]|)))
(let ((?x4049 (ite (< 0 ?x5819) ?x5819 0)))
(let ((?x1292 (* (- 1) |mem1[0]|)))
(let (($x4971 (= 1 slot.b)))
(let ((?x5974 (ite $x4971 (+ ?x1292 ?x1719 ?x4049) (+ ?x6329 ?x1719 ?x2985))))
(let ((?x1105 (ite $x4971 ?x5819 ?x5694)))
(let (($x2502 (= 0 (+ ?x1105 (* (- 1) (ite $x4971 ?x4049 ?x2985)) ?x5974))))
(not $x2502)))))))))))))
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
 (let ((?x5819 (+ |mem1[0]| |S_b[0]|)))
(let ((?x4049 (ite (< 0 ?x5819) ?x5819 0)))
(let ((?x1719 (* (- 1) |S_b[0]|)))
(let ((?x1292 (* (- 1) |mem1[0]|)))
(let ((?x1102 (+ ?x1292 ?x1719 ?x4049)))
(let (($x4971 (= 1 slot.b)))
(let ((?x6517 (ite $x4971 ?x1102 (+ 1 ?x1292))))
(let ((?x1266 (ite $x4971 ?x5819 (* 2 |mem1[0]|))))
(let (($x2310 (= 0 (+ ?x1266 (* (- 1) (ite $x4971 ?x4049 (+ 1 |mem1[0]|))) ?x6517))))
(not $x2310)))))))))))
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
 (let ((?x5694 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2985 (ite (< 0 ?x5694) ?x5694 0)))
(let ((?x1719 (* (- 1) |S_b[0]|)))
(let ((?x6329 (* (- 1) |mem2[0]|)))
(let ((?x526 (+ ?x6329 ?x1719 ?x2985)))
(let (($x4971 (= 1 slot.b)))
(let ((?x5413 (ite $x4971 (+ 1 ?x6329) ?x526)))
(let ((?x5353 (ite $x4971 (* 2 |mem2[0]|) ?x5694)))
(let (($x1276 (= 0 (+ ?x5353 (* (- 1) (ite $x4971 (+ 1 |mem2[0]|) ?x2985)) ?x5413))))
(not $x1276)))))))))))
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
 (let ((?x1243 (+ |mem2[1]| |S_b[1]|)))
(let ((?x5438 (ite (< 0 ?x1243) ?x1243 0)))
(let ((?x4775 (* (- 1) |S_b[1]|)))
(let ((?x5172 (* (- 1) |mem2[1]|)))
(let ((?x4776 (+ |mem1[1]| |S_b[1]|)))
(let ((?x156 (ite (< 0 ?x4776) ?x4776 0)))
(let ((?x3571 (* (- 1) |mem1[1]|)))
(let (($x4971 (= 1 slot.b)))
(let ((?x196 (ite $x4971 (+ ?x3571 ?x4775 ?x156) (+ ?x5172 ?x4775 ?x5438))))
(let ((?x3467 (ite $x4971 ?x4776 ?x1243)))
(let (($x2303 (= 0 (+ ?x3467 (* (- 1) (ite $x4971 ?x156 ?x5438)) ?x196))))
(not $x2303)))))))))))))
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
 (let ((?x4776 (+ |mem1[1]| |S_b[1]|)))
(let ((?x156 (ite (< 0 ?x4776) ?x4776 0)))
(let ((?x4775 (* (- 1) |S_b[1]|)))
(let ((?x3571 (* (- 1) |mem1[1]|)))
(let ((?x5450 (+ ?x3571 ?x4775 ?x156)))
(let (($x4971 (= 1 slot.b)))
(let ((?x4942 (ite $x4971 ?x5450 (+ 1 ?x3571))))
(let ((?x5150 (ite $x4971 ?x4776 (* 2 |mem1[1]|))))
(let (($x6669 (= 0 (+ ?x5150 (* (- 1) (ite $x4971 ?x156 (+ 1 |mem1[1]|))) ?x4942))))
(not $x6669)))))))))))
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
 (let ((?x1243 (+ |mem2[1]| |S_b[1]|)))
(let ((?x5438 (ite (< 0 ?x1243) ?x1243 0)))
(let ((?x4775 (* (- 1) |S_b[1]|)))
(let ((?x5172 (* (- 1) |mem2[1]|)))
(let ((?x1034 (+ ?x5172 ?x4775 ?x5438)))
(let (($x4971 (= 1 slot.b)))
(let ((?x5596 (ite $x4971 (+ 1 ?x5172) ?x1034)))
(let ((?x528 (ite $x4971 (* 2 |mem2[1]|) ?x1243)))
(let (($x6239 (= 0 (+ ?x528 (* (- 1) (ite $x4971 (+ 1 |mem2[1]|) ?x5438)) ?x5596))))
(not $x6239)))))))))))
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
 (let ((?x1593 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4742 (ite (< 0 ?x1593) ?x1593 0)))
(let ((?x2591 (* (- 1) |S_b[2]|)))
(let ((?x6138 (* (- 1) |mem2[2]|)))
(let ((?x109 (+ |mem1[2]| |S_b[2]|)))
(let ((?x1914 (ite (< 0 ?x109) ?x109 0)))
(let ((?x3991 (* (- 1) |mem1[2]|)))
(let (($x4971 (= 1 slot.b)))
(let ((?x223 (ite $x4971 (+ ?x3991 ?x2591 ?x1914) (+ ?x6138 ?x2591 ?x4742))))
(let ((?x1444 (ite $x4971 ?x109 ?x1593)))
(let (($x752 (= 0 (+ ?x1444 (* (- 1) (ite $x4971 ?x1914 ?x4742)) ?x223))))
(not $x752)))))))))))))
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
 (let ((?x109 (+ |mem1[2]| |S_b[2]|)))
(let ((?x1914 (ite (< 0 ?x109) ?x109 0)))
(let ((?x2591 (* (- 1) |S_b[2]|)))
(let ((?x3991 (* (- 1) |mem1[2]|)))
(let ((?x4182 (+ ?x3991 ?x2591 ?x1914)))
(let (($x4971 (= 1 slot.b)))
(let ((?x3272 (ite $x4971 ?x4182 (+ 1 ?x3991))))
(let ((?x4972 (ite $x4971 ?x109 (* 2 |mem1[2]|))))
(let (($x6381 (= 0 (+ ?x4972 (* (- 1) (ite $x4971 ?x1914 (+ 1 |mem1[2]|))) ?x3272))))
(not $x6381)))))))))))
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
 (let ((?x1593 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4742 (ite (< 0 ?x1593) ?x1593 0)))
(let ((?x2591 (* (- 1) |S_b[2]|)))
(let ((?x6138 (* (- 1) |mem2[2]|)))
(let ((?x917 (+ ?x6138 ?x2591 ?x4742)))
(let (($x4971 (= 1 slot.b)))
(let ((?x5656 (ite $x4971 (+ 1 ?x6138) ?x917)))
(let ((?x1251 (ite $x4971 (* 2 |mem2[2]|) ?x1593)))
(let (($x2484 (= 0 (+ ?x1251 (* (- 1) (ite $x4971 (+ 1 |mem2[2]|) ?x4742)) ?x5656))))
(not $x2484)))))))))))
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
 (let ((?x6494 (+ |mem2[3]| |S_b[3]|)))
(let ((?x5771 (ite (< 0 ?x6494) ?x6494 0)))
(let ((?x6053 (* (- 1) |S_b[3]|)))
(let ((?x1631 (* (- 1) |mem2[3]|)))
(let ((?x1167 (+ |mem1[3]| |S_b[3]|)))
(let ((?x4093 (ite (< 0 ?x1167) ?x1167 0)))
(let ((?x6299 (* (- 1) |mem1[3]|)))
(let (($x4971 (= 1 slot.b)))
(let ((?x5526 (ite $x4971 (+ ?x6299 ?x6053 ?x4093) (+ ?x1631 ?x6053 ?x5771))))
(let ((?x343 (ite $x4971 ?x1167 ?x6494)))
(let (($x3959 (= 0 (+ ?x343 (* (- 1) (ite $x4971 ?x4093 ?x5771)) ?x5526))))
(not $x3959)))))))))))))
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
 (let ((?x1167 (+ |mem1[3]| |S_b[3]|)))
(let ((?x4093 (ite (< 0 ?x1167) ?x1167 0)))
(let ((?x6053 (* (- 1) |S_b[3]|)))
(let ((?x6299 (* (- 1) |mem1[3]|)))
(let ((?x2816 (+ ?x6299 ?x6053 ?x4093)))
(let (($x4971 (= 1 slot.b)))
(let ((?x6145 (ite $x4971 ?x2816 (+ 1 ?x6299))))
(let ((?x3503 (ite $x4971 ?x1167 (* 2 |mem1[3]|))))
(let (($x3108 (= 0 (+ ?x3503 (* (- 1) (ite $x4971 ?x4093 (+ 1 |mem1[3]|))) ?x6145))))
(not $x3108)))))))))))
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
 (let ((?x6494 (+ |mem2[3]| |S_b[3]|)))
(let ((?x5771 (ite (< 0 ?x6494) ?x6494 0)))
(let ((?x6053 (* (- 1) |S_b[3]|)))
(let ((?x1631 (* (- 1) |mem2[3]|)))
(let ((?x6157 (+ ?x1631 ?x6053 ?x5771)))
(let (($x4971 (= 1 slot.b)))
(let ((?x784 (ite $x4971 (+ 1 ?x1631) ?x6157)))
(let ((?x4732 (ite $x4971 (* 2 |mem2[3]|) ?x6494)))
(let (($x149 (= 0 (+ ?x4732 (* (- 1) (ite $x4971 (+ 1 |mem2[3]|) ?x5771)) ?x784))))
(not $x149)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3439 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x471 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6871 (and $x471 $x3439)))
(let (($x4903 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1819 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2327 (and $x1819 $x4903)))
(let (($x1822 (or $x2327 $x6871)))
(not $x1822)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4850 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3287 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2994 (and $x3287 $x4850)))
(let (($x4648 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4811 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3749 (and $x4811 $x4648)))
(let (($x4652 (or $x3749 $x2994)))
(not $x4652)))))))))
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
 (let (($x2487 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x1804 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x652 (or $x1804 $x2487)))
(not $x652)))))
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
 (let (($x387 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x6785 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x942 (or $x6785 $x387)))
(not $x942)))))
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
 (let (($x3903 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x2921 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x3275 (or $x2921 $x3903)))
(not $x3275)))))
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
 (let (($x6927 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x3742 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x5201 (or $x3742 $x6927)))
(not $x5201)))))
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
 (let (($x4722 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x5613 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x3777 (or $x5613 $x4722)))
(not $x3777)))))
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
 (let (($x4991 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x1949 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x603 (or $x1949 $x4991)))
(not $x603)))))
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
 (let (($x5890 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x40 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x1589 (or $x40 $x5890)))
(not $x1589)))))
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
 (let (($x2639 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x1682 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x2849 (or $x1682 $x2639)))
(not $x2849)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x121 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5960 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5039 (and $x5960 $x121)))
(let (($x574 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1969 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5369 (and $x1969 $x574)))
(let (($x2740 (or $x5369 $x5039)))
(not $x2740)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x6656 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x402 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2543 (and $x402 $x6656)))
(let (($x3413 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3917 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4486 (and $x3917 $x3413)))
(let (($x3143 (or $x4486 $x2543)))
(not $x3143)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x5175 (= 0 (+ 1 |S_b[0]|))))
(let (($x4438 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x4993 (or $x4438 $x5175)))
(not $x4993)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x1527 (= 0 (+ 1 |S_b[1]|))))
(let (($x3975 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x167 (or $x3975 $x1527)))
(not $x167)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x5851 (= 0 (+ 1 |S_b[2]|))))
(let (($x2579 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x316 (or $x2579 $x5851)))
(not $x316)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x4194 (= 0 (+ 1 |S_b[3]|))))
(let (($x1887 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x6272 (or $x1887 $x4194)))
(not $x6272)))))
(check-sat)
(reset)
