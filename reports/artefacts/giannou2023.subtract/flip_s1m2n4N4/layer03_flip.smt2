; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1430 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4271 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3836 (and $x4271 $x1430)))
(let (($x2278 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2773 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2695 (and $x2773 $x2278)))
(let (($x2155 (or $x2695 $x3836)))
(not $x2155)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4112 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2288 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2192 (and $x2288 $x4112)))
(let (($x1800 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6350 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2862 (and $x6350 $x1800)))
(let (($x5436 (or $x2862 $x2192)))
(not $x5436)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5927 (= 0 (+ 1 |mem1[0]|))))
(let (($x2194 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2273 (or $x2194 $x5927)))
(not $x2273)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x667 (= 0 (+ 1 |mem1[1]|))))
(let (($x3293 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4214 (or $x3293 $x667)))
(not $x4214)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x609 (= 0 (+ 1 |mem1[2]|))))
(let (($x6167 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1184 (or $x6167 $x609)))
(not $x1184)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1134 (= 0 (+ 1 |mem1[3]|))))
(let (($x7023 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3506 (or $x7023 $x1134)))
(not $x3506)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x5461 (= 0 (+ 1 |mem2[0]|))))
(let (($x868 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3963 (or $x868 $x5461)))
(not $x3963)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3178 (= 0 (+ 1 |mem2[1]|))))
(let (($x5959 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4453 (or $x5959 $x3178)))
(not $x4453)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1194 (= 0 (+ 1 |mem2[2]|))))
(let (($x6317 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2792 (or $x6317 $x1194)))
(not $x2792)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1753 (= 0 (+ 1 |mem2[3]|))))
(let (($x5825 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x7011 (or $x5825 $x1753)))
(not $x7011)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x311 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x730 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4639 (and $x730 $x311)))
(let (($x3635 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x947 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5960 (and $x947 $x3635)))
(let (($x437 (or $x5960 $x4639)))
(not $x437)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x6500 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5210 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3770 (and $x5210 $x6500)))
(let (($x356 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5182 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6501 (and $x5182 $x356)))
(let (($x5299 (or $x6501 $x3770)))
(not $x5299)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x4576 (= 0 (+ 1 |S_a[0]|))))
(let (($x1810 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x4930 (or $x1810 $x4576)))
(not $x4930)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x3647 (= 0 (+ 1 |S_a[1]|))))
(let (($x3025 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x4413 (or $x3025 $x3647)))
(not $x4413)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x3586 (= 0 (+ 1 |S_a[2]|))))
(let (($x2620 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x6017 (or $x2620 $x3586)))
(not $x6017)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x2134 (= 0 (+ 1 |S_a[3]|))))
(let (($x3677 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x69 (or $x3677 $x2134)))
(not $x69)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x6789 (= 0 (+ 1 |S_b[0]|))))
(let (($x2615 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x2430 (or $x2615 $x6789)))
(not $x2430)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x6339 (= 0 (+ 1 |S_b[1]|))))
(let (($x4010 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x529 (or $x4010 $x6339)))
(not $x529)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2045 (= 0 (+ 1 |S_b[2]|))))
(let (($x6646 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x3021 (or $x6646 $x2045)))
(not $x3021)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x2107 (= 0 (+ 1 |S_b[3]|))))
(let (($x3344 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x4241 (or $x3344 $x2107)))
(not $x4241)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x1810 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x4576 (= 0 (+ 1 |S_a[0]|))))
(let (($x5406 (or $x4576 $x1810)))
(not $x5406)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x3025 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x3647 (= 0 (+ 1 |S_a[1]|))))
(let (($x1141 (or $x3647 $x3025)))
(not $x1141)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x2620 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x3586 (= 0 (+ 1 |S_a[2]|))))
(let (($x5913 (or $x3586 $x2620)))
(not $x5913)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x3677 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x2134 (= 0 (+ 1 |S_a[3]|))))
(let (($x1353 (or $x2134 $x3677)))
(not $x1353)))))
(check-sat)
(reset)
