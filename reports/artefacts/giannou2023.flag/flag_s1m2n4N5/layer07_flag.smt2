; flag: S_a.flag[0] at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x1714 (* 2 |S_b[3]|)))
(let ((?x6691 (+ 31 (* 16 |S_b[0]|) (* 8 |S_b[1]|) (* 4 |S_b[2]|) ?x1714 |S_b[4]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 32)))))
(let (($x3651 (>= 0 ?x6691)))
(let ((?x299 (ite $x3651 1 0)))
(let ((?x2389 (+ 4 |S_b[0]| |S_b[1]| |S_b[2]| |S_b[3]| |S_b[4]|)))
(let ((?x5298 (ite (< 0 ?x2389) ?x2389 0)))
(let ((?x4641 (+ 7 |S_b[0]| (* 2 |S_b[1]|) (* 2 |S_b[2]|) ?x1714 (* 2 |S_b[4]|) (* (- 2) ?x5298) (* 2 ?x299))))
(let (($x847 (= 0 ?x4641)))
(not $x847))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4633 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x771 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1272 (and $x771 $x4633)))
(let (($x4435 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6249 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3707 (and $x6249 $x4435)))
(let (($x679 (or $x3707 $x1272)))
(not $x679)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1420 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x347 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5412 (and $x347 $x1420)))
(let (($x4262 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x858 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2116 (and $x858 $x4262)))
(let (($x1102 (or $x2116 $x5412)))
(not $x1102)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x6369 (= 0 (+ 1 |mem1[0]|))))
(let (($x2723 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x6873 (or $x2723 $x6369)))
(not $x6873)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2870 (= 0 (+ 1 |mem1[1]|))))
(let (($x6831 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4537 (or $x6831 $x2870)))
(not $x4537)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6782 (= 0 (+ 1 |mem1[2]|))))
(let (($x2485 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x6259 (or $x2485 $x6782)))
(not $x6259)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x3497 (= 0 (+ 1 |mem1[3]|))))
(let (($x701 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2919 (or $x701 $x3497)))
(not $x2919)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x3396 (= 0 (+ 1 |mem1[4]|))))
(let (($x1394 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x5823 (or $x1394 $x3396)))
(not $x5823)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2194 (= 0 (+ 1 |mem2[0]|))))
(let (($x3025 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x879 (or $x3025 $x2194)))
(not $x879)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4022 (= 0 (+ 1 |mem2[1]|))))
(let (($x5117 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2982 (or $x5117 $x4022)))
(not $x2982)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x4538 (= 0 (+ 1 |mem2[2]|))))
(let (($x2145 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3632 (or $x2145 $x4538)))
(not $x3632)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x4896 (= 0 (+ 1 |mem2[3]|))))
(let (($x6995 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1547 (or $x6995 $x4896)))
(not $x1547)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x3082 (= 0 (+ 1 |mem2[4]|))))
(let (($x6490 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x271 (or $x6490 $x3082)))
(not $x271)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x612 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1913 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2239 (and $x1913 $x612)))
(let (($x4539 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4024 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3118 (and $x4024 $x4539)))
(let (($x186 (or $x3118 $x2239)))
(not $x186)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2680 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2579 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6704 (and $x2579 $x2680)))
(let (($x1234 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x733 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3413 (and $x733 $x1234)))
(let (($x6643 (or $x3413 $x6704)))
(not $x6643)))))))))
(check-sat)
(reset)
; flag: contract output: flag in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x1714 (* 2 |S_b[3]|)))
(let ((?x6691 (+ 31 (* 16 |S_b[0]|) (* 8 |S_b[1]|) (* 4 |S_b[2]|) ?x1714 |S_b[4]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 32)))))
(let (($x3651 (>= 0 ?x6691)))
(let (($x3827 (not $x3651)))
(let (($x6216 (or $x3827 $x3651)))
(not $x6216)))))))
(check-sat)
(reset)
