; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6776 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6733 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3432 (and $x6733 $x6776)))
(let (($x3046 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1911 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6534 (and $x1911 $x3046)))
(let (($x2788 (or $x6534 $x3432)))
(not $x2788)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x227 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1222 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6244 (and $x1222 $x227)))
(let (($x2071 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x109 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4551 (and $x109 $x2071)))
(let (($x211 (or $x4551 $x6244)))
(not $x211)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5322 (= 0 (+ 1 |mem1[0]|))))
(let (($x183 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3672 (or $x183 $x5322)))
(not $x3672)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4111 (= 0 (+ 1 |mem1[1]|))))
(let (($x4732 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x7031 (or $x4732 $x4111)))
(not $x7031)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x3082 (= 0 (+ 1 |mem1[2]|))))
(let (($x3653 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3108 (or $x3653 $x3082)))
(not $x3108)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1317 (= 0 (+ 1 |mem2[0]|))))
(let (($x3586 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3227 (or $x3586 $x1317)))
(not $x3227)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1465 (= 0 (+ 1 |mem2[1]|))))
(let (($x630 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2921 (or $x630 $x1465)))
(not $x2921)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1555 (= 0 (+ 1 |mem2[2]|))))
(let (($x3920 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5361 (or $x3920 $x1555)))
(not $x5361)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1162 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2728 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2763 (and $x2728 $x1162)))
(let (($x4971 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x316 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x784 (and $x316 $x4971)))
(let (($x1251 (or $x784 $x2763)))
(not $x1251)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1658 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3027 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5280 (and $x3027 $x1658)))
(let (($x744 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x459 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5386 (and $x459 $x744)))
(let (($x2327 (or $x5386 $x5280)))
(not $x2327)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x3177 (= 0 (+ (- 1) flag))))
(let (($x2760 (= 0 flag)))
(let (($x1811 (or $x2760 $x3177)))
(not $x1811)))))
(check-sat)
(reset)
