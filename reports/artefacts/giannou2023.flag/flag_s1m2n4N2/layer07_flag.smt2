; flag: S_a.flag[0] at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let ((?x4098 (+ 3 (* 2 |S_b[0]|) |S_b[1]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 4)))))
(let (($x3581 (>= 0 ?x4098)))
(let ((?x4884 (ite $x3581 1 0)))
(let ((?x368 (+ 1 |S_b[0]| |S_b[1]|)))
(let ((?x745 (ite (< 0 ?x368) ?x368 0)))
(let (($x807 (= 0 (+ 1 |S_b[0]| (* 2 |S_b[1]|) (* (- 2) ?x745) (* 2 ?x4884)))))
(not $x807))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x989 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3113 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x975 (and $x3113 $x989)))
(let (($x4189 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1031 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4665 (and $x1031 $x4189)))
(let (($x3447 (or $x4665 $x975)))
(not $x3447)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3692 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2836 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2226 (and $x2836 $x3692)))
(let (($x592 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x341 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3608 (and $x341 $x592)))
(let (($x3993 (or $x3608 $x2226)))
(not $x3993)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2014 (= 0 (+ 1 |mem1[0]|))))
(let (($x3010 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4617 (or $x3010 $x2014)))
(not $x4617)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5028 (= 0 (+ 1 |mem1[1]|))))
(let (($x390 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2051 (or $x390 $x5028)))
(not $x2051)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3347 (= 0 (+ 1 |mem2[0]|))))
(let (($x1164 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1357 (or $x1164 $x3347)))
(not $x1357)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2922 (= 0 (+ 1 |mem2[1]|))))
(let (($x106 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x477 (or $x106 $x2922)))
(not $x477)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2485 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4413 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x420 (and $x4413 $x2485)))
(let (($x3814 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4294 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2063 (and $x4294 $x3814)))
(let (($x4056 (or $x2063 $x420)))
(not $x4056)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2476 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1478 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3424 (and $x1478 $x2476)))
(let (($x3352 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x326 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4755 (and $x326 $x3352)))
(let (($x1444 (or $x4755 $x3424)))
(not $x1444)))))))))
(check-sat)
(reset)
; flag: contract output: flag in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let ((?x4098 (+ 3 (* 2 |S_b[0]|) |S_b[1]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 4)))))
(let (($x3581 (>= 0 ?x4098)))
(let (($x2834 (not $x3581)))
(let (($x4282 (or $x2834 $x3581)))
(not $x4282))))))
(check-sat)
(reset)
