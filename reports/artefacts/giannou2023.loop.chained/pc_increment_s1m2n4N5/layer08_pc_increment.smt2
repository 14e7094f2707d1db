; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1142 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4482 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5184 (and $x4482 $x1142)))
(let (($x209 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x909 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6421 (and $x909 $x209)))
(let (($x1483 (or $x6421 $x5184)))
(not $x1483)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x405 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5531 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3542 (and $x5531 $x405)))
(let (($x4222 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5900 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1688 (and $x5900 $x4222)))
(let (($x3257 (or $x1688 $x3542)))
(not $x3257)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5428 (= 0 (+ 1 |mem1[0]|))))
(let (($x4119 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x753 (or $x4119 $x5428)))
(not $x753)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4928 (= 0 (+ 1 |mem1[1]|))))
(let (($x6677 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x536 (or $x6677 $x4928)))
(not $x536)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4977 (= 0 (+ 1 |mem1[2]|))))
(let (($x2805 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x216 (or $x2805 $x4977)))
(not $x216)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x5475 (= 0 (+ 1 |mem1[3]|))))
(let (($x2316 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x6089 (or $x2316 $x5475)))
(not $x6089)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x6303 (= 0 (+ 1 |mem1[4]|))))
(let (($x416 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x3949 (or $x416 $x6303)))
(not $x3949)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4059 (= 0 (+ 1 |mem2[0]|))))
(let (($x3746 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5312 (or $x3746 $x4059)))
(not $x5312)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x825 (= 0 (+ 1 |mem2[1]|))))
(let (($x121 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2796 (or $x121 $x825)))
(not $x2796)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3575 (= 0 (+ 1 |mem2[2]|))))
(let (($x5074 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5670 (or $x5074 $x3575)))
(not $x5670)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x356 (= 0 (+ 1 |mem2[3]|))))
(let (($x3409 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x5681 (or $x3409 $x356)))
(not $x5681)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x6364 (= 0 (+ 1 |mem2[4]|))))
(let (($x1210 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x2475 (or $x1210 $x6364)))
(not $x2475)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3649 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1551 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4165 (and $x1551 $x3649)))
(let (($x6193 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x910 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1668 (and $x910 $x6193)))
(let (($x3350 (or $x1668 $x4165)))
(not $x3350)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2445 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6391 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1518 (and $x6391 $x2445)))
(let (($x5863 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6216 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2841 (and $x6216 $x5863)))
(let (($x1467 (or $x2841 $x1518)))
(not $x1467)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x6177 (= 0 (+ (- 1) flag))))
(let (($x4160 (= 0 flag)))
(let (($x6363 (or $x4160 $x6177)))
(not $x6363)))))
(check-sat)
(reset)
