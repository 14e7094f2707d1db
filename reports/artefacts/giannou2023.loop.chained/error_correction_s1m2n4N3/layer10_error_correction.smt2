; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2476 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1822 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2007 (and $x1822 $x2476)))
(let (($x2271 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3338 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3363 (and $x3338 $x2271)))
(let (($x4884 (or $x3363 $x2007)))
(not $x4884)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x420 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x624 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1532 (and $x624 $x420)))
(let (($x2902 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4243 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5028 (and $x4243 $x2902)))
(let (($x2641 (or $x5028 $x1532)))
(not $x2641)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2382 (= 0 (+ 1 |mem1[0]|))))
(let (($x1652 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1303 (or $x1652 $x2382)))
(not $x1303)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x193 (= 0 (+ 1 |mem1[1]|))))
(let (($x4515 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x63 (or $x4515 $x193)))
(not $x63)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1183 (= 0 (+ 1 |mem1[2]|))))
(let (($x671 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1651 (or $x671 $x1183)))
(not $x1651)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x313 (= 0 (+ 1 |mem2[0]|))))
(let (($x1668 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2757 (or $x1668 $x313)))
(not $x2757)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2834 (= 0 (+ 1 |mem2[1]|))))
(let (($x178 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1673 (or $x178 $x2834)))
(not $x1673)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3539 (= 0 (+ 1 |mem2[2]|))))
(let (($x1049 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2039 (or $x1049 $x3539)))
(not $x2039)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x1548 (= 0 (+ 1 |pcbits[0]|))))
(let (($x2652 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x3010 (or $x2652 $x1548)))
(not $x3010)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x4252 (= 0 (+ 1 |pcbits[1]|))))
(let (($x3051 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x2656 (or $x3051 $x4252)))
(not $x2656)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3581 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1150 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1333 (and $x1150 $x3581)))
(let (($x2765 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3211 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2278 (and $x3211 $x2765)))
(let (($x1567 (or $x2278 $x1333)))
(not $x1567)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1512 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2826 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4242 (and $x2826 $x1512)))
(let (($x1451 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5147 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2836 (and $x5147 $x1451)))
(let (($x1063 (or $x2836 $x4242)))
(not $x1063)))))))))
(check-sat)
(reset)
