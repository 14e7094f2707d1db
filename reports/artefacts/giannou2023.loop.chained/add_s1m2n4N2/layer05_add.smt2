; add: S_b[0] at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let ((?x828 (div (+ 6 (* 2 |S_b[0]|) |S_b[1]| (* 2 |B2[0]|) |B2[1]|) 2)))
(let ((?x3262 (mod (div ?x828 2) 2)))
(let ((?x2826 (* 2 |B2[0]|)))
(let ((?x326 (* 2 |S_b[0]|)))
(let ((?x2836 (+ (- 4) ?x326 |S_b[1]| ?x2826 |B2[1]|)))
(let ((?x1250 (ite (< 0 ?x2836) ?x2836 0)))
(let ((?x2805 (+ ?x326 |S_b[1]| ?x2826 |B2[1]|)))
(let ((?x3739 (ite (< 0 ?x2805) ?x2805 0)))
(let ((?x2610 (+ (- 2) ?x326 |S_b[1]| ?x2826 |B2[1]|)))
(let ((?x2606 (ite (< 0 ?x2610) ?x2610 0)))
(let ((?x193 (+ 2 ?x326 |S_b[1]| ?x2826 |B2[1]|)))
(let ((?x2970 (ite (< 0 ?x193) ?x193 0)))
(let ((?x63 (+ 4 ?x326 |S_b[1]| ?x2826 |B2[1]|)))
(let ((?x989 (ite (< 0 ?x63) ?x63 0)))
(let (($x4927 (= 0 (+ ?x989 (* (- 1) ?x2970) ?x2606 (* (- 1) ?x3739) ?x1250 (* (- 2) ?x3262)))))
(not $x4927)))))))))))))))))
(check-sat)
(reset)
; add: S_b[1] at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let ((?x1859 (mod (div (div (+ 2 |S_b[1]| |B2[1]|) 2) 1) 2)))
(let ((?x4386 (+ |S_b[1]| |B2[1]|)))
(let ((?x2922 (ite (< 0 ?x4386) ?x4386 0)))
(let (($x1532 (= 0 (+ 2 |S_b[1]| |B2[1]| (* (- 2) ?x2922) (* (- 2) ?x1859)))))
(not $x1532))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3141 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1901 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x931 (and $x1901 $x3141)))
(let (($x835 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3771 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2952 (and $x3771 $x835)))
(let (($x4188 (or $x2952 $x931)))
(not $x4188)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2895 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4496 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x291 (and $x4496 $x2895)))
(let (($x3347 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1669 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4254 (and $x1669 $x3347)))
(let (($x3637 (or $x4254 $x291)))
(not $x3637)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1251 (= 0 (+ 1 |mem1[0]|))))
(let (($x1255 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x286 (or $x1255 $x1251)))
(not $x286)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2652 (= 0 (+ 1 |mem1[1]|))))
(let (($x1247 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3934 (or $x1247 $x2652)))
(not $x3934)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2656 (= 0 (+ 1 |mem2[0]|))))
(let (($x2349 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1548 (or $x2349 $x2656)))
(not $x1548)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1187 (= 0 (+ 1 |mem2[1]|))))
(let (($x4755 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4280 (or $x4755 $x1187)))
(not $x4280)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x592 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3308 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1266 (and $x3308 $x592)))
(let (($x2429 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1357 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2985 (and $x1357 $x2429)))
(let (($x1164 (or $x2985 $x1266)))
(not $x1164)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2051 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1123 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x341 (and $x1123 $x2051)))
(let (($x2638 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2944 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1822 (and $x2944 $x2638)))
(let (($x5147 (or $x1822 $x341)))
(not $x5147)))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let ((?x828 (div (+ 6 (* 2 |S_b[0]|) |S_b[1]| (* 2 |B2[0]|) |B2[1]|) 2)))
(let ((?x3262 (mod (div ?x828 2) 2)))
(let (($x2971 (= 0 ?x3262)))
(let (($x2902 (= 0 (+ (- 1) ?x3262))))
(let (($x4298 (or $x2902 $x2971)))
(not $x4298)))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let ((?x1859 (mod (div (div (+ 2 |S_b[1]| |B2[1]|) 2) 1) 2)))
(let (($x2995 (= 0 ?x1859)))
(let (($x3608 (= 0 (+ (- 1) ?x1859))))
(let (($x2743 (or $x3608 $x2995)))
(not $x2743))))))
(check-sat)
(reset)
