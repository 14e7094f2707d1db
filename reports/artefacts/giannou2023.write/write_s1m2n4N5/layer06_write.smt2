; write: M[0] at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2210 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x600 (ite (< 0 ?x2210) ?x2210 0)))
(let (($x1828 (= 1 slot.b)))
(let ((?x296 (ite $x1828 ?x600 0)))
(let ((?x2205 (ite $x1828 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x600) 0)))
(let ((?x3020 (+ |mem1[0]| ?x2205 (* (- 1) ?x296) (* (- 1) (ite $x1828 |S_b[0]| |mem1[0]|)))))
(let (($x441 (= 0 ?x3020)))
(not $x441)))))))))
(check-sat)
(reset)
; write: M[0] at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x226 (* (- 1) |S_b[0]|)))
(let ((?x2137 (+ |mem2[0]| ?x226)))
(let ((?x4456 (ite (< 0 ?x2137) ?x2137 0)))
(let (($x1828 (= 1 slot.b)))
(let ((?x1645 (ite $x1828 0 ?x4456)))
(let ((?x2799 (ite $x1828 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x4456))))
(let ((?x3910 (+ |mem2[0]| ?x2799 (* (- 1) ?x1645) (* (- 1) (ite $x1828 |mem2[0]| |S_b[0]|)))))
(let (($x745 (= 0 ?x3910)))
(not $x745))))))))))
(check-sat)
(reset)
; write: M[1] at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4412 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x3031 (ite (< 0 ?x4412) ?x4412 0)))
(let (($x1828 (= 1 slot.b)))
(let ((?x1275 (ite $x1828 ?x3031 0)))
(let ((?x240 (ite $x1828 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x3031) 0)))
(let ((?x3532 (+ |mem1[1]| ?x240 (* (- 1) ?x1275) (* (- 1) (ite $x1828 |S_b[1]| |mem1[1]|)))))
(let (($x750 (= 0 ?x3532)))
(not $x750)))))))))
(check-sat)
(reset)
; write: M[1] at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x729 (* (- 1) |S_b[1]|)))
(let ((?x2494 (+ |mem2[1]| ?x729)))
(let ((?x2773 (ite (< 0 ?x2494) ?x2494 0)))
(let (($x1828 (= 1 slot.b)))
(let ((?x1868 (ite $x1828 0 ?x2773)))
(let ((?x3469 (ite $x1828 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x2773))))
(let ((?x1004 (+ |mem2[1]| ?x3469 (* (- 1) ?x1868) (* (- 1) (ite $x1828 |mem2[1]| |S_b[1]|)))))
(let (($x1555 (= 0 ?x1004)))
(not $x1555))))))))))
(check-sat)
(reset)
; write: M[2] at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x407 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x3938 (ite (< 0 ?x407) ?x407 0)))
(let (($x1828 (= 1 slot.b)))
(let ((?x4439 (ite $x1828 ?x3938 0)))
(let ((?x4245 (ite $x1828 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x3938) 0)))
(let ((?x4454 (+ |mem1[2]| ?x4245 (* (- 1) ?x4439) (* (- 1) (ite $x1828 |S_b[2]| |mem1[2]|)))))
(let (($x4934 (= 0 ?x4454)))
(not $x4934)))))))))
(check-sat)
(reset)
; write: M[2] at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x821 (* (- 1) |S_b[2]|)))
(let ((?x1840 (+ |mem2[2]| ?x821)))
(let ((?x2840 (ite (< 0 ?x1840) ?x1840 0)))
(let (($x1828 (= 1 slot.b)))
(let ((?x241 (ite $x1828 0 ?x2840)))
(let ((?x4190 (ite $x1828 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x2840))))
(let ((?x4067 (+ |mem2[2]| ?x4190 (* (- 1) ?x241) (* (- 1) (ite $x1828 |mem2[2]| |S_b[2]|)))))
(let (($x2866 (= 0 ?x4067)))
(not $x2866))))))))))
(check-sat)
(reset)
; write: M[3] at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3159 (+ |mem1[3]| (* (- 1) |S_b[3]|))))
(let ((?x1631 (ite (< 0 ?x3159) ?x3159 0)))
(let (($x1828 (= 1 slot.b)))
(let ((?x3377 (ite $x1828 ?x1631 0)))
(let ((?x458 (ite $x1828 (+ (* (- 1) |mem1[3]|) |S_b[3]| ?x1631) 0)))
(let ((?x1330 (+ |mem1[3]| ?x458 (* (- 1) ?x3377) (* (- 1) (ite $x1828 |S_b[3]| |mem1[3]|)))))
(let (($x3055 (= 0 ?x1330)))
(not $x3055)))))))))
(check-sat)
(reset)
; write: M[3] at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1589 (* (- 1) |S_b[3]|)))
(let ((?x2356 (+ |mem2[3]| ?x1589)))
(let ((?x2686 (ite (< 0 ?x2356) ?x2356 0)))
(let (($x1828 (= 1 slot.b)))
(let ((?x1299 (ite $x1828 0 ?x2686)))
(let ((?x3128 (ite $x1828 0 (+ (* (- 1) |mem2[3]|) |S_b[3]| ?x2686))))
(let ((?x665 (+ |mem2[3]| ?x3128 (* (- 1) ?x1299) (* (- 1) (ite $x1828 |mem2[3]| |S_b[3]|)))))
(let (($x892 (= 0 ?x665)))
(not $x892))))))))))
(check-sat)
(reset)
; write: M[4] at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2594 (+ |mem1[4]| (* (- 1) |S_b[4]|))))
(let ((?x178 (ite (< 0 ?x2594) ?x2594 0)))
(let (($x1828 (= 1 slot.b)))
(let ((?x2464 (ite $x1828 ?x178 0)))
(let ((?x3352 (ite $x1828 (+ (* (- 1) |mem1[4]|) |S_b[4]| ?x178) 0)))
(let ((?x4560 (+ |mem1[4]| ?x3352 (* (- 1) ?x2464) (* (- 1) (ite $x1828 |S_b[4]| |mem1[4]|)))))
(let (($x1188 (= 0 ?x4560)))
(not $x1188)))))))))
(check-sat)
(reset)
; write: M[4] at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1225 (* (- 1) |S_b[4]|)))
(let ((?x2745 (+ |mem2[4]| ?x1225)))
(let ((?x102 (ite (< 0 ?x2745) ?x2745 0)))
(let (($x1828 (= 1 slot.b)))
(let ((?x509 (ite $x1828 0 ?x102)))
(let ((?x3509 (ite $x1828 0 (+ (* (- 1) |mem2[4]|) |S_b[4]| ?x102))))
(let ((?x1034 (+ |mem2[4]| ?x3509 (* (- 1) ?x509) (* (- 1) (ite $x1828 |mem2[4]| |S_b[4]|)))))
(let (($x1396 (= 0 ?x1034)))
(not $x1396))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1202 (+ |mem2[0]| |S_b[0]|)))
(let ((?x3601 (ite (< 0 ?x1202) ?x1202 0)))
(let ((?x226 (* (- 1) |S_b[0]|)))
(let ((?x3263 (* (- 1) |mem2[0]|)))
(let ((?x2480 (+ |mem1[0]| |S_b[0]|)))
(let ((?x3225 (ite (< 0 ?x2480) ?x2480 0)))
(let ((?x2552 (* (- 1) |mem1[0]|)))
(let (($x1828 (= 1 slot.b)))
(let ((?x3784 (ite $x1828 (+ ?x2552 ?x226 ?x3225) (+ ?x3263 ?x226 ?x3601))))
(let ((?x2073 (ite $x1828 ?x2480 ?x1202)))
(let (($x1799 (= 0 (+ ?x2073 (* (- 1) (ite $x1828 ?x3225 ?x3601)) ?x3784))))
(not $x1799)))))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (31, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2480 (+ |mem1[0]| |S_b[0]|)))
(let ((?x3225 (ite (< 0 ?x2480) ?x2480 0)))
(let ((?x226 (* (- 1) |S_b[0]|)))
(let ((?x2552 (* (- 1) |mem1[0]|)))
(let ((?x3424 (+ ?x2552 ?x226 ?x3225)))
(let (($x1828 (= 1 slot.b)))
(let ((?x4890 (ite $x1828 ?x3424 (+ 1 ?x2552))))
(let ((?x305 (ite $x1828 ?x2480 (* 2 |mem1[0]|))))
(let (($x1457 (= 0 (+ ?x305 (* (- 1) (ite $x1828 ?x3225 (+ 1 |mem1[0]|))) ?x4890))))
(not $x1457)))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (31, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1202 (+ |mem2[0]| |S_b[0]|)))
(let ((?x3601 (ite (< 0 ?x1202) ?x1202 0)))
(let ((?x226 (* (- 1) |S_b[0]|)))
(let ((?x3263 (* (- 1) |mem2[0]|)))
(let ((?x4641 (+ ?x3263 ?x226 ?x3601)))
(let (($x1828 (= 1 slot.b)))
(let ((?x4684 (ite $x1828 (+ 1 ?x3263) ?x4641)))
(let ((?x3001 (ite $x1828 (* 2 |mem2[0]|) ?x1202)))
(let (($x3991 (= 0 (+ ?x3001 (* (- 1) (ite $x1828 (+ 1 |mem2[0]|) ?x3601)) ?x4684))))
(not $x3991)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2789 (+ |mem2[1]| |S_b[1]|)))
(let ((?x3103 (ite (< 0 ?x2789) ?x2789 0)))
(let ((?x729 (* (- 1) |S_b[1]|)))
(let ((?x515 (* (- 1) |mem2[1]|)))
(let ((?x1079 (+ |mem1[1]| |S_b[1]|)))
(let ((?x4650 (ite (< 0 ?x1079) ?x1079 0)))
(let ((?x3272 (* (- 1) |mem1[1]|)))
(let (($x1828 (= 1 slot.b)))
(let ((?x3935 (ite $x1828 (+ ?x3272 ?x729 ?x4650) (+ ?x515 ?x729 ?x3103))))
(let ((?x3217 (ite $x1828 ?x1079 ?x2789)))
(let (($x3827 (= 0 (+ ?x3217 (* (- 1) (ite $x1828 ?x4650 ?x3103)) ?x3935))))
(not $x3827)))))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (32, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1079 (+ |mem1[1]| |S_b[1]|)))
(let ((?x4650 (ite (< 0 ?x1079) ?x1079 0)))
(let ((?x729 (* (- 1) |S_b[1]|)))
(let ((?x3272 (* (- 1) |mem1[1]|)))
(let ((?x4723 (+ ?x3272 ?x729 ?x4650)))
(let (($x1828 (= 1 slot.b)))
(let ((?x3008 (ite $x1828 ?x4723 (+ 1 ?x3272))))
(let ((?x4405 (ite $x1828 ?x1079 (* 2 |mem1[1]|))))
(let (($x3119 (= 0 (+ ?x4405 (* (- 1) (ite $x1828 ?x4650 (+ 1 |mem1[1]|))) ?x3008))))
(not $x3119)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (32, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2789 (+ |mem2[1]| |S_b[1]|)))
(let ((?x3103 (ite (< 0 ?x2789) ?x2789 0)))
(let ((?x729 (* (- 1) |S_b[1]|)))
(let ((?x515 (* (- 1) |mem2[1]|)))
(let ((?x435 (+ ?x515 ?x729 ?x3103)))
(let (($x1828 (= 1 slot.b)))
(let ((?x1670 (ite $x1828 (+ 1 ?x515) ?x435)))
(let ((?x1985 (ite $x1828 (* 2 |mem2[1]|) ?x2789)))
(let (($x1203 (= 0 (+ ?x1985 (* (- 1) (ite $x1828 (+ 1 |mem2[1]|) ?x3103)) ?x1670))))
(not $x1203)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x476 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4289 (ite (< 0 ?x476) ?x476 0)))
(let ((?x821 (* (- 1) |S_b[2]|)))
(let ((?x4051 (* (- 1) |mem2[2]|)))
(let ((?x1406 (+ |mem1[2]| |S_b[2]|)))
(let ((?x3471 (ite (< 0 ?x1406) ?x1406 0)))
(let ((?x1171 (* (- 1) |mem1[2]|)))
(let (($x1828 (= 1 slot.b)))
(let ((?x3613 (ite $x1828 (+ ?x1171 ?x821 ?x3471) (+ ?x4051 ?x821 ?x4289))))
(let ((?x4827 (ite $x1828 ?x1406 ?x476)))
(let (($x4981 (= 0 (+ ?x4827 (* (- 1) (ite $x1828 ?x3471 ?x4289)) ?x3613))))
(not $x4981)))))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (33, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1406 (+ |mem1[2]| |S_b[2]|)))
(let ((?x3471 (ite (< 0 ?x1406) ?x1406 0)))
(let ((?x821 (* (- 1) |S_b[2]|)))
(let ((?x1171 (* (- 1) |mem1[2]|)))
(let ((?x5067 (+ ?x1171 ?x821 ?x3471)))
(let (($x1828 (= 1 slot.b)))
(let ((?x1206 (ite $x1828 ?x5067 (+ 1 ?x1171))))
(let ((?x4397 (ite $x1828 ?x1406 (* 2 |mem1[2]|))))
(let (($x2037 (= 0 (+ ?x4397 (* (- 1) (ite $x1828 ?x3471 (+ 1 |mem1[2]|))) ?x1206))))
(not $x2037)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (33, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x476 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4289 (ite (< 0 ?x476) ?x476 0)))
(let ((?x821 (* (- 1) |S_b[2]|)))
(let ((?x4051 (* (- 1) |mem2[2]|)))
(let ((?x4718 (+ ?x4051 ?x821 ?x4289)))
(let (($x1828 (= 1 slot.b)))
(let ((?x2053 (ite $x1828 (+ 1 ?x4051) ?x4718)))
(let ((?x3769 (ite $x1828 (* 2 |mem2[2]|) ?x476)))
(let (($x2023 (= 0 (+ ?x3769 (* (- 1) (ite $x1828 (+ 1 |mem2[2]|) ?x4289)) ?x2053))))
(not $x2023)))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3313 (+ |mem2[3]| |S_b[3]|)))
(let ((?x3775 (ite (< 0 ?x3313) ?x3313 0)))
(let ((?x1589 (* (- 1) |S_b[3]|)))
(let ((?x1085 (* (- 1) |mem2[3]|)))
(let ((?x2414 (+ |mem1[3]| |S_b[3]|)))
(let ((?x2821 (ite (< 0 ?x2414) ?x2414 0)))
(let ((?x419 (* (- 1) |mem1[3]|)))
(let (($x1828 (= 1 slot.b)))
(let ((?x1070 (ite $x1828 (+ ?x419 ?x1589 ?x2821) (+ ?x1085 ?x1589 ?x3775))))
(let ((?x879 (ite $x1828 ?x2414 ?x3313)))
(let (($x1003 (= 0 (+ ?x879 (* (- 1) (ite $x1828 ?x2821 ?x3775)) ?x1070))))
(not $x1003)))))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (34, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2414 (+ |mem1[3]| |S_b[3]|)))
(let ((?x2821 (ite (< 0 ?x2414) ?x2414 0)))
(let ((?x1589 (* (- 1) |S_b[3]|)))
(let ((?x419 (* (- 1) |mem1[3]|)))
(let ((?x3936 (+ ?x419 ?x1589 ?x2821)))
(let (($x1828 (= 1 slot.b)))
(let ((?x1938 (ite $x1828 ?x3936 (+ 1 ?x419))))
(let ((?x2601 (ite $x1828 ?x2414 (* 2 |mem1[3]|))))
(let (($x3644 (= 0 (+ ?x2601 (* (- 1) (ite $x1828 ?x2821 (+ 1 |mem1[3]|))) ?x1938))))
(not $x3644)))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (34, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3313 (+ |mem2[3]| |S_b[3]|)))
(let ((?x3775 (ite (< 0 ?x3313) ?x3313 0)))
(let ((?x1589 (* (- 1) |S_b[3]|)))
(let ((?x1085 (* (- 1) |mem2[3]|)))
(let ((?x5083 (+ ?x1085 ?x1589 ?x3775)))
(let (($x1828 (= 1 slot.b)))
(let ((?x212 (ite $x1828 (+ 1 ?x1085) ?x5083)))
(let ((?x961 (ite $x1828 (* 2 |mem2[3]|) ?x3313)))
(let (($x1130 (= 0 (+ ?x961 (* (- 1) (ite $x1828 (+ 1 |mem2[3]|) ?x3775)) ?x212))))
(not $x1130)))))))))))
(check-sat)
(reset)
; write: B.B1[4] at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1399 (+ |mem2[4]| |S_b[4]|)))
(let ((?x814 (ite (< 0 ?x1399) ?x1399 0)))
(let ((?x1225 (* (- 1) |S_b[4]|)))
(let ((?x1352 (* (- 1) |mem2[4]|)))
(let ((?x1226 (+ |mem1[4]| |S_b[4]|)))
(let ((?x198 (ite (< 0 ?x1226) ?x1226 0)))
(let ((?x3172 (* (- 1) |mem1[4]|)))
(let (($x1828 (= 1 slot.b)))
(let ((?x1800 (ite $x1828 (+ ?x3172 ?x1225 ?x198) (+ ?x1352 ?x1225 ?x814))))
(let ((?x4121 (ite $x1828 ?x1226 ?x1399)))
(let (($x3353 (= 0 (+ ?x4121 (* (- 1) (ite $x1828 ?x198 ?x814)) ?x1800))))
(not $x3353)))))))))))))
(check-sat)
(reset)
; write: B.B1[4] at (35, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1226 (+ |mem1[4]| |S_b[4]|)))
(let ((?x198 (ite (< 0 ?x1226) ?x1226 0)))
(let ((?x1225 (* (- 1) |S_b[4]|)))
(let ((?x3172 (* (- 1) |mem1[4]|)))
(let ((?x1055 (+ ?x3172 ?x1225 ?x198)))
(let (($x1828 (= 1 slot.b)))
(let ((?x3476 (ite $x1828 ?x1055 (+ 1 ?x3172))))
(let ((?x1344 (ite $x1828 ?x1226 (* 2 |mem1[4]|))))
(let (($x2160 (= 0 (+ ?x1344 (* (- 1) (ite $x1828 ?x198 (+ 1 |mem1[4]|))) ?x3476))))
(not $x2160)))))))))))
(check-sat)
(reset)
; write: B.B1[4] at (35, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1399 (+ |mem2[4]| |S_b[4]|)))
(let ((?x814 (ite (< 0 ?x1399) ?x1399 0)))
(let ((?x1225 (* (- 1) |S_b[4]|)))
(let ((?x1352 (* (- 1) |mem2[4]|)))
(let ((?x1976 (+ ?x1352 ?x1225 ?x814)))
(let (($x1828 (= 1 slot.b)))
(let ((?x991 (ite $x1828 (+ 1 ?x1352) ?x1976)))
(let ((?x3872 (ite $x1828 (* 2 |mem2[4]|) ?x1399)))
(let (($x211 (= 0 (+ ?x3872 (* (- 1) (ite $x1828 (+ 1 |mem2[4]|) ?x814)) ?x991))))
(not $x211)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4599 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2777 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4001 (and $x2777 $x4599)))
(let (($x1772 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3155 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x191 (and $x3155 $x1772)))
(let (($x335 (or $x191 $x4001)))
(not $x335)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3728 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4352 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1748 (and $x4352 $x3728)))
(let (($x2906 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4102 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2936 (and $x4102 $x2906)))
(let (($x2405 (or $x2936 $x1748)))
(not $x2405)))))))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4159 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x3067 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x219 (or $x3067 $x4159)))
(not $x219)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1660 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x2404 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x4593 (or $x2404 $x1660)))
(not $x4593)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x918 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x108 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x1363 (or $x108 $x918)))
(not $x1363)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4660 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x193 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x1297 (or $x193 $x4660)))
(not $x1297)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x649 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x1050 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x4464 (or $x1050 $x649)))
(not $x4464)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4335 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x120 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x1914 (or $x120 $x4335)))
(not $x1914)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1395 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x158 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x4639 (or $x158 $x1395)))
(not $x4639)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3304 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x588 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x2266 (or $x588 $x3304)))
(not $x2266)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1232 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x2681 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x2178 (or $x2681 $x1232)))
(not $x2178)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3944 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x2900 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x891 (or $x2900 $x3944)))
(not $x891)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2995 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2486 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3608 (and $x2486 $x2995)))
(let (($x2786 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x76 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x568 (and $x76 $x2786)))
(let (($x2877 (or $x568 $x3608)))
(not $x2877)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x12 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1845 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3437 (and $x1845 $x12)))
(let (($x3340 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2590 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3761 (and $x2590 $x3340)))
(let (($x809 (or $x3761 $x3437)))
(not $x809)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x4617 (= 0 (+ 1 |S_b[0]|))))
(let (($x208 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x1924 (or $x208 $x4617)))
(not $x1924)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x4447 (= 0 (+ 1 |S_b[1]|))))
(let (($x4918 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x3084 (or $x4918 $x4447)))
(not $x3084)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2928 (= 0 (+ 1 |S_b[2]|))))
(let (($x3118 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x323 (or $x3118 $x2928)))
(not $x323)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x2662 (= 0 (+ 1 |S_b[3]|))))
(let (($x1812 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x3862 (or $x1812 $x2662)))
(not $x3862)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x4057 (= 0 (+ 1 |S_b[4]|))))
(let (($x446 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x2670 (or $x446 $x4057)))
(not $x2670)))))
(check-sat)
(reset)
