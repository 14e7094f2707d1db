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
 (let ((?x5425 (* 2 |S_b[2]|)))
(let ((?x4895 (+ 15 (* 8 |S_b[0]|) (* 4 |S_b[1]|) ?x5425 |S_b[3]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 16)))))
(let (($x2480 (>= 0 ?x4895)))
(let ((?x1901 (ite $x2480 1 0)))
(let ((?x4085 (+ 3 |S_b[0]| |S_b[1]| |S_b[2]| |S_b[3]|)))
(let ((?x5609 (ite (< 0 ?x4085) ?x4085 0)))
(let ((?x5083 (+ 5 |S_b[0]| (* 2 |S_b[1]|) ?x5425 (* 2 |S_b[3]|) (* (- 2) ?x5609) (* 2 ?x1901))))
(let (($x3086 (= 0 ?x5083)))
(not $x3086))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1227 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2964 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x432 (and $x2964 $x1227)))
(let (($x2642 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1514 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2420 (and $x1514 $x2642)))
(let (($x5206 (or $x2420 $x432)))
(not $x5206)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4576 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2312 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3885 (and $x2312 $x4576)))
(let (($x3846 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3046 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4193 (and $x3046 $x3846)))
(let (($x4752 (or $x4193 $x3885)))
(not $x4752)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x87 (= 0 (+ 1 |mem1[0]|))))
(let (($x706 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4178 (or $x706 $x87)))
(not $x4178)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x684 (= 0 (+ 1 |mem1[1]|))))
(let (($x2856 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3284 (or $x2856 $x684)))
(not $x3284)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x621 (= 0 (+ 1 |mem1[2]|))))
(let (($x3428 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4575 (or $x3428 $x621)))
(not $x4575)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1294 (= 0 (+ 1 |mem1[3]|))))
(let (($x1191 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x5118 (or $x1191 $x1294)))
(not $x5118)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2631 (= 0 (+ 1 |mem2[0]|))))
(let (($x4172 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x739 (or $x4172 $x2631)))
(not $x739)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x260 (= 0 (+ 1 |mem2[1]|))))
(let (($x2031 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4940 (or $x2031 $x260)))
(not $x4940)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x4837 (= 0 (+ 1 |mem2[2]|))))
(let (($x2306 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2310 (or $x2306 $x4837)))
(not $x2310)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x2920 (= 0 (+ 1 |mem2[3]|))))
(let (($x48 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x635 (or $x48 $x2920)))
(not $x635)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4792 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4853 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3590 (and $x4853 $x4792)))
(let (($x3735 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1119 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5505 (and $x1119 $x3735)))
(let (($x365 (or $x5505 $x3590)))
(not $x365)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1233 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5108 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4064 (and $x5108 $x1233)))
(let (($x1819 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2287 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2485 (and $x2287 $x1819)))
(let (($x841 (or $x2485 $x4064)))
(not $x841)))))))))
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
 (let ((?x5425 (* 2 |S_b[2]|)))
(let ((?x4895 (+ 15 (* 8 |S_b[0]|) (* 4 |S_b[1]|) ?x5425 |S_b[3]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 16)))))
(let (($x2480 (>= 0 ?x4895)))
(let (($x2416 (not $x2480)))
(let (($x2957 (or $x2416 $x2480)))
(not $x2957)))))))
(check-sat)
(reset)
