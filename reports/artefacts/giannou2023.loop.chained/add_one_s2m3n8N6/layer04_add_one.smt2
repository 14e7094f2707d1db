; add_one: B.B2[0] at (48, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x1344 (* 2 |B1[4]|)))
(let ((?x232 (* 4 |B1[3]|)))
(let ((?x402 (* 8 |B1[2]|)))
(let ((?x3263 (* 16 |B1[1]|)))
(let ((?x6655 (* 32 |B1[0]|)))
(let ((?x4499 (mod (div (div (+ 65 ?x6655 ?x3263 ?x402 ?x232 ?x1344 |B1[5]|) 2) 32) 2)))
(let ((?x6825 (+ (- 61) ?x6655 ?x3263 ?x402 ?x232 ?x1344 |B1[5]|)))
(let ((?x5593 (ite (< 0 ?x6825) ?x6825 0)))
(let ((?x6957 (+ 1 ?x6655 ?x3263 ?x402 ?x232 ?x1344 |B1[5]|)))
(let ((?x2941 (ite (< 0 ?x6957) ?x6957 0)))
(let ((?x5054 (+ 3 ?x6655 ?x3263 ?x402 ?x232 ?x1344 |B1[5]|)))
(let ((?x5251 (ite (< 0 ?x5054) ?x5054 0)))
(let (($x11 (= 0 (+ ?x5251 (* (- 1) ?x2941) (* (- 1) ?x5593) (* (- 2) ?x4499)))))
(not $x11)))))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (49, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x1344 (* 2 |B1[4]|)))
(let ((?x232 (* 4 |B1[3]|)))
(let ((?x402 (* 8 |B1[2]|)))
(let ((?x3263 (* 16 |B1[1]|)))
(let ((?x2577 (mod (div (div (+ 33 ?x3263 ?x402 ?x232 ?x1344 |B1[5]|) 2) 16) 2)))
(let ((?x6302 (+ (- 29) ?x3263 ?x402 ?x232 ?x1344 |B1[5]|)))
(let ((?x658 (ite (< 0 ?x6302) ?x6302 0)))
(let ((?x4139 (+ 1 ?x3263 ?x402 ?x232 ?x1344 |B1[5]|)))
(let ((?x6973 (ite (< 0 ?x4139) ?x4139 0)))
(let ((?x2019 (+ 3 ?x3263 ?x402 ?x232 ?x1344 |B1[5]|)))
(let ((?x488 (ite (< 0 ?x2019) ?x2019 0)))
(let (($x6163 (= 0 (+ ?x488 (* (- 1) ?x6973) (* (- 1) ?x658) (* (- 2) ?x2577)))))
(not $x6163))))))))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (50, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x1344 (* 2 |B1[4]|)))
(let ((?x232 (* 4 |B1[3]|)))
(let ((?x402 (* 8 |B1[2]|)))
(let ((?x3022 (mod (div (div (+ 17 ?x402 ?x232 ?x1344 |B1[5]|) 2) 8) 2)))
(let ((?x5885 (+ (- 13) ?x402 ?x232 ?x1344 |B1[5]|)))
(let ((?x2536 (ite (< 0 ?x5885) ?x5885 0)))
(let ((?x4414 (+ 1 ?x402 ?x232 ?x1344 |B1[5]|)))
(let ((?x2314 (ite (< 0 ?x4414) ?x4414 0)))
(let ((?x2993 (+ 3 ?x402 ?x232 ?x1344 |B1[5]|)))
(let ((?x2153 (ite (< 0 ?x2993) ?x2993 0)))
(let (($x1629 (= 0 (+ ?x2153 (* (- 1) ?x2314) (* (- 1) ?x2536) (* (- 2) ?x3022)))))
(not $x1629)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[3] at (51, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x1445 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x2988 (mod ?x1445 2)))
(let ((?x1344 (* 2 |B1[4]|)))
(let ((?x232 (* 4 |B1[3]|)))
(let ((?x4065 (+ (- 5) ?x232 ?x1344 |B1[5]|)))
(let ((?x1369 (ite (< 0 ?x4065) ?x4065 0)))
(let ((?x842 (+ 1 ?x232 ?x1344 |B1[5]|)))
(let ((?x5858 (ite (< 0 ?x842) ?x842 0)))
(let ((?x5154 (+ 3 ?x232 ?x1344 |B1[5]|)))
(let ((?x6030 (ite (< 0 ?x5154) ?x5154 0)))
(let (($x221 (= 0 (+ ?x6030 (* (- 1) ?x5858) (* (- 1) ?x1369) (* (- 2) ?x2988)))))
(not $x221)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[4] at (52, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x5003 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let ((?x1344 (* 2 |B1[4]|)))
(let ((?x4926 (+ (- 1) ?x1344 |B1[5]|)))
(let ((?x7019 (ite (< 0 ?x4926) ?x4926 0)))
(let ((?x602 (+ 1 ?x1344 |B1[5]|)))
(let ((?x3287 (ite (< 0 ?x602) ?x602 0)))
(let (($x4811 (= 0 (+ 3 ?x1344 |B1[5]| (* (- 1) ?x3287) (* (- 1) ?x7019) (* (- 2) ?x5003)))))
(not $x4811)))))))))
(check-sat)
(reset)
; add_one: B.B2[5] at (53, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x3944 (+ (- 1) |B1[5]| (* 2 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))))
(let (($x840 (= 0 ?x3944)))
(not $x840))))
(check-sat)
(reset)
; add_one: contract output: cmd5.a in column 5 at (0, 5) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd5.a () Int)
(assert
 (and (>= cmd5.a 2) (<= cmd5.a 4)))
(assert
 (let (($x5034 (= 3 cmd5.a)))
(let ((?x2102 (ite $x5034 1 (- 1))))
(let (($x1395 (= 2 cmd5.a)))
(let ((?x2310 (ite $x1395 (- 1) ?x2102)))
(let (($x2039 (= 0 (+ 1 ?x2310))))
(let (($x2423 (= 0 (+ 1 (ite $x1395 1 ?x2102)))))
(let (($x4343 (= 0 (+ (- 1) (ite $x1395 (- 1) (ite $x5034 (- 1) 1))))))
(let (($x4464 (and $x4343 $x2423 $x2039)))
(let (($x2211 (= 0 (+ (- 1) ?x2310))))
(let (($x4348 (= 0 (+ (- 1) (ite $x1395 1 ?x2102)))))
(let (($x2687 (= 0 (+ 1 (ite $x1395 (- 1) (ite $x5034 (- 1) 1))))))
(let (($x2887 (and $x2687 $x4348 $x2211)))
(let (($x393 (and $x2687 $x4348 $x2039)))
(let (($x2235 (or $x393 $x2887 $x4464)))
(not $x2235))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd5.b in column 5 at (3, 5) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd5.b () Int)
(assert
 (and (>= cmd5.b 2) (<= cmd5.b 4)))
(assert
 (let (($x2860 (= 3 cmd5.b)))
(let ((?x1565 (ite $x2860 1 (- 1))))
(let (($x6583 (= 2 cmd5.b)))
(let ((?x431 (ite $x6583 (- 1) ?x1565)))
(let (($x1543 (= 0 (+ 1 ?x431))))
(let (($x52 (= 0 (+ 1 (ite $x6583 1 ?x1565)))))
(let (($x6405 (= 0 (+ (- 1) (ite $x6583 (- 1) (ite $x2860 (- 1) 1))))))
(let (($x4237 (and $x6405 $x52 $x1543)))
(let (($x753 (= 0 (+ (- 1) ?x431))))
(let (($x1981 (= 0 (+ (- 1) (ite $x6583 1 ?x1565)))))
(let (($x3997 (= 0 (+ 1 (ite $x6583 (- 1) (ite $x2860 (- 1) 1))))))
(let (($x4776 (and $x3997 $x1981 $x753)))
(let (($x6896 (and $x3997 $x1981 $x1543)))
(let (($x2409 (or $x6896 $x4776 $x4237)))
(not $x2409))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd5.c in column 5 at (6, 5) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd5.c () Int)
(assert
 (and (>= cmd5.c 5) (<= cmd5.c 7)))
(assert
 (let (($x3877 (= 5 cmd5.c)))
(let ((?x1845 (ite $x3877 1 (ite (= 6 cmd5.c) (- 1) 1))))
(let (($x408 (= 0 (+ (- 1) ?x1845))))
(let (($x1906 (= 0 (+ (- 1) (ite $x3877 (- 1) (ite (= 6 cmd5.c) 1 1))))))
(let (($x1986 (and $x1906 $x408)))
(let (($x5548 (= 0 (+ 1 ?x1845))))
(let (($x2805 (and $x1906 $x5548)))
(let (($x3241 (= 0 (+ 1 (ite $x3877 (- 1) (ite (= 6 cmd5.c) 1 1))))))
(let (($x15 (and $x3241 $x408)))
(let (($x2256 (or $x15 $x2805 $x1986)))
(not $x2256))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd6.a in column 6 at (0, 6) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd6.a () Int)
(assert
 (and (>= cmd6.a 2) (<= cmd6.a 4)))
(assert
 (let (($x6035 (= 3 cmd6.a)))
(let ((?x1260 (ite $x6035 1 (- 1))))
(let (($x2083 (= 2 cmd6.a)))
(let ((?x5908 (ite $x2083 (- 1) ?x1260)))
(let (($x1148 (= 0 (+ 1 ?x5908))))
(let (($x2316 (= 0 (+ 1 (ite $x2083 1 ?x1260)))))
(let (($x1641 (= 0 (+ (- 1) (ite $x2083 (- 1) (ite $x6035 (- 1) 1))))))
(let (($x4224 (and $x1641 $x2316 $x1148)))
(let (($x4864 (= 0 (+ (- 1) ?x5908))))
(let (($x7039 (= 0 (+ (- 1) (ite $x2083 1 ?x1260)))))
(let (($x2416 (= 0 (+ 1 (ite $x2083 (- 1) (ite $x6035 (- 1) 1))))))
(let (($x4262 (and $x2416 $x7039 $x4864)))
(let (($x2814 (and $x2416 $x7039 $x1148)))
(let (($x752 (or $x2814 $x4262 $x4224)))
(not $x752))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd6.b in column 6 at (3, 6) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd6.b () Int)
(assert
 (and (>= cmd6.b 2) (<= cmd6.b 4)))
(assert
 (let (($x5827 (= 3 cmd6.b)))
(let ((?x4317 (ite $x5827 1 (- 1))))
(let (($x3278 (= 2 cmd6.b)))
(let ((?x278 (ite $x3278 (- 1) ?x4317)))
(let (($x1701 (= 0 (+ 1 ?x278))))
(let (($x110 (= 0 (+ 1 (ite $x3278 1 ?x4317)))))
(let (($x4449 (= 0 (+ (- 1) (ite $x3278 (- 1) (ite $x5827 (- 1) 1))))))
(let (($x372 (and $x4449 $x110 $x1701)))
(let (($x5260 (= 0 (+ (- 1) ?x278))))
(let (($x1448 (= 0 (+ (- 1) (ite $x3278 1 ?x4317)))))
(let (($x322 (= 0 (+ 1 (ite $x3278 (- 1) (ite $x5827 (- 1) 1))))))
(let (($x3685 (and $x322 $x1448 $x5260)))
(let (($x5759 (and $x322 $x1448 $x1701)))
(let (($x45 (or $x5759 $x3685 $x372)))
(not $x45))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd6.c in column 6 at (6, 6) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd6.c () Int)
(assert
 (and (>= cmd6.c 5) (<= cmd6.c 7)))
(assert
 (let (($x5463 (= 5 cmd6.c)))
(let ((?x1312 (ite $x5463 1 (ite (= 6 cmd6.c) (- 1) 1))))
(let (($x3845 (= 0 (+ (- 1) ?x1312))))
(let (($x3008 (= 0 (+ (- 1) (ite $x5463 (- 1) (ite (= 6 cmd6.c) 1 1))))))
(let (($x5428 (and $x3008 $x3845)))
(let (($x5934 (= 0 (+ 1 ?x1312))))
(let (($x2678 (and $x3008 $x5934)))
(let (($x4660 (= 0 (+ 1 (ite $x5463 (- 1) (ite (= 6 cmd6.c) 1 1))))))
(let (($x453 (and $x4660 $x3845)))
(let (($x3544 (or $x453 $x2678 $x5428)))
(not $x3544))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd7.a in column 7 at (0, 7) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd7.a () Int)
(assert
 (and (>= cmd7.a 2) (<= cmd7.a 4)))
(assert
 (let (($x4024 (= 3 cmd7.a)))
(let ((?x2108 (ite $x4024 1 (- 1))))
(let (($x292 (= 2 cmd7.a)))
(let ((?x5555 (ite $x292 (- 1) ?x2108)))
(let (($x7037 (= 0 (+ 1 ?x5555))))
(let (($x2319 (= 0 (+ 1 (ite $x292 1 ?x2108)))))
(let (($x2280 (= 0 (+ (- 1) (ite $x292 (- 1) (ite $x4024 (- 1) 1))))))
(let (($x5462 (and $x2280 $x2319 $x7037)))
(let (($x3387 (= 0 (+ (- 1) ?x5555))))
(let (($x2429 (= 0 (+ (- 1) (ite $x292 1 ?x2108)))))
(let (($x4895 (= 0 (+ 1 (ite $x292 (- 1) (ite $x4024 (- 1) 1))))))
(let (($x2294 (and $x4895 $x2429 $x3387)))
(let (($x4115 (and $x4895 $x2429 $x7037)))
(let (($x335 (or $x4115 $x2294 $x5462)))
(not $x335))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd7.b in column 7 at (3, 7) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd7.b () Int)
(assert
 (and (>= cmd7.b 2) (<= cmd7.b 4)))
(assert
 (let (($x5660 (= 3 cmd7.b)))
(let ((?x858 (ite $x5660 1 (- 1))))
(let (($x4837 (= 2 cmd7.b)))
(let ((?x2216 (ite $x4837 (- 1) ?x858)))
(let (($x3409 (= 0 (+ 1 ?x2216))))
(let (($x839 (= 0 (+ 1 (ite $x4837 1 ?x858)))))
(let (($x4019 (= 0 (+ (- 1) (ite $x4837 (- 1) (ite $x5660 (- 1) 1))))))
(let (($x5262 (and $x4019 $x839 $x3409)))
(let (($x4327 (= 0 (+ (- 1) ?x2216))))
(let (($x4360 (= 0 (+ (- 1) (ite $x4837 1 ?x858)))))
(let (($x2455 (= 0 (+ 1 (ite $x4837 (- 1) (ite $x5660 (- 1) 1))))))
(let (($x2702 (and $x2455 $x4360 $x4327)))
(let (($x5206 (and $x2455 $x4360 $x3409)))
(let (($x2532 (or $x5206 $x2702 $x5262)))
(not $x2532))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd7.c in column 7 at (6, 7) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd7.c () Int)
(assert
 (and (>= cmd7.c 5) (<= cmd7.c 7)))
(assert
 (let (($x5240 (= 5 cmd7.c)))
(let ((?x2125 (ite $x5240 1 (ite (= 6 cmd7.c) (- 1) 1))))
(let (($x4030 (= 0 (+ (- 1) ?x2125))))
(let (($x5205 (= 0 (+ (- 1) (ite $x5240 (- 1) (ite (= 6 cmd7.c) 1 1))))))
(let (($x3105 (and $x5205 $x4030)))
(let (($x3930 (= 0 (+ 1 ?x2125))))
(let (($x2032 (and $x5205 $x3930)))
(let (($x1266 (= 0 (+ 1 (ite $x5240 (- 1) (ite (= 6 cmd7.c) 1 1))))))
(let (($x261 (and $x1266 $x4030)))
(let (($x4198 (or $x261 $x2032 $x3105)))
(not $x4198))))))))))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x4346 (= 0 (+ 1 |mem2[0]|))))
(let (($x2222 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x40 (or $x2222 $x4346)))
(not $x40)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5075 (= 0 (+ 1 |mem2[1]|))))
(let (($x4916 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5312 (or $x4916 $x5075)))
(not $x5312)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1872 (= 0 (+ 1 |mem2[2]|))))
(let (($x2876 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x996 (or $x2876 $x1872)))
(not $x996)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (12, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1234 (= 0 (+ 1 |mem2[3]|))))
(let (($x3322 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x803 (or $x3322 $x1234)))
(not $x803)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (13, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x6276 (= 0 (+ 1 |mem2[4]|))))
(let (($x2165 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1626 (or $x2165 $x6276)))
(not $x1626)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (14, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x1633 (= 0 (+ 1 |mem2[5]|))))
(let (($x4309 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x5935 (or $x4309 $x1633)))
(not $x5935)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (9, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[0]| () Int)
(assert
 (or (= |mem3[0]| (- 1)) (= |mem3[0]| 1)))
(assert
 (let (($x302 (= 0 (+ 1 |mem3[0]|))))
(let (($x3295 (= 0 (+ (- 1) |mem3[0]|))))
(let (($x1146 (or $x3295 $x302)))
(not $x1146)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (10, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[1]| () Int)
(assert
 (or (= |mem3[1]| (- 1)) (= |mem3[1]| 1)))
(assert
 (let (($x1094 (= 0 (+ 1 |mem3[1]|))))
(let (($x5114 (= 0 (+ (- 1) |mem3[1]|))))
(let (($x4880 (or $x5114 $x1094)))
(not $x4880)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (11, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[2]| () Int)
(assert
 (or (= |mem3[2]| (- 1)) (= |mem3[2]| 1)))
(assert
 (let (($x3060 (= 0 (+ 1 |mem3[2]|))))
(let (($x1423 (= 0 (+ (- 1) |mem3[2]|))))
(let (($x1518 (or $x1423 $x3060)))
(not $x1518)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (12, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[3]| () Int)
(assert
 (or (= |mem3[3]| (- 1)) (= |mem3[3]| 1)))
(assert
 (let (($x4757 (= 0 (+ 1 |mem3[3]|))))
(let (($x3118 (= 0 (+ (- 1) |mem3[3]|))))
(let (($x3046 (or $x3118 $x4757)))
(not $x3046)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (13, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[4]| () Int)
(assert
 (or (= |mem3[4]| (- 1)) (= |mem3[4]| 1)))
(assert
 (let (($x4667 (= 0 (+ 1 |mem3[4]|))))
(let (($x2068 (= 0 (+ (- 1) |mem3[4]|))))
(let (($x4437 (or $x2068 $x4667)))
(not $x4437)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (14, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[5]| () Int)
(assert
 (or (= |mem3[5]| (- 1)) (= |mem3[5]| 1)))
(assert
 (let (($x5274 (= 0 (+ 1 |mem3[5]|))))
(let (($x6507 (= 0 (+ (- 1) |mem3[5]|))))
(let (($x605 (or $x6507 $x5274)))
(not $x605)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (9, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[0]| () Int)
(assert
 (or (= |mem4[0]| (- 1)) (= |mem4[0]| 1)))
(assert
 (let (($x3401 (= 0 (+ 1 |mem4[0]|))))
(let (($x2321 (= 0 (+ (- 1) |mem4[0]|))))
(let (($x4440 (or $x2321 $x3401)))
(not $x4440)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (10, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[1]| () Int)
(assert
 (or (= |mem4[1]| (- 1)) (= |mem4[1]| 1)))
(assert
 (let (($x4349 (= 0 (+ 1 |mem4[1]|))))
(let (($x6120 (= 0 (+ (- 1) |mem4[1]|))))
(let (($x4057 (or $x6120 $x4349)))
(not $x4057)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (11, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[2]| () Int)
(assert
 (or (= |mem4[2]| (- 1)) (= |mem4[2]| 1)))
(assert
 (let (($x2820 (= 0 (+ 1 |mem4[2]|))))
(let (($x3057 (= 0 (+ (- 1) |mem4[2]|))))
(let (($x6210 (or $x3057 $x2820)))
(not $x6210)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (12, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[3]| () Int)
(assert
 (or (= |mem4[3]| (- 1)) (= |mem4[3]| 1)))
(assert
 (let (($x6266 (= 0 (+ 1 |mem4[3]|))))
(let (($x7027 (= 0 (+ (- 1) |mem4[3]|))))
(let (($x108 (or $x7027 $x6266)))
(not $x108)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (13, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[4]| () Int)
(assert
 (or (= |mem4[4]| (- 1)) (= |mem4[4]| 1)))
(assert
 (let (($x5963 (= 0 (+ 1 |mem4[4]|))))
(let (($x5881 (= 0 (+ (- 1) |mem4[4]|))))
(let (($x2081 (or $x5881 $x5963)))
(not $x2081)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (14, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[5]| () Int)
(assert
 (or (= |mem4[5]| (- 1)) (= |mem4[5]| 1)))
(assert
 (let (($x2933 (= 0 (+ 1 |mem4[5]|))))
(let (($x208 (= 0 (+ (- 1) |mem4[5]|))))
(let (($x6540 (or $x208 $x2933)))
(not $x6540)))))
(check-sat)
(reset)
; add_one: contract output: pc in column 0 at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun pc () Int)
(assert
 (and (>= pc 5) (<= pc 7)))
(assert
 (let (($x6804 (= 0 (+ (- 1) (ite (= 5 pc) 1 (ite (= 6 pc) (- 1) 1))))))
(let (($x2155 (= 0 (+ (- 1) (ite (= 5 pc) (- 1) (ite (= 6 pc) 1 1))))))
(let (($x343 (and $x2155 $x6804)))
(let (($x4259 (= 0 (+ 1 (ite (= 5 pc) 1 (ite (= 6 pc) (- 1) 1))))))
(let (($x2827 (and $x2155 $x4259)))
(let (($x5822 (= 0 (+ 1 (ite (= 5 pc) (- 1) (ite (= 6 pc) 1 1))))))
(let (($x1059 (and $x5822 $x6804)))
(let (($x2435 (or $x1059 $x2827 $x343)))
(not $x2435))))))))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 2) (<= slot.a 4)))
(assert
 (let (($x1679 (= 3 slot.a)))
(let ((?x6890 (ite $x1679 1 (- 1))))
(let (($x2680 (= 2 slot.a)))
(let ((?x525 (ite $x2680 (- 1) ?x6890)))
(let (($x3071 (= 0 (+ 1 ?x525))))
(let (($x5071 (= 0 (+ 1 (ite $x2680 1 ?x6890)))))
(let (($x873 (= 0 (+ (- 1) (ite $x2680 (- 1) (ite $x1679 (- 1) 1))))))
(let (($x5416 (and $x873 $x5071 $x3071)))
(let (($x3778 (= 0 (+ (- 1) ?x525))))
(let (($x4797 (= 0 (+ (- 1) (ite $x2680 1 ?x6890)))))
(let (($x923 (= 0 (+ 1 (ite $x2680 (- 1) (ite $x1679 (- 1) 1))))))
(let (($x95 (and $x923 $x4797 $x3778)))
(let (($x5032 (and $x923 $x4797 $x3071)))
(let (($x1497 (or $x5032 $x95 $x5416)))
(not $x1497))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 2) (<= slot.b 4)))
(assert
 (let (($x1191 (= 3 slot.b)))
(let ((?x1820 (ite $x1191 1 (- 1))))
(let (($x6984 (= 2 slot.b)))
(let ((?x4722 (ite $x6984 (- 1) ?x1820)))
(let (($x1155 (= 0 (+ 1 ?x4722))))
(let (($x5679 (= 0 (+ 1 (ite $x6984 1 ?x1820)))))
(let (($x4462 (= 0 (+ (- 1) (ite $x6984 (- 1) (ite $x1191 (- 1) 1))))))
(let (($x233 (and $x4462 $x5679 $x1155)))
(let (($x3601 (= 0 (+ (- 1) ?x4722))))
(let (($x5989 (= 0 (+ (- 1) (ite $x6984 1 ?x1820)))))
(let (($x2341 (= 0 (+ 1 (ite $x6984 (- 1) (ite $x1191 (- 1) 1))))))
(let (($x2633 (and $x2341 $x5989 $x3601)))
(let (($x471 (and $x2341 $x5989 $x1155)))
(let (($x3043 (or $x471 $x2633 $x233)))
(not $x3043))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: slot.c in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.c () Int)
(assert
 (and (>= slot.c 5) (<= slot.c 7)))
(assert
 (let (($x5833 (= 5 slot.c)))
(let ((?x434 (ite $x5833 1 (ite (= 6 slot.c) (- 1) 1))))
(let (($x6692 (= 0 (+ (- 1) ?x434))))
(let (($x2743 (= 0 (+ (- 1) (ite $x5833 (- 1) (ite (= 6 slot.c) 1 1))))))
(let (($x3807 (and $x2743 $x6692)))
(let (($x6389 (= 0 (+ 1 ?x434))))
(let (($x3102 (and $x2743 $x6389)))
(let (($x1095 (= 0 (+ 1 (ite $x5833 (- 1) (ite (= 6 slot.c) 1 1))))))
(let (($x121 (and $x1095 $x6692)))
(let (($x1210 (or $x121 $x3102 $x3807)))
(not $x1210))))))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x3156 (= 0 (+ 1 |S_a[0]|))))
(let (($x897 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x2614 (or $x897 $x3156)))
(not $x2614)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x5775 (= 0 (+ 1 |S_a[1]|))))
(let (($x6243 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x4743 (or $x6243 $x5775)))
(not $x4743)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x2329 (= 0 (+ 1 |S_a[2]|))))
(let (($x1208 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x6641 (or $x1208 $x2329)))
(not $x6641)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x1281 (= 0 (+ 1 |S_a[3]|))))
(let (($x5578 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x814 (or $x5578 $x1281)))
(not $x814)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x5900 (= 0 (+ 1 |S_a[4]|))))
(let (($x1720 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x3819 (or $x1720 $x5900)))
(not $x3819)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x4428 (= 0 (+ 1 |S_a[5]|))))
(let (($x4513 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x3450 (or $x4513 $x4428)))
(not $x3450)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x5270 (= 0 (+ 1 |S_b[0]|))))
(let (($x679 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x13 (or $x679 $x5270)))
(not $x13)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x2671 (= 0 (+ 1 |S_b[1]|))))
(let (($x6823 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x6160 (or $x6823 $x2671)))
(not $x6160)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x823 (= 0 (+ 1 |S_b[2]|))))
(let (($x5895 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x2160 (or $x5895 $x823)))
(not $x2160)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x3826 (= 0 (+ 1 |S_b[3]|))))
(let (($x900 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x4556 (or $x900 $x3826)))
(not $x4556)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x1527 (= 0 (+ 1 |S_b[4]|))))
(let (($x4970 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x7050 (or $x4970 $x1527)))
(not $x7050)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x1922 (= 0 (+ 1 |S_b[5]|))))
(let (($x6017 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x1145 (or $x6017 $x1922)))
(not $x1145)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (42, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x1589 (= 0 (+ 1 |B1[0]|))))
(let (($x5431 (= 0 (+ (- 1) |B1[0]|))))
(let (($x440 (or $x5431 $x1589)))
(not $x440)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (43, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x4165 (= 0 (+ 1 |B1[1]|))))
(let (($x2257 (= 0 (+ (- 1) |B1[1]|))))
(let (($x620 (or $x2257 $x4165)))
(not $x620)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (44, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x6863 (= 0 (+ 1 |B1[2]|))))
(let (($x225 (= 0 (+ (- 1) |B1[2]|))))
(let (($x5134 (or $x225 $x6863)))
(not $x5134)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x6239 (= 0 (+ 1 |B1[3]|))))
(let (($x2234 (= 0 (+ (- 1) |B1[3]|))))
(let (($x1249 (or $x2234 $x6239)))
(not $x1249)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (46, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let (($x1142 (= 0 (+ 1 |B1[4]|))))
(let (($x3575 (= 0 (+ (- 1) |B1[4]|))))
(let (($x36 (or $x3575 $x1142)))
(not $x36)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (47, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let (($x4698 (= 0 (+ 1 |B1[5]|))))
(let (($x51 (= 0 (+ (- 1) |B1[5]|))))
(let (($x3677 (or $x51 $x4698)))
(not $x3677)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (48, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x1344 (* 2 |B1[4]|)))
(let ((?x232 (* 4 |B1[3]|)))
(let ((?x402 (* 8 |B1[2]|)))
(let ((?x3263 (* 16 |B1[1]|)))
(let ((?x6655 (* 32 |B1[0]|)))
(let ((?x4499 (mod (div (div (+ 65 ?x6655 ?x3263 ?x402 ?x232 ?x1344 |B1[5]|) 2) 32) 2)))
(let (($x412 (= 0 ?x4499)))
(let (($x6937 (= 0 (+ (- 1) ?x4499))))
(let (($x6549 (or $x6937 $x412)))
(not $x6549)))))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (49, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x1344 (* 2 |B1[4]|)))
(let ((?x232 (* 4 |B1[3]|)))
(let ((?x402 (* 8 |B1[2]|)))
(let ((?x3263 (* 16 |B1[1]|)))
(let ((?x2577 (mod (div (div (+ 33 ?x3263 ?x402 ?x232 ?x1344 |B1[5]|) 2) 16) 2)))
(let (($x4134 (= 0 ?x2577)))
(let (($x4874 (= 0 (+ (- 1) ?x2577))))
(let (($x1694 (or $x4874 $x4134)))
(not $x1694))))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (50, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x1344 (* 2 |B1[4]|)))
(let ((?x232 (* 4 |B1[3]|)))
(let ((?x402 (* 8 |B1[2]|)))
(let ((?x3022 (mod (div (div (+ 17 ?x402 ?x232 ?x1344 |B1[5]|) 2) 8) 2)))
(let (($x6267 (= 0 ?x3022)))
(let (($x896 (= 0 (+ (- 1) ?x3022))))
(let (($x4358 (or $x896 $x6267)))
(not $x4358)))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (51, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x1445 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x2988 (mod ?x1445 2)))
(let (($x5074 (= 0 ?x2988)))
(let (($x6568 (= 0 (+ (- 1) ?x2988))))
(let (($x3746 (or $x6568 $x5074)))
(not $x3746)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (52, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x5003 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let (($x5696 (= 0 ?x5003)))
(let (($x2752 (= 0 (+ (- 1) ?x5003))))
(let (($x4887 (or $x2752 $x5696)))
(not $x4887))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (53, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x738 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))
(let (($x6476 (= 0 ?x738)))
(let (($x3144 (= 0 (+ (- 1) ?x738))))
(let (($x2903 (or $x3144 $x6476)))
(not $x2903))))))
(check-sat)
(reset)
