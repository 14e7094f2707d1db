; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1809 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3295 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1548 (and $x3295 $x1809)))
(let (($x1373 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2089 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1152 (and $x2089 $x1373)))
(let (($x1806 (or $x1152 $x1548)))
(not $x1806)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2921 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3425 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1340 (and $x3425 $x2921)))
(let (($x2995 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2019 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x985 (and $x2019 $x2995)))
(let (($x2226 (or $x985 $x1340)))
(not $x2226)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1323 (= 0 (+ 1 |mem1[0]|))))
(let (($x3147 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1195 (or $x3147 $x1323)))
(not $x1195)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2282 (= 0 (+ 1 |mem1[1]|))))
(let (($x3141 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x789 (or $x3141 $x2282)))
(not $x789)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x253 (= 0 (+ 1 |mem1[2]|))))
(let (($x54 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1807 (or $x54 $x253)))
(not $x1807)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1999 (= 0 (+ 1 |mem1[3]|))))
(let (($x477 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3752 (or $x477 $x1999)))
(not $x3752)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x4723 (= 0 (+ 1 |mem1[4]|))))
(let (($x951 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4667 (or $x951 $x4723)))
(not $x4667)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x2824 (= 0 (+ 1 |mem1[5]|))))
(let (($x3054 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x3973 (or $x3054 $x2824)))
(not $x3973)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1271 (= 0 (+ 1 |mem2[0]|))))
(let (($x1907 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4264 (or $x1907 $x1271)))
(not $x4264)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3297 (= 0 (+ 1 |mem2[1]|))))
(let (($x3153 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2941 (or $x3153 $x3297)))
(not $x2941)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3450 (= 0 (+ 1 |mem2[2]|))))
(let (($x1797 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4783 (or $x1797 $x3450)))
(not $x4783)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x4775 (= 0 (+ 1 |mem2[3]|))))
(let (($x5075 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1284 (or $x5075 $x4775)))
(not $x1284)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x3569 (= 0 (+ 1 |mem2[4]|))))
(let (($x630 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1512 (or $x630 $x3569)))
(not $x1512)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x3115 (= 0 (+ 1 |mem2[5]|))))
(let (($x1864 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x4252 (or $x1864 $x3115)))
(not $x4252)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4496 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x847 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3335 (and $x847 $x4496)))
(let (($x1466 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4341 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x956 (and $x4341 $x1466)))
(let (($x4189 (or $x956 $x3335)))
(not $x4189)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1063 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2347 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3424 (and $x2347 $x1063)))
(let (($x1049 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2393 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5119 (and $x2393 $x1049)))
(let (($x4123 (or $x5119 $x3424)))
(not $x4123)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x4058 (= 0 (+ 1 |S_a[0]|))))
(let (($x898 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x313 (or $x898 $x4058)))
(not $x313)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x1355 (= 0 (+ 1 |S_a[1]|))))
(let (($x4762 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x3347 (or $x4762 $x1355)))
(not $x3347)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x3234 (= 0 (+ 1 |S_a[2]|))))
(let (($x1784 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x701 (or $x1784 $x3234)))
(not $x701)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x1131 (= 0 (+ 1 |S_a[3]|))))
(let (($x4191 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x817 (or $x4191 $x1131)))
(not $x817)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x2010 (= 0 (+ 1 |S_a[4]|))))
(let (($x3876 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x3309 (or $x3876 $x2010)))
(not $x3309)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x931 (= 0 (+ 1 |S_a[5]|))))
(let (($x4108 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x1509 (or $x4108 $x931)))
(not $x1509)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x3270 (= 0 (+ 1 |S_b[0]|))))
(let (($x199 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x949 (or $x199 $x3270)))
(not $x949)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x2156 (= 0 (+ 1 |S_b[1]|))))
(let (($x629 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x3354 (or $x629 $x2156)))
(not $x3354)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2378 (= 0 (+ 1 |S_b[2]|))))
(let (($x3000 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x4188 (or $x3000 $x2378)))
(not $x4188)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x2638 (= 0 (+ 1 |S_b[3]|))))
(let (($x833 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x1122 (or $x833 $x2638)))
(not $x1122)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x4637 (= 0 (+ 1 |S_b[4]|))))
(let (($x2258 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x215 (or $x2258 $x4637)))
(not $x215)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x3367 (= 0 (+ 1 |S_b[5]|))))
(let (($x3667 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x31 (or $x3667 $x3367)))
(not $x31)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x898 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x4058 (= 0 (+ 1 |S_a[0]|))))
(let (($x3237 (or $x4058 $x898)))
(not $x3237)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x4762 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x1355 (= 0 (+ 1 |S_a[1]|))))
(let (($x3094 (or $x1355 $x4762)))
(not $x3094)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x1784 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x3234 (= 0 (+ 1 |S_a[2]|))))
(let (($x4073 (or $x3234 $x1784)))
(not $x4073)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (37, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x4191 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x1131 (= 0 (+ 1 |S_a[3]|))))
(let (($x2243 (or $x1131 $x4191)))
(not $x2243)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x3876 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x2010 (= 0 (+ 1 |S_a[4]|))))
(let (($x4009 (or $x2010 $x3876)))
(not $x4009)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x4108 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x931 (= 0 (+ 1 |S_a[5]|))))
(let (($x1251 (or $x931 $x4108)))
(not $x1251)))))
(check-sat)
(reset)
