; add: S_b[0] at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x2923 (* 2 |B2[1]|)))
(let ((?x77 (* 4 |B2[0]|)))
(let ((?x1504 (* 2 |S_b[1]|)))
(let ((?x3606 (* 4 |S_b[0]|)))
(let ((?x4724 (div (div (+ 14 ?x3606 ?x1504 |S_b[2]| ?x77 ?x2923 |B2[2]|) 2) 4)))
(let ((?x2092 (mod ?x4724 2)))
(let ((?x2894 (+ (- 10) ?x3606 ?x1504 |S_b[2]| ?x77 ?x2923 |B2[2]|)))
(let ((?x4782 (ite (< 0 ?x2894) ?x2894 0)))
(let ((?x1995 (+ (- 8) ?x3606 ?x1504 |S_b[2]| ?x77 ?x2923 |B2[2]|)))
(let ((?x424 (ite (< 0 ?x1995) ?x1995 0)))
(let ((?x1080 (+ ?x3606 ?x1504 |S_b[2]| ?x77 ?x2923 |B2[2]|)))
(let ((?x4092 (ite (< 0 ?x1080) ?x1080 0)))
(let ((?x1558 (+ (- 2) ?x3606 ?x1504 |S_b[2]| ?x77 ?x2923 |B2[2]|)))
(let ((?x1244 (ite (< 0 ?x1558) ?x1558 0)))
(let ((?x3568 (+ 6 ?x3606 ?x1504 |S_b[2]| ?x77 ?x2923 |B2[2]|)))
(let ((?x2555 (ite (< 0 ?x3568) ?x3568 0)))
(let ((?x1653 (+ 8 ?x3606 ?x1504 |S_b[2]| ?x77 ?x2923 |B2[2]|)))
(let ((?x2840 (ite (< 0 ?x1653) ?x1653 0)))
(let ((?x3705 (+ ?x2840 (* (- 1) ?x2555) ?x1244 (* (- 1) ?x4092) ?x424 (* (- 1) ?x4782) (* (- 2) ?x2092))))
(let (($x1245 (= 0 ?x3705)))
(not $x1245))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[1] at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x2117 (div (+ 6 (* 2 |S_b[1]|) |S_b[2]| (* 2 |B2[1]|) |B2[2]|) 2)))
(let ((?x408 (mod (div ?x2117 2) 2)))
(let ((?x2923 (* 2 |B2[1]|)))
(let ((?x1504 (* 2 |S_b[1]|)))
(let ((?x4405 (+ (- 4) ?x1504 |S_b[2]| ?x2923 |B2[2]|)))
(let ((?x1841 (ite (< 0 ?x4405) ?x4405 0)))
(let ((?x4490 (+ ?x1504 |S_b[2]| ?x2923 |B2[2]|)))
(let ((?x661 (ite (< 0 ?x4490) ?x4490 0)))
(let ((?x590 (+ (- 2) ?x1504 |S_b[2]| ?x2923 |B2[2]|)))
(let ((?x2113 (ite (< 0 ?x590) ?x590 0)))
(let ((?x1837 (+ 2 ?x1504 |S_b[2]| ?x2923 |B2[2]|)))
(let ((?x5434 (ite (< 0 ?x1837) ?x1837 0)))
(let ((?x5505 (+ 4 ?x1504 |S_b[2]| ?x2923 |B2[2]|)))
(let ((?x2346 (ite (< 0 ?x5505) ?x5505 0)))
(let (($x3560 (= 0 (+ ?x2346 (* (- 1) ?x5434) ?x2113 (* (- 1) ?x661) ?x1841 (* (- 2) ?x408)))))
(not $x3560)))))))))))))))))
(check-sat)
(reset)
; add: S_b[2] at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x4862 (mod (div (div (+ 2 |S_b[2]| |B2[2]|) 2) 1) 2)))
(let ((?x4450 (+ |S_b[2]| |B2[2]|)))
(let ((?x4486 (ite (< 0 ?x4450) ?x4450 0)))
(let (($x2750 (= 0 (+ 2 |S_b[2]| |B2[2]| (* (- 2) ?x4486) (* (- 2) ?x4862)))))
(not $x2750))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4673 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5185 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5540 (and $x5185 $x4673)))
(let (($x922 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3872 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2955 (and $x3872 $x922)))
(let (($x3038 (or $x2955 $x5540)))
(not $x3038)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3489 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x610 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x40 (and $x610 $x3489)))
(let (($x4447 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5376 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x52 (and $x5376 $x4447)))
(let (($x283 (or $x52 $x40)))
(not $x283)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x619 (= 0 (+ 1 |mem1[0]|))))
(let (($x1200 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3961 (or $x1200 $x619)))
(not $x3961)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x3351 (= 0 (+ 1 |mem1[1]|))))
(let (($x2424 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4245 (or $x2424 $x3351)))
(not $x4245)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4075 (= 0 (+ 1 |mem1[2]|))))
(let (($x2953 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4044 (or $x2953 $x4075)))
(not $x4044)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x5080 (= 0 (+ 1 |mem2[0]|))))
(let (($x4699 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1432 (or $x4699 $x5080)))
(not $x1432)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3346 (= 0 (+ 1 |mem2[1]|))))
(let (($x420 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x86 (or $x420 $x3346)))
(not $x86)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2208 (= 0 (+ 1 |mem2[2]|))))
(let (($x1985 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2416 (or $x1985 $x2208)))
(not $x2416)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5248 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3049 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x173 (and $x3049 $x5248)))
(let (($x356 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x488 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2650 (and $x488 $x356)))
(let (($x772 (or $x2650 $x173)))
(not $x772)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5589 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x459 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2453 (and $x459 $x5589)))
(let (($x550 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4710 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x594 (and $x4710 $x550)))
(let (($x531 (or $x594 $x2453)))
(not $x531)))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x2923 (* 2 |B2[1]|)))
(let ((?x77 (* 4 |B2[0]|)))
(let ((?x1504 (* 2 |S_b[1]|)))
(let ((?x3606 (* 4 |S_b[0]|)))
(let ((?x4724 (div (div (+ 14 ?x3606 ?x1504 |S_b[2]| ?x77 ?x2923 |B2[2]|) 2) 4)))
(let ((?x2092 (mod ?x4724 2)))
(let (($x5087 (= 0 ?x2092)))
(let (($x4640 (= 0 (+ (- 1) ?x2092))))
(let (($x5150 (or $x4640 $x5087)))
(not $x5150)))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x2117 (div (+ 6 (* 2 |S_b[1]|) |S_b[2]| (* 2 |B2[1]|) |B2[2]|) 2)))
(let ((?x408 (mod (div ?x2117 2) 2)))
(let (($x721 (= 0 ?x408)))
(let (($x3087 (= 0 (+ (- 1) ?x408))))
(let (($x3364 (or $x3087 $x721)))
(not $x3364)))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x4862 (mod (div (div (+ 2 |S_b[2]| |B2[2]|) 2) 1) 2)))
(let (($x236 (= 0 ?x4862)))
(let (($x233 (= 0 (+ (- 1) ?x4862))))
(let (($x3737 (or $x233 $x236)))
(not $x3737))))))
(check-sat)
(reset)
