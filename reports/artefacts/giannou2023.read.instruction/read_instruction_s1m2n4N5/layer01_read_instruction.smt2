; read_instruction: S_cmd.a[0] at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x4405 (ite (= 1 slot.a) (- 1) 1)))
(let ((?x2179 (ite (= 0 slot_full) 0 ?x4405)))
(let (($x3809 (= 1 cmd3.a)))
(let ((?x4298 (ite $x3809 (+ 1 ?x2179) 0)))
(let ((?x2025 (* (- 1) ?x2179)))
(let ((?x3297 (ite $x3809 (- 1) 1)))
(let (($x4098 (= 0 (+ ?x3297 ?x2025 (* (- 1) (ite $x3809 0 (+ 1 ?x2025))) ?x4298))))
(not $x4098)))))))))
(check-sat)
(reset)
; read_instruction: S_cmd.a[1] at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x3186 (= 1 slot.a)))
(let ((?x3739 (ite $x3186 1 (- 1))))
(let (($x3728 (= 0 slot_full)))
(let ((?x4696 (ite $x3728 0 ?x3739)))
(let (($x3809 (= 1 cmd3.a)))
(let ((?x4408 (ite $x3809 0 (+ 1 ?x4696))))
(let ((?x1678 (* (- 1) ?x4696)))
(let ((?x5180 (ite $x3809 1 (- 1))))
(let (($x4020 (= 0 (+ ?x5180 ?x1678 (* (- 1) (ite $x3809 (+ 1 ?x1678) 0)) ?x4408))))
(not $x4020)))))))))))
(check-sat)
(reset)
; read_instruction: S_cmd.b[0] at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x2062 (ite (= 1 slot.b) (- 1) 1)))
(let (($x3728 (= 0 slot_full)))
(let ((?x3363 (ite $x3728 0 ?x2062)))
(let (($x2933 (= 1 cmd3.b)))
(let ((?x4038 (ite $x2933 (+ 1 ?x3363) 0)))
(let ((?x3640 (* (- 1) ?x3363)))
(let ((?x3608 (ite $x2933 (- 1) 1)))
(let (($x3059 (= 0 (+ ?x3608 ?x3640 (* (- 1) (ite $x2933 0 (+ 1 ?x3640))) ?x4038))))
(not $x3059))))))))))
(check-sat)
(reset)
; read_instruction: S_cmd.b[1] at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x315 (= 1 slot.b)))
(let ((?x3655 (ite $x315 1 (- 1))))
(let (($x3728 (= 0 slot_full)))
(let ((?x2357 (ite $x3728 0 ?x3655)))
(let (($x2933 (= 1 cmd3.b)))
(let ((?x230 (ite $x2933 0 (+ 1 ?x2357))))
(let ((?x236 (* (- 1) ?x2357)))
(let ((?x1496 (ite $x2933 1 (- 1))))
(let (($x1255 (= 0 (+ ?x1496 ?x236 (* (- 1) (ite $x2933 (+ 1 ?x236) 0)) ?x230))))
(not $x1255)))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[0] at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x1094 (* 2 0)))
(let (($x3186 (= 1 slot.a)))
(let ((?x4405 (ite $x3186 (- 1) 1)))
(let (($x3728 (= 0 slot_full)))
(let ((?x2179 (ite $x3728 0 ?x4405)))
(let ((?x2025 (* (- 1) ?x2179)))
(let ((?x3942 (+ 1 ?x2025)))
(let (($x3809 (= 1 cmd3.a)))
(let ((?x452 (ite $x3809 ?x3942 ?x1094)))
(let ((?x3297 (ite $x3809 (- 1) 1)))
(let (($x2476 (= 0 (+ ?x3297 ?x2179 (* (- 1) (ite $x3809 ?x1094 (+ 1 ?x2179))) ?x452))))
(not $x2476)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[0] at (31, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x1094 (* 2 0)))
(let (($x3186 (= 1 slot.a)))
(let ((?x4405 (ite $x3186 (- 1) 1)))
(let (($x3728 (= 0 slot_full)))
(let ((?x2179 (ite $x3728 0 ?x4405)))
(let ((?x2025 (* (- 1) ?x2179)))
(let ((?x3942 (+ 1 ?x2025)))
(let (($x3809 (= 1 cmd3.a)))
(let ((?x452 (ite $x3809 ?x3942 ?x1094)))
(let ((?x3297 (ite $x3809 (- 1) 1)))
(let (($x2476 (= 0 (+ ?x3297 ?x2179 (* (- 1) (ite $x3809 ?x1094 (+ 1 ?x2179))) ?x452))))
(not $x2476)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[1] at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x3186 (= 1 slot.a)))
(let ((?x3739 (ite $x3186 1 (- 1))))
(let (($x3728 (= 0 slot_full)))
(let ((?x4696 (ite $x3728 0 ?x3739)))
(let ((?x1678 (* (- 1) ?x4696)))
(let ((?x3262 (+ 1 ?x1678)))
(let ((?x1094 (* 2 0)))
(let (($x3809 (= 1 cmd3.a)))
(let ((?x1216 (ite $x3809 ?x1094 ?x3262)))
(let ((?x5180 (ite $x3809 1 (- 1))))
(let (($x757 (= 0 (+ ?x5180 ?x4696 (* (- 1) (ite $x3809 (+ 1 ?x4696) ?x1094)) ?x1216))))
(not $x757)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[1] at (32, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x3186 (= 1 slot.a)))
(let ((?x3739 (ite $x3186 1 (- 1))))
(let (($x3728 (= 0 slot_full)))
(let ((?x4696 (ite $x3728 0 ?x3739)))
(let ((?x1678 (* (- 1) ?x4696)))
(let ((?x3262 (+ 1 ?x1678)))
(let ((?x1094 (* 2 0)))
(let (($x3809 (= 1 cmd3.a)))
(let ((?x1216 (ite $x3809 ?x1094 ?x3262)))
(let ((?x5180 (ite $x3809 1 (- 1))))
(let (($x757 (= 0 (+ ?x5180 ?x4696 (* (- 1) (ite $x3809 (+ 1 ?x4696) ?x1094)) ?x1216))))
(not $x757)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[2] at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x1094 (* 2 0)))
(let (($x315 (= 1 slot.b)))
(let ((?x2062 (ite $x315 (- 1) 1)))
(let (($x3728 (= 0 slot_full)))
(let ((?x3363 (ite $x3728 0 ?x2062)))
(let ((?x3640 (* (- 1) ?x3363)))
(let ((?x477 (+ 1 ?x3640)))
(let (($x2933 (= 1 cmd3.b)))
(let ((?x1353 (ite $x2933 ?x477 ?x1094)))
(let ((?x3608 (ite $x2933 (- 1) 1)))
(let (($x1508 (= 0 (+ ?x3608 ?x3363 (* (- 1) (ite $x2933 ?x1094 (+ 1 ?x3363))) ?x1353))))
(not $x1508)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[2] at (33, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x1094 (* 2 0)))
(let (($x315 (= 1 slot.b)))
(let ((?x2062 (ite $x315 (- 1) 1)))
(let (($x3728 (= 0 slot_full)))
(let ((?x3363 (ite $x3728 0 ?x2062)))
(let ((?x3640 (* (- 1) ?x3363)))
(let ((?x477 (+ 1 ?x3640)))
(let (($x2933 (= 1 cmd3.b)))
(let ((?x1353 (ite $x2933 ?x477 ?x1094)))
(let ((?x3608 (ite $x2933 (- 1) 1)))
(let (($x1508 (= 0 (+ ?x3608 ?x3363 (* (- 1) (ite $x2933 ?x1094 (+ 1 ?x3363))) ?x1353))))
(not $x1508)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[3] at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x315 (= 1 slot.b)))
(let ((?x3655 (ite $x315 1 (- 1))))
(let (($x3728 (= 0 slot_full)))
(let ((?x2357 (ite $x3728 0 ?x3655)))
(let ((?x236 (* (- 1) ?x2357)))
(let ((?x1123 (+ 1 ?x236)))
(let ((?x1094 (* 2 0)))
(let (($x2933 (= 1 cmd3.b)))
(let ((?x1014 (ite $x2933 ?x1094 ?x1123)))
(let ((?x1496 (ite $x2933 1 (- 1))))
(let (($x1127 (= 0 (+ ?x1496 ?x2357 (* (- 1) (ite $x2933 (+ 1 ?x2357) ?x1094)) ?x1014))))
(not $x1127)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[3] at (34, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x315 (= 1 slot.b)))
(let ((?x3655 (ite $x315 1 (- 1))))
(let (($x3728 (= 0 slot_full)))
(let ((?x2357 (ite $x3728 0 ?x3655)))
(let ((?x236 (* (- 1) ?x2357)))
(let ((?x1123 (+ 1 ?x236)))
(let ((?x1094 (* 2 0)))
(let (($x2933 (= 1 cmd3.b)))
(let ((?x1014 (ite $x2933 ?x1094 ?x1123)))
(let ((?x1496 (ite $x2933 1 (- 1))))
(let (($x1127 (= 0 (+ ?x1496 ?x2357 (* (- 1) (ite $x2933 (+ 1 ?x2357) ?x1094)) ?x1014))))
(not $x1127)))))))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1651 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4903 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3560 (and $x4903 $x1651)))
(let (($x2846 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2638 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3535 (and $x2638 $x2846)))
(let (($x5027 (or $x3535 $x3560)))
(not $x5027)))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x849 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1380 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x227 (and $x1380 $x849)))
(let (($x1154 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4625 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2944 (and $x4625 $x1154)))
(let (($x1652 (or $x2944 $x227)))
(not $x1652)))))))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3288 (= 0 (+ 1 |mem1[0]|))))
(let (($x2826 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1403 (or $x2826 $x3288)))
(not $x1403)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2556 (= 0 (+ 1 |mem1[1]|))))
(let (($x3127 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1458 (or $x3127 $x2556)))
(not $x1458)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4341 (= 0 (+ 1 |mem1[2]|))))
(let (($x2941 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2954 (or $x2941 $x4341)))
(not $x2954)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x3695 (= 0 (+ 1 |mem1[3]|))))
(let (($x215 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1183 (or $x215 $x3695)))
(not $x1183)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x1152 (= 0 (+ 1 |mem1[4]|))))
(let (($x1323 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x3188 (or $x1323 $x1152)))
(not $x3188)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x956 (= 0 (+ 1 |mem2[0]|))))
(let (($x741 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x326 (or $x741 $x956)))
(not $x326)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4191 (= 0 (+ 1 |mem2[1]|))))
(let (($x1247 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1542 (or $x1247 $x4191)))
(not $x1542)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x951 (= 0 (+ 1 |mem2[2]|))))
(let (($x2302 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2422 (or $x2302 $x951)))
(not $x2422)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1859 (= 0 (+ 1 |mem2[3]|))))
(let (($x2829 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2132 (or $x2829 $x1859)))
(not $x2132)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x1111 (= 0 (+ 1 |mem2[4]|))))
(let (($x2898 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x3928 (or $x2898 $x1111)))
(not $x3928)))))
(check-sat)
(reset)
; read_instruction: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1651 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4903 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3560 (and $x4903 $x1651)))
(let (($x2846 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2638 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3535 (and $x2638 $x2846)))
(let (($x5027 (or $x3535 $x3560)))
(not $x5027)))))))))
(check-sat)
(reset)
; read_instruction: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x849 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1380 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x227 (and $x1380 $x849)))
(let (($x1154 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4625 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2944 (and $x4625 $x1154)))
(let (($x1652 (or $x2944 $x227)))
(not $x1652)))))))))
(check-sat)
(reset)
