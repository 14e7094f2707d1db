; add: S_b[0] at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x5888 (* 2 |B2[4]|)))
(let ((?x6265 (* 4 |B2[3]|)))
(let ((?x3976 (* 8 |B2[2]|)))
(let ((?x5436 (* 16 |B2[1]|)))
(let ((?x3112 (* 32 |B2[0]|)))
(let ((?x4388 (* 2 |S_b[4]|)))
(let ((?x6080 (* 4 |S_b[3]|)))
(let ((?x949 (* 8 |S_b[2]|)))
(let ((?x1007 (* 16 |S_b[1]|)))
(let ((?x308 (* 32 |S_b[0]|)))
(let ((?x6550 (+ 126 ?x308 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3112 ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x1008 (mod (div (div ?x6550 2) 32) 2)))
(let ((?x1180 (+ (- 66) ?x308 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3112 ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x6257 (ite (< 0 ?x1180) ?x1180 0)))
(let ((?x3996 (+ (- 64) ?x308 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3112 ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x4676 (ite (< 0 ?x3996) ?x3996 0)))
(let ((?x6831 (+ ?x308 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3112 ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x1989 (ite (< 0 ?x6831) ?x6831 0)))
(let ((?x7010 (+ (- 2) ?x308 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3112 ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x2400 (ite (< 0 ?x7010) ?x7010 0)))
(let ((?x69 (+ 62 ?x308 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3112 ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x6586 (ite (< 0 ?x69) ?x69 0)))
(let ((?x4836 (+ 64 ?x308 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3112 ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x6227 (ite (< 0 ?x4836) ?x4836 0)))
(let ((?x1704 (+ ?x6227 (* (- 1) ?x6586) ?x2400 (* (- 1) ?x1989) ?x4676 (* (- 1) ?x6257) (* (- 2) ?x1008))))
(let (($x5210 (= 0 ?x1704)))
(not $x5210))))))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[1] at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x5888 (* 2 |B2[4]|)))
(let ((?x6265 (* 4 |B2[3]|)))
(let ((?x3976 (* 8 |B2[2]|)))
(let ((?x5436 (* 16 |B2[1]|)))
(let ((?x4388 (* 2 |S_b[4]|)))
(let ((?x6080 (* 4 |S_b[3]|)))
(let ((?x949 (* 8 |S_b[2]|)))
(let ((?x1007 (* 16 |S_b[1]|)))
(let ((?x3737 (div (+ 62 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|) 2)))
(let ((?x2510 (mod (div ?x3737 16) 2)))
(let ((?x6923 (+ (- 34) ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x6381 (ite (< 0 ?x6923) ?x6923 0)))
(let ((?x992 (+ (- 32) ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x5159 (ite (< 0 ?x992) ?x992 0)))
(let ((?x5694 (+ ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x3086 (ite (< 0 ?x5694) ?x5694 0)))
(let ((?x1598 (+ (- 2) ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x4639 (ite (< 0 ?x1598) ?x1598 0)))
(let ((?x130 (+ 30 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x4187 (ite (< 0 ?x130) ?x130 0)))
(let ((?x404 (+ 32 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x2095 (ite (< 0 ?x404) ?x404 0)))
(let ((?x441 (+ ?x2095 (* (- 1) ?x4187) ?x4639 (* (- 1) ?x3086) ?x5159 (* (- 1) ?x6381) (* (- 2) ?x2510))))
(let (($x1430 (= 0 ?x441)))
(not $x1430))))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[2] at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x5888 (* 2 |B2[4]|)))
(let ((?x6265 (* 4 |B2[3]|)))
(let ((?x3976 (* 8 |B2[2]|)))
(let ((?x4388 (* 2 |S_b[4]|)))
(let ((?x6080 (* 4 |S_b[3]|)))
(let ((?x949 (* 8 |S_b[2]|)))
(let ((?x6575 (div (div (+ 30 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3976 ?x6265 ?x5888 |B2[5]|) 2) 8)))
(let ((?x2860 (mod ?x6575 2)))
(let ((?x189 (+ (- 18) ?x949 ?x6080 ?x4388 |S_b[5]| ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x2361 (ite (< 0 ?x189) ?x189 0)))
(let ((?x2589 (+ (- 16) ?x949 ?x6080 ?x4388 |S_b[5]| ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x2912 (ite (< 0 ?x2589) ?x2589 0)))
(let ((?x3226 (+ ?x949 ?x6080 ?x4388 |S_b[5]| ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x6725 (ite (< 0 ?x3226) ?x3226 0)))
(let ((?x2339 (+ (- 2) ?x949 ?x6080 ?x4388 |S_b[5]| ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x2618 (ite (< 0 ?x2339) ?x2339 0)))
(let ((?x2219 (+ 14 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x100 (ite (< 0 ?x2219) ?x2219 0)))
(let ((?x1278 (+ 16 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x1241 (ite (< 0 ?x1278) ?x1278 0)))
(let ((?x4322 (+ ?x1241 (* (- 1) ?x100) ?x2618 (* (- 1) ?x6725) ?x2912 (* (- 1) ?x2361) (* (- 2) ?x2860))))
(let (($x4989 (= 0 ?x4322)))
(not $x4989))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[3] at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x5888 (* 2 |B2[4]|)))
(let ((?x6265 (* 4 |B2[3]|)))
(let ((?x4388 (* 2 |S_b[4]|)))
(let ((?x6080 (* 4 |S_b[3]|)))
(let ((?x6787 (div (div (+ 14 ?x6080 ?x4388 |S_b[5]| ?x6265 ?x5888 |B2[5]|) 2) 4)))
(let ((?x4100 (mod ?x6787 2)))
(let ((?x5745 (+ (- 10) ?x6080 ?x4388 |S_b[5]| ?x6265 ?x5888 |B2[5]|)))
(let ((?x1194 (ite (< 0 ?x5745) ?x5745 0)))
(let ((?x139 (+ (- 8) ?x6080 ?x4388 |S_b[5]| ?x6265 ?x5888 |B2[5]|)))
(let ((?x3390 (ite (< 0 ?x139) ?x139 0)))
(let ((?x1443 (+ ?x6080 ?x4388 |S_b[5]| ?x6265 ?x5888 |B2[5]|)))
(let ((?x1930 (ite (< 0 ?x1443) ?x1443 0)))
(let ((?x6940 (+ (- 2) ?x6080 ?x4388 |S_b[5]| ?x6265 ?x5888 |B2[5]|)))
(let ((?x2726 (ite (< 0 ?x6940) ?x6940 0)))
(let ((?x4987 (+ 6 ?x6080 ?x4388 |S_b[5]| ?x6265 ?x5888 |B2[5]|)))
(let ((?x1566 (ite (< 0 ?x4987) ?x4987 0)))
(let ((?x5344 (+ 8 ?x6080 ?x4388 |S_b[5]| ?x6265 ?x5888 |B2[5]|)))
(let ((?x2602 (ite (< 0 ?x5344) ?x5344 0)))
(let ((?x2878 (+ ?x2602 (* (- 1) ?x1566) ?x2726 (* (- 1) ?x1930) ?x3390 (* (- 1) ?x1194) (* (- 2) ?x4100))))
(let (($x4917 (= 0 ?x2878)))
(not $x4917))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[4] at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x2889 (div (+ 6 (* 2 |S_b[4]|) |S_b[5]| (* 2 |B2[4]|) |B2[5]|) 2)))
(let ((?x5929 (mod (div ?x2889 2) 2)))
(let ((?x5888 (* 2 |B2[4]|)))
(let ((?x4388 (* 2 |S_b[4]|)))
(let ((?x4102 (+ (- 4) ?x4388 |S_b[5]| ?x5888 |B2[5]|)))
(let ((?x145 (ite (< 0 ?x4102) ?x4102 0)))
(let ((?x6901 (+ ?x4388 |S_b[5]| ?x5888 |B2[5]|)))
(let ((?x292 (ite (< 0 ?x6901) ?x6901 0)))
(let ((?x6140 (+ (- 2) ?x4388 |S_b[5]| ?x5888 |B2[5]|)))
(let ((?x3438 (ite (< 0 ?x6140) ?x6140 0)))
(let ((?x4543 (+ 2 ?x4388 |S_b[5]| ?x5888 |B2[5]|)))
(let ((?x4211 (ite (< 0 ?x4543) ?x4543 0)))
(let ((?x910 (+ 4 ?x4388 |S_b[5]| ?x5888 |B2[5]|)))
(let ((?x667 (ite (< 0 ?x910) ?x910 0)))
(let (($x4544 (= 0 (+ ?x667 (* (- 1) ?x4211) ?x3438 (* (- 1) ?x292) ?x145 (* (- 2) ?x5929)))))
(not $x4544)))))))))))))))))
(check-sat)
(reset)
; add: S_b[5] at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x4216 (mod (div (div (+ 2 |S_b[5]| |B2[5]|) 2) 1) 2)))
(let ((?x1637 (+ |S_b[5]| |B2[5]|)))
(let ((?x1993 (ite (< 0 ?x1637) ?x1637 0)))
(let (($x1882 (= 0 (+ 2 |S_b[5]| |B2[5]| (* (- 2) ?x1993) (* (- 2) ?x4216)))))
(not $x1882))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x5169 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1464 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6718 (and $x1464 $x5169)))
(let (($x2263 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4204 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2637 (and $x4204 $x2263)))
(let (($x6749 (or $x2637 $x6718)))
(not $x6749)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2568 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1815 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3058 (and $x1815 $x2568)))
(let (($x3822 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2792 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6204 (and $x2792 $x3822)))
(let (($x6778 (or $x6204 $x3058)))
(not $x6778)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3762 (= 0 (+ 1 |mem1[0]|))))
(let (($x3760 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x5795 (or $x3760 $x3762)))
(not $x5795)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x106 (= 0 (+ 1 |mem1[1]|))))
(let (($x6654 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x5258 (or $x6654 $x106)))
(not $x5258)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2957 (= 0 (+ 1 |mem1[2]|))))
(let (($x1810 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4557 (or $x1810 $x2957)))
(not $x4557)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x5260 (= 0 (+ 1 |mem1[3]|))))
(let (($x5151 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x5164 (or $x5151 $x5260)))
(not $x5164)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x5485 (= 0 (+ 1 |mem1[4]|))))
(let (($x4059 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x1395 (or $x4059 $x5485)))
(not $x1395)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x5359 (= 0 (+ 1 |mem1[5]|))))
(let (($x3315 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x2592 (or $x3315 $x5359)))
(not $x2592)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x82 (= 0 (+ 1 |mem2[0]|))))
(let (($x2657 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x6092 (or $x2657 $x82)))
(not $x6092)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x868 (= 0 (+ 1 |mem2[1]|))))
(let (($x3245 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5860 (or $x3245 $x868)))
(not $x5860)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3962 (= 0 (+ 1 |mem2[2]|))))
(let (($x2875 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5965 (or $x2875 $x3962)))
(not $x5965)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1448 (= 0 (+ 1 |mem2[3]|))))
(let (($x1966 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3781 (or $x1966 $x1448)))
(not $x3781)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x6409 (= 0 (+ 1 |mem2[4]|))))
(let (($x2624 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x792 (or $x2624 $x6409)))
(not $x792)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x6610 (= 0 (+ 1 |mem2[5]|))))
(let (($x383 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x5875 (or $x383 $x6610)))
(not $x5875)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x6958 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1435 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1809 (and $x1435 $x6958)))
(let (($x3343 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5607 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3823 (and $x5607 $x3343)))
(let (($x5032 (or $x3823 $x1809)))
(not $x5032)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1975 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x146 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4776 (and $x146 $x1975)))
(let (($x3207 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3621 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2202 (and $x3621 $x3207)))
(let (($x4359 (or $x2202 $x4776)))
(not $x4359)))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[0]| (- 1)) (= |B2[0]| 1)))
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x5888 (* 2 |B2[4]|)))
(let ((?x6265 (* 4 |B2[3]|)))
(let ((?x3976 (* 8 |B2[2]|)))
(let ((?x5436 (* 16 |B2[1]|)))
(let ((?x3112 (* 32 |B2[0]|)))
(let ((?x4388 (* 2 |S_b[4]|)))
(let ((?x6080 (* 4 |S_b[3]|)))
(let ((?x949 (* 8 |S_b[2]|)))
(let ((?x1007 (* 16 |S_b[1]|)))
(let ((?x308 (* 32 |S_b[0]|)))
(let ((?x6550 (+ 126 ?x308 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3112 ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|)))
(let ((?x1008 (mod (div (div ?x6550 2) 32) 2)))
(let (($x5738 (= 0 ?x1008)))
(let (($x1541 (= 0 (+ (- 1) ?x1008))))
(let (($x4145 (or $x1541 $x5738)))
(not $x4145)))))))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x5888 (* 2 |B2[4]|)))
(let ((?x6265 (* 4 |B2[3]|)))
(let ((?x3976 (* 8 |B2[2]|)))
(let ((?x5436 (* 16 |B2[1]|)))
(let ((?x4388 (* 2 |S_b[4]|)))
(let ((?x6080 (* 4 |S_b[3]|)))
(let ((?x949 (* 8 |S_b[2]|)))
(let ((?x1007 (* 16 |S_b[1]|)))
(let ((?x3737 (div (+ 62 ?x1007 ?x949 ?x6080 ?x4388 |S_b[5]| ?x5436 ?x3976 ?x6265 ?x5888 |B2[5]|) 2)))
(let ((?x2510 (mod (div ?x3737 16) 2)))
(let (($x3771 (= 0 ?x2510)))
(let (($x4068 (= 0 (+ (- 1) ?x2510))))
(let (($x4277 (or $x4068 $x3771)))
(not $x4277)))))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x5888 (* 2 |B2[4]|)))
(let ((?x6265 (* 4 |B2[3]|)))
(let ((?x3976 (* 8 |B2[2]|)))
(let ((?x4388 (* 2 |S_b[4]|)))
(let ((?x6080 (* 4 |S_b[3]|)))
(let ((?x949 (* 8 |S_b[2]|)))
(let ((?x6575 (div (div (+ 30 ?x949 ?x6080 ?x4388 |S_b[5]| ?x3976 ?x6265 ?x5888 |B2[5]|) 2) 8)))
(let ((?x2860 (mod ?x6575 2)))
(let (($x4133 (= 0 ?x2860)))
(let (($x4749 (= 0 (+ (- 1) ?x2860))))
(let (($x984 (or $x4749 $x4133)))
(not $x984)))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x5888 (* 2 |B2[4]|)))
(let ((?x6265 (* 4 |B2[3]|)))
(let ((?x4388 (* 2 |S_b[4]|)))
(let ((?x6080 (* 4 |S_b[3]|)))
(let ((?x6787 (div (div (+ 14 ?x6080 ?x4388 |S_b[5]| ?x6265 ?x5888 |B2[5]|) 2) 4)))
(let ((?x4100 (mod ?x6787 2)))
(let (($x2620 (= 0 ?x4100)))
(let (($x5834 (= 0 (+ (- 1) ?x4100))))
(let (($x2174 (or $x5834 $x2620)))
(not $x2174)))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[4]| () Int)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[4]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x2889 (div (+ 6 (* 2 |S_b[4]|) |S_b[5]| (* 2 |B2[4]|) |B2[5]|) 2)))
(let ((?x5929 (mod (div ?x2889 2) 2)))
(let (($x1874 (= 0 ?x5929)))
(let (($x2389 (= 0 (+ (- 1) ?x5929))))
(let (($x1729 (or $x2389 $x1874)))
(not $x1729)))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[5]| () Int)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |B2[5]| (- 1)) (= |B2[5]| 1)))
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let ((?x4216 (mod (div (div (+ 2 |S_b[5]| |B2[5]|) 2) 1) 2)))
(let (($x873 (= 0 ?x4216)))
(let (($x5111 (= 0 (+ (- 1) ?x4216))))
(let (($x815 (or $x5111 $x873)))
(not $x815))))))
(check-sat)
(reset)
