; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4996 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3027 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x917 (and $x3027 $x4996)))
(let (($x459 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2763 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5246 (and $x2763 $x459)))
(let (($x3177 (or $x5246 $x917)))
(not $x3177)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3082 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1555 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2037 (and $x1555 $x3082)))
(let (($x1819 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2625 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6138 (and $x2625 $x1819)))
(let (($x630 (or $x6138 $x2037)))
(not $x630)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3432 (= 0 (+ 1 |mem1[0]|))))
(let (($x2133 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3721 (or $x2133 $x3432)))
(not $x3721)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x206 (= 0 (+ 1 |mem1[1]|))))
(let (($x2031 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x6602 (or $x2031 $x206)))
(not $x6602)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2486 (= 0 (+ 1 |mem2[0]|))))
(let (($x5386 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1105 (or $x5386 $x2486)))
(not $x1105)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1658 (= 0 (+ 1 |mem2[1]|))))
(let (($x5322 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x6370 (or $x5322 $x1658)))
(not $x6370)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2994 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x552 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x256 (and $x552 $x2994)))
(let (($x744 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5212 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x7031 (and $x5212 $x744)))
(let (($x5707 (or $x7031 $x256)))
(not $x5707)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1969 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2303 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2728 (and $x2303 $x1969)))
(let (($x223 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x722 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2354 (and $x722 $x223)))
(let (($x4648 (or $x2354 $x2728)))
(not $x4648)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x1175 (= 0 (+ (- 1) flag))))
(let (($x1611 (= 0 flag)))
(let (($x2621 (or $x1611 $x1175)))
(not $x2621)))))
(check-sat)
(reset)
