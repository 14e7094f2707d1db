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
 (let ((?x3218 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x232 (ite (< 0 ?x3218) ?x3218 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x2535 (ite $x1555 ?x232 0)))
(let ((?x3010 (ite $x1555 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x232) 0)))
(let ((?x4252 (+ |mem1[0]| ?x3010 (* (- 1) ?x2535) (* (- 1) (ite $x1555 |S_b[0]| |mem1[0]|)))))
(let (($x4759 (= 0 ?x4252)))
(not $x4759)))))))))
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
 (let ((?x1958 (* (- 1) |S_b[0]|)))
(let ((?x898 (+ |mem2[0]| ?x1958)))
(let ((?x1255 (ite (< 0 ?x898) ?x898 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x3485 (ite $x1555 0 ?x1255)))
(let ((?x2269 (ite $x1555 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x1255))))
(let ((?x1843 (+ |mem2[0]| ?x2269 (* (- 1) ?x3485) (* (- 1) (ite $x1555 |mem2[0]| |S_b[0]|)))))
(let (($x137 (= 0 ?x1843)))
(not $x137))))))))))
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
 (let ((?x3037 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x3488 (ite (< 0 ?x3037) ?x3037 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x1180 (ite $x1555 ?x3488 0)))
(let ((?x591 (ite $x1555 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x3488) 0)))
(let ((?x202 (+ |mem1[1]| ?x591 (* (- 1) ?x1180) (* (- 1) (ite $x1555 |S_b[1]| |mem1[1]|)))))
(let (($x2516 (= 0 ?x202)))
(not $x2516)))))))))
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
 (let ((?x3329 (* (- 1) |S_b[1]|)))
(let ((?x1299 (+ |mem2[1]| ?x3329)))
(let ((?x1606 (ite (< 0 ?x1299) ?x1299 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x2059 (ite $x1555 0 ?x1606)))
(let ((?x3579 (ite $x1555 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x1606))))
(let ((?x3882 (+ |mem2[1]| ?x3579 (* (- 1) ?x2059) (* (- 1) (ite $x1555 |mem2[1]| |S_b[1]|)))))
(let (($x3727 (= 0 ?x3882)))
(not $x3727))))))))))
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
 (let ((?x420 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x1194 (ite (< 0 ?x420) ?x420 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x3876 (ite $x1555 ?x1194 0)))
(let ((?x3116 (ite $x1555 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x1194) 0)))
(let ((?x1892 (+ |mem1[2]| ?x3116 (* (- 1) ?x3876) (* (- 1) (ite $x1555 |S_b[2]| |mem1[2]|)))))
(let (($x2977 (= 0 ?x1892)))
(not $x2977)))))))))
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
 (let ((?x3004 (* (- 1) |S_b[2]|)))
(let ((?x4700 (+ |mem2[2]| ?x3004)))
(let ((?x408 (ite (< 0 ?x4700) ?x4700 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x3504 (ite $x1555 0 ?x408)))
(let ((?x1403 (ite $x1555 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x408))))
(let ((?x162 (+ |mem2[2]| ?x1403 (* (- 1) ?x3504) (* (- 1) (ite $x1555 |mem2[2]| |S_b[2]|)))))
(let (($x4233 (= 0 ?x162)))
(not $x4233))))))))))
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
 (let ((?x4188 (+ |mem1[3]| (* (- 1) |S_b[3]|))))
(let ((?x5079 (ite (< 0 ?x4188) ?x4188 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x1404 (ite $x1555 ?x5079 0)))
(let ((?x4418 (ite $x1555 (+ (* (- 1) |mem1[3]|) |S_b[3]| ?x5079) 0)))
(let ((?x4569 (+ |mem1[3]| ?x4418 (* (- 1) ?x1404) (* (- 1) (ite $x1555 |S_b[3]| |mem1[3]|)))))
(let (($x729 (= 0 ?x4569)))
(not $x729)))))))))
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
 (let ((?x4450 (* (- 1) |S_b[3]|)))
(let ((?x3242 (+ |mem2[3]| ?x4450)))
(let ((?x2382 (ite (< 0 ?x3242) ?x3242 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x1203 (ite $x1555 0 ?x2382)))
(let ((?x3080 (ite $x1555 0 (+ (* (- 1) |mem2[3]|) |S_b[3]| ?x2382))))
(let ((?x987 (+ |mem2[3]| ?x3080 (* (- 1) ?x1203) (* (- 1) (ite $x1555 |mem2[3]| |S_b[3]|)))))
(let (($x4203 (= 0 ?x987)))
(not $x4203))))))))))
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
 (let ((?x4222 (+ |mem1[4]| (* (- 1) |S_b[4]|))))
(let ((?x1999 (ite (< 0 ?x4222) ?x4222 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x2186 (ite $x1555 ?x1999 0)))
(let ((?x3241 (ite $x1555 (+ (* (- 1) |mem1[4]|) |S_b[4]| ?x1999) 0)))
(let ((?x4644 (+ |mem1[4]| ?x3241 (* (- 1) ?x2186) (* (- 1) (ite $x1555 |S_b[4]| |mem1[4]|)))))
(let (($x157 (= 0 ?x4644)))
(not $x157)))))))))
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
 (let ((?x1668 (* (- 1) |S_b[4]|)))
(let ((?x453 (+ |mem2[4]| ?x1668)))
(let ((?x3625 (ite (< 0 ?x453) ?x453 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x2752 (ite $x1555 0 ?x3625)))
(let ((?x1489 (ite $x1555 0 (+ (* (- 1) |mem2[4]|) |S_b[4]| ?x3625))))
(let ((?x1980 (+ |mem2[4]| ?x1489 (* (- 1) ?x2752) (* (- 1) (ite $x1555 |mem2[4]| |S_b[4]|)))))
(let (($x2576 (= 0 ?x1980)))
(not $x2576))))))))))
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
 (let ((?x1355 (+ |mem1[5]| (* (- 1) |S_b[5]|))))
(let ((?x2107 (ite (< 0 ?x1355) ?x1355 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x4340 (ite $x1555 ?x2107 0)))
(let ((?x667 (ite $x1555 (+ (* (- 1) |mem1[5]|) |S_b[5]| ?x2107) 0)))
(let ((?x242 (+ |mem1[5]| ?x667 (* (- 1) ?x4340) (* (- 1) (ite $x1555 |S_b[5]| |mem1[5]|)))))
(let (($x2514 (= 0 ?x242)))
(not $x2514)))))))))
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
 (let ((?x3932 (* (- 1) |S_b[5]|)))
(let ((?x4214 (+ |mem2[5]| ?x3932)))
(let ((?x385 (ite (< 0 ?x4214) ?x4214 0)))
(let (($x1555 (= 1 slot.b)))
(let ((?x2872 (ite $x1555 0 ?x385)))
(let ((?x4921 (ite $x1555 0 (+ (* (- 1) |mem2[5]|) |S_b[5]| ?x385))))
(let ((?x650 (+ |mem2[5]| ?x4921 (* (- 1) ?x2872) (* (- 1) (ite $x1555 |mem2[5]| |S_b[5]|)))))
(let (($x5047 (= 0 ?x650)))
(not $x5047))))))))))
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
 (let ((?x354 (+ |mem2[0]| |S_b[0]|)))
(let ((?x326 (ite (< 0 ?x354) ?x354 0)))
(let ((?x1958 (* (- 1) |S_b[0]|)))
(let ((?x2254 (* (- 1) |mem2[0]|)))
(let ((?x3586 (+ |mem1[0]| |S_b[0]|)))
(let ((?x5032 (ite (< 0 ?x3586) ?x3586 0)))
(let ((?x2131 (* (- 1) |mem1[0]|)))
(let (($x1555 (= 1 slot.b)))
(let ((?x4756 (ite $x1555 (+ ?x2131 ?x1958 ?x5032) (+ ?x2254 ?x1958 ?x326))))
(let ((?x1374 (ite $x1555 ?x3586 ?x354)))
(let (($x83 (= 0 (+ ?x1374 (* (- 1) (ite $x1555 ?x5032 ?x326)) ?x4756))))
(not $x83)))))))))))))
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
 (let ((?x3586 (+ |mem1[0]| |S_b[0]|)))
(let ((?x5032 (ite (< 0 ?x3586) ?x3586 0)))
(let ((?x1958 (* (- 1) |S_b[0]|)))
(let ((?x2131 (* (- 1) |mem1[0]|)))
(let ((?x212 (+ ?x2131 ?x1958 ?x5032)))
(let (($x1555 (= 1 slot.b)))
(let ((?x3311 (ite $x1555 ?x212 (+ 1 ?x2131))))
(let ((?x2448 (ite $x1555 ?x3586 (* 2 |mem1[0]|))))
(let (($x757 (= 0 (+ ?x2448 (* (- 1) (ite $x1555 ?x5032 (+ 1 |mem1[0]|))) ?x3311))))
(not $x757)))))))))))
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
 (let ((?x354 (+ |mem2[0]| |S_b[0]|)))
(let ((?x326 (ite (< 0 ?x354) ?x354 0)))
(let ((?x1958 (* (- 1) |S_b[0]|)))
(let ((?x2254 (* (- 1) |mem2[0]|)))
(let ((?x5039 (+ ?x2254 ?x1958 ?x326)))
(let (($x1555 (= 1 slot.b)))
(let ((?x1776 (ite $x1555 (+ 1 ?x2254) ?x5039)))
(let ((?x2885 (ite $x1555 (* 2 |mem2[0]|) ?x354)))
(let (($x3956 (= 0 (+ ?x2885 (* (- 1) (ite $x1555 (+ 1 |mem2[0]|) ?x326)) ?x1776))))
(not $x3956)))))))))))
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
 (let ((?x1001 (+ |mem2[1]| |S_b[1]|)))
(let ((?x2393 (ite (< 0 ?x1001) ?x1001 0)))
(let ((?x3329 (* (- 1) |S_b[1]|)))
(let ((?x3297 (* (- 1) |mem2[1]|)))
(let ((?x4649 (+ |mem1[1]| |S_b[1]|)))
(let ((?x2153 (ite (< 0 ?x4649) ?x4649 0)))
(let ((?x1994 (* (- 1) |mem1[1]|)))
(let (($x1555 (= 1 slot.b)))
(let ((?x2950 (ite $x1555 (+ ?x1994 ?x3329 ?x2153) (+ ?x3297 ?x3329 ?x2393))))
(let ((?x369 (ite $x1555 ?x4649 ?x1001)))
(let (($x2656 (= 0 (+ ?x369 (* (- 1) (ite $x1555 ?x2153 ?x2393)) ?x2950))))
(not $x2656)))))))))))))
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
 (let ((?x4649 (+ |mem1[1]| |S_b[1]|)))
(let ((?x2153 (ite (< 0 ?x4649) ?x4649 0)))
(let ((?x3329 (* (- 1) |S_b[1]|)))
(let ((?x1994 (* (- 1) |mem1[1]|)))
(let ((?x610 (+ ?x1994 ?x3329 ?x2153)))
(let (($x1555 (= 1 slot.b)))
(let ((?x4503 (ite $x1555 ?x610 (+ 1 ?x1994))))
(let ((?x3844 (ite $x1555 ?x4649 (* 2 |mem1[1]|))))
(let (($x3560 (= 0 (+ ?x3844 (* (- 1) (ite $x1555 ?x2153 (+ 1 |mem1[1]|))) ?x4503))))
(not $x3560)))))))))))
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
 (let ((?x1001 (+ |mem2[1]| |S_b[1]|)))
(let ((?x2393 (ite (< 0 ?x1001) ?x1001 0)))
(let ((?x3329 (* (- 1) |S_b[1]|)))
(let ((?x3297 (* (- 1) |mem2[1]|)))
(let ((?x1907 (+ ?x3297 ?x3329 ?x2393)))
(let (($x1555 (= 1 slot.b)))
(let ((?x2970 (ite $x1555 (+ 1 ?x3297) ?x1907)))
(let ((?x4392 (ite $x1555 (* 2 |mem2[1]|) ?x1001)))
(let (($x321 (= 0 (+ ?x4392 (* (- 1) (ite $x1555 (+ 1 |mem2[1]|) ?x2393)) ?x2970))))
(not $x321)))))))))))
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
 (let ((?x2692 (+ |mem2[2]| |S_b[2]|)))
(let ((?x5148 (ite (< 0 ?x2692) ?x2692 0)))
(let ((?x3004 (* (- 1) |S_b[2]|)))
(let ((?x1152 (* (- 1) |mem2[2]|)))
(let ((?x2201 (+ |mem1[2]| |S_b[2]|)))
(let ((?x3936 (ite (< 0 ?x2201) ?x2201 0)))
(let ((?x2357 (* (- 1) |mem1[2]|)))
(let (($x1555 (= 1 slot.b)))
(let ((?x952 (ite $x1555 (+ ?x2357 ?x3004 ?x3936) (+ ?x1152 ?x3004 ?x5148))))
(let ((?x4927 (ite $x1555 ?x2201 ?x2692)))
(let (($x2462 (= 0 (+ ?x4927 (* (- 1) (ite $x1555 ?x3936 ?x5148)) ?x952))))
(not $x2462)))))))))))))
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
 (let ((?x2201 (+ |mem1[2]| |S_b[2]|)))
(let ((?x3936 (ite (< 0 ?x2201) ?x2201 0)))
(let ((?x3004 (* (- 1) |S_b[2]|)))
(let ((?x2357 (* (- 1) |mem1[2]|)))
(let ((?x1323 (+ ?x2357 ?x3004 ?x3936)))
(let (($x1555 (= 1 slot.b)))
(let ((?x4431 (ite $x1555 ?x1323 (+ 1 ?x2357))))
(let ((?x1201 (ite $x1555 ?x2201 (* 2 |mem1[2]|))))
(let (($x4112 (= 0 (+ ?x1201 (* (- 1) (ite $x1555 ?x3936 (+ 1 |mem1[2]|))) ?x4431))))
(not $x4112)))))))))))
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
 (let ((?x2692 (+ |mem2[2]| |S_b[2]|)))
(let ((?x5148 (ite (< 0 ?x2692) ?x2692 0)))
(let ((?x3004 (* (- 1) |S_b[2]|)))
(let ((?x1152 (* (- 1) |mem2[2]|)))
(let ((?x4020 (+ ?x1152 ?x3004 ?x5148)))
(let (($x1555 (= 1 slot.b)))
(let ((?x3517 (ite $x1555 (+ 1 ?x1152) ?x4020)))
(let ((?x3335 (ite $x1555 (* 2 |mem2[2]|) ?x2692)))
(let (($x1830 (= 0 (+ ?x3335 (* (- 1) (ite $x1555 (+ 1 |mem2[2]|) ?x5148)) ?x3517))))
(not $x1830)))))))))))
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
 (let ((?x3338 (+ |mem2[3]| |S_b[3]|)))
(let ((?x2397 (ite (< 0 ?x3338) ?x3338 0)))
(let ((?x4450 (* (- 1) |S_b[3]|)))
(let ((?x2876 (* (- 1) |mem2[3]|)))
(let ((?x1901 (+ |mem1[3]| |S_b[3]|)))
(let ((?x2757 (ite (< 0 ?x1901) ?x1901 0)))
(let ((?x1743 (* (- 1) |mem1[3]|)))
(let (($x1555 (= 1 slot.b)))
(let ((?x3573 (ite $x1555 (+ ?x1743 ?x4450 ?x2757) (+ ?x2876 ?x4450 ?x2397))))
(let ((?x2528 (ite $x1555 ?x1901 ?x3338)))
(let (($x423 (= 0 (+ ?x2528 (* (- 1) (ite $x1555 ?x2757 ?x2397)) ?x3573))))
(not $x423)))))))))))))
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
 (let ((?x1901 (+ |mem1[3]| |S_b[3]|)))
(let ((?x2757 (ite (< 0 ?x1901) ?x1901 0)))
(let ((?x4450 (* (- 1) |S_b[3]|)))
(let ((?x1743 (* (- 1) |mem1[3]|)))
(let ((?x2485 (+ ?x1743 ?x4450 ?x2757)))
(let (($x1555 (= 1 slot.b)))
(let ((?x3421 (ite $x1555 ?x2485 (+ 1 ?x1743))))
(let ((?x4755 (ite $x1555 ?x1901 (* 2 |mem1[3]|))))
(let (($x4388 (= 0 (+ ?x4755 (* (- 1) (ite $x1555 ?x2757 (+ 1 |mem1[3]|))) ?x3421))))
(not $x4388)))))))))))
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
 (let ((?x3338 (+ |mem2[3]| |S_b[3]|)))
(let ((?x2397 (ite (< 0 ?x3338) ?x3338 0)))
(let ((?x4450 (* (- 1) |S_b[3]|)))
(let ((?x2876 (* (- 1) |mem2[3]|)))
(let ((?x2476 (+ ?x2876 ?x4450 ?x2397)))
(let (($x1555 (= 1 slot.b)))
(let ((?x2166 (ite $x1555 (+ 1 ?x2876) ?x2476)))
(let ((?x907 (ite $x1555 (* 2 |mem2[3]|) ?x3338)))
(let (($x2926 (= 0 (+ ?x907 (* (- 1) (ite $x1555 (+ 1 |mem2[3]|) ?x2397)) ?x2166))))
(not $x2926)))))))))))
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
 (let ((?x5066 (+ |mem2[4]| |S_b[4]|)))
(let ((?x3361 (ite (< 0 ?x5066) ?x5066 0)))
(let ((?x1668 (* (- 1) |S_b[4]|)))
(let ((?x2649 (* (- 1) |mem2[4]|)))
(let ((?x1250 (+ |mem1[4]| |S_b[4]|)))
(let ((?x388 (ite (< 0 ?x1250) ?x1250 0)))
(let ((?x2529 (* (- 1) |mem1[4]|)))
(let (($x1555 (= 1 slot.b)))
(let ((?x1511 (ite $x1555 (+ ?x2529 ?x1668 ?x388) (+ ?x2649 ?x1668 ?x3361))))
(let ((?x1458 (ite $x1555 ?x1250 ?x5066)))
(let (($x2903 (= 0 (+ ?x1458 (* (- 1) (ite $x1555 ?x388 ?x3361)) ?x1511))))
(not $x2903)))))))))))))
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
 (let ((?x1250 (+ |mem1[4]| |S_b[4]|)))
(let ((?x388 (ite (< 0 ?x1250) ?x1250 0)))
(let ((?x1668 (* (- 1) |S_b[4]|)))
(let ((?x2529 (* (- 1) |mem1[4]|)))
(let ((?x4429 (+ ?x2529 ?x1668 ?x388)))
(let (($x1555 (= 1 slot.b)))
(let ((?x3083 (ite $x1555 ?x4429 (+ 1 ?x2529))))
(let ((?x2148 (ite $x1555 ?x1250 (* 2 |mem1[4]|))))
(let (($x3942 (= 0 (+ ?x2148 (* (- 1) (ite $x1555 ?x388 (+ 1 |mem1[4]|))) ?x3083))))
(not $x3942)))))))))))
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
 (let ((?x5066 (+ |mem2[4]| |S_b[4]|)))
(let ((?x3361 (ite (< 0 ?x5066) ?x5066 0)))
(let ((?x1668 (* (- 1) |S_b[4]|)))
(let ((?x2649 (* (- 1) |mem2[4]|)))
(let ((?x981 (+ ?x2649 ?x1668 ?x3361)))
(let (($x1555 (= 1 slot.b)))
(let ((?x2046 (ite $x1555 (+ 1 ?x2649) ?x981)))
(let ((?x3031 (ite $x1555 (* 2 |mem2[4]|) ?x5066)))
(let (($x4168 (= 0 (+ ?x3031 (* (- 1) (ite $x1555 (+ 1 |mem2[4]|) ?x3361)) ?x2046))))
(not $x4168)))))))))))
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
 (let ((?x2079 (+ |mem2[5]| |S_b[5]|)))
(let ((?x4000 (ite (< 0 ?x2079) ?x2079 0)))
(let ((?x3932 (* (- 1) |S_b[5]|)))
(let ((?x2493 (* (- 1) |mem2[5]|)))
(let ((?x640 (+ |mem1[5]| |S_b[5]|)))
(let ((?x1189 (ite (< 0 ?x640) ?x640 0)))
(let ((?x1373 (* (- 1) |mem1[5]|)))
(let (($x1555 (= 1 slot.b)))
(let ((?x1340 (ite $x1555 (+ ?x1373 ?x3932 ?x1189) (+ ?x2493 ?x3932 ?x4000))))
(let ((?x2906 (ite $x1555 ?x640 ?x2079)))
(let (($x1920 (= 0 (+ ?x2906 (* (- 1) (ite $x1555 ?x1189 ?x4000)) ?x1340))))
(not $x1920)))))))))))))
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
 (let ((?x640 (+ |mem1[5]| |S_b[5]|)))
(let ((?x1189 (ite (< 0 ?x640) ?x640 0)))
(let ((?x3932 (* (- 1) |S_b[5]|)))
(let ((?x1373 (* (- 1) |mem1[5]|)))
(let ((?x2300 (+ ?x1373 ?x3932 ?x1189)))
(let (($x1555 (= 1 slot.b)))
(let ((?x1993 (ite $x1555 ?x2300 (+ 1 ?x1373))))
(let ((?x2157 (ite $x1555 ?x640 (* 2 |mem1[5]|))))
(let (($x2076 (= 0 (+ ?x2157 (* (- 1) (ite $x1555 ?x1189 (+ 1 |mem1[5]|))) ?x1993))))
(not $x2076)))))))))))
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
 (let ((?x2079 (+ |mem2[5]| |S_b[5]|)))
(let ((?x4000 (ite (< 0 ?x2079) ?x2079 0)))
(let ((?x3932 (* (- 1) |S_b[5]|)))
(let ((?x2493 (* (- 1) |mem2[5]|)))
(let ((?x4625 (+ ?x2493 ?x3932 ?x4000)))
(let (($x1555 (= 1 slot.b)))
(let ((?x2743 (ite $x1555 (+ 1 ?x2493) ?x4625)))
(let ((?x3602 (ite $x1555 (* 2 |mem2[5]|) ?x2079)))
(let (($x4665 (= 0 (+ ?x3602 (* (- 1) (ite $x1555 (+ 1 |mem2[5]|) ?x4000)) ?x2743))))
(not $x4665)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4859 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1791 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4158 (and $x1791 $x4859)))
(let (($x3465 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3541 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3486 (and $x3541 $x3465)))
(let (($x994 (or $x3486 $x4158)))
(not $x994)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2010 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2951 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2230 (and $x2951 $x2010)))
(let (($x246 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3060 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1226 (and $x3060 $x246)))
(let (($x3692 (or $x1226 $x2230)))
(not $x3692)))))))))
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
 (let (($x3598 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x1184 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x4738 (or $x1184 $x3598)))
(not $x4738)))))
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
 (let (($x2995 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x4912 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x809 (or $x4912 $x2995)))
(not $x809)))))
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
 (let (($x3954 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x3011 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x3452 (or $x3011 $x3954)))
(not $x3452)))))
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
 (let (($x196 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x2095 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[3]| |mem1[3]|)))))
(let (($x4745 (or $x2095 $x196)))
(not $x4745)))))
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
 (let (($x4335 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x4167 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[4]| |mem1[4]|)))))
(let (($x4093 (or $x4167 $x4335)))
(not $x4093)))))
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
 (let (($x2313 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[5]| |mem1[5]|)))))
(let (($x931 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[5]| |mem1[5]|)))))
(let (($x3670 (or $x931 $x2313)))
(not $x3670)))))
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
 (let (($x4452 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x1950 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x5123 (or $x1950 $x4452)))
(not $x5123)))))
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
 (let (($x2069 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x3928 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x3685 (or $x3928 $x2069)))
(not $x3685)))))
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
 (let (($x1711 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x1410 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x3514 (or $x1410 $x1711)))
(not $x3514)))))
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
 (let (($x701 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x2562 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[3]| |S_b[3]|)))))
(let (($x3691 (or $x2562 $x701)))
(not $x3691)))))
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
 (let (($x3722 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x5183 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[4]| |S_b[4]|)))))
(let (($x1010 (or $x5183 $x3722)))
(not $x1010)))))
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
 (let (($x2641 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[5]| |S_b[5]|)))))
(let (($x1127 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[5]| |S_b[5]|)))))
(let (($x2282 (or $x1127 $x2641)))
(not $x2282)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4055 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4264 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x659 (and $x4264 $x4055)))
(let (($x748 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x413 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x909 (and $x413 $x748)))
(let (($x1984 (or $x909 $x659)))
(not $x1984)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1784 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4150 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4285 (and $x4150 $x1784)))
(let (($x1385 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4008 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x448 (and $x4008 $x1385)))
(let (($x3762 (or $x448 $x4285)))
(not $x3762)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1659 (= 0 (+ 1 |S_b[0]|))))
(let (($x4477 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x2962 (or $x4477 $x1659)))
(not $x2962)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x3009 (= 0 (+ 1 |S_b[1]|))))
(let (($x3766 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x1806 (or $x3766 $x3009)))
(not $x1806)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x4763 (= 0 (+ 1 |S_b[2]|))))
(let (($x1258 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x3480 (or $x1258 $x4763)))
(not $x3480)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x5124 (= 0 (+ 1 |S_b[3]|))))
(let (($x3637 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x2895 (or $x3637 $x5124)))
(not $x2895)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x4151 (= 0 (+ 1 |S_b[4]|))))
(let (($x532 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x4583 (or $x532 $x4151)))
(not $x4583)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x2289 (= 0 (+ 1 |S_b[5]|))))
(let (($x956 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x132 (or $x956 $x2289)))
(not $x132)))))
(check-sat)
(reset)
