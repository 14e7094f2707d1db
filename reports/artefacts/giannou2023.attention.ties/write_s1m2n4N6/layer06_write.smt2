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
 (let ((?x2231 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x3769 (ite (< 0 ?x2231) ?x2231 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x2092 (ite $x1749 ?x3769 0)))
(let ((?x2237 (ite $x1749 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x3769) 0)))
(let ((?x2404 (+ |mem1[0]| ?x2237 (* (- 1) ?x2092) (* (- 1) (ite $x1749 |S_b[0]| |mem1[0]|)))))
(let (($x4784 (= 0 ?x2404)))
(not $x4784)))))))))
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
 (let ((?x946 (* (- 1) |S_b[0]|)))
(let ((?x1555 (+ |mem2[0]| ?x946)))
(let ((?x449 (ite (< 0 ?x1555) ?x1555 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x2552 (ite $x1749 0 ?x449)))
(let ((?x651 (ite $x1749 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x449))))
(let ((?x2950 (+ |mem2[0]| ?x651 (* (- 1) ?x2552) (* (- 1) (ite $x1749 |mem2[0]| |S_b[0]|)))))
(let (($x3256 (= 0 ?x2950)))
(not $x3256))))))))))
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
 (let ((?x733 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x525 (ite (< 0 ?x733) ?x733 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x2843 (ite $x1749 ?x525 0)))
(let ((?x4572 (ite $x1749 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x525) 0)))
(let ((?x3521 (+ |mem1[1]| ?x4572 (* (- 1) ?x2843) (* (- 1) (ite $x1749 |S_b[1]| |mem1[1]|)))))
(let (($x1751 (= 0 ?x3521)))
(not $x1751)))))))))
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
 (let ((?x755 (* (- 1) |S_b[1]|)))
(let ((?x1935 (+ |mem2[1]| ?x755)))
(let ((?x4268 (ite (< 0 ?x1935) ?x1935 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x1389 (ite $x1749 0 ?x4268)))
(let ((?x2729 (ite $x1749 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x4268))))
(let ((?x121 (+ |mem2[1]| ?x2729 (* (- 1) ?x1389) (* (- 1) (ite $x1749 |mem2[1]| |S_b[1]|)))))
(let (($x511 (= 0 ?x121)))
(not $x511))))))))))
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
 (let ((?x1952 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x1091 (ite (< 0 ?x1952) ?x1952 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x2640 (ite $x1749 ?x1091 0)))
(let ((?x323 (ite $x1749 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x1091) 0)))
(let ((?x155 (+ |mem1[2]| ?x323 (* (- 1) ?x2640) (* (- 1) (ite $x1749 |S_b[2]| |mem1[2]|)))))
(let (($x2689 (= 0 ?x155)))
(not $x2689)))))))))
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
 (let ((?x1296 (* (- 1) |S_b[2]|)))
(let ((?x266 (+ |mem2[2]| ?x1296)))
(let ((?x841 (ite (< 0 ?x266) ?x266 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x3871 (ite $x1749 0 ?x841)))
(let ((?x2147 (ite $x1749 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x841))))
(let ((?x3296 (+ |mem2[2]| ?x2147 (* (- 1) ?x3871) (* (- 1) (ite $x1749 |mem2[2]| |S_b[2]|)))))
(let (($x1568 (= 0 ?x3296)))
(not $x1568))))))))))
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
 (let ((?x1877 (+ |mem1[3]| (* (- 1) |S_b[3]|))))
(let ((?x169 (ite (< 0 ?x1877) ?x1877 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x398 (ite $x1749 ?x169 0)))
(let ((?x2503 (ite $x1749 (+ (* (- 1) |mem1[3]|) |S_b[3]| ?x169) 0)))
(let ((?x635 (+ |mem1[3]| ?x2503 (* (- 1) ?x398) (* (- 1) (ite $x1749 |S_b[3]| |mem1[3]|)))))
(let (($x2759 (= 0 ?x635)))
(not $x2759)))))))))
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
 (let ((?x2125 (* (- 1) |S_b[3]|)))
(let ((?x1263 (+ |mem2[3]| ?x2125)))
(let ((?x1450 (ite (< 0 ?x1263) ?x1263 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x1557 (ite $x1749 0 ?x1450)))
(let ((?x4201 (ite $x1749 0 (+ (* (- 1) |mem2[3]|) |S_b[3]| ?x1450))))
(let ((?x310 (+ |mem2[3]| ?x4201 (* (- 1) ?x1557) (* (- 1) (ite $x1749 |mem2[3]| |S_b[3]|)))))
(let (($x1264 (= 0 ?x310)))
(not $x1264))))))))))
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
 (let ((?x3277 (+ |mem1[4]| (* (- 1) |S_b[4]|))))
(let ((?x667 (ite (< 0 ?x3277) ?x3277 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x1145 (ite $x1749 ?x667 0)))
(let ((?x1437 (ite $x1749 (+ (* (- 1) |mem1[4]|) |S_b[4]| ?x667) 0)))
(let ((?x4082 (+ |mem1[4]| ?x1437 (* (- 1) ?x1145) (* (- 1) (ite $x1749 |S_b[4]| |mem1[4]|)))))
(let (($x3636 (= 0 ?x4082)))
(not $x3636)))))))))
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
 (let ((?x1203 (* (- 1) |S_b[4]|)))
(let ((?x903 (+ |mem2[4]| ?x1203)))
(let ((?x1660 (ite (< 0 ?x903) ?x903 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x3560 (ite $x1749 0 ?x1660)))
(let ((?x1464 (ite $x1749 0 (+ (* (- 1) |mem2[4]|) |S_b[4]| ?x1660))))
(let ((?x2485 (+ |mem2[4]| ?x1464 (* (- 1) ?x3560) (* (- 1) (ite $x1749 |mem2[4]| |S_b[4]|)))))
(let (($x4476 (= 0 ?x2485)))
(not $x4476))))))))))
(check-sat)
(reset)
; write: M[5] at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2082 (+ |mem1[5]| (* (- 1) |S_b[5]|))))
(let ((?x900 (ite (< 0 ?x2082) ?x2082 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x3441 (ite $x1749 ?x900 0)))
(let ((?x1070 (ite $x1749 (+ (* (- 1) |mem1[5]|) |S_b[5]| ?x900) 0)))
(let ((?x3459 (+ |mem1[5]| ?x1070 (* (- 1) ?x3441) (* (- 1) (ite $x1749 |S_b[5]| |mem1[5]|)))))
(let (($x3890 (= 0 ?x3459)))
(not $x3890)))))))))
(check-sat)
(reset)
; write: M[5] at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2911 (* (- 1) |S_b[5]|)))
(let ((?x361 (+ |mem2[5]| ?x2911)))
(let ((?x3879 (ite (< 0 ?x361) ?x361 0)))
(let (($x1749 (= 1 slot.b)))
(let ((?x418 (ite $x1749 0 ?x3879)))
(let ((?x3250 (ite $x1749 0 (+ (* (- 1) |mem2[5]|) |S_b[5]| ?x3879))))
(let ((?x743 (+ |mem2[5]| ?x3250 (* (- 1) ?x418) (* (- 1) (ite $x1749 |mem2[5]| |S_b[5]|)))))
(let (($x1059 (= 0 ?x743)))
(not $x1059))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (34, 0) (proved)
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
 (let ((?x4457 (+ |mem2[0]| |S_b[0]|)))
(let ((?x959 (ite (< 0 ?x4457) ?x4457 0)))
(let ((?x946 (* (- 1) |S_b[0]|)))
(let ((?x4641 (* (- 1) |mem2[0]|)))
(let ((?x4468 (+ |mem1[0]| |S_b[0]|)))
(let ((?x782 (ite (< 0 ?x4468) ?x4468 0)))
(let ((?x1675 (* (- 1) |mem1[0]|)))
(let (($x1749 (= 1 slot.b)))
(let ((?x1288 (ite $x1749 (+ ?x1675 ?x946 ?x782) (+ ?x4641 ?x946 ?x959))))
(let ((?x1706 (ite $x1749 ?x4468 ?x4457)))
(let (($x2865 (= 0 (+ ?x1706 (* (- 1) (ite $x1749 ?x782 ?x959)) ?x1288))))
(not $x2865)))))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (34, 1) (proved)
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
 (let ((?x4468 (+ |mem1[0]| |S_b[0]|)))
(let ((?x782 (ite (< 0 ?x4468) ?x4468 0)))
(let ((?x946 (* (- 1) |S_b[0]|)))
(let ((?x1675 (* (- 1) |mem1[0]|)))
(let ((?x1667 (+ ?x1675 ?x946 ?x782)))
(let (($x1749 (= 1 slot.b)))
(let ((?x2355 (ite $x1749 ?x1667 (+ 1 ?x1675))))
(let ((?x5005 (ite $x1749 ?x4468 (* 2 |mem1[0]|))))
(let (($x4037 (= 0 (+ ?x5005 (* (- 1) (ite $x1749 ?x782 (+ 1 |mem1[0]|))) ?x2355))))
(not $x4037)))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (34, 2) (proved)
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
 (let ((?x4457 (+ |mem2[0]| |S_b[0]|)))
(let ((?x959 (ite (< 0 ?x4457) ?x4457 0)))
(let ((?x946 (* (- 1) |S_b[0]|)))
(let ((?x4641 (* (- 1) |mem2[0]|)))
(let ((?x4040 (+ ?x4641 ?x946 ?x959)))
(let (($x1749 (= 1 slot.b)))
(let ((?x3861 (ite $x1749 (+ 1 ?x4641) ?x4040)))
(let ((?x3737 (ite $x1749 (* 2 |mem2[0]|) ?x4457)))
(let (($x1041 (= 0 (+ ?x3737 (* (- 1) (ite $x1749 (+ 1 |mem2[0]|) ?x959)) ?x3861))))
(not $x1041)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (35, 0) (proved)
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
 (let ((?x3077 (+ |mem2[1]| |S_b[1]|)))
(let ((?x762 (ite (< 0 ?x3077) ?x3077 0)))
(let ((?x755 (* (- 1) |S_b[1]|)))
(let ((?x296 (* (- 1) |mem2[1]|)))
(let ((?x3403 (+ |mem1[1]| |S_b[1]|)))
(let ((?x1057 (ite (< 0 ?x3403) ?x3403 0)))
(let ((?x3662 (* (- 1) |mem1[1]|)))
(let (($x1749 (= 1 slot.b)))
(let ((?x3888 (ite $x1749 (+ ?x3662 ?x755 ?x1057) (+ ?x296 ?x755 ?x762))))
(let ((?x3128 (ite $x1749 ?x3403 ?x3077)))
(let (($x1772 (= 0 (+ ?x3128 (* (- 1) (ite $x1749 ?x1057 ?x762)) ?x3888))))
(not $x1772)))))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (35, 1) (proved)
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
 (let ((?x3403 (+ |mem1[1]| |S_b[1]|)))
(let ((?x1057 (ite (< 0 ?x3403) ?x3403 0)))
(let ((?x755 (* (- 1) |S_b[1]|)))
(let ((?x3662 (* (- 1) |mem1[1]|)))
(let ((?x1806 (+ ?x3662 ?x755 ?x1057)))
(let (($x1749 (= 1 slot.b)))
(let ((?x639 (ite $x1749 ?x1806 (+ 1 ?x3662))))
(let ((?x3185 (ite $x1749 ?x3403 (* 2 |mem1[1]|))))
(let (($x2450 (= 0 (+ ?x3185 (* (- 1) (ite $x1749 ?x1057 (+ 1 |mem1[1]|))) ?x639))))
(not $x2450)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (35, 2) (proved)
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
 (let ((?x3077 (+ |mem2[1]| |S_b[1]|)))
(let ((?x762 (ite (< 0 ?x3077) ?x3077 0)))
(let ((?x755 (* (- 1) |S_b[1]|)))
(let ((?x296 (* (- 1) |mem2[1]|)))
(let ((?x1340 (+ ?x296 ?x755 ?x762)))
(let (($x1749 (= 1 slot.b)))
(let ((?x1959 (ite $x1749 (+ 1 ?x296) ?x1340)))
(let ((?x2195 (ite $x1749 (* 2 |mem2[1]|) ?x3077)))
(let (($x3257 (= 0 (+ ?x2195 (* (- 1) (ite $x1749 (+ 1 |mem2[1]|) ?x762)) ?x1959))))
(not $x3257)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (36, 0) (proved)
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
 (let ((?x3747 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4663 (ite (< 0 ?x3747) ?x3747 0)))
(let ((?x1296 (* (- 1) |S_b[2]|)))
(let ((?x3180 (* (- 1) |mem2[2]|)))
(let ((?x2016 (+ |mem1[2]| |S_b[2]|)))
(let ((?x1109 (ite (< 0 ?x2016) ?x2016 0)))
(let ((?x3204 (* (- 1) |mem1[2]|)))
(let (($x1749 (= 1 slot.b)))
(let ((?x2185 (ite $x1749 (+ ?x3204 ?x1296 ?x1109) (+ ?x3180 ?x1296 ?x4663))))
(let ((?x2135 (ite $x1749 ?x2016 ?x3747)))
(let (($x3810 (= 0 (+ ?x2135 (* (- 1) (ite $x1749 ?x1109 ?x4663)) ?x2185))))
(not $x3810)))))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (36, 1) (proved)
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
 (let ((?x2016 (+ |mem1[2]| |S_b[2]|)))
(let ((?x1109 (ite (< 0 ?x2016) ?x2016 0)))
(let ((?x1296 (* (- 1) |S_b[2]|)))
(let ((?x3204 (* (- 1) |mem1[2]|)))
(let ((?x98 (+ ?x3204 ?x1296 ?x1109)))
(let (($x1749 (= 1 slot.b)))
(let ((?x1567 (ite $x1749 ?x98 (+ 1 ?x3204))))
(let ((?x1636 (ite $x1749 ?x2016 (* 2 |mem1[2]|))))
(let (($x3324 (= 0 (+ ?x1636 (* (- 1) (ite $x1749 ?x1109 (+ 1 |mem1[2]|))) ?x1567))))
(not $x3324)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (36, 2) (proved)
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
 (let ((?x3747 (+ |mem2[2]| |S_b[2]|)))
(let ((?x4663 (ite (< 0 ?x3747) ?x3747 0)))
(let ((?x1296 (* (- 1) |S_b[2]|)))
(let ((?x3180 (* (- 1) |mem2[2]|)))
(let ((?x390 (+ ?x3180 ?x1296 ?x4663)))
(let (($x1749 (= 1 slot.b)))
(let ((?x790 (ite $x1749 (+ 1 ?x3180) ?x390)))
(let ((?x2152 (ite $x1749 (* 2 |mem2[2]|) ?x3747)))
(let (($x450 (= 0 (+ ?x2152 (* (- 1) (ite $x1749 (+ 1 |mem2[2]|) ?x4663)) ?x790))))
(not $x450)))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (37, 0) (proved)
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
 (let ((?x3371 (+ |mem2[3]| |S_b[3]|)))
(let ((?x1761 (ite (< 0 ?x3371) ?x3371 0)))
(let ((?x2125 (* (- 1) |S_b[3]|)))
(let ((?x4132 (* (- 1) |mem2[3]|)))
(let ((?x5000 (+ |mem1[3]| |S_b[3]|)))
(let ((?x1609 (ite (< 0 ?x5000) ?x5000 0)))
(let ((?x3938 (* (- 1) |mem1[3]|)))
(let (($x1749 (= 1 slot.b)))
(let ((?x3789 (ite $x1749 (+ ?x3938 ?x2125 ?x1609) (+ ?x4132 ?x2125 ?x1761))))
(let ((?x4196 (ite $x1749 ?x5000 ?x3371)))
(let (($x1128 (= 0 (+ ?x4196 (* (- 1) (ite $x1749 ?x1609 ?x1761)) ?x3789))))
(not $x1128)))))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (37, 1) (proved)
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
 (let ((?x5000 (+ |mem1[3]| |S_b[3]|)))
(let ((?x1609 (ite (< 0 ?x5000) ?x5000 0)))
(let ((?x2125 (* (- 1) |S_b[3]|)))
(let ((?x3938 (* (- 1) |mem1[3]|)))
(let ((?x2276 (+ ?x3938 ?x2125 ?x1609)))
(let (($x1749 (= 1 slot.b)))
(let ((?x3775 (ite $x1749 ?x2276 (+ 1 ?x3938))))
(let ((?x4159 (ite $x1749 ?x5000 (* 2 |mem1[3]|))))
(let (($x3507 (= 0 (+ ?x4159 (* (- 1) (ite $x1749 ?x1609 (+ 1 |mem1[3]|))) ?x3775))))
(not $x3507)))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (37, 2) (proved)
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
 (let ((?x3371 (+ |mem2[3]| |S_b[3]|)))
(let ((?x1761 (ite (< 0 ?x3371) ?x3371 0)))
(let ((?x2125 (* (- 1) |S_b[3]|)))
(let ((?x4132 (* (- 1) |mem2[3]|)))
(let ((?x1459 (+ ?x4132 ?x2125 ?x1761)))
(let (($x1749 (= 1 slot.b)))
(let ((?x3622 (ite $x1749 (+ 1 ?x4132) ?x1459)))
(let ((?x1429 (ite $x1749 (* 2 |mem2[3]|) ?x3371)))
(let (($x2494 (= 0 (+ ?x1429 (* (- 1) (ite $x1749 (+ 1 |mem2[3]|) ?x1761)) ?x3622))))
(not $x2494)))))))))))
(check-sat)
(reset)
; write: B.B1[4] at (38, 0) (proved)
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
 (let ((?x2955 (+ |mem2[4]| |S_b[4]|)))
(let ((?x1776 (ite (< 0 ?x2955) ?x2955 0)))
(let ((?x1203 (* (- 1) |S_b[4]|)))
(let ((?x926 (* (- 1) |mem2[4]|)))
(let ((?x931 (+ |mem1[4]| |S_b[4]|)))
(let ((?x1248 (ite (< 0 ?x931) ?x931 0)))
(let ((?x2529 (* (- 1) |mem1[4]|)))
(let (($x1749 (= 1 slot.b)))
(let ((?x2994 (ite $x1749 (+ ?x2529 ?x1203 ?x1248) (+ ?x926 ?x1203 ?x1776))))
(let ((?x406 (ite $x1749 ?x931 ?x2955)))
(let (($x1187 (= 0 (+ ?x406 (* (- 1) (ite $x1749 ?x1248 ?x1776)) ?x2994))))
(not $x1187)))))))))))))
(check-sat)
(reset)
; write: B.B1[4] at (38, 1) (proved)
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
 (let ((?x931 (+ |mem1[4]| |S_b[4]|)))
(let ((?x1248 (ite (< 0 ?x931) ?x931 0)))
(let ((?x1203 (* (- 1) |S_b[4]|)))
(let ((?x2529 (* (- 1) |mem1[4]|)))
(let ((?x3098 (+ ?x2529 ?x1203 ?x1248)))
(let (($x1749 (= 1 slot.b)))
(let ((?x3287 (ite $x1749 ?x3098 (+ 1 ?x2529))))
(let ((?x3700 (ite $x1749 ?x931 (* 2 |mem1[4]|))))
(let (($x3461 (= 0 (+ ?x3700 (* (- 1) (ite $x1749 ?x1248 (+ 1 |mem1[4]|))) ?x3287))))
(not $x3461)))))))))))
(check-sat)
(reset)
; write: B.B1[4] at (38, 2) (proved)
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
 (let ((?x2955 (+ |mem2[4]| |S_b[4]|)))
(let ((?x1776 (ite (< 0 ?x2955) ?x2955 0)))
(let ((?x1203 (* (- 1) |S_b[4]|)))
(let ((?x926 (* (- 1) |mem2[4]|)))
(let ((?x3742 (+ ?x926 ?x1203 ?x1776)))
(let (($x1749 (= 1 slot.b)))
(let ((?x2129 (ite $x1749 (+ 1 ?x926) ?x3742)))
(let ((?x2387 (ite $x1749 (* 2 |mem2[4]|) ?x2955)))
(let (($x355 (= 0 (+ ?x2387 (* (- 1) (ite $x1749 (+ 1 |mem2[4]|) ?x1776)) ?x2129))))
(not $x355)))))))))))
(check-sat)
(reset)
; write: B.B1[5] at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4438 (+ |mem2[5]| |S_b[5]|)))
(let ((?x3515 (ite (< 0 ?x4438) ?x4438 0)))
(let ((?x2911 (* (- 1) |S_b[5]|)))
(let ((?x179 (* (- 1) |mem2[5]|)))
(let ((?x2518 (+ |mem1[5]| |S_b[5]|)))
(let ((?x698 (ite (< 0 ?x2518) ?x2518 0)))
(let ((?x591 (* (- 1) |mem1[5]|)))
(let (($x1749 (= 1 slot.b)))
(let ((?x3122 (ite $x1749 (+ ?x591 ?x2911 ?x698) (+ ?x179 ?x2911 ?x3515))))
(let ((?x2076 (ite $x1749 ?x2518 ?x4438)))
(let (($x1069 (= 0 (+ ?x2076 (* (- 1) (ite $x1749 ?x698 ?x3515)) ?x3122))))
(not $x1069)))))))))))))
(check-sat)
(reset)
; write: B.B1[5] at (39, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2518 (+ |mem1[5]| |S_b[5]|)))
(let ((?x698 (ite (< 0 ?x2518) ?x2518 0)))
(let ((?x2911 (* (- 1) |S_b[5]|)))
(let ((?x591 (* (- 1) |mem1[5]|)))
(let ((?x2332 (+ ?x591 ?x2911 ?x698)))
(let (($x1749 (= 1 slot.b)))
(let ((?x3540 (ite $x1749 ?x2332 (+ 1 ?x591))))
(let ((?x734 (ite $x1749 ?x2518 (* 2 |mem1[5]|))))
(let (($x1211 (= 0 (+ ?x734 (* (- 1) (ite $x1749 ?x698 (+ 1 |mem1[5]|))) ?x3540))))
(not $x1211)))))))))))
(check-sat)
(reset)
; write: B.B1[5] at (39, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4438 (+ |mem2[5]| |S_b[5]|)))
(let ((?x3515 (ite (< 0 ?x4438) ?x4438 0)))
(let ((?x2911 (* (- 1) |S_b[5]|)))
(let ((?x179 (* (- 1) |mem2[5]|)))
(let ((?x2989 (+ ?x179 ?x2911 ?x3515)))
(let (($x1749 (= 1 slot.b)))
(let ((?x2351 (ite $x1749 (+ 1 ?x179) ?x2989)))
(let ((?x3353 (ite $x1749 (* 2 |mem2[5]|) ?x4438)))
(let (($x2439 (= 0 (+ ?x3353 (* (- 1) (ite $x1749 (+ 1 |mem2[5]|) ?x3515)) ?x2351))))
(not $x2439)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4939 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2527 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x245 (and $x2527 $x4939)))
(let (($x3532 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x742 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2900 (and $x742 $x3532)))
(let (($x3977 (or $x2900 $x245)))
(not $x3977)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x3712 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4279 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3388 (and $x4279 $x3712)))
(let (($x281 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1710 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2639 (and $x1710 $x281)))
(let (($x270 (or $x2639 $x3388)))
(not $x270)))))))))
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
 (let (($x1985 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x1403 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x1323 (or $x1403 $x1985)))
(not $x1323)))))
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
 (let (($x1897 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x2232 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x4026 (or $x2232 $x1897)))
(not $x4026)))))
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
 (let (($x1850 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x2997 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x924 (or $x2997 $x1850)))
(not $x924)))))
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
 (let (($x2944 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x4721 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x252 (or $x4721 $x2944)))
(not $x252)))))
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
 (let (($x96 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x3337 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x2208 (or $x3337 $x96)))
(not $x2208)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5079 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[5]| |mem1[5]|)))))
(let (($x4155 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[5]| |mem1[5]|)))))
(let (($x3370 (or $x4155 $x5079)))
(not $x3370)))))
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
 (let (($x303 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x3262 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x2442 (or $x3262 $x303)))
(not $x2442)))))
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
 (let (($x604 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x3091 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x4120 (or $x3091 $x604)))
(not $x4120)))))
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
 (let (($x4309 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x2364 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x1518 (or $x2364 $x4309)))
(not $x1518)))))
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
 (let (($x5017 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x1945 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x2897 (or $x1945 $x5017)))
(not $x2897)))))
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
 (let (($x3035 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x458 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x2766 (or $x458 $x3035)))
(not $x2766)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2179 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[5]| |S_b[5]|)))))
(let (($x3114 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[5]| |S_b[5]|)))))
(let (($x385 (or $x3114 $x2179)))
(not $x385)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x5032 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x326 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x16 (and $x326 $x5032)))
(let (($x683 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3732 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1259 (and $x3732 $x683)))
(let (($x1025 (or $x1259 $x16)))
(not $x1025)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1430 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1572 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5065 (and $x1572 $x1430)))
(let (($x3286 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2308 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2684 (and $x2308 $x3286)))
(let (($x4121 (or $x2684 $x5065)))
(not $x4121)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x3345 (= 0 (+ 1 |S_b[0]|))))
(let (($x3412 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x2044 (or $x3412 $x3345)))
(not $x2044)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x2918 (= 0 (+ 1 |S_b[1]|))))
(let (($x1695 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x25 (or $x1695 $x2918)))
(not $x25)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2718 (= 0 (+ 1 |S_b[2]|))))
(let (($x744 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x2348 (or $x744 $x2718)))
(not $x2348)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x1194 (= 0 (+ 1 |S_b[3]|))))
(let (($x3887 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x2787 (or $x3887 $x1194)))
(not $x2787)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x3147 (= 0 (+ 1 |S_b[4]|))))
(let (($x2657 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x3785 (or $x2657 $x3147)))
(not $x3785)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x2788 (= 0 (+ 1 |S_b[5]|))))
(let (($x4269 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x126 (or $x4269 $x2788)))
(not $x126)))))
(check-sat)
(reset)
