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
 (let ((?x2155 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x749 (ite (< 0 ?x2155) ?x2155 0)))
(let (($x4656 (= 1 slot.b)))
(let ((?x301 (ite $x4656 ?x749 0)))
(let ((?x4110 (ite $x4656 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x749) 0)))
(let ((?x5344 (+ |mem1[0]| ?x4110 (* (- 1) ?x301) (* (- 1) (ite $x4656 |S_b[0]| |mem1[0]|)))))
(let (($x1334 (= 0 ?x5344)))
(not $x1334)))))))))
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
 (let ((?x3771 (* (- 1) |S_b[0]|)))
(let ((?x5946 (+ |mem2[0]| ?x3771)))
(let ((?x4496 (ite (< 0 ?x5946) ?x5946 0)))
(let (($x4656 (= 1 slot.b)))
(let ((?x4102 (ite $x4656 0 ?x4496)))
(let ((?x2503 (ite $x4656 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x4496))))
(let ((?x1991 (+ |mem2[0]| ?x2503 (* (- 1) ?x4102) (* (- 1) (ite $x4656 |mem2[0]| |S_b[0]|)))))
(let (($x2816 (= 0 ?x1991)))
(not $x2816))))))))))
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
 (let ((?x2001 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x3950 (ite (< 0 ?x2001) ?x2001 0)))
(let (($x4656 (= 1 slot.b)))
(let ((?x5406 (ite $x4656 ?x3950 0)))
(let ((?x3044 (ite $x4656 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x3950) 0)))
(let ((?x3658 (+ |mem1[1]| ?x3044 (* (- 1) ?x5406) (* (- 1) (ite $x4656 |S_b[1]| |mem1[1]|)))))
(let (($x2592 (= 0 ?x3658)))
(not $x2592)))))))))
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
 (let ((?x4295 (* (- 1) |S_b[1]|)))
(let ((?x2560 (+ |mem2[1]| ?x4295)))
(let ((?x1781 (ite (< 0 ?x2560) ?x2560 0)))
(let (($x4656 (= 1 slot.b)))
(let ((?x4757 (ite $x4656 0 ?x1781)))
(let ((?x1175 (ite $x4656 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x1781))))
(let ((?x75 (+ |mem2[1]| ?x1175 (* (- 1) ?x4757) (* (- 1) (ite $x4656 |mem2[1]| |S_b[1]|)))))
(let (($x1883 (= 0 ?x75)))
(not $x1883))))))))))
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
 (let ((?x471 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x2394 (ite (< 0 ?x471) ?x471 0)))
(let (($x4656 (= 1 slot.b)))
(let ((?x470 (ite $x4656 ?x2394 0)))
(let ((?x4623 (ite $x4656 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x2394) 0)))
(let ((?x5154 (+ |mem1[2]| ?x4623 (* (- 1) ?x470) (* (- 1) (ite $x4656 |S_b[2]| |mem1[2]|)))))
(let (($x247 (= 0 ?x5154)))
(not $x247)))))))))
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
 (let ((?x6587 (* (- 1) |S_b[2]|)))
(let ((?x2590 (+ |mem2[2]| ?x6587)))
(let ((?x4725 (ite (< 0 ?x2590) ?x2590 0)))
(let (($x4656 (= 1 slot.b)))
(let ((?x4184 (ite $x4656 0 ?x4725)))
(let ((?x4282 (ite $x4656 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x4725))))
(let ((?x1207 (+ |mem2[2]| ?x4282 (* (- 1) ?x4184) (* (- 1) (ite $x4656 |mem2[2]| |S_b[2]|)))))
(let (($x6910 (= 0 ?x1207)))
(not $x6910))))))))))
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
 (let ((?x6247 (+ |mem1[3]| (* (- 1) |S_b[3]|))))
(let ((?x1224 (ite (< 0 ?x6247) ?x6247 0)))
(let (($x4656 (= 1 slot.b)))
(let ((?x5200 (ite $x4656 ?x1224 0)))
(let ((?x2611 (ite $x4656 (+ (* (- 1) |mem1[3]|) |S_b[3]| ?x1224) 0)))
(let ((?x4983 (+ |mem1[3]| ?x2611 (* (- 1) ?x5200) (* (- 1) (ite $x4656 |S_b[3]| |mem1[3]|)))))
(let (($x3751 (= 0 ?x4983)))
(not $x3751)))))))))
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
 (let ((?x2273 (* (- 1) |S_b[3]|)))
(let ((?x2278 (+ |mem2[3]| ?x2273)))
(let ((?x4920 (ite (< 0 ?x2278) ?x2278 0)))
(let (($x4656 (= 1 slot.b)))
(let ((?x6222 (ite $x4656 0 ?x4920)))
(let ((?x6105 (ite $x4656 0 (+ (* (- 1) |mem2[3]|) |S_b[3]| ?x4920))))
(let ((?x185 (+ |mem2[3]| ?x6105 (* (- 1) ?x6222) (* (- 1) (ite $x4656 |mem2[3]| |S_b[3]|)))))
(let (($x3878 (= 0 ?x185)))
(not $x3878))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (28, 0) (proved)
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
 (let ((?x5915 (+ |mem2[0]| |S_b[0]|)))
(let ((?x6714 (ite (< 0 ?x5915) ?x5915 0)))
(let ((?x3771 (* (- 1) |S_b[0]|)))
(let ((?x4027 (* (- 1) |mem2[0]|)))
(let ((?x3828 (+ |mem1[0]| |S_b[0]|)))
(let ((?x5800 (ite (< 0 ?x3828) ?x3828 0)))
(let ((?x410 (* (- 1) |mem1[0]|)))
(let (($x4656 (= 1 slot.b)))
(let ((?x386 (ite $x4656 (+ ?x410 ?x3771 ?x5800) (+ ?x4027 ?x3771 ?x6714))))
(let ((?x3242 (ite $x4656 ?x3828 ?x5915)))
(let (($x3110 (= 0 (+ ?x3242 (* (- 1) (ite $x4656 ?x5800 ?x6714)) ?x386))))
(not $x3110)))))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (28, 1) (proved)
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
 (let ((?x3828 (+ |mem1[0]| |S_b[0]|)))
(let ((?x5800 (ite (< 0 ?x3828) ?x3828 0)))
(let ((?x3771 (* (- 1) |S_b[0]|)))
(let ((?x410 (* (- 1) |mem1[0]|)))
(let ((?x3354 (+ ?x410 ?x3771 ?x5800)))
(let (($x4656 (= 1 slot.b)))
(let ((?x3406 (ite $x4656 ?x3354 (+ 1 ?x410))))
(let ((?x5411 (ite $x4656 ?x3828 (* 2 |mem1[0]|))))
(let (($x2037 (= 0 (+ ?x5411 (* (- 1) (ite $x4656 ?x5800 (+ 1 |mem1[0]|))) ?x3406))))
(not $x2037)))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (28, 2) (proved)
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
 (let ((?x5915 (+ |mem2[0]| |S_b[0]|)))
(let ((?x6714 (ite (< 0 ?x5915) ?x5915 0)))
(let ((?x3771 (* (- 1) |S_b[0]|)))
(let ((?x4027 (* (- 1) |mem2[0]|)))
(let ((?x1784 (+ ?x4027 ?x3771 ?x6714)))
(let (($x4656 (= 1 slot.b)))
(let ((?x4899 (ite $x4656 (+ 1 ?x4027) ?x1784)))
(let ((?x6945 (ite $x4656 (* 2 |mem2[0]|) ?x5915)))
(let (($x4413 (= 0 (+ ?x6945 (* (- 1) (ite $x4656 (+ 1 |mem2[0]|) ?x6714)) ?x4899))))
(not $x4413)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (29, 0) (proved)
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
 (let ((?x696 (+ |mem2[1]| |S_b[1]|)))
(let ((?x5860 (ite (< 0 ?x696) ?x696 0)))
(let ((?x4295 (* (- 1) |S_b[1]|)))
(let ((?x292 (* (- 1) |mem2[1]|)))
(let ((?x4805 (+ |mem1[1]| |S_b[1]|)))
(let ((?x4411 (ite (< 0 ?x4805) ?x4805 0)))
(let ((?x494 (* (- 1) |mem1[1]|)))
(let (($x4656 (= 1 slot.b)))
(let ((?x2194 (ite $x4656 (+ ?x494 ?x4295 ?x4411) (+ ?x292 ?x4295 ?x5860))))
(let ((?x1080 (ite $x4656 ?x4805 ?x696)))
(let (($x6657 (= 0 (+ ?x1080 (* (- 1) (ite $x4656 ?x4411 ?x5860)) ?x2194))))
(not $x6657)))))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (29, 1) (proved)
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
 (let ((?x4805 (+ |mem1[1]| |S_b[1]|)))
(let ((?x4411 (ite (< 0 ?x4805) ?x4805 0)))
(let ((?x4295 (* (- 1) |S_b[1]|)))
(let ((?x494 (* (- 1) |mem1[1]|)))
(let ((?x1814 (+ ?x494 ?x4295 ?x4411)))
(let (($x4656 (= 1 slot.b)))
(let ((?x4115 (ite $x4656 ?x1814 (+ 1 ?x494))))
(let ((?x6448 (ite $x4656 ?x4805 (* 2 |mem1[1]|))))
(let (($x2866 (= 0 (+ ?x6448 (* (- 1) (ite $x4656 ?x4411 (+ 1 |mem1[1]|))) ?x4115))))
(not $x2866)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (29, 2) (proved)
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
 (let ((?x696 (+ |mem2[1]| |S_b[1]|)))
(let ((?x5860 (ite (< 0 ?x696) ?x696 0)))
(let ((?x4295 (* (- 1) |S_b[1]|)))
(let ((?x292 (* (- 1) |mem2[1]|)))
(let ((?x3914 (+ ?x292 ?x4295 ?x5860)))
(let (($x4656 (= 1 slot.b)))
(let ((?x6897 (ite $x4656 (+ 1 ?x292) ?x3914)))
(let ((?x3078 (ite $x4656 (* 2 |mem2[1]|) ?x696)))
(let (($x1858 (= 0 (+ ?x3078 (* (- 1) (ite $x4656 (+ 1 |mem2[1]|) ?x5860)) ?x6897))))
(not $x1858)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (30, 0) (proved)
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
 (let ((?x6362 (+ |mem2[2]| |S_b[2]|)))
(let ((?x2521 (ite (< 0 ?x6362) ?x6362 0)))
(let ((?x6587 (* (- 1) |S_b[2]|)))
(let ((?x5920 (* (- 1) |mem2[2]|)))
(let ((?x774 (+ |mem1[2]| |S_b[2]|)))
(let ((?x137 (ite (< 0 ?x774) ?x774 0)))
(let ((?x1398 (* (- 1) |mem1[2]|)))
(let (($x4656 (= 1 slot.b)))
(let ((?x5675 (ite $x4656 (+ ?x1398 ?x6587 ?x137) (+ ?x5920 ?x6587 ?x2521))))
(let ((?x4283 (ite $x4656 ?x774 ?x6362)))
(let (($x636 (= 0 (+ ?x4283 (* (- 1) (ite $x4656 ?x137 ?x2521)) ?x5675))))
(not $x636)))))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (30, 1) (proved)
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
 (let ((?x774 (+ |mem1[2]| |S_b[2]|)))
(let ((?x137 (ite (< 0 ?x774) ?x774 0)))
(let ((?x6587 (* (- 1) |S_b[2]|)))
(let ((?x1398 (* (- 1) |mem1[2]|)))
(let ((?x5359 (+ ?x1398 ?x6587 ?x137)))
(let (($x4656 (= 1 slot.b)))
(let ((?x6278 (ite $x4656 ?x5359 (+ 1 ?x1398))))
(let ((?x5153 (ite $x4656 ?x774 (* 2 |mem1[2]|))))
(let (($x2954 (= 0 (+ ?x5153 (* (- 1) (ite $x4656 ?x137 (+ 1 |mem1[2]|))) ?x6278))))
(not $x2954)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (30, 2) (proved)
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
 (let ((?x6362 (+ |mem2[2]| |S_b[2]|)))
(let ((?x2521 (ite (< 0 ?x6362) ?x6362 0)))
(let ((?x6587 (* (- 1) |S_b[2]|)))
(let ((?x5920 (* (- 1) |mem2[2]|)))
(let ((?x3189 (+ ?x5920 ?x6587 ?x2521)))
(let (($x4656 (= 1 slot.b)))
(let ((?x6997 (ite $x4656 (+ 1 ?x5920) ?x3189)))
(let ((?x5965 (ite $x4656 (* 2 |mem2[2]|) ?x6362)))
(let (($x1403 (= 0 (+ ?x5965 (* (- 1) (ite $x4656 (+ 1 |mem2[2]|) ?x2521)) ?x6997))))
(not $x1403)))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (31, 0) (proved)
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
 (let ((?x1534 (+ |mem2[3]| |S_b[3]|)))
(let ((?x6845 (ite (< 0 ?x1534) ?x1534 0)))
(let ((?x2273 (* (- 1) |S_b[3]|)))
(let ((?x3289 (* (- 1) |mem2[3]|)))
(let ((?x1936 (+ |mem1[3]| |S_b[3]|)))
(let ((?x5031 (ite (< 0 ?x1936) ?x1936 0)))
(let ((?x423 (* (- 1) |mem1[3]|)))
(let (($x4656 (= 1 slot.b)))
(let ((?x202 (ite $x4656 (+ ?x423 ?x2273 ?x5031) (+ ?x3289 ?x2273 ?x6845))))
(let ((?x3780 (ite $x4656 ?x1936 ?x1534)))
(let (($x1079 (= 0 (+ ?x3780 (* (- 1) (ite $x4656 ?x5031 ?x6845)) ?x202))))
(not $x1079)))))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (31, 1) (proved)
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
 (let ((?x1936 (+ |mem1[3]| |S_b[3]|)))
(let ((?x5031 (ite (< 0 ?x1936) ?x1936 0)))
(let ((?x2273 (* (- 1) |S_b[3]|)))
(let ((?x423 (* (- 1) |mem1[3]|)))
(let ((?x6094 (+ ?x423 ?x2273 ?x5031)))
(let (($x4656 (= 1 slot.b)))
(let ((?x2219 (ite $x4656 ?x6094 (+ 1 ?x423))))
(let ((?x2703 (ite $x4656 ?x1936 (* 2 |mem1[3]|))))
(let (($x1602 (= 0 (+ ?x2703 (* (- 1) (ite $x4656 ?x5031 (+ 1 |mem1[3]|))) ?x2219))))
(not $x1602)))))))))))
(check-sat)
(reset)
; write: B.B1[3] at (31, 2) (proved)
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
 (let ((?x1534 (+ |mem2[3]| |S_b[3]|)))
(let ((?x6845 (ite (< 0 ?x1534) ?x1534 0)))
(let ((?x2273 (* (- 1) |S_b[3]|)))
(let ((?x3289 (* (- 1) |mem2[3]|)))
(let ((?x1834 (+ ?x3289 ?x2273 ?x6845)))
(let (($x4656 (= 1 slot.b)))
(let ((?x960 (ite $x4656 (+ 1 ?x3289) ?x1834)))
(let ((?x5537 (ite $x4656 (* 2 |mem2[3]|) ?x1534)))
(let (($x3390 (= 0 (+ ?x5537 (* (- 1) (ite $x4656 (+ 1 |mem2[3]|) ?x6845)) ?x960))))
(not $x3390)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4310 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2402 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4973 (and $x2402 $x4310)))
(let (($x5544 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x791 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5724 (and $x791 $x5544)))
(let (($x4565 (or $x5724 $x4973)))
(not $x4565)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1214 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x987 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2200 (and $x987 $x1214)))
(let (($x1137 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x399 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3505 (and $x399 $x1137)))
(let (($x106 (or $x3505 $x2200)))
(not $x106)))))))))
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
 (let (($x2955 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x2742 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x6898 (or $x2742 $x2955)))
(not $x6898)))))
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
 (let (($x1449 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x902 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x4303 (or $x902 $x1449)))
(not $x4303)))))
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
 (let (($x5762 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x4956 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x4422 (or $x4956 $x5762)))
(not $x4422)))))
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
 (let (($x1407 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x4525 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x2002 (or $x4525 $x1407)))
(not $x2002)))))
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
 (let (($x2871 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x897 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x6599 (or $x897 $x2871)))
(not $x6599)))))
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
 (let (($x2414 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x2107 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x3363 (or $x2107 $x2414)))
(not $x3363)))))
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
 (let (($x965 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x511 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x1158 (or $x511 $x965)))
(not $x1158)))))
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
 (let (($x4966 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x4763 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x4250 (or $x4763 $x4966)))
(not $x4250)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1412 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5197 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6598 (and $x5197 $x1412)))
(let (($x6839 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1773 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x637 (and $x1773 $x6839)))
(let (($x1800 (or $x637 $x6598)))
(not $x1800)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2432 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x614 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6466 (and $x614 $x2432)))
(let (($x6523 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5404 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2282 (and $x5404 $x6523)))
(let (($x306 (or $x2282 $x6466)))
(not $x306)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x4456 (= 0 (+ 1 |S_b[0]|))))
(let (($x3595 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x1440 (or $x3595 $x4456)))
(not $x1440)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x2202 (= 0 (+ 1 |S_b[1]|))))
(let (($x6538 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x1820 (or $x6538 $x2202)))
(not $x1820)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x5258 (= 0 (+ 1 |S_b[2]|))))
(let (($x834 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x2081 (or $x834 $x5258)))
(not $x2081)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x5489 (= 0 (+ 1 |S_b[3]|))))
(let (($x1308 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x502 (or $x1308 $x5489)))
(not $x502)))))
(check-sat)
(reset)
