; add_one: B.B2[0] at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x2967 (div (div (+ 9 (* 4 |B1[0]|) (* 2 |B1[1]|) |B1[2]|) 2) 4)))
(let ((?x77 (mod ?x2967 2)))
(let ((?x2508 (* 2 |B1[1]|)))
(let ((?x1799 (* 4 |B1[0]|)))
(let ((?x2664 (+ (- 5) ?x1799 ?x2508 |B1[2]|)))
(let ((?x1766 (ite (< 0 ?x2664) ?x2664 0)))
(let ((?x300 (+ 1 ?x1799 ?x2508 |B1[2]|)))
(let ((?x1504 (ite (< 0 ?x300) ?x300 0)))
(let ((?x3620 (+ 3 ?x1799 ?x2508 |B1[2]|)))
(let ((?x3846 (ite (< 0 ?x3620) ?x3620 0)))
(let (($x3744 (= 0 (+ ?x3846 (* (- 1) ?x1504) (* (- 1) ?x1766) (* (- 2) ?x77)))))
(not $x3744)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x3560 (mod (div (div (+ 5 (* 2 |B1[1]|) |B1[2]|) 2) 2) 2)))
(let ((?x2508 (* 2 |B1[1]|)))
(let ((?x1164 (+ (- 1) ?x2508 |B1[2]|)))
(let ((?x2800 (ite (< 0 ?x1164) ?x1164 0)))
(let ((?x2940 (+ 1 ?x2508 |B1[2]|)))
(let ((?x4385 (ite (< 0 ?x2940) ?x2940 0)))
(let (($x2010 (= 0 (+ 3 ?x2508 |B1[2]| (* (- 1) ?x4385) (* (- 1) ?x2800) (* (- 2) ?x3560)))))
(not $x2010)))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x4038 (+ (- 1) |B1[2]| (* 2 (mod (div (div (+ 3 |B1[2]|) 2) 1) 2)))))
(let (($x1554 (= 0 ?x4038)))
(not $x1554))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4566 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3507 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x946 (and $x3507 $x4566)))
(let (($x3346 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1490 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2765 (and $x1490 $x3346)))
(let (($x2115 (or $x2765 $x946)))
(not $x2115)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3089 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2866 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1388 (and $x2866 $x3089)))
(let (($x4514 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1017 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4437 (and $x1017 $x4514)))
(let (($x1735 (or $x4437 $x1388)))
(not $x1735)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2996 (= 0 (+ 1 |mem1[0]|))))
(let (($x3411 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2535 (or $x3411 $x2996)))
(not $x2535)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4075 (= 0 (+ 1 |mem1[1]|))))
(let (($x1381 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4639 (or $x1381 $x4075)))
(not $x4639)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2082 (= 0 (+ 1 |mem1[2]|))))
(let (($x684 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2130 (or $x684 $x2082)))
(not $x2130)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x892 (= 0 (+ 1 |mem2[0]|))))
(let (($x1231 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3295 (or $x1231 $x892)))
(not $x3295)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1971 (= 0 (+ 1 |mem2[1]|))))
(let (($x1260 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4724 (or $x1260 $x1971)))
(not $x4724)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x4679 (= 0 (+ 1 |mem2[2]|))))
(let (($x4044 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4272 (or $x4044 $x4679)))
(not $x4272)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5510 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x531 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x173 (and $x531 $x5510)))
(let (($x4077 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2840 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1944 (and $x2840 $x4077)))
(let (($x1914 (or $x1944 $x173)))
(not $x1914)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x40 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4586 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2709 (and $x4586 $x40)))
(let (($x3102 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5505 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5540 (and $x5505 $x3102)))
(let (($x83 (or $x5540 $x2709)))
(not $x83)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x2574 (= 0 (+ 1 |S_a[0]|))))
(let (($x5251 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x1006 (or $x5251 $x2574)))
(not $x1006)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x5232 (= 0 (+ 1 |S_a[1]|))))
(let (($x4663 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x4350 (or $x4663 $x5232)))
(not $x4350)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x1200 (= 0 (+ 1 |S_a[2]|))))
(let (($x2016 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x3735 (or $x2016 $x1200)))
(not $x3735)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1935 (= 0 (+ 1 |S_b[0]|))))
(let (($x3872 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x1194 (or $x3872 $x1935)))
(not $x1194)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x172 (= 0 (+ 1 |S_b[1]|))))
(let (($x2424 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x12 (or $x2424 $x172)))
(not $x12)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x4862 (= 0 (+ 1 |S_b[2]|))))
(let (($x2500 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x3206 (or $x2500 $x4862)))
(not $x3206)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x1819 (= 0 (+ 1 |B1[0]|))))
(let (($x4431 (= 0 (+ (- 1) |B1[0]|))))
(let (($x5166 (or $x4431 $x1819)))
(not $x5166)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x4695 (= 0 (+ 1 |B1[1]|))))
(let (($x1040 (= 0 (+ (- 1) |B1[1]|))))
(let (($x1805 (or $x1040 $x4695)))
(not $x1805)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x2416 (= 0 (+ 1 |B1[2]|))))
(let (($x3705 (= 0 (+ (- 1) |B1[2]|))))
(let (($x1803 (or $x3705 $x2416)))
(not $x1803)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x2967 (div (div (+ 9 (* 4 |B1[0]|) (* 2 |B1[1]|) |B1[2]|) 2) 4)))
(let ((?x77 (mod ?x2967 2)))
(let (($x2345 (= 0 ?x77)))
(let (($x4338 (= 0 (+ (- 1) ?x77))))
(let (($x1183 (or $x4338 $x2345)))
(not $x1183)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x3560 (mod (div (div (+ 5 (* 2 |B1[1]|) |B1[2]|) 2) 2) 2)))
(let (($x1453 (= 0 ?x3560)))
(let (($x3828 (= 0 (+ (- 1) ?x3560))))
(let (($x5248 (or $x3828 $x1453)))
(not $x5248))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x4221 (mod (div (div (+ 3 |B1[2]|) 2) 1) 2)))
(let (($x3087 (= 0 ?x4221)))
(let (($x3304 (= 0 (+ (- 1) ?x4221))))
(let (($x3524 (or $x3304 $x3087)))
(not $x3524))))))
(check-sat)
(reset)
