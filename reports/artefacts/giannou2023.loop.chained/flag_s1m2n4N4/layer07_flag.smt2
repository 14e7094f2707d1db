; flag: S_a.flag[0] at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x1183 (* 2 |S_b[2]|)))
(let ((?x3608 (+ 15 (* 8 |S_b[0]|) (* 4 |S_b[1]|) ?x1183 |S_b[3]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 16)))))
(let (($x2760 (>= 0 ?x3608)))
(let ((?x1428 (ite $x2760 1 0)))
(let ((?x4242 (+ 3 |S_b[0]| |S_b[1]| |S_b[2]| |S_b[3]|)))
(let ((?x3728 (ite (< 0 ?x4242) ?x4242 0)))
(let ((?x4665 (+ 5 |S_b[0]| (* 2 |S_b[1]|) ?x1183 (* 2 |S_b[3]|) (* (- 2) ?x3728) (* 2 ?x1428))))
(let (($x841 (= 0 ?x4665)))
(not $x841))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4699 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x671 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4191 (and $x671 $x4699)))
(let (($x2757 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5083 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4252 (and $x5083 $x2757)))
(let (($x4056 (or $x4252 $x4191)))
(not $x4056)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1673 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3164 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5042 (and $x3164 $x1673)))
(let (($x3938 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3936 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2970 (and $x3936 $x3938)))
(let (($x3539 (or $x2970 $x5042)))
(not $x3539)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4775 (= 0 (+ 1 |mem1[0]|))))
(let (($x2743 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3363 (or $x2743 $x4775)))
(not $x3363)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2153 (= 0 (+ 1 |mem1[1]|))))
(let (($x3739 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x989 (or $x3739 $x2153)))
(not $x989)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x865 (= 0 (+ 1 |mem1[2]|))))
(let (($x2438 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x477 (or $x2438 $x865)))
(not $x477)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1567 (= 0 (+ 1 |mem1[3]|))))
(let (($x3692 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4633 (or $x3692 $x1567)))
(not $x4633)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4009 (= 0 (+ 1 |mem2[0]|))))
(let (($x2656 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4298 (or $x2656 $x4009)))
(not $x4298)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1515 (= 0 (+ 1 |mem2[1]|))))
(let (($x2382 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1251 (or $x2382 $x1515)))
(not $x1251)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3667 (= 0 (+ 1 |mem2[2]|))))
(let (($x4189 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1716 (or $x4189 $x3667)))
(not $x1716)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x2677 (= 0 (+ 1 |mem2[3]|))))
(let (($x624 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3177 (or $x624 $x2677)))
(not $x3177)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4188 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2834 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1247 (and $x2834 $x4188)))
(let (($x3581 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1226 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4637 (and $x1226 $x3581)))
(let (($x2039 (or $x4637 $x1247)))
(not $x2039)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3504 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2952 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1807 (and $x2952 $x3504)))
(let (($x2226 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1508 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2610 (and $x1508 $x2226)))
(let (($x807 (or $x2610 $x1807)))
(not $x807)))))))))
(check-sat)
(reset)
; flag: contract output: flag in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x1183 (* 2 |S_b[2]|)))
(let ((?x3608 (+ 15 (* 8 |S_b[0]|) (* 4 |S_b[1]|) ?x1183 |S_b[3]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 16)))))
(let (($x2760 (>= 0 ?x3608)))
(let (($x745 (not $x2760)))
(let (($x5028 (or $x745 $x2760)))
(not $x5028)))))))
(check-sat)
(reset)
