; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1805 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4974 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1021 (and $x4974 $x1805)))
(let (($x4178 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3025 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1412 (and $x3025 $x4178)))
(let (($x3606 (or $x1412 $x1021)))
(not $x3606)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2800 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x424 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3089 (and $x424 $x2800)))
(let (($x3287 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1731 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1561 (and $x1731 $x3287)))
(let (($x4202 (or $x1561 $x3089)))
(not $x4202)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4386 (= 0 (+ 1 |mem1[0]|))))
(let (($x1803 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4445 (or $x1803 $x4386)))
(not $x4445)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5648 (= 0 (+ 1 |mem1[1]|))))
(let (($x2695 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x5149 (or $x2695 $x5648)))
(not $x5149)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x3983 (= 0 (+ 1 |mem1[2]|))))
(let (($x1381 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3536 (or $x1381 $x3983)))
(not $x3536)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x233 (= 0 (+ 1 |mem1[3]|))))
(let (($x2310 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x535 (or $x2310 $x233)))
(not $x535)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1231 (= 0 (+ 1 |mem2[0]|))))
(let (($x4961 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5210 (or $x4961 $x1231)))
(not $x5210)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3048 (= 0 (+ 1 |mem2[1]|))))
(let (($x4350 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2424 (or $x4350 $x3048)))
(not $x2424)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3705 (= 0 (+ 1 |mem2[2]|))))
(let (($x882 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x736 (or $x882 $x3705)))
(not $x736)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x3440 (= 0 (+ 1 |mem2[3]|))))
(let (($x134 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1891 (or $x134 $x3440)))
(not $x1891)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2412 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4835 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x43 (and $x4835 $x2412)))
(let (($x1125 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3812 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1935 (and $x3812 $x1125)))
(let (($x2173 (or $x1935 $x43)))
(not $x2173)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2955 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2664 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2515 (and $x2664 $x2955)))
(let (($x4942 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4026 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5249 (and $x4026 $x4942)))
(let (($x3364 (or $x5249 $x2515)))
(not $x3364)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x4338 (= 0 (+ (- 1) flag))))
(let (($x4704 (= 0 flag)))
(let (($x2305 (or $x4704 $x4338)))
(not $x2305)))))
(check-sat)
(reset)
