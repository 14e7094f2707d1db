; add: S_b[0] at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x3243 (* 2 |B2[2]|)))
(let ((?x3138 (* 4 |B2[1]|)))
(let ((?x4065 (* 8 |B2[0]|)))
(let ((?x3912 (* 2 |S_b[2]|)))
(let ((?x7009 (* 4 |S_b[1]|)))
(let ((?x4757 (* 8 |S_b[0]|)))
(let ((?x1585 (div (div (+ 30 ?x4757 ?x7009 ?x3912 |S_b[3]| ?x4065 ?x3138 ?x3243 |B2[3]|) 2) 8)))
(let ((?x5344 (mod ?x1585 2)))
(let ((?x1925 (+ (- 18) ?x4757 ?x7009 ?x3912 |S_b[3]| ?x4065 ?x3138 ?x3243 |B2[3]|)))
(let ((?x3681 (ite (< 0 ?x1925) ?x1925 0)))
(let ((?x2622 (+ (- 16) ?x4757 ?x7009 ?x3912 |S_b[3]| ?x4065 ?x3138 ?x3243 |B2[3]|)))
(let ((?x1123 (ite (< 0 ?x2622) ?x2622 0)))
(let ((?x1384 (+ ?x4757 ?x7009 ?x3912 |S_b[3]| ?x4065 ?x3138 ?x3243 |B2[3]|)))
(let ((?x209 (ite (< 0 ?x1384) ?x1384 0)))
(let ((?x456 (+ (- 2) ?x4757 ?x7009 ?x3912 |S_b[3]| ?x4065 ?x3138 ?x3243 |B2[3]|)))
(let ((?x3396 (ite (< 0 ?x456) ?x456 0)))
(let ((?x6247 (+ 14 ?x4757 ?x7009 ?x3912 |S_b[3]| ?x4065 ?x3138 ?x3243 |B2[3]|)))
(let ((?x1234 (ite (< 0 ?x6247) ?x6247 0)))
(let ((?x3539 (+ 16 ?x4757 ?x7009 ?x3912 |S_b[3]| ?x4065 ?x3138 ?x3243 |B2[3]|)))
(let ((?x3450 (ite (< 0 ?x3539) ?x3539 0)))
(let ((?x5358 (+ ?x3450 (* (- 1) ?x1234) ?x3396 (* (- 1) ?x209) ?x1123 (* (- 1) ?x3681) (* (- 2) ?x5344))))
(let (($x824 (= 0 ?x5358)))
(not $x824))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[1] at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x3243 (* 2 |B2[2]|)))
(let ((?x3138 (* 4 |B2[1]|)))
(let ((?x3912 (* 2 |S_b[2]|)))
(let ((?x7009 (* 4 |S_b[1]|)))
(let ((?x2636 (div (div (+ 14 ?x7009 ?x3912 |S_b[3]| ?x3138 ?x3243 |B2[3]|) 2) 4)))
(let ((?x5115 (mod ?x2636 2)))
(let ((?x431 (+ (- 10) ?x7009 ?x3912 |S_b[3]| ?x3138 ?x3243 |B2[3]|)))
(let ((?x1589 (ite (< 0 ?x431) ?x431 0)))
(let ((?x1849 (+ (- 8) ?x7009 ?x3912 |S_b[3]| ?x3138 ?x3243 |B2[3]|)))
(let ((?x6819 (ite (< 0 ?x1849) ?x1849 0)))
(let ((?x883 (+ ?x7009 ?x3912 |S_b[3]| ?x3138 ?x3243 |B2[3]|)))
(let ((?x1092 (ite (< 0 ?x883) ?x883 0)))
(let ((?x412 (+ (- 2) ?x7009 ?x3912 |S_b[3]| ?x3138 ?x3243 |B2[3]|)))
(let ((?x893 (ite (< 0 ?x412) ?x412 0)))
(let ((?x1935 (+ 6 ?x7009 ?x3912 |S_b[3]| ?x3138 ?x3243 |B2[3]|)))
(let ((?x7059 (ite (< 0 ?x1935) ?x1935 0)))
(let ((?x6276 (+ 8 ?x7009 ?x3912 |S_b[3]| ?x3138 ?x3243 |B2[3]|)))
(let ((?x6847 (ite (< 0 ?x6276) ?x6276 0)))
(let ((?x2096 (+ ?x6847 (* (- 1) ?x7059) ?x893 (* (- 1) ?x1092) ?x6819 (* (- 1) ?x1589) (* (- 2) ?x5115))))
(let (($x3222 (= 0 ?x2096)))
(not $x3222))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[2] at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x3230 (div (+ 6 (* 2 |S_b[2]|) |S_b[3]| (* 2 |B2[2]|) |B2[3]|) 2)))
(let ((?x3086 (mod (div ?x3230 2) 2)))
(let ((?x3243 (* 2 |B2[2]|)))
(let ((?x3912 (* 2 |S_b[2]|)))
(let ((?x1670 (+ (- 4) ?x3912 |S_b[3]| ?x3243 |B2[3]|)))
(let ((?x4630 (ite (< 0 ?x1670) ?x1670 0)))
(let ((?x365 (+ ?x3912 |S_b[3]| ?x3243 |B2[3]|)))
(let ((?x5051 (ite (< 0 ?x365) ?x365 0)))
(let ((?x4116 (+ (- 2) ?x3912 |S_b[3]| ?x3243 |B2[3]|)))
(let ((?x6377 (ite (< 0 ?x4116) ?x4116 0)))
(let ((?x416 (+ 2 ?x3912 |S_b[3]| ?x3243 |B2[3]|)))
(let ((?x5122 (ite (< 0 ?x416) ?x416 0)))
(let ((?x2212 (+ 4 ?x3912 |S_b[3]| ?x3243 |B2[3]|)))
(let ((?x1416 (ite (< 0 ?x2212) ?x2212 0)))
(let (($x840 (= 0 (+ ?x1416 (* (- 1) ?x5122) ?x6377 (* (- 1) ?x5051) ?x4630 (* (- 2) ?x3086)))))
(not $x840)))))))))))))))))
(check-sat)
(reset)
; add: S_b[3] at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x2554 (mod (div (div (+ 2 |S_b[3]| |B2[3]|) 2) 1) 2)))
(let ((?x3751 (+ |S_b[3]| |B2[3]|)))
(let ((?x2563 (ite (< 0 ?x3751) ?x3751 0)))
(let (($x4392 (= 0 (+ 2 |S_b[3]| |B2[3]| (* (- 2) ?x2563) (* (- 2) ?x2554)))))
(not $x4392))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2382 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1981 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3503 (and $x1981 $x2382)))
(let (($x5238 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3409 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3586 (and $x3409 $x5238)))
(let (($x6904 (or $x3586 $x3503)))
(not $x6904)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x273 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x64 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6764 (and $x64 $x273)))
(let (($x218 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2273 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x910 (and $x2273 $x218)))
(let (($x3317 (or $x910 $x6764)))
(not $x3317)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x5594 (= 0 (+ 1 |mem1[0]|))))
(let (($x615 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x5725 (or $x615 $x5594)))
(not $x5725)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5703 (= 0 (+ 1 |mem1[1]|))))
(let (($x5003 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1303 (or $x5003 $x5703)))
(not $x1303)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x6828 (= 0 (+ 1 |mem1[2]|))))
(let (($x2771 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x606 (or $x2771 $x6828)))
(not $x606)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x6271 (= 0 (+ 1 |mem1[3]|))))
(let (($x2452 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x6391 (or $x2452 $x6271)))
(not $x6391)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x620 (= 0 (+ 1 |mem2[0]|))))
(let (($x270 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5622 (or $x270 $x620)))
(not $x5622)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3322 (= 0 (+ 1 |mem2[1]|))))
(let (($x996 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1081 (or $x996 $x3322)))
(not $x1081)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x6989 (= 0 (+ 1 |mem2[2]|))))
(let (($x6787 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2380 (or $x6787 $x6989)))
(not $x2380)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1687 (= 0 (+ 1 |mem2[3]|))))
(let (($x6461 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x5134 (or $x6461 $x1687)))
(not $x5134)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x6713 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5206 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6369 (and $x5206 $x6713)))
(let (($x5662 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2511 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4302 (and $x2511 $x5662)))
(let (($x1094 (or $x4302 $x6369)))
(not $x1094)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x753 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3708 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x6026 (and $x3708 $x753)))
(let (($x2624 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5058 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1095 (and $x5058 $x2624)))
(let (($x5375 (or $x1095 $x6026)))
(not $x5375)))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x3243 (* 2 |B2[2]|)))
(let ((?x3138 (* 4 |B2[1]|)))
(let ((?x4065 (* 8 |B2[0]|)))
(let ((?x3912 (* 2 |S_b[2]|)))
(let ((?x7009 (* 4 |S_b[1]|)))
(let ((?x4757 (* 8 |S_b[0]|)))
(let ((?x1585 (div (div (+ 30 ?x4757 ?x7009 ?x3912 |S_b[3]| ?x4065 ?x3138 ?x3243 |B2[3]|) 2) 8)))
(let ((?x5344 (mod ?x1585 2)))
(let (($x3089 (= 0 ?x5344)))
(let (($x6027 (= 0 (+ (- 1) ?x5344))))
(let (($x5740 (or $x6027 $x3089)))
(not $x5740)))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x3243 (* 2 |B2[2]|)))
(let ((?x3138 (* 4 |B2[1]|)))
(let ((?x3912 (* 2 |S_b[2]|)))
(let ((?x7009 (* 4 |S_b[1]|)))
(let ((?x2636 (div (div (+ 14 ?x7009 ?x3912 |S_b[3]| ?x3138 ?x3243 |B2[3]|) 2) 4)))
(let ((?x5115 (mod ?x2636 2)))
(let (($x3588 (= 0 ?x5115)))
(let (($x397 (= 0 (+ (- 1) ?x5115))))
(let (($x703 (or $x397 $x3588)))
(not $x703)))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x3230 (div (+ 6 (* 2 |S_b[2]|) |S_b[3]| (* 2 |B2[2]|) |B2[3]|) 2)))
(let ((?x3086 (mod (div ?x3230 2) 2)))
(let (($x154 (= 0 ?x3086)))
(let (($x2736 (= 0 (+ (- 1) ?x3086))))
(let (($x6405 (or $x2736 $x154)))
(not $x6405)))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let ((?x2554 (mod (div (div (+ 2 |S_b[3]| |B2[3]|) 2) 1) 2)))
(let (($x1562 (= 0 ?x2554)))
(let (($x4419 (= 0 (+ (- 1) ?x2554))))
(let (($x3191 (or $x4419 $x1562)))
(not $x3191))))))
(check-sat)
(reset)
