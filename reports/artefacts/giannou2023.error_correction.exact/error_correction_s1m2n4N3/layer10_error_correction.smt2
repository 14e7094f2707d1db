; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x849 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4663 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x240 (and $x4663 $x849)))
(let (($x5623 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4320 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5206 (and $x4320 $x5623)))
(let (($x1654 (or $x5206 $x240)))
(not $x1654)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x430 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2393 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1486 (and $x2393 $x430)))
(let (($x4811 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3216 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3736 (and $x3216 $x4811)))
(let (($x2299 (or $x3736 $x1486)))
(not $x2299)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4594 (= 0 (+ 1 |mem1[0]|))))
(let (($x4920 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x5526 (or $x4920 $x4594)))
(not $x5526)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1953 (= 0 (+ 1 |mem1[1]|))))
(let (($x2544 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x5046 (or $x2544 $x1953)))
(not $x5046)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1518 (= 0 (+ 1 |mem1[2]|))))
(let (($x5596 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2052 (or $x5596 $x1518)))
(not $x2052)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1857 (= 0 (+ 1 |mem2[0]|))))
(let (($x1057 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x926 (or $x1057 $x1857)))
(not $x926)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1883 (= 0 (+ 1 |mem2[1]|))))
(let (($x1907 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2772 (or $x1907 $x1883)))
(not $x2772)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3529 (= 0 (+ 1 |mem2[2]|))))
(let (($x4752 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2063 (or $x4752 $x3529)))
(not $x2063)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x892 (= 0 (+ 1 |pcbits[0]|))))
(let (($x3896 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x4758 (or $x3896 $x892)))
(not $x4758)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x320 (= 0 (+ 1 |pcbits[1]|))))
(let (($x5286 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x1441 (or $x5286 $x320)))
(not $x1441)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5123 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4388 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3593 (and $x4388 $x5123)))
(let (($x1700 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2563 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x439 (and $x2563 $x1700)))
(let (($x189 (or $x439 $x3593)))
(not $x189)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1724 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4772 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5183 (and $x4772 $x1724)))
(let (($x2019 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1897 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4071 (and $x1897 $x2019)))
(let (($x936 (or $x4071 $x5183)))
(not $x936)))))))))
(check-sat)
(reset)
