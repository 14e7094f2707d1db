; read_memory: S_a.flag[0] at (10, 0) (proved)
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
 (let (($x5200 (= 1 slot.a)))
(let ((?x6773 (ite $x5200 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x6884 (ite $x5200 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x1426 (= 0 (+ ?x6884 (* (- 1) ?x6773) (* (- 2) (ite $x5200 |mem1[0]| |mem2[0]|))))))
(not $x1426))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (11, 0) (proved)
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
 (let (($x5200 (= 1 slot.a)))
(let ((?x4074 (ite $x5200 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x494 (ite $x5200 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x4159 (= 0 (+ ?x494 (* (- 1) ?x4074) (* (- 2) (ite $x5200 |mem1[1]| |mem2[1]|))))))
(not $x4159))))))
(check-sat)
(reset)
; read_memory: S_a[2] at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5200 (= 1 slot.a)))
(let ((?x2423 (ite $x5200 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x1449 (ite $x5200 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x5786 (= 0 (+ ?x1449 (* (- 1) ?x2423) (* (- 2) (ite $x5200 |mem1[2]| |mem2[2]|))))))
(not $x5786))))))
(check-sat)
(reset)
; read_memory: S_a[3] at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5200 (= 1 slot.a)))
(let ((?x4763 (ite $x5200 (+ 1 (* (- 1) |mem1[3]|)) (+ 1 (* (- 1) |mem2[3]|)))))
(let ((?x3395 (ite $x5200 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))))
(let (($x6587 (= 0 (+ ?x3395 (* (- 1) ?x4763) (* (- 2) (ite $x5200 |mem1[3]| |mem2[3]|))))))
(not $x6587))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (14, 0) (proved)
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
 (let ((?x3078 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x5350 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x987 (= 1 slot.b)))
(let ((?x7046 (ite $x987 ?x5350 ?x3078)))
(let ((?x4562 (+ 1 |mem2[0]|)))
(let ((?x5843 (+ 1 |mem1[0]|)))
(let ((?x3878 (ite $x987 ?x5843 ?x4562)))
(let (($x3836 (= 0 (+ ?x3878 (* (- 1) ?x7046) (* (- 2) (ite $x987 |mem1[0]| |mem2[0]|))))))
(not $x3836))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (15, 0) (proved)
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
 (let ((?x6898 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x2514 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x987 (= 1 slot.b)))
(let ((?x5932 (ite $x987 ?x2514 ?x6898)))
(let ((?x3685 (+ 1 |mem2[1]|)))
(let ((?x2235 (+ 1 |mem1[1]|)))
(let ((?x4498 (ite $x987 ?x2235 ?x3685)))
(let (($x4150 (= 0 (+ ?x4498 (* (- 1) ?x5932) (* (- 2) (ite $x987 |mem1[1]| |mem2[1]|))))))
(not $x4150))))))))))
(check-sat)
(reset)
; read_memory: S_b[2] at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1611 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x5659 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x987 (= 1 slot.b)))
(let ((?x6514 (ite $x987 ?x5659 ?x1611)))
(let ((?x5182 (+ 1 |mem2[2]|)))
(let ((?x315 (+ 1 |mem1[2]|)))
(let ((?x6871 (ite $x987 ?x315 ?x5182)))
(let (($x6354 (= 0 (+ ?x6871 (* (- 1) ?x6514) (* (- 2) (ite $x987 |mem1[2]| |mem2[2]|))))))
(not $x6354))))))))))
(check-sat)
(reset)
; read_memory: S_b[3] at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5406 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x4136 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x987 (= 1 slot.b)))
(let ((?x1602 (ite $x987 ?x4136 ?x5406)))
(let ((?x264 (+ 1 |mem2[3]|)))
(let ((?x5997 (+ 1 |mem1[3]|)))
(let ((?x4237 (ite $x987 ?x5997 ?x264)))
(let (($x1398 (= 0 (+ ?x4237 (* (- 1) ?x1602) (* (- 2) (ite $x987 |mem1[3]| |mem2[3]|))))))
(not $x1398))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (28, 0) (proved)
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
 (let ((?x3078 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x5350 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x6773 (ite $x5200 ?x5350 ?x3078)))
(let ((?x1226 (+ (* 2 (ite $x5200 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x5200 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x6773)))
(let (($x7007 (= 0 ?x1226)))
(not $x7007))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (28, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x5350 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x2194 (ite $x5200 ?x5350 (* 2 ?x5350))))
(let ((?x5843 (+ 1 |mem1[0]|)))
(let ((?x5634 (ite $x5200 ?x5843 (* 2 ?x5843))))
(let ((?x3215 (+ (* 2 (ite $x5200 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x5634) ?x2194)))
(let (($x5825 (= 0 ?x3215)))
(not $x5825)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (28, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3078 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x383 (ite $x5200 (* 2 ?x3078) ?x3078)))
(let ((?x4562 (+ 1 |mem2[0]|)))
(let ((?x6662 (ite $x5200 (* 2 ?x4562) ?x4562)))
(let ((?x965 (+ (* 2 (ite $x5200 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x6662) ?x383)))
(let (($x511 (= 0 ?x965)))
(not $x511)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (29, 0) (proved)
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
 (let ((?x6898 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x2514 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x4074 (ite $x5200 ?x2514 ?x6898)))
(let ((?x3674 (+ (* 2 (ite $x5200 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x5200 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x4074)))
(let (($x5619 (= 0 ?x3674)))
(not $x5619))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (29, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2514 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x3658 (ite $x5200 ?x2514 (* 2 ?x2514))))
(let ((?x2235 (+ 1 |mem1[1]|)))
(let ((?x5120 (ite $x5200 ?x2235 (* 2 ?x2235))))
(let ((?x901 (+ (* 2 (ite $x5200 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x5120) ?x3658)))
(let (($x7011 (= 0 ?x901)))
(not $x7011)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (29, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x6898 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x5124 (ite $x5200 (* 2 ?x6898) ?x6898)))
(let ((?x3685 (+ 1 |mem2[1]|)))
(let ((?x5174 (ite $x5200 (* 2 ?x3685) ?x3685)))
(let ((?x5411 (+ (* 2 (ite $x5200 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x5174) ?x5124)))
(let (($x3044 (= 0 ?x5411)))
(not $x3044)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1611 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x5659 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x2423 (ite $x5200 ?x5659 ?x1611)))
(let ((?x6759 (+ (* 2 (ite $x5200 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x5200 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x2423)))
(let (($x3713 (= 0 ?x6759)))
(not $x3713))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (30, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x5659 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x1259 (ite $x5200 ?x5659 (* 2 ?x5659))))
(let ((?x315 (+ 1 |mem1[2]|)))
(let ((?x2560 (ite $x5200 ?x315 (* 2 ?x315))))
(let ((?x3388 (+ (* 2 (ite $x5200 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x2560) ?x1259)))
(let (($x2835 (= 0 ?x3388)))
(not $x2835)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (30, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1611 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x6814 (ite $x5200 (* 2 ?x1611) ?x1611)))
(let ((?x5182 (+ 1 |mem2[2]|)))
(let ((?x3076 (ite $x5200 (* 2 ?x5182) ?x5182)))
(let ((?x4031 (+ (* 2 (ite $x5200 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x3076) ?x6814)))
(let (($x1214 (= 0 ?x4031)))
(not $x1214)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x5406 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x4136 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x4763 (ite $x5200 ?x4136 ?x5406)))
(let ((?x2081 (+ (* 2 (ite $x5200 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x5200 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x4763)))
(let (($x5740 (= 0 ?x2081)))
(not $x5740))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (31, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4136 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x1137 (ite $x5200 ?x4136 (* 2 ?x4136))))
(let ((?x5997 (+ 1 |mem1[3]|)))
(let ((?x526 (ite $x5200 ?x5997 (* 2 ?x5997))))
(let ((?x1906 (+ (* 2 (ite $x5200 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x526) ?x1137)))
(let (($x5211 (= 0 ?x1906)))
(not $x5211)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (31, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x5406 (+ 1 (* (- 1) |mem2[3]|))))
(let (($x5200 (= 1 slot.a)))
(let ((?x5783 (ite $x5200 (* 2 ?x5406) ?x5406)))
(let ((?x264 (+ 1 |mem2[3]|)))
(let ((?x355 (ite $x5200 (* 2 ?x264) ?x264)))
(let ((?x960 (+ (* 2 (ite $x5200 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x355) ?x5783)))
(let (($x1886 (= 0 ?x960)))
(not $x1886)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (32, 0) (proved)
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
 (let ((?x3078 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x5350 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x987 (= 1 slot.b)))
(let ((?x7046 (ite $x987 ?x5350 ?x3078)))
(let ((?x6960 (+ (* 2 (ite $x987 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x987 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x7046)))
(let (($x6404 (= 0 ?x6960)))
(not $x6404))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (32, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5350 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x632 (* 2 ?x5350)))
(let (($x987 (= 1 slot.b)))
(let ((?x1407 (ite $x987 ?x5350 ?x632)))
(let ((?x5843 (+ 1 |mem1[0]|)))
(let ((?x3844 (* 2 ?x5843)))
(let ((?x3828 (ite $x987 ?x5843 ?x3844)))
(let ((?x2889 (+ (* 2 (ite $x987 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x3828) ?x1407)))
(let (($x4278 (= 0 ?x2889)))
(not $x4278)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (32, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3078 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x4314 (* 2 ?x3078)))
(let (($x987 (= 1 slot.b)))
(let ((?x2155 (ite $x987 ?x4314 ?x3078)))
(let ((?x4562 (+ 1 |mem2[0]|)))
(let ((?x4814 (* 2 ?x4562)))
(let ((?x4411 (ite $x987 ?x4814 ?x4562)))
(let ((?x1901 (+ (* 2 (ite $x987 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x4411) ?x2155)))
(let (($x1224 (= 0 ?x1901)))
(not $x1224)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (33, 0) (proved)
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
 (let ((?x6898 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x2514 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x987 (= 1 slot.b)))
(let ((?x5932 (ite $x987 ?x2514 ?x6898)))
(let ((?x5001 (+ (* 2 (ite $x987 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x987 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x5932)))
(let (($x3751 (= 0 ?x5001)))
(not $x3751))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (33, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2514 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x6017 (* 2 ?x2514)))
(let (($x987 (= 1 slot.b)))
(let ((?x4110 (ite $x987 ?x2514 ?x6017)))
(let ((?x2235 (+ 1 |mem1[1]|)))
(let ((?x4837 (* 2 ?x2235)))
(let ((?x689 (ite $x987 ?x2235 ?x4837)))
(let ((?x2490 (+ (* 2 (ite $x987 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x689) ?x4110)))
(let (($x6839 (= 0 ?x2490)))
(not $x6839)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (33, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6898 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x6344 (* 2 ?x6898)))
(let (($x987 (= 1 slot.b)))
(let ((?x6524 (ite $x987 ?x6344 ?x6898)))
(let ((?x3685 (+ 1 |mem2[1]|)))
(let ((?x5363 (* 2 ?x3685)))
(let ((?x3002 (ite $x987 ?x5363 ?x3685)))
(let ((?x3127 (+ (* 2 (ite $x987 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x3002) ?x6524)))
(let (($x4260 (= 0 ?x3127)))
(not $x4260)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1611 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x5659 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x987 (= 1 slot.b)))
(let ((?x6514 (ite $x987 ?x5659 ?x1611)))
(let ((?x1175 (+ (* 2 (ite $x987 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x987 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x6514)))
(let (($x776 (= 0 ?x1175)))
(not $x776))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (34, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5659 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x3372 (* 2 ?x5659)))
(let (($x987 (= 1 slot.b)))
(let ((?x2142 (ite $x987 ?x5659 ?x3372)))
(let ((?x315 (+ 1 |mem1[2]|)))
(let ((?x4187 (* 2 ?x315)))
(let ((?x423 (ite $x987 ?x315 ?x4187)))
(let ((?x4501 (+ (* 2 (ite $x987 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x423) ?x2142)))
(let (($x7030 (= 0 ?x4501)))
(not $x7030)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (34, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1611 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x2652 (* 2 ?x1611)))
(let (($x987 (= 1 slot.b)))
(let ((?x2801 (ite $x987 ?x2652 ?x1611)))
(let ((?x5182 (+ 1 |mem2[2]|)))
(let ((?x6997 (* 2 ?x5182)))
(let ((?x3089 (ite $x987 ?x6997 ?x5182)))
(let ((?x2521 (+ (* 2 (ite $x987 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x3089) ?x2801)))
(let (($x1308 (= 0 ?x2521)))
(not $x1308)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5406 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x4136 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x987 (= 1 slot.b)))
(let ((?x1602 (ite $x987 ?x4136 ?x5406)))
(let ((?x6094 (+ (* 2 (ite $x987 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x987 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x1602)))
(let (($x6278 (= 0 ?x6094)))
(not $x6278))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (35, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4136 (+ 1 (* (- 1) |mem1[3]|))))
(let ((?x3177 (* 2 ?x4136)))
(let (($x987 (= 1 slot.b)))
(let ((?x4966 (ite $x987 ?x4136 ?x3177)))
(let ((?x5997 (+ 1 |mem1[3]|)))
(let ((?x5209 (* 2 ?x5997)))
(let ((?x2410 (ite $x987 ?x5997 ?x5209)))
(let ((?x3430 (+ (* 2 (ite $x987 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x2410) ?x4966)))
(let (($x471 (= 0 ?x3430)))
(not $x471)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (35, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5406 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x6105 (* 2 ?x5406)))
(let (($x987 (= 1 slot.b)))
(let ((?x3289 (ite $x987 ?x6105 ?x5406)))
(let ((?x264 (+ 1 |mem2[3]|)))
(let ((?x2549 (* 2 ?x264)))
(let ((?x4525 (ite $x987 ?x2549 ?x264)))
(let ((?x947 (+ (* 2 (ite $x987 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x4525) ?x3289)))
(let (($x4519 (= 0 ?x947)))
(not $x4519)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2866 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2156 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1936 (and $x2156 $x2866)))
(let (($x4089 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4672 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5044 (and $x4672 $x4089)))
(let (($x1395 (or $x5044 $x1936)))
(not $x1395)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4847 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2221 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2736 (and $x2221 $x4847)))
(let (($x1176 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2850 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3724 (and $x2850 $x1176)))
(let (($x5241 (or $x3724 $x2736)))
(not $x5241)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x5843 (+ 1 |mem1[0]|)))
(let (($x6232 (= 0 ?x5843)))
(let (($x1257 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3780 (or $x1257 $x6232)))
(not $x3780))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x2235 (+ 1 |mem1[1]|)))
(let (($x1207 (= 0 ?x2235)))
(let (($x3668 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4271 (or $x3668 $x1207)))
(not $x4271))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x315 (+ 1 |mem1[2]|)))
(let (($x1820 (= 0 ?x315)))
(let (($x1079 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1804 (or $x1079 $x1820)))
(not $x1804))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let ((?x5997 (+ 1 |mem1[3]|)))
(let (($x2906 (= 0 ?x5997)))
(let (($x4115 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3359 (or $x4115 $x2906)))
(not $x3359))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x4562 (+ 1 |mem2[0]|)))
(let (($x339 (= 0 ?x4562)))
(let (($x6247 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x146 (or $x6247 $x339)))
(not $x146))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x3685 (+ 1 |mem2[1]|)))
(let (($x5779 (= 0 ?x3685)))
(let (($x6889 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x734 (or $x6889 $x5779)))
(not $x734))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x5182 (+ 1 |mem2[2]|)))
(let (($x5333 (= 0 ?x5182)))
(let (($x749 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3923 (or $x749 $x5333)))
(not $x3923))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let ((?x264 (+ 1 |mem2[3]|)))
(let (($x4281 (= 0 ?x264)))
(let (($x1531 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x6291 (or $x1531 $x4281)))
(not $x6291))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3242 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5132 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2037 (and $x5132 $x3242)))
(let (($x1412 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1557 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1245 (and $x1557 $x1412)))
(let (($x649 (or $x1245 $x2037)))
(not $x649)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2955 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5685 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x256 (and $x5685 $x2955)))
(let (($x5091 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5953 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5224 (and $x5953 $x5091)))
(let (($x3450 (or $x5224 $x256)))
(not $x3450)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (10, 0) (proved)
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
 (let (($x6602 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x1440 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x1991 (or $x1440 $x6602)))
(not $x1991)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (11, 0) (proved)
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
 (let (($x416 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x6242 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x1202 (or $x6242 $x416)))
(not $x1202)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1008 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x3172 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x2568 (or $x3172 $x1008)))
(not $x2568)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1997 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x1051 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x4323 (or $x1051 $x1997)))
(not $x4323)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (14, 0) (proved)
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
 (let (($x637 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x2414 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x6230 (or $x2414 $x637)))
(not $x6230)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (15, 0) (proved)
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
 (let (($x1551 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x6079 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x4085 (or $x6079 $x1551)))
(not $x4085)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4899 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x6762 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x6845 (or $x6762 $x4899)))
(not $x6845)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5897 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x639 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x4303 (or $x639 $x5897)))
(not $x4303)))))
(check-sat)
(reset)
