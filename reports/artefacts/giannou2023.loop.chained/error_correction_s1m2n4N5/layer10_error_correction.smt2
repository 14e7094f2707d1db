; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4988 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1180 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1131 (and $x1180 $x4988)))
(let (($x3822 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5406 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1007 (and $x5406 $x3822)))
(let (($x7007 (or $x1007 $x1131)))
(not $x7007)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x274 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5456 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3480 (and $x5456 $x274)))
(let (($x1660 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1450 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4519 (and $x1450 $x1660)))
(let (($x825 (or $x4519 $x3480)))
(not $x825)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2981 (= 0 (+ 1 |mem1[0]|))))
(let (($x461 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x5195 (or $x461 $x2981)))
(not $x5195)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1540 (= 0 (+ 1 |mem1[1]|))))
(let (($x3421 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2292 (or $x3421 $x1540)))
(not $x2292)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4744 (= 0 (+ 1 |mem1[2]|))))
(let (($x308 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4277 (or $x308 $x4744)))
(not $x4277)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1313 (= 0 (+ 1 |mem1[3]|))))
(let (($x5913 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x637 (or $x5913 $x1313)))
(not $x637)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x1989 (= 0 (+ 1 |mem1[4]|))))
(let (($x5110 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x6977 (or $x5110 $x1989)))
(not $x6977)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2827 (= 0 (+ 1 |mem2[0]|))))
(let (($x5172 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1205 (or $x5172 $x2827)))
(not $x1205)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3586 (= 0 (+ 1 |mem2[1]|))))
(let (($x5940 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4692 (or $x5940 $x3586)))
(not $x4692)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2568 (= 0 (+ 1 |mem2[2]|))))
(let (($x3344 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4271 (or $x3344 $x2568)))
(not $x4271)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x2652 (= 0 (+ 1 |mem2[3]|))))
(let (($x2762 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2339 (or $x2762 $x2652)))
(not $x2339)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x1123 (= 0 (+ 1 |mem2[4]|))))
(let (($x4163 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x3374 (or $x4163 $x1123)))
(not $x3374)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x3076 (= 0 (+ 1 |pcbits[0]|))))
(let (($x5803 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x471 (or $x5803 $x3076)))
(not $x471)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x1034 (= 0 (+ 1 |pcbits[1]|))))
(let (($x6029 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x4211 (or $x6029 $x1034)))
(not $x4211)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x970 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5724 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1613 (and $x5724 $x970)))
(let (($x6001 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6079 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x146 (and $x6079 $x6001)))
(let (($x2273 (or $x146 $x1613)))
(not $x2273)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5135 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1605 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6845 (and $x1605 $x5135)))
(let (($x4554 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4688 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2711 (and $x4688 $x4554)))
(let (($x667 (or $x2711 $x6845)))
(not $x667)))))))))
(check-sat)
(reset)
