; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4656 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2107 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2467 (and $x2107 $x4656)))
(let (($x716 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2239 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x555 (and $x2239 $x716)))
(let (($x1214 (or $x555 $x2467)))
(not $x1214)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4827 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x301 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1224 (and $x301 $x4827)))
(let (($x5219 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6167 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x749 (and $x6167 $x5219)))
(let (($x3504 (or $x749 $x1224)))
(not $x3504)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x416 (= 0 (+ 1 |mem1[0]|))))
(let (($x3771 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1203 (or $x3771 $x416)))
(not $x1203)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2955 (= 0 (+ 1 |mem1[1]|))))
(let (($x1534 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2590 (or $x1534 $x2955)))
(not $x2590)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x5860 (= 0 (+ 1 |mem1[2]|))))
(let (($x2002 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x6404 (or $x2002 $x5860)))
(not $x6404)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x6145 (= 0 (+ 1 |mem2[0]|))))
(let (($x1008 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5209 (or $x1008 $x6145)))
(not $x5209)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x6782 (= 0 (+ 1 |mem2[1]|))))
(let (($x6523 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x6759 (or $x6523 $x6782)))
(not $x6759)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x5213 (= 0 (+ 1 |mem2[2]|))))
(let (($x4805 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2929 (or $x4805 $x5213)))
(not $x2929)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x6278 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3002 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1017 (and $x3002 $x6278)))
(let (($x5120 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4110 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x817 (and $x4110 $x5120)))
(let (($x1395 (or $x817 $x1017)))
(not $x1395)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3568 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6420 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2624 (and $x6420 $x3568)))
(let (($x1278 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3416 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3242 (and $x3416 $x1278)))
(let (($x2142 (or $x3242 $x2624)))
(not $x2142)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x5843 (= 0 (+ 1 |S_a[0]|))))
(let (($x636 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x2871 (or $x636 $x5843)))
(not $x2871)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x1986 (= 0 (+ 1 |S_a[1]|))))
(let (($x1207 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x5174 (or $x1207 $x1986)))
(not $x5174)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x4327 (= 0 (+ 1 |S_a[2]|))))
(let (($x6617 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x6152 (or $x6617 $x4327)))
(not $x6152)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1137 (= 0 (+ 1 |S_b[0]|))))
(let (($x2165 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x4283 (or $x2165 $x1137)))
(not $x4283)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x4899 (= 0 (+ 1 |S_b[1]|))))
(let (($x6354 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x6845 (or $x6354 $x4899)))
(not $x6845)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2288 (= 0 (+ 1 |S_b[2]|))))
(let (($x771 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x4027 (or $x771 $x2288)))
(not $x4027)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x636 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x5843 (= 0 (+ 1 |S_a[0]|))))
(let (($x431 (or $x5843 $x636)))
(not $x431)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x1207 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x1986 (= 0 (+ 1 |S_a[1]|))))
(let (($x5537 (or $x1986 $x1207)))
(not $x5537)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x6617 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x4327 (= 0 (+ 1 |S_a[2]|))))
(let (($x4511 (or $x4327 $x6617)))
(not $x4511)))))
(check-sat)
(reset)
