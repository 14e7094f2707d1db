; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3739 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x700 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4330 (and $x700 $x3739)))
(let (($x1478 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1031 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3762 (and $x1031 $x1478)))
(let (($x4405 (or $x3762 $x4330)))
(not $x4405)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3934 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2921 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2349 (and $x2921 $x3934)))
(let (($x1183 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x240 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1512 (and $x240 $x1183)))
(let (($x4685 (or $x1512 $x2349)))
(not $x4685)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x898 (= 0 (+ 1 |mem1[0]|))))
(let (($x2971 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4927 (or $x2971 $x898)))
(not $x4927)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2051 (= 0 (+ 1 |mem1[1]|))))
(let (($x4503 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4699 (or $x4503 $x2051)))
(not $x4699)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1049 (= 0 (+ 1 |mem1[2]|))))
(let (($x3354 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4458 (or $x3354 $x1049)))
(not $x4458)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1822 (= 0 (+ 1 |mem1[3]|))))
(let (($x4002 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2167 (or $x4002 $x1822)))
(not $x2167)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2438 (= 0 (+ 1 |mem2[0]|))))
(let (($x2250 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2278 (or $x2250 $x2438)))
(not $x2278)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5039 (= 0 (+ 1 |mem2[1]|))))
(let (($x1668 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4648 (or $x1668 $x5039)))
(not $x4648)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x950 (= 0 (+ 1 |mem2[2]|))))
(let (($x897 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4191 (or $x897 $x950)))
(not $x4191)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1892 (= 0 (+ 1 |mem2[3]|))))
(let (($x2656 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1010 (or $x2656 $x1892)))
(not $x1010)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x3771 (= 0 (+ 1 |pcbits[0]|))))
(let (($x1869 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x2805 (or $x1869 $x3771)))
(not $x2805)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x3051 (= 0 (+ 1 |pcbits[1]|))))
(let (($x1489 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x2007 (or $x1489 $x3051)))
(not $x2007)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1669 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2569 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x906 (and $x2569 $x1669)))
(let (($x3942 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4189 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3938 (and $x4189 $x3942)))
(let (($x321 (or $x3938 $x906)))
(not $x321)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x83 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3578 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3993 (and $x3578 $x83)))
(let (($x2829 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x989 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1549 (and $x989 $x2829)))
(let (($x3054 (or $x1549 $x3993)))
(not $x3054)))))))))
(check-sat)
(reset)
