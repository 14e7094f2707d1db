; branch: PC[0] at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let ((?x4135 (+ |pcbits[0]| flag)))
(let ((?x3993 (ite (< 0 ?x4135) ?x4135 0)))
(let ((?x5044 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x2905 (ite (< 0 ?x5044) ?x5044 0)))
(let ((?x4446 (+ |pcbits[0]| (* 2 flag) ?x2905 (* (- 1) ?x3993) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x2082 (= 0 ?x4446)))
(not $x2082))))))))
(check-sat)
(reset)
; branch: PC[1] at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let ((?x1907 (+ |pcbits[1]| flag)))
(let ((?x4400 (ite (< 0 ?x1907) ?x1907 0)))
(let ((?x5602 (* (- 1) flag)))
(let ((?x3692 (+ |pcbits[1]| ?x5602)))
(let ((?x4216 (ite (< 0 ?x3692) ?x3692 0)))
(let ((?x1735 (* 2 flag)))
(let ((?x3544 (+ |pcbits[1]| ?x1735 ?x4216 (* (- 1) ?x4400) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x1917 (= 0 ?x3544)))
(not $x1917))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3150 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4044 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2603 (and $x4044 $x3150)))
(let (($x1932 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4640 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x276 (and $x4640 $x1932)))
(let (($x206 (or $x276 $x2603)))
(not $x206)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3792 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2074 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2792 (and $x2074 $x3792)))
(let (($x2769 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1060 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4209 (and $x1060 $x2769)))
(let (($x5629 (or $x4209 $x2792)))
(not $x5629)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3472 (= 0 (+ 1 |mem1[0]|))))
(let (($x2325 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1944 (or $x2325 $x3472)))
(not $x1944)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x201 (= 0 (+ 1 |mem1[1]|))))
(let (($x5625 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3438 (or $x5625 $x201)))
(not $x3438)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x5433 (= 0 (+ 1 |mem1[2]|))))
(let (($x2197 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x888 (or $x2197 $x5433)))
(not $x888)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x4673 (= 0 (+ 1 |mem1[3]|))))
(let (($x231 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x5376 (or $x231 $x4673)))
(not $x5376)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x172 (= 0 (+ 1 |mem1[4]|))))
(let (($x4143 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x1993 (or $x4143 $x172)))
(not $x1993)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x4775 (= 0 (+ 1 |mem1[5]|))))
(let (($x3738 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x2547 (or $x3738 $x4775)))
(not $x2547)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x5342 (= 0 (+ 1 |mem2[0]|))))
(let (($x4639 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4184 (or $x4639 $x5342)))
(not $x4184)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x633 (= 0 (+ 1 |mem2[1]|))))
(let (($x3233 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2028 (or $x3233 $x633)))
(not $x2028)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x889 (= 0 (+ 1 |mem2[2]|))))
(let (($x4249 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x64 (or $x4249 $x889)))
(not $x64)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x5215 (= 0 (+ 1 |mem2[3]|))))
(let (($x2081 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2494 (or $x2081 $x5215)))
(not $x2494)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x1868 (= 0 (+ 1 |mem2[4]|))))
(let (($x1858 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x582 (or $x1858 $x1868)))
(not $x582)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x5135 (= 0 (+ 1 |mem2[5]|))))
(let (($x2346 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x92 (or $x2346 $x5135)))
(not $x92)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x409 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x2864 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x2969 (or $x2864 $x409)))
(not $x2969)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x2299 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2696 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x3940 (or $x2696 $x2299)))
(not $x3940)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1930 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4212 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x492 (and $x4212 $x1930)))
(let (($x3995 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x754 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1470 (and $x754 $x3995)))
(let (($x5486 (or $x1470 $x492)))
(not $x5486)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3255 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3280 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x362 (and $x3280 $x3255)))
(let (($x4074 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x637 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2800 (and $x637 $x4074)))
(let (($x5024 (or $x2800 $x362)))
(not $x5024)))))))))
(check-sat)
(reset)
