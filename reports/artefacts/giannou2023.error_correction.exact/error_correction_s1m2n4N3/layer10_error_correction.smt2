; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4190 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2625 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5437 (and $x2625 $x4190)))
(let (($x2775 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4850 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2763 (and $x4850 $x2775)))
(let (($x1384 (or $x2763 $x5437)))
(not $x1384)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3119 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2728 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x343 (and $x2728 $x3119)))
(let (($x1822 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4342 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6905 (and $x4342 $x1822)))
(let (($x5246 (or $x6905 $x343)))
(not $x5246)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5361 (= 0 (+ 1 |mem1[0]|))))
(let (($x1292 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x667 (or $x1292 $x5361)))
(not $x667)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2344 (= 0 (+ 1 |mem1[1]|))))
(let (($x227 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1133 (or $x227 $x2344)))
(not $x1133)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x40 (= 0 (+ 1 |mem1[2]|))))
(let (($x2688 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x6244 (or $x2688 $x40)))
(not $x6244)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3653 (= 0 (+ 1 |mem2[0]|))))
(let (($x784 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4033 (or $x784 $x3653)))
(not $x4033)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1222 (= 0 (+ 1 |mem2[1]|))))
(let (($x6057 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x6550 (or $x6057 $x1222)))
(not $x6550)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2621 (= 0 (+ 1 |mem2[2]|))))
(let (($x3082 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1555 (or $x3082 $x2621)))
(not $x1555)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x552 (= 0 (+ 1 |pcbits[0]|))))
(let (($x630 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x917 (or $x630 $x552)))
(not $x917)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x2467 (= 0 (+ 1 |pcbits[1]|))))
(let (($x2493 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x6191 (or $x2493 $x2467)))
(not $x6191)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3108 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5851 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1102 (and $x5851 $x3108)))
(let (($x1465 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2921 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4549 (and $x2921 $x1465)))
(let (($x2417 (or $x4549 $x1102)))
(not $x2417)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x6733 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6534 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2849 (and $x6534 $x6733)))
(let (($x727 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2703 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6050 (and $x2703 $x727)))
(let (($x6776 (or $x6050 $x2849)))
(not $x6776)))))))))
(check-sat)
(reset)
