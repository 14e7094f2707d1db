; branch: PC[0] at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let ((?x52 (+ |pcbits[0]| flag)))
(let ((?x651 (ite (< 0 ?x52) ?x52 0)))
(let ((?x163 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x5627 (ite (< 0 ?x163) ?x163 0)))
(let ((?x645 (+ |pcbits[0]| (* 2 flag) ?x5627 (* (- 1) ?x651) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x1224 (= 0 ?x645)))
(not $x1224))))))))
(check-sat)
(reset)
; branch: PC[1] at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let ((?x534 (+ |pcbits[1]| flag)))
(let ((?x6063 (ite (< 0 ?x534) ?x534 0)))
(let ((?x6764 (* (- 1) flag)))
(let ((?x3438 (+ |pcbits[1]| ?x6764)))
(let ((?x5885 (ite (< 0 ?x3438) ?x3438 0)))
(let ((?x4667 (* 2 flag)))
(let ((?x356 (+ |pcbits[1]| ?x4667 ?x5885 (* (- 1) ?x6063) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2029 (= 0 ?x356)))
(not $x2029))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5548 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2294 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6982 (and $x2294 $x5548)))
(let (($x397 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2423 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1092 (and $x2423 $x397)))
(let (($x6469 (or $x1092 $x6982)))
(not $x6469)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3045 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3226 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x422 (and $x3226 $x3045)))
(let (($x5119 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x872 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3287 (and $x872 $x5119)))
(let (($x298 (or $x3287 $x422)))
(not $x298)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2888 (= 0 (+ 1 |mem1[0]|))))
(let (($x1687 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x5263 (or $x1687 $x2888)))
(not $x5263)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4000 (= 0 (+ 1 |mem1[1]|))))
(let (($x5991 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3022 (or $x5991 $x4000)))
(not $x3022)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3138 (= 0 (+ 1 |mem2[0]|))))
(let (($x6819 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1160 (or $x6819 $x3138)))
(not $x1160)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x6376 (= 0 (+ 1 |mem2[1]|))))
(let (($x5398 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5470 (or $x5398 $x6376)))
(not $x5470)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x5578 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x605 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x1090 (or $x605 $x5578)))
(not $x1090)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x4755 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x270 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x1812 (or $x270 $x4755)))
(not $x1812)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4317 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5134 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1795 (and $x5134 $x4317)))
(let (($x5043 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x416 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x35 (and $x416 $x5043)))
(let (($x382 (or $x35 $x1795)))
(not $x382)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2728 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6055 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6124 (and $x6055 $x2728)))
(let (($x6163 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5248 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6398 (and $x5248 $x6163)))
(let (($x1807 (or $x6398 $x6124)))
(not $x1807)))))))))
(check-sat)
(reset)
