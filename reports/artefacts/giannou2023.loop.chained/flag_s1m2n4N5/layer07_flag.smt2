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
 (let ((?x1254 (* 2 |S_b[3]|)))
(let ((?x2978 (+ 31 (* 16 |S_b[0]|) (* 8 |S_b[1]|) (* 4 |S_b[2]|) ?x1254 |S_b[4]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 32)))))
(let (($x3576 (>= 0 ?x2978)))
(let ((?x2983 (ite $x3576 1 0)))
(let ((?x606 (+ 4 |S_b[0]| |S_b[1]| |S_b[2]| |S_b[3]| |S_b[4]|)))
(let ((?x2173 (ite (< 0 ?x606) ?x606 0)))
(let ((?x1584 (+ 7 |S_b[0]| (* 2 |S_b[1]|) (* 2 |S_b[2]|) ?x1254 (* 2 |S_b[4]|) (* (- 2) ?x2173) (* 2 ?x2983))))
(let (($x2659 (= 0 ?x1584)))
(not $x2659))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3020 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x825 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1636 (and $x825 $x3020)))
(let (($x1910 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4839 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1599 (and $x4839 $x1910)))
(let (($x768 (or $x1599 $x1636)))
(not $x768)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2703 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3717 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3119 (and $x3717 $x2703)))
(let (($x714 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3117 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4696 (and $x3117 $x714)))
(let (($x3943 (or $x4696 $x3119)))
(not $x3943)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4649 (= 0 (+ 1 |mem1[0]|))))
(let (($x931 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2092 (or $x931 $x4649)))
(not $x2092)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x810 (= 0 (+ 1 |mem1[1]|))))
(let (($x126 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1999 (or $x126 $x810)))
(not $x1999)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x884 (= 0 (+ 1 |mem1[2]|))))
(let (($x2404 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2237 (or $x2404 $x884)))
(not $x2237)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x4326 (= 0 (+ 1 |mem1[3]|))))
(let (($x4634 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2796 (or $x4634 $x4326)))
(not $x2796)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2084 (= 0 (+ 1 |mem1[4]|))))
(let (($x3159 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x441 (or $x3159 $x2084)))
(not $x441)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1811 (= 0 (+ 1 |mem2[0]|))))
(let (($x3775 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1588 (or $x3775 $x1811)))
(not $x1588)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3152 (= 0 (+ 1 |mem2[1]|))))
(let (($x2195 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4717 (or $x2195 $x3152)))
(not $x4717)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x305 (= 0 (+ 1 |mem2[2]|))))
(let (($x590 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x644 (or $x590 $x305)))
(not $x644)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1938 (= 0 (+ 1 |mem2[3]|))))
(let (($x5011 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1146 (or $x5011 $x1938)))
(not $x1146)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x4572 (= 0 (+ 1 |mem2[4]|))))
(let (($x1507 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x2834 (or $x1507 $x4572)))
(not $x2834)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x208 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3222 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2474 (and $x3222 $x208)))
(let (($x3521 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3331 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2471 (and $x3331 $x3521)))
(let (($x2075 (or $x2471 $x2474)))
(not $x2075)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2761 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1708 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x567 (and $x1708 $x2761)))
(let (($x407 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1272 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1894 (and $x1272 $x407)))
(let (($x3094 (or $x1894 $x567)))
(not $x3094)))))))))
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
 (let ((?x1254 (* 2 |S_b[3]|)))
(let ((?x2978 (+ 31 (* 16 |S_b[0]|) (* 8 |S_b[1]|) (* 4 |S_b[2]|) ?x1254 |S_b[4]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 32)))))
(let (($x3576 (>= 0 ?x2978)))
(let (($x2958 (not $x3576)))
(let (($x272 (or $x2958 $x3576)))
(not $x272)))))))
(check-sat)
(reset)
