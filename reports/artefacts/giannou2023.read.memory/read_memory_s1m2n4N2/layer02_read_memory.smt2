; read_memory: S_a.flag[0] at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1010 (= 1 slot.a)))
(let ((?x3262 (ite $x1010 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x5028 (ite $x1010 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x3504 (= 0 (+ ?x5028 (* (- 1) ?x3262) (* (- 2) (ite $x1010 |mem1[0]| |mem2[0]|))))))
(not $x3504))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1010 (= 1 slot.a)))
(let ((?x1063 (ite $x1010 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x975 (ite $x1010 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x3347 (= 0 (+ ?x975 (* (- 1) ?x1063) (* (- 2) (ite $x1010 |mem1[1]| |mem2[1]|))))))
(not $x3347))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2895 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3115 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x3936 (= 1 slot.b)))
(let ((?x4408 (ite $x3936 ?x3115 ?x2895)))
(let ((?x1230 (+ 1 |mem2[0]|)))
(let ((?x2429 (+ 1 |mem1[0]|)))
(let ((?x1187 (ite $x3936 ?x2429 ?x1230)))
(let (($x459 (= 0 (+ ?x1187 (* (- 1) ?x4408) (* (- 2) (ite $x3936 |mem1[0]| |mem2[0]|))))))
(not $x459))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2382 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1123 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x3936 (= 1 slot.b)))
(let ((?x341 (ite $x3936 ?x1123 ?x2382)))
(let ((?x757 (+ 1 |mem2[1]|)))
(let ((?x3354 (+ 1 |mem1[1]|)))
(let ((?x2902 (ite $x3936 ?x3354 ?x757)))
(let (($x1428 (= 0 (+ ?x2902 (* (- 1) ?x341) (* (- 2) (ite $x3936 |mem1[1]| |mem2[1]|))))))
(not $x1428))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2895 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3115 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1010 (= 1 slot.a)))
(let ((?x3262 (ite $x1010 ?x3115 ?x2895)))
(let ((?x1323 (+ (* 2 (ite $x1010 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x1010 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x3262)))
(let (($x4123 (= 0 ?x1323)))
(not $x4123))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (22, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3115 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1010 (= 1 slot.a)))
(let ((?x1901 (ite $x1010 ?x3115 (* 2 ?x3115))))
(let ((?x2429 (+ 1 |mem1[0]|)))
(let ((?x1374 (ite $x1010 ?x2429 (* 2 ?x2429))))
(let ((?x3581 (+ (* 2 (ite $x1010 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x1374) ?x1901)))
(let (($x716 (= 0 ?x3581)))
(not $x716)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (22, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2895 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x1010 (= 1 slot.a)))
(let ((?x3297 (ite $x1010 (* 2 ?x2895) ?x2895)))
(let ((?x1230 (+ 1 |mem2[0]|)))
(let ((?x1251 (ite $x1010 (* 2 ?x1230) ?x1230)))
(let ((?x420 (+ (* 2 (ite $x1010 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x1251) ?x3297)))
(let (($x4413 (= 0 ?x420)))
(not $x4413)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2382 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1123 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1010 (= 1 slot.a)))
(let ((?x1063 (ite $x1010 ?x1123 ?x2382)))
(let ((?x4637 (+ (* 2 (ite $x1010 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x1010 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x1063)))
(let (($x1255 (= 0 ?x4637)))
(not $x1255))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (23, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1123 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1010 (= 1 slot.a)))
(let ((?x989 (ite $x1010 ?x1123 (* 2 ?x1123))))
(let ((?x3354 (+ 1 |mem1[1]|)))
(let ((?x3608 (ite $x1010 ?x3354 (* 2 ?x3354))))
(let ((?x178 (+ (* 2 (ite $x1010 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x3608) ?x989)))
(let (($x4617 (= 0 ?x178)))
(not $x4617)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (23, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2382 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x1010 (= 1 slot.a)))
(let ((?x2743 (ite $x1010 (* 2 ?x2382) ?x2382)))
(let ((?x757 (+ 1 |mem2[1]|)))
(let ((?x2652 (ite $x1010 (* 2 ?x757) ?x757)))
(let ((?x4122 (+ (* 2 (ite $x1010 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x2652) ?x2743)))
(let (($x865 (= 0 ?x4122)))
(not $x865)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2895 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3115 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x3936 (= 1 slot.b)))
(let ((?x4408 (ite $x3936 ?x3115 ?x2895)))
(let ((?x2476 (+ (* 2 (ite $x3936 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x3936 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x4408)))
(let (($x3010 (= 0 ?x2476)))
(not $x3010))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (24, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3115 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x1465 (* 2 ?x3115)))
(let (($x3936 (= 1 slot.b)))
(let ((?x4254 (ite $x3936 ?x3115 ?x1465)))
(let ((?x2429 (+ 1 |mem1[0]|)))
(let ((?x3993 (* 2 ?x2429)))
(let ((?x1797 (ite $x3936 ?x2429 ?x3993)))
(let ((?x2135 (+ (* 2 (ite $x3936 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x1797) ?x4254)))
(let (($x4282 (= 0 ?x2135)))
(not $x4282)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (24, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2895 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1532 (* 2 ?x2895)))
(let (($x3936 (= 1 slot.b)))
(let ((?x3249 (ite $x3936 ?x1532 ?x2895)))
(let ((?x1230 (+ 1 |mem2[0]|)))
(let ((?x1549 (* 2 ?x1230)))
(let ((?x3578 (ite $x3936 ?x1549 ?x1230)))
(let ((?x3692 (+ (* 2 (ite $x3936 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x3578) ?x3249)))
(let (($x3113 (= 0 ?x3692)))
(not $x3113)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2382 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1123 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x3936 (= 1 slot.b)))
(let ((?x341 (ite $x3936 ?x1123 ?x2382)))
(let ((?x2836 (+ (* 2 (ite $x3936 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x3936 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x341)))
(let (($x1997 (= 0 ?x2836)))
(not $x1997))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (25, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1123 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x2952 (* 2 ?x1123)))
(let (($x3936 (= 1 slot.b)))
(let ((?x2846 (ite $x3936 ?x1123 ?x2952)))
(let ((?x3354 (+ 1 |mem1[1]|)))
(let ((?x3728 (* 2 ?x3354)))
(let ((?x671 (ite $x3936 ?x3354 ?x3728)))
(let ((?x4575 (+ (* 2 (ite $x3936 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x671) ?x2846)))
(let (($x4745 (= 0 ?x4575)))
(not $x4745)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (25, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2382 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1094 (* 2 ?x2382)))
(let (($x3936 (= 1 slot.b)))
(let ((?x384 (ite $x3936 ?x1094 ?x2382)))
(let ((?x757 (+ 1 |mem2[1]|)))
(let ((?x1150 (* 2 ?x757)))
(let ((?x2610 (ite $x3936 ?x1150 ?x757)))
(let ((?x1333 (+ (* 2 (ite $x3936 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x2610) ?x384)))
(let (($x2970 (= 0 ?x1333)))
(not $x2970)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4927 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4242 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4503 (and $x4242 $x4927)))
(let (($x2461 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3452 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1489 (and $x3452 $x2461)))
(let (($x4298 (or $x1489 $x4503)))
(not $x4298)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3060 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x240 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2039 (and $x240 $x3060)))
(let (($x4648 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x906 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2606 (and $x906 $x4648)))
(let (($x4699 (or $x2606 $x2039)))
(not $x4699)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x2429 (+ 1 |mem1[0]|)))
(let (($x1183 (= 0 ?x2429)))
(let (($x3352 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2167 (or $x3352 $x1183)))
(not $x2167))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x3354 (+ 1 |mem1[1]|)))
(let (($x3942 (= 0 ?x3354)))
(let (($x1669 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x286 (or $x1669 $x3942)))
(not $x286))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x1230 (+ 1 |mem2[0]|)))
(let (($x592 (= 0 ?x1230)))
(let (($x4685 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x370 (or $x4685 $x592)))
(not $x370))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x757 (+ 1 |mem2[1]|)))
(let (($x2349 (= 0 ?x757)))
(let (($x3637 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x520 (or $x3637 $x2349)))
(not $x520))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3386 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4243 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1195 (and $x4243 $x3386)))
(let (($x2921 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1892 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1001 (and $x1892 $x2921)))
(let (($x4979 (or $x1001 $x1195)))
(not $x4979)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3364 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4189 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1049 (and $x4189 $x3364)))
(let (($x4190 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3051 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2250 (and $x3051 $x4190)))
(let (($x3141 (or $x2250 $x1049)))
(not $x3141)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2063 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x1822 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x1942 (or $x1822 $x2063)))
(not $x1942)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2438 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x3539 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x2783 (or $x3539 $x2438)))
(not $x2783)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2569 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x2641 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x2007 (or $x2641 $x2569)))
(not $x2007)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2834 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x1031 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x1478 (or $x1031 $x2834)))
(not $x1478)))))
(check-sat)
(reset)
