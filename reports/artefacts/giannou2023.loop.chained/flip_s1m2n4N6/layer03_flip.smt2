; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x822 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2877 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2958 (and $x2877 $x822)))
(let (($x983 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2716 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3895 (and $x2716 $x983)))
(let (($x104 (or $x3895 $x2958)))
(not $x104)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2398 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4819 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3631 (and $x4819 $x2398)))
(let (($x492 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2461 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3677 (and $x2461 $x492)))
(let (($x884 (or $x3677 $x3631)))
(not $x884)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x10 (= 0 (+ 1 |mem1[0]|))))
(let (($x3008 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1931 (or $x3008 $x10)))
(not $x1931)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x868 (= 0 (+ 1 |mem1[1]|))))
(let (($x567 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2274 (or $x567 $x868)))
(not $x2274)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x852 (= 0 (+ 1 |mem1[2]|))))
(let (($x3579 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2231 (or $x3579 $x852)))
(not $x2231)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2893 (= 0 (+ 1 |mem1[3]|))))
(let (($x2129 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x958 (or $x2129 $x2893)))
(not $x958)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x1977 (= 0 (+ 1 |mem1[4]|))))
(let (($x3958 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x3222 (or $x3958 $x1977)))
(not $x3222)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x1227 (= 0 (+ 1 |mem1[5]|))))
(let (($x1203 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x211 (or $x1203 $x1227)))
(not $x211)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x590 (= 0 (+ 1 |mem2[0]|))))
(let (($x4197 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4357 (or $x4197 $x590)))
(not $x4357)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1497 (= 0 (+ 1 |mem2[1]|))))
(let (($x3175 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5011 (or $x3175 $x1497)))
(not $x5011)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3935 (= 0 (+ 1 |mem2[2]|))))
(let (($x743 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1272 (or $x743 $x3935)))
(not $x1272)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x4513 (= 0 (+ 1 |mem2[3]|))))
(let (($x2509 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x4801 (or $x2509 $x4513)))
(not $x4801)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x2209 (= 0 (+ 1 |mem2[4]|))))
(let (($x3690 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x562 (or $x3690 $x2209)))
(not $x562)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x4444 (= 0 (+ 1 |mem2[5]|))))
(let (($x2226 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x4271 (or $x2226 $x4444)))
(not $x4271)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x920 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3777 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1159 (and $x3777 $x920)))
(let (($x4660 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3484 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2817 (and $x3484 $x4660)))
(let (($x3796 (or $x2817 $x1159)))
(not $x3796)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3353 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1840 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4326 (and $x1840 $x3353)))
(let (($x4445 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4229 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1130 (and $x4229 $x4445)))
(let (($x2386 (or $x1130 $x4326)))
(not $x2386)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x319 (= 0 (+ 1 |S_a[0]|))))
(let (($x1589 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x991 (or $x1589 $x319)))
(not $x991)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x295 (= 0 (+ 1 |S_a[1]|))))
(let (($x1043 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x3717 (or $x1043 $x295)))
(not $x3717)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x891 (= 0 (+ 1 |S_a[2]|))))
(let (($x3846 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x3735 (or $x3846 $x891)))
(not $x3735)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x825 (= 0 (+ 1 |S_a[3]|))))
(let (($x3618 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x528 (or $x3618 $x825)))
(not $x528)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x3213 (= 0 (+ 1 |S_a[4]|))))
(let (($x98 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x940 (or $x98 $x3213)))
(not $x940)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x2862 (= 0 (+ 1 |S_a[5]|))))
(let (($x2173 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x2102 (or $x2173 $x2862)))
(not $x2102)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x3658 (= 0 (+ 1 |S_b[0]|))))
(let (($x4046 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x883 (or $x4046 $x3658)))
(not $x883)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x1213 (= 0 (+ 1 |S_b[1]|))))
(let (($x633 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x2689 (or $x633 $x1213)))
(not $x2689)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x714 (= 0 (+ 1 |S_b[2]|))))
(let (($x4004 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x4486 (or $x4004 $x714)))
(not $x4486)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x2644 (= 0 (+ 1 |S_b[3]|))))
(let (($x681 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x2030 (or $x681 $x2644)))
(not $x2030)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x5029 (= 0 (+ 1 |S_b[4]|))))
(let (($x810 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x573 (or $x810 $x5029)))
(not $x573)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x2471 (= 0 (+ 1 |S_b[5]|))))
(let (($x400 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x1230 (or $x400 $x2471)))
(not $x1230)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x1589 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x319 (= 0 (+ 1 |S_a[0]|))))
(let (($x325 (or $x319 $x1589)))
(not $x325)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x1043 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x295 (= 0 (+ 1 |S_a[1]|))))
(let (($x1861 (or $x295 $x1043)))
(not $x1861)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x3846 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x891 (= 0 (+ 1 |S_a[2]|))))
(let (($x2430 (or $x891 $x3846)))
(not $x2430)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (37, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x3618 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x825 (= 0 (+ 1 |S_a[3]|))))
(let (($x4146 (or $x825 $x3618)))
(not $x4146)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x98 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x3213 (= 0 (+ 1 |S_a[4]|))))
(let (($x3287 (or $x3213 $x98)))
(not $x3287)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x2173 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x2862 (= 0 (+ 1 |S_a[5]|))))
(let (($x3444 (or $x2862 $x2173)))
(not $x3444)))))
(check-sat)
(reset)
