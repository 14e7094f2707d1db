; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4249 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1117 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1245 (and $x1117 $x4249)))
(let (($x3029 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3812 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x43 (and $x3812 $x3029)))
(let (($x5015 (or $x43 $x1245)))
(not $x5015)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3606 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1766 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5619 (and $x1766 $x3606)))
(let (($x1410 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3941 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4565 (and $x3941 $x1410)))
(let (($x1793 (or $x4565 $x5619)))
(not $x1793)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5486 (= 0 (+ 1 |mem1[0]|))))
(let (($x3705 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2010 (or $x3705 $x5486)))
(not $x2010)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x87 (= 0 (+ 1 |mem1[1]|))))
(let (($x3592 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x161 (or $x3592 $x87)))
(not $x161)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x3411 (= 0 (+ 1 |mem1[2]|))))
(let (($x1759 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4865 (or $x1759 $x3411)))
(not $x4865)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x459 (= 0 (+ 1 |mem1[3]|))))
(let (($x590 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4490 (or $x590 $x459)))
(not $x4490)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x3962 (= 0 (+ 1 |mem1[4]|))))
(let (($x1882 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x1608 (or $x1882 $x3962)))
(not $x1608)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x4837 (= 0 (+ 1 |mem1[5]|))))
(let (($x5376 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x5379 (or $x5376 $x4837)))
(not $x5379)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x550 (= 0 (+ 1 |mem2[0]|))))
(let (($x2404 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4517 (or $x2404 $x550)))
(not $x4517)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1653 (= 0 (+ 1 |mem2[1]|))))
(let (($x651 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3905 (or $x651 $x1653)))
(not $x3905)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x662 (= 0 (+ 1 |mem2[2]|))))
(let (($x359 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2368 (or $x359 $x662)))
(not $x2368)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x3344 (= 0 (+ 1 |mem2[3]|))))
(let (($x1707 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x885 (or $x1707 $x3344)))
(not $x885)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x4655 (= 0 (+ 1 |mem2[4]|))))
(let (($x4193 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1388 (or $x4193 $x4655)))
(not $x1388)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x508 (= 0 (+ 1 |mem2[5]|))))
(let (($x1231 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x5408 (or $x1231 $x508)))
(not $x5408)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4570 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1285 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1194 (and $x1285 $x4570)))
(let (($x4935 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4639 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5554 (and $x4639 $x4935)))
(let (($x4328 (or $x5554 $x1194)))
(not $x4328)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3834 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4202 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1799 (and $x4202 $x3834)))
(let (($x4064 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2208 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3067 (and $x2208 $x4064)))
(let (($x4663 (or $x3067 $x1799)))
(not $x4663)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x4704 (= 0 (+ 1 |S_a[0]|))))
(let (($x609 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x3964 (or $x609 $x4704)))
(not $x3964)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x3704 (= 0 (+ 1 |S_a[1]|))))
(let (($x1201 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x2021 (or $x1201 $x3704)))
(not $x2021)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x3617 (= 0 (+ 1 |S_a[2]|))))
(let (($x2115 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x3204 (or $x2115 $x3617)))
(not $x3204)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x1961 (= 0 (+ 1 |S_a[3]|))))
(let (($x2135 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x2330 (or $x2135 $x1961)))
(not $x2330)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x2424 (= 0 (+ 1 |S_a[4]|))))
(let (($x3804 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x3217 (or $x3804 $x2424)))
(not $x3217)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x504 (= 0 (+ 1 |S_a[5]|))))
(let (($x3184 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x1550 (or $x3184 $x504)))
(not $x1550)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x4980 (= 0 (+ 1 |S_b[0]|))))
(let (($x3530 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x3044 (or $x3530 $x4980)))
(not $x3044)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x1837 (= 0 (+ 1 |S_b[1]|))))
(let (($x420 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x2312 (or $x420 $x1837)))
(not $x2312)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x1427 (= 0 (+ 1 |S_b[2]|))))
(let (($x2695 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x219 (or $x2695 $x1427)))
(not $x219)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x3087 (= 0 (+ 1 |S_b[3]|))))
(let (($x4942 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x2157 (or $x4942 $x3087)))
(not $x2157)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x5569 (= 0 (+ 1 |S_b[4]|))))
(let (($x1880 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x1040 (or $x1880 $x5569)))
(not $x1040)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x3792 (= 0 (+ 1 |S_b[5]|))))
(let (($x2457 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x3284 (or $x2457 $x3792)))
(not $x3284)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x609 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x4704 (= 0 (+ 1 |S_a[0]|))))
(let (($x1770 (or $x4704 $x609)))
(not $x1770)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x1201 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x3704 (= 0 (+ 1 |S_a[1]|))))
(let (($x4079 (or $x3704 $x1201)))
(not $x4079)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x2115 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x3617 (= 0 (+ 1 |S_a[2]|))))
(let (($x2209 (or $x3617 $x2115)))
(not $x2209)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (37, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x2135 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x1961 (= 0 (+ 1 |S_a[3]|))))
(let (($x4454 (or $x1961 $x2135)))
(not $x4454)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x3804 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x2424 (= 0 (+ 1 |S_a[4]|))))
(let (($x945 (or $x2424 $x3804)))
(not $x945)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x3184 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x504 (= 0 (+ 1 |S_a[5]|))))
(let (($x214 (or $x504 $x3184)))
(not $x214)))))
(check-sat)
(reset)
