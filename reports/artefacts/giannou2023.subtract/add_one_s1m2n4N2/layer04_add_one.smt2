; add_one: B.B2[0] at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let ((?x6291 (mod (div (div (+ 5 (* 2 |B1[0]|) |B1[1]|) 2) 2) 2)))
(let ((?x4327 (* 2 |B1[0]|)))
(let ((?x2955 (+ (- 1) ?x4327 |B1[1]|)))
(let ((?x3704 (ite (< 0 ?x2955) ?x2955 0)))
(let ((?x2394 (+ 1 ?x4327 |B1[1]|)))
(let ((?x1226 (ite (< 0 ?x2394) ?x2394 0)))
(let (($x3923 (= 0 (+ 3 ?x4327 |B1[1]| (* (- 1) ?x1226) (* (- 1) ?x3704) (* (- 2) ?x6291)))))
(not $x3923)))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let ((?x1017 (+ (- 1) |B1[1]| (* 2 (mod (div (div (+ 3 |B1[1]|) 2) 1) 2)))))
(let (($x1175 (= 0 ?x1017)))
(not $x1175))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4498 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x431 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x680 (and $x431 $x4498)))
(let (($x6587 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5860 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4115 (and $x5860 $x6587)))
(let (($x3836 (or $x4115 $x680)))
(not $x3836)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4725 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2288 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1848 (and $x2288 $x4725)))
(let (($x1426 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4187 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5154 (and $x4187 $x1426)))
(let (($x5219 (or $x5154 $x1848)))
(not $x5219)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5479 (= 0 (+ 1 |mem1[0]|))))
(let (($x3890 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x649 (or $x3890 $x5479)))
(not $x649)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5044 (= 0 (+ 1 |mem1[1]|))))
(let (($x2816 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1281 (or $x2816 $x5044)))
(not $x1281)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4757 (= 0 (+ 1 |mem2[0]|))))
(let (($x86 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1214 (or $x86 $x4757)))
(not $x1214)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x137 (= 0 (+ 1 |mem2[1]|))))
(let (($x3002 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x6657 (or $x3002 $x137)))
(not $x6657)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1997 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x834 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1395 (and $x834 $x1997)))
(let (($x4323 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5762 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2871 (and $x5762 $x4323)))
(let (($x6420 (or $x2871 $x1395)))
(not $x6420)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x716 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x639 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5519 (and $x639 $x716)))
(let (($x502 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5489 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2045 (and $x5489 $x502)))
(let (($x1792 (or $x2045 $x5519)))
(not $x1792)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x1217 (= 0 (+ 1 |S_a[0]|))))
(let (($x897 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x564 (or $x897 $x1217)))
(not $x564)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x150 (= 0 (+ 1 |S_a[1]|))))
(let (($x315 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x5213 (or $x315 $x150)))
(not $x5213)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x5537 (= 0 (+ 1 |S_b[0]|))))
(let (($x2590 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x1820 (or $x2590 $x5537)))
(not $x1820)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x5843 (= 0 (+ 1 |S_b[1]|))))
(let (($x1534 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x1334 (or $x1534 $x5843)))
(not $x1334)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x1906 (= 0 (+ 1 |B1[0]|))))
(let (($x4089 (= 0 (+ (- 1) |B1[0]|))))
(let (($x3724 (or $x4089 $x1906)))
(not $x3724)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x6167 (= 0 (+ 1 |B1[1]|))))
(let (($x3354 (= 0 (+ (- 1) |B1[1]|))))
(let (($x4888 (or $x3354 $x6167)))
(not $x4888)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let ((?x6291 (mod (div (div (+ 5 (* 2 |B1[0]|) |B1[1]|) 2) 2) 2)))
(let (($x3780 (= 0 ?x6291)))
(let (($x4027 (= 0 (+ (- 1) ?x6291))))
(let (($x1781 (or $x4027 $x3780)))
(not $x1781))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let ((?x264 (mod (div (div (+ 3 |B1[1]|) 2) 1) 2)))
(let (($x6953 (= 0 ?x264)))
(let (($x5273 (= 0 (+ (- 1) ?x264))))
(let (($x4983 (or $x5273 $x6953)))
(not $x4983))))))
(check-sat)
(reset)
