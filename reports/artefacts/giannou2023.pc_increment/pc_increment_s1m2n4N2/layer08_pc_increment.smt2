; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x437 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4725 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4983 (and $x4725 $x437)))
(let (($x4027 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2410 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1426 (and $x2410 $x4027)))
(let (($x1781 (or $x1426 $x4983)))
(not $x1781)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4238 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3504 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4303 (and $x3504 $x4238)))
(let (($x416 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4283 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x150 (and $x4283 $x416)))
(let (($x5241 (or $x150 $x4303)))
(not $x5241)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5120 (= 0 (+ 1 |mem1[0]|))))
(let (($x1175 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x716 (or $x1175 $x5120)))
(not $x716)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x3172 (= 0 (+ 1 |mem1[1]|))))
(let (($x3406 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x423 (or $x3406 $x3172)))
(not $x423)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x5489 (= 0 (+ 1 |mem2[0]|))))
(let (($x6152 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3177 (or $x6152 $x5489)))
(not $x3177)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x137 (= 0 (+ 1 |mem2[1]|))))
(let (($x2256 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x6278 (or $x2256 $x137)))
(not $x6278)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3776 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2592 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6714 (and $x2592 $x3776)))
(let (($x5860 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1137 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5537 (and $x1137 $x5860)))
(let (($x410 (or $x5537 $x6714)))
(not $x410)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3771 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4115 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2219 (and $x4115 $x3771)))
(let (($x3647 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6587 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3242 (and $x6587 $x3647)))
(let (($x1214 (or $x3242 $x2219)))
(not $x1214)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x6322 (= 0 (+ (- 1) flag))))
(let (($x6960 (= 0 flag)))
(let (($x2288 (or $x6960 $x6322)))
(not $x2288)))))
(check-sat)
(reset)
