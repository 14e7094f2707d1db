; branch: PC[0] at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let ((?x2330 (+ |pcbits[0]| flag)))
(let ((?x1912 (ite (< 0 ?x2330) ?x2330 0)))
(let ((?x2114 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x3704 (ite (< 0 ?x2114) ?x2114 0)))
(let ((?x3503 (+ |pcbits[0]| (* 2 flag) ?x3704 (* (- 1) ?x1912) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x3217 (= 0 ?x3503)))
(not $x3217))))))))
(check-sat)
(reset)
; branch: PC[1] at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let ((?x4935 (+ |pcbits[1]| flag)))
(let ((?x1744 (ite (< 0 ?x4935) ?x4935 0)))
(let ((?x610 (* (- 1) flag)))
(let ((?x5559 (+ |pcbits[1]| ?x610)))
(let ((?x3620 (ite (< 0 ?x5559) ?x5559 0)))
(let ((?x3635 (* 2 flag)))
(let ((?x3378 (+ |pcbits[1]| ?x3635 ?x3620 (* (- 1) ?x1744) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x1125 (= 0 ?x3378)))
(not $x1125))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5210 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x459 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2416 (and $x459 $x5210)))
(let (($x356 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2702 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5255 (and $x2702 $x356)))
(let (($x1819 (or $x5255 $x2416)))
(not $x1819)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x214 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4835 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4330 (and $x4835 $x214)))
(let (($x1790 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1381 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5186 (and $x1381 $x1790)))
(let (($x2996 (or $x5186 $x4330)))
(not $x2996)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2965 (= 0 (+ 1 |mem1[0]|))))
(let (($x1119 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4148 (or $x1119 $x2965)))
(not $x4148)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1410 (= 0 (+ 1 |mem1[1]|))))
(let (($x420 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4178 (or $x420 $x1410)))
(not $x4178)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x204 (= 0 (+ 1 |mem1[2]|))))
(let (($x2696 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1985 (or $x2696 $x204)))
(not $x1985)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x5166 (= 0 (+ 1 |mem1[3]|))))
(let (($x3227 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4245 (or $x3227 $x5166)))
(not $x4245)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x3606 (= 0 (+ 1 |mem1[4]|))))
(let (($x2424 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x3087 (or $x2424 $x3606)))
(not $x3087)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2494 (= 0 (+ 1 |mem2[0]|))))
(let (($x1233 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1388 (or $x1233 $x2494)))
(not $x1388)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2199 (= 0 (+ 1 |mem2[1]|))))
(let (($x4920 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x924 (or $x4920 $x2199)))
(not $x924)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3284 (= 0 (+ 1 |mem2[2]|))))
(let (($x3872 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5249 (or $x3872 $x3284)))
(not $x5249)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x3962 (= 0 (+ 1 |mem2[3]|))))
(let (($x3524 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x5648 (or $x3524 $x3962)))
(not $x5648)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x396 (= 0 (+ 1 |mem2[4]|))))
(let (($x582 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x4699 (or $x582 $x396)))
(not $x4699)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x634 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x1914 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x5015 (or $x1914 $x634)))
(not $x5015)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x1550 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x4415 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x339 (or $x4415 $x1550)))
(not $x339)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x40 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x927 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5226 (and $x927 $x40)))
(let (($x2692 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3295 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2555 (and $x3295 $x2692)))
(let (($x2028 (or $x2555 $x5226)))
(not $x2028)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2057 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4675 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3191 (and $x4675 $x2057)))
(let (($x4980 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1979 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1749 (and $x1979 $x4980)))
(let (($x3464 (or $x1749 $x3191)))
(not $x3464)))))))))
(check-sat)
(reset)
