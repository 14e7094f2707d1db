; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4572 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2435 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3223 (and $x2435 $x4572)))
(let (($x1594 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1208 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x883 (and $x1208 $x1594)))
(let (($x4860 (or $x883 $x3223)))
(not $x4860)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3234 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1355 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2834 (and $x1355 $x3234)))
(let (($x1269 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2195 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4486 (and $x2195 $x1269)))
(let (($x3213 (or $x4486 $x2834)))
(not $x3213)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2692 (= 0 (+ 1 |mem1[0]|))))
(let (($x1938 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x305 (or $x1938 $x2692)))
(not $x305)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1272 (= 0 (+ 1 |mem1[1]|))))
(let (($x1090 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4829 (or $x1090 $x1272)))
(not $x4829)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2946 (= 0 (+ 1 |mem1[2]|))))
(let (($x198 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1589 (or $x198 $x2946)))
(not $x1589)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x4717 (= 0 (+ 1 |mem1[3]|))))
(let (($x435 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4159 (or $x435 $x4717)))
(not $x4159)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x515 (= 0 (+ 1 |mem2[0]|))))
(let (($x1206 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1507 (or $x1206 $x515)))
(not $x1507)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3970 (= 0 (+ 1 |mem2[1]|))))
(let (($x874 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2722 (or $x874 $x3970)))
(not $x2722)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2862 (= 0 (+ 1 |mem2[2]|))))
(let (($x2573 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2893 (or $x2573 $x2862)))
(not $x2893)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1266 (= 0 (+ 1 |mem2[3]|))))
(let (($x469 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3796 (or $x469 $x1266)))
(not $x3796)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x1706 (= 0 (+ 1 |pcbits[0]|))))
(let (($x1620 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x4229 (or $x1620 $x1706)))
(not $x4229)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x4649 (= 0 (+ 1 |pcbits[1]|))))
(let (($x2796 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x211 (or $x2796 $x4649)))
(not $x211)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2237 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4281 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1562 (and $x4281 $x2237)))
(let (($x4473 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x267 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x604 (and $x267 $x4473)))
(let (($x590 (or $x604 $x1562)))
(not $x590)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2571 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3287 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1034 (and $x3287 $x2571)))
(let (($x1910 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3038 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3846 (and $x3038 $x1910)))
(let (($x3225 (or $x3846 $x1034)))
(not $x3225)))))))))
(check-sat)
(reset)
