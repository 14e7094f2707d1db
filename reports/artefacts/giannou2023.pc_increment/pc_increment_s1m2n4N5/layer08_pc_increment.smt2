; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1130 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2995 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4271 (and $x2995 $x1130)))
(let (($x1160 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1114 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2628 (and $x1114 $x1160)))
(let (($x958 (or $x2628 $x4271)))
(not $x958)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1507 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2461 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1272 (and $x2461 $x1507)))
(let (($x3159 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x884 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x924 (and $x884 $x3159)))
(let (($x3846 (or $x924 $x1272)))
(not $x3846)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x625 (= 0 (+ 1 |mem1[0]|))))
(let (($x3234 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2761 (or $x3234 $x625)))
(not $x2761)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2955 (= 0 (+ 1 |mem1[1]|))))
(let (($x1146 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x98 (or $x1146 $x2955)))
(not $x98)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2237 (= 0 (+ 1 |mem1[2]|))))
(let (($x1034 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4051 (or $x1034 $x2237)))
(not $x4051)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x774 (= 0 (+ 1 |mem1[3]|))))
(let (($x1972 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1230 (or $x1972 $x774)))
(not $x1230)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2092 (= 0 (+ 1 |mem1[4]|))))
(let (($x810 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4668 (or $x810 $x2092)))
(not $x4668)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3094 (= 0 (+ 1 |mem2[0]|))))
(let (($x126 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3420 (or $x126 $x3094)))
(not $x3420)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1250 (= 0 (+ 1 |mem2[1]|))))
(let (($x323 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3277 (or $x323 $x1250)))
(not $x3277)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2796 (= 0 (+ 1 |mem2[2]|))))
(let (($x3772 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3576 (or $x3772 $x2796)))
(not $x3576)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x752 (= 0 (+ 1 |mem2[3]|))))
(let (($x1100 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1755 (or $x1100 $x752)))
(not $x1755)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x272 (= 0 (+ 1 |mem2[4]|))))
(let (($x3775 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x2075 (or $x3775 $x272)))
(not $x2075)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x528 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1894 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1296 (and $x1894 $x528)))
(let (($x2485 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x441 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2478 (and $x441 $x2485)))
(let (($x1159 (or $x2478 $x1296)))
(not $x1159)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1589 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3223 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4572 (and $x3223 $x1589)))
(let (($x1910 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5029 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1203 (and $x5029 $x1910)))
(let (($x2893 (or $x1203 $x4572)))
(not $x2893)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x1584 (= 0 (+ (- 1) flag))))
(let (($x2888 (= 0 flag)))
(let (($x498 (or $x2888 $x1584)))
(not $x498)))))
(check-sat)
(reset)
