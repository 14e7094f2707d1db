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
 (let ((?x1682 (+ |pcbits[0]| flag)))
(let ((?x3145 (ite (< 0 ?x1682) ?x1682 0)))
(let ((?x5679 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x6927 (ite (< 0 ?x5679) ?x5679 0)))
(let ((?x4901 (+ |pcbits[0]| (* 2 flag) ?x6927 (* (- 1) ?x3145) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x1957 (= 0 ?x4901)))
(not $x1957))))))))
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
 (let ((?x1034 (+ |pcbits[1]| flag)))
(let ((?x4182 (ite (< 0 ?x1034) ?x1034 0)))
(let ((?x6331 (* (- 1) flag)))
(let ((?x6306 (+ |pcbits[1]| ?x6331)))
(let ((?x312 (ite (< 0 ?x6306) ?x6306 0)))
(let ((?x402 (* 2 flag)))
(let ((?x2484 (+ |pcbits[1]| ?x402 ?x312 (* (- 1) ?x4182) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2985 (= 0 ?x2484)))
(not $x2985))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6544 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4093 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4283 (and $x4093 $x6544)))
(let (($x2947 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6145 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6630 (and $x6145 $x2947)))
(let (($x3287 (or $x6630 $x4283)))
(not $x3287)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3884 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2045 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3143 (and $x2045 $x3884)))
(let (($x1502 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6157 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5289 (and $x6157 $x1502)))
(let (($x1819 (or $x5289 $x3143)))
(not $x1819)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3046 (= 0 (+ 1 |mem1[0]|))))
(let (($x626 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1611 (or $x626 $x3046)))
(not $x1611)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1751 (= 0 (+ 1 |mem1[1]|))))
(let (($x1266 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2160 (or $x1266 $x1751)))
(not $x2160)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4980 (= 0 (+ 1 |mem1[2]|))))
(let (($x2493 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x5386 (or $x2493 $x4980)))
(not $x5386)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2763 (= 0 (+ 1 |mem1[3]|))))
(let (($x4514 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x5327 (or $x4514 $x2763)))
(not $x5327)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x5246 (= 0 (+ 1 |mem1[4]|))))
(let (($x4656 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4889 (or $x4656 $x5246)))
(not $x4889)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x917 (= 0 (+ 1 |mem1[5]|))))
(let (($x4990 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x5399 (or $x4990 $x917)))
(not $x5399)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3971 (= 0 (+ 1 |mem2[0]|))))
(let (($x206 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3754 (or $x206 $x3971)))
(not $x3754)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1994 (= 0 (+ 1 |mem2[1]|))))
(let (($x3427 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3782 (or $x3427 $x1994)))
(not $x3782)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3917 (= 0 (+ 1 |mem2[2]|))))
(let (($x5550 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x839 (or $x5550 $x3917)))
(not $x839)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1822 (= 0 (+ 1 |mem2[3]|))))
(let (($x5437 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1634 (or $x5437 $x1822)))
(not $x1634)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x316 (= 0 (+ 1 |mem2[4]|))))
(let (($x1222 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1631 (or $x1222 $x316)))
(not $x1631)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x1251 (= 0 (+ 1 |mem2[5]|))))
(let (($x167 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x945 (or $x167 $x1251)))
(not $x945)))))
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
 (let (($x1298 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x6905 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x6348 (or $x6905 $x1298)))
(not $x6348)))))
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
 (let (($x565 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x3834 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x5278 (or $x3834 $x565)))
(not $x5278)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3108 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6785 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x387 (and $x6785 $x3108)))
(let (($x408 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x914 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2849 (and $x914 $x408)))
(let (($x6370 (or $x2849 $x387)))
(not $x6370)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x227 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5361 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3975 (and $x5361 $x227)))
(let (($x109 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x942 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1899 (and $x942 $x109)))
(let (($x4049 (or $x1899 $x3975)))
(not $x4049)))))))))
(check-sat)
(reset)
