; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5120 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5135 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x132 (and $x5135 $x5120)))
(let (($x1900 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1773 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6612 (and $x1773 $x1900)))
(let (($x1858 (or $x6612 $x132)))
(not $x1858)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x997 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3406 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x901 (and $x3406 $x997)))
(let (($x5825 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6514 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1395 (and $x6514 $x5825)))
(let (($x4672 (or $x1395 $x901)))
(not $x4672)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x716 (= 0 (+ 1 |mem1[0]|))))
(let (($x2177 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x6960 (or $x2177 $x716)))
(not $x6960)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x3724 (= 0 (+ 1 |mem1[1]|))))
(let (($x1735 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x6167 (or $x1735 $x3724)))
(not $x6167)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6617 (= 0 (+ 1 |mem1[2]|))))
(let (($x4501 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2399 (or $x4501 $x6617)))
(not $x2399)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x951 (= 0 (+ 1 |mem1[3]|))))
(let (($x4419 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4150 (or $x4419 $x951)))
(not $x4150)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2889 (= 0 (+ 1 |mem1[4]|))))
(let (($x5406 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x2156 (or $x5406 $x2889)))
(not $x2156)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x526 (= 0 (+ 1 |mem2[0]|))))
(let (($x1800 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3112 (or $x1800 $x526)))
(not $x3112)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1439 (= 0 (+ 1 |mem2[1]|))))
(let (($x1580 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4303 (or $x1580 $x1439)))
(not $x4303)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x4271 (= 0 (+ 1 |mem2[2]|))))
(let (($x4871 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x6152 (or $x4871 $x4271)))
(not $x6152)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x6996 (= 0 (+ 1 |mem2[3]|))))
(let (($x4261 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x902 (or $x4261 $x6996)))
(not $x902)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x4562 (= 0 (+ 1 |mem2[4]|))))
(let (($x2860 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x637 (or $x2860 $x4562)))
(not $x637)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x86 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x689 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x680 (and $x689 $x86)))
(let (($x6901 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5007 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5219 (and $x5007 $x6901)))
(let (($x181 (or $x5219 $x680)))
(not $x181)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x7011 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4847 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4391 (and $x4847 $x7011)))
(let (($x3215 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3078 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x315 (and $x3078 $x3215)))
(let (($x3887 (or $x315 $x4391)))
(not $x3887)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x5137 (= 0 (+ 1 |S_a[0]|))))
(let (($x6897 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x5411 (or $x6897 $x5137)))
(not $x5411)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x256 (= 0 (+ 1 |S_a[1]|))))
(let (($x75 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x423 (or $x75 $x256)))
(not $x423)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x3658 (= 0 (+ 1 |S_a[2]|))))
(let (($x4295 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x4100 (or $x4295 $x3658)))
(not $x4100)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x5997 (= 0 (+ 1 |S_a[3]|))))
(let (($x2905 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x3595 (or $x2905 $x5997)))
(not $x3595)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x5519 (= 0 (+ 1 |S_a[4]|))))
(let (($x3890 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x5871 (or $x3890 $x5519)))
(not $x5871)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x817 (= 0 (+ 1 |S_b[0]|))))
(let (($x431 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x6945 (or $x431 $x817)))
(not $x6945)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x5182 (= 0 (+ 1 |S_b[1]|))))
(let (($x106 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x5659 (or $x106 $x5182)))
(not $x5659)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x4827 (= 0 (+ 1 |S_b[2]|))))
(let (($x4265 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x2816 (or $x4265 $x4827)))
(not $x2816)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x771 (= 0 (+ 1 |S_b[3]|))))
(let (($x3189 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x2579 (or $x3189 $x771)))
(not $x2579)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x1781 (= 0 (+ 1 |S_b[4]|))))
(let (($x5031 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x464 (or $x5031 $x1781)))
(not $x464)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x6897 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x5137 (= 0 (+ 1 |S_a[0]|))))
(let (($x4662 (or $x5137 $x6897)))
(not $x4662)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x75 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x256 (= 0 (+ 1 |S_a[1]|))))
(let (($x4136 (or $x256 $x75)))
(not $x4136)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x4295 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x3658 (= 0 (+ 1 |S_a[2]|))))
(let (($x3950 (or $x3658 $x4295)))
(not $x3950)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x2905 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x5997 (= 0 (+ 1 |S_a[3]|))))
(let (($x6598 (or $x5997 $x2905)))
(not $x6598)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x3890 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x5519 (= 0 (+ 1 |S_a[4]|))))
(let (($x4722 (or $x5519 $x3890)))
(not $x4722)))))
(check-sat)
(reset)
