; add: S_b[0] at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
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
 (let ((?x2235 (* 2 |B2[3]|)))
(let ((?x909 (* 4 |B2[2]|)))
(let ((?x1000 (* 8 |B2[1]|)))
(let ((?x3581 (* 16 |B2[0]|)))
(let ((?x1836 (* 2 |S_b[3]|)))
(let ((?x2445 (* 4 |S_b[2]|)))
(let ((?x15 (* 8 |S_b[1]|)))
(let ((?x6631 (* 16 |S_b[0]|)))
(let ((?x6391 (div (+ 62 ?x6631 ?x15 ?x2445 ?x1836 |S_b[4]| ?x3581 ?x1000 ?x909 ?x2235 |B2[4]|) 2)))
(let ((?x5032 (mod (div ?x6391 16) 2)))
(let ((?x5051 (+ (- 34) ?x6631 ?x15 ?x2445 ?x1836 |S_b[4]| ?x3581 ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x2215 (ite (< 0 ?x5051) ?x5051 0)))
(let ((?x6984 (+ (- 32) ?x6631 ?x15 ?x2445 ?x1836 |S_b[4]| ?x3581 ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x6036 (ite (< 0 ?x6984) ?x6984 0)))
(let ((?x3322 (+ ?x6631 ?x15 ?x2445 ?x1836 |S_b[4]| ?x3581 ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x679 (ite (< 0 ?x3322) ?x3322 0)))
(let ((?x6467 (+ (- 2) ?x6631 ?x15 ?x2445 ?x1836 |S_b[4]| ?x3581 ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x5329 (ite (< 0 ?x6467) ?x6467 0)))
(let ((?x2342 (+ 30 ?x6631 ?x15 ?x2445 ?x1836 |S_b[4]| ?x3581 ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x2039 (ite (< 0 ?x2342) ?x2342 0)))
(let ((?x7009 (+ 32 ?x6631 ?x15 ?x2445 ?x1836 |S_b[4]| ?x3581 ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x1155 (ite (< 0 ?x7009) ?x7009 0)))
(let ((?x5274 (+ ?x1155 (* (- 1) ?x2039) ?x5329 (* (- 1) ?x679) ?x6036 (* (- 1) ?x2215) (* (- 2) ?x5032))))
(let (($x1562 (= 0 ?x5274)))
(not $x1562))))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[1] at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x2235 (* 2 |B2[3]|)))
(let ((?x909 (* 4 |B2[2]|)))
(let ((?x1000 (* 8 |B2[1]|)))
(let ((?x1836 (* 2 |S_b[3]|)))
(let ((?x2445 (* 4 |S_b[2]|)))
(let ((?x15 (* 8 |S_b[1]|)))
(let ((?x5621 (div (div (+ 30 ?x15 ?x2445 ?x1836 |S_b[4]| ?x1000 ?x909 ?x2235 |B2[4]|) 2) 8)))
(let ((?x5063 (mod ?x5621 2)))
(let ((?x327 (+ (- 18) ?x15 ?x2445 ?x1836 |S_b[4]| ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x6704 (ite (< 0 ?x327) ?x327 0)))
(let ((?x4640 (+ (- 16) ?x15 ?x2445 ?x1836 |S_b[4]| ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x1059 (ite (< 0 ?x4640) ?x4640 0)))
(let ((?x6149 (+ ?x15 ?x2445 ?x1836 |S_b[4]| ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x5100 (ite (< 0 ?x6149) ?x6149 0)))
(let ((?x4349 (+ (- 2) ?x15 ?x2445 ?x1836 |S_b[4]| ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x5759 (ite (< 0 ?x4349) ?x4349 0)))
(let ((?x7006 (+ 14 ?x15 ?x2445 ?x1836 |S_b[4]| ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x6193 (ite (< 0 ?x7006) ?x7006 0)))
(let ((?x1364 (+ 16 ?x15 ?x2445 ?x1836 |S_b[4]| ?x1000 ?x909 ?x2235 |B2[4]|)))
(let ((?x2537 (ite (< 0 ?x1364) ?x1364 0)))
(let ((?x5394 (+ ?x2537 (* (- 1) ?x6193) ?x5759 (* (- 1) ?x5100) ?x1059 (* (- 1) ?x6704) (* (- 2) ?x5063))))
(let (($x4554 (= 0 ?x5394)))
(not $x4554))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[2] at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x2235 (* 2 |B2[3]|)))
(let ((?x909 (* 4 |B2[2]|)))
(let ((?x1836 (* 2 |S_b[3]|)))
(let ((?x2445 (* 4 |S_b[2]|)))
(let ((?x1633 (div (div (+ 14 ?x2445 ?x1836 |S_b[4]| ?x909 ?x2235 |B2[4]|) 2) 4)))
(let ((?x681 (mod ?x1633 2)))
(let ((?x4837 (+ (- 10) ?x2445 ?x1836 |S_b[4]| ?x909 ?x2235 |B2[4]|)))
(let ((?x378 (ite (< 0 ?x4837) ?x4837 0)))
(let ((?x3603 (+ (- 8) ?x2445 ?x1836 |S_b[4]| ?x909 ?x2235 |B2[4]|)))
(let ((?x1222 (ite (< 0 ?x3603) ?x3603 0)))
(let ((?x2988 (+ ?x2445 ?x1836 |S_b[4]| ?x909 ?x2235 |B2[4]|)))
(let ((?x3021 (ite (< 0 ?x2988) ?x2988 0)))
(let ((?x204 (+ (- 2) ?x2445 ?x1836 |S_b[4]| ?x909 ?x2235 |B2[4]|)))
(let ((?x6823 (ite (< 0 ?x204) ?x204 0)))
(let ((?x4776 (+ 6 ?x2445 ?x1836 |S_b[4]| ?x909 ?x2235 |B2[4]|)))
(let ((?x3480 (ite (< 0 ?x4776) ?x4776 0)))
(let ((?x6988 (+ 8 ?x2445 ?x1836 |S_b[4]| ?x909 ?x2235 |B2[4]|)))
(let ((?x292 (ite (< 0 ?x6988) ?x6988 0)))
(let ((?x5240 (+ ?x292 (* (- 1) ?x3480) ?x6823 (* (- 1) ?x3021) ?x1222 (* (- 1) ?x378) (* (- 2) ?x681))))
(let (($x2252 (= 0 ?x5240)))
(not $x2252))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[3] at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x2390 (div (+ 6 (* 2 |S_b[3]|) |S_b[4]| (* 2 |B2[3]|) |B2[4]|) 2)))
(let ((?x3751 (mod (div ?x2390 2) 2)))
(let ((?x2235 (* 2 |B2[3]|)))
(let ((?x1836 (* 2 |S_b[3]|)))
(let ((?x5622 (+ (- 4) ?x1836 |S_b[4]| ?x2235 |B2[4]|)))
(let ((?x6300 (ite (< 0 ?x5622) ?x5622 0)))
(let ((?x3340 (+ ?x1836 |S_b[4]| ?x2235 |B2[4]|)))
(let ((?x2950 (ite (< 0 ?x3340) ?x3340 0)))
(let ((?x2876 (+ (- 2) ?x1836 |S_b[4]| ?x2235 |B2[4]|)))
(let ((?x6376 (ite (< 0 ?x2876) ?x2876 0)))
(let ((?x3819 (+ 2 ?x1836 |S_b[4]| ?x2235 |B2[4]|)))
(let ((?x431 (ite (< 0 ?x3819) ?x3819 0)))
(let ((?x4221 (+ 4 ?x1836 |S_b[4]| ?x2235 |B2[4]|)))
(let ((?x4072 (ite (< 0 ?x4221) ?x4221 0)))
(let (($x4259 (= 0 (+ ?x4072 (* (- 1) ?x431) ?x6376 (* (- 1) ?x2950) ?x6300 (* (- 2) ?x3751)))))
(not $x4259)))))))))))))))))
(check-sat)
(reset)
; add: S_b[4] at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x5143 (mod (div (div (+ 2 |S_b[4]| |B2[4]|) 2) 1) 2)))
(let ((?x2170 (+ |S_b[4]| |B2[4]|)))
(let ((?x5791 (ite (< 0 ?x2170) ?x2170 0)))
(let (($x1217 (= 0 (+ 2 |S_b[4]| |B2[4]| (* (- 2) ?x5791) (* (- 2) ?x5143)))))
(not $x1217))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3084 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5112 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4277 (and $x5112 $x3084)))
(let (($x4462 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2281 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6998 (and $x2281 $x4462)))
(let (($x6364 (or $x6998 $x4277)))
(not $x6364)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x5594 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4798 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2334 (and $x4798 $x5594)))
(let (($x3724 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x176 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x962 (and $x176 $x3724)))
(let (($x3043 (or $x962 $x2334)))
(not $x3043)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x6163 (= 0 (+ 1 |mem1[0]|))))
(let (($x6787 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1795 (or $x6787 $x6163)))
(not $x1795)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1725 (= 0 (+ 1 |mem1[1]|))))
(let (($x2225 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x5206 (or $x2225 $x1725)))
(not $x5206)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1063 (= 0 (+ 1 |mem1[2]|))))
(let (($x3336 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1813 (or $x3336 $x1063)))
(not $x1813)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x556 (= 0 (+ 1 |mem1[3]|))))
(let (($x1673 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1667 (or $x1673 $x556)))
(not $x1667)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x3086 (= 0 (+ 1 |mem1[4]|))))
(let (($x1849 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x3287 (or $x1849 $x3086)))
(not $x3287)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x365 (= 0 (+ 1 |mem2[0]|))))
(let (($x2741 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3222 (or $x2741 $x365)))
(not $x3222)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4116 (= 0 (+ 1 |mem2[1]|))))
(let (($x6556 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x6168 (or $x6556 $x4116)))
(not $x6168)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x996 (= 0 (+ 1 |mem2[2]|))))
(let (($x4504 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x7030 (or $x4504 $x996)))
(not $x7030)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x5238 (= 0 (+ 1 |mem2[3]|))))
(let (($x873 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2624 (or $x873 $x5238)))
(not $x2624)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x476 (= 0 (+ 1 |mem2[4]|))))
(let (($x489 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x3320 (or $x489 $x476)))
(not $x3320)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x714 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x930 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1297 (and $x930 $x714)))
(let (($x6573 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1040 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5881 (and $x1040 $x6573)))
(let (($x5471 (or $x5881 $x1297)))
(not $x5471)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x6216 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1416 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3539 (and $x1416 $x6216)))
(let (($x6403 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2321 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6549 (and $x2321 $x6403)))
(let (($x3008 (or $x6549 $x3539)))
(not $x3008)))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
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
 (let ((?x2235 (* 2 |B2[3]|)))
(let ((?x909 (* 4 |B2[2]|)))
(let ((?x1000 (* 8 |B2[1]|)))
(let ((?x3581 (* 16 |B2[0]|)))
(let ((?x1836 (* 2 |S_b[3]|)))
(let ((?x2445 (* 4 |S_b[2]|)))
(let ((?x15 (* 8 |S_b[1]|)))
(let ((?x6631 (* 16 |S_b[0]|)))
(let ((?x6391 (div (+ 62 ?x6631 ?x15 ?x2445 ?x1836 |S_b[4]| ?x3581 ?x1000 ?x909 ?x2235 |B2[4]|) 2)))
(let ((?x5032 (mod (div ?x6391 16) 2)))
(let (($x5362 (= 0 ?x5032)))
(let (($x285 (= 0 (+ (- 1) ?x5032))))
(let (($x260 (or $x285 $x5362)))
(not $x260)))))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x2235 (* 2 |B2[3]|)))
(let ((?x909 (* 4 |B2[2]|)))
(let ((?x1000 (* 8 |B2[1]|)))
(let ((?x1836 (* 2 |S_b[3]|)))
(let ((?x2445 (* 4 |S_b[2]|)))
(let ((?x15 (* 8 |S_b[1]|)))
(let ((?x5621 (div (div (+ 30 ?x15 ?x2445 ?x1836 |S_b[4]| ?x1000 ?x909 ?x2235 |B2[4]|) 2) 8)))
(let ((?x5063 (mod ?x5621 2)))
(let (($x2752 (= 0 ?x5063)))
(let (($x3278 (= 0 (+ (- 1) ?x5063))))
(let (($x504 (or $x3278 $x2752)))
(not $x504)))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x2235 (* 2 |B2[3]|)))
(let ((?x909 (* 4 |B2[2]|)))
(let ((?x1836 (* 2 |S_b[3]|)))
(let ((?x2445 (* 4 |S_b[2]|)))
(let ((?x1633 (div (div (+ 14 ?x2445 ?x1836 |S_b[4]| ?x909 ?x2235 |B2[4]|) 2) 4)))
(let ((?x681 (mod ?x1633 2)))
(let (($x2925 (= 0 ?x681)))
(let (($x163 (= 0 (+ (- 1) ?x681))))
(let (($x3264 (or $x163 $x2925)))
(not $x3264)))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x2390 (div (+ 6 (* 2 |S_b[3]|) |S_b[4]| (* 2 |B2[3]|) |B2[4]|) 2)))
(let ((?x3751 (mod (div ?x2390 2) 2)))
(let (($x4687 (= 0 ?x3751)))
(let (($x3014 (= 0 (+ (- 1) ?x3751))))
(let (($x3040 (or $x3014 $x4687)))
(not $x3040)))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x5143 (mod (div (div (+ 2 |S_b[4]| |B2[4]|) 2) 1) 2)))
(let (($x4555 (= 0 ?x5143)))
(let (($x4295 (= 0 (+ (- 1) ?x5143))))
(let (($x119 (or $x4295 $x4555)))
(not $x119))))))
(check-sat)
(reset)
