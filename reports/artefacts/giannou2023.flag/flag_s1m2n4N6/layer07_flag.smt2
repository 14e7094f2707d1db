; flag: S_a.flag[0] at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x4600 (* 2 |S_b[4]|)))
(let ((?x5138 (+ 63 (* 32 |S_b[0]|) (* 16 |S_b[1]|) (* 8 |S_b[2]|) (* 4 |S_b[3]|) ?x4600 |S_b[5]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 64)))))
(let (($x3900 (>= 0 ?x5138)))
(let ((?x17 (ite $x3900 1 0)))
(let ((?x1370 (+ 5 |S_b[0]| |S_b[1]| |S_b[2]| |S_b[3]| |S_b[4]| |S_b[5]|)))
(let ((?x2388 (ite (< 0 ?x1370) ?x1370 0)))
(let ((?x1350 (+ 9 |S_b[0]| (* 2 |S_b[1]|) (* 2 |S_b[2]|) (* 2 |S_b[3]|) ?x4600 (* 2 |S_b[5]|) (* (- 2) ?x2388) (* 2 ?x17))))
(let (($x4453 (= 0 ?x1350)))
(not $x4453))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5195 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x135 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x837 (and $x135 $x5195)))
(let (($x1352 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5179 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4513 (and $x5179 $x1352)))
(let (($x2173 (or $x4513 $x837)))
(not $x2173)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x5100 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1644 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x437 (and $x1644 $x5100)))
(let (($x5315 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4158 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x990 (and $x4158 $x5315)))
(let (($x1349 (or $x990 $x437)))
(not $x1349)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3194 (= 0 (+ 1 |mem1[0]|))))
(let (($x5437 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4115 (or $x5437 $x3194)))
(not $x4115)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2349 (= 0 (+ 1 |mem1[1]|))))
(let (($x4546 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1246 (or $x4546 $x2349)))
(not $x1246)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4471 (= 0 (+ 1 |mem1[2]|))))
(let (($x1394 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x16 (or $x1394 $x4471)))
(not $x16)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2792 (= 0 (+ 1 |mem1[3]|))))
(let (($x3235 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2753 (or $x3235 $x2792)))
(not $x2753)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x1199 (= 0 (+ 1 |mem1[4]|))))
(let (($x3176 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x3440 (or $x3176 $x1199)))
(not $x3440)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x5197 (= 0 (+ 1 |mem1[5]|))))
(let (($x294 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x3152 (or $x294 $x5197)))
(not $x3152)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1667 (= 0 (+ 1 |mem2[0]|))))
(let (($x15 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4367 (or $x15 $x1667)))
(not $x4367)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2573 (= 0 (+ 1 |mem2[1]|))))
(let (($x3771 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x808 (or $x3771 $x2573)))
(not $x808)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x499 (= 0 (+ 1 |mem2[2]|))))
(let (($x4606 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2709 (or $x4606 $x499)))
(not $x2709)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x3190 (= 0 (+ 1 |mem2[3]|))))
(let (($x3762 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1675 (or $x3762 $x3190)))
(not $x1675)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x3486 (= 0 (+ 1 |mem2[4]|))))
(let (($x1594 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x733 (or $x1594 $x3486)))
(not $x733)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x1422 (= 0 (+ 1 |mem2[5]|))))
(let (($x4731 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x3530 (or $x4731 $x1422)))
(not $x3530)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3731 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5494 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4702 (and $x5494 $x3731)))
(let (($x4529 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1552 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x490 (and $x1552 $x4529)))
(let (($x617 (or $x490 $x4702)))
(not $x617)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2543 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1374 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1140 (and $x1374 $x2543)))
(let (($x1432 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2478 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1170 (and $x2478 $x1432)))
(let (($x2970 (or $x1170 $x1140)))
(not $x2970)))))))))
(check-sat)
(reset)
; flag: contract output: flag in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x4600 (* 2 |S_b[4]|)))
(let ((?x5138 (+ 63 (* 32 |S_b[0]|) (* 16 |S_b[1]|) (* 8 |S_b[2]|) (* 4 |S_b[3]|) ?x4600 |S_b[5]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 64)))))
(let (($x3900 (>= 0 ?x5138)))
(let (($x2166 (not $x3900)))
(let (($x3931 (or $x2166 $x3900)))
(not $x3931)))))))
(check-sat)
(reset)
