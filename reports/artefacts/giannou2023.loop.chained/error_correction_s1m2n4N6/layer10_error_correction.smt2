; error_correction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2579 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2807 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3338 (and $x2807 $x2579)))
(let (($x5065 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1922 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1549 (and $x1922 $x5065)))
(let (($x4893 (or $x1549 $x3338)))
(not $x4893)))))))))
(check-sat)
(reset)
; error_correction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4951 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2037 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2684 (and $x2037 $x4951)))
(let (($x1285 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3416 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x128 (and $x3416 $x1285)))
(let (($x2505 (or $x128 $x2684)))
(not $x2505)))))))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x6442 (= 0 (+ 1 |mem1[0]|))))
(let (($x3762 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3391 (or $x3762 $x6442)))
(not $x3391)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4484 (= 0 (+ 1 |mem1[1]|))))
(let (($x5369 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1578 (or $x5369 $x4484)))
(not $x1578)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6477 (= 0 (+ 1 |mem1[2]|))))
(let (($x762 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x899 (or $x762 $x6477)))
(not $x899)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1292 (= 0 (+ 1 |mem1[3]|))))
(let (($x3863 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3196 (or $x3863 $x1292)))
(not $x3196)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x6656 (= 0 (+ 1 |mem1[4]|))))
(let (($x796 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4991 (or $x796 $x6656)))
(not $x4991)))))
(check-sat)
(reset)
; error_correction: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x2326 (= 0 (+ 1 |mem1[5]|))))
(let (($x3167 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x4828 (or $x3167 $x2326)))
(not $x4828)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2811 (= 0 (+ 1 |mem2[0]|))))
(let (($x5613 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x275 (or $x5613 $x2811)))
(not $x275)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1134 (= 0 (+ 1 |mem2[1]|))))
(let (($x3958 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2493 (or $x3958 $x1134)))
(not $x2493)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1590 (= 0 (+ 1 |mem2[2]|))))
(let (($x4062 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1539 (or $x4062 $x1590)))
(not $x1539)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x88 (= 0 (+ 1 |mem2[3]|))))
(let (($x2577 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3944 (or $x2577 $x88)))
(not $x3944)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x722 (= 0 (+ 1 |mem2[4]|))))
(let (($x2018 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x113 (or $x2018 $x722)))
(not $x113)))))
(check-sat)
(reset)
; error_correction: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x6866 (= 0 (+ 1 |mem2[5]|))))
(let (($x6494 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x5212 (or $x6494 $x6866)))
(not $x5212)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[0]| () Int)
(assert
 (or (= |pcbits[0]| (- 1)) (= |pcbits[0]| 1)))
(assert
 (let (($x5318 (= 0 (+ 1 |pcbits[0]|))))
(let (($x1071 (= 0 (+ (- 1) |pcbits[0]|))))
(let (($x1526 (or $x1071 $x5318)))
(not $x1526)))))
(check-sat)
(reset)
; error_correction: contract output: pcbits in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |pcbits[1]| () Int)
(assert
 (or (= |pcbits[1]| (- 1)) (= |pcbits[1]| 1)))
(assert
 (let (($x2395 (= 0 (+ 1 |pcbits[1]|))))
(let (($x392 (= 0 (+ (- 1) |pcbits[1]|))))
(let (($x1411 (or $x392 $x2395)))
(not $x1411)))))
(check-sat)
(reset)
; error_correction: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3829 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1507 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6145 (and $x1507 $x3829)))
(let (($x6891 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x914 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1584 (and $x914 $x6891)))
(let (($x272 (or $x1584 $x6145)))
(not $x272)))))))))
(check-sat)
(reset)
; error_correction: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4940 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4328 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1120 (and $x4328 $x4940)))
(let (($x5819 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x121 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2289 (and $x121 $x5819)))
(let (($x2160 (or $x2289 $x1120)))
(not $x2160)))))))))
(check-sat)
(reset)
