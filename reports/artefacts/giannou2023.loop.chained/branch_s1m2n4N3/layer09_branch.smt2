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
 (let ((?x2240 (+ |pcbits[0]| flag)))
(let ((?x3782 (ite (< 0 ?x2240) ?x2240 0)))
(let ((?x2796 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x2978 (ite (< 0 ?x2796) ?x2796 0)))
(let ((?x4196 (+ |pcbits[0]| (* 2 flag) ?x2978 (* (- 1) ?x3782) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x3895 (= 0 ?x4196)))
(not $x3895))))))))
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
 (let ((?x1562 (+ |pcbits[1]| flag)))
(let ((?x208 (ite (< 0 ?x1562) ?x1562 0)))
(let ((?x2573 (* (- 1) flag)))
(let ((?x1719 (+ |pcbits[1]| ?x2573)))
(let ((?x2330 (ite (< 0 ?x1719) ?x1719 0)))
(let ((?x528 (* 2 flag)))
(let ((?x2266 (+ |pcbits[1]| ?x528 ?x2330 (* (- 1) ?x208) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x4442 (= 0 ?x2266)))
(not $x4442))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1469 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1227 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2033 (and $x1227 $x1469)))
(let (($x1584 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1588 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4744 (and $x1588 $x1584)))
(let (($x486 (or $x4744 $x2033)))
(not $x486)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x267 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2356 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1620 (and $x2356 $x267)))
(let (($x2946 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4513 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x868 (and $x4513 $x2946)))
(let (($x751 (or $x868 $x1620)))
(not $x751)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x681 (= 0 (+ 1 |mem1[0]|))))
(let (($x1114 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3278 (or $x1114 $x681)))
(not $x3278)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4906 (= 0 (+ 1 |mem1[1]|))))
(let (($x3821 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1835 (or $x3821 $x4906)))
(not $x1835)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2455 (= 0 (+ 1 |mem1[2]|))))
(let (($x1507 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x644 (or $x1507 $x2455)))
(not $x644)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4572 (= 0 (+ 1 |mem2[0]|))))
(let (($x3735 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1150 (or $x3735 $x4572)))
(not $x1150)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4829 (= 0 (+ 1 |mem2[1]|))))
(let (($x2834 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1603 (or $x2834 $x4829)))
(not $x1603)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2474 (= 0 (+ 1 |mem2[2]|))))
(let (($x450 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1999 (or $x450 $x2474)))
(not $x1999)))))
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
 (let (($x2129 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x435 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x2237 (or $x435 $x2129)))
(not $x2237)))))
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
 (let (($x3425 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x54 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x4490 (or $x54 $x3425)))
(not $x4490)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4268 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4121 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2779 (and $x4121 $x4268)))
(let (($x4649 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4438 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3119 (and $x4438 $x4649)))
(let (($x1706 (or $x3119 $x2779)))
(not $x1706)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2404 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x604 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1594 (and $x604 $x2404)))
(let (($x1130 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2808 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2323 (and $x2808 $x1130)))
(let (($x469 (or $x2323 $x1594)))
(not $x469)))))))))
(check-sat)
(reset)
