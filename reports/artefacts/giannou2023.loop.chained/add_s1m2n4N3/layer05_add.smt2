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
 (let ((?x6278 (* 2 |B2[1]|)))
(let ((?x3354 (* 4 |B2[0]|)))
(let ((?x2045 (* 2 |S_b[1]|)))
(let ((?x6598 (* 4 |S_b[0]|)))
(let ((?x1278 (div (div (+ 14 ?x6598 ?x2045 |S_b[2]| ?x3354 ?x6278 |B2[2]|) 2) 4)))
(let ((?x951 (mod ?x1278 2)))
(let ((?x1158 (+ (- 10) ?x6598 ?x2045 |S_b[2]| ?x3354 ?x6278 |B2[2]|)))
(let ((?x637 (ite (< 0 ?x1158) ?x1158 0)))
(let ((?x4496 (+ (- 8) ?x6598 ?x2045 |S_b[2]| ?x3354 ?x6278 |B2[2]|)))
(let ((?x987 (ite (< 0 ?x4496) ?x4496 0)))
(let ((?x386 (+ ?x6598 ?x2045 |S_b[2]| ?x3354 ?x6278 |B2[2]|)))
(let ((?x1176 (ite (< 0 ?x386) ?x386 0)))
(let ((?x6328 (+ (- 2) ?x6598 ?x2045 |S_b[2]| ?x3354 ?x6278 |B2[2]|)))
(let ((?x233 (ite (< 0 ?x6328) ?x6328 0)))
(let ((?x3564 (+ 6 ?x6598 ?x2045 |S_b[2]| ?x3354 ?x6278 |B2[2]|)))
(let ((?x2490 (ite (< 0 ?x3564) ?x3564 0)))
(let ((?x5031 (+ 8 ?x6598 ?x2045 |S_b[2]| ?x3354 ?x6278 |B2[2]|)))
(let ((?x817 (ite (< 0 ?x5031) ?x5031 0)))
(let ((?x5344 (+ ?x817 (* (- 1) ?x2490) ?x233 (* (- 1) ?x1176) ?x987 (* (- 1) ?x637) (* (- 2) ?x951))))
(let (($x5120 (= 0 ?x5344)))
(not $x5120))))))))))))))))))))))
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
 (let ((?x1856 (div (+ 6 (* 2 |S_b[1]|) |S_b[2]| (* 2 |B2[1]|) |B2[2]|) 2)))
(let ((?x960 (mod (div ?x1856 2) 2)))
(let ((?x6278 (* 2 |B2[1]|)))
(let ((?x2045 (* 2 |S_b[1]|)))
(let ((?x5946 (+ (- 4) ?x2045 |S_b[2]| ?x6278 |B2[2]|)))
(let ((?x2156 (ite (< 0 ?x5946) ?x5946 0)))
(let ((?x696 (+ ?x2045 |S_b[2]| ?x6278 |B2[2]|)))
(let ((?x4763 (ite (< 0 ?x696) ?x696 0)))
(let ((?x5195 (+ (- 2) ?x2045 |S_b[2]| ?x6278 |B2[2]|)))
(let ((?x1900 (ite (< 0 ?x5195) ?x5195 0)))
(let ((?x3836 (+ 2 ?x2045 |S_b[2]| ?x6278 |B2[2]|)))
(let ((?x6872 (ite (< 0 ?x3836) ?x3836 0)))
(let ((?x6322 (+ 4 ?x2045 |S_b[2]| ?x6278 |B2[2]|)))
(let ((?x2648 (ite (< 0 ?x6322) ?x6322 0)))
(let (($x5197 (= 0 (+ ?x2648 (* (- 1) ?x6872) ?x1900 (* (- 1) ?x4763) ?x2156 (* (- 2) ?x960)))))
(not $x5197)))))))))))))))))
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
 (let ((?x1531 (mod (div (div (+ 2 |S_b[2]| |B2[2]|) 2) 1) 2)))
(let ((?x6404 (+ |S_b[2]| |B2[2]|)))
(let ((?x3674 (ite (< 0 ?x6404) ?x6404 0)))
(let (($x2394 (= 0 (+ 2 |S_b[2]| |B2[2]| (* (- 2) ?x3674) (* (- 2) ?x1531)))))
(not $x2394))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2895 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2414 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1175 (and $x2414 $x2895)))
(let (($x6936 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x632 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5479 (and $x632 $x6936)))
(let (($x315 (or $x5479 $x1175)))
(not $x315)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1602 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3078 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1257 (and $x3078 $x1602)))
(let (($x2560 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6222 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2282 (and $x6222 $x2560)))
(let (($x2866 (or $x2282 $x1257)))
(not $x2866)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x6602 (= 0 (+ 1 |mem1[0]|))))
(let (($x2177 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x6610 (or $x2177 $x6602)))
(not $x6610)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1412 (= 0 (+ 1 |mem1[1]|))))
(let (($x3504 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x5519 (or $x3504 $x1412)))
(not $x5519)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2217 (= 0 (+ 1 |mem1[2]|))))
(let (($x1189 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1936 (or $x1189 $x2217)))
(not $x1936)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4656 (= 0 (+ 1 |mem2[0]|))))
(let (($x2652 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x306 (or $x2652 $x4656)))
(not $x306)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5659 (= 0 (+ 1 |mem2[1]|))))
(let (($x4554 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3289 (or $x4554 $x5659)))
(not $x3289)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x399 (= 0 (+ 1 |mem2[2]|))))
(let (($x3242 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4422 (or $x3242 $x399)))
(not $x4422)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1464 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2521 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3568 (and $x2521 $x1464)))
(let (($x5209 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5825 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x301 (and $x5825 $x5209)))
(let (($x3844 (or $x301 $x3568)))
(not $x3844)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3878 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4278 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3787 (and $x4278 $x3878)))
(let (($x5997 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1008 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3758 (and $x1008 $x5997)))
(let (($x2288 (or $x3758 $x3787)))
(not $x2288)))))))))
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
 (let ((?x6278 (* 2 |B2[1]|)))
(let ((?x3354 (* 4 |B2[0]|)))
(let ((?x2045 (* 2 |S_b[1]|)))
(let ((?x6598 (* 4 |S_b[0]|)))
(let ((?x1278 (div (div (+ 14 ?x6598 ?x2045 |S_b[2]| ?x3354 ?x6278 |B2[2]|) 2) 4)))
(let ((?x951 (mod ?x1278 2)))
(let (($x4030 (= 0 ?x951)))
(let (($x3226 (= 0 (+ (- 1) ?x951))))
(let (($x6344 (or $x3226 $x4030)))
(not $x6344)))))))))))
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
 (let ((?x1856 (div (+ 6 (* 2 |S_b[1]|) |S_b[2]| (* 2 |B2[1]|) |B2[2]|) 2)))
(let ((?x960 (mod (div ?x1856 2) 2)))
(let (($x2037 (= 0 ?x960)))
(let (($x636 (= 0 (+ (- 1) ?x960))))
(let (($x3532 (or $x636 $x2037)))
(not $x3532)))))))
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
 (let ((?x1531 (mod (div (div (+ 2 |S_b[2]| |B2[2]|) 2) 1) 2)))
(let (($x410 (= 0 ?x1531)))
(let (($x4456 (= 0 (+ (- 1) ?x1531))))
(let (($x3172 (or $x4456 $x410)))
(not $x3172))))))
(check-sat)
(reset)
