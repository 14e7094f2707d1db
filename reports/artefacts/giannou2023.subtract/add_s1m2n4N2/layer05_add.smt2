; add: S_b[0] at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let ((?x1589 (div (+ 6 (* 2 |S_b[0]|) |S_b[1]| (* 2 |B2[0]|) |B2[1]|) 2)))
(let ((?x1687 (mod (div ?x1589 2) 2)))
(let ((?x3862 (* 2 |B2[0]|)))
(let ((?x6453 (* 2 |S_b[0]|)))
(let ((?x6193 (+ (- 4) ?x6453 |S_b[1]| ?x3862 |B2[1]|)))
(let ((?x6238 (ite (< 0 ?x6193) ?x6193 0)))
(let ((?x416 (+ ?x6453 |S_b[1]| ?x3862 |B2[1]|)))
(let ((?x520 (ite (< 0 ?x416) ?x416 0)))
(let ((?x3845 (+ (- 2) ?x6453 |S_b[1]| ?x3862 |B2[1]|)))
(let ((?x1096 (ite (< 0 ?x3845) ?x3845 0)))
(let ((?x3438 (+ 2 ?x6453 |S_b[1]| ?x3862 |B2[1]|)))
(let ((?x5572 (ite (< 0 ?x3438) ?x3438 0)))
(let ((?x645 (+ 4 ?x6453 |S_b[1]| ?x3862 |B2[1]|)))
(let ((?x6764 (ite (< 0 ?x645) ?x645 0)))
(let (($x2294 (= 0 (+ ?x6764 (* (- 1) ?x5572) ?x1096 (* (- 1) ?x520) ?x6238 (* (- 2) ?x1687)))))
(not $x2294)))))))))))))))))
(check-sat)
(reset)
; add: S_b[1] at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let ((?x3887 (mod (div (div (+ 2 |S_b[1]| |B2[1]|) 2) 1) 2)))
(let ((?x6266 (+ |S_b[1]| |B2[1]|)))
(let ((?x489 (ite (< 0 ?x6266) ?x6266 0)))
(let (($x2952 (= 0 (+ 2 |S_b[1]| |B2[1]| (* (- 2) ?x489) (* (- 2) ?x3887)))))
(not $x2952))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5827 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2888 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1081 (and $x2888 $x5827)))
(let (($x446 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x200 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x374 (and $x200 $x446)))
(let (($x601 (or $x374 $x1081)))
(not $x601)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x275 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1184 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x694 (and $x1184 $x275)))
(let (($x5759 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2216 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4000 (and $x2216 $x5759)))
(let (($x2678 (or $x4000 $x694)))
(not $x2678)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x6982 (= 0 (+ 1 |mem1[0]|))))
(let (($x6013 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x6927 (or $x6013 $x6982)))
(not $x6927)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4327 (= 0 (+ 1 |mem1[1]|))))
(let (($x2728 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4441 (or $x2728 $x4327)))
(not $x4441)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4745 (= 0 (+ 1 |mem2[0]|))))
(let (($x969 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4462 (or $x969 $x4745)))
(not $x4462)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2178 (= 0 (+ 1 |mem2[1]|))))
(let (($x5184 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1092 (or $x5184 $x2178)))
(not $x1092)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1464 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3029 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2300 (and $x3029 $x1464)))
(let (($x397 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3006 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x962 (and $x3006 $x397)))
(let (($x3320 (or $x962 $x2300)))
(not $x3320)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5032 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5619 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4971 (and $x5619 $x5032)))
(let (($x3025 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x382 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5100 (and $x382 $x3025)))
(let (($x4405 (or $x5100 $x4971)))
(not $x4405)))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let ((?x1589 (div (+ 6 (* 2 |S_b[0]|) |S_b[1]| (* 2 |B2[0]|) |B2[1]|) 2)))
(let ((?x1687 (mod (div ?x1589 2) 2)))
(let (($x356 (= 0 ?x1687)))
(let (($x3751 (= 0 (+ (- 1) ?x1687))))
(let (($x6027 (or $x3751 $x356)))
(not $x6027)))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let ((?x3887 (mod (div (div (+ 2 |S_b[1]| |B2[1]|) 2) 1) 2)))
(let (($x5240 (= 0 ?x3887)))
(let (($x4360 (= 0 (+ (- 1) ?x3887))))
(let (($x2055 (or $x4360 $x5240)))
(not $x2055))))))
(check-sat)
(reset)
