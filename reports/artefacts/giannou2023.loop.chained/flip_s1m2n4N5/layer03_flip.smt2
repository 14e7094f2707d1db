; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x408 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3067 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5008 (and $x3067 $x408)))
(let (($x1811 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4605 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1726 (and $x4605 $x1811)))
(let (($x2822 (or $x1726 $x5008)))
(not $x2822)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1985 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1183 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x531 (and $x1183 $x1985)))
(let (($x233 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3351 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x924 (and $x3351 $x233)))
(let (($x5255 (or $x924 $x531)))
(not $x5255)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x4935 (= 0 (+ 1 |mem1[0]|))))
(let (($x2986 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4330 (or $x2986 $x4935)))
(not $x4330)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x927 (= 0 (+ 1 |mem1[1]|))))
(let (($x1201 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4178 (or $x1201 $x927)))
(not $x4178)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2092 (= 0 (+ 1 |mem1[2]|))))
(let (($x1949 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2996 (or $x1949 $x2092)))
(not $x2996)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1790 (= 0 (+ 1 |mem1[3]|))))
(let (($x1231 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2559 (or $x1231 $x1790)))
(not $x2559)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2555 (= 0 (+ 1 |mem1[4]|))))
(let (($x2800 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x1644 (or $x2800 $x2555)))
(not $x1644)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4699 (= 0 (+ 1 |mem2[0]|))))
(let (($x5166 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3539 (or $x5166 $x4699)))
(not $x3539)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3834 (= 0 (+ 1 |mem2[1]|))))
(let (($x1381 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4837 (or $x1381 $x3834)))
(not $x4837)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x634 (= 0 (+ 1 |mem2[2]|))))
(let (($x1490 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2702 (or $x1490 $x634)))
(not $x2702)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1759 (= 0 (+ 1 |mem2[3]|))))
(let (($x3962 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3206 (or $x3962 $x1759)))
(not $x3206)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x1410 (= 0 (+ 1 |mem2[4]|))))
(let (($x3941 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x3087 (or $x3941 $x1410)))
(not $x3087)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2976 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x214 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1388 (and $x214 $x2976)))
(let (($x5114 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4148 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5251 (and $x4148 $x5114)))
(let (($x2117 (or $x5251 $x1388)))
(not $x2117)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x396 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2975 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4437 (and $x2975 $x396)))
(let (($x4862 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1200 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5623 (and $x1200 $x4862)))
(let (($x5015 (or $x5623 $x4437)))
(not $x5015)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x3872 (= 0 (+ 1 |S_a[0]|))))
(let (($x1914 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x2319 (or $x1914 $x3872)))
(not $x2319)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x5559 (= 0 (+ 1 |S_a[1]|))))
(let (($x2209 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x3184 (or $x2209 $x5559)))
(not $x3184)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x1470 (= 0 (+ 1 |S_a[2]|))))
(let (($x1935 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x2416 (or $x1935 $x1470)))
(not $x2416)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x1643 (= 0 (+ 1 |S_a[3]|))))
(let (($x4245 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x4085 (or $x4245 $x1643)))
(not $x4085)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x4695 (= 0 (+ 1 |S_a[4]|))))
(let (($x2371 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x4251 (or $x2371 $x4695)))
(not $x4251)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1233 (= 0 (+ 1 |S_b[0]|))))
(let (($x1819 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x3524 (or $x1819 $x1233)))
(not $x3524)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x339 (= 0 (+ 1 |S_b[1]|))))
(let (($x1766 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x643 (or $x1766 $x339)))
(not $x643)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2293 (= 0 (+ 1 |S_b[2]|))))
(let (($x1550 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x2990 (or $x1550 $x2293)))
(not $x2990)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x283 (= 0 (+ 1 |S_b[3]|))))
(let (($x5645 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x2199 (or $x5645 $x283)))
(not $x2199)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x1329 (= 0 (+ 1 |S_b[4]|))))
(let (($x831 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x5648 (or $x831 $x1329)))
(not $x5648)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x1914 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x3872 (= 0 (+ 1 |S_a[0]|))))
(let (($x570 (or $x3872 $x1914)))
(not $x570)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x2209 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x5559 (= 0 (+ 1 |S_a[1]|))))
(let (($x4586 (or $x5559 $x2209)))
(not $x4586)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x1935 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x1470 (= 0 (+ 1 |S_a[2]|))))
(let (($x1017 (or $x1470 $x1935)))
(not $x1017)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x4245 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x1643 (= 0 (+ 1 |S_a[3]|))))
(let (($x3807 (or $x1643 $x4245)))
(not $x3807)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x2371 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x4695 (= 0 (+ 1 |S_a[4]|))))
(let (($x1799 (or $x4695 $x2371)))
(not $x1799)))))
(check-sat)
(reset)
