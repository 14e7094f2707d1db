; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5457 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3215 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6587 (and $x3215 $x5457)))
(let (($x2155 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1281 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6322 (and $x1281 $x2155)))
(let (($x834 (or $x6322 $x6587)))
(not $x834)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4224 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6420 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5120 (and $x6420 $x4224)))
(let (($x639 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5860 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4115 (and $x5860 $x639)))
(let (($x3002 (or $x4115 $x5120)))
(not $x3002)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x6167 (= 0 (+ 1 |mem1[0]|))))
(let (($x3836 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1997 (or $x3836 $x6167)))
(not $x1997)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4498 (= 0 (+ 1 |mem1[1]|))))
(let (($x86 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3776 (or $x86 $x4498)))
(not $x3776)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4136 (= 0 (+ 1 |mem1[2]|))))
(let (($x817 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x6354 (or $x817 $x4136)))
(not $x6354)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4150 (= 0 (+ 1 |mem2[0]|))))
(let (($x1781 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4659 (or $x1781 $x4150)))
(not $x4659)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x771 (= 0 (+ 1 |mem2[1]|))))
(let (($x6152 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x636 (or $x6152 $x771)))
(not $x636)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1848 (= 0 (+ 1 |mem2[2]|))))
(let (($x1820 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x6872 (or $x1820 $x1848)))
(not $x6872)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2165 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5762 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x423 (and $x5762 $x2165)))
(let (($x4412 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2045 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2624 (and $x2045 $x4412)))
(let (($x1207 (or $x2624 $x423)))
(not $x1207)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x649 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2239 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5154 (and $x2239 $x649)))
(let (($x1158 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4419 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3890 (and $x4419 $x1158)))
(let (($x4725 (or $x3890 $x5154)))
(not $x4725)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x5659 (= 0 (+ (- 1) flag))))
(let (($x3406 (= 0 flag)))
(let (($x987 (or $x3406 $x5659)))
(not $x987)))))
(check-sat)
(reset)
