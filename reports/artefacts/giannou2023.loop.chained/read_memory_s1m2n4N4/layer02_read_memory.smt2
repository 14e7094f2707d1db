; read_memory: S_a.flag[0] at (10, 0) (proved)
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
 (let (($x4431 (= 1 slot.a)))
(let ((?x4586 (ite $x4431 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x3048 (ite $x4431 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x4432 (= 0 (+ ?x3048 (* (- 1) ?x4586) (* (- 2) (ite $x4431 |mem1[0]| |mem2[0]|))))))
(not $x4432))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (11, 0) (proved)
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
 (let (($x4431 (= 1 slot.a)))
(let ((?x4249 (ite $x4431 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x550 (ite $x4431 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x5283 (= 0 (+ ?x550 (* (- 1) ?x4249) (* (- 2) (ite $x4431 |mem1[1]| |mem2[1]|))))))
(not $x5283))))))
(check-sat)
(reset)
; read_memory: S_a[2] at (12, 0) (proved)
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
 (let (($x4431 (= 1 slot.a)))
(let ((?x721 (ite $x4431 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x2508 (ite $x4431 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x5645 (= 0 (+ ?x2508 (* (- 1) ?x721) (* (- 2) (ite $x4431 |mem1[2]| |mem2[2]|))))))
(not $x5645))))))
(check-sat)
(reset)
; read_memory: S_a[3] at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4431 (= 1 slot.a)))
(let ((?x954 (ite $x4431 (+ 1 (* (- 1) |mem1[3]|)) (+ 1 (* (- 1) |mem2[3]|)))))
(let ((?x3908 (ite $x4431 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))))
(let (($x646 (= 0 (+ ?x3908 (* (- 1) ?x954) (* (- 2) (ite $x4431 |mem1[3]| |mem2[3]|))))))
(not $x646))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (14, 0) (proved)
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
 (let ((?x2295 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3364 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x4330 (= 1 slot.b)))
(let ((?x2404 (ite $x4330 ?x3364 ?x2295)))
(let ((?x1961 (+ 1 |mem2[0]|)))
(let ((?x3206 (+ 1 |mem1[0]|)))
(let ((?x3012 (ite $x4330 ?x3206 ?x1961)))
(let (($x204 (= 0 (+ ?x3012 (* (- 1) ?x2404) (* (- 2) (ite $x4330 |mem1[0]| |mem2[0]|))))))
(not $x204))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (15, 0) (proved)
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
 (let ((?x3307 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x968 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x4330 (= 1 slot.b)))
(let ((?x2840 (ite $x4330 ?x968 ?x3307)))
(let ((?x3539 (+ 1 |mem2[1]|)))
(let ((?x4064 (+ 1 |mem1[1]|)))
(let ((?x4634 (ite $x4330 ?x4064 ?x3539)))
(let (($x1171 (= 0 (+ ?x4634 (* (- 1) ?x2840) (* (- 2) (ite $x4330 |mem1[1]| |mem2[1]|))))))
(not $x1171))))))))))
(check-sat)
(reset)
; read_memory: S_b[2] at (16, 0) (proved)
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
 (let ((?x1104 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x3552 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x4330 (= 1 slot.b)))
(let ((?x2021 (ite $x4330 ?x3552 ?x1104)))
(let ((?x463 (+ 1 |mem2[2]|)))
(let ((?x5073 (+ 1 |mem1[2]|)))
(let ((?x4779 (ite $x4330 ?x5073 ?x463)))
(let (($x347 (= 0 (+ ?x4779 (* (- 1) ?x2021) (* (- 2) (ite $x4330 |mem1[2]| |mem2[2]|))))))
(not $x347))))))))))
(check-sat)
(reset)
; read_memory: S_b[3] at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1731 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1490 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x4330 (= 1 slot.b)))
(let ((?x2953 (ite $x4330 ?x1490 ?x1731)))
(let ((?x2798 (+ 1 |mem2[3]|)))
(let ((?x1260 (+ 1 |mem1[3]|)))
(let ((?x274 (ite $x4330 ?x1260 ?x2798)))
(let (($x4724 (= 0 (+ ?x274 (* (- 1) ?x2953) (* (- 2) (ite $x4330 |mem1[3]| |mem2[3]|))))))
(not $x4724))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (28, 0) (proved)
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
 (let ((?x2295 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3364 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x4586 (ite $x4431 ?x3364 ?x2295)))
(let ((?x61 (+ (* 2 (ite $x4431 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x4431 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x4586)))
(let (($x4351 (= 0 ?x61)))
(not $x4351))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (28, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3364 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x1194 (ite $x4431 ?x3364 (* 2 ?x3364))))
(let ((?x3206 (+ 1 |mem1[0]|)))
(let ((?x4663 (ite $x4431 ?x3206 (* 2 ?x3206))))
(let ((?x4764 (+ (* 2 (ite $x4431 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x4663) ?x1194)))
(let (($x5061 (= 0 ?x4764)))
(not $x5061)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (28, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2295 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x3831 (ite $x4431 (* 2 ?x2295) ?x2295)))
(let ((?x1961 (+ 1 |mem2[0]|)))
(let ((?x1105 (ite $x4431 (* 2 ?x1961) ?x1961)))
(let ((?x945 (+ (* 2 (ite $x4431 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x1105) ?x3831)))
(let (($x4978 (= 0 ?x945)))
(not $x4978)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (29, 0) (proved)
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
 (let ((?x3307 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x968 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x4249 (ite $x4431 ?x968 ?x3307)))
(let ((?x662 (+ (* 2 (ite $x4431 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x4431 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x4249)))
(let (($x1946 (= 0 ?x662)))
(not $x1946))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (29, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x968 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x4150 (ite $x4431 ?x968 (* 2 ?x968))))
(let ((?x4064 (+ 1 |mem1[1]|)))
(let ((?x422 (ite $x4431 ?x4064 (* 2 ?x4064))))
(let ((?x811 (+ (* 2 (ite $x4431 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x422) ?x4150)))
(let (($x3536 (= 0 ?x811)))
(not $x3536)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (29, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3307 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x594 (ite $x4431 (* 2 ?x3307) ?x3307)))
(let ((?x3539 (+ 1 |mem2[1]|)))
(let ((?x4745 (ite $x4431 (* 2 ?x3539) ?x3539)))
(let ((?x3368 (+ (* 2 (ite $x4431 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x4745) ?x594)))
(let (($x3428 (= 0 ?x3368)))
(not $x3428)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (30, 0) (proved)
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
 (let ((?x1104 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x3552 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x721 (ite $x4431 ?x3552 ?x1104)))
(let ((?x354 (+ (* 2 (ite $x4431 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x4431 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x721)))
(let (($x1214 (= 0 ?x354)))
(not $x1214))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (30, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3552 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x4221 (ite $x4431 ?x3552 (* 2 ?x3552))))
(let ((?x5073 (+ 1 |mem1[2]|)))
(let ((?x1208 (ite $x4431 ?x5073 (* 2 ?x5073))))
(let ((?x4782 (+ (* 2 (ite $x4431 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x1208) ?x4221)))
(let (($x1907 (= 0 ?x4782)))
(not $x1907)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (30, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1104 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x4878 (ite $x4431 (* 2 ?x1104) ?x1104)))
(let ((?x463 (+ 1 |mem2[2]|)))
(let ((?x3999 (ite $x4431 (* 2 ?x463) ?x463)))
(let ((?x2485 (+ (* 2 (ite $x4431 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x3999) ?x4878)))
(let (($x772 (= 0 ?x2485)))
(not $x772)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1731 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1490 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x954 (ite $x4431 ?x1490 ?x1731)))
(let ((?x260 (+ (* 2 (ite $x4431 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x4431 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x954)))
(let (($x4405 (= 0 ?x260)))
(not $x4405))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (31, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1490 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x625 (ite $x4431 ?x1490 (* 2 ?x1490))))
(let ((?x1260 (+ 1 |mem1[3]|)))
(let ((?x189 (ite $x4431 ?x1260 (* 2 ?x1260))))
(let ((?x5629 (+ (* 2 (ite $x4431 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x189) ?x625)))
(let (($x1021 (= 0 ?x5629)))
(not $x1021)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (31, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1731 (+ 1 (* (- 1) |mem2[3]|))))
(let (($x4431 (= 1 slot.a)))
(let ((?x3246 (ite $x4431 (* 2 ?x1731) ?x1731)))
(let ((?x2798 (+ 1 |mem2[3]|)))
(let ((?x1410 (ite $x4431 (* 2 ?x2798) ?x2798)))
(let ((?x1006 (+ (* 2 (ite $x4431 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x1410) ?x3246)))
(let (($x4775 (= 0 ?x1006)))
(not $x4775)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (32, 0) (proved)
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
 (let ((?x2295 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3364 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x4330 (= 1 slot.b)))
(let ((?x2404 (ite $x4330 ?x3364 ?x2295)))
(let ((?x4865 (+ (* 2 (ite $x4330 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x4330 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x2404)))
(let (($x1452 (= 0 ?x4865)))
(not $x1452))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (32, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3364 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x256 (* 2 ?x3364)))
(let (($x4330 (= 1 slot.b)))
(let ((?x4454 (ite $x4330 ?x3364 ?x256)))
(let ((?x3206 (+ 1 |mem1[0]|)))
(let ((?x3858 (* 2 ?x3206)))
(let ((?x2650 (ite $x4330 ?x3206 ?x3858)))
(let ((?x2135 (+ (* 2 (ite $x4330 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x2650) ?x4454)))
(let (($x885 (= 0 ?x2135)))
(not $x885)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (32, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2295 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3635 (* 2 ?x2295)))
(let (($x4330 (= 1 slot.b)))
(let ((?x4936 (ite $x4330 ?x3635 ?x2295)))
(let ((?x1961 (+ 1 |mem2[0]|)))
(let ((?x4651 (* 2 ?x1961)))
(let ((?x3704 (ite $x4330 ?x4651 ?x1961)))
(let ((?x927 (+ (* 2 (ite $x4330 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x3704) ?x4936)))
(let (($x250 (= 0 ?x927)))
(not $x250)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (33, 0) (proved)
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
 (let ((?x3307 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x968 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x4330 (= 1 slot.b)))
(let ((?x2840 (ite $x4330 ?x968 ?x3307)))
(let ((?x4718 (+ (* 2 (ite $x4330 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x4330 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x2840)))
(let (($x5434 (= 0 ?x4718)))
(not $x5434))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (33, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x968 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x3229 (* 2 ?x968)))
(let (($x4330 (= 1 slot.b)))
(let ((?x3930 (ite $x4330 ?x968 ?x3229)))
(let ((?x4064 (+ 1 |mem1[1]|)))
(let ((?x4245 (* 2 ?x4064)))
(let ((?x1643 (ite $x4330 ?x4064 ?x4245)))
(let ((?x3467 (+ (* 2 (ite $x4330 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x1643) ?x3930)))
(let (($x359 (= 0 ?x3467)))
(not $x359)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (33, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3307 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1811 (* 2 ?x3307)))
(let (($x4330 (= 1 slot.b)))
(let ((?x2617 (ite $x4330 ?x1811 ?x3307)))
(let ((?x3539 (+ 1 |mem2[1]|)))
(let ((?x633 (* 2 ?x3539)))
(let ((?x3185 (ite $x4330 ?x633 ?x3539)))
(let ((?x1126 (+ (* 2 (ite $x4330 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x3185) ?x2617)))
(let (($x2430 (= 0 ?x1126)))
(not $x2430)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (34, 0) (proved)
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
 (let ((?x1104 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x3552 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x4330 (= 1 slot.b)))
(let ((?x2021 (ite $x4330 ?x3552 ?x1104)))
(let ((?x5376 (+ (* 2 (ite $x4330 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x4330 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x2021)))
(let (($x5596 (= 0 ?x5376)))
(not $x5596))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (34, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3552 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x3529 (* 2 ?x3552)))
(let (($x4330 (= 1 slot.b)))
(let ((?x3690 (ite $x4330 ?x3552 ?x3529)))
(let ((?x5073 (+ 1 |mem1[2]|)))
(let ((?x3521 (* 2 ?x5073)))
(let ((?x3896 (ite $x4330 ?x5073 ?x3521)))
(let ((?x4980 (+ (* 2 (ite $x4330 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x3896) ?x3690)))
(let (($x882 (= 0 ?x4980)))
(not $x882)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (34, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1104 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x2664 (* 2 ?x1104)))
(let (($x4330 (= 1 slot.b)))
(let ((?x2117 (ite $x4330 ?x2664 ?x1104)))
(let ((?x463 (+ 1 |mem2[2]|)))
(let ((?x410 (* 2 ?x463)))
(let ((?x3188 (ite $x4330 ?x410 ?x463)))
(let ((?x1890 (+ (* 2 (ite $x4330 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x3188) ?x2117)))
(let (($x3961 (= 0 ?x1890)))
(not $x3961)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1731 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1490 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x4330 (= 1 slot.b)))
(let ((?x2953 (ite $x4330 ?x1490 ?x1731)))
(let ((?x3165 (+ (* 2 (ite $x4330 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x4330 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x2953)))
(let (($x87 (= 0 ?x3165)))
(not $x87))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (35, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1490 (+ 1 (* (- 1) |mem1[3]|))))
(let ((?x3592 (* 2 ?x1490)))
(let (($x4330 (= 1 slot.b)))
(let ((?x4447 (ite $x4330 ?x1490 ?x3592)))
(let ((?x1260 (+ 1 |mem1[3]|)))
(let ((?x3986 (* 2 ?x1260)))
(let ((?x2357 (ite $x4330 ?x1260 ?x3986)))
(let ((?x1891 (+ (* 2 (ite $x4330 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x2357) ?x4447)))
(let (($x4570 (= 0 ?x1891)))
(not $x4570)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (35, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1731 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1837 (* 2 ?x1731)))
(let (($x4330 (= 1 slot.b)))
(let ((?x5486 (ite $x4330 ?x1837 ?x1731)))
(let ((?x2798 (+ 1 |mem2[3]|)))
(let ((?x999 (* 2 ?x2798)))
(let ((?x4884 (ite $x4330 ?x999 ?x2798)))
(let ((?x926 (+ (* 2 (ite $x4330 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x4884) ?x5486)))
(let (($x4057 (= 0 ?x926)))
(not $x4057)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3705 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5510 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5114 (and $x5510 $x3705)))
(let (($x2702 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2500 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4517 (and $x2500 $x2702)))
(let (($x5164 (or $x4517 $x5114)))
(not $x5164)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1759 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2503 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1697 (and $x2503 $x1759)))
(let (($x1119 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1608 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4178 (and $x1608 $x1119)))
(let (($x2208 (or $x4178 $x1697)))
(not $x2208)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x3206 (+ 1 |mem1[0]|)))
(let (($x2696 (= 0 ?x3206)))
(let (($x816 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4490 (or $x816 $x2696)))
(not $x4490))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x4064 (+ 1 |mem1[1]|)))
(let (($x2431 (= 0 ?x4064)))
(let (($x297 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x508 (or $x297 $x2431)))
(not $x508))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x5073 (+ 1 |mem1[2]|)))
(let (($x3530 (= 0 ?x5073)))
(let (($x798 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1683 (or $x798 $x3530)))
(not $x1683))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let ((?x1260 (+ 1 |mem1[3]|)))
(let (($x2709 (= 0 ?x1260)))
(let (($x5186 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3137 (or $x5186 $x2709)))
(not $x3137))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x1961 (+ 1 |mem2[0]|)))
(let (($x3846 (= 0 ?x1961)))
(let (($x4986 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4320 (or $x4986 $x3846)))
(not $x4320))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x3539 (+ 1 |mem2[1]|)))
(let (($x4115 (= 0 ?x3539)))
(let (($x2971 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4940 (or $x2971 $x4115)))
(not $x4940))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x463 (+ 1 |mem2[2]|)))
(let (($x1802 (= 0 ?x463)))
(let (($x1845 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5334 (or $x1845 $x1802)))
(not $x5334))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let ((?x2798 (+ 1 |mem2[3]|)))
(let (($x396 (= 0 ?x2798)))
(let (($x133 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x1231 (or $x133 $x396)))
(not $x1231))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2975 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4392 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3191 (and $x4392 $x2975)))
(let (($x1971 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5251 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2173 (and $x5251 $x1971)))
(let (($x1273 (or $x2173 $x3191)))
(not $x1273)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1504 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3344 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2235 (and $x3344 $x1504)))
(let (($x3049 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5269 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5166 (and $x5269 $x3049)))
(let (($x2055 (or $x5166 $x2235)))
(not $x2055)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (10, 0) (proved)
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
 (let (($x4388 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x2473 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x2114 (or $x2473 $x4388)))
(not $x2114)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (11, 0) (proved)
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
 (let (($x2113 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x1125 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x2293 (or $x1125 $x2113)))
(not $x2293)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (12, 0) (proved)
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
 (let (($x3737 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x243 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x1046 (or $x243 $x3737)))
(not $x1046)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x863 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x2312 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x2214 (or $x2312 $x863)))
(not $x2214)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (14, 0) (proved)
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
 (let (($x5208 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x4427 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x1766 (or $x4427 $x5208)))
(not $x1766)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (15, 0) (proved)
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
 (let (($x182 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x4017 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x3044 (or $x4017 $x182)))
(not $x3044)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (16, 0) (proved)
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
 (let (($x4148 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x2746 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x206 (or $x2746 $x4148)))
(not $x206)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1949 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x1653 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x3102 (or $x1653 $x1949)))
(not $x3102)))))
(check-sat)
(reset)
