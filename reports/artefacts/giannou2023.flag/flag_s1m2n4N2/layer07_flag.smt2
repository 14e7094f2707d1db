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
 (let ((?x3349 (+ 3 (* 2 |S_b[0]|) |S_b[1]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 4)))))
(let (($x1993 (>= 0 ?x3349)))
(let ((?x4862 (ite $x1993 1 0)))
(let ((?x214 (+ 1 |S_b[0]| |S_b[1]|)))
(let ((?x4672 (ite (< 0 ?x214) ?x214 0)))
(let (($x4360 (= 0 (+ 1 |S_b[0]| (* 2 |S_b[1]|) (* (- 2) ?x4672) (* 2 ?x4862)))))
(not $x4360))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1017 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2965 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x504 (and $x2965 $x1017)))
(let (($x1292 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1250 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4128 (and $x1250 $x1292)))
(let (($x1906 (or $x4128 $x504)))
(not $x1906)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2994 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2306 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x602 (and $x2306 $x2994)))
(let (($x64 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3651 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3378 (and $x3651 $x64)))
(let (($x2368 (or $x3378 $x602)))
(not $x2368)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4952 (= 0 (+ 1 |mem1[0]|))))
(let (($x2600 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4961 (or $x2600 $x4952)))
(not $x4961)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x550 (= 0 (+ 1 |mem1[1]|))))
(let (($x2416 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4251 (or $x2416 $x550)))
(not $x4251)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1144 (= 0 (+ 1 |mem2[0]|))))
(let (($x4737 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3037 (or $x4737 $x1144)))
(not $x3037)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3922 (= 0 (+ 1 |mem2[1]|))))
(let (($x3287 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2485 (or $x3287 $x3922)))
(not $x2485)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x151 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5185 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x219 (and $x5185 $x151)))
(let (($x3128 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4776 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5492 (and $x4776 $x3128)))
(let (($x4921 (or $x5492 $x219)))
(not $x4921)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3985 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x224 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2500 (and $x224 $x3985)))
(let (($x714 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2185 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x102 (and $x2185 $x714)))
(let (($x2132 (or $x102 $x2500)))
(not $x2132)))))))))
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
 (let ((?x3349 (+ 3 (* 2 |S_b[0]|) |S_b[1]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 4)))))
(let (($x1993 (>= 0 ?x3349)))
(let (($x304 (not $x1993)))
(let (($x789 (or $x304 $x1993)))
(not $x789))))))
(check-sat)
(reset)
