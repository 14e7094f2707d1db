; branch: PC[0] at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let ((?x6984 (+ |pcbits[0]| flag)))
(let ((?x2234 (ite (< 0 ?x6984) ?x6984 0)))
(let ((?x2417 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x897 (ite (< 0 ?x2417) ?x2417 0)))
(let ((?x6117 (+ |pcbits[0]| (* 2 flag) ?x897 (* (- 1) ?x2234) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x222 (= 0 ?x6117)))
(not $x222))))))))
(check-sat)
(reset)
; branch: PC[1] at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let ((?x655 (+ |pcbits[1]| flag)))
(let ((?x6276 (ite (< 0 ?x655) ?x655 0)))
(let ((?x809 (* (- 1) flag)))
(let ((?x956 (+ |pcbits[1]| ?x809)))
(let ((?x6162 (ite (< 0 ?x956) ?x956 0)))
(let ((?x1633 (* 2 flag)))
(let ((?x5991 (+ |pcbits[1]| ?x1633 ?x6162 (* (- 1) ?x6276) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x605 (= 0 ?x5991)))
(not $x605))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6583 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1456 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1813 (and $x1456 $x6583)))
(let (($x3287 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6510 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x397 (and $x6510 $x3287)))
(let (($x904 (or $x397 $x1813)))
(not $x904)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1160 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5100 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4667 (and $x5100 $x1160)))
(let (($x893 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4317 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x347 (and $x4317 $x893)))
(let (($x1836 (or $x347 $x4667)))
(not $x1836)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4971 (= 0 (+ 1 |mem1[0]|))))
(let (($x5908 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1670 (or $x5908 $x4971)))
(not $x1670)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1096 (= 0 (+ 1 |mem1[1]|))))
(let (($x4111 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3355 (or $x4111 $x1096)))
(not $x3355)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6124 (= 0 (+ 1 |mem1[2]|))))
(let (($x5885 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x6760 (or $x5885 $x6124)))
(not $x6760)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x6927 (= 0 (+ 1 |mem1[3]|))))
(let (($x2912 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x6709 (or $x2912 $x6927)))
(not $x6709)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1668 (= 0 (+ 1 |mem2[0]|))))
(let (($x422 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3238 (or $x422 $x1668)))
(not $x3238)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4983 (= 0 (+ 1 |mem2[1]|))))
(let (($x2625 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3649 (or $x2625 $x4983)))
(not $x3649)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x5969 (= 0 (+ 1 |mem2[2]|))))
(let (($x188 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1630 (or $x188 $x5969)))
(not $x1630)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1687 (= 0 (+ 1 |mem2[3]|))))
(let (($x4462 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x327 (or $x4462 $x1687)))
(not $x327)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x108 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x1532 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x1401 (or $x1532 $x108)))
(not $x1401)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x2052 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2991 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x780 (or $x2991 $x2052)))
(not $x780)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5578 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1167 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x261 (and $x1167 $x5578)))
(let (($x5240 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3681 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2702 (and $x3681 $x5240)))
(let (($x4630 (or $x2702 $x261)))
(not $x4630)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3086 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3502 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5709 (and $x3502 $x3086)))
(let (($x920 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1034 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4493 (and $x1034 $x920)))
(let (($x4059 (or $x4493 $x5709)))
(not $x4059)))))))))
(check-sat)
(reset)
