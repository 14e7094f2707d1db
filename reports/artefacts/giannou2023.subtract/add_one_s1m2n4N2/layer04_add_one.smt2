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
 (let ((?x4755 (mod (div (div (+ 5 (* 2 |B1[0]|) |B1[1]|) 2) 2) 2)))
(let ((?x4360 (* 2 |B1[0]|)))
(let ((?x2337 (+ (- 1) ?x4360 |B1[1]|)))
(let ((?x5578 (ite (< 0 ?x2337) ?x2337 0)))
(let ((?x5240 (+ 1 ?x4360 |B1[1]|)))
(let ((?x1160 (ite (< 0 ?x5240) ?x5240 0)))
(let (($x6376 (= 0 (+ 3 ?x4360 |B1[1]| (* (- 1) ?x1160) (* (- 1) ?x5578) (* (- 2) ?x4755)))))
(not $x6376)))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let ((?x356 (+ (- 1) |B1[1]| (* 2 (mod (div (div (+ 3 |B1[1]|) 2) 1) 2)))))
(let (($x6189 (= 0 ?x356)))
(not $x6189))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3531 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4134 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6266 (and $x4134 $x3531)))
(let (($x5134 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x36 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6927 (and $x36 $x5134)))
(let (($x4745 (or $x6927 $x6266)))
(not $x4745)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2259 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6377 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6864 (and $x6377 $x2259)))
(let (($x416 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5263 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4016 (and $x5263 $x416)))
(let (($x1687 (or $x4016 $x6864)))
(not $x1687)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3025 (= 0 (+ 1 |mem1[0]|))))
(let (($x1167 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1589 (or $x1167 $x3025)))
(not $x1589)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x6124 (= 0 (+ 1 |mem1[1]|))))
(let (($x4971 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x5471 (or $x4971 $x6124)))
(not $x5471)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3045 (= 0 (+ 1 |mem2[0]|))))
(let (($x2178 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x422 (or $x2178 $x3045)))
(not $x422)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3022 (= 0 (+ 1 |mem2[1]|))))
(let (($x6246 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5823 (or $x6246 $x3022)))
(not $x5823)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2728 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x655 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x444 (and $x655 $x2728)))
(let (($x1807 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2678 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6469 (and $x2678 $x1807)))
(let (($x5548 (or $x6469 $x444)))
(not $x5548)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1123 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1303 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5908 (and $x1303 $x1123)))
(let (($x1423 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1795 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6027 (and $x1795 $x1423)))
(let (($x605 (or $x6027 $x5908)))
(not $x605)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x3226 (= 0 (+ 1 |S_a[0]|))))
(let (($x3287 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x5043 (or $x3287 $x3226)))
(not $x5043)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x2455 (= 0 (+ 1 |S_a[1]|))))
(let (($x1230 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x4928 (or $x1230 $x2455)))
(not $x4928)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x2952 (= 0 (+ 1 |S_b[0]|))))
(let (($x270 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x3029 (or $x270 $x2952)))
(not $x3029)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x6238 (= 0 (+ 1 |S_b[1]|))))
(let (($x4440 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x962 (or $x4440 $x6238)))
(not $x962)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x520 (= 0 (+ 1 |B1[0]|))))
(let (($x4317 (= 0 (+ (- 1) |B1[0]|))))
(let (($x3438 (or $x4317 $x520)))
(not $x3438)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x4405 (= 0 (+ 1 |B1[1]|))))
(let (($x3350 (= 0 (+ (- 1) |B1[1]|))))
(let (($x1081 (or $x3350 $x4405)))
(not $x1081)))))
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
 (let ((?x4755 (mod (div (div (+ 5 (* 2 |B1[0]|) |B1[1]|) 2) 2) 2)))
(let (($x6982 (= 0 ?x4755)))
(let (($x1369 (= 0 (+ (- 1) ?x4755))))
(let (($x4462 (or $x1369 $x6982)))
(not $x4462))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let ((?x6692 (mod (div (div (+ 3 |B1[1]|) 2) 1) 2)))
(let (($x6764 (= 0 ?x6692)))
(let (($x4881 (= 0 (+ (- 1) ?x6692))))
(let (($x163 (or $x4881 $x6764)))
(not $x163))))))
(check-sat)
(reset)
