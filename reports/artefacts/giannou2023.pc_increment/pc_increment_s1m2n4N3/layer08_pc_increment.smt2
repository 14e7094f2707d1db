; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5885 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4428 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1836 (and $x4428 $x5885)))
(let (($x7050 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4124 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2884 (and $x4124 $x7050)))
(let (($x1160 (or $x2884 $x1836)))
(not $x1160)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1416 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1369 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4832 (and $x1369 $x1416)))
(let (($x2502 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x365 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2785 (and $x365 $x2502)))
(let (($x3138 (or $x2785 $x4832)))
(not $x3138)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x188 (= 0 (+ 1 |mem1[0]|))))
(let (($x2792 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1949 (or $x2792 $x188)))
(not $x1949)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5627 (= 0 (+ 1 |mem1[1]|))))
(let (($x2316 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1224 (or $x2316 $x5627)))
(not $x1224)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x777 (= 0 (+ 1 |mem1[2]|))))
(let (($x6398 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3912 (or $x6398 $x777)))
(not $x3912)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1230 (= 0 (+ 1 |mem2[0]|))))
(let (($x4928 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x6419 (or $x4928 $x1230)))
(not $x6419)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2033 (= 0 (+ 1 |mem2[1]|))))
(let (($x2029 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1334 (or $x2029 $x2033)))
(not $x1334)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2528 (= 0 (+ 1 |mem2[2]|))))
(let (($x1606 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1423 (or $x1606 $x2528)))
(not $x1423)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x298 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4948 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x446 (and $x4948 $x298)))
(let (($x444 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1589 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6246 (and $x1589 $x444)))
(let (($x5661 (or $x6246 $x446)))
(not $x5661)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x520 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x416 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6469 (and $x416 $x520)))
(let (($x3845 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2225 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4667 (and $x2225 $x3845)))
(let (($x6193 (or $x4667 $x6469)))
(not $x6193)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x5051 (= 0 (+ (- 1) flag))))
(let (($x1445 (= 0 flag)))
(let (($x3350 (or $x1445 $x5051)))
(not $x3350)))))
(check-sat)
(reset)
