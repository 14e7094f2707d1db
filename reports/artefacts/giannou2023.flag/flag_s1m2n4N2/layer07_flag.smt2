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
 (let ((?x1182 (+ 3 (* 2 |S_b[0]|) |S_b[1]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 4)))))
(let (($x1106 (>= 0 ?x1182)))
(let ((?x4066 (ite $x1106 1 0)))
(let ((?x180 (+ 1 |S_b[0]| |S_b[1]|)))
(let ((?x4340 (ite (< 0 ?x180) ?x180 0)))
(let (($x4209 (= 0 (+ 1 |S_b[0]| (* 2 |S_b[1]|) (* (- 2) ?x4340) (* 2 ?x4066)))))
(not $x4209))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x588 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3340 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x814 (and $x3340 $x588)))
(let (($x2900 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x208 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3689 (and $x208 $x2900)))
(let (($x3392 (or $x3689 $x814)))
(not $x3392)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4639 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3106 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2030 (and $x3106 $x4639)))
(let (($x4918 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x12 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2404 (and $x12 $x4918)))
(let (($x1966 (or $x2404 $x2030)))
(not $x1966)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x809 (= 0 (+ 1 |mem1[0]|))))
(let (($x768 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2467 (or $x768 $x809)))
(not $x2467)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5057 (= 0 (+ 1 |mem1[1]|))))
(let (($x3014 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1828 (or $x3014 $x5057)))
(not $x1828)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3608 (= 0 (+ 1 |mem2[0]|))))
(let (($x2928 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1807 (or $x2928 $x3608)))
(not $x1807)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4819 (= 0 (+ 1 |mem2[1]|))))
(let (($x2266 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1363 (or $x2266 $x4819)))
(not $x1363)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1362 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1977 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1395 (and $x1977 $x1362)))
(let (($x2198 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2405 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x649 (and $x2405 $x2198)))
(let (($x2068 (or $x649 $x1395)))
(not $x2068)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1197 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1812 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1772 (and $x1812 $x1197)))
(let (($x1297 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2918 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1352 (and $x2918 $x1297)))
(let (($x2777 (or $x1352 $x1772)))
(not $x2777)))))))))
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
 (let ((?x1182 (+ 3 (* 2 |S_b[0]|) |S_b[1]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 4)))))
(let (($x1106 (>= 0 ?x1182)))
(let (($x1993 (not $x1106)))
(let (($x2737 (or $x1993 $x1106)))
(not $x2737))))))
(check-sat)
(reset)
