; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3989 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2341 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4317 (and $x2341 $x3989)))
(let (($x2453 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1123 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6160 (and $x1123 $x2453)))
(let (($x2537 (or $x6160 $x4317)))
(not $x2537)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2702 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2234 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2903 (and $x2234 $x2702)))
(let (($x1580 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5099 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5431 (and $x5099 $x1580)))
(let (($x335 (or $x5431 $x2903)))
(not $x335)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x883 (= 0 (+ 1 |mem1[0]|))))
(let (($x1812 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4578 (or $x1812 $x883)))
(not $x4578)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x427 (= 0 (+ 1 |mem1[1]|))))
(let (($x836 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3022 (or $x836 $x427)))
(not $x3022)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x270 (= 0 (+ 1 |mem1[2]|))))
(let (($x1795 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x5240 (or $x1795 $x270)))
(not $x5240)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x4776 (= 0 (+ 1 |mem1[3]|))))
(let (($x4428 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x35 (or $x4428 $x4776)))
(not $x35)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2435 (= 0 (+ 1 |mem1[4]|))))
(let (($x4016 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x6189 (or $x4016 $x2435)))
(not $x6189)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2423 (= 0 (+ 1 |mem2[0]|))))
(let (($x3096 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3649 (or $x3096 $x2423)))
(not $x3649)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5238 (= 0 (+ 1 |mem2[1]|))))
(let (($x3734 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1633 (or $x3734 $x5238)))
(not $x1633)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1670 (= 0 (+ 1 |mem2[2]|))))
(let (($x2029 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x329 (or $x2029 $x1670)))
(not $x329)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x6764 (= 0 (+ 1 |mem2[3]|))))
(let (($x4449 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3257 (or $x4449 $x6764)))
(not $x3257)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x2450 (= 0 (+ 1 |mem2[4]|))))
(let (($x1979 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x4916 (or $x1979 $x2450)))
(not $x4916)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x6649 (= 0 (+ 1 |pcbits[0]|))))
(let (($x5516 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x327 (or $x5516 $x6649)))
(not $x327)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x4457 (= 0 (+ 1 |pcbits[1]|))))
(let (($x2300 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x3417 (or $x2300 $x4457)))
(not $x3417)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1836 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2728 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5358 (and $x2728 $x1836)))
(let (($x1338 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4405 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5248 (and $x4405 $x1338)))
(let (($x3396 (or $x5248 $x5358)))
(not $x3396)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x6267 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4123 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3326 (and $x4123 $x6267)))
(let (($x4291 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6246 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2235 (and $x6246 $x4291)))
(let (($x6864 (or $x2235 $x3326)))
(not $x6864)))))))))
(check-sat)
(reset)
