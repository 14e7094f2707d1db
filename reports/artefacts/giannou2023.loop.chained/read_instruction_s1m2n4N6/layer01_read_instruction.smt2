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
 (let ((?x3635 (ite (= 1 slot.a) (- 1) 1)))
(let ((?x2155 (ite (= 0 slot_full) 0 ?x3635)))
(let (($x5712 (= 1 cmd3.a)))
(let ((?x5045 (ite $x5712 (+ 1 ?x2155) 0)))
(let ((?x3992 (* (- 1) ?x2155)))
(let ((?x3226 (ite $x5712 (- 1) 1)))
(let (($x1773 (= 0 (+ ?x3226 ?x3992 (* (- 1) (ite $x5712 0 (+ 1 ?x3992))) ?x5045))))
(not $x1773)))))))))
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
 (let (($x5860 (= 1 slot.a)))
(let ((?x2303 (ite $x5860 1 (- 1))))
(let (($x2931 (= 0 slot_full)))
(let ((?x486 (ite $x2931 0 ?x2303)))
(let (($x5712 (= 1 cmd3.a)))
(let ((?x4010 (ite $x5712 0 (+ 1 ?x486))))
(let ((?x5154 (* (- 1) ?x486)))
(let ((?x1532 (ite $x5712 1 (- 1))))
(let (($x1848 (= 0 (+ ?x1532 ?x5154 (* (- 1) (ite $x5712 (+ 1 ?x5154) 0)) ?x4010))))
(not $x1848)))))))))))
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
 (let ((?x6381 (ite (= 1 slot.b) (- 1) 1)))
(let (($x2931 (= 0 slot_full)))
(let ((?x4027 (ite $x2931 0 ?x6381)))
(let (($x2217 (= 1 cmd3.b)))
(let ((?x4133 (ite $x2217 (+ 1 ?x4027) 0)))
(let ((?x5055 (* (- 1) ?x4027)))
(let ((?x2239 (ite $x2217 (- 1) 1)))
(let (($x815 (= 0 (+ ?x2239 ?x5055 (* (- 1) (ite $x2217 0 (+ 1 ?x5055))) ?x4133))))
(not $x815))))))))))
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
 (let (($x2432 (= 1 slot.b)))
(let ((?x3820 (ite $x2432 1 (- 1))))
(let (($x2931 (= 0 slot_full)))
(let ((?x248 (ite $x2931 0 ?x3820)))
(let (($x2217 (= 1 cmd3.b)))
(let ((?x3344 (ite $x2217 0 (+ 1 ?x248))))
(let ((?x4776 (* (- 1) ?x248)))
(let ((?x1648 (ite $x2217 1 (- 1))))
(let (($x1176 (= 0 (+ ?x1648 ?x4776 (* (- 1) (ite $x2217 (+ 1 ?x4776) 0)) ?x3344))))
(not $x1176)))))))))))
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
 (let ((?x4322 (* 2 0)))
(let (($x5860 (= 1 slot.a)))
(let ((?x3635 (ite $x5860 (- 1) 1)))
(let (($x2931 (= 0 slot_full)))
(let ((?x2155 (ite $x2931 0 ?x3635)))
(let ((?x3992 (* (- 1) ?x2155)))
(let ((?x5213 (+ 1 ?x3992)))
(let (($x5712 (= 1 cmd3.a)))
(let ((?x2088 (ite $x5712 ?x5213 ?x4322)))
(let ((?x3226 (ite $x5712 (- 1) 1)))
(let (($x3421 (= 0 (+ ?x3226 ?x2155 (* (- 1) (ite $x5712 ?x4322 (+ 1 ?x2155))) ?x2088))))
(not $x3421)))))))))))))
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
 (let ((?x4322 (* 2 0)))
(let (($x5860 (= 1 slot.a)))
(let ((?x3635 (ite $x5860 (- 1) 1)))
(let (($x2931 (= 0 slot_full)))
(let ((?x2155 (ite $x2931 0 ?x3635)))
(let ((?x3992 (* (- 1) ?x2155)))
(let ((?x5213 (+ 1 ?x3992)))
(let (($x5712 (= 1 cmd3.a)))
(let ((?x2088 (ite $x5712 ?x5213 ?x4322)))
(let ((?x3226 (ite $x5712 (- 1) 1)))
(let (($x3421 (= 0 (+ ?x3226 ?x2155 (* (- 1) (ite $x5712 ?x4322 (+ 1 ?x2155))) ?x2088))))
(not $x3421)))))))))))))
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
 (let (($x5860 (= 1 slot.a)))
(let ((?x2303 (ite $x5860 1 (- 1))))
(let (($x2931 (= 0 slot_full)))
(let ((?x486 (ite $x2931 0 ?x2303)))
(let ((?x5154 (* (- 1) ?x486)))
(let ((?x2451 (+ 1 ?x5154)))
(let ((?x4322 (* 2 0)))
(let (($x5712 (= 1 cmd3.a)))
(let ((?x5490 (ite $x5712 ?x4322 ?x2451)))
(let ((?x1532 (ite $x5712 1 (- 1))))
(let (($x5195 (= 0 (+ ?x1532 ?x486 (* (- 1) (ite $x5712 (+ 1 ?x486) ?x4322)) ?x5490))))
(not $x5195)))))))))))))
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
 (let (($x5860 (= 1 slot.a)))
(let ((?x2303 (ite $x5860 1 (- 1))))
(let (($x2931 (= 0 slot_full)))
(let ((?x486 (ite $x2931 0 ?x2303)))
(let ((?x5154 (* (- 1) ?x486)))
(let ((?x2451 (+ 1 ?x5154)))
(let ((?x4322 (* 2 0)))
(let (($x5712 (= 1 cmd3.a)))
(let ((?x5490 (ite $x5712 ?x4322 ?x2451)))
(let ((?x1532 (ite $x5712 1 (- 1))))
(let (($x5195 (= 0 (+ ?x1532 ?x486 (* (- 1) (ite $x5712 (+ 1 ?x486) ?x4322)) ?x5490))))
(not $x5195)))))))))))))
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
 (let ((?x4322 (* 2 0)))
(let (($x2432 (= 1 slot.b)))
(let ((?x6381 (ite $x2432 (- 1) 1)))
(let (($x2931 (= 0 slot_full)))
(let ((?x4027 (ite $x2931 0 ?x6381)))
(let ((?x5055 (* (- 1) ?x4027)))
(let ((?x3178 (+ 1 ?x5055)))
(let (($x2217 (= 1 cmd3.b)))
(let ((?x5239 (ite $x2217 ?x3178 ?x4322)))
(let ((?x2239 (ite $x2217 (- 1) 1)))
(let (($x398 (= 0 (+ ?x2239 ?x4027 (* (- 1) (ite $x2217 ?x4322 (+ 1 ?x4027))) ?x5239))))
(not $x398)))))))))))))
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
 (let ((?x4322 (* 2 0)))
(let (($x2432 (= 1 slot.b)))
(let ((?x6381 (ite $x2432 (- 1) 1)))
(let (($x2931 (= 0 slot_full)))
(let ((?x4027 (ite $x2931 0 ?x6381)))
(let ((?x5055 (* (- 1) ?x4027)))
(let ((?x3178 (+ 1 ?x5055)))
(let (($x2217 (= 1 cmd3.b)))
(let ((?x5239 (ite $x2217 ?x3178 ?x4322)))
(let ((?x2239 (ite $x2217 (- 1) 1)))
(let (($x398 (= 0 (+ ?x2239 ?x4027 (* (- 1) (ite $x2217 ?x4322 (+ 1 ?x4027))) ?x5239))))
(not $x398)))))))))))))
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
 (let (($x2432 (= 1 slot.b)))
(let ((?x3820 (ite $x2432 1 (- 1))))
(let (($x2931 (= 0 slot_full)))
(let ((?x248 (ite $x2931 0 ?x3820)))
(let ((?x4776 (* (- 1) ?x248)))
(let ((?x716 (+ 1 ?x4776)))
(let ((?x4322 (* 2 0)))
(let (($x2217 (= 1 cmd3.b)))
(let ((?x3759 (ite $x2217 ?x4322 ?x716)))
(let ((?x1648 (ite $x2217 1 (- 1))))
(let (($x1249 (= 0 (+ ?x1648 ?x248 (* (- 1) (ite $x2217 (+ 1 ?x248) ?x4322)) ?x3759))))
(not $x1249)))))))))))))
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
 (let (($x2432 (= 1 slot.b)))
(let ((?x3820 (ite $x2432 1 (- 1))))
(let (($x2931 (= 0 slot_full)))
(let ((?x248 (ite $x2931 0 ?x3820)))
(let ((?x4776 (* (- 1) ?x248)))
(let ((?x716 (+ 1 ?x4776)))
(let ((?x4322 (* 2 0)))
(let (($x2217 (= 1 cmd3.b)))
(let ((?x3759 (ite $x2217 ?x4322 ?x716)))
(let ((?x1648 (ite $x2217 1 (- 1))))
(let (($x1249 (= 0 (+ ?x1648 ?x248 (* (- 1) (ite $x2217 (+ 1 ?x248) ?x4322)) ?x3759))))
(not $x1249)))))))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x624 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4252 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2190 (and $x4252 $x624)))
(let (($x5109 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6671 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4767 (and $x6671 $x5109)))
(let (($x4163 (or $x4767 $x2190)))
(not $x4163)))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4888 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2568 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6304 (and $x2568 $x4888)))
(let (($x2925 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1412 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1197 (and $x1412 $x2925)))
(let (($x4483 (or $x1197 $x6304)))
(not $x4483)))))))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4814 (= 0 (+ 1 |mem1[0]|))))
(let (($x2500 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x282 (or $x2500 $x4814)))
(not $x282)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x667 (= 0 (+ 1 |mem1[1]|))))
(let (($x2339 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2912 (or $x2339 $x667)))
(not $x2912)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x987 (= 0 (+ 1 |mem1[2]|))))
(let (($x6901 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1616 (or $x6901 $x987)))
(not $x1616)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x6472 (= 0 (+ 1 |mem1[3]|))))
(let (($x1936 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3760 (or $x1936 $x6472)))
(not $x3760)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x1733 (= 0 (+ 1 |mem1[4]|))))
(let (($x3740 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x6079 (or $x3740 $x1733)))
(not $x6079)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x7010 (= 0 (+ 1 |mem1[5]|))))
(let (($x5350 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x4184 (or $x5350 $x7010)))
(not $x4184)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x6100 (= 0 (+ 1 |mem2[0]|))))
(let (($x6969 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2434 (or $x6969 $x6100)))
(not $x2434)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x637 (= 0 (+ 1 |mem2[1]|))))
(let (($x1550 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3430 (or $x1550 $x637)))
(not $x3430)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x5874 (= 0 (+ 1 |mem2[2]|))))
(let (($x5567 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1034 (or $x5567 $x5874)))
(not $x1034)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1475 (= 0 (+ 1 |mem2[3]|))))
(let (($x2400 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x4283 (or $x2400 $x1475)))
(not $x4283)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x3242 (= 0 (+ 1 |mem2[4]|))))
(let (($x1822 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x113 (or $x1822 $x3242)))
(not $x113)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x6328 (= 0 (+ 1 |mem2[5]|))))
(let (($x2321 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x6524 (or $x2321 $x6328)))
(not $x6524)))))
(check-sat)
(reset)
; read_instruction: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x624 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4252 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2190 (and $x4252 $x624)))
(let (($x5109 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6671 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4767 (and $x6671 $x5109)))
(let (($x4163 (or $x4767 $x2190)))
(not $x4163)))))))))
(check-sat)
(reset)
; read_instruction: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4888 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2568 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6304 (and $x2568 $x4888)))
(let (($x2925 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1412 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1197 (and $x1412 $x2925)))
(let (($x4483 (or $x1197 $x6304)))
(not $x4483)))))))))
(check-sat)
(reset)
