; branch: PC[0] at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let ((?x2305 (+ |pcbits[0]| flag)))
(let ((?x1233 (ite (< 0 ?x2305) ?x2305 0)))
(let ((?x173 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x5559 (ite (< 0 ?x173) ?x173 0)))
(let ((?x3735 (+ |pcbits[0]| (* 2 flag) ?x5559 (* (- 1) ?x1233) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x1935 (= 0 ?x3735)))
(not $x1935))))))))
(check-sat)
(reset)
; branch: PC[1] at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let ((?x2958 (+ |pcbits[1]| flag)))
(let ((?x4724 (ite (< 0 ?x2958) ?x2958 0)))
(let ((?x2967 (* (- 1) flag)))
(let ((?x3025 (+ |pcbits[1]| ?x2967)))
(let ((?x4437 (ite (< 0 ?x3025) ?x3025 0)))
(let ((?x4695 (* 2 flag)))
(let ((?x3206 (+ |pcbits[1]| ?x4695 ?x4437 (* (- 1) ?x4724) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2293 (= 0 ?x3206)))
(not $x2293))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x954 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x892 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4704 (and $x892 $x954)))
(let (($x4338 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3814 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1006 (and $x3814 $x4338)))
(let (($x1805 (or $x1006 $x4704)))
(not $x1805)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4862 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2319 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1040 (and $x2319 $x4862)))
(let (($x3823 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3287 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4373 (and $x3287 $x3823)))
(let (($x4431 (or $x4373 $x1040)))
(not $x4431)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3102 (= 0 (+ 1 |mem1[0]|))))
(let (($x3536 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3983 (or $x3536 $x3102)))
(not $x3983)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x12 (= 0 (+ 1 |mem1[1]|))))
(let (($x3524 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3044 (or $x3524 $x12)))
(not $x3044)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2114 (= 0 (+ 1 |mem1[2]|))))
(let (($x1946 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4079 (or $x1946 $x2114)))
(not $x4079)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x77 (= 0 (+ 1 |mem2[0]|))))
(let (($x4272 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1194 (or $x4272 $x77)))
(not $x1194)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1971 (= 0 (+ 1 |mem2[1]|))))
(let (($x4697 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4405 (or $x4697 $x1971)))
(not $x4405)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x684 (= 0 (+ 1 |mem2[2]|))))
(let (($x5149 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3812 (or $x5149 $x684)))
(not $x3812)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x2500 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x3560 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x2955 (or $x3560 $x2500)))
(not $x2955)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x5589 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x274 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x219 (or $x274 $x5589)))
(not $x219)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x594 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3351 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2115 (and $x3351 $x594)))
(let (($x424 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3872 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1017 (and $x3872 $x424)))
(let (($x1951 (or $x1017 $x2115)))
(not $x1951)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4566 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2082 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3191 (and $x2082 $x4566)))
(let (($x5249 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2664 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3828 (and $x2664 $x5249)))
(let (($x4385 (or $x3828 $x3191)))
(not $x4385)))))))))
(check-sat)
(reset)
