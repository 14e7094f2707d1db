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
 (let ((?x3838 (* 2 |B1[4]|)))
(let ((?x4378 (* 4 |B1[3]|)))
(let ((?x4179 (* 8 |B1[2]|)))
(let ((?x2304 (* 16 |B1[1]|)))
(let ((?x2405 (* 32 |B1[0]|)))
(let ((?x3486 (mod (div (div (+ 65 ?x2405 ?x2304 ?x4179 ?x4378 ?x3838 |B1[5]|) 2) 32) 2)))
(let ((?x1063 (+ (- 61) ?x2405 ?x2304 ?x4179 ?x4378 ?x3838 |B1[5]|)))
(let ((?x2196 (ite (< 0 ?x1063) ?x1063 0)))
(let ((?x3141 (+ 1 ?x2405 ?x2304 ?x4179 ?x4378 ?x3838 |B1[5]|)))
(let ((?x3357 (ite (< 0 ?x3141) ?x3141 0)))
(let ((?x2244 (+ 3 ?x2405 ?x2304 ?x4179 ?x4378 ?x3838 |B1[5]|)))
(let ((?x332 (ite (< 0 ?x2244) ?x2244 0)))
(let (($x3403 (= 0 (+ ?x332 (* (- 1) ?x3357) (* (- 1) ?x2196) (* (- 2) ?x3486)))))
(not $x3403)))))))))))))))
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
 (let ((?x3838 (* 2 |B1[4]|)))
(let ((?x4378 (* 4 |B1[3]|)))
(let ((?x4179 (* 8 |B1[2]|)))
(let ((?x2304 (* 16 |B1[1]|)))
(let ((?x5200 (mod (div (div (+ 33 ?x2304 ?x4179 ?x4378 ?x3838 |B1[5]|) 2) 16) 2)))
(let ((?x3367 (+ (- 29) ?x2304 ?x4179 ?x4378 ?x3838 |B1[5]|)))
(let ((?x3460 (ite (< 0 ?x3367) ?x3367 0)))
(let ((?x2502 (+ 1 ?x2304 ?x4179 ?x4378 ?x3838 |B1[5]|)))
(let ((?x1184 (ite (< 0 ?x2502) ?x2502 0)))
(let ((?x2025 (+ 3 ?x2304 ?x4179 ?x4378 ?x3838 |B1[5]|)))
(let ((?x4979 (ite (< 0 ?x2025) ?x2025 0)))
(let (($x3708 (= 0 (+ ?x4979 (* (- 1) ?x1184) (* (- 1) ?x3460) (* (- 2) ?x5200)))))
(not $x3708))))))))))))))
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
 (let ((?x3838 (* 2 |B1[4]|)))
(let ((?x4378 (* 4 |B1[3]|)))
(let ((?x4179 (* 8 |B1[2]|)))
(let ((?x2309 (mod (div (div (+ 17 ?x4179 ?x4378 ?x3838 |B1[5]|) 2) 8) 2)))
(let ((?x3062 (+ (- 13) ?x4179 ?x4378 ?x3838 |B1[5]|)))
(let ((?x4312 (ite (< 0 ?x3062) ?x3062 0)))
(let ((?x1144 (+ 1 ?x4179 ?x4378 ?x3838 |B1[5]|)))
(let ((?x2408 (ite (< 0 ?x1144) ?x1144 0)))
(let ((?x4335 (+ 3 ?x4179 ?x4378 ?x3838 |B1[5]|)))
(let ((?x4280 (ite (< 0 ?x4335) ?x4335 0)))
(let (($x2911 (= 0 (+ ?x4280 (* (- 1) ?x2408) (* (- 1) ?x4312) (* (- 2) ?x2309)))))
(not $x2911)))))))))))))
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
 (let ((?x1333 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x2610 (mod ?x1333 2)))
(let ((?x3838 (* 2 |B1[4]|)))
(let ((?x4378 (* 4 |B1[3]|)))
(let ((?x48 (+ (- 5) ?x4378 ?x3838 |B1[5]|)))
(let ((?x3204 (ite (< 0 ?x48) ?x48 0)))
(let ((?x3269 (+ 1 ?x4378 ?x3838 |B1[5]|)))
(let ((?x2953 (ite (< 0 ?x3269) ?x3269 0)))
(let ((?x4858 (+ 3 ?x4378 ?x3838 |B1[5]|)))
(let ((?x429 (ite (< 0 ?x4858) ?x4858 0)))
(let (($x1038 (= 0 (+ ?x429 (* (- 1) ?x2953) (* (- 1) ?x3204) (* (- 2) ?x2610)))))
(not $x1038)))))))))))))
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
 (let ((?x942 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let ((?x3838 (* 2 |B1[4]|)))
(let ((?x2145 (+ (- 1) ?x3838 |B1[5]|)))
(let ((?x3234 (ite (< 0 ?x2145) ?x2145 0)))
(let ((?x4199 (+ 1 ?x3838 |B1[5]|)))
(let ((?x2976 (ite (< 0 ?x4199) ?x4199 0)))
(let (($x1608 (= 0 (+ 3 ?x3838 |B1[5]| (* (- 1) ?x2976) (* (- 1) ?x3234) (* (- 2) ?x942)))))
(not $x1608)))))))))
(check-sat)
(reset)
; add_one: B.B2[5] at (53, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x1711 (+ (- 1) |B1[5]| (* 2 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))))
(let (($x3051 (= 0 ?x1711)))
(not $x3051))))
(check-sat)
(reset)
; add_one: contract output: cmd5.a in column 5 at (0, 5) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd5.a () Int)
(assert
 (and (>= cmd5.a 2) (<= cmd5.a 4)))
(assert
 (let (($x4382 (= 3 cmd5.a)))
(let ((?x3892 (ite $x4382 1 (- 1))))
(let (($x950 (= 2 cmd5.a)))
(let ((?x3409 (ite $x950 (- 1) ?x3892)))
(let (($x1967 (= 0 (+ 1 ?x3409))))
(let (($x1270 (= 0 (+ 1 (ite $x950 1 ?x3892)))))
(let (($x1550 (= 0 (+ (- 1) (ite $x950 (- 1) (ite $x4382 (- 1) 1))))))
(let (($x2929 (and $x1550 $x1270 $x1967)))
(let (($x1258 (= 0 (+ (- 1) ?x3409))))
(let (($x1478 (= 0 (+ (- 1) (ite $x950 1 ?x3892)))))
(let (($x1284 (= 0 (+ 1 (ite $x950 (- 1) (ite $x4382 (- 1) 1))))))
(let (($x4151 (and $x1284 $x1478 $x1258)))
(let (($x3126 (and $x1284 $x1478 $x1967)))
(let (($x1761 (or $x3126 $x4151 $x2929)))
(not $x1761))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd5.b in column 5 at (3, 5) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd5.b () Int)
(assert
 (and (>= cmd5.b 2) (<= cmd5.b 4)))
(assert
 (let (($x5124 (= 3 cmd5.b)))
(let ((?x4317 (ite $x5124 1 (- 1))))
(let (($x4764 (= 2 cmd5.b)))
(let ((?x3434 (ite $x4764 (- 1) ?x4317)))
(let (($x3718 (= 0 (+ 1 ?x3434))))
(let (($x958 (= 0 (+ 1 (ite $x4764 1 ?x4317)))))
(let (($x4442 (= 0 (+ (- 1) (ite $x4764 (- 1) (ite $x5124 (- 1) 1))))))
(let (($x3220 (and $x4442 $x958 $x3718)))
(let (($x381 (= 0 (+ (- 1) ?x3434))))
(let (($x2000 (= 0 (+ (- 1) (ite $x4764 1 ?x4317)))))
(let (($x4081 (= 0 (+ 1 (ite $x4764 (- 1) (ite $x5124 (- 1) 1))))))
(let (($x1669 (and $x4081 $x2000 $x381)))
(let (($x4736 (and $x4081 $x2000 $x3718)))
(let (($x4466 (or $x4736 $x1669 $x3220)))
(not $x4466))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd5.c in column 5 at (6, 5) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd5.c () Int)
(assert
 (and (>= cmd5.c 5) (<= cmd5.c 7)))
(assert
 (let (($x3308 (= 5 cmd5.c)))
(let ((?x657 (ite $x3308 1 (ite (= 6 cmd5.c) (- 1) 1))))
(let (($x4422 (= 0 (+ (- 1) ?x657))))
(let (($x4907 (= 0 (+ (- 1) (ite $x3308 (- 1) (ite (= 6 cmd5.c) 1 1))))))
(let (($x949 (and $x4907 $x4422)))
(let (($x2677 (= 0 (+ 1 ?x657))))
(let (($x1980 (and $x4907 $x2677)))
(let (($x3721 (= 0 (+ 1 (ite $x3308 (- 1) (ite (= 6 cmd5.c) 1 1))))))
(let (($x1381 (and $x3721 $x4422)))
(let (($x2877 (or $x1381 $x1980 $x949)))
(not $x2877))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd6.a in column 6 at (0, 6) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd6.a () Int)
(assert
 (and (>= cmd6.a 2) (<= cmd6.a 4)))
(assert
 (let (($x2895 (= 3 cmd6.a)))
(let ((?x1916 (ite $x2895 1 (- 1))))
(let (($x726 (= 2 cmd6.a)))
(let ((?x1353 (ite $x726 (- 1) ?x1916)))
(let (($x2944 (= 0 (+ 1 ?x1353))))
(let (($x1496 (= 0 (+ 1 (ite $x726 1 ?x1916)))))
(let (($x2529 (= 0 (+ (- 1) (ite $x726 (- 1) (ite $x2895 (- 1) 1))))))
(let (($x4236 (and $x2529 $x1496 $x2944)))
(let (($x3386 (= 0 (+ (- 1) ?x1353))))
(let (($x3157 (= 0 (+ (- 1) (ite $x726 1 ?x1916)))))
(let (($x2795 (= 0 (+ 1 (ite $x726 (- 1) (ite $x2895 (- 1) 1))))))
(let (($x3968 (and $x2795 $x3157 $x3386)))
(let (($x1879 (and $x2795 $x3157 $x2944)))
(let (($x6 (or $x1879 $x3968 $x4236)))
(not $x6))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd6.b in column 6 at (3, 6) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd6.b () Int)
(assert
 (and (>= cmd6.b 2) (<= cmd6.b 4)))
(assert
 (let (($x3801 (= 3 cmd6.b)))
(let ((?x1917 (ite $x3801 1 (- 1))))
(let (($x4583 (= 2 cmd6.b)))
(let ((?x351 (ite $x4583 (- 1) ?x1917)))
(let (($x4212 (= 0 (+ 1 ?x351))))
(let (($x4190 (= 0 (+ 1 (ite $x4583 1 ?x1917)))))
(let (($x3695 (= 0 (+ (- 1) (ite $x4583 (- 1) (ite $x3801 (- 1) 1))))))
(let (($x2468 (and $x3695 $x4190 $x4212)))
(let (($x33 (= 0 (+ (- 1) ?x351))))
(let (($x3478 (= 0 (+ (- 1) (ite $x4583 1 ?x1917)))))
(let (($x1465 (= 0 (+ 1 (ite $x4583 (- 1) (ite $x3801 (- 1) 1))))))
(let (($x692 (and $x1465 $x3478 $x33)))
(let (($x2583 (and $x1465 $x3478 $x4212)))
(let (($x4209 (or $x2583 $x692 $x2468)))
(not $x4209))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd6.c in column 6 at (6, 6) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd6.c () Int)
(assert
 (and (>= cmd6.c 5) (<= cmd6.c 7)))
(assert
 (let (($x3364 (= 5 cmd6.c)))
(let ((?x88 (ite $x3364 1 (ite (= 6 cmd6.c) (- 1) 1))))
(let (($x1793 (= 0 (+ (- 1) ?x88))))
(let (($x1154 (= 0 (+ (- 1) (ite $x3364 (- 1) (ite (= 6 cmd6.c) 1 1))))))
(let (($x4617 (and $x1154 $x1793)))
(let (($x303 (= 0 (+ 1 ?x88))))
(let (($x906 (and $x1154 $x303)))
(let (($x1183 (= 0 (+ 1 (ite $x3364 (- 1) (ite (= 6 cmd6.c) 1 1))))))
(let (($x1625 (and $x1183 $x1793)))
(let (($x2393 (or $x1625 $x906 $x4617)))
(not $x2393))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd7.a in column 7 at (0, 7) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd7.a () Int)
(assert
 (and (>= cmd7.a 2) (<= cmd7.a 4)))
(assert
 (let (($x3802 (= 3 cmd7.a)))
(let ((?x3923 (ite $x3802 1 (- 1))))
(let (($x2805 (= 2 cmd7.a)))
(let ((?x3100 (ite $x2805 (- 1) ?x3923)))
(let (($x4644 (= 0 (+ 1 ?x3100))))
(let (($x2096 (= 0 (+ 1 (ite $x2805 1 ?x3923)))))
(let (($x969 (= 0 (+ (- 1) (ite $x2805 (- 1) (ite $x3802 (- 1) 1))))))
(let (($x2765 (and $x969 $x2096 $x4644)))
(let (($x4648 (= 0 (+ (- 1) ?x3100))))
(let (($x2140 (= 0 (+ (- 1) (ite $x2805 1 ?x3923)))))
(let (($x939 (= 0 (+ 1 (ite $x2805 (- 1) (ite $x3802 (- 1) 1))))))
(let (($x1890 (and $x939 $x2140 $x4648)))
(let (($x3140 (and $x939 $x2140 $x4644)))
(let (($x2062 (or $x3140 $x1890 $x2765)))
(not $x2062))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd7.b in column 7 at (3, 7) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd7.b () Int)
(assert
 (and (>= cmd7.b 2) (<= cmd7.b 4)))
(assert
 (let (($x5147 (= 3 cmd7.b)))
(let ((?x1609 (ite $x5147 1 (- 1))))
(let (($x4912 (= 2 cmd7.b)))
(let ((?x215 (ite $x4912 (- 1) ?x1609)))
(let (($x1092 (= 0 (+ 1 ?x215))))
(let (($x1481 (= 0 (+ 1 (ite $x4912 1 ?x1609)))))
(let (($x2853 (= 0 (+ (- 1) (ite $x4912 (- 1) (ite $x5147 (- 1) 1))))))
(let (($x2854 (and $x2853 $x1481 $x1092)))
(let (($x1629 (= 0 (+ (- 1) ?x215))))
(let (($x4159 (= 0 (+ (- 1) (ite $x4912 1 ?x1609)))))
(let (($x3249 (= 0 (+ 1 (ite $x4912 (- 1) (ite $x5147 (- 1) 1))))))
(let (($x4294 (and $x3249 $x4159 $x1629)))
(let (($x520 (and $x3249 $x4159 $x1092)))
(let (($x3939 (or $x520 $x4294 $x2854)))
(not $x3939))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: cmd7.c in column 7 at (6, 7) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd7.c () Int)
(assert
 (and (>= cmd7.c 5) (<= cmd7.c 7)))
(assert
 (let (($x4307 (= 5 cmd7.c)))
(let ((?x985 (ite $x4307 1 (ite (= 6 cmd7.c) (- 1) 1))))
(let (($x4087 (= 0 (+ (- 1) ?x985))))
(let (($x5037 (= 0 (+ (- 1) (ite $x4307 (- 1) (ite (= 6 cmd7.c) 1 1))))))
(let (($x327 (and $x5037 $x4087)))
(let (($x1822 (= 0 (+ 1 ?x985))))
(let (($x3442 (and $x5037 $x1822)))
(let (($x2289 (= 0 (+ 1 (ite $x4307 (- 1) (ite (= 6 cmd7.c) 1 1))))))
(let (($x4859 (and $x2289 $x4087)))
(let (($x2151 (or $x4859 $x3442 $x327)))
(not $x2151))))))))))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x577 (= 0 (+ 1 |mem2[0]|))))
(let (($x5042 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2680 (or $x5042 $x577)))
(not $x2680)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3560 (= 0 (+ 1 |mem2[1]|))))
(let (($x4127 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4408 (or $x4127 $x3560)))
(not $x4408)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1286 (= 0 (+ 1 |mem2[2]|))))
(let (($x3447 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4575 (or $x3447 $x1286)))
(not $x4575)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (12, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x704 (= 0 (+ 1 |mem2[3]|))))
(let (($x3496 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3640 (or $x3496 $x704)))
(not $x3640)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (13, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x3965 (= 0 (+ 1 |mem2[4]|))))
(let (($x2629 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1926 (or $x2629 $x3965)))
(not $x1926)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (14, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x4260 (= 0 (+ 1 |mem2[5]|))))
(let (($x2161 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x3821 (or $x2161 $x4260)))
(not $x3821)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (9, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[0]| () Int)
(assert
 (or (= |mem3[0]| (- 1)) (= |mem3[0]| 1)))
(assert
 (let (($x4840 (= 0 (+ 1 |mem3[0]|))))
(let (($x2641 (= 0 (+ (- 1) |mem3[0]|))))
(let (($x1460 (or $x2641 $x4840)))
(not $x1460)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (10, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[1]| () Int)
(assert
 (or (= |mem3[1]| (- 1)) (= |mem3[1]| 1)))
(assert
 (let (($x2527 (= 0 (+ 1 |mem3[1]|))))
(let (($x2407 (= 0 (+ (- 1) |mem3[1]|))))
(let (($x3288 (or $x2407 $x2527)))
(not $x3288)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (11, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[2]| () Int)
(assert
 (or (= |mem3[2]| (- 1)) (= |mem3[2]| 1)))
(assert
 (let (($x4350 (= 0 (+ 1 |mem3[2]|))))
(let (($x1704 (= 0 (+ (- 1) |mem3[2]|))))
(let (($x4120 (or $x1704 $x4350)))
(not $x4120)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (12, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[3]| () Int)
(assert
 (or (= |mem3[3]| (- 1)) (= |mem3[3]| 1)))
(assert
 (let (($x2052 (= 0 (+ 1 |mem3[3]|))))
(let (($x3309 (= 0 (+ (- 1) |mem3[3]|))))
(let (($x4903 (or $x3309 $x2052)))
(not $x4903)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (13, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[4]| () Int)
(assert
 (or (= |mem3[4]| (- 1)) (= |mem3[4]| 1)))
(assert
 (let (($x620 (= 0 (+ 1 |mem3[4]|))))
(let (($x4680 (= 0 (+ (- 1) |mem3[4]|))))
(let (($x1451 (or $x4680 $x620)))
(not $x1451)))))
(check-sat)
(reset)
; add_one: contract output: mem3 in column 3 at (14, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem3[5]| () Int)
(assert
 (or (= |mem3[5]| (- 1)) (= |mem3[5]| 1)))
(assert
 (let (($x988 (= 0 (+ 1 |mem3[5]|))))
(let (($x1627 (= 0 (+ (- 1) |mem3[5]|))))
(let (($x3254 (or $x1627 $x988)))
(not $x3254)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (9, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[0]| () Int)
(assert
 (or (= |mem4[0]| (- 1)) (= |mem4[0]| 1)))
(assert
 (let (($x3558 (= 0 (+ 1 |mem4[0]|))))
(let (($x1021 (= 0 (+ (- 1) |mem4[0]|))))
(let (($x1076 (or $x1021 $x3558)))
(not $x1076)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (10, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[1]| () Int)
(assert
 (or (= |mem4[1]| (- 1)) (= |mem4[1]| 1)))
(assert
 (let (($x3340 (= 0 (+ 1 |mem4[1]|))))
(let (($x4164 (= 0 (+ (- 1) |mem4[1]|))))
(let (($x5148 (or $x4164 $x3340)))
(not $x5148)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (11, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[2]| () Int)
(assert
 (or (= |mem4[2]| (- 1)) (= |mem4[2]| 1)))
(assert
 (let (($x2898 (= 0 (+ 1 |mem4[2]|))))
(let (($x5171 (= 0 (+ (- 1) |mem4[2]|))))
(let (($x1809 (or $x5171 $x2898)))
(not $x1809)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (12, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[3]| () Int)
(assert
 (or (= |mem4[3]| (- 1)) (= |mem4[3]| 1)))
(assert
 (let (($x4723 (= 0 (+ 1 |mem4[3]|))))
(let (($x4475 (= 0 (+ (- 1) |mem4[3]|))))
(let (($x1187 (or $x4475 $x4723)))
(not $x1187)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (13, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[4]| () Int)
(assert
 (or (= |mem4[4]| (- 1)) (= |mem4[4]| 1)))
(assert
 (let (($x973 (= 0 (+ 1 |mem4[4]|))))
(let (($x3794 (= 0 (+ (- 1) |mem4[4]|))))
(let (($x4667 (or $x3794 $x973)))
(not $x4667)))))
(check-sat)
(reset)
; add_one: contract output: mem4 in column 4 at (14, 4) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem4[5]| () Int)
(assert
 (or (= |mem4[5]| (- 1)) (= |mem4[5]| 1)))
(assert
 (let (($x1474 (= 0 (+ 1 |mem4[5]|))))
(let (($x1444 (= 0 (+ (- 1) |mem4[5]|))))
(let (($x4330 (or $x1444 $x1474)))
(not $x4330)))))
(check-sat)
(reset)
; add_one: contract output: pc in column 0 at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun pc () Int)
(assert
 (and (>= pc 5) (<= pc 7)))
(assert
 (let (($x3857 (= 0 (+ (- 1) (ite (= 5 pc) 1 (ite (= 6 pc) (- 1) 1))))))
(let (($x1295 (= 0 (+ (- 1) (ite (= 5 pc) (- 1) (ite (= 6 pc) 1 1))))))
(let (($x2443 (and $x1295 $x3857)))
(let (($x2956 (= 0 (+ 1 (ite (= 5 pc) 1 (ite (= 6 pc) (- 1) 1))))))
(let (($x2922 (and $x1295 $x2956)))
(let (($x1607 (= 0 (+ 1 (ite (= 5 pc) (- 1) (ite (= 6 pc) 1 1))))))
(let (($x2697 (and $x1607 $x3857)))
(let (($x3363 (or $x2697 $x2922 $x2443)))
(not $x3363))))))))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 2) (<= slot.a 4)))
(assert
 (let (($x535 (= 3 slot.a)))
(let ((?x4537 (ite $x535 1 (- 1))))
(let (($x5149 (= 2 slot.a)))
(let ((?x3572 (ite $x5149 (- 1) ?x4537)))
(let (($x2615 (= 0 (+ 1 ?x3572))))
(let (($x4700 (= 0 (+ 1 (ite $x5149 1 ?x4537)))))
(let (($x211 (= 0 (+ (- 1) (ite $x5149 (- 1) (ite $x535 (- 1) 1))))))
(let (($x3809 (and $x211 $x4700 $x2615)))
(let (($x1223 (= 0 (+ (- 1) ?x3572))))
(let (($x3813 (= 0 (+ (- 1) (ite $x5149 1 ?x4537)))))
(let (($x999 (= 0 (+ 1 (ite $x5149 (- 1) (ite $x535 (- 1) 1))))))
(let (($x1254 (and $x999 $x3813 $x1223)))
(let (($x1538 (and $x999 $x3813 $x2615)))
(let (($x1096 (or $x1538 $x1254 $x3809)))
(not $x1096))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 2) (<= slot.b 4)))
(assert
 (let (($x477 (= 3 slot.b)))
(let ((?x2917 (ite $x477 1 (- 1))))
(let (($x2341 (= 2 slot.b)))
(let ((?x1429 (ite $x2341 (- 1) ?x2917)))
(let (($x4772 (= 0 (+ 1 ?x1429))))
(let (($x146 (= 0 (+ 1 (ite $x2341 1 ?x2917)))))
(let (($x1677 (= 0 (+ (- 1) (ite $x2341 (- 1) (ite $x477 (- 1) 1))))))
(let (($x953 (and $x1677 $x146 $x4772)))
(let (($x2167 (= 0 (+ (- 1) ?x1429))))
(let (($x1031 (= 0 (+ (- 1) (ite $x2341 1 ?x2917)))))
(let (($x3086 (= 0 (+ 1 (ite $x2341 (- 1) (ite $x477 (- 1) 1))))))
(let (($x1577 (and $x3086 $x1031 $x2167)))
(let (($x817 (and $x3086 $x1031 $x4772)))
(let (($x2997 (or $x817 $x1577 $x953)))
(not $x2997))))))))))))))))
(check-sat)
(reset)
; add_one: contract output: slot.c in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.c () Int)
(assert
 (and (>= slot.c 5) (<= slot.c 7)))
(assert
 (let (($x4792 (= 5 slot.c)))
(let ((?x1532 (ite $x4792 1 (ite (= 6 slot.c) (- 1) 1))))
(let (($x809 (= 0 (+ (- 1) ?x1532))))
(let (($x2547 (= 0 (+ (- 1) (ite $x4792 (- 1) (ite (= 6 slot.c) 1 1))))))
(let (($x2913 (and $x2547 $x809)))
(let (($x1196 (= 0 (+ 1 ?x1532))))
(let (($x2941 (and $x2547 $x1196)))
(let (($x143 (= 0 (+ 1 (ite $x4792 (- 1) (ite (= 6 slot.c) 1 1))))))
(let (($x4681 (and $x143 $x809)))
(let (($x1255 (or $x4681 $x2941 $x2913)))
(not $x1255))))))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x1188 (= 0 (+ 1 |S_a[0]|))))
(let (($x3938 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x3243 (or $x3938 $x1188)))
(not $x3243)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x2156 (= 0 (+ 1 |S_a[1]|))))
(let (($x2268 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x1697 (or $x2268 $x2156)))
(not $x1697)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x31 (= 0 (+ 1 |S_a[2]|))))
(let (($x5086 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x4699 (or $x5086 $x31)))
(not $x4699)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x3241 (= 0 (+ 1 |S_a[3]|))))
(let (($x4802 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x1770 (or $x4802 $x3241)))
(not $x1770)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x3617 (= 0 (+ 1 |S_a[4]|))))
(let (($x4407 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x3004 (or $x4407 $x3617)))
(not $x3004)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x4515 (= 0 (+ 1 |S_a[5]|))))
(let (($x3338 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x246 (or $x3338 $x4515)))
(not $x246)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1807 (= 0 (+ 1 |S_b[0]|))))
(let (($x2020 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x321 (or $x2020 $x1807)))
(not $x321)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x5059 (= 0 (+ 1 |S_b[1]|))))
(let (($x2014 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x1261 (or $x2014 $x5059)))
(not $x1261)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2302 (= 0 (+ 1 |S_b[2]|))))
(let (($x2378 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x4126 (or $x2378 $x2302)))
(not $x4126)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x5075 (= 0 (+ 1 |S_b[3]|))))
(let (($x3372 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x4931 (or $x3372 $x5075)))
(not $x4931)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x2537 (= 0 (+ 1 |S_b[4]|))))
(let (($x1418 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x4073 (or $x1418 $x2537)))
(not $x4073)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x1090 (= 0 (+ 1 |S_b[5]|))))
(let (($x4197 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x4038 (or $x4197 $x1090)))
(not $x4038)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (42, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x4041 (= 0 (+ 1 |B1[0]|))))
(let (($x2988 (= 0 (+ (- 1) |B1[0]|))))
(let (($x624 (or $x2988 $x4041)))
(not $x624)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (43, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x1907 (= 0 (+ 1 |B1[1]|))))
(let (($x3973 (= 0 (+ (- 1) |B1[1]|))))
(let (($x3522 (or $x3973 $x1907)))
(not $x3522)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (44, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x2384 (= 0 (+ 1 |B1[2]|))))
(let (($x2122 (= 0 (+ (- 1) |B1[2]|))))
(let (($x1997 (or $x2122 $x2384)))
(not $x1997)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x5123 (= 0 (+ 1 |B1[3]|))))
(let (($x629 (= 0 (+ (- 1) |B1[3]|))))
(let (($x994 (or $x629 $x5123)))
(not $x994)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (46, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let (($x4035 (= 0 (+ 1 |B1[4]|))))
(let (($x2217 (= 0 (+ (- 1) |B1[4]|))))
(let (($x110 (or $x2217 $x4035)))
(not $x110)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (47, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let (($x3767 (= 0 (+ 1 |B1[5]|))))
(let (($x3631 (= 0 (+ (- 1) |B1[5]|))))
(let (($x2597 (or $x3631 $x3767)))
(not $x2597)))))
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
 (let ((?x3838 (* 2 |B1[4]|)))
(let ((?x4378 (* 4 |B1[3]|)))
(let ((?x4179 (* 8 |B1[2]|)))
(let ((?x2304 (* 16 |B1[1]|)))
(let ((?x2405 (* 32 |B1[0]|)))
(let ((?x3486 (mod (div (div (+ 65 ?x2405 ?x2304 ?x4179 ?x4378 ?x3838 |B1[5]|) 2) 32) 2)))
(let (($x5039 (= 0 ?x3486)))
(let (($x4405 (= 0 (+ (- 1) ?x3486))))
(let (($x3674 (or $x4405 $x5039)))
(not $x3674)))))))))))
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
 (let ((?x3838 (* 2 |B1[4]|)))
(let ((?x4378 (* 4 |B1[3]|)))
(let ((?x4179 (* 8 |B1[2]|)))
(let ((?x2304 (* 16 |B1[1]|)))
(let ((?x5200 (mod (div (div (+ 33 ?x2304 ?x4179 ?x4378 ?x3838 |B1[5]|) 2) 16) 2)))
(let (($x3368 (= 0 ?x5200)))
(let (($x2936 (= 0 (+ (- 1) ?x5200))))
(let (($x4293 (or $x2936 $x3368)))
(not $x4293))))))))))
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
 (let ((?x3838 (* 2 |B1[4]|)))
(let ((?x4378 (* 4 |B1[3]|)))
(let ((?x4179 (* 8 |B1[2]|)))
(let ((?x2309 (mod (div (div (+ 17 ?x4179 ?x4378 ?x3838 |B1[5]|) 2) 8) 2)))
(let (($x3266 (= 0 ?x2309)))
(let (($x4578 (= 0 (+ (- 1) ?x2309))))
(let (($x4726 (or $x4578 $x3266)))
(not $x4726)))))))))
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
 (let ((?x1333 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x2610 (mod ?x1333 2)))
(let (($x2829 (= 0 ?x2610)))
(let (($x2106 (= 0 (+ (- 1) ?x2610))))
(let (($x4171 (or $x2106 $x2829)))
(not $x4171)))))))
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
 (let ((?x942 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let (($x2007 (= 0 ?x942)))
(let (($x2420 (= 0 (+ (- 1) ?x942))))
(let (($x4592 (or $x2420 $x2007)))
(not $x4592))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (53, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x3569 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))
(let (($x1123 (= 0 ?x3569)))
(let (($x3286 (= 0 (+ (- 1) ?x3569))))
(let (($x3075 (or $x3286 $x1123)))
(not $x3075))))))
(check-sat)
(reset)
