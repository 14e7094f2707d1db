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
 (let ((?x2321 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x69 (ite (< 0 ?x2321) ?x2321 0)))
(let (($x2622 (= 1 slot.b)))
(let ((?x4085 (ite $x2622 ?x69 0)))
(let ((?x6506 (ite $x2622 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x69) 0)))
(let ((?x6473 (+ |mem1[0]| ?x6506 (* (- 1) ?x4085) (* (- 1) (ite $x2622 |S_b[0]| |mem1[0]|)))))
(let (($x6912 (= 0 ?x6473)))
(not $x6912)))))))))
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
 (let ((?x56 (* (- 1) |S_b[0]|)))
(let ((?x5920 (+ |mem2[0]| ?x56)))
(let ((?x6884 (ite (< 0 ?x5920) ?x5920 0)))
(let (($x2622 (= 1 slot.b)))
(let ((?x4947 (ite $x2622 0 ?x6884)))
(let ((?x224 (ite $x2622 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x6884))))
(let ((?x2361 (+ |mem2[0]| ?x224 (* (- 1) ?x4947) (* (- 1) (ite $x2622 |mem2[0]| |S_b[0]|)))))
(let (($x4027 (= 0 ?x2361)))
(not $x4027))))))))))
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
 (let ((?x6617 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x2485 (ite (< 0 ?x6617) ?x6617 0)))
(let (($x2622 (= 1 slot.b)))
(let ((?x4786 (ite $x2622 ?x2485 0)))
(let ((?x4635 (ite $x2622 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x2485) 0)))
(let ((?x1999 (+ |mem1[1]| ?x4635 (* (- 1) ?x4786) (* (- 1) (ite $x2622 |S_b[1]| |mem1[1]|)))))
(let (($x6654 (= 0 ?x1999)))
(not $x6654)))))))))
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
 (let ((?x667 (* (- 1) |S_b[1]|)))
(let ((?x441 (+ |mem2[1]| ?x667)))
(let ((?x5140 (ite (< 0 ?x441) ?x441 0)))
(let (($x2622 (= 1 slot.b)))
(let ((?x6967 (ite $x2622 0 ?x5140)))
(let ((?x4322 (ite $x2622 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x5140))))
(let ((?x1156 (+ |mem2[1]| ?x4322 (* (- 1) ?x6967) (* (- 1) (ite $x2622 |mem2[1]| |S_b[1]|)))))
(let (($x2773 (= 0 ?x1156)))
(not $x2773))))))))))
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
 (let ((?x4793 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x2558 (ite (< 0 ?x4793) ?x4793 0)))
(let (($x2622 (= 1 slot.b)))
(let ((?x1930 (ite $x2622 ?x2558 0)))
(let ((?x5971 (ite $x2622 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x2558) 0)))
(let ((?x6762 (+ |mem1[2]| ?x5971 (* (- 1) ?x1930) (* (- 1) (ite $x2622 |S_b[2]| |mem1[2]|)))))
(let (($x6714 (= 0 ?x6762)))
(not $x6714)))))))))
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
 (let ((?x5159 (* (- 1) |S_b[2]|)))
(let ((?x4919 (+ |mem2[2]| ?x5159)))
(let ((?x6885 (ite (< 0 ?x4919) ?x4919 0)))
(let (($x2622 (= 1 slot.b)))
(let ((?x3991 (ite $x2622 0 ?x6885)))
(let ((?x2188 (ite $x2622 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x6885))))
(let ((?x6368 (+ |mem2[2]| ?x2188 (* (- 1) ?x3991) (* (- 1) (ite $x2622 |mem2[2]| |S_b[2]|)))))
(let (($x3390 (= 0 ?x6368)))
(not $x3390))))))))))
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
 (let ((?x2343 (+ |mem1[3]| (* (- 1) |S_b[3]|))))
(let ((?x5304 (ite (< 0 ?x2343) ?x2343 0)))
(let (($x2622 (= 1 slot.b)))
(let ((?x4896 (ite $x2622 ?x5304 0)))
(let ((?x2500 (ite $x2622 (+ (* (- 1) |mem1[3]|) |S_b[3]| ?x5304) 0)))
(let ((?x6898 (+ |mem1[3]| ?x2500 (* (- 1) ?x4896) (* (- 1) (ite $x2622 |S_b[3]| |mem1[3]|)))))
(let (($x472 (= 0 ?x6898)))
(not $x472)))))))))
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
 (let ((?x5450 (* (- 1) |S_b[3]|)))
(let ((?x4930 (+ |mem2[3]| ?x5450)))
(let ((?x6046 (ite (< 0 ?x4930) ?x4930 0)))
(let (($x2622 (= 1 slot.b)))
(let ((?x4250 (ite $x2622 0 ?x6046)))
(let ((?x679 (ite $x2622 0 (+ (* (- 1) |mem2[3]|) |S_b[3]| ?x6046))))
(let ((?x3570 (+ |mem2[3]| ?x679 (* (- 1) ?x4250) (* (- 1) (ite $x2622 |mem2[3]| |S_b[3]|)))))
(let (($x5122 (= 0 ?x3570)))
(not $x5122))))))))))
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
 (let ((?x5273 (+ |mem1[4]| (* (- 1) |S_b[4]|))))
(let ((?x4812 (ite (< 0 ?x5273) ?x5273 0)))
(let (($x2622 (= 1 slot.b)))
(let ((?x181 (ite $x2622 ?x4812 0)))
(let ((?x113 (ite $x2622 (+ (* (- 1) |mem1[4]|) |S_b[4]| ?x4812) 0)))
(let ((?x1729 (+ |mem1[4]| ?x113 (* (- 1) ?x181) (* (- 1) (ite $x2622 |S_b[4]| |mem1[4]|)))))
(let (($x2695 (= 0 ?x1729)))
(not $x2695)))))))))
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
 (let ((?x1825 (* (- 1) |S_b[4]|)))
(let ((?x2430 (+ |mem2[4]| ?x1825)))
(let ((?x6764 (ite (< 0 ?x2430) ?x2430 0)))
(let (($x2622 (= 1 slot.b)))
(let ((?x2612 (ite $x2622 0 ?x6764)))
(let ((?x2432 (ite $x2622 0 (+ (* (- 1) |mem2[4]|) |S_b[4]| ?x6764))))
(let ((?x6613 (+ |mem2[4]| ?x2432 (* (- 1) ?x2612) (* (- 1) (ite $x2622 |mem2[4]| |S_b[4]|)))))
(let (($x6958 (= 0 ?x6613)))
(not $x6958))))))))))
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
 (let ((?x5945 (+ |mem2[0]| |S_b[0]|)))
(let ((?x5553 (ite (< 0 ?x5945) ?x5945 0)))
(let ((?x56 (* (- 1) |S_b[0]|)))
(let ((?x4310 (* (- 1) |mem2[0]|)))
(let ((?x1334 (+ |mem1[0]| |S_b[0]|)))
(let ((?x877 (ite (< 0 ?x1334) ?x1334 0)))
(let ((?x2415 (* (- 1) |mem1[0]|)))
(let (($x2622 (= 1 slot.b)))
(let ((?x3071 (ite $x2622 (+ ?x2415 ?x56 ?x877) (+ ?x4310 ?x56 ?x5553))))
(let ((?x5538 (ite $x2622 ?x1334 ?x5945)))
(let (($x6889 (= 0 (+ ?x5538 (* (- 1) (ite $x2622 ?x877 ?x5553)) ?x3071))))
(not $x6889)))))))))))))
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
 (let ((?x1334 (+ |mem1[0]| |S_b[0]|)))
(let ((?x877 (ite (< 0 ?x1334) ?x1334 0)))
(let ((?x56 (* (- 1) |S_b[0]|)))
(let ((?x2415 (* (- 1) |mem1[0]|)))
(let ((?x781 (+ ?x2415 ?x56 ?x877)))
(let (($x2622 (= 1 slot.b)))
(let ((?x2568 (ite $x2622 ?x781 (+ 1 ?x2415))))
(let ((?x6803 (ite $x2622 ?x1334 (* 2 |mem1[0]|))))
(let (($x1741 (= 0 (+ ?x6803 (* (- 1) (ite $x2622 ?x877 (+ 1 |mem1[0]|))) ?x2568))))
(not $x1741)))))))))))
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
 (let ((?x5945 (+ |mem2[0]| |S_b[0]|)))
(let ((?x5553 (ite (< 0 ?x5945) ?x5945 0)))
(let ((?x56 (* (- 1) |S_b[0]|)))
(let ((?x4310 (* (- 1) |mem2[0]|)))
(let ((?x5490 (+ ?x4310 ?x56 ?x5553)))
(let (($x2622 (= 1 slot.b)))
(let ((?x502 (ite $x2622 (+ 1 ?x4310) ?x5490)))
(let ((?x2656 (ite $x2622 (* 2 |mem2[0]|) ?x5945)))
(let (($x1249 (= 0 (+ ?x2656 (* (- 1) (ite $x2622 (+ 1 |mem2[0]|) ?x5553)) ?x502))))
(not $x1249)))))))))))
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
 (let ((?x2488 (+ |mem2[1]| |S_b[1]|)))
(let ((?x6910 (ite (< 0 ?x2488) ?x2488 0)))
(let ((?x667 (* (- 1) |S_b[1]|)))
(let ((?x976 (* (- 1) |mem2[1]|)))
(let ((?x427 (+ |mem1[1]| |S_b[1]|)))
(let ((?x6265 (ite (< 0 ?x427) ?x427 0)))
(let ((?x1543 (* (- 1) |mem1[1]|)))
(let (($x2622 (= 1 slot.b)))
(let ((?x1448 (ite $x2622 (+ ?x1543 ?x667 ?x6265) (+ ?x976 ?x667 ?x6910))))
(let ((?x1686 (ite $x2622 ?x427 ?x2488)))
(let (($x5694 (= 0 (+ ?x1686 (* (- 1) (ite $x2622 ?x6265 ?x6910)) ?x1448))))
(not $x5694)))))))))))))
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
 (let ((?x427 (+ |mem1[1]| |S_b[1]|)))
(let ((?x6265 (ite (< 0 ?x427) ?x427 0)))
(let ((?x667 (* (- 1) |S_b[1]|)))
(let ((?x1543 (* (- 1) |mem1[1]|)))
(let ((?x6725 (+ ?x1543 ?x667 ?x6265)))
(let (($x2622 (= 1 slot.b)))
(let ((?x3226 (ite $x2622 ?x6725 (+ 1 ?x1543))))
(let ((?x1598 (ite $x2622 ?x427 (* 2 |mem1[1]|))))
(let (($x3242 (= 0 (+ ?x1598 (* (- 1) (ite $x2622 ?x6265 (+ 1 |mem1[1]|))) ?x3226))))
(not $x3242)))))))))))
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
 (let ((?x2488 (+ |mem2[1]| |S_b[1]|)))
(let ((?x6910 (ite (< 0 ?x2488) ?x2488 0)))
(let ((?x667 (* (- 1) |S_b[1]|)))
(let ((?x976 (* (- 1) |mem2[1]|)))
(let ((?x3046 (+ ?x976 ?x667 ?x6910)))
(let (($x2622 (= 1 slot.b)))
(let ((?x6686 (ite $x2622 (+ 1 ?x976) ?x3046)))
(let ((?x6242 (ite $x2622 (* 2 |mem2[1]|) ?x2488)))
(let (($x4688 (= 0 (+ ?x6242 (* (- 1) (ite $x2622 (+ 1 |mem2[1]|) ?x6910)) ?x6686))))
(not $x4688)))))))))))
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
 (let ((?x6854 (+ |mem2[2]| |S_b[2]|)))
(let ((?x5111 (ite (< 0 ?x6854) ?x6854 0)))
(let ((?x5159 (* (- 1) |S_b[2]|)))
(let ((?x2095 (* (- 1) |mem2[2]|)))
(let ((?x5485 (+ |mem1[2]| |S_b[2]|)))
(let ((?x2566 (ite (< 0 ?x5485) ?x5485 0)))
(let ((?x4829 (* (- 1) |mem1[2]|)))
(let (($x2622 (= 1 slot.b)))
(let ((?x704 (ite $x2622 (+ ?x4829 ?x5159 ?x2566) (+ ?x2095 ?x5159 ?x5111))))
(let ((?x246 (ite $x2622 ?x5485 ?x6854)))
(let (($x5163 (= 0 (+ ?x246 (* (- 1) (ite $x2622 ?x2566 ?x5111)) ?x704))))
(not $x5163)))))))))))))
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
 (let ((?x5485 (+ |mem1[2]| |S_b[2]|)))
(let ((?x2566 (ite (< 0 ?x5485) ?x5485 0)))
(let ((?x5159 (* (- 1) |S_b[2]|)))
(let ((?x4829 (* (- 1) |mem1[2]|)))
(let ((?x4601 (+ ?x4829 ?x5159 ?x2566)))
(let (($x2622 (= 1 slot.b)))
(let ((?x3621 (ite $x2622 ?x4601 (+ 1 ?x4829))))
(let ((?x2875 (ite $x2622 ?x5485 (* 2 |mem1[2]|))))
(let (($x6940 (= 0 (+ ?x2875 (* (- 1) (ite $x2622 ?x2566 (+ 1 |mem1[2]|))) ?x3621))))
(not $x6940)))))))))))
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
 (let ((?x6854 (+ |mem2[2]| |S_b[2]|)))
(let ((?x5111 (ite (< 0 ?x6854) ?x6854 0)))
(let ((?x5159 (* (- 1) |S_b[2]|)))
(let ((?x2095 (* (- 1) |mem2[2]|)))
(let ((?x353 (+ ?x2095 ?x5159 ?x5111)))
(let (($x2622 (= 1 slot.b)))
(let ((?x4214 (ite $x2622 (+ 1 ?x2095) ?x353)))
(let ((?x2602 (ite $x2622 (* 2 |mem2[2]|) ?x6854)))
(let (($x2322 (= 0 (+ ?x2602 (* (- 1) (ite $x2622 (+ 1 |mem2[2]|) ?x5111)) ?x4214))))
(not $x2322)))))))))))
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
 (let ((?x6594 (+ |mem2[3]| |S_b[3]|)))
(let ((?x1584 (ite (< 0 ?x6594) ?x6594 0)))
(let ((?x5450 (* (- 1) |S_b[3]|)))
(let ((?x564 (* (- 1) |mem2[3]|)))
(let ((?x130 (+ |mem1[3]| |S_b[3]|)))
(let ((?x2584 (ite (< 0 ?x130) ?x130 0)))
(let ((?x3559 (* (- 1) |mem1[3]|)))
(let (($x2622 (= 1 slot.b)))
(let ((?x1735 (ite $x2622 (+ ?x3559 ?x5450 ?x2584) (+ ?x564 ?x5450 ?x1584))))
(let ((?x6696 (ite $x2622 ?x130 ?x6594)))
(let (($x1608 (= 0 (+ ?x6696 (* (- 1) (ite $x2622 ?x2584 ?x1584)) ?x1735))))
(not $x1608)))))))))))))
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
 (let ((?x130 (+ |mem1[3]| |S_b[3]|)))
(let ((?x2584 (ite (< 0 ?x130) ?x130 0)))
(let ((?x5450 (* (- 1) |S_b[3]|)))
(let ((?x3559 (* (- 1) |mem1[3]|)))
(let ((?x3951 (+ ?x3559 ?x5450 ?x2584)))
(let (($x2622 (= 1 slot.b)))
(let ((?x5999 (ite $x2622 ?x3951 (+ 1 ?x3559))))
(let ((?x1326 (ite $x2622 ?x130 (* 2 |mem1[3]|))))
(let (($x4385 (= 0 (+ ?x1326 (* (- 1) (ite $x2622 ?x2584 (+ 1 |mem1[3]|))) ?x5999))))
(not $x4385)))))))))))
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
 (let ((?x6594 (+ |mem2[3]| |S_b[3]|)))
(let ((?x1584 (ite (< 0 ?x6594) ?x6594 0)))
(let ((?x5450 (* (- 1) |S_b[3]|)))
(let ((?x564 (* (- 1) |mem2[3]|)))
(let ((?x6911 (+ ?x564 ?x5450 ?x1584)))
(let (($x2622 (= 1 slot.b)))
(let ((?x3962 (ite $x2622 (+ 1 ?x564) ?x6911)))
(let ((?x1797 (ite $x2622 (* 2 |mem2[3]|) ?x6594)))
(let (($x5218 (= 0 (+ ?x1797 (* (- 1) (ite $x2622 (+ 1 |mem2[3]|) ?x1584)) ?x3962))))
(not $x5218)))))))))))
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
 (let ((?x4261 (+ |mem2[4]| |S_b[4]|)))
(let ((?x4917 (ite (< 0 ?x4261) ?x4261 0)))
(let ((?x1825 (* (- 1) |S_b[4]|)))
(let ((?x3301 (* (- 1) |mem2[4]|)))
(let ((?x2912 (+ |mem1[4]| |S_b[4]|)))
(let ((?x3726 (ite (< 0 ?x2912) ?x2912 0)))
(let ((?x5778 (* (- 1) |mem1[4]|)))
(let (($x2622 (= 1 slot.b)))
(let ((?x6374 (ite $x2622 (+ ?x5778 ?x1825 ?x3726) (+ ?x3301 ?x1825 ?x4917))))
(let ((?x4163 (ite $x2622 ?x2912 ?x4261)))
(let (($x1682 (= 0 (+ ?x4163 (* (- 1) (ite $x2622 ?x3726 ?x4917)) ?x6374))))
(not $x1682)))))))))))))
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
 (let ((?x2912 (+ |mem1[4]| |S_b[4]|)))
(let ((?x3726 (ite (< 0 ?x2912) ?x2912 0)))
(let ((?x1825 (* (- 1) |S_b[4]|)))
(let ((?x5778 (* (- 1) |mem1[4]|)))
(let ((?x7031 (+ ?x5778 ?x1825 ?x3726)))
(let (($x2622 (= 1 slot.b)))
(let ((?x3669 (ite $x2622 ?x7031 (+ 1 ?x5778))))
(let ((?x2827 (ite $x2622 ?x2912 (* 2 |mem1[4]|))))
(let (($x5109 (= 0 (+ ?x2827 (* (- 1) (ite $x2622 ?x3726 (+ 1 |mem1[4]|))) ?x3669))))
(not $x5109)))))))))))
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
 (let ((?x4261 (+ |mem2[4]| |S_b[4]|)))
(let ((?x4917 (ite (< 0 ?x4261) ?x4261 0)))
(let ((?x1825 (* (- 1) |S_b[4]|)))
(let ((?x3301 (* (- 1) |mem2[4]|)))
(let ((?x910 (+ ?x3301 ?x1825 ?x4917)))
(let (($x2622 (= 1 slot.b)))
(let ((?x6787 (ite $x2622 (+ 1 ?x3301) ?x910)))
(let ((?x6831 (ite $x2622 (* 2 |mem2[4]|) ?x4261)))
(let (($x20 (= 0 (+ ?x6831 (* (- 1) (ite $x2622 (+ 1 |mem2[4]|) ?x4917)) ?x6787))))
(not $x20)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5929 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6204 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6718 (and $x6204 $x5929)))
(let (($x2632 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5164 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3760 (and $x5164 $x2632)))
(let (($x6156 (or $x3760 $x6718)))
(not $x6156)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1464 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4068 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6486 (and $x4068 $x1464)))
(let (($x5544 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x833 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6426 (and $x833 $x5544)))
(let (($x2447 (or $x6426 $x6486)))
(not $x2447)))))))))
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
 (let (($x4295 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x1989 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x4989 (or $x1989 $x4295)))
(not $x4989)))))
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
 (let (($x4543 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x3344 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x4868 (or $x3344 $x4543)))
(not $x4868)))))
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
 (let (($x4145 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x1134 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x1800 (or $x1134 $x4145)))
(not $x1800)))))
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
 (let (($x5578 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x4100 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x6247 (or $x4100 $x5578)))
(not $x6247)))))
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
 (let (($x3365 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x1637 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x3561 (or $x1637 $x3365)))
(not $x3561)))))
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
 (let (($x2728 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x1925 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x5055 (or $x1925 $x2728)))
(not $x5055)))))
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
 (let (($x3566 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x6315 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x726 (or $x6315 $x3566)))
(not $x726)))))
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
 (let (($x2526 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x1489 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x4241 (or $x1489 $x2526)))
(not $x4241)))))
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
 (let (($x4836 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x3164 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x3054 (or $x3164 $x4836)))
(not $x3054)))))
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
 (let (($x3421 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x2946 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x4191 (or $x2946 $x3421)))
(not $x4191)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2510 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6140 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x305 (and $x6140 $x2510)))
(let (($x3429 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x47 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1476 (and $x47 $x3429)))
(let (($x2792 (or $x1476 $x305)))
(not $x2792)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4691 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1010 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x692 (and $x1010 $x4691)))
(let (($x3304 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x730 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x7010 (and $x730 $x3304)))
(let (($x816 (or $x7010 $x692)))
(not $x816)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1077 (= 0 (+ 1 |S_b[0]|))))
(let (($x2657 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x3822 (or $x2657 $x1077)))
(not $x3822)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x6691 (= 0 (+ 1 |S_b[1]|))))
(let (($x48 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x1007 (or $x48 $x6691)))
(not $x1007)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x4494 (= 0 (+ 1 |S_b[2]|))))
(let (($x1094 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x5397 (or $x1094 $x4494)))
(not $x5397)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x1322 (= 0 (+ 1 |S_b[3]|))))
(let (($x4687 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x3293 (or $x4687 $x1322)))
(not $x3293)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x6409 (= 0 (+ 1 |S_b[4]|))))
(let (($x3678 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x5359 (or $x3678 $x6409)))
(not $x5359)))))
(check-sat)
(reset)
