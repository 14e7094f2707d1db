; flag: S_a.flag[0] at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
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
 (let ((?x2834 (* 2 |S_b[3]|)))
(let ((?x3087 (+ 31 (* 16 |S_b[0]|) (* 8 |S_b[1]|) (* 4 |S_b[2]|) ?x2834 |S_b[4]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 32)))))
(let (($x4745 (>= 0 ?x3087)))
(let ((?x4635 (ite $x4745 1 0)))
(let ((?x2007 (+ 4 |S_b[0]| |S_b[1]| |S_b[2]| |S_b[3]| |S_b[4]|)))
(let ((?x3504 (ite (< 0 ?x2007) ?x2007 0)))
(let ((?x1974 (+ 7 |S_b[0]| (* 2 |S_b[1]|) (* 2 |S_b[2]|) ?x2834 (* 2 |S_b[4]|) (* (- 2) ?x3504) (* 2 ?x4635))))
(let (($x849 (= 0 ?x1974)))
(not $x849))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4340 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x384 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x408 (and $x384 $x4340)))
(let (($x229 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x807 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1340 (and $x807 $x229)))
(let (($x3177 (or $x1340 $x408)))
(not $x3177)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2970 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2537 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4108 (and $x2537 $x2970)))
(let (($x3725 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1567 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x931 (and $x1567 $x3725)))
(let (($x1107 (or $x931 $x4108)))
(not $x1107)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4515 (= 0 (+ 1 |mem1[0]|))))
(let (($x2026 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4755 (or $x2026 $x4515)))
(not $x4755)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x313 (= 0 (+ 1 |mem1[1]|))))
(let (($x240 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2347 (or $x240 $x313)))
(not $x2347)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4617 (= 0 (+ 1 |mem1[2]|))))
(let (($x3347 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4513 (or $x3347 $x4617)))
(not $x4513)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x3452 (= 0 (+ 1 |mem1[3]|))))
(let (($x2258 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4188 (or $x2258 $x3452)))
(not $x4188)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x1111 (= 0 (+ 1 |mem1[4]|))))
(let (($x841 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4252 (or $x841 $x1111)))
(not $x4252)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4330 (= 0 (+ 1 |mem2[0]|))))
(let (($x286 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1374 (or $x286 $x4330)))
(not $x1374)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x865 (= 0 (+ 1 |mem2[1]|))))
(let (($x5147 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2079 (or $x5147 $x865)))
(not $x2079)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2656 (= 0 (+ 1 |mem2[2]|))))
(let (($x4112 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1261 (or $x4112 $x2656)))
(not $x1261)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1466 (= 0 (+ 1 |mem2[3]|))))
(let (($x3115 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1659 (or $x3115 $x1466)))
(not $x1659)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x1183 (= 0 (+ 1 |mem2[4]|))))
(let (($x3942 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x2885 (or $x3942 $x1183)))
(not $x2885)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x951 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1444 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x368 (and $x1444 $x951)))
(let (($x4242 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1994 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2814 (and $x1994 $x4242)))
(let (($x2933 (or $x2814 $x368)))
(not $x2933)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x789 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1700 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x146 (and $x1700 $x789)))
(let (($x2186 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3560 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1542 (and $x3560 $x2186)))
(let (($x2271 (or $x1542 $x146)))
(not $x2271)))))))))
(check-sat)
(reset)
; flag: contract output: flag in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
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
 (let ((?x2834 (* 2 |S_b[3]|)))
(let ((?x3087 (+ 31 (* 16 |S_b[0]|) (* 8 |S_b[1]|) (* 4 |S_b[2]|) ?x2834 |S_b[4]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 32)))))
(let (($x4745 (>= 0 ?x3087)))
(let (($x2971 (not $x4745)))
(let (($x3993 (or $x2971 $x4745)))
(not $x3993)))))))
(check-sat)
(reset)
