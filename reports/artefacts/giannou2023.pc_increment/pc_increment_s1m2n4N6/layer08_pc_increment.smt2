; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2282 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6872 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6901 (and $x6872 $x2282)))
(let (($x902 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6247 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x311 (and $x6247 $x902)))
(let (($x5675 (or $x311 $x6901)))
(not $x5675)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x5779 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3172 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2655 (and $x3172 $x5779)))
(let (($x1557 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3704 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1906 (and $x3704 $x1557)))
(let (($x3450 (or $x1906 $x2655)))
(not $x3450)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5135 (= 0 (+ 1 |mem1[0]|))))
(let (($x2816 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x386 (or $x2816 $x5135)))
(not $x386)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5411 (= 0 (+ 1 |mem1[1]|))))
(let (($x6344 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3242 (or $x6344 $x5411)))
(not $x3242)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x5213 (= 0 (+ 1 |mem1[2]|))))
(let (($x3658 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3502 (or $x3658 $x5213)))
(not $x3502)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2592 (= 0 (+ 1 |mem1[3]|))))
(let (($x1203 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x6404 (or $x1203 $x2592)))
(not $x6404)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x6472 (= 0 (+ 1 |mem1[4]|))))
(let (($x3044 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x2560 (or $x3044 $x6472)))
(not $x2560)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x5241 (= 0 (+ 1 |mem1[5]|))))
(let (($x1407 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x2376 (or $x1407 $x5241)))
(not $x2376)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4411 (= 0 (+ 1 |mem2[0]|))))
(let (($x689 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2906 (or $x689 $x4411)))
(not $x2906)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4030 (= 0 (+ 1 |mem2[1]|))))
(let (($x2156 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4283 (or $x2156 $x4030)))
(not $x4283)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x5154 (= 0 (+ 1 |mem2[2]|))))
(let (($x5007 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4115 (or $x5007 $x5154)))
(not $x4115)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x3025 (= 0 (+ 1 |mem2[3]|))))
(let (($x4031 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x471 (or $x4031 $x3025)))
(not $x471)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x4184 (= 0 (+ 1 |mem2[4]|))))
(let (($x5825 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x3388 (or $x5825 $x4184)))
(not $x3388)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x423 (= 0 (+ 1 |mem2[5]|))))
(let (($x6328 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x6610 (or $x6328 $x423)))
(not $x6610)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2037 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6291 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4969 (and $x6291 $x2037)))
(let (($x1207 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3724 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4749 (and $x3724 $x1207)))
(let (($x5519 (or $x4749 $x4969)))
(not $x5519)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2399 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4920 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2256 (and $x4920 $x2399)))
(let (($x6094 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2590 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5348 (and $x2590 $x6094)))
(let (($x2603 (or $x5348 $x2256)))
(not $x2603)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x4237 (= 0 (+ (- 1) flag))))
(let (($x4662 (= 0 flag)))
(let (($x2232 (or $x4662 $x4237)))
(not $x2232)))))
(check-sat)
(reset)
