; branch: PC[0] at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let ((?x4723 (+ |pcbits[0]| flag)))
(let ((?x1323 (ite (< 0 ?x4723) ?x4723 0)))
(let ((?x448 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x3452 (ite (< 0 ?x448) ?x448 0)))
(let ((?x4386 (+ |pcbits[0]| (* 2 flag) ?x3452 (* (- 1) ?x1323) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x958 (= 0 ?x4386)))
(not $x958))))))))
(check-sat)
(reset)
; branch: PC[1] at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let ((?x3126 (+ |pcbits[1]| flag)))
(let ((?x1010 (ite (< 0 ?x3126) ?x3126 0)))
(let ((?x354 (* (- 1) flag)))
(let ((?x2257 (+ |pcbits[1]| ?x354)))
(let ((?x849 (ite (< 0 ?x2257) ?x2257 0)))
(let ((?x645 (* 2 flag)))
(let ((?x2589 (+ |pcbits[1]| ?x645 ?x849 (* (- 1) ?x1010) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x1353 (= 0 ?x2589)))
(not $x1353))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2313 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1380 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4515 (and $x1380 $x2313)))
(let (($x4685 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3218 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2026 (and $x3218 $x4685)))
(let (($x3153 (or $x2026 $x4515)))
(not $x3153)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3942 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2970 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4726 (and $x2970 $x3942)))
(let (($x2179 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3906 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1652 (and $x3906 $x2179)))
(let (($x1216 (or $x1652 $x4726)))
(not $x1216)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4285 (= 0 (+ 1 |mem1[0]|))))
(let (($x2289 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3640 (or $x2289 $x4285)))
(not $x3640)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1659 (= 0 (+ 1 |mem1[1]|))))
(let (($x1942 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2104 (or $x1942 $x1659)))
(not $x2104)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x3548 (= 0 (+ 1 |mem1[2]|))))
(let (($x3363 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1424 (or $x3363 $x3548)))
(not $x1424)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x3110 (= 0 (+ 1 |mem1[3]|))))
(let (($x4696 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4625 (or $x4696 $x3110)))
(not $x4625)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2062 (= 0 (+ 1 |mem1[4]|))))
(let (($x4863 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x3715 (or $x4863 $x2062)))
(not $x3715)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x2079 (= 0 (+ 1 |mem1[5]|))))
(let (($x4537 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x3352 (or $x4537 $x2079)))
(not $x3352)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1651 (= 0 (+ 1 |mem2[0]|))))
(let (($x700 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2271 (or $x700 $x1651)))
(not $x2271)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2300 (= 0 (+ 1 |mem2[1]|))))
(let (($x3938 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4629 (or $x3938 $x2300)))
(not $x4629)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2631 (= 0 (+ 1 |mem2[2]|))))
(let (($x784 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4002 (or $x784 $x2631)))
(not $x4002)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1496 (= 0 (+ 1 |mem2[3]|))))
(let (($x2167 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2096 (or $x2167 $x1496)))
(not $x2096)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x2396 (= 0 (+ 1 |mem2[4]|))))
(let (($x4127 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1093 (or $x4127 $x2396)))
(not $x1093)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x3297 (= 0 (+ 1 |mem2[5]|))))
(let (($x1403 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x2677 (or $x1403 $x3297)))
(not $x2677)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x847 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x5015 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x3578 (or $x5015 $x847)))
(not $x3578)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x5027 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x4921 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2783 (or $x4921 $x5027)))
(not $x2783)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4098 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x994 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2135 (and $x994 $x4098)))
(let (($x4242 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3691 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1459 (and $x3691 $x4242)))
(let (($x1515 (or $x1459 $x2135)))
(not $x1515)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5066 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x569 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x865 (and $x569 $x5066)))
(let (($x2448 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1094 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2278 (and $x1094 $x2448)))
(let (($x2153 (or $x2278 $x865)))
(not $x2153)))))))))
(check-sat)
(reset)
