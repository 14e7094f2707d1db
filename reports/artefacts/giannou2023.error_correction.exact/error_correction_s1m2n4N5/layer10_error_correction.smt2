; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1357 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1077 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1445 (and $x1077 $x1357)))
(let (($x3782 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1706 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3225 (and $x1706 $x3782)))
(let (($x2978 (or $x3225 $x1445)))
(not $x2978)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x208 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x567 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3222 (and $x567 $x208)))
(let (($x625 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3775 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2761 (and $x3775 $x625)))
(let (($x2474 (or $x2761 $x3222)))
(not $x2474)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2404 (= 0 (+ 1 |mem1[0]|))))
(let (($x2796 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3777 (or $x2796 $x2404)))
(not $x3777)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x3970 (= 0 (+ 1 |mem1[1]|))))
(let (($x884 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x394 (or $x884 $x3970)))
(not $x394)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x3420 (= 0 (+ 1 |mem1[2]|))))
(let (($x4513 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2430 (or $x4513 $x3420)))
(not $x2430)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1269 (= 0 (+ 1 |mem1[3]|))))
(let (($x1230 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1708 (or $x1230 $x1269)))
(not $x1708)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2386 (= 0 (+ 1 |mem1[4]|))))
(let (($x1359 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x2266 (or $x1359 $x2386)))
(not $x2266)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x528 (= 0 (+ 1 |mem2[0]|))))
(let (($x2958 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3152 (or $x2958 $x528)))
(not $x3152)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3846 (= 0 (+ 1 |mem2[1]|))))
(let (($x2478 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2152 (or $x2478 $x3846)))
(not $x2152)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2834 (= 0 (+ 1 |mem2[2]|))))
(let (($x3521 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1229 (or $x3521 $x2834)))
(not $x1229)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x323 (= 0 (+ 1 |mem2[3]|))))
(let (($x644 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x497 (or $x644 $x323)))
(not $x497)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x924 (= 0 (+ 1 |mem2[4]|))))
(let (($x4326 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x2461 (or $x4326 $x924)))
(not $x2461)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x188 (= 0 (+ 1 |pcbits[0]|))))
(let (($x1965 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x2084 (or $x1965 $x188)))
(not $x2084)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x271 (= 0 (+ 1 |pcbits[1]|))))
(let (($x1999 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x441 (or $x1999 $x271)))
(not $x441)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1159 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4662 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x272 (and $x4662 $x1159)))
(let (($x774 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5011 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4051 (and $x5011 $x774)))
(let (($x1938 (or $x4051 $x272)))
(not $x1938)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2995 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2628 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2402 (and $x2628 $x2995)))
(let (($x522 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4139 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2983 (and $x4139 $x522)))
(let (($x1130 (or $x2983 $x2402)))
(not $x1130)))))))))
(check-sat)
(reset)
