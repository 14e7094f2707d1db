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
 (let ((?x4291 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x6238 (ite (< 0 ?x4291) ?x4291 0)))
(let (($x3544 (= 1 slot.b)))
(let ((?x7038 (ite $x3544 ?x6238 0)))
(let ((?x1414 (ite $x3544 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x6238) 0)))
(let ((?x5588 (+ |mem1[0]| ?x1414 (* (- 1) ?x7038) (* (- 1) (ite $x3544 |S_b[0]| |mem1[0]|)))))
(let (($x1907 (= 0 ?x5588)))
(not $x1907)))))))))
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
 (let ((?x4159 (* (- 1) |S_b[0]|)))
(let ((?x5907 (+ |mem2[0]| ?x4159)))
(let ((?x5534 (ite (< 0 ?x5907) ?x5907 0)))
(let (($x3544 (= 1 slot.b)))
(let ((?x3282 (ite $x3544 0 ?x5534)))
(let ((?x4941 (ite $x3544 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x5534))))
(let ((?x5921 (+ |mem2[0]| ?x4941 (* (- 1) ?x3282) (* (- 1) (ite $x3544 |mem2[0]| |S_b[0]|)))))
(let (($x6806 (= 0 ?x5921)))
(not $x6806))))))))))
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
 (let ((?x2187 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x4343 (ite (< 0 ?x2187) ?x2187 0)))
(let (($x3544 (= 1 slot.b)))
(let ((?x4895 (ite $x3544 ?x4343 0)))
(let ((?x440 (ite $x3544 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x4343) 0)))
(let ((?x3144 (+ |mem1[1]| ?x440 (* (- 1) ?x4895) (* (- 1) (ite $x3544 |S_b[1]| |mem1[1]|)))))
(let (($x6792 (= 0 ?x3144)))
(not $x6792)))))))))
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
 (let ((?x6935 (* (- 1) |S_b[1]|)))
(let ((?x3515 (+ |mem2[1]| ?x6935)))
(let ((?x3071 (ite (< 0 ?x3515) ?x3515 0)))
(let (($x3544 (= 1 slot.b)))
(let ((?x3295 (ite $x3544 0 ?x3071)))
(let ((?x151 (ite $x3544 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x3071))))
(let ((?x1266 (+ |mem2[1]| ?x151 (* (- 1) ?x3295) (* (- 1) (ite $x3544 |mem2[1]| |S_b[1]|)))))
(let (($x6987 (= 0 ?x1266)))
(not $x6987))))))))))
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
 (let ((?x2294 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x3461 (ite (< 0 ?x2294) ?x2294 0)))
(let (($x3544 (= 1 slot.b)))
(let ((?x658 (ite $x3544 ?x3461 0)))
(let ((?x4156 (ite $x3544 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x3461) 0)))
(let ((?x1222 (+ |mem1[2]| ?x4156 (* (- 1) ?x658) (* (- 1) (ite $x3544 |S_b[2]| |mem1[2]|)))))
(let (($x4663 (= 0 ?x1222)))
(not $x4663)))))))))
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
 (let ((?x4327 (* (- 1) |S_b[2]|)))
(let ((?x2256 (+ |mem2[2]| ?x4327)))
(let ((?x909 (ite (< 0 ?x2256) ?x2256 0)))
(let (($x3544 (= 1 slot.b)))
(let ((?x1148 (ite $x3544 0 ?x909)))
(let ((?x4437 (ite $x3544 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x909))))
(let ((?x1841 (+ |mem2[2]| ?x4437 (* (- 1) ?x1148) (* (- 1) (ite $x3544 |mem2[2]| |S_b[2]|)))))
(let (($x30 (= 0 ?x1841)))
(not $x30))))))))))
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
 (let ((?x4685 (+ |mem1[3]| (* (- 1) |S_b[3]|))))
(let ((?x4927 (ite (< 0 ?x4685) ?x4685 0)))
(let (($x3544 (= 1 slot.b)))
(let ((?x5868 (ite $x3544 ?x4927 0)))
(let ((?x2662 (ite $x3544 (+ (* (- 1) |mem1[3]|) |S_b[3]| ?x4927) 0)))
(let ((?x4485 (+ |mem1[3]| ?x2662 (* (- 1) ?x5868) (* (- 1) (ite $x3544 |S_b[3]| |mem1[3]|)))))
(let (($x5626 (= 0 ?x4485)))
(not $x5626)))))))))
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
 (let ((?x3716 (* (- 1) |S_b[3]|)))
(let ((?x1419 (+ |mem2[3]| ?x3716)))
(let ((?x2401 (ite (< 0 ?x1419) ?x1419 0)))
(let (($x3544 (= 1 slot.b)))
(let ((?x6363 (ite $x3544 0 ?x2401)))
(let ((?x726 (ite $x3544 0 (+ (* (- 1) |mem2[3]|) |S_b[3]| ?x2401))))
(let ((?x517 (+ |mem2[3]| ?x726 (* (- 1) ?x6363) (* (- 1) (ite $x3544 |mem2[3]| |S_b[3]|)))))
(let (($x5362 (= 0 ?x517)))
(not $x5362))))))))))
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
 (let ((?x1721 (+ |mem1[4]| (* (- 1) |S_b[4]|))))
(let ((?x6017 (ite (< 0 ?x1721) ?x1721 0)))
(let (($x3544 (= 1 slot.b)))
(let ((?x2091 (ite $x3544 ?x6017 0)))
(let ((?x1191 (ite $x3544 (+ (* (- 1) |mem1[4]|) |S_b[4]| ?x6017) 0)))
(let ((?x5329 (+ |mem1[4]| ?x1191 (* (- 1) ?x2091) (* (- 1) (ite $x3544 |S_b[4]| |mem1[4]|)))))
(let (($x3241 (= 0 ?x5329)))
(not $x3241)))))))))
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
 (let ((?x3766 (* (- 1) |S_b[4]|)))
(let ((?x2117 (+ |mem2[4]| ?x3766)))
(let ((?x6249 (ite (< 0 ?x2117) ?x2117 0)))
(let (($x3544 (= 1 slot.b)))
(let ((?x5143 (ite $x3544 0 ?x6249)))
(let ((?x3566 (ite $x3544 0 (+ (* (- 1) |mem2[4]|) |S_b[4]| ?x6249))))
(let ((?x2033 (+ |mem2[4]| ?x3566 (* (- 1) ?x5143) (* (- 1) (ite $x3544 |mem2[4]| |S_b[4]|)))))
(let (($x727 (= 0 ?x2033)))
(not $x727))))))))))
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
 (let ((?x714 (+ |mem2[0]| |S_b[0]|)))
(let ((?x3826 (ite (< 0 ?x714) ?x714 0)))
(let ((?x4159 (* (- 1) |S_b[0]|)))
(let ((?x2155 (* (- 1) |mem2[0]|)))
(let ((?x5714 (+ |mem1[0]| |S_b[0]|)))
(let ((?x3845 (ite (< 0 ?x5714) ?x5714 0)))
(let ((?x4351 (* (- 1) |mem1[0]|)))
(let (($x3544 (= 1 slot.b)))
(let ((?x3152 (ite $x3544 (+ ?x4351 ?x4159 ?x3845) (+ ?x2155 ?x4159 ?x3826))))
(let ((?x1590 (ite $x3544 ?x5714 ?x714)))
(let (($x424 (= 0 (+ ?x1590 (* (- 1) (ite $x3544 ?x3845 ?x3826)) ?x3152))))
(not $x424)))))))))))))
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
 (let ((?x5714 (+ |mem1[0]| |S_b[0]|)))
(let ((?x3845 (ite (< 0 ?x5714) ?x5714 0)))
(let ((?x4159 (* (- 1) |S_b[0]|)))
(let ((?x4351 (* (- 1) |mem1[0]|)))
(let ((?x463 (+ ?x4351 ?x4159 ?x3845)))
(let (($x3544 (= 1 slot.b)))
(let ((?x5415 (ite $x3544 ?x463 (+ 1 ?x4351))))
(let ((?x2125 (ite $x3544 ?x5714 (* 2 |mem1[0]|))))
(let (($x3724 (= 0 (+ ?x2125 (* (- 1) (ite $x3544 ?x3845 (+ 1 |mem1[0]|))) ?x5415))))
(not $x3724)))))))))))
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
 (let ((?x714 (+ |mem2[0]| |S_b[0]|)))
(let ((?x3826 (ite (< 0 ?x714) ?x714 0)))
(let ((?x4159 (* (- 1) |S_b[0]|)))
(let ((?x2155 (* (- 1) |mem2[0]|)))
(let ((?x1139 (+ ?x2155 ?x4159 ?x3826)))
(let (($x3544 (= 1 slot.b)))
(let ((?x814 (ite $x3544 (+ 1 ?x2155) ?x1139)))
(let ((?x4651 (ite $x3544 (* 2 |mem2[0]|) ?x714)))
(let (($x3989 (= 0 (+ ?x4651 (* (- 1) (ite $x3544 (+ 1 |mem2[0]|) ?x3826)) ?x814))))
(not $x3989)))))))))))
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
 (let ((?x5263 (+ |mem2[1]| |S_b[1]|)))
(let ((?x6267 (ite (< 0 ?x5263) ?x5263 0)))
(let ((?x6935 (* (- 1) |S_b[1]|)))
(let ((?x3105 (* (- 1) |mem2[1]|)))
(let ((?x2212 (+ |mem1[1]| |S_b[1]|)))
(let ((?x4237 (ite (< 0 ?x2212) ?x2212 0)))
(let ((?x4414 (* (- 1) |mem1[1]|)))
(let (($x3544 (= 1 slot.b)))
(let ((?x5142 (ite $x3544 (+ ?x4414 ?x6935 ?x4237) (+ ?x3105 ?x6935 ?x6267))))
(let ((?x3728 (ite $x3544 ?x2212 ?x5263)))
(let (($x3746 (= 0 (+ ?x3728 (* (- 1) (ite $x3544 ?x4237 ?x6267)) ?x5142))))
(not $x3746)))))))))))))
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
 (let ((?x2212 (+ |mem1[1]| |S_b[1]|)))
(let ((?x4237 (ite (< 0 ?x2212) ?x2212 0)))
(let ((?x6935 (* (- 1) |S_b[1]|)))
(let ((?x4414 (* (- 1) |mem1[1]|)))
(let ((?x5463 (+ ?x4414 ?x6935 ?x4237)))
(let (($x3544 (= 1 slot.b)))
(let ((?x4310 (ite $x3544 ?x5463 (+ 1 ?x4414))))
(let ((?x488 (ite $x3544 ?x2212 (* 2 |mem1[1]|))))
(let (($x4119 (= 0 (+ ?x488 (* (- 1) (ite $x3544 ?x4237 (+ 1 |mem1[1]|))) ?x4310))))
(not $x4119)))))))))))
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
 (let ((?x5263 (+ |mem2[1]| |S_b[1]|)))
(let ((?x6267 (ite (< 0 ?x5263) ?x5263 0)))
(let ((?x6935 (* (- 1) |S_b[1]|)))
(let ((?x3105 (* (- 1) |mem2[1]|)))
(let ((?x1369 (+ ?x3105 ?x6935 ?x6267)))
(let (($x3544 (= 1 slot.b)))
(let ((?x3322 (ite $x3544 (+ 1 ?x3105) ?x1369)))
(let ((?x2188 (ite $x3544 (* 2 |mem2[1]|) ?x5263)))
(let (($x2814 (= 0 (+ ?x2188 (* (- 1) (ite $x3544 (+ 1 |mem2[1]|) ?x6267)) ?x3322))))
(not $x2814)))))))))))
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
 (let ((?x5709 (+ |mem2[2]| |S_b[2]|)))
(let ((?x6970 (ite (< 0 ?x5709) ?x5709 0)))
(let ((?x4327 (* (- 1) |S_b[2]|)))
(let ((?x5531 (* (- 1) |mem2[2]|)))
(let ((?x2112 (+ |mem1[2]| |S_b[2]|)))
(let ((?x5315 (ite (< 0 ?x2112) ?x2112 0)))
(let ((?x470 (* (- 1) |mem1[2]|)))
(let (($x3544 (= 1 slot.b)))
(let ((?x2284 (ite $x3544 (+ ?x470 ?x4327 ?x5315) (+ ?x5531 ?x4327 ?x6970))))
(let ((?x1679 (ite $x3544 ?x2112 ?x5709)))
(let (($x408 (= 0 (+ ?x1679 (* (- 1) (ite $x3544 ?x5315 ?x6970)) ?x2284))))
(not $x408)))))))))))))
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
 (let ((?x2112 (+ |mem1[2]| |S_b[2]|)))
(let ((?x5315 (ite (< 0 ?x2112) ?x2112 0)))
(let ((?x4327 (* (- 1) |S_b[2]|)))
(let ((?x470 (* (- 1) |mem1[2]|)))
(let ((?x777 (+ ?x470 ?x4327 ?x5315)))
(let (($x3544 (= 1 slot.b)))
(let ((?x5333 (ite $x3544 ?x777 (+ 1 ?x470))))
(let ((?x249 (ite $x3544 ?x2112 (* 2 |mem1[2]|))))
(let (($x1249 (= 0 (+ ?x249 (* (- 1) (ite $x3544 ?x5315 (+ 1 |mem1[2]|))) ?x5333))))
(not $x1249)))))))))))
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
 (let ((?x5709 (+ |mem2[2]| |S_b[2]|)))
(let ((?x6970 (ite (< 0 ?x5709) ?x5709 0)))
(let ((?x4327 (* (- 1) |S_b[2]|)))
(let ((?x5531 (* (- 1) |mem2[2]|)))
(let ((?x7039 (+ ?x5531 ?x4327 ?x6970)))
(let (($x3544 (= 1 slot.b)))
(let ((?x1696 (ite $x3544 (+ 1 ?x5531) ?x7039)))
(let ((?x4825 (ite $x3544 (* 2 |mem2[2]|) ?x5709)))
(let (($x393 (= 0 (+ ?x4825 (* (- 1) (ite $x3544 (+ 1 |mem2[2]|) ?x6970)) ?x1696))))
(not $x393)))))))))))
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
 (let ((?x3118 (+ |mem2[3]| |S_b[3]|)))
(let ((?x1386 (ite (< 0 ?x3118) ?x3118 0)))
(let ((?x3716 (* (- 1) |S_b[3]|)))
(let ((?x105 (* (- 1) |mem2[3]|)))
(let ((?x2839 (+ |mem1[3]| |S_b[3]|)))
(let ((?x6389 (ite (< 0 ?x2839) ?x2839 0)))
(let ((?x2235 (* (- 1) |mem1[3]|)))
(let (($x3544 (= 1 slot.b)))
(let ((?x1076 (ite $x3544 (+ ?x2235 ?x3716 ?x6389) (+ ?x105 ?x3716 ?x1386))))
(let ((?x2841 (ite $x3544 ?x2839 ?x3118)))
(let (($x3119 (= 0 (+ ?x2841 (* (- 1) (ite $x3544 ?x6389 ?x1386)) ?x1076))))
(not $x3119)))))))))))))
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
 (let ((?x2839 (+ |mem1[3]| |S_b[3]|)))
(let ((?x6389 (ite (< 0 ?x2839) ?x2839 0)))
(let ((?x3716 (* (- 1) |S_b[3]|)))
(let ((?x2235 (* (- 1) |mem1[3]|)))
(let ((?x6715 (+ ?x2235 ?x3716 ?x6389)))
(let (($x3544 (= 1 slot.b)))
(let ((?x7049 (ite $x3544 ?x6715 (+ 1 ?x2235))))
(let ((?x2314 (ite $x3544 ?x2839 (* 2 |mem1[3]|))))
(let (($x2752 (= 0 (+ ?x2314 (* (- 1) (ite $x3544 ?x6389 (+ 1 |mem1[3]|))) ?x7049))))
(not $x2752)))))))))))
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
 (let ((?x3118 (+ |mem2[3]| |S_b[3]|)))
(let ((?x1386 (ite (< 0 ?x3118) ?x3118 0)))
(let ((?x3716 (* (- 1) |S_b[3]|)))
(let ((?x105 (* (- 1) |mem2[3]|)))
(let ((?x1694 (+ ?x105 ?x3716 ?x1386)))
(let (($x3544 (= 1 slot.b)))
(let ((?x149 (ite $x3544 (+ 1 ?x105) ?x1694)))
(let ((?x1185 (ite $x3544 (* 2 |mem2[3]|) ?x3118)))
(let (($x2986 (= 0 (+ ?x1185 (* (- 1) (ite $x3544 (+ 1 |mem2[3]|) ?x1386)) ?x149))))
(not $x2986)))))))))))
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
 (let ((?x13 (+ |mem2[4]| |S_b[4]|)))
(let ((?x371 (ite (< 0 ?x13) ?x13 0)))
(let ((?x3766 (* (- 1) |S_b[4]|)))
(let ((?x525 (* (- 1) |mem2[4]|)))
(let ((?x2462 (+ |mem1[4]| |S_b[4]|)))
(let ((?x1430 (ite (< 0 ?x2462) ?x2462 0)))
(let ((?x666 (* (- 1) |mem1[4]|)))
(let (($x3544 (= 1 slot.b)))
(let ((?x315 (ite $x3544 (+ ?x666 ?x3766 ?x1430) (+ ?x525 ?x3766 ?x371))))
(let ((?x3807 (ite $x3544 ?x2462 ?x13)))
(let (($x5771 (= 0 (+ ?x3807 (* (- 1) (ite $x3544 ?x1430 ?x371)) ?x315))))
(not $x5771)))))))))))))
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
 (let ((?x2462 (+ |mem1[4]| |S_b[4]|)))
(let ((?x1430 (ite (< 0 ?x2462) ?x2462 0)))
(let ((?x3766 (* (- 1) |S_b[4]|)))
(let ((?x666 (* (- 1) |mem1[4]|)))
(let ((?x1142 (+ ?x666 ?x3766 ?x1430)))
(let (($x3544 (= 1 slot.b)))
(let ((?x6698 (ite $x3544 ?x1142 (+ 1 ?x666))))
(let ((?x5555 (ite $x3544 ?x2462 (* 2 |mem1[4]|))))
(let (($x405 (= 0 (+ ?x5555 (* (- 1) (ite $x3544 ?x1430 (+ 1 |mem1[4]|))) ?x6698))))
(not $x405)))))))))))
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
 (let ((?x13 (+ |mem2[4]| |S_b[4]|)))
(let ((?x371 (ite (< 0 ?x13) ?x13 0)))
(let ((?x3766 (* (- 1) |S_b[4]|)))
(let ((?x525 (* (- 1) |mem2[4]|)))
(let ((?x583 (+ ?x525 ?x3766 ?x371)))
(let (($x3544 (= 1 slot.b)))
(let ((?x5858 (ite $x3544 (+ 1 ?x525) ?x583)))
(let ((?x1141 (ite $x3544 (* 2 |mem2[4]|) ?x13)))
(let (($x745 (= 0 (+ ?x1141 (* (- 1) (ite $x3544 (+ 1 |mem2[4]|) ?x371)) ?x5858))))
(not $x745)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5075 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3738 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x873 (and $x3738 $x5075)))
(let (($x4748 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3717 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3263 (and $x3717 $x4748)))
(let (($x266 (or $x3263 $x873)))
(not $x266)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x6300 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1229 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4419 (and $x1229 $x6300)))
(let (($x504 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4924 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4999 (and $x4924 $x504)))
(let (($x4073 (or $x4999 $x4419)))
(not $x4073)))))))))
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
 (let (($x4547 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x6246 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x1837 (or $x6246 $x4547)))
(not $x1837)))))
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
 (let (($x2052 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x2398 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x1312 (or $x2398 $x2052)))
(not $x1312)))))
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
 (let (($x5722 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x402 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x5775 (or $x402 $x5722)))
(not $x5775)))))
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
 (let (($x840 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x1344 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x667 (or $x1344 $x840)))
(not $x667)))))
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
 (let (($x738 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x5276 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x6299 (or $x5276 $x738)))
(not $x6299)))))
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
 (let (($x897 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x3490 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x3025 (or $x3490 $x897)))
(not $x3025)))))
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
 (let (($x2583 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x2102 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x4749 (or $x2102 $x2583)))
(not $x4749)))))
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
 (let (($x1088 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x89 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x1326 (or $x89 $x1088)))
(not $x1326)))))
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
 (let (($x4211 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x2271 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x6631 (or $x2271 $x4211)))
(not $x6631)))))
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
 (let (($x6469 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x3387 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x6999 (or $x3387 $x6469)))
(not $x6999)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3138 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3954 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3652 (and $x3954 $x3138)))
(let (($x4936 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3329 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6303 (and $x3329 $x4936)))
(let (($x3502 (or $x6303 $x3652)))
(not $x3502)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1260 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5724 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x872 (and $x5724 $x1260)))
(let (($x5881 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x894 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3796 (and $x894 $x5881)))
(let (($x3213 (or $x3796 $x872)))
(not $x3213)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x3704 (= 0 (+ 1 |S_b[0]|))))
(let (($x5763 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x5432 (or $x5763 $x3704)))
(not $x5432)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x1992 (= 0 (+ 1 |S_b[1]|))))
(let (($x5646 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x6649 (or $x5646 $x1992)))
(not $x6649)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x4875 (= 0 (+ 1 |S_b[2]|))))
(let (($x2570 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x5593 (or $x2570 $x4875)))
(not $x5593)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x520 (= 0 (+ 1 |S_b[3]|))))
(let (($x3601 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x5112 (or $x3601 $x520)))
(not $x5112)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x2703 (= 0 (+ 1 |S_b[4]|))))
(let (($x4767 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x1503 (or $x4767 $x2703)))
(not $x1503)))))
(check-sat)
(reset)
