; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1017 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2239 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1175 (and $x2239 $x1017)))
(let (($x4419 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x423 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2002 (and $x423 $x4419)))
(let (($x5659 (or $x2002 $x1175)))
(not $x5659)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x86 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6167 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6657 (and $x6167 $x86)))
(let (($x5885 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6152 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4089 (and $x6152 $x5885)))
(let (($x4283 (or $x4089 $x6657)))
(not $x4283)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x771 (= 0 (+ 1 |mem1[0]|))))
(let (($x2088 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x5219 (or $x2088 $x771)))
(not $x5219)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x3564 (= 0 (+ 1 |mem1[1]|))))
(let (($x2895 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1008 (or $x2895 $x3564)))
(not $x1008)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4295 (= 0 (+ 1 |mem2[0]|))))
(let (($x4136 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4238 (or $x4136 $x4295)))
(not $x4238)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x639 (= 0 (+ 1 |mem2[1]|))))
(let (($x6278 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x774 (or $x6278 $x639)))
(not $x774)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3890 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x150 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5537 (and $x150 $x3890)))
(let (($x1158 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5489 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3776 (and $x5489 $x1158)))
(let (($x5519 (or $x3776 $x5537)))
(not $x5519)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1848 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x564 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2816 (and $x564 $x1848)))
(let (($x4888 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3177 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2592 (and $x3177 $x4888)))
(let (($x3568 (or $x2592 $x2816)))
(not $x3568)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x1226 (= 0 (+ 1 |S_a[0]|))))
(let (($x410 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x3704 (or $x410 $x1226)))
(not $x3704)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x987 (= 0 (+ 1 |S_a[1]|))))
(let (($x4960 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x1137 (or $x4960 $x987)))
(not $x1137)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1534 (= 0 (+ 1 |S_b[0]|))))
(let (($x5860 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x3172 (or $x5860 $x1534)))
(not $x3172)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x6953 (= 0 (+ 1 |S_b[1]|))))
(let (($x256 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x1207 (or $x256 $x6953)))
(not $x1207)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x410 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x1226 (= 0 (+ 1 |S_a[0]|))))
(let (($x2256 (or $x1226 $x410)))
(not $x2256)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x4960 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x987 (= 0 (+ 1 |S_a[1]|))))
(let (($x3982 (or $x987 $x4960)))
(not $x3982)))))
(check-sat)
(reset)
