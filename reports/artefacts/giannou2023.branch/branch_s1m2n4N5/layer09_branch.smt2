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
 (let ((?x5450 (+ |pcbits[0]| flag)))
(let ((?x6975 (ite (< 0 ?x5450) ?x5450 0)))
(let ((?x1657 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x2480 (ite (< 0 ?x1657) ?x1657 0)))
(let ((?x1909 (+ |pcbits[0]| (* 2 flag) ?x2480 (* (- 1) ?x6975) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x3586 (= 0 ?x1909)))
(not $x3586))))))))
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
 (let ((?x4549 (+ |pcbits[1]| flag)))
(let ((?x5976 (ite (< 0 ?x4549) ?x4549 0)))
(let ((?x110 (* (- 1) flag)))
(let ((?x3143 (+ |pcbits[1]| ?x110)))
(let ((?x5505 (ite (< 0 ?x3143) ?x3143 0)))
(let ((?x3103 (* 2 flag)))
(let ((?x4155 (+ |pcbits[1]| ?x3103 ?x5505 (* (- 1) ?x5976) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x3918 (= 0 ?x4155)))
(not $x3918))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1456 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3338 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5453 (and $x3338 $x1456)))
(let (($x3916 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2997 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4169 (and $x2997 $x3916)))
(let (($x1822 (or $x4169 $x5453)))
(not $x1822)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1994 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1016 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3653 (and $x1016 $x1994)))
(let (($x6348 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3435 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4632 (and $x3435 $x6348)))
(let (($x6713 (or $x4632 $x3653)))
(not $x6713)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2193 (= 0 (+ 1 |mem1[0]|))))
(let (($x3551 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x104 (or $x3551 $x2193)))
(not $x104)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4708 (= 0 (+ 1 |mem1[1]|))))
(let (($x3558 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3699 (or $x3558 $x4708)))
(not $x3699)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4931 (= 0 (+ 1 |mem1[2]|))))
(let (($x528 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x6413 (or $x528 $x4931)))
(not $x6413)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2467 (= 0 (+ 1 |mem1[3]|))))
(let (($x6905 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2971 (or $x6905 $x2467)))
(not $x2971)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2880 (= 0 (+ 1 |mem1[4]|))))
(let (($x2907 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x2594 (or $x2907 $x2880)))
(not $x2594)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3324 (= 0 (+ 1 |mem2[0]|))))
(let (($x6677 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1989 (or $x6677 $x3324)))
(not $x1989)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x6244 (= 0 (+ 1 |mem2[1]|))))
(let (($x4906 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x561 (or $x4906 $x6244)))
(not $x561)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1631 (= 0 (+ 1 |mem2[2]|))))
(let (($x974 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x6214 (or $x974 $x1631)))
(not $x6214)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x6555 (= 0 (+ 1 |mem2[3]|))))
(let (($x1764 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2447 (or $x1764 $x6555)))
(not $x2447)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x1076 (= 0 (+ 1 |mem2[4]|))))
(let (($x2758 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x6534 (or $x2758 $x1076)))
(not $x6534)))))
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
 (let (($x5766 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x6638 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x2272 (or $x6638 $x5766)))
(not $x2272)))))
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
 (let (($x3733 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x3991 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2929 (or $x3991 $x3733)))
(not $x2929)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1426 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5582 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3082 (and $x5582 $x1426)))
(let (($x6544 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3884 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6824 (and $x3884 $x6544)))
(let (($x2255 (or $x6824 $x3082)))
(not $x2255)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x6407 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1161 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5440 (and $x1161 $x6407)))
(let (($x3124 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x831 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3975 (and $x831 $x3124)))
(let (($x624 (or $x3975 $x5440)))
(not $x624)))))))))
(check-sat)
(reset)
