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
 (let ((?x1443 (+ |pcbits[0]| flag)))
(let ((?x4139 (ite (< 0 ?x1443) ?x1443 0)))
(let ((?x4906 (+ |pcbits[0]| (* (- 1) flag))))
(let ((?x1100 (ite (< 0 ?x4906) ?x4906 0)))
(let ((?x400 (+ |pcbits[0]| (* 2 flag) ?x1100 (* (- 1) ?x4139) (* (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x2310 (= 0 ?x400)))
(not $x2310))))))))
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
 (let ((?x3728 (+ |pcbits[1]| flag)))
(let ((?x884 (ite (< 0 ?x3728) ?x3728 0)))
(let ((?x1599 (* (- 1) flag)))
(let ((?x4159 (+ |pcbits[1]| ?x1599)))
(let ((?x494 (ite (< 0 ?x4159) ?x4159 0)))
(let ((?x729 (* 2 flag)))
(let ((?x1784 (+ |pcbits[1]| ?x729 ?x494 (* (- 1) ?x884) (* (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x1254 (= 0 ?x1784)))
(not $x1254))))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2226 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4326 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1090 (and $x4326 $x2226)))
(let (($x4490 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1130 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x489 (and $x1130 $x4490)))
(let (($x497 (or $x489 $x1090)))
(not $x497)))))))))
(check-sat)
(reset)
; branch: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4391 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3735 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1977 (and $x3735 $x4391)))
(let (($x1355 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x441 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1160 (and $x441 $x1355)))
(let (($x1150 (or $x1160 $x1977)))
(not $x1150)))))))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2558 (= 0 (+ 1 |mem1[0]|))))
(let (($x727 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4634 (or $x727 $x2558)))
(not $x4634)))))
(check-sat)
(reset)
; branch: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1170 (= 0 (+ 1 |mem1[1]|))))
(let (($x751 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x295 (or $x751 $x1170)))
(not $x295)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4268 (= 0 (+ 1 |mem2[0]|))))
(let (($x2092 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2467 (or $x2092 $x4268)))
(not $x2467)))))
(check-sat)
(reset)
; branch: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x78 (= 0 (+ 1 |mem2[1]|))))
(let (($x2480 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2779 (or $x2480 $x78)))
(not $x2779)))))
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
 (let (($x644 (= 0 (+ 1 (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x3631 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[0]| 1)))))
(let (($x1310 (or $x3631 $x644)))
(not $x1310)))))
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
 (let (($x983 (= 0 (+ 1 (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2644 (= 0 (+ (- 1) (ite (= 0 flag) |pcbits[1]| 1)))))
(let (($x2097 (or $x2644 $x983)))
(not $x2097)))))
(check-sat)
(reset)
; branch: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3439 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1229 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2722 (and $x1229 $x3439)))
(let (($x4121 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4004 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2308 (and $x4004 $x4121)))
(let (($x2033 (or $x2308 $x2722)))
(not $x2033)))))))))
(check-sat)
(reset)
; branch: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2893 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x486 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x228 (and $x486 $x2893)))
(let (($x4051 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2834 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x700 (and $x2834 $x4051)))
(let (($x2925 (or $x700 $x228)))
(not $x2925)))))))))
(check-sat)
(reset)
