; flag: S_a.flag[0] at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x4433 (* 2 |S_b[2]|)))
(let ((?x2435 (+ 15 (* 8 |S_b[0]|) (* 4 |S_b[1]|) ?x4433 |S_b[3]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 16)))))
(let (($x2266 (>= 0 ?x2435)))
(let ((?x2689 (ite $x2266 1 0)))
(let ((?x825 (+ 3 |S_b[0]| |S_b[1]| |S_b[2]| |S_b[3]|)))
(let ((?x3493 (ite (< 0 ?x825) ?x825 0)))
(let ((?x4391 (+ 5 |S_b[0]| (* 2 |S_b[1]|) ?x4433 (* 2 |S_b[3]|) (* (- 2) ?x3493) (* 2 ?x2689))))
(let (($x3425 (= 0 ?x4391)))
(not $x3425))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x920 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3895 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1599 (and $x3895 $x920)))
(let (($x4513 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2970 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2891 (and $x2970 $x4513)))
(let (($x1636 (or $x2891 $x1599)))
(not $x1636)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3117 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x120 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4139 (and $x120 $x3117)))
(let (($x305 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1938 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1090 (and $x1938 $x305)))
(let (($x868 (or $x1090 $x4139)))
(not $x868)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x295 (= 0 (+ 1 |mem1[0]|))))
(let (($x398 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1706 (or $x398 $x295)))
(not $x1706)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2231 (= 0 (+ 1 |mem1[1]|))))
(let (($x3055 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4829 (or $x3055 $x2231)))
(not $x4829)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4057 (= 0 (+ 1 |mem1[2]|))))
(let (($x2033 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2410 (or $x2033 $x4057)))
(not $x2410)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x3277 (= 0 (+ 1 |mem1[3]|))))
(let (($x2703 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1562 (or $x2703 $x3277)))
(not $x1562)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x9 (= 0 (+ 1 |mem2[0]|))))
(let (($x1620 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1269 (or $x1620 $x9)))
(not $x1269)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x198 (= 0 (+ 1 |mem2[1]|))))
(let (($x1894 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4473 (or $x1894 $x198)))
(not $x4473)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1100 (= 0 (+ 1 |mem2[2]|))))
(let (($x3234 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2471 (or $x3234 $x1100)))
(not $x2471)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x4121 (= 0 (+ 1 |mem2[3]|))))
(let (($x469 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2834 (or $x469 $x4121)))
(not $x2834)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2573 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2274 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4801 (and $x2274 $x2573)))
(let (($x4486 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3970 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1355 (and $x3970 $x4486)))
(let (($x2152 (or $x1355 $x4801)))
(not $x2152)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x267 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1206 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x330 (and $x1206 $x267)))
(let (($x2461 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1229 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x884 (and $x1229 $x2461)))
(let (($x390 (or $x884 $x330)))
(not $x390)))))))))
(check-sat)
(reset)
; flag: contract output: flag in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x4433 (* 2 |S_b[2]|)))
(let ((?x2435 (+ 15 (* 8 |S_b[0]|) (* 4 |S_b[1]|) ?x4433 |S_b[3]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 16)))))
(let (($x2266 (>= 0 ?x2435)))
(let (($x4572 (not $x2266)))
(let (($x3223 (or $x4572 $x2266)))
(not $x3223)))))))
(check-sat)
(reset)
