; read_memory: S_a.flag[0] at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1658 (= 1 slot.a)))
(let ((?x6866 (ite $x1658 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x1549 (ite $x1658 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x1097 (= 0 (+ ?x1549 (* (- 1) ?x6866) (* (- 2) (ite $x1658 |mem1[0]| |mem2[0]|))))))
(not $x1097))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1658 (= 1 slot.a)))
(let ((?x633 (ite $x1658 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x6517 (ite $x1658 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x3674 (= 0 (+ ?x6517 (* (- 1) ?x633) (* (- 2) (ite $x1658 |mem1[1]| |mem2[1]|))))))
(not $x3674))))))
(check-sat)
(reset)
; read_memory: S_a[2] at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1658 (= 1 slot.a)))
(let ((?x3465 (ite $x1658 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x2327 (ite $x1658 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x5818 (= 0 (+ ?x2327 (* (- 1) ?x3465) (* (- 2) (ite $x1658 |mem1[2]| |mem2[2]|))))))
(not $x5818))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x565 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3777 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x2861 (= 1 slot.b)))
(let ((?x121 (ite $x2861 ?x3777 ?x565)))
(let ((?x5172 (+ 1 |mem2[0]|)))
(let ((?x2830 (+ 1 |mem1[0]|)))
(let ((?x4551 (ite $x2861 ?x2830 ?x5172)))
(let (($x1364 (= 0 (+ ?x4551 (* (- 1) ?x121) (* (- 2) (ite $x2861 |mem1[0]| |mem2[0]|))))))
(not $x1364))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6609 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x3046 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x2861 (= 1 slot.b)))
(let ((?x3721 (ite $x2861 ?x3046 ?x6609)))
(let ((?x1470 (+ 1 |mem2[1]|)))
(let ((?x2098 (+ 1 |mem1[1]|)))
(let ((?x4169 (ite $x2861 ?x2098 ?x1470)))
(let (($x1751 (= 0 (+ ?x4169 (* (- 1) ?x3721) (* (- 2) (ite $x2861 |mem1[1]| |mem2[1]|))))))
(not $x1751))))))))))
(check-sat)
(reset)
; read_memory: S_b[2] at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1914 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x6842 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x2861 (= 1 slot.b)))
(let ((?x4764 (ite $x2861 ?x6842 ?x1914)))
(let ((?x5761 (+ 1 |mem2[2]|)))
(let ((?x2042 (+ 1 |mem1[2]|)))
(let ((?x561 (ite $x2861 ?x2042 ?x5761)))
(let (($x3702 (= 0 (+ ?x561 (* (- 1) ?x4764) (* (- 2) (ite $x2861 |mem1[2]| |mem2[2]|))))))
(not $x3702))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x565 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3777 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1658 (= 1 slot.a)))
(let ((?x6866 (ite $x1658 ?x3777 ?x565)))
(let ((?x6949 (+ (* 2 (ite $x1658 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x1658 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x6866)))
(let (($x917 (= 0 ?x6949)))
(not $x917))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (25, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3777 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1658 (= 1 slot.a)))
(let ((?x6244 (ite $x1658 ?x3777 (* 2 ?x3777))))
(let ((?x2830 (+ 1 |mem1[0]|)))
(let ((?x4996 (ite $x1658 ?x2830 (* 2 ?x2830))))
(let ((?x3227 (+ (* 2 (ite $x1658 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x4996) ?x6244)))
(let (($x4819 (= 0 ?x3227)))
(not $x4819)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (25, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x565 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x1658 (= 1 slot.a)))
(let ((?x4392 (ite $x1658 (* 2 ?x565) ?x565)))
(let ((?x5172 (+ 1 |mem2[0]|)))
(let ((?x1682 (ite $x1658 (* 2 ?x5172) ?x5172)))
(let ((?x3132 (+ (* 2 (ite $x1658 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x1682) ?x4392)))
(let (($x6962 (= 0 ?x3132)))
(not $x6962)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x6609 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x3046 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1658 (= 1 slot.a)))
(let ((?x633 (ite $x1658 ?x3046 ?x6609)))
(let ((?x503 (+ (* 2 (ite $x1658 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x1658 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x633)))
(let (($x6235 (= 0 ?x503)))
(not $x6235))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (26, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3046 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1658 (= 1 slot.a)))
(let ((?x2625 (ite $x1658 ?x3046 (* 2 ?x3046))))
(let ((?x2098 (+ 1 |mem1[1]|)))
(let ((?x990 (ite $x1658 ?x2098 (* 2 ?x2098))))
(let ((?x652 (+ (* 2 (ite $x1658 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x990) ?x2625)))
(let (($x3564 (= 0 ?x652)))
(not $x3564)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (26, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x6609 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x1658 (= 1 slot.a)))
(let ((?x256 (ite $x1658 (* 2 ?x6609) ?x6609)))
(let ((?x1470 (+ 1 |mem2[1]|)))
(let ((?x5201 (ite $x1658 (* 2 ?x1470) ?x1470)))
(let ((?x6757 (+ (* 2 (ite $x1658 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x5201) ?x256)))
(let (($x1957 (= 0 ?x6757)))
(not $x1957)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1914 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x6842 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x1658 (= 1 slot.a)))
(let ((?x3465 (ite $x1658 ?x6842 ?x1914)))
(let ((?x6545 (+ (* 2 (ite $x1658 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x1658 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x3465)))
(let (($x5717 (= 0 ?x6545)))
(not $x5717))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (27, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x6842 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x1658 (= 1 slot.a)))
(let ((?x2270 (ite $x1658 ?x6842 (* 2 ?x6842))))
(let ((?x2042 (+ 1 |mem1[2]|)))
(let ((?x3153 (ite $x1658 ?x2042 (* 2 ?x2042))))
(let ((?x211 (+ (* 2 (ite $x1658 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x3153) ?x2270)))
(let (($x5091 (= 0 ?x211)))
(not $x5091)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (27, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1914 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x1658 (= 1 slot.a)))
(let ((?x1502 (ite $x1658 (* 2 ?x1914) ?x1914)))
(let ((?x5761 (+ 1 |mem2[2]|)))
(let ((?x1657 (ite $x1658 (* 2 ?x5761) ?x5761)))
(let ((?x3551 (+ (* 2 (ite $x1658 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x1657) ?x1502)))
(let (($x5353 (= 0 ?x3551)))
(not $x5353)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x565 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3777 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x2861 (= 1 slot.b)))
(let ((?x121 (ite $x2861 ?x3777 ?x565)))
(let ((?x1969 (+ (* 2 (ite $x2861 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x2861 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x121)))
(let (($x4892 (= 0 ?x1969)))
(not $x4892))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (28, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3777 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x5509 (* 2 ?x3777)))
(let (($x2861 (= 1 slot.b)))
(let ((?x5939 (ite $x2861 ?x3777 ?x5509)))
(let ((?x2830 (+ 1 |mem1[0]|)))
(let ((?x4307 (* 2 ?x2830)))
(let ((?x1872 (ite $x2861 ?x2830 ?x4307)))
(let ((?x589 (+ (* 2 (ite $x2861 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x1872) ?x5939)))
(let (($x2543 (= 0 ?x589)))
(not $x2543)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (28, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x565 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1300 (* 2 ?x565)))
(let (($x2861 (= 1 slot.b)))
(let ((?x4656 (ite $x2861 ?x1300 ?x565)))
(let ((?x5172 (+ 1 |mem2[0]|)))
(let ((?x2160 (* 2 ?x5172)))
(let ((?x3916 (ite $x2861 ?x2160 ?x5172)))
(let ((?x2493 (+ (* 2 (ite $x2861 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x3916) ?x4656)))
(let (($x2626 (= 0 ?x2493)))
(not $x2626)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6609 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x3046 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x2861 (= 1 slot.b)))
(let ((?x3721 (ite $x2861 ?x3046 ?x6609)))
(let ((?x701 (+ (* 2 (ite $x2861 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x2861 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x3721)))
(let (($x6905 (= 0 ?x701)))
(not $x6905))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (29, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3046 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x3119 (* 2 ?x3046)))
(let (($x2861 (= 1 slot.b)))
(let ((?x4190 (ite $x2861 ?x3046 ?x3119)))
(let ((?x2098 (+ 1 |mem1[1]|)))
(let ((?x3101 (* 2 ?x2098)))
(let ((?x5550 (ite $x2861 ?x2098 ?x3101)))
(let ((?x2349 (+ (* 2 (ite $x2861 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x5550) ?x4190)))
(let (($x4778 (= 0 ?x2349)))
(not $x4778)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (29, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6609 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x120 (* 2 ?x6609)))
(let (($x2861 (= 1 slot.b)))
(let ((?x2703 (ite $x2861 ?x120 ?x6609)))
(let ((?x1470 (+ 1 |mem2[1]|)))
(let ((?x4415 (* 2 ?x1470)))
(let ((?x303 (ite $x2861 ?x4415 ?x1470)))
(let ((?x5216 (+ (* 2 (ite $x2861 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x303) ?x2703)))
(let (($x5904 (= 0 ?x5216)))
(not $x5904)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1914 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x6842 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x2861 (= 1 slot.b)))
(let ((?x4764 (ite $x2861 ?x6842 ?x1914)))
(let ((?x6331 (+ (* 2 (ite $x2861 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x2861 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x4764)))
(let (($x4438 (= 0 ?x6331)))
(not $x4438))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (30, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6842 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x4587 (* 2 ?x6842)))
(let (($x2861 (= 1 slot.b)))
(let ((?x1105 (ite $x2861 ?x6842 ?x4587)))
(let ((?x2042 (+ 1 |mem1[2]|)))
(let ((?x667 (* 2 ?x2042)))
(let ((?x4207 (ite $x2861 ?x2042 ?x667)))
(let ((?x1911 (+ (* 2 (ite $x2861 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x4207) ?x1105)))
(let (($x4422 (= 0 ?x1911)))
(not $x4422)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (30, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1914 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x752 (* 2 ?x1914)))
(let (($x2861 (= 1 slot.b)))
(let ((?x4980 (ite $x2861 ?x752 ?x1914)))
(let ((?x5761 (+ 1 |mem2[2]|)))
(let ((?x6181 (* 2 ?x5761)))
(let ((?x3276 (ite $x2861 ?x6181 ?x5761)))
(let ((?x5797 (+ (* 2 (ite $x2861 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x3276) ?x4980)))
(let (($x1819 (= 0 ?x5797)))
(not $x1819)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2344 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x206 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6053 (and $x206 $x2344)))
(let (($x5318 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4989 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3783 (and $x4989 $x5318)))
(let (($x4864 (or $x3783 $x6053)))
(not $x4864)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x6776 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1899 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2391 (and $x1899 $x6776)))
(let (($x499 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4215 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5280 (and $x4215 $x499)))
(let (($x4990 (or $x5280 $x2391)))
(not $x4990)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x2830 (+ 1 |mem1[0]|)))
(let (($x4893 (= 0 ?x2830)))
(let (($x316 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4342 (or $x316 $x4893)))
(not $x4342))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x2098 (+ 1 |mem1[1]|)))
(let (($x6456 (= 0 ?x2098)))
(let (($x1128 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1671 (or $x1128 $x6456)))
(not $x1671))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x2042 (+ 1 |mem1[2]|)))
(let (($x1767 (= 0 ?x2042)))
(let (($x5526 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1243 (or $x5526 $x1767)))
(not $x1243))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x5172 (+ 1 |mem2[0]|)))
(let (($x4484 (= 0 ?x5172)))
(let (($x1631 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4708 (or $x1631 $x4484)))
(not $x4708))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x1470 (+ 1 |mem2[1]|)))
(let (($x2071 (= 0 ?x1470)))
(let (($x5890 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4526 (or $x5890 $x2071)))
(not $x4526))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x5761 (+ 1 |mem2[2]|)))
(let (($x4742 (= 0 ?x5761)))
(let (($x2739 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2171 (or $x2739 $x4742)))
(not $x2171))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3749 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5150 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3272 (and $x5150 $x3749)))
(let (($x5149 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3349 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4072 (and $x3349 $x5149)))
(let (($x4486 (or $x4072 $x3272)))
(not $x4486)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x784 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2287 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4652 (and $x2287 $x784)))
(let (($x1246 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2487 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4775 (and $x2487 $x1246)))
(let (($x3467 (or $x4775 $x4652)))
(not $x3467)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1444 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x3427 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x5543 (or $x3427 $x1444)))
(not $x5543)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4991 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x6713 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x1611 (or $x6713 $x4991)))
(not $x1611)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2594 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x6714 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x932 (or $x6714 $x2594)))
(not $x932)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4428 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x1994 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x4834 (or $x1994 $x4428)))
(not $x4834)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3127 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x6968 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x2579 (or $x6968 $x3127)))
(not $x2579)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4080 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x6717 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x4300 (or $x6717 $x4080)))
(not $x4300)))))
(check-sat)
(reset)
