; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x469 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2404 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1840 (and $x2404 $x469)))
(let (($x3159 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2471 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x604 (and $x2471 $x3159)))
(let (($x1015 (or $x604 $x1840)))
(not $x1015)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3213 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1999 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4229 (and $x1999 $x3213)))
(let (($x4444 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x267 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2474 (and $x267 $x4444)))
(let (($x2455 (or $x2474 $x4229)))
(not $x2455)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2033 (= 0 (+ 1 |mem1[0]|))))
(let (($x1357 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x486 (or $x1357 $x2033)))
(not $x486)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x3722 (= 0 (+ 1 |mem1[1]|))))
(let (($x528 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4839 (or $x528 $x3722)))
(not $x4839)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1489 (= 0 (+ 1 |mem1[2]|))))
(let (($x1603 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2226 (or $x1603 $x1489)))
(not $x2226)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4121 (= 0 (+ 1 |mem2[0]|))))
(let (($x2274 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1266 (or $x2274 $x4121)))
(not $x1266)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4051 (= 0 (+ 1 |mem2[1]|))))
(let (($x3425 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4139 (or $x3425 $x4051)))
(not $x4139)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x4433 (= 0 (+ 1 |mem2[2]|))))
(let (($x497 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1835 (or $x497 $x4433)))
(not $x1835)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4391 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x681 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x325 (and $x681 $x4391)))
(let (($x2237 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2896 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4473 (and $x2896 $x2237)))
(let (($x2092 (or $x4473 $x325)))
(not $x2092)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3223 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2796 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x295 (and $x2796 $x3223)))
(let (($x78 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3234 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4442 (and $x3234 $x78)))
(let (($x1799 (or $x4442 $x295)))
(not $x1799)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x441 (= 0 (+ 1 |S_a[0]|))))
(let (($x1755 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x2097 (or $x1755 $x441)))
(not $x2097)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x2339 (= 0 (+ 1 |S_a[1]|))))
(let (($x193 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x1733 (or $x193 $x2339)))
(not $x1733)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x1562 (= 0 (+ 1 |S_a[2]|))))
(let (($x1355 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x4649 (or $x1355 $x1562)))
(not $x4649)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x3788 (= 0 (+ 1 |S_b[0]|))))
(let (($x2329 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x3782 (or $x2329 $x3788)))
(not $x3782)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x1931 (= 0 (+ 1 |S_b[1]|))))
(let (($x4268 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x2461 (or $x4268 $x1931)))
(not $x2461)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x1708 (= 0 (+ 1 |S_b[2]|))))
(let (($x1507 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x2984 (or $x1507 $x1708)))
(not $x2984)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x1755 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x441 (= 0 (+ 1 |S_a[0]|))))
(let (($x4159 (or $x441 $x1755)))
(not $x4159)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x193 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x2339 (= 0 (+ 1 |S_a[1]|))))
(let (($x398 (or $x2339 $x193)))
(not $x398)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x1355 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x1562 (= 0 (+ 1 |S_a[2]|))))
(let (($x3631 (or $x1562 $x1355)))
(not $x3631)))))
(check-sat)
(reset)
