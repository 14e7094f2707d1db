; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x376 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2746 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1793 (and $x2746 $x376)))
(let (($x1946 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2798 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2173 (and $x2798 $x1946)))
(let (($x646 (or $x2173 $x1793)))
(not $x646)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x594 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4639 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1554 (and $x4639 $x594)))
(let (($x4764 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x354 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5249 (and $x354 $x4764)))
(let (($x274 (or $x5249 $x1554)))
(not $x274)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x145 (= 0 (+ 1 |mem1[0]|))))
(let (($x3530 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3846 (or $x3530 $x145)))
(not $x3846)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1951 (= 0 (+ 1 |mem1[1]|))))
(let (($x1183 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4092 (or $x1183 $x1951)))
(not $x4092)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4424 (= 0 (+ 1 |mem2[0]|))))
(let (($x1726 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2692 (or $x1726 $x4424)))
(not $x2692)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5251 (= 0 (+ 1 |mem2[1]|))))
(let (($x1470 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x927 (or $x1470 $x5251)))
(not $x927)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x3025 (= 0 (+ 1 |pcbits[0]|))))
(let (($x4445 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x3941 (or $x4445 $x3025)))
(not $x3941)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x219 (= 0 (+ 1 |pcbits[1]|))))
(let (($x3812 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x5569 (or $x3812 $x219)))
(not $x5569)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x471 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1231 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x61 (and $x1231 $x471)))
(let (($x5016 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2010 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1944 (and $x2010 $x5016)))
(let (($x5015 (or $x1944 $x61)))
(not $x5015)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5648 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4385 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4143 (and $x4385 $x5648)))
(let (($x88 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2130 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5210 (and $x2130 $x88)))
(let (($x1811 (or $x5210 $x4143)))
(not $x1811)))))))))
(check-sat)
(reset)
