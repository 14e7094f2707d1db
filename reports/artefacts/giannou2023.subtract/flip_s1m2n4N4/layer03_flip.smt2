; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x374 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x893 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x655 (and $x893 $x374)))
(let (($x1836 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6760 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x427 (and $x6760 $x1836)))
(let (($x3819 (or $x427 $x655)))
(not $x3819)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2334 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1882 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4493 (and $x1882 $x2334)))
(let (($x3238 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3209 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4971 (and $x3209 $x3238)))
(let (($x3681 (or $x4971 $x4493)))
(not $x3681)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x6163 (= 0 (+ 1 |mem1[0]|))))
(let (($x4111 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x329 (or $x4111 $x6163)))
(not $x329)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x6992 (= 0 (+ 1 |mem1[1]|))))
(let (($x3035 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x327 (or $x3035 $x6992)))
(not $x327)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1813 (= 0 (+ 1 |mem1[2]|))))
(let (($x3263 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3967 (or $x3263 $x1813)))
(not $x3967)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x904 (= 0 (+ 1 |mem1[3]|))))
(let (($x6583 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1687 (or $x6583 $x904)))
(not $x1687)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x270 (= 0 (+ 1 |mem2[0]|))))
(let (($x4667 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5908 (or $x4667 $x270)))
(not $x5908)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5627 (= 0 (+ 1 |mem2[1]|))))
(let (($x3417 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4291 (or $x3417 $x5627)))
(not $x4291)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x836 (= 0 (+ 1 |mem2[2]|))))
(let (($x3025 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1721 (or $x3025 $x836)))
(not $x1721)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x2952 (= 0 (+ 1 |mem2[3]|))))
(let (($x5578 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x4755 (or $x5578 $x2952)))
(not $x4755)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x6124 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4376 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5548 (and $x4376 $x6124)))
(let (($x5342 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4317 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2300 (and $x4317 $x5342)))
(let (($x2337 (or $x2300 $x5548)))
(not $x2337)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x278 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6316 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6649 (and $x6316 $x278)))
(let (($x1812 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3138 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3245 (and $x3138 $x1812)))
(let (($x2216 (or $x3245 $x6649)))
(not $x2216)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x1653 (= 0 (+ 1 |S_a[0]|))))
(let (($x347 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x108 (or $x347 $x1653)))
(not $x108)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x5331 (= 0 (+ 1 |S_a[1]|))))
(let (($x5212 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x969 (or $x5212 $x5331)))
(not $x969)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x200 (= 0 (+ 1 |S_a[2]|))))
(let (($x1096 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x896 (or $x1096 $x200)))
(not $x896)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x7000 (= 0 (+ 1 |S_a[3]|))))
(let (($x6864 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x5115 (or $x6864 $x7000)))
(not $x5115)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x2316 (= 0 (+ 1 |S_b[0]|))))
(let (($x651 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x6540 (or $x651 $x2316)))
(not $x6540)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x645 (= 0 (+ 1 |S_b[1]|))))
(let (($x261 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x6709 (or $x261 $x645)))
(not $x6709)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2800 (= 0 (+ 1 |S_b[2]|))))
(let (($x5452 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x1460 (or $x5452 $x2800)))
(not $x1460)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x1401 (= 0 (+ 1 |S_b[3]|))))
(let (($x6216 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x4198 (or $x6216 $x1401)))
(not $x4198)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x347 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x1653 (= 0 (+ 1 |S_a[0]|))))
(let (($x4776 (or $x1653 $x347)))
(not $x4776)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x5212 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x5331 (= 0 (+ 1 |S_a[1]|))))
(let (($x1118 (or $x5331 $x5212)))
(not $x1118)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x1096 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x200 (= 0 (+ 1 |S_a[2]|))))
(let (($x1297 (or $x200 $x1096)))
(not $x1297)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x6864 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x7000 (= 0 (+ 1 |S_a[3]|))))
(let (($x1092 (or $x7000 $x6864)))
(not $x1092)))))
(check-sat)
(reset)
