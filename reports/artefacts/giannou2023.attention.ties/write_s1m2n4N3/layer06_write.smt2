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
 (let ((?x1767 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x574 (ite (< 0 ?x1767) ?x1767 0)))
(let (($x618 (= 1 slot.b)))
(let ((?x4786 (ite $x618 ?x574 0)))
(let ((?x6031 (ite $x618 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x574) 0)))
(let ((?x5656 (+ |mem1[0]| ?x6031 (* (- 1) ?x4786) (* (- 1) (ite $x618 |S_b[0]| |mem1[0]|)))))
(let (($x2830 (= 0 ?x5656)))
(not $x2830)))))))))
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
 (let ((?x3863 (* (- 1) |S_b[0]|)))
(let ((?x6865 (+ |mem2[0]| ?x3863)))
(let ((?x6239 (ite (< 0 ?x6865) ?x6865 0)))
(let (($x618 (= 1 slot.b)))
(let ((?x2890 (ite $x618 0 ?x6239)))
(let ((?x1105 (ite $x618 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x6239))))
(let ((?x4722 (+ |mem2[0]| ?x1105 (* (- 1) ?x2890) (* (- 1) (ite $x618 |mem2[0]| |S_b[0]|)))))
(let (($x5289 (= 0 ?x4722)))
(not $x5289))))))))))
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
 (let ((?x6057 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x6776 (ite (< 0 ?x6057) ?x6057 0)))
(let (($x618 (= 1 slot.b)))
(let ((?x3432 (ite $x618 ?x6776 0)))
(let ((?x2242 (ite $x618 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x6776) 0)))
(let ((?x3272 (+ |mem1[1]| ?x2242 (* (- 1) ?x3432) (* (- 1) (ite $x618 |S_b[1]| |mem1[1]|)))))
(let (($x387 (= 0 ?x3272)))
(not $x387)))))))))
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
 (let ((?x4622 (* (- 1) |S_b[1]|)))
(let ((?x1133 (+ |mem2[1]| ?x4622)))
(let ((?x6704 (ite (< 0 ?x1133) ?x1133 0)))
(let (($x618 (= 1 slot.b)))
(let ((?x3143 (ite $x618 0 ?x6704)))
(let ((?x4207 (ite $x618 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x6704))))
(let ((?x1758 (+ |mem2[1]| ?x4207 (* (- 1) ?x3143) (* (- 1) (ite $x618 |mem2[1]| |S_b[1]|)))))
(let (($x282 (= 0 ?x1758)))
(not $x282))))))))))
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
 (let ((?x5717 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x3721 (ite (< 0 ?x5717) ?x5717 0)))
(let (($x618 (= 1 slot.b)))
(let ((?x6717 (ite $x618 ?x3721 0)))
(let ((?x2388 (ite $x618 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x3721) 0)))
(let ((?x4980 (+ |mem1[2]| ?x2388 (* (- 1) ?x6717) (* (- 1) (ite $x618 |S_b[2]| |mem1[2]|)))))
(let (($x2180 (= 0 ?x4980)))
(not $x2180)))))))))
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
 (let ((?x5596 (* (- 1) |S_b[2]|)))
(let ((?x1751 (+ |mem2[2]| ?x5596)))
(let ((?x5589 (ite (< 0 ?x1751) ?x1751 0)))
(let (($x618 (= 1 slot.b)))
(let ((?x5369 (ite $x618 0 ?x5589)))
(let ((?x5612 (ite $x618 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x5589))))
(let ((?x1608 (+ |mem2[2]| ?x5612 (* (- 1) ?x5369) (* (- 1) (ite $x618 |mem2[2]| |S_b[2]|)))))
(let (($x1097 (= 0 ?x1608)))
(not $x1097))))))))))
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
 (let ((?x5509 (+ |mem2[0]| |S_b[0]|)))
(let ((?x3742 (ite (< 0 ?x5509) ?x5509 0)))
(let ((?x3863 (* (- 1) |S_b[0]|)))
(let ((?x136 (* (- 1) |mem2[0]|)))
(let ((?x762 (+ |mem1[0]| |S_b[0]|)))
(let ((?x5091 (ite (< 0 ?x762) ?x762 0)))
(let ((?x6329 (* (- 1) |mem1[0]|)))
(let (($x618 (= 1 slot.b)))
(let ((?x5246 (ite $x618 (+ ?x6329 ?x3863 ?x5091) (+ ?x136 ?x3863 ?x3742))))
(let ((?x3586 (ite $x618 ?x762 ?x5509)))
(let (($x1067 (= 0 (+ ?x3586 (* (- 1) (ite $x618 ?x5091 ?x3742)) ?x5246))))
(not $x1067)))))))))))))
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
 (let ((?x762 (+ |mem1[0]| |S_b[0]|)))
(let ((?x5091 (ite (< 0 ?x762) ?x762 0)))
(let ((?x3863 (* (- 1) |S_b[0]|)))
(let ((?x6329 (* (- 1) |mem1[0]|)))
(let ((?x5707 (+ ?x6329 ?x3863 ?x5091)))
(let (($x618 (= 1 slot.b)))
(let ((?x5216 (ite $x618 ?x5707 (+ 1 ?x6329))))
(let ((?x196 (ite $x618 ?x762 (* 2 |mem1[0]|))))
(let (($x6905 (= 0 (+ ?x196 (* (- 1) (ite $x618 ?x5091 (+ 1 |mem1[0]|))) ?x5216))))
(not $x6905)))))))))))
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
 (let ((?x5509 (+ |mem2[0]| |S_b[0]|)))
(let ((?x3742 (ite (< 0 ?x5509) ?x5509 0)))
(let ((?x3863 (* (- 1) |S_b[0]|)))
(let ((?x136 (* (- 1) |mem2[0]|)))
(let ((?x4732 (+ ?x136 ?x3863 ?x3742)))
(let (($x618 (= 1 slot.b)))
(let ((?x3338 (ite $x618 (+ 1 ?x136) ?x4732)))
(let ((?x990 (ite $x618 (* 2 |mem2[0]|) ?x5509)))
(let (($x99 (= 0 (+ ?x990 (* (- 1) (ite $x618 (+ 1 |mem2[0]|) ?x3742)) ?x3338))))
(not $x99)))))))))))
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
 (let ((?x4111 (+ |mem2[1]| |S_b[1]|)))
(let ((?x3551 (ite (< 0 ?x4111) ?x4111 0)))
(let ((?x4622 (* (- 1) |S_b[1]|)))
(let ((?x2171 (* (- 1) |mem2[1]|)))
(let ((?x1300 (+ |mem1[1]| |S_b[1]|)))
(let ((?x920 (ite (< 0 ?x1300) ?x1300 0)))
(let ((?x1682 (* (- 1) |mem1[1]|)))
(let (($x618 (= 1 slot.b)))
(let ((?x5526 (ite $x618 (+ ?x1682 ?x4622 ?x920) (+ ?x2171 ?x4622 ?x3551))))
(let ((?x932 (ite $x618 ?x1300 ?x4111)))
(let (($x2129 (= 0 (+ ?x932 (* (- 1) (ite $x618 ?x920 ?x3551)) ?x5526))))
(not $x2129)))))))))))))
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
 (let ((?x1300 (+ |mem1[1]| |S_b[1]|)))
(let ((?x920 (ite (< 0 ?x1300) ?x1300 0)))
(let ((?x4622 (* (- 1) |S_b[1]|)))
(let ((?x1682 (* (- 1) |mem1[1]|)))
(let ((?x1811 (+ ?x1682 ?x4622 ?x920)))
(let (($x618 (= 1 slot.b)))
(let ((?x6407 (ite $x618 ?x1811 (+ 1 ?x1682))))
(let ((?x4551 (ite $x618 ?x1300 (* 2 |mem1[1]|))))
(let (($x1999 (= 0 (+ ?x4551 (* (- 1) (ite $x618 ?x920 (+ 1 |mem1[1]|))) ?x6407))))
(not $x1999)))))))))))
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
 (let ((?x4111 (+ |mem2[1]| |S_b[1]|)))
(let ((?x3551 (ite (< 0 ?x4111) ?x4111 0)))
(let ((?x4622 (* (- 1) |S_b[1]|)))
(let ((?x2171 (* (- 1) |mem2[1]|)))
(let ((?x183 (+ ?x2171 ?x4622 ?x3551)))
(let (($x618 (= 1 slot.b)))
(let ((?x5386 (ite $x618 (+ 1 ?x2171) ?x183)))
(let ((?x5399 (ite $x618 (* 2 |mem2[1]|) ?x4111)))
(let (($x5761 (= 0 (+ ?x5399 (* (- 1) (ite $x618 (+ 1 |mem2[1]|) ?x3551)) ?x5386))))
(not $x5761)))))))))))
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
 (let ((?x2005 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4342 (ite (< 0 ?x2005) ?x2005 0)))
(let ((?x5596 (* (- 1) |S_b[2]|)))
(let ((?x5974 (* (- 1) |mem2[2]|)))
(let ((?x4033 (+ |mem1[2]| |S_b[2]|)))
(let ((?x1128 (ite (< 0 ?x4033) ?x4033 0)))
(let ((?x3353 (* (- 1) |mem1[2]|)))
(let (($x618 (= 1 slot.b)))
(let ((?x6219 (ite $x618 (+ ?x3353 ?x5596 ?x1128) (+ ?x5974 ?x5596 ?x4342))))
(let ((?x4632 (ite $x618 ?x4033 ?x2005)))
(let (($x3227 (= 0 (+ ?x4632 (* (- 1) (ite $x618 ?x1128 ?x4342)) ?x6219))))
(not $x3227)))))))))))))
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
 (let ((?x4033 (+ |mem1[2]| |S_b[2]|)))
(let ((?x1128 (ite (< 0 ?x4033) ?x4033 0)))
(let ((?x5596 (* (- 1) |S_b[2]|)))
(let ((?x3353 (* (- 1) |mem1[2]|)))
(let ((?x471 (+ ?x3353 ?x5596 ?x1128)))
(let (($x618 (= 1 slot.b)))
(let ((?x4587 (ite $x618 ?x471 (+ 1 ?x3353))))
(let ((?x4263 (ite $x618 ?x4033 (* 2 |mem1[2]|))))
(let (($x2639 (= 0 (+ ?x4263 (* (- 1) (ite $x618 ?x1128 (+ 1 |mem1[2]|))) ?x4587))))
(not $x2639)))))))))))
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
 (let ((?x2005 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4342 (ite (< 0 ?x2005) ?x2005 0)))
(let ((?x5596 (* (- 1) |S_b[2]|)))
(let ((?x5974 (* (- 1) |mem2[2]|)))
(let ((?x914 (+ ?x5974 ?x5596 ?x4342)))
(let (($x618 (= 1 slot.b)))
(let ((?x4526 (ite $x618 (+ 1 ?x5974) ?x914)))
(let ((?x652 (ite $x618 (* 2 |mem2[2]|) ?x2005)))
(let (($x4182 (= 0 (+ ?x652 (* (- 1) (ite $x618 (+ 1 |mem2[2]|) ?x4342)) ?x4526))))
(not $x4182)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x227 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2042 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4080 (and $x2042 $x227)))
(let (($x1465 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6842 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x561 (and $x6842 $x1465)))
(let (($x167 (or $x561 $x4080)))
(not $x167)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x5033 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4977 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2625 (and $x4977 $x5033)))
(let (($x6157 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5904 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3287 (and $x5904 $x6157)))
(let (($x2493 (or $x3287 $x2625)))
(not $x2493)))))))))
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
 (let (($x2053 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x389 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x1222 (or $x389 $x2053)))
(not $x1222)))))
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
 (let (($x4996 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x6030 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x2688 (or $x6030 $x4996)))
(not $x2688)))))
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
 (let (($x3653 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x4991 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x2594 (or $x4991 $x3653)))
(not $x2594)))))
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
 (let (($x2816 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x4486 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x3762 (or $x4486 $x2816)))
(not $x3762)))))
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
 (let (($x6609 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x2703 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x1899 (or $x2703 $x6609)))
(not $x1899)))))
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
 (let (($x109 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x829 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x1872 (or $x829 $x109)))
(not $x1872)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x565 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5437 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3834 (and $x5437 $x565)))
(let (($x211 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5431 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4892 (and $x5431 $x211)))
(let (($x4438 (or $x4892 $x3834)))
(not $x4438)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4776 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3819 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3975 (and $x3819 $x4776)))
(let (($x4664 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6693 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3439 (and $x6693 $x4664)))
(let (($x1175 (or $x3439 $x3975)))
(not $x1175)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x4811 (= 0 (+ 1 |S_b[0]|))))
(let (($x4190 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x4764 (or $x4190 $x4811)))
(not $x4764)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x4942 (= 0 (+ 1 |S_b[1]|))))
(let (($x1719 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x149 (or $x1719 $x4942)))
(not $x149)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x3378 (= 0 (+ 1 |S_b[2]|))))
(let (($x2467 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x2178 (or $x2467 $x3378)))
(not $x2178)))))
(check-sat)
(reset)
