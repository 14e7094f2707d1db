; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1807 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2728 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x446 (and $x2728 $x1807)))
(let (($x1845 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4745 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6055 (and $x4745 $x1845)))
(let (($x4440 (or $x6055 $x446)))
(not $x4440)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x5263 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6819 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4441 (and $x6819 $x5263)))
(let (($x422 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2294 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5908 (and $x2294 $x422)))
(let (($x1096 (or $x5908 $x4441)))
(not $x1096)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x356 (= 0 (+ 1 |mem1[0]|))))
(let (($x6189 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2029 (or $x6189 $x356)))
(not $x2029)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5043 (= 0 (+ 1 |mem1[1]|))))
(let (($x163 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x6469 (or $x163 $x5043)))
(not $x6469)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1090 (= 0 (+ 1 |mem2[0]|))))
(let (($x5470 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1795 (or $x5470 $x1090)))
(not $x1795)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4317 (= 0 (+ 1 |mem2[1]|))))
(let (($x6806 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5991 (or $x6806 $x4317)))
(not $x5991)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4667 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1445 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6984 (and $x1445 $x4667)))
(let (($x416 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x35 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3138 (and $x35 $x416)))
(let (($x2055 (or $x3138 $x6984)))
(not $x2055)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1464 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x382 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5759 (and $x382 $x1464)))
(let (($x89 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1184 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2208 (and $x1184 $x89)))
(let (($x5661 (or $x2208 $x5759)))
(not $x5661)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x5679 (= 0 (+ (- 1) flag))))
(let (($x2178 (= 0 flag)))
(let (($x6266 (or $x2178 $x5679)))
(not $x6266)))))
(check-sat)
(reset)
