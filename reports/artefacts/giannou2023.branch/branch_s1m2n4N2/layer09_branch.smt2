; branch: PC[0] at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let ((?x5042 (+ |pcbits[0]| flag)))
(let ((?x591 (ite (< 0 ?x5042) ?x5042 0)))
(let ((?x2995 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x3352 (ite (< 0 ?x2995) ?x2995 0)))
(let ((?x2846 (+ |pcbits[0]| (* 2 flag) ?x3352 (* (- 1) ?x591) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x477 (= 0 ?x2846)))
(not $x477))))))))
(check-sat)
(reset)
; branch: PC[1] at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let ((?x2063 (+ |pcbits[1]| flag)))
(let ((?x1822 (ite (< 0 ?x2063) ?x2063 0)))
(let ((?x3608 (* (- 1) flag)))
(let ((?x3739 (+ |pcbits[1]| ?x3608)))
(let ((?x2836 (ite (< 0 ?x3739) ?x3739 0)))
(let ((?x321 (* 2 flag)))
(let ((?x3504 (+ |pcbits[1]| ?x321 ?x2836 (* (- 1) ?x1822) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x5147 (= 0 ?x3504)))
(not $x5147))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4254 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1615 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2656 (and $x1615 $x4254)))
(let (($x4122 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1323 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2226 (and $x1323 $x4122)))
(let (($x240 (or $x2226 $x2656)))
(not $x240)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4665 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3308 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3447 (and $x3308 $x4665)))
(let (($x1478 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2970 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2985 (and $x2970 $x1478)))
(let (($x3934 (or $x2985 $x3447)))
(not $x3934)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1374 (= 0 (+ 1 |mem1[0]|))))
(let (($x907 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2922 (or $x907 $x1374)))
(not $x2922)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1508 (= 0 (+ 1 |mem1[1]|))))
(let (($x2606 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2652 (or $x2606 $x1508)))
(not $x2652)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3087 (= 0 (+ 1 |mem2[0]|))))
(let (($x3010 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2765 (or $x3010 $x3087)))
(not $x2765)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3164 (= 0 (+ 1 |mem2[1]|))))
(let (($x4408 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4298 (or $x4408 $x3164)))
(not $x4298)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[0]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x4009 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x3638 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x835 (or $x3638 $x4009)))
(not $x835)))))
(check-sat)
(reset)
; branch: contract output: pcbits in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(declare-fun |pcbits[1]| () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x341 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x3237 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2096 (or $x3237 $x341)))
(not $x2096)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4496 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3186 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2805 (and $x3186 $x4496)))
(let (($x592 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4189 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2025 (and $x4189 $x592)))
(let (($x1901 (or $x2025 $x2805)))
(not $x1901)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2757 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1532 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2429 (and $x1532 $x2757)))
(let (($x368 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4575 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2135 (and $x4575 $x368)))
(let (($x286 (or $x2135 $x2429)))
(not $x286)))))))))
(check-sat)
(reset)
