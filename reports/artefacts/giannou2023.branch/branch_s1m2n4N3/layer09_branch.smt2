; branch: PC[0] at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let ((?x6657 (+ |pcbits[0]| flag)))
(let ((?x5659 (ite (< 0 ?x6657) ?x6657 0)))
(let ((?x6420 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x4498 (ite (< 0 ?x6420) ?x6420 0)))
(let ((?x2194 (+ |pcbits[0]| (* 2 flag) ?x4498 (* (- 1) ?x5659) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x1906 (= 0 ?x2194)))
(not $x1906))))))))
(check-sat)
(reset)
; branch: PC[1] at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let ((?x4327 (+ |pcbits[1]| flag)))
(let ((?x6662 (ite (< 0 ?x4327) ?x4327 0)))
(let ((?x256 (* (- 1) flag)))
(let ((?x4419 (+ |pcbits[1]| ?x256)))
(let ((?x2866 (ite (< 0 ?x4419) ?x4419 0)))
(let ((?x1534 (* 2 flag)))
(let ((?x410 (+ |pcbits[1]| ?x1534 ?x2866 (* (- 1) ?x6662) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x3242 (= 0 ?x410)))
(not $x3242))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1226 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6953 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x416 (and $x6953 $x1226)))
(let (($x5120 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1017 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x150 (and $x1017 $x5120)))
(let (($x1203 (or $x150 $x416)))
(not $x1203)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x6167 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3836 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1997 (and $x3836 $x6167)))
(let (($x3110 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1858 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2402 (and $x1858 $x3110)))
(let (($x1426 (or $x2402 $x1997)))
(not $x1426)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5333 (= 0 (+ 1 |mem1[0]|))))
(let (($x437 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4757 (or $x437 $x5333)))
(not $x4757)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1848 (= 0 (+ 1 |mem1[1]|))))
(let (($x5044 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3704 (or $x5044 $x1848)))
(not $x3704)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x3504 (= 0 (+ 1 |mem1[2]|))))
(let (($x2929 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x6105 (or $x2929 $x3504)))
(not $x6105)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x264 (= 0 (+ 1 |mem2[0]|))))
(let (($x5211 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3289 (or $x5211 $x264)))
(not $x3289)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x137 (= 0 (+ 1 |mem2[1]|))))
(let (($x3923 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3647 (or $x3923 $x137)))
(not $x3647)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x749 (= 0 (+ 1 |mem2[2]|))))
(let (($x5209 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x301 (or $x5209 $x749)))
(not $x301)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x1792 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x5457 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x834 (or $x5457 $x1792)))
(not $x834)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x6523 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x6587 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x3406 (or $x6587 $x6523)))
(not $x3406)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x6354 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6145 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1051 (and $x6145 $x6354)))
(let (($x6152 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x86 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4303 (and $x86 $x6152)))
(let (($x502 (or $x4303 $x1051)))
(not $x502)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2107 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x555 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x282 (and $x555 $x2107)))
(let (($x2410 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3354 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6524 (and $x3354 $x2410)))
(let (($x4656 (or $x6524 $x282)))
(not $x4656)))))))))
(check-sat)
(reset)
