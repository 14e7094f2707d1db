; add_one: B.B2[0] at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x2741 (* 2 |B1[2]|)))
(let ((?x1845 (* 4 |B1[1]|)))
(let ((?x1652 (* 8 |B1[0]|)))
(let ((?x4493 (mod (div (div (+ 17 ?x1652 ?x1845 ?x2741 |B1[3]|) 2) 8) 2)))
(let ((?x1297 (+ (- 13) ?x1652 ?x1845 ?x2741 |B1[3]|)))
(let ((?x3387 (ite (< 0 ?x1297) ?x1297 0)))
(let ((?x3029 (+ 1 ?x1652 ?x1845 ?x2741 |B1[3]|)))
(let ((?x3466 (ite (< 0 ?x3029) ?x3029 0)))
(let ((?x108 (+ 3 ?x1652 ?x1845 ?x2741 |B1[3]|)))
(let ((?x36 (ite (< 0 ?x108) ?x108 0)))
(let (($x5063 (= 0 (+ ?x36 (* (- 1) ?x3466) (* (- 1) ?x3387) (* (- 2) ?x4493)))))
(not $x5063)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x1401 (div (div (+ 9 (* 4 |B1[1]|) (* 2 |B1[2]|) |B1[3]|) 2) 4)))
(let ((?x2502 (mod ?x1401 2)))
(let ((?x2741 (* 2 |B1[2]|)))
(let ((?x1845 (* 4 |B1[1]|)))
(let ((?x329 (+ (- 5) ?x1845 ?x2741 |B1[3]|)))
(let ((?x2903 (ite (< 0 ?x329) ?x329 0)))
(let ((?x3681 (+ 1 ?x1845 ?x2741 |B1[3]|)))
(let ((?x5240 (ite (< 0 ?x3681) ?x3681 0)))
(let ((?x6949 (+ 3 ?x1845 ?x2741 |B1[3]|)))
(let ((?x3887 (ite (< 0 ?x6949) ?x6949 0)))
(let (($x6709 (= 0 (+ ?x3887 (* (- 1) ?x5240) (* (- 1) ?x2903) (* (- 2) ?x2502)))))
(not $x6709)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x1668 (mod (div (div (+ 5 (* 2 |B1[2]|) |B1[3]|) 2) 2) 2)))
(let ((?x2741 (* 2 |B1[2]|)))
(let ((?x3326 (+ (- 1) ?x2741 |B1[3]|)))
(let ((?x5306 (ite (< 0 ?x3326) ?x3326 0)))
(let ((?x2309 (+ 1 ?x2741 |B1[3]|)))
(let ((?x6267 (ite (< 0 ?x2309) ?x2309 0)))
(let (($x4317 (= 0 (+ 3 ?x2741 |B1[3]| (* (- 1) ?x6267) (* (- 1) ?x5306) (* (- 2) ?x1668)))))
(not $x4317)))))))))
(check-sat)
(reset)
; add_one: B.B2[3] at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x2234 (+ (- 1) |B1[3]| (* 2 (mod (div (div (+ 3 |B1[3]|) 2) 1) 2)))))
(let (($x3502 (= 0 ?x2234)))
(not $x3502))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6992 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1423 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x89 (and $x1423 $x6992)))
(let (($x3096 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4301 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1092 (and $x4301 $x3096)))
(let (($x962 (or $x1092 $x89)))
(not $x962)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x809 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5627 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2300 (and $x5627 $x809)))
(let (($x5622 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1532 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x52 (and $x1532 $x5622)))
(let (($x4916 (or $x52 $x2300)))
(not $x4916)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5092 (= 0 (+ 1 |mem1[0]|))))
(let (($x1814 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4722 (or $x1814 $x5092)))
(not $x4722)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x416 (= 0 (+ 1 |mem1[1]|))))
(let (($x298 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x399 (or $x298 $x416)))
(not $x399)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x5703 (= 0 (+ 1 |mem1[2]|))))
(let (($x780 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3450 (or $x780 $x5703)))
(not $x3450)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x163 (= 0 (+ 1 |mem1[3]|))))
(let (($x1464 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x6764 (or $x1464 $x163)))
(not $x6764)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x5342 (= 0 (+ 1 |mem2[0]|))))
(let (($x969 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4449 (or $x969 $x5342)))
(not $x4449)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4310 (= 0 (+ 1 |mem2[1]|))))
(let (($x3022 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x327 (or $x3022 $x4310)))
(not $x327)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x6566 (= 0 (+ 1 |mem2[2]|))))
(let (($x4327 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x6556 (or $x4327 $x6566)))
(not $x6556)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x3417 (= 0 (+ 1 |mem2[3]|))))
(let (($x645 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x5238 (or $x645 $x3417)))
(not $x5238)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x365 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4428 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5436 (and $x4428 $x365)))
(let (($x161 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2453 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4630 (and $x2453 $x161)))
(let (($x575 (or $x4630 $x5436)))
(not $x575)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x182 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4392 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5275 (and $x4392 $x182)))
(let (($x6063 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5184 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x222 (and $x5184 $x6063)))
(let (($x6453 (or $x222 $x5275)))
(not $x6453)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x3056 (= 0 (+ 1 |S_a[0]|))))
(let (($x6583 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x6013 (or $x6583 $x3056)))
(not $x6013)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x2728 (= 0 (+ 1 |S_a[1]|))))
(let (($x6124 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x3715 (or $x6124 $x2728)))
(not $x3715)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x2390 (= 0 (+ 1 |S_a[2]|))))
(let (($x2216 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x1913 (or $x2216 $x2390)))
(not $x1913)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x5827 (= 0 (+ 1 |S_a[3]|))))
(let (($x5516 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x489 (or $x5516 $x5827)))
(not $x489)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x6316 (= 0 (+ 1 |S_b[0]|))))
(let (($x3531 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x5803 (or $x3531 $x6316)))
(not $x5803)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x1916 (= 0 (+ 1 |S_b[1]|))))
(let (($x374 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x6377 (or $x374 $x1916)))
(not $x6377)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2423 (= 0 (+ 1 |S_b[2]|))))
(let (($x2208 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x1081 (or $x2208 $x2423)))
(not $x1081)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x2382 (= 0 (+ 1 |S_b[3]|))))
(let (($x6573 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x3350 (or $x6573 $x2382)))
(not $x3350)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x605 (= 0 (+ 1 |B1[0]|))))
(let (($x4667 (= 0 (+ (- 1) |B1[0]|))))
(let (($x1925 (or $x4667 $x605)))
(not $x1925)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x1445 (= 0 (+ 1 |B1[1]|))))
(let (($x35 (= 0 (+ (- 1) |B1[1]|))))
(let (($x1630 (or $x35 $x1445)))
(not $x1630)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x1673 (= 0 (+ 1 |B1[2]|))))
(let (($x270 (= 0 (+ (- 1) |B1[2]|))))
(let (($x2450 (or $x270 $x1673)))
(not $x2450)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x1836 (= 0 (+ 1 |B1[3]|))))
(let (($x3649 (= 0 (+ (- 1) |B1[3]|))))
(let (($x836 (or $x3649 $x1836)))
(not $x836)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x2741 (* 2 |B1[2]|)))
(let ((?x1845 (* 4 |B1[1]|)))
(let ((?x1652 (* 8 |B1[0]|)))
(let ((?x4493 (mod (div (div (+ 17 ?x1652 ?x1845 ?x2741 |B1[3]|) 2) 8) 2)))
(let (($x4908 (= 0 ?x4493)))
(let (($x5358 (= 0 (+ (- 1) ?x4493))))
(let (($x3590 (or $x5358 $x4908)))
(not $x3590)))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x1401 (div (div (+ 9 (* 4 |B1[1]|) (* 2 |B1[2]|) |B1[3]|) 2) 4)))
(let ((?x2502 (mod ?x1401 2)))
(let (($x154 (= 0 ?x2502)))
(let (($x4462 (= 0 (+ (- 1) ?x2502))))
(let (($x422 (or $x4462 $x154)))
(not $x422)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x1668 (mod (div (div (+ 5 (* 2 |B1[2]|) |B1[3]|) 2) 2) 2)))
(let (($x2052 (= 0 ?x1668)))
(let (($x2888 (= 0 (+ (- 1) ?x1668))))
(let (($x1303 (or $x2888 $x2052)))
(not $x1303))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x6246 (mod (div (div (+ 3 |B1[3]|) 2) 1) 2)))
(let (($x1416 (= 0 ?x6246)))
(let (($x1585 (= 0 (+ (- 1) ?x6246))))
(let (($x5248 (or $x1585 $x1416)))
(not $x5248))))))
(check-sat)
(reset)
