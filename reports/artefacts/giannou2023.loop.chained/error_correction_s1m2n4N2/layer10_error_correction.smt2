; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2098 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1492 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4732 (and $x1492 $x2098)))
(let (($x2417 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1584 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5904 (and $x1584 $x2417)))
(let (($x2625 (or $x5904 $x4732)))
(not $x2625)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x343 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x7055 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5206 (and $x7055 $x343)))
(let (($x2788 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3082 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6414 (and $x3082 $x2788)))
(let (($x1056 (or $x6414 $x5206)))
(not $x1056)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2971 (= 0 (+ 1 |mem1[0]|))))
(let (($x2493 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2591 (or $x2493 $x2971)))
(not $x2591)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1811 (= 0 (+ 1 |mem1[1]|))))
(let (($x2129 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3672 (or $x2129 $x1811)))
(not $x3672)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x6370 (= 0 (+ 1 |mem2[0]|))))
(let (($x1292 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x6138 (or $x1292 $x6370)))
(not $x6138)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2486 (= 0 (+ 1 |mem2[1]|))))
(let (($x2451 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2071 (or $x2451 $x2486)))
(not $x2071)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x2045 (= 0 (+ 1 |pcbits[0]|))))
(let (($x4786 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x4300 (or $x4786 $x2045)))
(not $x4300)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x552 (= 0 (+ 1 |pcbits[1]|))))
(let (($x4207 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x2740 (or $x4207 $x552)))
(not $x2740)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x6093 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1911 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1658 (and $x1911 $x6093)))
(let (($x633 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3699 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x206 (and $x3699 $x633)))
(let (($x1105 (or $x206 $x1658)))
(not $x1105)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3027 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5246 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1444 (and $x5246 $x3027)))
(let (($x6331 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x149 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5437 (and $x149 $x6331)))
(let (($x4996 (or $x5437 $x1444)))
(not $x4996)))))))))
(check-sat)
(reset)
