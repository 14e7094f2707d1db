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
 (let ((?x665 (ite (= 1 slot.a) (- 1) 1)))
(let ((?x1917 (ite (= 0 slot_full) 0 ?x665)))
(let (($x1799 (= 1 cmd3.a)))
(let ((?x3204 (ite $x1799 (+ 1 ?x1917) 0)))
(let ((?x1285 (* (- 1) ?x1917)))
(let ((?x3468 (ite $x1799 (- 1) 1)))
(let (($x4942 (= 0 (+ ?x3468 ?x1285 (* (- 1) (ite $x1799 0 (+ 1 ?x1285))) ?x3204))))
(not $x4942)))))))))
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
 (let (($x4664 (= 1 slot.a)))
(let ((?x2971 (ite $x4664 1 (- 1))))
(let (($x4092 (= 0 slot_full)))
(let ((?x4115 (ite $x4092 0 ?x2971)))
(let (($x1799 (= 1 cmd3.a)))
(let ((?x2664 (ite $x1799 0 (+ 1 ?x4115))))
(let ((?x4940 (* (- 1) ?x4115)))
(let ((?x4330 (ite $x1799 1 (- 1))))
(let (($x643 (= 0 (+ ?x4330 ?x4940 (* (- 1) (ite $x1799 (+ 1 ?x4940) 0)) ?x2664))))
(not $x643)))))))))))
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
 (let ((?x3941 (ite (= 1 slot.b) (- 1) 1)))
(let (($x4092 (= 0 slot_full)))
(let ((?x1731 (ite $x4092 0 ?x3941)))
(let (($x1488 (= 1 cmd3.b)))
(let ((?x1880 (ite $x1488 (+ 1 ?x1731) 0)))
(let ((?x4447 (* (- 1) ?x1731)))
(let ((?x1914 (ite $x1488 (- 1) 1)))
(let (($x3828 (= 0 (+ ?x1914 ?x4447 (* (- 1) (ite $x1488 0 (+ 1 ?x4447))) ?x1880))))
(not $x3828))))))))))
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
 (let (($x5269 (= 1 slot.b)))
(let ((?x2208 (ite $x5269 1 (- 1))))
(let (($x4092 (= 0 slot_full)))
(let ((?x4424 (ite $x4092 0 ?x2208)))
(let (($x1488 (= 1 cmd3.b)))
(let ((?x633 (ite $x1488 0 (+ 1 ?x4424))))
(let ((?x4178 (* (- 1) ?x4424)))
(let ((?x5080 (ite $x1488 1 (- 1))))
(let (($x5248 (= 0 (+ ?x5080 ?x4178 (* (- 1) (ite $x1488 (+ 1 ?x4178) 0)) ?x633))))
(not $x5248)))))))))))
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
 (let ((?x1949 (* 2 0)))
(let (($x4664 (= 1 slot.a)))
(let ((?x665 (ite $x4664 (- 1) 1)))
(let (($x4092 (= 0 slot_full)))
(let ((?x1917 (ite $x4092 0 ?x665)))
(let ((?x1285 (* (- 1) ?x1917)))
(let ((?x1979 (+ 1 ?x1285)))
(let (($x1799 (= 1 cmd3.a)))
(let ((?x4427 (ite $x1799 ?x1979 ?x1949)))
(let ((?x3468 (ite $x1799 (- 1) 1)))
(let (($x3961 (= 0 (+ ?x3468 ?x1917 (* (- 1) (ite $x1799 ?x1949 (+ 1 ?x1917))) ?x4427))))
(not $x3961)))))))))))))
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
 (let ((?x1949 (* 2 0)))
(let (($x4664 (= 1 slot.a)))
(let ((?x665 (ite $x4664 (- 1) 1)))
(let (($x4092 (= 0 slot_full)))
(let ((?x1917 (ite $x4092 0 ?x665)))
(let ((?x1285 (* (- 1) ?x1917)))
(let ((?x1979 (+ 1 ?x1285)))
(let (($x1799 (= 1 cmd3.a)))
(let ((?x4427 (ite $x1799 ?x1979 ?x1949)))
(let ((?x3468 (ite $x1799 (- 1) 1)))
(let (($x3961 (= 0 (+ ?x3468 ?x1917 (* (- 1) (ite $x1799 ?x1949 (+ 1 ?x1917))) ?x4427))))
(not $x3961)))))))))))))
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
 (let (($x4664 (= 1 slot.a)))
(let ((?x2971 (ite $x4664 1 (- 1))))
(let (($x4092 (= 0 slot_full)))
(let ((?x4115 (ite $x4092 0 ?x2971)))
(let ((?x4940 (* (- 1) ?x4115)))
(let ((?x861 (+ 1 ?x4940)))
(let ((?x1949 (* 2 0)))
(let (($x1799 (= 1 cmd3.a)))
(let ((?x1165 (ite $x1799 ?x1949 ?x861)))
(let ((?x4330 (ite $x1799 1 (- 1))))
(let (($x410 (= 0 (+ ?x4330 ?x4115 (* (- 1) (ite $x1799 (+ 1 ?x4115) ?x1949)) ?x1165))))
(not $x410)))))))))))))
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
 (let (($x4664 (= 1 slot.a)))
(let ((?x2971 (ite $x4664 1 (- 1))))
(let (($x4092 (= 0 slot_full)))
(let ((?x4115 (ite $x4092 0 ?x2971)))
(let ((?x4940 (* (- 1) ?x4115)))
(let ((?x861 (+ 1 ?x4940)))
(let ((?x1949 (* 2 0)))
(let (($x1799 (= 1 cmd3.a)))
(let ((?x1165 (ite $x1799 ?x1949 ?x861)))
(let ((?x4330 (ite $x1799 1 (- 1))))
(let (($x410 (= 0 (+ ?x4330 ?x4115 (* (- 1) (ite $x1799 (+ 1 ?x4115) ?x1949)) ?x1165))))
(not $x410)))))))))))))
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
 (let ((?x1949 (* 2 0)))
(let (($x5269 (= 1 slot.b)))
(let ((?x3941 (ite $x5269 (- 1) 1)))
(let (($x4092 (= 0 slot_full)))
(let ((?x1731 (ite $x4092 0 ?x3941)))
(let ((?x4447 (* (- 1) ?x1731)))
(let ((?x1199 (+ 1 ?x4447)))
(let (($x1488 (= 1 cmd3.b)))
(let ((?x4490 (ite $x1488 ?x1199 ?x1949)))
(let ((?x1914 (ite $x1488 (- 1) 1)))
(let (($x5510 (= 0 (+ ?x1914 ?x1731 (* (- 1) (ite $x1488 ?x1949 (+ 1 ?x1731))) ?x4490))))
(not $x5510)))))))))))))
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
 (let ((?x1949 (* 2 0)))
(let (($x5269 (= 1 slot.b)))
(let ((?x3941 (ite $x5269 (- 1) 1)))
(let (($x4092 (= 0 slot_full)))
(let ((?x1731 (ite $x4092 0 ?x3941)))
(let ((?x4447 (* (- 1) ?x1731)))
(let ((?x1199 (+ 1 ?x4447)))
(let (($x1488 (= 1 cmd3.b)))
(let ((?x4490 (ite $x1488 ?x1199 ?x1949)))
(let ((?x1914 (ite $x1488 (- 1) 1)))
(let (($x5510 (= 0 (+ ?x1914 ?x1731 (* (- 1) (ite $x1488 ?x1949 (+ 1 ?x1731))) ?x4490))))
(not $x5510)))))))))))))
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
 (let (($x5269 (= 1 slot.b)))
(let ((?x2208 (ite $x5269 1 (- 1))))
(let (($x4092 (= 0 slot_full)))
(let ((?x4424 (ite $x4092 0 ?x2208)))
(let ((?x4178 (* (- 1) ?x4424)))
(let ((?x1586 (+ 1 ?x4178)))
(let ((?x1949 (* 2 0)))
(let (($x1488 (= 1 cmd3.b)))
(let ((?x4711 (ite $x1488 ?x1949 ?x1586)))
(let ((?x5080 (ite $x1488 1 (- 1))))
(let (($x3467 (= 0 (+ ?x5080 ?x4424 (* (- 1) (ite $x1488 (+ 1 ?x4424) ?x1949)) ?x4711))))
(not $x3467)))))))))))))
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
 (let (($x5269 (= 1 slot.b)))
(let ((?x2208 (ite $x5269 1 (- 1))))
(let (($x4092 (= 0 slot_full)))
(let ((?x4424 (ite $x4092 0 ?x2208)))
(let ((?x4178 (* (- 1) ?x4424)))
(let ((?x1586 (+ 1 ?x4178)))
(let ((?x1949 (* 2 0)))
(let (($x1488 (= 1 cmd3.b)))
(let ((?x4711 (ite $x1488 ?x1949 ?x1586)))
(let ((?x5080 (ite $x1488 1 (- 1))))
(let (($x3467 (= 0 (+ ?x5080 ?x4424 (* (- 1) (ite $x1488 (+ 1 ?x4424) ?x1949)) ?x4711))))
(not $x3467)))))))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x87 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x463 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x999 (and $x463 $x87)))
(let (($x360 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4837 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3229 (and $x4837 $x360)))
(let (($x3206 (or $x3229 $x999)))
(not $x3206)))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4936 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2617 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2295 (and $x2617 $x4936)))
(let (($x5015 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5186 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1608 (and $x5186 $x5015)))
(let (($x3529 (or $x1608 $x2295)))
(not $x3529)))))))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3075 (= 0 (+ 1 |mem1[0]|))))
(let (($x2696 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x968 (or $x2696 $x3075)))
(not $x968)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4431 (= 0 (+ 1 |mem1[1]|))))
(let (($x863 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4640 (or $x863 $x4431)))
(not $x4640)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x882 (= 0 (+ 1 |mem1[2]|))))
(let (($x64 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x5208 (or $x64 $x882)))
(not $x5208)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1643 (= 0 (+ 1 |mem1[3]|))))
(let (($x3038 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x250 (or $x3038 $x1643)))
(not $x250)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x1683 (= 0 (+ 1 |mem1[4]|))))
(let (($x182 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x1554 (or $x182 $x1683)))
(not $x1554)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x3930 (= 0 (+ 1 |mem1[5]|))))
(let (($x4925 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x3344 (or $x4925 $x3930)))
(not $x3344)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1126 (= 0 (+ 1 |mem2[0]|))))
(let (($x3503 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3896 (or $x3503 $x1126)))
(not $x3896)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1967 (= 0 (+ 1 |mem2[1]|))))
(let (($x1260 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4980 (or $x1260 $x1967)))
(not $x4980)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2345 (= 0 (+ 1 |mem2[2]|))))
(let (($x3617 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5648 (or $x3617 $x2345)))
(not $x5648)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1060 (= 0 (+ 1 |mem2[3]|))))
(let (($x3737 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3592 (or $x3737 $x1060)))
(not $x3592)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x2430 (= 0 (+ 1 |mem2[4]|))))
(let (($x3704 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1837 (or $x3704 $x2430)))
(not $x1837)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x1811 (= 0 (+ 1 |mem2[5]|))))
(let (($x297 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x3635 (or $x297 $x1811)))
(not $x3635)))))
(check-sat)
(reset)
; read_instruction: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x87 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x463 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x999 (and $x463 $x87)))
(let (($x360 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4837 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3229 (and $x4837 $x360)))
(let (($x3206 (or $x3229 $x999)))
(not $x3206)))))))))
(check-sat)
(reset)
; read_instruction: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4936 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2617 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2295 (and $x2617 $x4936)))
(let (($x5015 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5186 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1608 (and $x5186 $x5015)))
(let (($x3529 (or $x1608 $x2295)))
(not $x3529)))))))))
(check-sat)
(reset)
