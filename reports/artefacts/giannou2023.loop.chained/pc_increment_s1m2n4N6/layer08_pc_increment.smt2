; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2893 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2761 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4197 (and $x2761 $x2893)))
(let (($x3498 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2495 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2888 (and $x2495 $x3498)))
(let (($x228 (or $x2888 $x4197)))
(not $x228)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2796 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4444 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3094 (and $x4444 $x2796)))
(let (($x2179 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x433 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2226 (and $x433 $x2179)))
(let (($x562 (or $x2226 $x3094)))
(not $x562)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3772 (= 0 (+ 1 |mem1[0]|))))
(let (($x267 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1272 (or $x267 $x3772)))
(not $x1272)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2955 (= 0 (+ 1 |mem1[1]|))))
(let (($x3317 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2485 (or $x3317 $x2955)))
(not $x2485)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1320 (= 0 (+ 1 |mem1[2]|))))
(let (($x3493 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x486 (or $x3493 $x1320)))
(not $x486)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1999 (= 0 (+ 1 |mem1[3]|))))
(let (($x1227 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2391 (or $x1227 $x1999)))
(not $x2391)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x4004 (= 0 (+ 1 |mem1[4]|))))
(let (($x4717 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x810 (or $x4717 $x4004)))
(not $x810)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x2771 (= 0 (+ 1 |mem1[5]|))))
(let (($x884 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x4111 (or $x884 $x2771)))
(not $x4111)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2157 (= 0 (+ 1 |mem2[0]|))))
(let (($x2410 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5065 (or $x2410 $x2157)))
(not $x5065)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1077 (= 0 (+ 1 |mem2[1]|))))
(let (($x3695 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3420 (or $x3695 $x1077)))
(not $x3420)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x489 (= 0 (+ 1 |mem2[2]|))))
(let (($x3191 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2722 (or $x3191 $x489)))
(not $x2722)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x199 (= 0 (+ 1 |mem2[3]|))))
(let (($x4456 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x4486 (or $x4456 $x199)))
(not $x4486)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x764 (= 0 (+ 1 |mem2[4]|))))
(let (($x503 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1043 (or $x503 $x764)))
(not $x1043)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x3278 (= 0 (+ 1 |mem2[5]|))))
(let (($x1777 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x1594 (or $x1777 $x3278)))
(not $x1594)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3213 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2402 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1584 (and $x2402 $x3213)))
(let (($x62 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4064 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1977 (and $x4064 $x62)))
(let (($x1445 (or $x1977 $x1584)))
(not $x1445)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1171 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x891 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4268 (and $x891 $x1171)))
(let (($x1497 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2474 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x383 (and $x2474 $x1497)))
(let (($x958 (or $x383 $x4268)))
(not $x958)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x2545 (= 0 (+ (- 1) flag))))
(let (($x4464 (= 0 flag)))
(let (($x2102 (or $x4464 $x2545)))
(not $x2102)))))
(check-sat)
(reset)
