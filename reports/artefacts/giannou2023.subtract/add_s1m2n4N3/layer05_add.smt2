; add: S_b[0] at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x3143 (* 2 |B2[1]|)))
(let ((?x3439 (* 4 |B2[0]|)))
(let ((?x4293 (* 2 |S_b[1]|)))
(let ((?x3586 (* 4 |S_b[0]|)))
(let ((?x2985 (div (div (+ 14 ?x3586 ?x4293 |S_b[2]| ?x3439 ?x3143 |B2[2]|) 2) 4)))
(let ((?x4903 (mod ?x2985 2)))
(let ((?x5150 (+ (- 10) ?x3586 ?x4293 |S_b[2]| ?x3439 ?x3143 |B2[2]|)))
(let ((?x3934 (ite (< 0 ?x5150) ?x5150 0)))
(let ((?x4850 (+ (- 8) ?x3586 ?x4293 |S_b[2]| ?x3439 ?x3143 |B2[2]|)))
(let ((?x2098 (ite (< 0 ?x4850) ?x4850 0)))
(let ((?x2863 (+ ?x3586 ?x4293 |S_b[2]| ?x3439 ?x3143 |B2[2]|)))
(let ((?x1298 (ite (< 0 ?x2863) ?x2863 0)))
(let ((?x2344 (+ (- 2) ?x3586 ?x4293 |S_b[2]| ?x3439 ?x3143 |B2[2]|)))
(let ((?x4971 (ite (< 0 ?x2344) ?x2344 0)))
(let ((?x5386 (+ 6 ?x3586 ?x4293 |S_b[2]| ?x3439 ?x3143 |B2[2]|)))
(let ((?x727 (ite (< 0 ?x5386) ?x5386 0)))
(let ((?x3145 (+ 8 ?x3586 ?x4293 |S_b[2]| ?x3439 ?x3143 |B2[2]|)))
(let ((?x6609 (ite (< 0 ?x3145) ?x3145 0)))
(let ((?x5818 (+ ?x6609 (* (- 1) ?x727) ?x4971 (* (- 1) ?x1298) ?x2098 (* (- 1) ?x3934) (* (- 2) ?x4903))))
(let (($x4190 (= 0 ?x5818)))
(not $x4190))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[1] at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x677 (div (+ 6 (* 2 |S_b[1]|) |S_b[2]| (* 2 |B2[1]|) |B2[2]|) 2)))
(let ((?x744 (mod (div ?x677 2) 2)))
(let ((?x3143 (* 2 |B2[1]|)))
(let ((?x4293 (* 2 |S_b[1]|)))
(let ((?x5761 (+ (- 4) ?x4293 |S_b[2]| ?x3143 |B2[2]|)))
(let ((?x2480 (ite (< 0 ?x5761) ?x5761 0)))
(let ((?x3272 (+ ?x4293 |S_b[2]| ?x3143 |B2[2]|)))
(let ((?x1452 (ite (< 0 ?x3272) ?x3272 0)))
(let ((?x574 (+ (- 2) ?x4293 |S_b[2]| ?x3143 |B2[2]|)))
(let ((?x7034 (ite (< 0 ?x574) ?x574 0)))
(let ((?x5091 (+ 2 ?x4293 |S_b[2]| ?x3143 |B2[2]|)))
(let ((?x1458 (ite (< 0 ?x5091) ?x5091 0)))
(let ((?x831 (+ 4 ?x4293 |S_b[2]| ?x3143 |B2[2]|)))
(let ((?x633 (ite (< 0 ?x831) ?x831 0)))
(let (($x2180 (= 0 (+ ?x633 (* (- 1) ?x1458) ?x7034 (* (- 1) ?x1452) ?x2480 (* (- 2) ?x744)))))
(not $x2180)))))))))))))))))
(check-sat)
(reset)
; add: S_b[2] at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x1067 (mod (div (div (+ 2 |S_b[2]| |B2[2]|) 2) 1) 2)))
(let ((?x6714 (+ |S_b[2]| |B2[2]|)))
(let ((?x1914 (ite (< 0 ?x6714) ?x6714 0)))
(let (($x256 (= 0 (+ 2 |S_b[2]| |B2[2]| (* (- 2) ?x1914) (* (- 2) ?x1067)))))
(not $x256))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5361 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x277 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2971 (and $x277 $x5361)))
(let (($x5207 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x932 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x917 (and $x932 $x5207)))
(let (($x5383 (or $x917 $x2971)))
(not $x5383)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x5295 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4422 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1097 (and $x4422 $x5295)))
(let (($x149 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3082 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2849 (and $x3082 $x149)))
(let (($x2591 (or $x2849 $x1097)))
(not $x2591)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2763 (= 0 (+ 1 |mem1[0]|))))
(let (($x4215 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1243 (or $x4215 $x2763)))
(not $x1243)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x3863 (= 0 (+ 1 |mem1[1]|))))
(let (($x6149 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4983 (or $x6149 $x3863)))
(not $x4983)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1133 (= 0 (+ 1 |mem1[2]|))))
(let (($x5819 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1444 (or $x5819 $x1133)))
(not $x1444)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x211 (= 0 (+ 1 |mem2[0]|))))
(let (($x2349 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x402 (or $x2349 $x211)))
(not $x402)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x626 (= 0 (+ 1 |mem2[1]|))))
(let (($x3834 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x7055 (or $x3834 $x626)))
(not $x7055)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1364 (= 0 (+ 1 |mem2[2]|))))
(let (($x1658 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5851 (or $x1658 $x1364)))
(not $x5851)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x6842 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2417 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2921 (and $x2417 $x6842)))
(let (($x2270 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3920 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1317 (and $x3920 $x2270)))
(let (($x2484 (or $x1317 $x2921)))
(not $x2484)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x206 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6776 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x7032 (and $x6776 $x206)))
(let (($x4632 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1276 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4514 (and $x1276 $x4632)))
(let (($x1631 (or $x4514 $x7032)))
(not $x1631)))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x3143 (* 2 |B2[1]|)))
(let ((?x3439 (* 4 |B2[0]|)))
(let ((?x4293 (* 2 |S_b[1]|)))
(let ((?x3586 (* 4 |S_b[0]|)))
(let ((?x2985 (div (div (+ 14 ?x3586 ?x4293 |S_b[2]| ?x3439 ?x3143 |B2[2]|) 2) 4)))
(let ((?x4903 (mod ?x2985 2)))
(let (($x6050 (= 0 ?x4903)))
(let (($x5222 (= 0 (+ (- 1) ?x4903))))
(let (($x6717 (or $x5222 $x6050)))
(not $x6717)))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x677 (div (+ 6 (* 2 |S_b[1]|) |S_b[2]| (* 2 |B2[1]|) |B2[2]|) 2)))
(let ((?x744 (mod (div ?x677 2) 2)))
(let (($x4111 (= 0 ?x744)))
(let (($x6534 (= 0 (+ (- 1) ?x744))))
(let (($x3432 (or $x6534 $x4111)))
(not $x3432)))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x1067 (mod (div (div (+ 2 |S_b[2]| |B2[2]|) 2) 1) 2)))
(let (($x618 (= 0 ?x1067)))
(let (($x2487 (= 0 (+ (- 1) ?x1067))))
(let (($x3063 (or $x2487 $x618)))
(not $x3063))))))
(check-sat)
(reset)
