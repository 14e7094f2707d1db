; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2700 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1353 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3631 (and $x1353 $x2700)))
(let (($x3413 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4004 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3278 (and $x4004 $x3413)))
(let (($x193 (or $x3278 $x3631)))
(not $x193)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1777 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1150 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4391 (and $x1150 $x1777)))
(let (($x2145 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1310 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x727 (and $x1310 $x2145)))
(let (($x4649 (or $x727 $x4391)))
(not $x4649)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4393 (= 0 (+ 1 |mem1[0]|))))
(let (($x433 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x78 (or $x433 $x4393)))
(not $x78)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x920 (= 0 (+ 1 |mem1[1]|))))
(let (($x1584 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x497 (or $x1584 $x920)))
(not $x497)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1317 (= 0 (+ 1 |mem2[0]|))))
(let (($x4490 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1784 (or $x4490 $x1317)))
(not $x1784)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x724 (= 0 (+ 1 |mem2[1]|))))
(let (($x2966 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2033 (or $x2966 $x724)))
(not $x2033)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x228 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3502 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2925 (and $x3502 $x228)))
(let (($x272 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2893 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1160 (and $x2893 $x272)))
(let (($x3154 (or $x1160 $x2925)))
(not $x3154)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4445 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1359 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2628 (and $x1359 $x4445)))
(let (($x4159 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2862 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x330 (and $x2862 $x4159)))
(let (($x2030 (or $x330 $x2628)))
(not $x2030)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x2179 (= 0 (+ 1 |S_a[0]|))))
(let (($x2092 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x2686 (or $x2092 $x2179)))
(not $x2686)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x1755 (= 0 (+ 1 |S_a[1]|))))
(let (($x3689 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x931 (or $x3689 $x1755)))
(not $x931)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x983 (= 0 (+ 1 |S_b[0]|))))
(let (($x1065 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x4268 (or $x1065 $x983)))
(not $x4268)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x3618 (= 0 (+ 1 |S_b[1]|))))
(let (($x295 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x2779 (or $x295 $x3618)))
(not $x2779)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x2092 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x2179 (= 0 (+ 1 |S_a[0]|))))
(let (($x3821 (or $x2179 $x2092)))
(not $x3821)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x3689 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x1755 (= 0 (+ 1 |S_a[1]|))))
(let (($x2404 (or $x1755 $x3689)))
(not $x2404)))))
(check-sat)
(reset)
