; flag: S_a.flag[0] at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x1636 (* 2 |S_b[1]|)))
(let ((?x644 (+ 7 (* 4 |S_b[0]|) ?x1636 |S_b[2]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 8)))))
(let (($x499 (>= 0 ?x644)))
(let ((?x3695 (ite $x499 1 0)))
(let ((?x3935 (+ 2 |S_b[0]| |S_b[1]| |S_b[2]|)))
(let ((?x3493 (ite (< 0 ?x3935) ?x3935 0)))
(let ((?x433 (+ 3 |S_b[0]| ?x1636 (* 2 |S_b[2]|) (* (- 2) ?x3493) (* 2 ?x3695))))
(let (($x193 (= 0 ?x433)))
(not $x193))))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4442 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x211 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3225 (and $x211 $x4442)))
(let (($x4649 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3618 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3234 (and $x3618 $x4649)))
(let (($x1266 (or $x3234 $x3225)))
(not $x1266)))))))))
(check-sat)
(reset)
; flag: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x868 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1977 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1065 (and $x1977 $x868)))
(let (($x1999 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2896 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4357 (and $x2896 $x1999)))
(let (($x267 (or $x4357 $x1065)))
(not $x267)))))))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2231 (= 0 (+ 1 |mem1[0]|))))
(let (($x3187 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1733 (or $x3187 $x2231)))
(not $x1733)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4196 (= 0 (+ 1 |mem1[1]|))))
(let (($x2097 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2984 (or $x2097 $x4196)))
(not $x2984)))))
(check-sat)
(reset)
; flag: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4839 (= 0 (+ 1 |mem1[2]|))))
(let (($x78 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1777 (or $x78 $x4839)))
(not $x1777)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1034 (= 0 (+ 1 |mem2[0]|))))
(let (($x4433 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1229 (or $x4433 $x1034)))
(not $x1229)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4456 (= 0 (+ 1 |mem2[1]|))))
(let (($x4490 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1624 (or $x4490 $x4456)))
(not $x1624)))))
(check-sat)
(reset)
; flag: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x729 (= 0 (+ 1 |mem2[2]|))))
(let (($x3697 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3000 (or $x3697 $x729)))
(not $x3000)))))
(check-sat)
(reset)
; flag: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4139 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2978 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1507 (and $x2978 $x4139)))
(let (($x1799 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3313 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2808 (and $x3313 $x1799)))
(let (($x2226 (or $x2808 $x1507)))
(not $x2226)))))))))
(check-sat)
(reset)
; flag: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x228 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x924 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x9 (and $x924 $x228)))
(let (($x1840 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1469 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3821 (and $x1469 $x1840)))
(let (($x390 (or $x3821 $x9)))
(not $x390)))))))))
(check-sat)
(reset)
; flag: contract output: flag in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let ((?x1636 (* 2 |S_b[1]|)))
(let ((?x644 (+ 7 (* 4 |S_b[0]|) ?x1636 |S_b[2]| (* (- 2) (ite (= (- 1) |S_b[0]|) 0 8)))))
(let (($x499 (>= 0 ?x644)))
(let (($x2308 (not $x499)))
(let (($x3788 (or $x2308 $x499)))
(not $x3788)))))))
(check-sat)
(reset)
