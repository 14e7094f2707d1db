; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6936 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2219 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6644 (and $x2219 $x6936)))
(let (($x5348 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6222 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6782 (and $x6222 $x5348)))
(let (($x4414 (or $x6782 $x6644)))
(not $x4414)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x6472 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x502 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2742 (and $x502 $x6472)))
(let (($x1334 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1217 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2202 (and $x1217 $x1334)))
(let (($x256 (or $x2202 $x2742)))
(not $x256)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1407 (= 0 (+ 1 |mem1[0]|))))
(let (($x526 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4422 (or $x526 $x1407)))
(not $x4422)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4757 (= 0 (+ 1 |mem1[1]|))))
(let (($x947 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2053 (or $x947 $x4757)))
(not $x2053)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x5932 (= 0 (+ 1 |mem1[2]|))))
(let (($x637 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x5915 (or $x637 $x5932)))
(not $x5915)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x734 (= 0 (+ 1 |mem1[3]|))))
(let (($x4749 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4797 (or $x4749 $x734)))
(not $x4797)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x1426 (= 0 (+ 1 |mem1[4]|))))
(let (($x4252 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x6827 (or $x4252 $x1426)))
(not $x6827)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x2239 (= 0 (+ 1 |mem1[5]|))))
(let (($x1464 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x3188 (or $x1464 $x2239)))
(not $x3188)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4413 (= 0 (+ 1 |mem2[0]|))))
(let (($x4815 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2414 (or $x4815 $x4413)))
(not $x2414)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3078 (= 0 (+ 1 |mem2[1]|))))
(let (($x6759 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1439 (or $x6759 $x3078)))
(not $x1439)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3878 (= 0 (+ 1 |mem2[2]|))))
(let (($x4445 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3363 (or $x4445 $x3878)))
(not $x3363)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x5197 (= 0 (+ 1 |mem2[3]|))))
(let (($x3737 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1308 (or $x3737 $x5197)))
(not $x1308)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x3936 (= 0 (+ 1 |mem2[4]|))))
(let (($x1207 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x2824 (or $x1207 $x3936)))
(not $x2824)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x2399 (= 0 (+ 1 |mem2[5]|))))
(let (($x2560 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x1281 (or $x2560 $x2399)))
(not $x1281)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x5211 (= 0 (+ 1 |pcbits[0]|))))
(let (($x716 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x437 (or $x716 $x5211)))
(not $x437)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x6145 (= 0 (+ 1 |pcbits[1]|))))
(let (($x636 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x5153 (or $x636 $x6145)))
(not $x5153)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2603 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3505 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5724 (and $x3505 $x2603)))
(let (($x4973 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3189 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6105 (and $x3189 $x4973)))
(let (($x3112 (or $x6105 $x5724)))
(not $x3112)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x181 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4150 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5544 (and $x4150 $x181)))
(let (($x2955 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1395 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5031 (and $x1395 $x2955)))
(let (($x6092 (or $x5031 $x5544)))
(not $x6092)))))))))
(check-sat)
(reset)
