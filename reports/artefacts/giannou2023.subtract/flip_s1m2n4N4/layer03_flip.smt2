; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6322 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2344 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4993 (and $x2344 $x6322)))
(let (($x5596 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1133 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4850 (and $x1133 $x5596)))
(let (($x282 (or $x4850 $x4993)))
(not $x282)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x831 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4893 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3742 (and $x4893 $x831)))
(let (($x2493 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1300 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6649 (and $x1300 $x2493)))
(let (($x6968 (or $x6649 $x3742)))
(not $x6968)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1689 (= 0 (+ 1 |mem1[0]|))))
(let (($x4446 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2242 (or $x4446 $x1689)))
(not $x2242)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5589 (= 0 (+ 1 |mem1[1]|))))
(let (($x2327 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2921 (or $x2327 $x5589)))
(not $x2921)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6030 (= 0 (+ 1 |mem1[2]|))))
(let (($x5613 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4991 (or $x5613 $x6030)))
(not $x4991)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2097 (= 0 (+ 1 |mem1[3]|))))
(let (($x1128 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1637 (or $x1128 $x2097)))
(not $x1637)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x1162 (= 0 (+ 1 |mem2[0]|))))
(let (($x3138 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x990 (or $x3138 $x1162)))
(not $x990)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x6149 (= 0 (+ 1 |mem2[1]|))))
(let (($x5383 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1658 (or $x5383 $x6149)))
(not $x1658)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x4892 (= 0 (+ 1 |mem2[2]|))))
(let (($x6329 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5509 (or $x6329 $x4892)))
(not $x5509)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x2031 (= 0 (+ 1 |mem2[3]|))))
(let (($x6138 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3465 (or $x6138 $x2031)))
(not $x3465)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5761 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3459 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2042 (and $x3459 $x5761)))
(let (($x1751 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3783 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1868 (and $x3783 $x1751)))
(let (($x1175 (or $x1868 $x2042)))
(not $x1175)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x227 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x167 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4889 (and $x167 $x227)))
(let (($x1056 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4111 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5369 (and $x4111 $x1056)))
(let (($x5207 (or $x5369 $x4889)))
(not $x5207)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x4632 (= 0 (+ 1 |S_a[0]|))))
(let (($x1671 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x3721 (or $x1671 $x4632)))
(not $x3721)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x2625 (= 0 (+ 1 |S_a[1]|))))
(let (($x2971 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x6717 (or $x2971 $x2625)))
(not $x6717)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x5222 (= 0 (+ 1 |S_a[2]|))))
(let (($x408 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x4664 (or $x408 $x5222)))
(not $x4664)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x4190 (= 0 (+ 1 |S_a[3]|))))
(let (($x5939 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x4708 (or $x5939 $x4190)))
(not $x4708)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x6157 (= 0 (+ 1 |S_b[0]|))))
(let (($x4283 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x4652 (or $x4283 $x6157)))
(not $x4652)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x6407 (= 0 (+ 1 |S_b[1]|))))
(let (($x2467 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x4996 (or $x2467 $x6407)))
(not $x4996)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x4764 (= 0 (+ 1 |S_b[2]|))))
(let (($x3353 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x3586 (or $x3353 $x4764)))
(not $x3586)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x3672 (= 0 (+ 1 |S_b[3]|))))
(let (($x6949 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x4700 (or $x6949 $x3672)))
(not $x4700)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x1671 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x4632 (= 0 (+ 1 |S_a[0]|))))
(let (($x387 (or $x4632 $x1671)))
(not $x387)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x2971 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x2625 (= 0 (+ 1 |S_a[1]|))))
(let (($x6842 (or $x2625 $x2971)))
(not $x6842)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x408 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x5222 (= 0 (+ 1 |S_a[2]|))))
(let (($x5039 (or $x5222 $x408)))
(not $x5039)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x5939 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x4190 (= 0 (+ 1 |S_a[3]|))))
(let (($x4778 (or $x4190 $x5939)))
(not $x4778)))))
(check-sat)
(reset)
