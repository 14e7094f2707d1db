; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4928 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2039 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x329 (and $x2039 $x4928)))
(let (($x4832 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6864 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x872 (and $x6864 $x4832)))
(let (($x490 (or $x872 $x329)))
(not $x490)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x365 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x456 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1795 (and $x456 $x365)))
(let (($x2090 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6276 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x406 (and $x6276 $x2090)))
(let (($x3025 (or $x406 $x1795)))
(not $x3025)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5475 (= 0 (+ 1 |mem1[0]|))))
(let (($x3989 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x5991 (or $x3989 $x5475)))
(not $x5991)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1629 (= 0 (+ 1 |mem1[1]|))))
(let (($x5661 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2455 (or $x5661 $x1629)))
(not $x2455)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6299 (= 0 (+ 1 |mem1[2]|))))
(let (($x1460 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x5969 (or $x1460 $x6299)))
(not $x5969)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x4060 (= 0 (+ 1 |mem1[3]|))))
(let (($x6764 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1111 (or $x6764 $x4060)))
(not $x1111)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x1701 (= 0 (+ 1 |mem1[4]|))))
(let (($x4948 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x2416 (or $x4948 $x1701)))
(not $x2416)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x2108 (= 0 (+ 1 |mem1[5]|))))
(let (($x298 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x3742 (or $x298 $x2108)))
(not $x3742)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x6819 (= 0 (+ 1 |mem2[0]|))))
(let (($x4722 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x416 (or $x4722 $x6819)))
(not $x416)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4874 (= 0 (+ 1 |mem2[1]|))))
(let (($x3383 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x6863 (or $x3383 $x4874)))
(not $x6863)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x780 (= 0 (+ 1 |mem2[2]|))))
(let (($x2215 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x6117 (or $x2215 $x780)))
(not $x6117)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1687 (= 0 (+ 1 |mem2[3]|))))
(let (($x221 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x956 (or $x221 $x1687)))
(not $x956)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x3622 (= 0 (+ 1 |mem2[4]|))))
(let (($x1814 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1129 (or $x1814 $x3622)))
(not $x1129)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x3350 (= 0 (+ 1 |mem2[5]|))))
(let (($x6036 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x5230 (or $x6036 $x3350)))
(not $x5230)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x6838 (= 0 (+ 1 |pcbits[0]|))))
(let (($x4556 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x3912 (or $x4556 $x6838)))
(not $x3912)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x3274 (= 0 (+ 1 |pcbits[1]|))))
(let (($x6713 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x2398 (or $x6713 $x3274)))
(not $x2398)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1118 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4016 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4405 (and $x4016 $x1118)))
(let (($x1589 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2300 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3649 (and $x2300 $x1589)))
(let (($x3575 (or $x3649 $x4405)))
(not $x3575)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1096 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4936 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6982 (and $x4936 $x1096)))
(let (($x1562 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1922 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2993 (and $x1922 $x1562)))
(let (($x6957 (or $x2993 $x6982)))
(not $x6957)))))))))
(check-sat)
(reset)
