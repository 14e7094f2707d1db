; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6238 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6377 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5100 (and $x6377 $x6238)))
(let (($x6764 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4776 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3006 (and $x4776 $x6764)))
(let (($x2259 (or $x3006 $x5100)))
(not $x2259)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1687 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4134 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3045 (and $x4134 $x1687)))
(let (($x2728 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5790 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6189 (and $x5790 $x2728)))
(let (($x5263 (or $x6189 $x3045)))
(not $x5263)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3025 (= 0 (+ 1 |mem1[0]|))))
(let (($x628 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2423 (or $x628 $x3025)))
(not $x2423)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x3734 (= 0 (+ 1 |mem1[1]|))))
(let (($x6692 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x52 (or $x6692 $x3734)))
(not $x52)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x5134 (= 0 (+ 1 |mem2[0]|))))
(let (($x3912 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3438 (or $x3912 $x5134)))
(not $x3438)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1445 (= 0 (+ 1 |mem2[1]|))))
(let (($x1460 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x6992 (or $x1460 $x1445)))
(not $x6992)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1775 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6376 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1464 (and $x6376 $x1775)))
(let (($x1935 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4755 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2029 (and $x4755 $x1935)))
(let (($x2208 (or $x2029 $x1464)))
(not $x2208)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1303 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4667 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x275 (and $x4667 $x1303)))
(let (($x6026 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5627 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1297 (and $x5627 $x6026)))
(let (($x5827 (or $x1297 $x275)))
(not $x5827)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x6027 (= 0 (+ 1 |S_a[0]|))))
(let (($x3862 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x2771 (or $x3862 $x6027)))
(not $x2771)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x2234 (= 0 (+ 1 |S_a[1]|))))
(let (($x5548 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x399 (or $x5548 $x2234)))
(not $x399)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x416 (= 0 (+ 1 |S_b[0]|))))
(let (($x4111 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x422 (or $x4111 $x416)))
(not $x422)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x6398 (= 0 (+ 1 |S_b[1]|))))
(let (($x365 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x4745 (or $x365 $x6398)))
(not $x4745)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x3862 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x6027 (= 0 (+ 1 |S_a[0]|))))
(let (($x2125 (or $x6027 $x3862)))
(not $x2125)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x5548 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x2234 (= 0 (+ 1 |S_a[1]|))))
(let (($x2178 (or $x2234 $x5548)))
(not $x2178)))))
(check-sat)
(reset)
