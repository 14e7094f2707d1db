; read_instruction: S_cmd.a[0] at (24, 0) (proved)
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
 (let ((?x3287 (ite (= 1 slot.a) (- 1) 1)))
(let ((?x839 (ite (= 0 slot_full) 0 ?x3287)))
(let (($x6544 (= 1 cmd3.a)))
(let ((?x3742 (ite $x6544 (+ 1 ?x839) 0)))
(let ((?x4283 (* (- 1) ?x839)))
(let ((?x652 (ite $x6544 (- 1) 1)))
(let (($x1822 (= 0 (+ ?x652 ?x4283 (* (- 1) (ite $x6544 0 (+ 1 ?x4283))) ?x3742))))
(not $x1822)))))))))
(check-sat)
(reset)
; read_instruction: S_cmd.a[1] at (25, 0) (proved)
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
 (let (($x1175 (= 1 slot.a)))
(let ((?x1384 (ite $x1175 1 (- 1))))
(let (($x3605 (= 0 slot_full)))
(let ((?x6414 (ite $x3605 0 ?x1384)))
(let (($x6544 (= 1 cmd3.a)))
(let ((?x2688 (ite $x6544 0 (+ 1 ?x6414))))
(let ((?x4819 (* (- 1) ?x6414)))
(let ((?x2767 (ite $x6544 1 (- 1))))
(let (($x272 (= 0 (+ ?x2767 ?x4819 (* (- 1) (ite $x6544 (+ 1 ?x4819) 0)) ?x2688))))
(not $x272)))))))))))
(check-sat)
(reset)
; read_instruction: S_cmd.b[0] at (26, 0) (proved)
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
 (let ((?x2947 (ite (= 1 slot.b) (- 1) 1)))
(let (($x3605 (= 0 slot_full)))
(let ((?x1634 (ite $x3605 0 ?x2947)))
(let (($x1444 (= 1 cmd3.b)))
(let ((?x5246 (ite $x1444 (+ 1 ?x1634) 0)))
(let ((?x5550 (* (- 1) ?x1634)))
(let ((?x6602 (ite $x1444 (- 1) 1)))
(let (($x6191 (= 0 (+ ?x6602 ?x5550 (* (- 1) (ite $x1444 0 (+ 1 ?x5550))) ?x5246))))
(not $x6191))))))))))
(check-sat)
(reset)
; read_instruction: S_cmd.b[1] at (27, 0) (proved)
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
 (let (($x1767 (= 1 slot.b)))
(let ((?x5280 (ite $x1767 1 (- 1))))
(let (($x3605 (= 0 slot_full)))
(let ((?x2619 (ite $x3605 0 ?x5280)))
(let (($x1444 (= 1 cmd3.b)))
(let ((?x343 (ite $x1444 0 (+ 1 ?x2619))))
(let ((?x6733 (* (- 1) ?x2619)))
(let ((?x3958 (ite $x1444 1 (- 1))))
(let (($x1899 (= 0 (+ ?x3958 ?x6733 (* (- 1) (ite $x1444 (+ 1 ?x6733) 0)) ?x343))))
(not $x1899)))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[0] at (34, 0) (proved)
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
 (let ((?x3777 (* 2 0)))
(let (($x1175 (= 1 slot.a)))
(let ((?x3287 (ite $x1175 (- 1) 1)))
(let (($x3605 (= 0 slot_full)))
(let ((?x839 (ite $x3605 0 ?x3287)))
(let ((?x4283 (* (- 1) ?x839)))
(let ((?x3101 (+ 1 ?x4283)))
(let (($x6544 (= 1 cmd3.a)))
(let ((?x149 (ite $x6544 ?x3101 ?x3777)))
(let ((?x652 (ite $x6544 (- 1) 1)))
(let (($x3227 (= 0 (+ ?x652 ?x839 (* (- 1) (ite $x6544 ?x3777 (+ 1 ?x839))) ?x149))))
(not $x3227)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[0] at (34, 3) (proved)
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
 (let ((?x3777 (* 2 0)))
(let (($x1175 (= 1 slot.a)))
(let ((?x3287 (ite $x1175 (- 1) 1)))
(let (($x3605 (= 0 slot_full)))
(let ((?x839 (ite $x3605 0 ?x3287)))
(let ((?x4283 (* (- 1) ?x839)))
(let ((?x3101 (+ 1 ?x4283)))
(let (($x6544 (= 1 cmd3.a)))
(let ((?x149 (ite $x6544 ?x3101 ?x3777)))
(let ((?x652 (ite $x6544 (- 1) 1)))
(let (($x3227 (= 0 (+ ?x652 ?x839 (* (- 1) (ite $x6544 ?x3777 (+ 1 ?x839))) ?x149))))
(not $x3227)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[1] at (35, 0) (proved)
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
 (let (($x1175 (= 1 slot.a)))
(let ((?x1384 (ite $x1175 1 (- 1))))
(let (($x3605 (= 0 slot_full)))
(let ((?x6414 (ite $x3605 0 ?x1384)))
(let ((?x4819 (* (- 1) ?x6414)))
(let ((?x3046 (+ 1 ?x4819)))
(let ((?x3777 (* 2 0)))
(let (($x6544 (= 1 cmd3.a)))
(let ((?x1056 (ite $x6544 ?x3777 ?x3046)))
(let ((?x2767 (ite $x6544 1 (- 1))))
(let (($x3120 (= 0 (+ ?x2767 ?x6414 (* (- 1) (ite $x6544 (+ 1 ?x6414) ?x3777)) ?x1056))))
(not $x3120)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[1] at (35, 3) (proved)
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
 (let (($x1175 (= 1 slot.a)))
(let ((?x1384 (ite $x1175 1 (- 1))))
(let (($x3605 (= 0 slot_full)))
(let ((?x6414 (ite $x3605 0 ?x1384)))
(let ((?x4819 (* (- 1) ?x6414)))
(let ((?x3046 (+ 1 ?x4819)))
(let ((?x3777 (* 2 0)))
(let (($x6544 (= 1 cmd3.a)))
(let ((?x1056 (ite $x6544 ?x3777 ?x3046)))
(let ((?x2767 (ite $x6544 1 (- 1))))
(let (($x3120 (= 0 (+ ?x2767 ?x6414 (* (- 1) (ite $x6544 (+ 1 ?x6414) ?x3777)) ?x1056))))
(not $x3120)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[2] at (36, 0) (proved)
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
 (let ((?x3777 (* 2 0)))
(let (($x1767 (= 1 slot.b)))
(let ((?x2947 (ite $x1767 (- 1) 1)))
(let (($x3605 (= 0 slot_full)))
(let ((?x1634 (ite $x3605 0 ?x2947)))
(let ((?x5550 (* (- 1) ?x1634)))
(let ((?x3095 (+ 1 ?x5550)))
(let (($x1444 (= 1 cmd3.b)))
(let ((?x312 (ite $x1444 ?x3095 ?x3777)))
(let ((?x6602 (ite $x1444 (- 1) 1)))
(let (($x3884 (= 0 (+ ?x6602 ?x1634 (* (- 1) (ite $x1444 ?x3777 (+ 1 ?x1634))) ?x312))))
(not $x3884)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[2] at (36, 3) (proved)
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
 (let ((?x3777 (* 2 0)))
(let (($x1767 (= 1 slot.b)))
(let ((?x2947 (ite $x1767 (- 1) 1)))
(let (($x3605 (= 0 slot_full)))
(let ((?x1634 (ite $x3605 0 ?x2947)))
(let ((?x5550 (* (- 1) ?x1634)))
(let ((?x3095 (+ 1 ?x5550)))
(let (($x1444 (= 1 cmd3.b)))
(let ((?x312 (ite $x1444 ?x3095 ?x3777)))
(let ((?x6602 (ite $x1444 (- 1) 1)))
(let (($x3884 (= 0 (+ ?x6602 ?x1634 (* (- 1) (ite $x1444 ?x3777 (+ 1 ?x1634))) ?x312))))
(not $x3884)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[3] at (37, 0) (proved)
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
 (let (($x1767 (= 1 slot.b)))
(let ((?x5280 (ite $x1767 1 (- 1))))
(let (($x3605 (= 0 slot_full)))
(let ((?x2619 (ite $x3605 0 ?x5280)))
(let ((?x6733 (* (- 1) ?x2619)))
(let ((?x5442 (+ 1 ?x6733)))
(let ((?x3777 (* 2 0)))
(let (($x1444 (= 1 cmd3.b)))
(let ((?x6656 (ite $x1444 ?x3777 ?x5442)))
(let ((?x3958 (ite $x1444 1 (- 1))))
(let (($x1914 (= 0 (+ ?x3958 ?x2619 (* (- 1) (ite $x1444 (+ 1 ?x2619) ?x3777)) ?x6656))))
(not $x1914)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[3] at (37, 3) (proved)
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
 (let (($x1767 (= 1 slot.b)))
(let ((?x5280 (ite $x1767 1 (- 1))))
(let (($x3605 (= 0 slot_full)))
(let ((?x2619 (ite $x3605 0 ?x5280)))
(let ((?x6733 (* (- 1) ?x2619)))
(let ((?x5442 (+ 1 ?x6733)))
(let ((?x3777 (* 2 0)))
(let (($x1444 (= 1 cmd3.b)))
(let ((?x6656 (ite $x1444 ?x3777 ?x5442)))
(let ((?x3958 (ite $x1444 1 (- 1))))
(let (($x1914 (= 0 (+ ?x3958 ?x2619 (* (- 1) (ite $x1444 (+ 1 ?x2619) ?x3777)) ?x6656))))
(not $x1914)))))))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2861 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2354 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1266 (and $x2354 $x2861)))
(let (($x2129 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6757 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x526 (and $x6757 $x2129)))
(let (($x3119 (or $x526 $x1266)))
(not $x3119)))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1413 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x167 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6609 (and $x167 $x1413)))
(let (($x402 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5039 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2763 (and $x5039 $x402)))
(let (($x727 (or $x2763 $x6609)))
(not $x727)))))))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x6871 (= 0 (+ 1 |mem1[0]|))))
(let (($x2210 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3721 (or $x2210 $x6871)))
(not $x3721)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x7031 (= 0 (+ 1 |mem1[1]|))))
(let (($x110 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4243 (or $x110 $x7031)))
(not $x4243)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6050 (= 0 (+ 1 |mem1[2]|))))
(let (($x5216 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x471 (or $x5216 $x6050)))
(not $x471)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x6219 (= 0 (+ 1 |mem1[3]|))))
(let (($x4662 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x6068 (or $x4662 $x6219)))
(not $x6068)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x1719 (= 0 (+ 1 |mem1[4]|))))
(let (($x2621 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x211 (or $x2621 $x1719)))
(not $x211)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x4786 (= 0 (+ 1 |mem1[5]|))))
(let (($x3749 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x1502 (or $x3749 $x4786)))
(not $x1502)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4263 (= 0 (+ 1 |mem2[0]|))))
(let (($x5919 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3082 (or $x5919 $x4263)))
(not $x3082)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2042 (= 0 (+ 1 |mem2[1]|))))
(let (($x5782 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2178 (or $x5782 $x2042)))
(not $x2178)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x227 (= 0 (+ 1 |mem2[2]|))))
(let (($x3628 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x565 (or $x3628 $x227)))
(not $x565)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x2171 (= 0 (+ 1 |mem2[3]|))))
(let (($x1364 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x5201 (or $x1364 $x2171)))
(not $x5201)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x6181 (= 0 (+ 1 |mem2[4]|))))
(let (($x2591 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1707 (or $x2591 $x6181)))
(not $x1707)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x6669 (= 0 (+ 1 |mem2[5]|))))
(let (($x1957 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x2005 (or $x1957 $x6669)))
(not $x2005)))))
(check-sat)
(reset)
; read_instruction: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2861 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2354 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1266 (and $x2354 $x2861)))
(let (($x2129 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6757 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x526 (and $x6757 $x2129)))
(let (($x3119 (or $x526 $x1266)))
(not $x3119)))))))))
(check-sat)
(reset)
; read_instruction: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1413 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x167 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6609 (and $x167 $x1413)))
(let (($x402 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5039 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2763 (and $x5039 $x402)))
(let (($x727 (or $x2763 $x6609)))
(not $x727)))))))))
(check-sat)
(reset)
