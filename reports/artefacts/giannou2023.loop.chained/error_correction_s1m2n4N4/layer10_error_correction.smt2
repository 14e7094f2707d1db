; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3320 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2316 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4388 (and $x2316 $x3320)))
(let (($x3035 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6168 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5709 (and $x6168 $x3035)))
(let (($x6162 (or $x5709 $x4388)))
(not $x6162)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x378 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3734 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4317 (and $x3734 $x378)))
(let (($x4630 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3209 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x327 (and $x3209 $x4630)))
(let (($x5969 (or $x327 $x4317)))
(not $x5969)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2259 (= 0 (+ 1 |mem1[0]|))))
(let (($x2912 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4123 (or $x2912 $x2259)))
(not $x4123)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x261 (= 0 (+ 1 |mem1[1]|))))
(let (($x3257 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x6787 (or $x3257 $x261)))
(not $x6787)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6864 (= 0 (+ 1 |mem1[2]|))))
(let (($x2800 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3045 (or $x2800 $x6864)))
(not $x3045)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2165 (= 0 (+ 1 |mem1[3]|))))
(let (($x5100 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3954 (or $x5100 $x2165)))
(not $x3954)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3263 (= 0 (+ 1 |mem2[0]|))))
(let (($x605 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2334 (or $x605 $x3263)))
(not $x2334)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3715 (= 0 (+ 1 |mem2[1]|))))
(let (($x1687 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5578 (or $x1687 $x3715)))
(not $x5578)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1386 (= 0 (+ 1 |mem2[2]|))))
(let (($x1882 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3350 (or $x1882 $x1386)))
(not $x3350)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x2337 (= 0 (+ 1 |mem2[3]|))))
(let (($x222 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1935 (or $x222 $x2337)))
(not $x1935)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x5238 (= 0 (+ 1 |pcbits[0]|))))
(let (($x5342 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x1813 (or $x5342 $x5238)))
(not $x1813)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x3649 (= 0 (+ 1 |pcbits[1]|))))
(let (($x1160 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x4667 (or $x1160 $x3649)))
(not $x4667)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x896 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3967 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x7000 (and $x3967 $x896)))
(let (($x5790 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6992 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3056 (and $x6992 $x5790)))
(let (($x5548 (or $x3056 $x7000)))
(not $x5548)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x893 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x427 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4310 (and $x427 $x893)))
(let (($x628 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5043 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5275 (and $x5043 $x628)))
(let (($x374 (or $x5275 $x4310)))
(not $x374)))))))))
(check-sat)
(reset)
