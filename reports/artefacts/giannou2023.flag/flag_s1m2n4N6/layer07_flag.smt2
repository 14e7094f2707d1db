; flag: S_a.flag[0] at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
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
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x2660 (* 2 |S_b[4]|)))
(let ((?x4442 (+ 63 (* 32 |S_b[0]|) (* 16 |S_b[1]|) (* 8 |S_b[2]|) (* 4 |S_b[3]|) ?x2660 |S_b[5]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 64)))))
(let (($x853 (>= 0 ?x4442)))
(let ((?x1851 (ite $x853 1 0)))
(let ((?x2339 (+ 5 |S_b[0]| |S_b[1]| |S_b[2]| |S_b[3]| |S_b[4]| |S_b[5]|)))
(let ((?x1208 (ite (< 0 ?x2339) ?x2339 0)))
(let ((?x3187 (+ 9 |S_b[0]| (* 2 |S_b[1]|) (* 2 |S_b[2]|) (* 2 |S_b[3]|) ?x2660 (* 2 |S_b[5]|) (* (- 2) ?x1208) (* 2 ?x1851))))
(let (($x4513 (= 0 ?x3187)))
(not $x4513))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5078 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2467 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3159 (and $x2467 $x5078)))
(let (($x4634 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x625 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4827 (and $x625 $x4634)))
(let (($x3532 (or $x4827 $x3159)))
(not $x3532)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x991 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1250 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3294 (and $x1250 $x991)))
(let (($x272 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x120 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x858 (and $x120 $x272)))
(let (($x78 (or $x858 $x3294)))
(not $x78)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x644 (= 0 (+ 1 |mem1[0]|))))
(let (($x2226 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4431 (or $x2226 $x644)))
(not $x4431)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4717 (= 0 (+ 1 |mem1[1]|))))
(let (($x4496 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2129 (or $x4496 $x4717)))
(not $x2129)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4250 (= 0 (+ 1 |mem1[2]|))))
(let (($x4357 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x390 (or $x4357 $x4250)))
(not $x390)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2893 (= 0 (+ 1 |mem1[3]|))))
(let (($x98 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3521 (or $x98 $x2893)))
(not $x3521)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x774 (= 0 (+ 1 |mem1[4]|))))
(let (($x3055 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x2583 (or $x3055 $x774)))
(not $x2583)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x2147 (= 0 (+ 1 |mem1[5]|))))
(let (($x3437 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x1811 (or $x3437 $x2147)))
(not $x1811)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3354 (= 0 (+ 1 |mem2[0]|))))
(let (($x1840 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2155 (or $x1840 $x3354)))
(not $x2155)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x751 (= 0 (+ 1 |mem2[1]|))))
(let (($x228 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2970 (or $x228 $x751)))
(not $x2970)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1297 (= 0 (+ 1 |mem2[2]|))))
(let (($x54 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x21 (or $x54 $x1297)))
(not $x21)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x2237 (= 0 (+ 1 |mem2[3]|))))
(let (($x2033 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x231 (or $x2033 $x2237)))
(not $x231)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x4433 (= 0 (+ 1 |mem2[4]|))))
(let (($x325 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x218 (or $x325 $x4433)))
(not $x218)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x2594 (= 0 (+ 1 |mem2[5]|))))
(let (($x4506 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x4196 (or $x4506 $x2594)))
(not $x4196)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x540 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3722 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3313 (and $x3722 $x540)))
(let (($x825 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3796 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2946 (and $x3796 $x825)))
(let (($x1296 (or $x2946 $x3313)))
(not $x1296)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2989 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2274 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2984 (and $x2274 $x2989)))
(let (($x499 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2932 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3340 (and $x2932 $x499)))
(let (($x724 (or $x3340 $x2984)))
(not $x724)))))))))
(check-sat)
(reset)
; flag: contract output: flag in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
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
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x2660 (* 2 |S_b[4]|)))
(let ((?x4442 (+ 63 (* 32 |S_b[0]|) (* 16 |S_b[1]|) (* 8 |S_b[2]|) (* 4 |S_b[3]|) ?x2660 |S_b[5]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 64)))))
(let (($x853 (>= 0 ?x4442)))
(let (($x407 (not $x853)))
(let (($x5100 (or $x407 $x853)))
(not $x5100)))))))
(check-sat)
(reset)
