; read_memory: S_a.flag[0] at (12, 0) (proved)
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
 (let (($x2239 (= 1 slot.a)))
(let ((?x1950 (ite $x2239 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x2703 (ite $x2239 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x4555 (= 0 (+ ?x2703 (* (- 1) ?x1950) (* (- 2) (ite $x2239 |mem1[0]| |mem2[0]|))))))
(not $x4555))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (13, 0) (proved)
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
 (let (($x2239 (= 1 slot.a)))
(let ((?x5084 (ite $x2239 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x5343 (ite $x2239 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x4518 (= 0 (+ ?x5343 (* (- 1) ?x5084) (* (- 2) (ite $x2239 |mem1[1]| |mem2[1]|))))))
(not $x4518))))))
(check-sat)
(reset)
; read_memory: S_a[2] at (14, 0) (proved)
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
 (let (($x2239 (= 1 slot.a)))
(let ((?x4941 (ite $x2239 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x1872 (ite $x2239 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x4673 (= 0 (+ ?x1872 (* (- 1) ?x4941) (* (- 2) (ite $x2239 |mem1[2]| |mem2[2]|))))))
(not $x4673))))))
(check-sat)
(reset)
; read_memory: S_a[3] at (15, 0) (proved)
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
 (let (($x2239 (= 1 slot.a)))
(let ((?x6402 (ite $x2239 (+ 1 (* (- 1) |mem1[3]|)) (+ 1 (* (- 1) |mem2[3]|)))))
(let ((?x2904 (ite $x2239 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))))
(let (($x1987 (= 0 (+ ?x2904 (* (- 1) ?x6402) (* (- 2) (ite $x2239 |mem1[3]| |mem2[3]|))))))
(not $x1987))))))
(check-sat)
(reset)
; read_memory: S_a[4] at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2239 (= 1 slot.a)))
(let ((?x4146 (ite $x2239 (+ 1 (* (- 1) |mem1[4]|)) (+ 1 (* (- 1) |mem2[4]|)))))
(let ((?x4534 (ite $x2239 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))))
(let (($x6590 (= 0 (+ ?x4534 (* (- 1) ?x4146) (* (- 2) (ite $x2239 |mem1[4]| |mem2[4]|))))))
(not $x6590))))))
(check-sat)
(reset)
; read_memory: S_a[5] at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2239 (= 1 slot.a)))
(let ((?x90 (ite $x2239 (+ 1 (* (- 1) |mem1[5]|)) (+ 1 (* (- 1) |mem2[5]|)))))
(let ((?x5222 (ite $x2239 (+ 1 |mem1[5]|) (+ 1 |mem2[5]|))))
(let (($x2252 (= 0 (+ ?x5222 (* (- 1) ?x90) (* (- 2) (ite $x2239 |mem1[5]| |mem2[5]|))))))
(not $x2252))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (18, 0) (proved)
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
 (let ((?x4768 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x699 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x4176 (ite $x6978 ?x699 ?x4768)))
(let ((?x3986 (+ 1 |mem2[0]|)))
(let ((?x2624 (+ 1 |mem1[0]|)))
(let ((?x4133 (ite $x6978 ?x2624 ?x3986)))
(let (($x714 (= 0 (+ ?x4133 (* (- 1) ?x4176) (* (- 2) (ite $x6978 |mem1[0]| |mem2[0]|))))))
(not $x714))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (19, 0) (proved)
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
 (let ((?x2981 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x4538 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x334 (ite $x6978 ?x4538 ?x2981)))
(let ((?x1824 (+ 1 |mem2[1]|)))
(let ((?x3749 (+ 1 |mem1[1]|)))
(let ((?x5413 (ite $x6978 ?x3749 ?x1824)))
(let (($x4015 (= 0 (+ ?x5413 (* (- 1) ?x334) (* (- 2) (ite $x6978 |mem1[1]| |mem2[1]|))))))
(not $x4015))))))))))
(check-sat)
(reset)
; read_memory: S_b[2] at (20, 0) (proved)
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
 (let ((?x536 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x7052 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x173 (ite $x6978 ?x7052 ?x536)))
(let ((?x839 (+ 1 |mem2[2]|)))
(let ((?x6162 (+ 1 |mem1[2]|)))
(let ((?x5046 (ite $x6978 ?x6162 ?x839)))
(let (($x1249 (= 0 (+ ?x5046 (* (- 1) ?x173) (* (- 2) (ite $x6978 |mem1[2]| |mem2[2]|))))))
(not $x1249))))))))))
(check-sat)
(reset)
; read_memory: S_b[3] at (21, 0) (proved)
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
 (let ((?x998 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x2871 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x6055 (ite $x6978 ?x2871 ?x998)))
(let ((?x237 (+ 1 |mem2[3]|)))
(let ((?x5588 (+ 1 |mem1[3]|)))
(let ((?x1073 (ite $x6978 ?x5588 ?x237)))
(let (($x2822 (= 0 (+ ?x1073 (* (- 1) ?x6055) (* (- 2) (ite $x6978 |mem1[3]| |mem2[3]|))))))
(not $x2822))))))))))
(check-sat)
(reset)
; read_memory: S_b[4] at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x807 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x6715 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x6497 (ite $x6978 ?x6715 ?x807)))
(let ((?x1384 (+ 1 |mem2[4]|)))
(let ((?x583 (+ 1 |mem1[4]|)))
(let ((?x242 (ite $x6978 ?x583 ?x1384)))
(let (($x207 (= 0 (+ ?x242 (* (- 1) ?x6497) (* (- 2) (ite $x6978 |mem1[4]| |mem2[4]|))))))
(not $x207))))))))))
(check-sat)
(reset)
; read_memory: S_b[5] at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4839 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x1187 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x3199 (ite $x6978 ?x1187 ?x4839)))
(let ((?x3111 (+ 1 |mem2[5]|)))
(let ((?x6138 (+ 1 |mem1[5]|)))
(let ((?x3353 (ite $x6978 ?x6138 ?x3111)))
(let (($x3588 (= 0 (+ ?x3353 (* (- 1) ?x3199) (* (- 2) (ite $x6978 |mem1[5]| |mem2[5]|))))))
(not $x3588))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (34, 0) (proved)
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
 (let ((?x4768 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x699 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x1950 (ite $x2239 ?x699 ?x4768)))
(let ((?x5284 (+ (* 2 (ite $x2239 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x2239 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x1950)))
(let (($x4223 (= 0 ?x5284)))
(not $x4223))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (34, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x699 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x3821 (ite $x2239 ?x699 (* 2 ?x699))))
(let ((?x2624 (+ 1 |mem1[0]|)))
(let ((?x3912 (ite $x2239 ?x2624 (* 2 ?x2624))))
(let ((?x1255 (+ (* 2 (ite $x2239 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x3912) ?x3821)))
(let (($x5861 (= 0 ?x1255)))
(not $x5861)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (34, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4768 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x3928 (ite $x2239 (* 2 ?x4768) ?x4768)))
(let ((?x3986 (+ 1 |mem2[0]|)))
(let ((?x5443 (ite $x2239 (* 2 ?x3986) ?x3986)))
(let ((?x513 (+ (* 2 (ite $x2239 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x5443) ?x3928)))
(let (($x1395 (= 0 ?x513)))
(not $x1395)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (35, 0) (proved)
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
 (let ((?x2981 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x4538 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x5084 (ite $x2239 ?x4538 ?x2981)))
(let ((?x6290 (+ (* 2 (ite $x2239 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x2239 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x5084)))
(let (($x6111 (= 0 ?x6290)))
(not $x6111))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (35, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4538 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x3826 (ite $x2239 ?x4538 (* 2 ?x4538))))
(let ((?x3749 (+ 1 |mem1[1]|)))
(let ((?x1691 (ite $x2239 ?x3749 (* 2 ?x3749))))
(let ((?x783 (+ (* 2 (ite $x2239 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x1691) ?x3826)))
(let (($x3370 (= 0 ?x783)))
(not $x3370)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (35, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2981 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x2068 (ite $x2239 (* 2 ?x2981) ?x2981)))
(let ((?x1824 (+ 1 |mem2[1]|)))
(let ((?x7044 (ite $x2239 (* 2 ?x1824) ?x1824)))
(let ((?x6028 (+ (* 2 (ite $x2239 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x7044) ?x2068)))
(let (($x4322 (= 0 ?x6028)))
(not $x4322)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (36, 0) (proved)
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
 (let ((?x536 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x7052 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x4941 (ite $x2239 ?x7052 ?x536)))
(let ((?x703 (+ (* 2 (ite $x2239 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x2239 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x4941)))
(let (($x1381 (= 0 ?x703)))
(not $x1381))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (36, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x7052 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x6719 (ite $x2239 ?x7052 (* 2 ?x7052))))
(let ((?x6162 (+ 1 |mem1[2]|)))
(let ((?x4022 (ite $x2239 ?x6162 (* 2 ?x6162))))
(let ((?x649 (+ (* 2 (ite $x2239 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x4022) ?x6719)))
(let (($x6507 (= 0 ?x649)))
(not $x6507)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (36, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x536 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x1183 (ite $x2239 (* 2 ?x536) ?x536)))
(let ((?x839 (+ 1 |mem2[2]|)))
(let ((?x2908 (ite $x2239 (* 2 ?x839) ?x839)))
(let ((?x6479 (+ (* 2 (ite $x2239 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x2908) ?x1183)))
(let (($x419 (= 0 ?x6479)))
(not $x419)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (37, 0) (proved)
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
 (let ((?x998 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x2871 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x6402 (ite $x2239 ?x2871 ?x998)))
(let ((?x5658 (+ (* 2 (ite $x2239 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x2239 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x6402)))
(let (($x6484 (= 0 ?x5658)))
(not $x6484))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (37, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2871 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x301 (ite $x2239 ?x2871 (* 2 ?x2871))))
(let ((?x5588 (+ 1 |mem1[3]|)))
(let ((?x3023 (ite $x2239 ?x5588 (* 2 ?x5588))))
(let ((?x1583 (+ (* 2 (ite $x2239 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x3023) ?x301)))
(let (($x2185 (= 0 ?x1583)))
(not $x2185)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (37, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x998 (+ 1 (* (- 1) |mem2[3]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x3313 (ite $x2239 (* 2 ?x998) ?x998)))
(let ((?x237 (+ 1 |mem2[3]|)))
(let ((?x5153 (ite $x2239 (* 2 ?x237) ?x237)))
(let ((?x4875 (+ (* 2 (ite $x2239 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x5153) ?x3313)))
(let (($x5452 (= 0 ?x4875)))
(not $x5452)))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x807 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x6715 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x4146 (ite $x2239 ?x6715 ?x807)))
(let ((?x3733 (+ (* 2 (ite $x2239 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x2239 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x4146)))
(let (($x6157 (= 0 ?x3733)))
(not $x6157))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (38, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x6715 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x1147 (ite $x2239 ?x6715 (* 2 ?x6715))))
(let ((?x583 (+ 1 |mem1[4]|)))
(let ((?x2301 (ite $x2239 ?x583 (* 2 ?x583))))
(let ((?x517 (+ (* 2 (ite $x2239 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x2301) ?x1147)))
(let (($x1525 (= 0 ?x517)))
(not $x1525)))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (38, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x807 (+ 1 (* (- 1) |mem2[4]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x370 (ite $x2239 (* 2 ?x807) ?x807)))
(let ((?x1384 (+ 1 |mem2[4]|)))
(let ((?x473 (ite $x2239 (* 2 ?x1384) ?x1384)))
(let ((?x1069 (+ (* 2 (ite $x2239 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x473) ?x370)))
(let (($x3444 (= 0 ?x1069)))
(not $x3444)))))))))
(check-sat)
(reset)
; read_memory: B.B1[5] at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4839 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x1187 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x90 (ite $x2239 ?x1187 ?x4839)))
(let ((?x2079 (+ (* 2 (ite $x2239 |mem1[5]| |mem2[5]|)) (* (- 1) (ite $x2239 (+ 1 |mem1[5]|) (+ 1 |mem2[5]|))) ?x90)))
(let (($x6863 (= 0 ?x2079)))
(not $x6863))))))))
(check-sat)
(reset)
; read_memory: B.B1[5] at (39, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1187 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x4495 (ite $x2239 ?x1187 (* 2 ?x1187))))
(let ((?x6138 (+ 1 |mem1[5]|)))
(let ((?x6377 (ite $x2239 ?x6138 (* 2 ?x6138))))
(let ((?x3863 (+ (* 2 (ite $x2239 |mem1[5]| (* 2 |mem1[5]|))) (* (- 1) ?x6377) ?x4495)))
(let (($x4576 (= 0 ?x3863)))
(not $x4576)))))))))
(check-sat)
(reset)
; read_memory: B.B1[5] at (39, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4839 (+ 1 (* (- 1) |mem2[5]|))))
(let (($x2239 (= 1 slot.a)))
(let ((?x1757 (ite $x2239 (* 2 ?x4839) ?x4839)))
(let ((?x3111 (+ 1 |mem2[5]|)))
(let ((?x6248 (ite $x2239 (* 2 ?x3111) ?x3111)))
(let ((?x2196 (+ (* 2 (ite $x2239 (* 2 |mem2[5]|) |mem2[5]|)) (* (- 1) ?x6248) ?x1757)))
(let (($x2747 (= 0 ?x2196)))
(not $x2747)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (40, 0) (proved)
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
 (let ((?x4768 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x699 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x4176 (ite $x6978 ?x699 ?x4768)))
(let ((?x6299 (+ (* 2 (ite $x6978 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x6978 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x4176)))
(let (($x5498 (= 0 ?x6299)))
(not $x5498))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (40, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x699 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x4229 (* 2 ?x699)))
(let (($x6978 (= 1 slot.b)))
(let ((?x3701 (ite $x6978 ?x699 ?x4229)))
(let ((?x2624 (+ 1 |mem1[0]|)))
(let ((?x2791 (* 2 ?x2624)))
(let ((?x6960 (ite $x6978 ?x2624 ?x2791)))
(let ((?x4918 (+ (* 2 (ite $x6978 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x6960) ?x3701)))
(let (($x2109 (= 0 ?x4918)))
(not $x2109)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (40, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4768 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x1491 (* 2 ?x4768)))
(let (($x6978 (= 1 slot.b)))
(let ((?x5355 (ite $x6978 ?x1491 ?x4768)))
(let ((?x3986 (+ 1 |mem2[0]|)))
(let ((?x1812 (* 2 ?x3986)))
(let ((?x1423 (ite $x6978 ?x1812 ?x3986)))
(let ((?x4431 (+ (* 2 (ite $x6978 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x1423) ?x5355)))
(let (($x506 (= 0 ?x4431)))
(not $x506)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (41, 0) (proved)
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
 (let ((?x2981 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x4538 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x334 (ite $x6978 ?x4538 ?x2981)))
(let ((?x121 (+ (* 2 (ite $x6978 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x6978 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x334)))
(let (($x4110 (= 0 ?x121)))
(not $x4110))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (41, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4538 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x6927 (* 2 ?x4538)))
(let (($x6978 (= 1 slot.b)))
(let ((?x5768 (ite $x6978 ?x4538 ?x6927)))
(let ((?x3749 (+ 1 |mem1[1]|)))
(let ((?x3967 (* 2 ?x3749)))
(let ((?x6923 (ite $x6978 ?x3749 ?x3967)))
(let ((?x2149 (+ (* 2 (ite $x6978 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x6923) ?x5768)))
(let (($x4154 (= 0 ?x2149)))
(not $x4154)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (41, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2981 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x656 (* 2 ?x2981)))
(let (($x6978 (= 1 slot.b)))
(let ((?x2349 (ite $x6978 ?x656 ?x2981)))
(let ((?x1824 (+ 1 |mem2[1]|)))
(let ((?x5708 (* 2 ?x1824)))
(let ((?x5119 (ite $x6978 ?x5708 ?x1824)))
(let ((?x4724 (+ (* 2 (ite $x6978 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x5119) ?x2349)))
(let (($x5335 (= 0 ?x4724)))
(not $x5335)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (42, 0) (proved)
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
 (let ((?x536 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x7052 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x173 (ite $x6978 ?x7052 ?x536)))
(let ((?x576 (+ (* 2 (ite $x6978 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x6978 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x173)))
(let (($x5131 (= 0 ?x576)))
(not $x5131))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (42, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x7052 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x1087 (* 2 ?x7052)))
(let (($x6978 (= 1 slot.b)))
(let ((?x1905 (ite $x6978 ?x7052 ?x1087)))
(let ((?x6162 (+ 1 |mem1[2]|)))
(let ((?x4896 (* 2 ?x6162)))
(let ((?x3357 (ite $x6978 ?x6162 ?x4896)))
(let ((?x614 (+ (* 2 (ite $x6978 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x3357) ?x1905)))
(let (($x6583 (= 0 ?x614)))
(not $x6583)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (42, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x536 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x1201 (* 2 ?x536)))
(let (($x6978 (= 1 slot.b)))
(let ((?x4586 (ite $x6978 ?x1201 ?x536)))
(let ((?x839 (+ 1 |mem2[2]|)))
(let ((?x4983 (* 2 ?x839)))
(let ((?x2978 (ite $x6978 ?x4983 ?x839)))
(let ((?x4502 (+ (* 2 (ite $x6978 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x2978) ?x4586)))
(let (($x51 (= 0 ?x4502)))
(not $x51)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (43, 0) (proved)
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
 (let ((?x998 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x2871 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x6055 (ite $x6978 ?x2871 ?x998)))
(let ((?x2582 (+ (* 2 (ite $x6978 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x6978 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x6055)))
(let (($x1416 (= 0 ?x2582)))
(not $x1416))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (43, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2871 (+ 1 (* (- 1) |mem1[3]|))))
(let ((?x6741 (* 2 ?x2871)))
(let (($x6978 (= 1 slot.b)))
(let ((?x4186 (ite $x6978 ?x2871 ?x6741)))
(let ((?x5588 (+ 1 |mem1[3]|)))
(let ((?x2324 (* 2 ?x5588)))
(let ((?x3291 (ite $x6978 ?x5588 ?x2324)))
(let ((?x4999 (+ (* 2 (ite $x6978 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x3291) ?x4186)))
(let (($x2573 (= 0 ?x4999)))
(not $x2573)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (43, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x998 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x2752 (* 2 ?x998)))
(let (($x6978 (= 1 slot.b)))
(let ((?x1406 (ite $x6978 ?x2752 ?x998)))
(let ((?x237 (+ 1 |mem2[3]|)))
(let ((?x2326 (* 2 ?x237)))
(let ((?x808 (ite $x6978 ?x2326 ?x237)))
(let ((?x4735 (+ (* 2 (ite $x6978 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x808) ?x1406)))
(let (($x3481 (= 0 ?x4735)))
(not $x3481)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (44, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x807 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x6715 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x6497 (ite $x6978 ?x6715 ?x807)))
(let ((?x6832 (+ (* 2 (ite $x6978 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x6978 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x6497)))
(let (($x4224 (= 0 ?x6832)))
(not $x4224))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (44, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x6715 (+ 1 (* (- 1) |mem1[4]|))))
(let ((?x4964 (* 2 ?x6715)))
(let (($x6978 (= 1 slot.b)))
(let ((?x569 (ite $x6978 ?x6715 ?x4964)))
(let ((?x583 (+ 1 |mem1[4]|)))
(let ((?x3417 (* 2 ?x583)))
(let ((?x2227 (ite $x6978 ?x583 ?x3417)))
(let ((?x446 (+ (* 2 (ite $x6978 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x2227) ?x569)))
(let (($x1145 (= 0 ?x446)))
(not $x1145)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (44, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x807 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x1334 (* 2 ?x807)))
(let (($x6978 (= 1 slot.b)))
(let ((?x7043 (ite $x6978 ?x1334 ?x807)))
(let ((?x1384 (+ 1 |mem2[4]|)))
(let ((?x2731 (* 2 ?x1384)))
(let ((?x5137 (ite $x6978 ?x2731 ?x1384)))
(let ((?x2095 (+ (* 2 (ite $x6978 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x5137) ?x7043)))
(let (($x2498 (= 0 ?x2095)))
(not $x2498)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[5] at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4839 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x1187 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x6978 (= 1 slot.b)))
(let ((?x3199 (ite $x6978 ?x1187 ?x4839)))
(let ((?x4405 (+ (* 2 (ite $x6978 |mem1[5]| |mem2[5]|)) (* (- 1) (ite $x6978 (+ 1 |mem1[5]|) (+ 1 |mem2[5]|))) ?x3199)))
(let (($x1731 (= 0 ?x4405)))
(not $x1731))))))))
(check-sat)
(reset)
; read_memory: B.B2[5] at (45, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1187 (+ 1 (* (- 1) |mem1[5]|))))
(let ((?x4201 (* 2 ?x1187)))
(let (($x6978 (= 1 slot.b)))
(let ((?x2259 (ite $x6978 ?x1187 ?x4201)))
(let ((?x6138 (+ 1 |mem1[5]|)))
(let ((?x4911 (* 2 ?x6138)))
(let ((?x6983 (ite $x6978 ?x6138 ?x4911)))
(let ((?x1380 (+ (* 2 (ite $x6978 |mem1[5]| (* 2 |mem1[5]|))) (* (- 1) ?x6983) ?x2259)))
(let (($x1858 (= 0 ?x1380)))
(not $x1858)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[5] at (45, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4839 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x6744 (* 2 ?x4839)))
(let (($x6978 (= 1 slot.b)))
(let ((?x6732 (ite $x6978 ?x6744 ?x4839)))
(let ((?x3111 (+ 1 |mem2[5]|)))
(let ((?x1000 (* 2 ?x3111)))
(let ((?x10 (ite $x6978 ?x1000 ?x3111)))
(let ((?x4548 (+ (* 2 (ite $x6978 (* 2 |mem2[5]|) |mem2[5]|)) (* (- 1) ?x10) ?x6732)))
(let (($x6779 (= 0 ?x4548)))
(not $x6779)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6566 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x289 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4288 (and $x289 $x6566)))
(let (($x4832 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5905 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4831 (and $x5905 $x4832)))
(let (($x1272 (or $x4831 $x4288)))
(not $x1272)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x6461 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6359 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4537 (and $x6359 $x6461)))
(let (($x4016 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x338 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6485 (and $x338 $x4016)))
(let (($x6909 (or $x6485 $x4537)))
(not $x6909)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x2624 (+ 1 |mem1[0]|)))
(let (($x2123 (= 0 ?x2624)))
(let (($x4835 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3065 (or $x4835 $x2123)))
(not $x3065))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x3749 (+ 1 |mem1[1]|)))
(let (($x7002 (= 0 ?x3749)))
(let (($x3073 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1002 (or $x3073 $x7002)))
(not $x1002))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x6162 (+ 1 |mem1[2]|)))
(let (($x5660 (= 0 ?x6162)))
(let (($x3815 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1496 (or $x3815 $x5660)))
(not $x1496))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let ((?x5588 (+ 1 |mem1[3]|)))
(let (($x6738 (= 0 ?x5588)))
(let (($x731 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2195 (or $x731 $x6738)))
(not $x2195))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let ((?x583 (+ 1 |mem1[4]|)))
(let (($x4250 (= 0 ?x583)))
(let (($x6407 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x2632 (or $x6407 $x4250)))
(not $x2632))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let ((?x6138 (+ 1 |mem1[5]|)))
(let (($x1266 (= 0 ?x6138)))
(let (($x2050 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x3189 (or $x2050 $x1266)))
(not $x3189))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x3986 (+ 1 |mem2[0]|)))
(let (($x1645 (= 0 ?x3986)))
(let (($x6044 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1102 (or $x6044 $x1645)))
(not $x1102))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x1824 (+ 1 |mem2[1]|)))
(let (($x1239 (= 0 ?x1824)))
(let (($x880 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2129 (or $x880 $x1239)))
(not $x2129))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x839 (+ 1 |mem2[2]|)))
(let (($x4661 (= 0 ?x839)))
(let (($x5394 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4554 (or $x5394 $x4661)))
(not $x4554))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let ((?x237 (+ 1 |mem2[3]|)))
(let (($x3731 (= 0 ?x237)))
(let (($x3491 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2827 (or $x3491 $x3731)))
(not $x2827))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let ((?x1384 (+ 1 |mem2[4]|)))
(let (($x4277 (= 0 ?x1384)))
(let (($x3557 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x5030 (or $x3557 $x4277)))
(not $x5030))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let ((?x3111 (+ 1 |mem2[5]|)))
(let (($x417 (= 0 ?x3111)))
(let (($x7049 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x1360 (or $x7049 $x417)))
(not $x1360))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x666 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1130 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2320 (and $x1130 $x666)))
(let (($x4252 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x490 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5229 (and $x490 $x4252)))
(let (($x4815 (or $x5229 $x2320)))
(not $x4815)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4220 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6228 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6475 (and $x6228 $x4220)))
(let (($x897 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1651 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5118 (and $x1651 $x897)))
(let (($x6277 (or $x5118 $x6475)))
(not $x6277)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (12, 0) (proved)
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
 (let (($x612 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x3558 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x4560 (or $x3558 $x612)))
(not $x4560)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (13, 0) (proved)
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
 (let (($x6473 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x1527 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x4745 (or $x1527 $x6473)))
(not $x4745)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (14, 0) (proved)
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
 (let (($x319 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x5859 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x842 (or $x5859 $x319)))
(not $x842)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (15, 0) (proved)
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
 (let (($x3403 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x2545 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x5022 (or $x2545 $x3403)))
(not $x5022)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2442 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x782 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x88 (or $x782 $x2442)))
(not $x88)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x6899 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[5]| |mem2[5]|)))))
(let (($x2150 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[5]| |mem2[5]|)))))
(let (($x770 (or $x2150 $x6899)))
(not $x770)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (18, 0) (proved)
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
 (let (($x327 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x2046 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x4238 (or $x2046 $x327)))
(not $x4238)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (19, 0) (proved)
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
 (let (($x5939 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x3084 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x2625 (or $x3084 $x5939)))
(not $x2625)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (20, 0) (proved)
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
 (let (($x4777 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x1542 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x2321 (or $x1542 $x4777)))
(not $x2321)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (21, 0) (proved)
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
 (let (($x468 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x7030 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x3989 (or $x7030 $x468)))
(not $x3989)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4580 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x4355 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x2882 (or $x4355 $x4580)))
(not $x2882)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2188 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[5]| |mem2[5]|)))))
(let (($x5298 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[5]| |mem2[5]|)))))
(let (($x4030 (or $x5298 $x2188)))
(not $x4030)))))
(check-sat)
(reset)
