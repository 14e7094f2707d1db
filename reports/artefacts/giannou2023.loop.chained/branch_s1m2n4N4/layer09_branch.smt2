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
 (let ((?x588 (+ |pcbits[0]| flag)))
(let ((?x441 (ite (< 0 ?x588) ?x588 0)))
(let ((?x4634 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x1784 (ite (< 0 ?x4634) ?x4634 0)))
(let ((?x1497 (+ |pcbits[0]| (* 2 flag) ?x1784 (* (- 1) ?x441) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x4250 (= 0 ?x1497)))
(not $x4250))))))))
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
 (let ((?x1254 (+ |pcbits[1]| flag)))
(let ((?x5065 (ite (< 0 ?x1254) ?x1254 0)))
(let ((?x3419 (* (- 1) flag)))
(let ((?x853 (+ |pcbits[1]| ?x3419)))
(let ((?x2703 (ite (< 0 ?x853) ?x853 0)))
(let ((?x288 (* 2 flag)))
(let ((?x868 (+ |pcbits[1]| ?x288 ?x2703 (* (- 1) ?x5065) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2179 (= 0 ?x868)))
(not $x2179))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2660 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1034 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x486 (and $x1034 $x2660)))
(let (($x940 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1434 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1456 (and $x1434 $x940)))
(let (($x240 (or $x1456 $x486)))
(not $x240)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1203 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2725 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1081 (and $x2725 $x1203)))
(let (($x4896 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x751 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2157 (and $x751 $x4896)))
(let (($x1084 (or $x2157 $x1081)))
(not $x1084)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2659 (= 0 (+ 1 |mem1[0]|))))
(let (($x2753 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2240 (or $x2753 $x2659)))
(not $x2240)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2226 (= 0 (+ 1 |mem1[1]|))))
(let (($x1171 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1307 (or $x1171 $x2226)))
(not $x1307)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2186 (= 0 (+ 1 |mem1[2]|))))
(let (($x590 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2700 (or $x590 $x2186)))
(not $x2700)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x3204 (= 0 (+ 1 |mem1[3]|))))
(let (($x4393 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3008 (or $x4393 $x3204)))
(not $x3008)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1353 (= 0 (+ 1 |mem2[0]|))))
(let (($x2509 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4486 (or $x2509 $x1353)))
(not $x4486)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2129 (= 0 (+ 1 |mem2[1]|))))
(let (($x1320 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1170 (or $x1320 $x2129)))
(not $x1170)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3210 (= 0 (+ 1 |mem2[2]|))))
(let (($x4906 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4075 (or $x4906 $x3210)))
(not $x4075)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1624 (= 0 (+ 1 |mem2[3]|))))
(let (($x567 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x4229 (or $x567 $x1624)))
(not $x4229)))))
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
 (let (($x2862 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x2984 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x3521 (or $x2984 $x2862)))
(not $x3521)))))
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
 (let (($x21 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x4860 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x3743 (or $x4860 $x21)))
(not $x3743)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4326 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3788 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1811 (and $x3788 $x4326)))
(let (($x3728 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x573 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3175 (and $x573 $x3728)))
(let (($x1719 (or $x3175 $x1811)))
(not $x1719)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2422 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2084 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x446 (and $x2084 $x2422)))
(let (($x2594 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x985 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4496 (and $x985 $x2594)))
(let (($x5029 (or $x4496 $x446)))
(not $x5029)))))))))
(check-sat)
(reset)
