; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4412 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1202 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4960 (and $x1202 $x4412)))
(let (($x2081 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1008 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1364 (and $x1008 $x2081)))
(let (($x3207 (or $x1364 $x4960)))
(not $x3207)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x5219 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4115 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2906 (and $x4115 $x5219)))
(let (($x1800 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6420 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1188 (and $x6420 $x1800)))
(let (($x2637 (or $x1188 $x2906)))
(not $x2637)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2088 (= 0 (+ 1 |mem1[0]|))))
(let (($x1784 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3823 (or $x1784 $x2088)))
(not $x3823)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x564 (= 0 (+ 1 |mem1[1]|))))
(let (($x1137 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x6344 (or $x1137 $x564)))
(not $x6344)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2282 (= 0 (+ 1 |mem1[2]|))))
(let (($x6709 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x105 (or $x6709 $x2282)))
(not $x105)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x5997 (= 0 (+ 1 |mem1[3]|))))
(let (($x1936 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4956 (or $x1936 $x5997)))
(not $x4956)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3982 (= 0 (+ 1 |mem2[0]|))))
(let (($x1439 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1906 (or $x1439 $x3982)))
(not $x1906)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3771 (= 0 (+ 1 |mem2[1]|))))
(let (($x6613 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1665 (or $x6613 $x3771)))
(not $x1665)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x5344 (= 0 (+ 1 |mem2[2]|))))
(let (($x5044 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5120 (or $x5044 $x5344)))
(not $x5120)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x951 (= 0 (+ 1 |mem2[3]|))))
(let (($x2155 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x6167 (or $x2155 $x951)))
(not $x6167)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1158 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x987 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3647 (and $x987 $x1158)))
(let (($x3188 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x386 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4496 (and $x386 $x3188)))
(let (($x637 (or $x4496 $x3647)))
(not $x637)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x6538 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x817 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2490 (and $x817 $x6538)))
(let (($x6278 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6598 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5031 (and $x6598 $x6278)))
(let (($x4246 (or $x5031 $x2490)))
(not $x4246)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x4899 (= 0 (+ (- 1) flag))))
(let (($x3177 (= 0 flag)))
(let (($x5153 (or $x3177 $x4899)))
(not $x5153)))))
(check-sat)
(reset)
