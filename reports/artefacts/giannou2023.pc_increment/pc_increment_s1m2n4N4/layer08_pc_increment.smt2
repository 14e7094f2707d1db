; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3225 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2571 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4442 (and $x2571 $x3225)))
(let (($x958 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1931 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3287 (and $x1931 $x958)))
(let (($x450 (or $x3287 $x4442)))
(not $x450)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1507 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2573 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x271 (and $x2573 $x1507)))
(let (($x494 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2195 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x330 (and $x2195 $x494)))
(let (($x1999 (or $x330 $x271)))
(not $x1999)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3136 (= 0 (+ 1 |mem1[0]|))))
(let (($x1522 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x193 (or $x1522 $x3136)))
(not $x193)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x267 (= 0 (+ 1 |mem1[1]|))))
(let (($x1594 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4486 (or $x1594 $x267)))
(not $x4486)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4229 (= 0 (+ 1 |mem1[2]|))))
(let (($x874 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4281 (or $x874 $x4229)))
(not $x4281)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2455 (= 0 (+ 1 |mem1[3]|))))
(let (($x5011 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1272 (or $x5011 $x2455)))
(not $x1272)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x398 (= 0 (+ 1 |mem2[0]|))))
(let (($x211 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x522 (or $x211 $x398)))
(not $x522)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x78 (= 0 (+ 1 |mem2[1]|))))
(let (($x1894 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x198 (or $x1894 $x78)))
(not $x198)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1588 (= 0 (+ 1 |mem2[2]|))))
(let (($x2274 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x10 (or $x2274 $x1588)))
(not $x10)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1266 (= 0 (+ 1 |mem2[3]|))))
(let (($x2722 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2129 (or $x2722 $x1266)))
(not $x2129)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2461 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1185 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x590 (and $x1185 $x2461)))
(let (($x1620 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x469 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2485 (and $x469 $x1620)))
(let (($x9 (or $x2485 $x590)))
(not $x9)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x681 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1114 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2152 (and $x1114 $x681)))
(let (($x1636 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3154 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3735 (and $x3154 $x1636)))
(let (($x3187 (or $x3735 $x2152)))
(not $x3187)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x3935 (= 0 (+ (- 1) flag))))
(let (($x325 (= 0 flag)))
(let (($x2097 (or $x325 $x3935)))
(not $x2097)))))
(check-sat)
(reset)
