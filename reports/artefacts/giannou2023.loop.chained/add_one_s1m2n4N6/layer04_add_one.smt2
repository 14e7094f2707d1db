; add_one: B.B2[0] at (40, 0) (proved)
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
 (let ((?x3632 (* 2 |B1[4]|)))
(let ((?x517 (* 4 |B1[3]|)))
(let ((?x3461 (* 8 |B1[2]|)))
(let ((?x3807 (* 16 |B1[1]|)))
(let ((?x6493 (* 32 |B1[0]|)))
(let ((?x923 (mod (div (div (+ 65 ?x6493 ?x3807 ?x3461 ?x517 ?x3632 |B1[5]|) 2) 32) 2)))
(let ((?x2580 (+ (- 61) ?x6493 ?x3807 ?x3461 ?x517 ?x3632 |B1[5]|)))
(let ((?x6566 (ite (< 0 ?x2580) ?x2580 0)))
(let ((?x2188 (+ 1 ?x6493 ?x3807 ?x3461 ?x517 ?x3632 |B1[5]|)))
(let ((?x6704 (ite (< 0 ?x2188) ?x2188 0)))
(let ((?x408 (+ 3 ?x6493 ?x3807 ?x3461 ?x517 ?x3632 |B1[5]|)))
(let ((?x1701 (ite (< 0 ?x408) ?x408 0)))
(let (($x383 (= 0 (+ ?x1701 (* (- 1) ?x6704) (* (- 1) ?x6566) (* (- 2) ?x923)))))
(not $x383)))))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (41, 0) (proved)
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
 (let ((?x3632 (* 2 |B1[4]|)))
(let ((?x517 (* 4 |B1[3]|)))
(let ((?x3461 (* 8 |B1[2]|)))
(let ((?x3807 (* 16 |B1[1]|)))
(let ((?x2445 (mod (div (div (+ 33 ?x3807 ?x3461 ?x517 ?x3632 |B1[5]|) 2) 16) 2)))
(let ((?x3840 (+ (- 29) ?x3807 ?x3461 ?x517 ?x3632 |B1[5]|)))
(let ((?x6253 (ite (< 0 ?x3840) ?x3840 0)))
(let ((?x2314 (+ 1 ?x3807 ?x3461 ?x517 ?x3632 |B1[5]|)))
(let ((?x5763 (ite (< 0 ?x2314) ?x2314 0)))
(let ((?x5432 (+ 3 ?x3807 ?x3461 ?x517 ?x3632 |B1[5]|)))
(let ((?x2841 (ite (< 0 ?x5432) ?x5432 0)))
(let (($x4346 (= 0 (+ ?x2841 (* (- 1) ?x5763) (* (- 1) ?x6253) (* (- 2) ?x2445)))))
(not $x4346))))))))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (42, 0) (proved)
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
 (let ((?x3632 (* 2 |B1[4]|)))
(let ((?x517 (* 4 |B1[3]|)))
(let ((?x3461 (* 8 |B1[2]|)))
(let ((?x3734 (mod (div (div (+ 17 ?x3461 ?x517 ?x3632 |B1[5]|) 2) 8) 2)))
(let ((?x6999 (+ (- 13) ?x3461 ?x517 ?x3632 |B1[5]|)))
(let ((?x328 (ite (< 0 ?x6999) ?x6999 0)))
(let ((?x578 (+ 1 ?x3461 ?x517 ?x3632 |B1[5]|)))
(let ((?x930 (ite (< 0 ?x578) ?x578 0)))
(let ((?x4876 (+ 3 ?x3461 ?x517 ?x3632 |B1[5]|)))
(let ((?x5724 (ite (< 0 ?x4876) ?x4876 0)))
(let (($x1142 (= 0 (+ ?x5724 (* (- 1) ?x930) (* (- 1) ?x328) (* (- 2) ?x3734)))))
(not $x1142)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[3] at (43, 0) (proved)
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
 (let ((?x3282 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x5329 (mod ?x3282 2)))
(let ((?x3632 (* 2 |B1[4]|)))
(let ((?x517 (* 4 |B1[3]|)))
(let ((?x967 (+ (- 5) ?x517 ?x3632 |B1[5]|)))
(let ((?x3093 (ite (< 0 ?x967) ?x967 0)))
(let ((?x5023 (+ 1 ?x517 ?x3632 |B1[5]|)))
(let ((?x4757 (ite (< 0 ?x5023) ?x5023 0)))
(let ((?x3739 (+ 3 ?x517 ?x3632 |B1[5]|)))
(let ((?x6347 (ite (< 0 ?x3739) ?x3739 0)))
(let (($x2752 (= 0 (+ ?x6347 (* (- 1) ?x4757) (* (- 1) ?x3093) (* (- 2) ?x5329)))))
(not $x2752)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[4] at (44, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x583 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let ((?x3632 (* 2 |B1[4]|)))
(let ((?x3263 (+ (- 1) ?x3632 |B1[5]|)))
(let ((?x5305 (ite (< 0 ?x3263) ?x3263 0)))
(let ((?x2091 (+ 1 ?x3632 |B1[5]|)))
(let ((?x4789 (ite (< 0 ?x2091) ?x2091 0)))
(let (($x4888 (= 0 (+ 3 ?x3632 |B1[5]| (* (- 1) ?x4789) (* (- 1) ?x5305) (* (- 2) ?x583)))))
(not $x4888)))))))))
(check-sat)
(reset)
; add_one: B.B2[5] at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x5143 (+ (- 1) |B1[5]| (* 2 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))))
(let (($x2501 (= 0 ?x5143)))
(not $x2501))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3480 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3152 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6065 (and $x3152 $x3480)))
(let (($x4980 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5362 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5289 (and $x5362 $x4980)))
(let (($x4186 (or $x5289 $x6065)))
(not $x4186)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x73 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4310 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2083 (and $x4310 $x73)))
(let (($x3677 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3278 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1090 (and $x3278 $x3677)))
(let (($x2632 (or $x1090 $x2083)))
(not $x2632)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x6957 (= 0 (+ 1 |mem1[0]|))))
(let (($x2814 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x5868 (or $x2814 $x6957)))
(not $x5868)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x667 (= 0 (+ 1 |mem1[1]|))))
(let (($x1076 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x5939 (or $x1076 $x667)))
(not $x5939)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x105 (= 0 (+ 1 |mem1[2]|))))
(let (($x419 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x1256 (or $x419 $x105)))
(not $x1256)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x4513 (= 0 (+ 1 |mem1[3]|))))
(let (($x356 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1607 (or $x356 $x4513)))
(not $x1607)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x5646 (= 0 (+ 1 |mem1[4]|))))
(let (($x3264 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x5709 (or $x3264 $x5646)))
(not $x5709)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x330 (= 0 (+ 1 |mem1[5]|))))
(let (($x4301 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x714 (or $x4301 $x330)))
(not $x714)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2047 (= 0 (+ 1 |mem2[0]|))))
(let (($x840 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3973 (or $x840 $x2047)))
(not $x3973)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5054 (= 0 (+ 1 |mem2[1]|))))
(let (($x424 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1696 (or $x424 $x5054)))
(not $x1696)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2280 (= 0 (+ 1 |mem2[2]|))))
(let (($x6987 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2662 (or $x6987 $x2280)))
(not $x2662)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x6246 (= 0 (+ 1 |mem2[3]|))))
(let (($x3057 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3776 (or $x3057 $x6246)))
(not $x3776)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x4935 (= 0 (+ 1 |mem2[4]|))))
(let (($x5499 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x2865 (or $x5499 $x4935)))
(not $x2865)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x2211 (= 0 (+ 1 |mem2[5]|))))
(let (($x5626 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x3144 (or $x5626 $x2211)))
(not $x3144)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1629 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3724 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5259 (and $x3724 $x1629)))
(let (($x1841 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6806 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2033 (and $x6806 $x1841)))
(let (($x3515 (or $x2033 $x5259)))
(not $x3515)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5246 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x909 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3060 (and $x909 $x5246)))
(let (($x3566 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6055 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x28 (and $x6055 $x3566)))
(let (($x6292 (or $x28 $x3060)))
(not $x6292)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x4019 (= 0 (+ 1 |S_a[0]|))))
(let (($x490 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x1155 (or $x490 $x4019)))
(not $x1155)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x4811 (= 0 (+ 1 |S_a[1]|))))
(let (($x814 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x4748 (or $x814 $x4811)))
(not $x4748)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x2785 (= 0 (+ 1 |S_a[2]|))))
(let (($x1932 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x2462 (or $x1932 $x2785)))
(not $x2462)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x5117 (= 0 (+ 1 |S_a[3]|))))
(let (($x6677 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x4343 (or $x6677 $x5117)))
(not $x4343)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x894 (= 0 (+ 1 |S_a[4]|))))
(let (($x165 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x6421 (or $x165 $x894)))
(not $x6421)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x1148 (= 0 (+ 1 |S_a[5]|))))
(let (($x2552 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x666 (or $x2552 $x1148)))
(not $x666)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x4941 (= 0 (+ 1 |S_b[0]|))))
(let (($x2155 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x440 (or $x2155 $x4941)))
(not $x440)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x1040 (= 0 (+ 1 |S_b[1]|))))
(let (($x4749 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x991 (or $x4749 $x1040)))
(not $x991)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x4414 (= 0 (+ 1 |S_b[2]|))))
(let (($x2125 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x4927 (or $x2125 $x4414)))
(not $x4927)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x1185 (= 0 (+ 1 |S_b[3]|))))
(let (($x6995 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x488 (or $x6995 $x1185)))
(not $x488)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x4663 (= 0 (+ 1 |S_b[4]|))))
(let (($x266 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x302 (or $x266 $x4663)))
(not $x302)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x1088 (= 0 (+ 1 |S_b[5]|))))
(let (($x405 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x4211 (or $x405 $x1088)))
(not $x4211)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x1222 (= 0 (+ 1 |B1[0]|))))
(let (($x1790 (= 0 (+ (- 1) |B1[0]|))))
(let (($x3815 (or $x1790 $x1222)))
(not $x3815)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x2019 (= 0 (+ 1 |B1[1]|))))
(let (($x1419 (= 0 (+ (- 1) |B1[1]|))))
(let (($x3601 (or $x1419 $x2019)))
(not $x3601)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x601 (= 0 (+ 1 |B1[2]|))))
(let (($x3295 (= 0 (+ (- 1) |B1[2]|))))
(let (($x1430 (or $x3295 $x601)))
(not $x1430)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (37, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x3105 (= 0 (+ 1 |B1[3]|))))
(let (($x3245 (= 0 (+ (- 1) |B1[3]|))))
(let (($x745 (or $x3245 $x3105)))
(not $x745)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let (($x1043 (= 0 (+ 1 |B1[4]|))))
(let (($x4482 (= 0 (+ (- 1) |B1[4]|))))
(let (($x315 (or $x4482 $x1043)))
(not $x315)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let (($x1361 (= 0 (+ 1 |B1[5]|))))
(let (($x2294 (= 0 (+ (- 1) |B1[5]|))))
(let (($x3704 (or $x2294 $x1361)))
(not $x3704)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (40, 0) (proved)
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
 (let ((?x3632 (* 2 |B1[4]|)))
(let ((?x517 (* 4 |B1[3]|)))
(let ((?x3461 (* 8 |B1[2]|)))
(let ((?x3807 (* 16 |B1[1]|)))
(let ((?x6493 (* 32 |B1[0]|)))
(let ((?x923 (mod (div (div (+ 65 ?x6493 ?x3807 ?x3461 ?x517 ?x3632 |B1[5]|) 2) 32) 2)))
(let (($x1249 (= 0 ?x923)))
(let (($x4565 (= 0 (+ (- 1) ?x923))))
(let (($x5057 (or $x4565 $x1249)))
(not $x5057)))))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (41, 0) (proved)
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
 (let ((?x3632 (* 2 |B1[4]|)))
(let ((?x517 (* 4 |B1[3]|)))
(let ((?x3461 (* 8 |B1[2]|)))
(let ((?x3807 (* 16 |B1[1]|)))
(let ((?x2445 (mod (div (div (+ 33 ?x3807 ?x3461 ?x517 ?x3632 |B1[5]|) 2) 16) 2)))
(let (($x2244 (= 0 ?x2445)))
(let (($x89 (= 0 (+ (- 1) ?x2445))))
(let (($x2256 (or $x89 $x2244)))
(not $x2256))))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (42, 0) (proved)
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
 (let ((?x3632 (* 2 |B1[4]|)))
(let ((?x517 (* 4 |B1[3]|)))
(let ((?x3461 (* 8 |B1[2]|)))
(let ((?x3734 (mod (div (div (+ 17 ?x3461 ?x517 ?x3632 |B1[5]|) 2) 8) 2)))
(let (($x1266 (= 0 ?x3734)))
(let (($x6233 (= 0 (+ (- 1) ?x3734))))
(let (($x3766 (or $x6233 $x1266)))
(not $x3766)))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (43, 0) (proved)
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
 (let ((?x3282 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x5329 (mod ?x3282 2)))
(let (($x6631 (= 0 ?x5329)))
(let (($x520 (= 0 (+ (- 1) ?x5329))))
(let (($x2718 (or $x520 $x6631)))
(not $x2718)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (44, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x583 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let (($x5386 (= 0 ?x583)))
(let (($x2310 (= 0 (+ (- 1) ?x583))))
(let (($x207 (or $x2310 $x5386)))
(not $x207))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x186 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))
(let (($x1831 (= 0 ?x186)))
(let (($x4837 (= 0 (+ (- 1) ?x186))))
(let (($x2687 (or $x4837 $x1831)))
(not $x2687))))))
(check-sat)
(reset)
