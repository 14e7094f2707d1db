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
 (let ((?x5452 (ite (= 1 slot.a) (- 1) 1)))
(let ((?x620 (ite (= 0 slot_full) 0 ?x5452)))
(let (($x4221 (= 1 cmd3.a)))
(let ((?x3887 (ite $x4221 (+ 1 ?x620) 0)))
(let ((?x703 (* (- 1) ?x620)))
(let ((?x188 (ite $x4221 (- 1) 1)))
(let (($x5791 (= 0 (+ ?x188 ?x703 (* (- 1) (ite $x4221 0 (+ 1 ?x703))) ?x3887))))
(not $x5791)))))))))
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
 (let (($x200 (= 1 slot.a)))
(let ((?x1334 (ite $x200 1 (- 1))))
(let (($x2390 (= 0 slot_full)))
(let ((?x5092 (ite $x2390 0 ?x1334)))
(let (($x4221 (= 1 cmd3.a)))
(let ((?x6937 (ite $x4221 0 (+ 1 ?x5092))))
(let ((?x1118 (* (- 1) ?x5092)))
(let ((?x5165 (ite $x4221 1 (- 1))))
(let (($x4134 (= 0 (+ ?x5165 ?x1118 (* (- 1) (ite $x4221 (+ 1 ?x1118) 0)) ?x6937))))
(not $x4134)))))))))))
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
 (let ((?x182 (ite (= 1 slot.b) (- 1) 1)))
(let (($x2390 (= 0 slot_full)))
(let ((?x651 (ite $x2390 0 ?x182)))
(let (($x655 (= 1 cmd3.b)))
(let ((?x777 (ite $x655 (+ 1 ?x651) 0)))
(let ((?x2108 (* (- 1) ?x651)))
(let ((?x2579 (ite $x655 (- 1) 1)))
(let (($x4440 (= 0 (+ ?x2579 ?x2108 (* (- 1) (ite $x655 0 (+ 1 ?x2108))) ?x777))))
(not $x4440))))))))))
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
 (let (($x6215 (= 1 slot.b)))
(let ((?x7037 (ite $x6215 1 (- 1))))
(let (($x2390 (= 0 slot_full)))
(let ((?x3321 (ite $x2390 0 ?x7037)))
(let (($x655 (= 1 cmd3.b)))
(let ((?x3317 (ite $x655 0 (+ 1 ?x3321))))
(let ((?x5627 (* (- 1) ?x3321)))
(let ((?x2502 (ite $x655 1 (- 1))))
(let (($x2398 (= 0 (+ ?x2502 ?x5627 (* (- 1) (ite $x655 (+ 1 ?x5627) 0)) ?x3317))))
(not $x2398)))))))))))
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
 (let ((?x1184 (* 2 0)))
(let (($x200 (= 1 slot.a)))
(let ((?x5452 (ite $x200 (- 1) 1)))
(let (($x2390 (= 0 slot_full)))
(let ((?x620 (ite $x2390 0 ?x5452)))
(let ((?x703 (* (- 1) ?x620)))
(let ((?x5991 (+ 1 ?x703)))
(let (($x4221 (= 1 cmd3.a)))
(let ((?x615 (ite $x4221 ?x5991 ?x1184)))
(let ((?x188 (ite $x4221 (- 1) 1)))
(let (($x5063 (= 0 (+ ?x188 ?x620 (* (- 1) (ite $x4221 ?x1184 (+ 1 ?x620))) ?x615))))
(not $x5063)))))))))))))
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
 (let ((?x1184 (* 2 0)))
(let (($x200 (= 1 slot.a)))
(let ((?x5452 (ite $x200 (- 1) 1)))
(let (($x2390 (= 0 slot_full)))
(let ((?x620 (ite $x2390 0 ?x5452)))
(let ((?x703 (* (- 1) ?x620)))
(let ((?x5991 (+ 1 ?x703)))
(let (($x4221 (= 1 cmd3.a)))
(let ((?x615 (ite $x4221 ?x5991 ?x1184)))
(let ((?x188 (ite $x4221 (- 1) 1)))
(let (($x5063 (= 0 (+ ?x188 ?x620 (* (- 1) (ite $x4221 ?x1184 (+ 1 ?x620))) ?x615))))
(not $x5063)))))))))))))
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
 (let (($x200 (= 1 slot.a)))
(let ((?x1334 (ite $x200 1 (- 1))))
(let (($x2390 (= 0 slot_full)))
(let ((?x5092 (ite $x2390 0 ?x1334)))
(let ((?x1118 (* (- 1) ?x5092)))
(let ((?x4755 (+ 1 ?x1118)))
(let ((?x1184 (* 2 0)))
(let (($x4221 (= 1 cmd3.a)))
(let ((?x1835 (ite $x4221 ?x1184 ?x4755)))
(let ((?x5165 (ite $x4221 1 (- 1))))
(let (($x4667 (= 0 (+ ?x5165 ?x5092 (* (- 1) (ite $x4221 (+ 1 ?x5092) ?x1184)) ?x1835))))
(not $x4667)))))))))))))
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
 (let (($x200 (= 1 slot.a)))
(let ((?x1334 (ite $x200 1 (- 1))))
(let (($x2390 (= 0 slot_full)))
(let ((?x5092 (ite $x2390 0 ?x1334)))
(let ((?x1118 (* (- 1) ?x5092)))
(let ((?x4755 (+ 1 ?x1118)))
(let ((?x1184 (* 2 0)))
(let (($x4221 (= 1 cmd3.a)))
(let ((?x1835 (ite $x4221 ?x1184 ?x4755)))
(let ((?x5165 (ite $x4221 1 (- 1))))
(let (($x4667 (= 0 (+ ?x5165 ?x5092 (* (- 1) (ite $x4221 (+ 1 ?x5092) ?x1184)) ?x1835))))
(not $x4667)))))))))))))
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
 (let ((?x1184 (* 2 0)))
(let (($x6215 (= 1 slot.b)))
(let ((?x182 (ite $x6215 (- 1) 1)))
(let (($x2390 (= 0 slot_full)))
(let ((?x651 (ite $x2390 0 ?x182)))
(let ((?x2108 (* (- 1) ?x651)))
(let ((?x270 (+ 1 ?x2108)))
(let (($x655 (= 1 cmd3.b)))
(let ((?x2728 (ite $x655 ?x270 ?x1184)))
(let ((?x2579 (ite $x655 (- 1) 1)))
(let (($x427 (= 0 (+ ?x2579 ?x651 (* (- 1) (ite $x655 ?x1184 (+ 1 ?x651))) ?x2728))))
(not $x427)))))))))))))
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
 (let ((?x1184 (* 2 0)))
(let (($x6215 (= 1 slot.b)))
(let ((?x182 (ite $x6215 (- 1) 1)))
(let (($x2390 (= 0 slot_full)))
(let ((?x651 (ite $x2390 0 ?x182)))
(let ((?x2108 (* (- 1) ?x651)))
(let ((?x270 (+ 1 ?x2108)))
(let (($x655 (= 1 cmd3.b)))
(let ((?x2728 (ite $x655 ?x270 ?x1184)))
(let ((?x2579 (ite $x655 (- 1) 1)))
(let (($x427 (= 0 (+ ?x2579 ?x651 (* (- 1) (ite $x655 ?x1184 (+ 1 ?x651))) ?x2728))))
(not $x427)))))))))))))
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
 (let (($x6215 (= 1 slot.b)))
(let ((?x7037 (ite $x6215 1 (- 1))))
(let (($x2390 (= 0 slot_full)))
(let ((?x3321 (ite $x2390 0 ?x7037)))
(let ((?x5627 (* (- 1) ?x3321)))
(let ((?x6864 (+ 1 ?x5627)))
(let ((?x1184 (* 2 0)))
(let (($x655 (= 1 cmd3.b)))
(let ((?x1668 (ite $x655 ?x1184 ?x6864)))
(let ((?x2502 (ite $x655 1 (- 1))))
(let (($x1092 (= 0 (+ ?x2502 ?x3321 (* (- 1) (ite $x655 (+ 1 ?x3321) ?x1184)) ?x1668))))
(not $x1092)))))))))))))
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
 (let (($x6215 (= 1 slot.b)))
(let ((?x7037 (ite $x6215 1 (- 1))))
(let (($x2390 (= 0 slot_full)))
(let ((?x3321 (ite $x2390 0 ?x7037)))
(let ((?x5627 (* (- 1) ?x3321)))
(let ((?x6864 (+ 1 ?x5627)))
(let ((?x1184 (* 2 0)))
(let (($x655 (= 1 cmd3.b)))
(let ((?x1668 (ite $x655 ?x1184 ?x6864)))
(let ((?x2502 (ite $x655 1 (- 1))))
(let (($x1092 (= 0 (+ ?x2502 ?x3321 (* (- 1) (ite $x655 (+ 1 ?x3321) ?x1184)) ?x1668))))
(not $x1092)))))))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2888 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x356 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1111 (and $x356 $x2888)))
(let (($x2736 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4317 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5885 (and $x4317 $x2736)))
(let (($x4457 (or $x5885 $x1111)))
(not $x4457)))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1687 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1935 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6719 (and $x1935 $x1687)))
(let (($x51 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3649 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x7000 (and $x3649 $x51)))
(let (($x3450 (or $x7000 $x6719)))
(not $x3450)))))))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x6376 (= 0 (+ 1 |mem1[0]|))))
(let (($x3681 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x453 (or $x3681 $x6376)))
(not $x453)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5471 (= 0 (+ 1 |mem1[1]|))))
(let (($x5548 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3715 (or $x5548 $x5471)))
(not $x3715)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6510 (= 0 (+ 1 |mem1[2]|))))
(let (($x5823 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x5436 (or $x5823 $x6510)))
(not $x5436)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1123 (= 0 (+ 1 |mem1[3]|))))
(let (($x3238 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x6453 (or $x3238 $x1123)))
(not $x6453)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x3586 (= 0 (+ 1 |mem1[4]|))))
(let (($x1562 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x6266 (or $x1562 $x3586)))
(not $x6266)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x6992 (= 0 (+ 1 |mem2[0]|))))
(let (($x601 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x6566 (or $x601 $x6992)))
(not $x6566)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5134 (= 0 (+ 1 |mem2[1]|))))
(let (($x2039 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x780 (or $x2039 $x5134)))
(not $x780)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1836 (= 0 (+ 1 |mem2[2]|))))
(let (($x4971 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3417 (or $x4971 $x1836)))
(not $x3417)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x645 (= 0 (+ 1 |mem2[3]|))))
(let (($x920 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2382 (or $x920 $x645)))
(not $x2382)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x3626 (= 0 (+ 1 |mem2[4]|))))
(let (($x3138 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x431 (or $x3138 $x3626)))
(not $x431)))))
(check-sat)
(reset)
; read_instruction: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2888 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x356 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1111 (and $x356 $x2888)))
(let (($x2736 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4317 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5885 (and $x4317 $x2736)))
(let (($x4457 (or $x5885 $x1111)))
(not $x4457)))))))))
(check-sat)
(reset)
; read_instruction: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1687 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1935 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6719 (and $x1935 $x1687)))
(let (($x51 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3649 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x7000 (and $x3649 $x51)))
(let (($x3450 (or $x7000 $x6719)))
(not $x3450)))))))))
(check-sat)
(reset)
