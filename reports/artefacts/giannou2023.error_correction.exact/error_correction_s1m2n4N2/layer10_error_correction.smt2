; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6662 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4412 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x416 (and $x4412 $x6662)))
(let (($x1927 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5273 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6145 (and $x5273 $x1927)))
(let (($x6152 (or $x6145 $x416)))
(not $x6152)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x6782 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4030 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2410 (and $x4030 $x6782)))
(let (($x834 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x86 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x897 (and $x86 $x834)))
(let (($x716 (or $x897 $x2410)))
(not $x716)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3078 (= 0 (+ 1 |mem1[0]|))))
(let (($x649 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3172 (or $x649 $x3078)))
(not $x3172)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x987 (= 0 (+ 1 |mem1[1]|))))
(let (($x4187 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1858 (or $x4187 $x987)))
(not $x1858)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4136 (= 0 (+ 1 |mem2[0]|))))
(let (($x5091 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4089 (or $x5091 $x4136)))
(not $x4089)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4295 (= 0 (+ 1 |mem2[1]|))))
(let (($x2200 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5213 (or $x2200 $x4295)))
(not $x5213)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x3354 (= 0 (+ 1 |pcbits[0]|))))
(let (($x1224 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x3780 (or $x1224 $x3354)))
(not $x3780)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x150 (= 0 (+ 1 |pcbits[1]|))))
(let (($x6404 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x5762 (or $x6404 $x150)))
(not $x5762)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1534 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5209 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x639 (and $x5209 $x1534)))
(let (($x2624 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4027 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3564 (and $x4027 $x2624)))
(let (($x4238 (or $x3564 $x639)))
(not $x4238)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2239 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2002 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x680 (and $x2002 $x2239)))
(let (($x6195 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x301 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1203 (and $x301 $x6195)))
(let (($x1017 (or $x1203 $x680)))
(not $x1017)))))))))
(check-sat)
(reset)
