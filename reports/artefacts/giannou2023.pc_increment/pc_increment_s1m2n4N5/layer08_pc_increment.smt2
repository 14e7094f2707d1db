; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1395 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2194 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6662 (and $x2194 $x1395)))
(let (($x5359 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2219 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2239 (and $x2219 $x5359)))
(let (($x2200 (or $x2239 $x6662)))
(not $x2200)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3354 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4391 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5965 (and $x4391 $x3354)))
(let (($x4252 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4525 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x233 (and $x4525 $x4252)))
(let (($x181 (or $x233 $x5965)))
(not $x181)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5860 (= 0 (+ 1 |mem1[0]|))))
(let (($x4110 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x965 (or $x4110 $x5860)))
(not $x965)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x6759 (= 0 (+ 1 |mem1[1]|))))
(let (($x3359 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x947 (or $x3359 $x6759)))
(not $x947)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1814 (= 0 (+ 1 |mem1[2]|))))
(let (($x146 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x5897 (or $x146 $x1814)))
(not $x5897)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x4310 (= 0 (+ 1 |mem1[3]|))))
(let (($x4030 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x776 (or $x4030 $x4310)))
(not $x776)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x1848 (= 0 (+ 1 |mem1[4]|))))
(let (($x5800 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4419 (or $x5800 $x1848)))
(not $x4419)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2394 (= 0 (+ 1 |mem2[0]|))))
(let (($x4775 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x306 (or $x4775 $x2394)))
(not $x306)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3704 (= 0 (+ 1 |mem2[1]|))))
(let (($x6996 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5762 (or $x6996 $x3704)))
(not $x5762)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1688 (= 0 (+ 1 |mem2[2]|))))
(let (($x4456 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x6839 (or $x4456 $x1688)))
(not $x6839)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x4411 (= 0 (+ 1 |mem2[3]|))))
(let (($x2611 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1202 (or $x2611 $x4411)))
(not $x1202)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x1226 (= 0 (+ 1 |mem2[4]|))))
(let (($x6613 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x4757 (or $x6613 $x1226)))
(not $x4757)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5209 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5915 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6354 (and $x5915 $x5209)))
(let (($x5871 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2560 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2001 (and $x2560 $x5871)))
(let (($x1224 (or $x2001 $x6354)))
(not $x1224)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4323 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4224 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2221 (and $x4224 $x4323)))
(let (($x1017 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x7046 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x7 (and $x7046 $x1017)))
(let (($x5932 (or $x7 $x2221)))
(not $x5932)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x5461 (= 0 (+ (- 1) flag))))
(let (($x725 (= 0 flag)))
(let (($x1407 (or $x725 $x5461)))
(not $x1407)))))
(check-sat)
(reset)
