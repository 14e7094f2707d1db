; branch: PC[0] at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let ((?x2889 (+ |pcbits[0]| flag)))
(let ((?x3776 (ite (< 0 ?x2889) ?x2889 0)))
(let ((?x410 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x4323 (ite (< 0 ?x410) ?x410 0)))
(let ((?x6714 (+ |pcbits[0]| (* 2 flag) ?x4323 (* (- 1) ?x3776) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x2906 (= 0 ?x6714)))
(not $x2906))))))))
(check-sat)
(reset)
; branch: PC[1] at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let ((?x6247 (+ |pcbits[1]| flag)))
(let ((?x6910 (ite (< 0 ?x6247) ?x6247 0)))
(let ((?x4456 (* (- 1) flag)))
(let ((?x2155 (+ |pcbits[1]| ?x4456)))
(let ((?x7046 (ite (< 0 ?x2155) ?x2155 0)))
(let ((?x3374 (* 2 flag)))
(let ((?x6281 (+ |pcbits[1]| ?x3374 ?x7046 (* (- 1) ?x6910) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2219 (= 0 ?x6281)))
(not $x2219))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x132 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x386 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1688 (and $x386 $x132)))
(let (($x2490 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2142 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6759 (and $x2142 $x2490)))
(let (($x3078 (or $x6759 $x1688)))
(not $x3078)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3044 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3289 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3936 (and $x3289 $x3044)))
(let (($x696 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4659 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x437 (and $x4659 $x696)))
(let (($x2002 (or $x437 $x3936)))
(not $x2002)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4391 (= 0 (+ 1 |mem1[0]|))))
(let (($x2217 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3504 (or $x2217 $x4391)))
(not $x3504)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4623 (= 0 (+ 1 |mem1[1]|))))
(let (($x776 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x5195 (or $x776 $x4623)))
(not $x5195)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1534 (= 0 (+ 1 |mem1[2]|))))
(let (($x1784 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2282 (or $x1784 $x1534)))
(not $x2282)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2414 (= 0 (+ 1 |mem1[3]|))))
(let (($x4554 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3226 (or $x4554 $x2414)))
(not $x3226)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4422 (= 0 (+ 1 |mem2[0]|))))
(let (($x6278 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2560 (or $x6278 $x4422)))
(not $x2560)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x6617 (= 0 (+ 1 |mem2[1]|))))
(let (($x1665 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1207 (or $x1665 $x6617)))
(not $x1207)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3878 (= 0 (+ 1 |mem2[2]|))))
(let (($x4899 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x817 (or $x4899 $x3878)))
(not $x817)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x2648 (= 0 (+ 1 |mem2[3]|))))
(let (($x4030 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3177 (or $x4030 $x2648)))
(not $x3177)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x5932 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x2037 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x6094 (or $x2037 $x5932)))
(not $x6094)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x6524 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x5825 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x3188 (or $x5825 $x6524)))
(not $x3188)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1557 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2081 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x502 (and $x2081 $x1557)))
(let (($x1158 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1188 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3647 (and $x1188 $x1158)))
(let (($x3836 (or $x3647 $x502)))
(not $x3836)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5120 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6936 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5897 (and $x6936 $x5120)))
(let (($x6889 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1707 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3564 (and $x1707 $x6889)))
(let (($x5359 (or $x3564 $x5897)))
(not $x5359)))))))))
(check-sat)
(reset)
