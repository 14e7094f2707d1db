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
 (let ((?x2659 (div (+ 6 (* 2 |S_b[0]|) |S_b[1]| (* 2 |B2[0]|) |B2[1]|) 2)))
(let ((?x272 (mod (div ?x2659 2) 2)))
(let ((?x2925 (* 2 |B2[0]|)))
(let ((?x884 (* 2 |S_b[0]|)))
(let ((?x4906 (+ (- 4) ?x884 |S_b[1]| ?x2925 |B2[1]|)))
(let ((?x1100 (ite (< 0 ?x4906) ?x4906 0)))
(let ((?x2808 (+ ?x884 |S_b[1]| ?x2925 |B2[1]|)))
(let ((?x1266 (ite (< 0 ?x2808) ?x2808 0)))
(let ((?x1636 (+ (- 2) ?x884 |S_b[1]| ?x2925 |B2[1]|)))
(let ((?x2030 (ite (< 0 ?x1636) ?x1636 0)))
(let ((?x1332 (+ 2 ?x884 |S_b[1]| ?x2925 |B2[1]|)))
(let ((?x644 (ite (< 0 ?x1332) ?x1332 0)))
(let ((?x4326 (+ 4 ?x884 |S_b[1]| ?x2925 |B2[1]|)))
(let ((?x3728 (ite (< 0 ?x4326) ?x4326 0)))
(let (($x4829 (= 0 (+ ?x3728 (* (- 1) ?x644) ?x2030 (* (- 1) ?x1266) ?x1100 (* (- 2) ?x272)))))
(not $x4829)))))))))))))))))
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
 (let ((?x1620 (mod (div (div (+ 2 |S_b[1]| |B2[1]|) 2) 1) 2)))
(let ((?x4393 (+ |S_b[1]| |B2[1]|)))
(let ((?x1584 (ite (< 0 ?x4393) ?x4393 0)))
(let (($x2796 (= 0 (+ 2 |S_b[1]| |B2[1]| (* (- 2) ?x1584) (* (- 2) ?x1620)))))
(not $x2796))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1624 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x295 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4896 (and $x295 $x1624)))
(let (($x1522 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1456 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x228 (and $x1456 $x1522)))
(let (($x433 (or $x228 $x4896)))
(not $x433)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3601 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2467 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4744 (and $x2467 $x3601)))
(let (($x2493 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2145 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2573 (and $x2145 $x2493)))
(let (($x2978 (or $x2573 $x4744)))
(not $x2978)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2129 (= 0 (+ 1 |mem1[0]|))))
(let (($x3223 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3618 (or $x3223 $x2129)))
(not $x3618)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1090 (= 0 (+ 1 |mem1[1]|))))
(let (($x4649 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1229 (or $x4649 $x1090)))
(not $x1229)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4391 (= 0 (+ 1 |mem2[0]|))))
(let (($x4268 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1931 (or $x4268 $x4391)))
(not $x1931)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4801 (= 0 (+ 1 |mem2[1]|))))
(let (($x305 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x9 (or $x305 $x4801)))
(not $x9)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1150 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4490 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3136 (and $x4490 $x1150)))
(let (($x522 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1170 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1263 (and $x1170 $x522)))
(let (($x1160 (or $x1263 $x3136)))
(not $x1160)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2722 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3425 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3735 (and $x3425 $x2722)))
(let (($x2644 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x724 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4271 (and $x724 $x2644)))
(let (($x924 (or $x4271 $x3735)))
(not $x924)))))))))
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
 (let ((?x2659 (div (+ 6 (* 2 |S_b[0]|) |S_b[1]| (* 2 |B2[0]|) |B2[1]|) 2)))
(let ((?x272 (mod (div ?x2659 2) 2)))
(let (($x920 (= 0 ?x272)))
(let (($x1434 (= 0 (+ (- 1) ?x272))))
(let (($x2893 (or $x1434 $x920)))
(not $x2893)))))))
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
 (let ((?x1620 (mod (div (div (+ 2 |S_b[1]| |B2[1]|) 2) 1) 2)))
(let (($x1594 (= 0 ?x1620)))
(let (($x751 (= 0 (+ (- 1) ?x1620))))
(let (($x3413 (or $x751 $x1594)))
(not $x3413))))))
(check-sat)
(reset)
