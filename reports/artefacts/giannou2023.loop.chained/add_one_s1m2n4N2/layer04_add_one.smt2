; add_one: B.B2[0] at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let ((?x4778 (mod (div (div (+ 5 (* 2 |B1[0]|) |B1[1]|) 2) 2) 2)))
(let ((?x5761 (* 2 |B1[0]|)))
(let ((?x3721 (+ (- 1) ?x5761 |B1[1]|)))
(let ((?x1822 (ite (< 0 ?x3721) ?x3721 0)))
(let ((?x2349 (+ 1 ?x5761 |B1[1]|)))
(let ((?x2621 (ite (< 0 ?x2349) ?x2349 0)))
(let (($x389 (= 0 (+ 3 ?x5761 |B1[1]| (* (- 1) ?x2621) (* (- 1) ?x1822) (* (- 2) ?x4778)))))
(not $x389)))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let ((?x4996 (+ (- 1) |B1[1]| (* 2 (mod (div (div (+ 3 |B1[1]|) 2) 1) 2)))))
(let (($x917 (= 0 ?x4996)))
(not $x917))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4111 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1611 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1444 (and $x1611 $x4111)))
(let (($x3432 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x109 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4551 (and $x109 $x3432)))
(let (($x183 (or $x4551 $x1444)))
(not $x183)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x6239 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5318 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5361 (and $x5318 $x6239)))
(let (($x3240 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2129 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5280 (and $x2129 $x3240)))
(let (($x2327 (or $x5280 $x5361)))
(not $x2327)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x223 (= 0 (+ 1 |mem1[0]|))))
(let (($x5130 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2493 (or $x5130 $x223)))
(not $x2493)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2728 (= 0 (+ 1 |mem1[1]|))))
(let (($x1658 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x6968 (or $x1658 $x2728)))
(not $x6968)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x6905 (= 0 (+ 1 |mem2[0]|))))
(let (($x3082 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x120 (or $x3082 $x6905)))
(not $x120)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4033 (= 0 (+ 1 |mem2[1]|))))
(let (($x6339 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2037 (or $x6339 $x4033)))
(not $x2037)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1133 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2788 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1502 (and $x2788 $x1133)))
(let (($x4850 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1292 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5819 (and $x1292 $x4850)))
(let (($x1222 (or $x5819 $x1502)))
(not $x1222)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1056 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2071 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5707 (and $x2071 $x1056)))
(let (($x6149 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5212 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2467 (and $x5212 $x6149)))
(let (($x2776 (or $x2467 $x5707)))
(not $x2776)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x6713 (= 0 (+ 1 |S_a[0]|))))
(let (($x6414 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x2303 (or $x6414 $x6713)))
(not $x2303)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x552 (= 0 (+ 1 |S_a[1]|))))
(let (($x652 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x5399 (or $x652 $x552)))
(not $x5399)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x256 (= 0 (+ 1 |S_b[0]|))))
(let (($x156 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x1317 (or $x156 $x256)))
(not $x1317)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x3783 (= 0 (+ 1 |S_b[1]|))))
(let (($x6093 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x6733 (or $x6093 $x3783)))
(not $x6733)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x927 (= 0 (+ 1 |B1[0]|))))
(let (($x6138 (= 0 (+ (- 1) |B1[0]|))))
(let (($x4526 (or $x6138 $x927)))
(not $x4526)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x1555 (= 0 (+ 1 |B1[1]|))))
(let (($x2045 (= 0 (+ (- 1) |B1[1]|))))
(let (($x7034 (or $x2045 $x1555)))
(not $x7034)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let ((?x4778 (mod (div (div (+ 5 (* 2 |B1[0]|) |B1[1]|) 2) 2) 2)))
(let (($x4300 (= 0 ?x4778)))
(let (($x3699 (= 0 (+ (- 1) ?x4778))))
(let (($x3586 (or $x3699 $x4300)))
(not $x3586))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let ((?x2739 (mod (div (div (+ 3 |B1[1]|) 2) 1) 2)))
(let (($x3551 (= 0 ?x2739)))
(let (($x1584 (= 0 (+ (- 1) ?x2739))))
(let (($x211 (or $x1584 $x3551)))
(not $x211))))))
(check-sat)
(reset)
