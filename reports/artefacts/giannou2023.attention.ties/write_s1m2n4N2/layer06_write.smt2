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
 (let ((?x6669 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x402 (ite (< 0 ?x6669) ?x6669 0)))
(let (($x917 (= 1 slot.b)))
(let ((?x5413 (ite $x917 ?x402 0)))
(let ((?x4983 (ite $x917 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x402) 0)))
(let ((?x3564 (+ |mem1[0]| ?x4983 (* (- 1) ?x5413) (* (- 1) (ite $x917 |S_b[0]| |mem1[0]|)))))
(let (($x2333 (= 0 ?x3564)))
(not $x2333)))))))))
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
 (let ((?x4664 (* (- 1) |S_b[0]|)))
(let ((?x990 (+ |mem2[0]| ?x4664)))
(let ((?x3027 (ite (< 0 ?x990) ?x990 0)))
(let (($x917 (= 1 slot.b)))
(let ((?x6717 (ite $x917 0 ?x3027)))
(let ((?x1584 (ite $x917 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x3027))))
(let ((?x6322 (+ |mem2[0]| ?x1584 (* (- 1) ?x6717) (* (- 1) (ite $x917 |mem2[0]| |S_b[0]|)))))
(let (($x3762 (= 0 ?x6322)))
(not $x3762))))))))))
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
 (let ((?x2327 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x7034 (ite (< 0 ?x2327) ?x2327 0)))
(let (($x917 (= 1 slot.b)))
(let ((?x1364 (ite $x917 ?x7034 0)))
(let ((?x183 (ite $x917 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x7034) 0)))
(let ((?x3672 (+ |mem1[1]| ?x183 (* (- 1) ?x1364) (* (- 1) (ite $x917 |S_b[1]| |mem1[1]|)))))
(let (($x4732 (= 0 ?x3672)))
(not $x4732)))))))))
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
 (let ((?x5361 (* (- 1) |S_b[1]|)))
(let ((?x2045 (+ |mem2[1]| ?x5361)))
(let ((?x4742 (ite (< 0 ?x2045) ?x2045 0)))
(let (($x917 (= 1 slot.b)))
(let ((?x6339 (ite $x917 0 ?x4742)))
(let ((?x6968 (ite $x917 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x4742))))
(let ((?x2451 (+ |mem2[1]| ?x6968 (* (- 1) ?x6339) (* (- 1) (ite $x917 |mem2[1]| |S_b[1]|)))))
(let (($x1658 (= 0 ?x2451)))
(not $x1658))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (22, 0) (proved)
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
 (let ((?x6534 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2129 (ite (< 0 ?x6534) ?x6534 0)))
(let ((?x4664 (* (- 1) |S_b[0]|)))
(let ((?x565 (* (- 1) |mem2[0]|)))
(let ((?x6776 (+ |mem1[0]| |S_b[0]|)))
(let ((?x1811 (ite (< 0 ?x6776) ?x6776 0)))
(let ((?x5150 (* (- 1) |mem1[0]|)))
(let (($x917 (= 1 slot.b)))
(let ((?x2354 (ite $x917 (+ ?x5150 ?x4664 ?x1811) (+ ?x565 ?x4664 ?x2129))))
(let ((?x4300 (ite $x917 ?x6776 ?x6534)))
(let (($x626 (= 0 (+ ?x4300 (* (- 1) (ite $x917 ?x1811 ?x2129)) ?x2354))))
(not $x626)))))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (22, 1) (proved)
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
 (let ((?x6776 (+ |mem1[0]| |S_b[0]|)))
(let ((?x1811 (ite (< 0 ?x6776) ?x6776 0)))
(let ((?x4664 (* (- 1) |S_b[0]|)))
(let ((?x5150 (* (- 1) |mem1[0]|)))
(let ((?x4526 (+ ?x5150 ?x4664 ?x1811)))
(let (($x917 (= 1 slot.b)))
(let ((?x3046 (ite $x917 ?x4526 (+ 1 ?x5150))))
(let ((?x6004 (ite $x917 ?x6776 (* 2 |mem1[0]|))))
(let (($x6149 (= 0 (+ ?x6004 (* (- 1) (ite $x917 ?x1811 (+ 1 |mem1[0]|))) ?x3046))))
(not $x6149)))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (22, 2) (proved)
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
 (let ((?x6534 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2129 (ite (< 0 ?x6534) ?x6534 0)))
(let ((?x4664 (* (- 1) |S_b[0]|)))
(let ((?x565 (* (- 1) |mem2[0]|)))
(let ((?x5295 (+ ?x565 ?x4664 ?x2129)))
(let (($x917 (= 1 slot.b)))
(let ((?x2849 (ite $x917 (+ 1 ?x565) ?x5295)))
(let ((?x3177 (ite $x917 (* 2 |mem2[0]|) ?x6534)))
(let (($x6733 (= 0 (+ ?x3177 (* (- 1) (ite $x917 (+ 1 |mem2[0]|) ?x2129)) ?x2849))))
(not $x6733)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (23, 0) (proved)
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
 (let ((?x6456 (+ |mem2[1]| |S_b[1]|)))
(let ((?x2740 (ite (< 0 ?x6456) ?x6456 0)))
(let ((?x5361 (* (- 1) |S_b[1]|)))
(let ((?x1292 (* (- 1) |mem2[1]|)))
(let ((?x5212 (+ |mem1[1]| |S_b[1]|)))
(let ((?x223 (ite (< 0 ?x5212) ?x5212 0)))
(let ((?x4722 (* (- 1) |mem1[1]|)))
(let (($x917 (= 1 slot.b)))
(let ((?x149 (ite $x917 (+ ?x4722 ?x5361 ?x223) (+ ?x1292 ?x5361 ?x2740))))
(let ((?x1707 (ite $x917 ?x5212 ?x6456)))
(let (($x5386 (= 0 (+ ?x1707 (* (- 1) (ite $x917 ?x223 ?x2740)) ?x149))))
(not $x5386)))))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (23, 1) (proved)
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
 (let ((?x5212 (+ |mem1[1]| |S_b[1]|)))
(let ((?x223 (ite (< 0 ?x5212) ?x5212 0)))
(let ((?x5361 (* (- 1) |S_b[1]|)))
(let ((?x4722 (* (- 1) |mem1[1]|)))
(let ((?x1969 (+ ?x4722 ?x5361 ?x223)))
(let (($x917 (= 1 slot.b)))
(let ((?x2776 (ite $x917 ?x1969 (+ 1 ?x4722))))
(let ((?x5613 (ite $x917 ?x5212 (* 2 |mem1[1]|))))
(let (($x3349 (= 0 (+ ?x5613 (* (- 1) (ite $x917 ?x223 (+ 1 |mem1[1]|))) ?x2776))))
(not $x3349)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (23, 2) (proved)
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
 (let ((?x6456 (+ |mem2[1]| |S_b[1]|)))
(let ((?x2740 (ite (< 0 ?x6456) ?x6456 0)))
(let ((?x5361 (* (- 1) |S_b[1]|)))
(let ((?x1292 (* (- 1) |mem2[1]|)))
(let ((?x667 (+ ?x1292 ?x5361 ?x2740)))
(let (($x917 (= 1 slot.b)))
(let ((?x227 (ite $x917 (+ 1 ?x1292) ?x667)))
(let ((?x2417 (ite $x917 (* 2 |mem2[1]|) ?x6456)))
(let (($x6695 (= 0 (+ ?x2417 (* (- 1) (ite $x917 (+ 1 |mem2[1]|) ?x2740)) ?x227))))
(not $x6695)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2270 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4342 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x120 (and $x4342 $x2270)))
(let (($x722 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2303 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2994 (and $x2303 $x722)))
(let (($x1133 (or $x2994 $x120)))
(not $x1133)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x5289 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6602 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1822 (and $x6602 $x5289)))
(let (($x1555 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1819 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x316 (and $x1819 $x1555)))
(let (($x4033 (or $x316 $x1822)))
(not $x4033)))))))))
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
 (let (($x1911 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x6239 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x3119 (or $x6239 $x1911)))
(not $x3119)))))
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
 (let (($x3108 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x630 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x1162 (or $x630 $x3108)))
(not $x1162)))))
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
 (let (($x2728 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x4778 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x4549 (or $x4778 $x2728)))
(not $x4549)))))
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
 (let (($x6866 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x1502 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x2921 (or $x1502 $x6866)))
(not $x2921)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4551 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1868 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6057 (and $x1868 $x4551)))
(let (($x2971 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6244 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1102 (and $x6244 $x2971)))
(let (($x206 (or $x1102 $x6057)))
(not $x206)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2344 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6550 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1222 (and $x6550 $x2344)))
(let (($x5149 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4438 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6191 (and $x4438 $x5149)))
(let (($x4624 (or $x6191 $x1222)))
(not $x4624)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x256 (= 0 (+ 1 |S_b[0]|))))
(let (($x5851 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x211 (or $x5851 $x256)))
(not $x211)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x109 (= 0 (+ 1 |S_b[1]|))))
(let (($x6370 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x4207 (or $x6370 $x109)))
(not $x4207)))))
(check-sat)
(reset)
