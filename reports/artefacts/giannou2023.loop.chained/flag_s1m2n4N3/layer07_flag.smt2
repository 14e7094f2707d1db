; flag: S_a.flag[0] at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x5463 (* 2 |S_b[1]|)))
(let ((?x871 (+ 7 (* 4 |S_b[0]|) ?x5463 |S_b[2]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 8)))))
(let (($x4977 (>= 0 ?x871)))
(let ((?x191 (ite $x4977 1 0)))
(let ((?x3320 (+ 2 |S_b[0]| |S_b[1]| |S_b[2]|)))
(let ((?x400 (ite (< 0 ?x3320) ?x3320 0)))
(let ((?x6187 (+ 3 |S_b[0]| ?x5463 (* 2 |S_b[2]|) (* (- 2) ?x400) (* 2 ?x191))))
(let (($x1081 (= 0 ?x6187)))
(not $x1081))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3266 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5248 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6852 (and $x5248 $x3266)))
(let (($x5771 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3282 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2512 (and $x3282 $x5771)))
(let (($x4687 (or $x2512 $x6852)))
(not $x4687)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2252 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6290 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x703 (and $x6290 $x2252)))
(let (($x1381 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2722 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3296 (and $x2722 $x1381)))
(let (($x4124 (or $x3296 $x703)))
(not $x4124)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x872 (= 0 (+ 1 |mem1[0]|))))
(let (($x315 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1882 (or $x315 $x872)))
(not $x1882)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4211 (= 0 (+ 1 |mem1[1]|))))
(let (($x1984 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x6757 (or $x1984 $x4211)))
(not $x6757)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x3717 (= 0 (+ 1 |mem1[2]|))))
(let (($x4302 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4528 (or $x4302 $x3717)))
(not $x4528)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x520 (= 0 (+ 1 |mem2[0]|))))
(let (($x1836 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1936 (or $x1836 $x520)))
(not $x1936)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5386 (= 0 (+ 1 |mem2[1]|))))
(let (($x6516 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1508 (or $x6516 $x5386)))
(not $x1508)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x5991 (= 0 (+ 1 |mem2[2]|))))
(let (($x4301 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1141 (or $x4301 $x5991)))
(not $x1141)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4685 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3001 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x578 (and $x3001 $x4685)))
(let (($x6649 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2905 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3738 (and $x2905 $x6649)))
(let (($x6949 (or $x3738 $x578)))
(not $x6949)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4888 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3924 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5470 (and $x3924 $x4888)))
(let (($x447 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6221 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3776 (and $x6221 $x447)))
(let (($x3021 (or $x3776 $x5470)))
(not $x3021)))))))))
(check-sat)
(reset)
; flag: contract output: flag in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x5463 (* 2 |S_b[1]|)))
(let ((?x871 (+ 7 (* 4 |S_b[0]|) ?x5463 |S_b[2]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 8)))))
(let (($x4977 (>= 0 ?x871)))
(let (($x1160 (not $x4977)))
(let (($x5122 (or $x1160 $x4977)))
(not $x5122)))))))
(check-sat)
(reset)
