; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4386 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5001 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3167 (and $x5001 $x4386)))
(let (($x1412 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3304 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x86 (and $x3304 $x1412)))
(let (($x138 (or $x86 $x3167)))
(not $x138)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3872 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1819 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x12 (and $x1819 $x3872)))
(let (($x4350 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1021 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1329 (and $x1021 $x4350)))
(let (($x3737 (or $x1329 $x12)))
(not $x3737)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4077 (= 0 (+ 1 |mem1[0]|))))
(let (($x1376 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1944 (or $x1376 $x4077)))
(not $x1944)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x3560 (= 0 (+ 1 |mem1[1]|))))
(let (($x665 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4586 (or $x665 $x3560)))
(not $x4586)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1040 (= 0 (+ 1 |mem1[2]|))))
(let (($x4431 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1123 (or $x4431 $x1040)))
(not $x1123)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1799 (= 0 (+ 1 |mem2[0]|))))
(let (($x3814 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4862 (or $x3814 $x1799)))
(not $x4862)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2955 (= 0 (+ 1 |mem2[1]|))))
(let (($x3705 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x646 (or $x3705 $x2955)))
(not $x646)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1805 (= 0 (+ 1 |mem2[2]|))))
(let (($x2310 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4079 (or $x2310 $x1805)))
(not $x4079)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4338 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1006 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x40 (and $x1006 $x4338)))
(let (($x3351 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5016 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2500 (and $x5016 $x3351)))
(let (($x219 (or $x2500 $x40)))
(not $x219)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2130 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1260 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5150 (and $x1260 $x2130)))
(let (($x4373 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1735 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4251 (and $x1735 $x4373)))
(let (($x4986 (or $x4251 $x5150)))
(not $x4986)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x4454 (= 0 (+ 1 |S_a[0]|))))
(let (($x946 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x4038 (or $x946 $x4454)))
(not $x4038)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x5166 (= 0 (+ 1 |S_a[1]|))))
(let (($x1554 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x1490 (or $x1554 $x5166)))
(not $x1490)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x1914 (= 0 (+ 1 |S_a[2]|))))
(let (($x4679 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x2293 (or $x4679 $x1914)))
(not $x2293)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x2574 (= 0 (+ 1 |S_b[0]|))))
(let (($x2416 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x3411 (or $x2416 $x2574)))
(not $x3411)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x2016 (= 0 (+ 1 |S_b[1]|))))
(let (($x4405 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x3025 (or $x4405 $x2016)))
(not $x3025)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x3075 (= 0 (+ 1 |S_b[2]|))))
(let (($x2515 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x1231 (or $x2515 $x3075)))
(not $x1231)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x946 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x4454 (= 0 (+ 1 |S_a[0]|))))
(let (($x4704 (or $x4454 $x946)))
(not $x4704)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x1554 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x5166 (= 0 (+ 1 |S_a[1]|))))
(let (($x594 (or $x5166 $x1554)))
(not $x594)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x4679 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x1914 (= 0 (+ 1 |S_a[2]|))))
(let (($x5510 (or $x1914 $x4679)))
(not $x5510)))))
(check-sat)
(reset)
