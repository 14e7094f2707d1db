; add: S_b[0] at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
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
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
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
 (let ((?x814 (* 2 |B2[4]|)))
(let ((?x561 (* 4 |B2[3]|)))
(let ((?x2216 (* 8 |B2[2]|)))
(let ((?x771 (* 16 |B2[1]|)))
(let ((?x1118 (* 32 |B2[0]|)))
(let ((?x399 (* 2 |S_b[4]|)))
(let ((?x2471 (* 4 |S_b[3]|)))
(let ((?x314 (* 8 |S_b[2]|)))
(let ((?x1544 (* 16 |S_b[1]|)))
(let ((?x51 (* 32 |S_b[0]|)))
(let ((?x2941 (+ 126 ?x51 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x1118 ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x2903 (mod (div (div ?x2941 2) 32) 2)))
(let ((?x2680 (+ (- 66) ?x51 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x1118 ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x3001 (ite (< 0 ?x2680) ?x2680 0)))
(let ((?x4285 (+ (- 64) ?x51 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x1118 ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x1430 (ite (< 0 ?x4285) ?x4285 0)))
(let ((?x3756 (+ ?x51 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x1118 ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x4376 (ite (< 0 ?x3756) ?x3756 0)))
(let ((?x536 (+ (- 2) ?x51 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x1118 ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x431 (ite (< 0 ?x536) ?x536 0)))
(let ((?x5305 (+ 62 ?x51 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x1118 ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x4462 (ite (< 0 ?x5305) ?x5305 0)))
(let ((?x615 (+ 64 ?x51 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x1118 ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x5306 (ite (< 0 ?x615) ?x615 0)))
(let ((?x1588 (+ ?x5306 (* (- 1) ?x4462) ?x431 (* (- 1) ?x4376) ?x1430 (* (- 1) ?x3001) (* (- 2) ?x2903))))
(let (($x406 (= 0 ?x1588)))
(not $x406))))))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[1] at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
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
 (let ((?x814 (* 2 |B2[4]|)))
(let ((?x561 (* 4 |B2[3]|)))
(let ((?x2216 (* 8 |B2[2]|)))
(let ((?x771 (* 16 |B2[1]|)))
(let ((?x399 (* 2 |S_b[4]|)))
(let ((?x2471 (* 4 |S_b[3]|)))
(let ((?x314 (* 8 |S_b[2]|)))
(let ((?x1544 (* 16 |S_b[1]|)))
(let ((?x3317 (div (+ 62 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x771 ?x2216 ?x561 ?x814 |B2[5]|) 2)))
(let ((?x2515 (mod (div ?x3317 16) 2)))
(let ((?x1670 (+ (- 34) ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x1633 (ite (< 0 ?x1670) ?x1670 0)))
(let ((?x1467 (+ (- 32) ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x1256 (ite (< 0 ?x1467) ?x1467 0)))
(let ((?x4272 (+ ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x602 (ite (< 0 ?x4272) ?x4272 0)))
(let ((?x1164 (+ (- 2) ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x4575 (ite (< 0 ?x1164) ?x1164 0)))
(let ((?x413 (+ 30 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x4980 (ite (< 0 ?x413) ?x413 0)))
(let ((?x1812 (+ 32 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x2188 (ite (< 0 ?x1812) ?x1812 0)))
(let ((?x4254 (+ ?x2188 (* (- 1) ?x4980) ?x4575 (* (- 1) ?x602) ?x1256 (* (- 1) ?x1633) (* (- 2) ?x2515))))
(let (($x5100 (= 0 ?x4254)))
(not $x5100))))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[2] at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x814 (* 2 |B2[4]|)))
(let ((?x561 (* 4 |B2[3]|)))
(let ((?x2216 (* 8 |B2[2]|)))
(let ((?x399 (* 2 |S_b[4]|)))
(let ((?x2471 (* 4 |S_b[3]|)))
(let ((?x314 (* 8 |S_b[2]|)))
(let ((?x2511 (div (div (+ 30 ?x314 ?x2471 ?x399 |S_b[5]| ?x2216 ?x561 ?x814 |B2[5]|) 2) 8)))
(let ((?x4669 (mod ?x2511 2)))
(let ((?x628 (+ (- 18) ?x314 ?x2471 ?x399 |S_b[5]| ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x3708 (ite (< 0 ?x628) ?x628 0)))
(let ((?x5057 (+ (- 16) ?x314 ?x2471 ?x399 |S_b[5]| ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x297 (ite (< 0 ?x5057) ?x5057 0)))
(let ((?x6583 (+ ?x314 ?x2471 ?x399 |S_b[5]| ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x161 (ite (< 0 ?x6583) ?x6583 0)))
(let ((?x6376 (+ (- 2) ?x314 ?x2471 ?x399 |S_b[5]| ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x4478 (ite (< 0 ?x6376) ?x6376 0)))
(let ((?x2662 (+ 14 ?x314 ?x2471 ?x399 |S_b[5]| ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x5431 (ite (< 0 ?x2662) ?x2662 0)))
(let ((?x4722 (+ 16 ?x314 ?x2471 ?x399 |S_b[5]| ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x1384 (ite (< 0 ?x4722) ?x4722 0)))
(let ((?x1780 (+ ?x1384 (* (- 1) ?x5431) ?x4478 (* (- 1) ?x161) ?x297 (* (- 1) ?x3708) (* (- 2) ?x4669))))
(let (($x4583 (= 0 ?x1780)))
(not $x4583))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[3] at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x814 (* 2 |B2[4]|)))
(let ((?x561 (* 4 |B2[3]|)))
(let ((?x399 (* 2 |S_b[4]|)))
(let ((?x2471 (* 4 |S_b[3]|)))
(let ((?x4348 (div (div (+ 14 ?x2471 ?x399 |S_b[5]| ?x561 ?x814 |B2[5]|) 2) 4)))
(let ((?x5024 (mod ?x4348 2)))
(let ((?x5493 (+ (- 10) ?x2471 ?x399 |S_b[5]| ?x561 ?x814 |B2[5]|)))
(let ((?x6267 (ite (< 0 ?x5493) ?x5493 0)))
(let ((?x183 (+ (- 8) ?x2471 ?x399 |S_b[5]| ?x561 ?x814 |B2[5]|)))
(let ((?x3322 (ite (< 0 ?x183) ?x183 0)))
(let ((?x962 (+ ?x2471 ?x399 |S_b[5]| ?x561 ?x814 |B2[5]|)))
(let ((?x328 (ite (< 0 ?x962) ?x962 0)))
(let ((?x5900 (+ (- 2) ?x2471 ?x399 |S_b[5]| ?x561 ?x814 |B2[5]|)))
(let ((?x847 (ite (< 0 ?x5900) ?x5900 0)))
(let ((?x6276 (+ 6 ?x2471 ?x399 |S_b[5]| ?x561 ?x814 |B2[5]|)))
(let ((?x3329 (ite (< 0 ?x6276) ?x6276 0)))
(let ((?x218 (+ 8 ?x2471 ?x399 |S_b[5]| ?x561 ?x814 |B2[5]|)))
(let ((?x5881 (ite (< 0 ?x218) ?x218 0)))
(let ((?x2993 (+ ?x5881 (* (- 1) ?x3329) ?x847 (* (- 1) ?x328) ?x3322 (* (- 1) ?x6267) (* (- 2) ?x5024))))
(let (($x3967 (= 0 ?x2993)))
(not $x3967))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[4] at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x5775 (div (+ 6 (* 2 |S_b[4]|) |S_b[5]| (* 2 |B2[4]|) |B2[5]|) 2)))
(let ((?x1606 (mod (div ?x5775 2) 2)))
(let ((?x814 (* 2 |B2[4]|)))
(let ((?x399 (* 2 |S_b[4]|)))
(let ((?x5315 (+ (- 4) ?x399 |S_b[5]| ?x814 |B2[5]|)))
(let ((?x5165 (ite (< 0 ?x5315) ?x5315 0)))
(let ((?x3901 (+ ?x399 |S_b[5]| ?x814 |B2[5]|)))
(let ((?x3045 (ite (< 0 ?x3901) ?x3901 0)))
(let ((?x2160 (+ (- 2) ?x399 |S_b[5]| ?x814 |B2[5]|)))
(let ((?x2050 (ite (< 0 ?x2160) ?x2160 0)))
(let ((?x6187 (+ 2 ?x399 |S_b[5]| ?x814 |B2[5]|)))
(let ((?x5432 (ite (< 0 ?x6187) ?x6187 0)))
(let ((?x4052 (+ 4 ?x399 |S_b[5]| ?x814 |B2[5]|)))
(let ((?x2212 (ite (< 0 ?x4052) ?x4052 0)))
(let (($x3102 (= 0 (+ ?x2212 (* (- 1) ?x5432) ?x2050 (* (- 1) ?x3045) ?x5165 (* (- 2) ?x1606)))))
(not $x3102)))))))))))))))))
(check-sat)
(reset)
; add: S_b[5] at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x6266 (mod (div (div (+ 2 |S_b[5]| |B2[5]|) 2) 1) 2)))
(let ((?x5929 (+ |S_b[5]| |B2[5]|)))
(let ((?x5840 (ite (< 0 ?x5929) ?x5929 0)))
(let (($x3336 (= 0 (+ 2 |S_b[5]| |B2[5]| (* (- 2) ?x5840) (* (- 2) ?x6266)))))
(not $x3336))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x803 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x745 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1797 (and $x745 $x803)))
(let (($x5054 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6405 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5386 (and $x6405 $x5054)))
(let (($x5670 (or $x5386 $x1797)))
(not $x5670)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1303 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4332 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4115 (and $x4332 $x1303)))
(let (($x6476 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x883 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5594 (and $x883 $x6476)))
(let (($x4019 (or $x5594 $x4115)))
(not $x4019)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2988 (= 0 (+ 1 |mem1[0]|))))
(let (($x4156 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x5084 (or $x4156 $x2988)))
(not $x5084)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1186 (= 0 (+ 1 |mem1[1]|))))
(let (($x5034 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x6793 (or $x5034 $x1186)))
(not $x6793)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x5362 (= 0 (+ 1 |mem1[2]|))))
(let (($x4832 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x6861 (or $x4832 $x5362)))
(not $x6861)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x416 (= 0 (+ 1 |mem1[3]|))))
(let (($x3238 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x356 (or $x3238 $x416)))
(not $x356)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x5369 (= 0 (+ 1 |mem1[4]|))))
(let (($x6445 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4529 (or $x6445 $x5369)))
(not $x4529)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x119 (= 0 (+ 1 |mem1[5]|))))
(let (($x1391 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x623 (or $x1391 $x119)))
(not $x623)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1395 (= 0 (+ 1 |mem2[0]|))))
(let (($x5143 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5260 (or $x5143 $x1395)))
(not $x5260)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2329 (= 0 (+ 1 |mem2[1]|))))
(let (($x1687 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5555 (or $x1687 $x2329)))
(not $x5555)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1094 (= 0 (+ 1 |mem2[2]|))))
(let (($x6063 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2153 (or $x6063 $x1094)))
(not $x2153)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1199 (= 0 (+ 1 |mem2[3]|))))
(let (($x3944 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2625 (or $x3944 $x1199)))
(not $x2625)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x3249 (= 0 (+ 1 |mem2[4]|))))
(let (($x1155 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1820 (or $x1155 $x3249)))
(not $x1820)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x2090 (= 0 (+ 1 |mem2[5]|))))
(let (($x871 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x7030 (or $x871 $x2090)))
(not $x7030)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5263 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1000 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1273 (and $x1000 $x5263)))
(let (($x6194 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6715 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3728 (and $x6715 $x6194)))
(let (($x5358 (or $x3728 $x1273)))
(not $x5358)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x397 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2502 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5633 (and $x2502 $x397)))
(let (($x6336 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5415 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6210 (and $x5415 $x6336)))
(let (($x6238 (or $x6210 $x5633)))
(not $x6238)))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
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
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
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
 (let ((?x814 (* 2 |B2[4]|)))
(let ((?x561 (* 4 |B2[3]|)))
(let ((?x2216 (* 8 |B2[2]|)))
(let ((?x771 (* 16 |B2[1]|)))
(let ((?x1118 (* 32 |B2[0]|)))
(let ((?x399 (* 2 |S_b[4]|)))
(let ((?x2471 (* 4 |S_b[3]|)))
(let ((?x314 (* 8 |S_b[2]|)))
(let ((?x1544 (* 16 |S_b[1]|)))
(let ((?x51 (* 32 |S_b[0]|)))
(let ((?x2941 (+ 126 ?x51 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x1118 ?x771 ?x2216 ?x561 ?x814 |B2[5]|)))
(let ((?x2903 (mod (div (div ?x2941 2) 32) 2)))
(let (($x3440 (= 0 ?x2903)))
(let (($x3251 (= 0 (+ (- 1) ?x2903))))
(let (($x6988 (or $x3251 $x3440)))
(not $x6988)))))))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
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
 (let ((?x814 (* 2 |B2[4]|)))
(let ((?x561 (* 4 |B2[3]|)))
(let ((?x2216 (* 8 |B2[2]|)))
(let ((?x771 (* 16 |B2[1]|)))
(let ((?x399 (* 2 |S_b[4]|)))
(let ((?x2471 (* 4 |S_b[3]|)))
(let ((?x314 (* 8 |S_b[2]|)))
(let ((?x1544 (* 16 |S_b[1]|)))
(let ((?x3317 (div (+ 62 ?x1544 ?x314 ?x2471 ?x399 |S_b[5]| ?x771 ?x2216 ?x561 ?x814 |B2[5]|) 2)))
(let ((?x2515 (mod (div ?x3317 16) 2)))
(let (($x1562 (= 0 ?x2515)))
(let (($x4752 (= 0 (+ (- 1) ?x2515))))
(let (($x4499 (or $x4752 $x1562)))
(not $x4499)))))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x814 (* 2 |B2[4]|)))
(let ((?x561 (* 4 |B2[3]|)))
(let ((?x2216 (* 8 |B2[2]|)))
(let ((?x399 (* 2 |S_b[4]|)))
(let ((?x2471 (* 4 |S_b[3]|)))
(let ((?x314 (* 8 |S_b[2]|)))
(let ((?x2511 (div (div (+ 30 ?x314 ?x2471 ?x399 |S_b[5]| ?x2216 ?x561 ?x814 |B2[5]|) 2) 8)))
(let ((?x4669 (mod ?x2511 2)))
(let (($x5075 (= 0 ?x4669)))
(let (($x1971 (= 0 (+ (- 1) ?x4669))))
(let (($x1423 (or $x1971 $x5075)))
(not $x1423)))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x814 (* 2 |B2[4]|)))
(let ((?x561 (* 4 |B2[3]|)))
(let ((?x399 (* 2 |S_b[4]|)))
(let ((?x2471 (* 4 |S_b[3]|)))
(let ((?x4348 (div (div (+ 14 ?x2471 ?x399 |S_b[5]| ?x561 ?x814 |B2[5]|) 2) 4)))
(let ((?x5024 (mod ?x4348 2)))
(let (($x3084 (= 0 ?x5024)))
(let (($x6305 (= 0 (+ (- 1) ?x5024))))
(let (($x3231 (or $x6305 $x3084)))
(not $x3231)))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x5775 (div (+ 6 (* 2 |S_b[4]|) |S_b[5]| (* 2 |B2[4]|) |B2[5]|) 2)))
(let ((?x1606 (mod (div ?x5775 2) 2)))
(let (($x5342 (= 0 ?x1606)))
(let (($x5113 (= 0 (+ (- 1) ?x1606))))
(let (($x1833 (or $x5113 $x5342)))
(not $x1833)))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x6266 (mod (div (div (+ 2 |S_b[5]| |B2[5]|) 2) 1) 2)))
(let (($x4073 (= 0 ?x6266)))
(let (($x1846 (= 0 (+ (- 1) ?x6266))))
(let (($x6485 (or $x1846 $x4073)))
(not $x6485))))))
(check-sat)
(reset)
