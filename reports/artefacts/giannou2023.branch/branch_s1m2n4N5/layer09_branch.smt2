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
 (let ((?x5979 (+ |pcbits[0]| flag)))
(let ((?x5945 (ite (< 0 ?x5979) ?x5979 0)))
(let ((?x4559 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x6232 (ite (< 0 ?x4559) ?x4559 0)))
(let ((?x1364 (+ |pcbits[0]| (* 2 flag) ?x6232 (* (- 1) ?x5945) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x5500 (= 0 ?x1364)))
(not $x5500))))))))
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
 (let ((?x6361 (+ |pcbits[1]| flag)))
(let ((?x2083 (ite (< 0 ?x6361) ?x6361 0)))
(let ((?x636 (* (- 1) flag)))
(let ((?x233 (+ |pcbits[1]| ?x636)))
(let ((?x1395 (ite (< 0 ?x233) ?x233 0)))
(let ((?x105 (* 2 flag)))
(let ((?x3678 (+ |pcbits[1]| ?x105 ?x1395 (* (- 1) ?x2083) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x1614 (= 0 ?x3678)))
(not $x1614))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2526 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6107 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4847 (and $x6107 $x2526)))
(let (($x1815 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1590 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x774 (and $x1590 $x1815)))
(let (($x2292 (or $x774 $x4847)))
(not $x2292)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4223 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x132 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5359 (and $x132 $x4223)))
(let (($x1781 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3215 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4599 (and $x3215 $x1781)))
(let (($x2503 (or $x4599 $x5359)))
(not $x2503)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4751 (= 0 (+ 1 |mem1[0]|))))
(let (($x6499 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1370 (or $x6499 $x4751)))
(not $x1370)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4026 (= 0 (+ 1 |mem1[1]|))))
(let (($x4102 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x5732 (or $x4102 $x4026)))
(not $x5732)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6695 (= 0 (+ 1 |mem1[2]|))))
(let (($x4576 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x6001 (or $x4576 $x6695)))
(not $x6001)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2925 (= 0 (+ 1 |mem1[3]|))))
(let (($x5871 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x5940 (or $x5871 $x2925)))
(not $x5940)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x4030 (= 0 (+ 1 |mem1[4]|))))
(let (($x1169 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x5200 (or $x1169 $x4030)))
(not $x5200)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1278 (= 0 (+ 1 |mem2[0]|))))
(let (($x5058 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3890 (or $x5058 $x1278)))
(not $x3890)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x386 (= 0 (+ 1 |mem2[1]|))))
(let (($x6344 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1478 (or $x6344 $x386)))
(not $x1478)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2352 (= 0 (+ 1 |mem2[2]|))))
(let (($x150 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2827 (or $x150 $x2352)))
(not $x2827)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x2889 (= 0 (+ 1 |mem2[3]|))))
(let (($x3074 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x5942 (or $x3074 $x2889)))
(not $x5942)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x5927 (= 0 (+ 1 |mem2[4]|))))
(let (($x6770 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1217 (or $x6770 $x5927)))
(not $x1217)))))
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
 (let (($x6055 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x3838 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x4688 (or $x3838 $x6055)))
(not $x4688)))))
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
 (let (($x2390 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x4211 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x4388 (or $x4211 $x2390)))
(not $x4388)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2389 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2523 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6997 (and $x2523 $x2389)))
(let (($x3595 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4239 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2724 (and $x4239 $x3595)))
(let (($x5224 (or $x2724 $x6997)))
(not $x5224)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1656 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x7011 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1729 (and $x7011 $x1656)))
(let (($x3442 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x994 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3912 (and $x994 $x3442)))
(let (($x5952 (or $x3912 $x1729)))
(not $x5952)))))))))
(check-sat)
(reset)
