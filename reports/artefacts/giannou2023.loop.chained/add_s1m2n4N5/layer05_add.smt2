; add: S_b[0] at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
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
 (let ((?x1999 (* 2 |B2[3]|)))
(let ((?x951 (* 4 |B2[2]|)))
(let ((?x985 (* 8 |B2[1]|)))
(let ((?x1340 (* 16 |B2[0]|)))
(let ((?x5075 (* 2 |S_b[3]|)))
(let ((?x2697 (* 4 |S_b[2]|)))
(let ((?x54 (* 8 |S_b[1]|)))
(let ((?x2132 (* 16 |S_b[0]|)))
(let ((?x2921 (div (+ 62 ?x2132 ?x54 ?x2697 ?x5075 |S_b[4]| ?x1340 ?x985 ?x951 ?x1999 |B2[4]|) 2)))
(let ((?x3928 (mod (div ?x2921 16) 2)))
(let ((?x3766 (+ (- 34) ?x2132 ?x54 ?x2697 ?x5075 |S_b[4]| ?x1340 ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x212 (ite (< 0 ?x3766) ?x3766 0)))
(let ((?x229 (+ (- 32) ?x2132 ?x54 ?x2697 ?x5075 |S_b[4]| ?x1340 ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x4503 (ite (< 0 ?x229) ?x229 0)))
(let ((?x741 (+ ?x2132 ?x54 ?x2697 ?x5075 |S_b[4]| ?x1340 ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x1772 (ite (< 0 ?x741) ?x741 0)))
(let ((?x3447 (+ (- 2) ?x2132 ?x54 ?x2697 ?x5075 |S_b[4]| ?x1340 ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x3157 (ite (< 0 ?x3447) ?x3447 0)))
(let ((?x3262 (+ 30 ?x2132 ?x54 ?x2697 ?x5075 |S_b[4]| ?x1340 ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x2485 (ite (< 0 ?x3262) ?x3262 0)))
(let ((?x3743 (+ 32 ?x2132 ?x54 ?x2697 ?x5075 |S_b[4]| ?x1340 ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x3541 (ite (< 0 ?x3743) ?x3743 0)))
(let ((?x4081 (+ ?x3541 (* (- 1) ?x2485) ?x3157 (* (- 1) ?x1772) ?x4503 (* (- 1) ?x212) (* (- 2) ?x3928))))
(let (($x4405 (= 0 ?x4081)))
(not $x4405))))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[1] at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x1999 (* 2 |B2[3]|)))
(let ((?x951 (* 4 |B2[2]|)))
(let ((?x985 (* 8 |B2[1]|)))
(let ((?x5075 (* 2 |S_b[3]|)))
(let ((?x2697 (* 4 |S_b[2]|)))
(let ((?x54 (* 8 |S_b[1]|)))
(let ((?x3031 (div (div (+ 30 ?x54 ?x2697 ?x5075 |S_b[4]| ?x985 ?x951 ?x1999 |B2[4]|) 2) 8)))
(let ((?x1175 (mod ?x3031 2)))
(let ((?x1150 (+ (- 18) ?x54 ?x2697 ?x5075 |S_b[4]| ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x4242 (ite (< 0 ?x1150) ?x1150 0)))
(let ((?x3539 (+ (- 16) ?x54 ?x2697 ?x5075 |S_b[4]| ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x1451 (ite (< 0 ?x3539) ?x3539 0)))
(let ((?x3556 (+ ?x54 ?x2697 ?x5075 |S_b[4]| ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x1459 (ite (< 0 ?x3556) ?x3556 0)))
(let ((?x3211 (+ (- 2) ?x54 ?x2697 ?x5075 |S_b[4]| ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x1107 (ite (< 0 ?x3211) ?x3211 0)))
(let ((?x326 (+ 14 ?x54 ?x2697 ?x5075 |S_b[4]| ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x4425 (ite (< 0 ?x326) ?x326 0)))
(let ((?x1974 (+ 16 ?x54 ?x2697 ?x5075 |S_b[4]| ?x985 ?x951 ?x1999 |B2[4]|)))
(let ((?x2250 (ite (< 0 ?x1974) ?x1974 0)))
(let ((?x4243 (+ ?x2250 (* (- 1) ?x4425) ?x1107 (* (- 1) ?x1459) ?x1451 (* (- 1) ?x4242) (* (- 2) ?x1175))))
(let (($x3026 (= 0 ?x4243)))
(not $x3026))))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[2] at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x1999 (* 2 |B2[3]|)))
(let ((?x951 (* 4 |B2[2]|)))
(let ((?x5075 (* 2 |S_b[3]|)))
(let ((?x2697 (* 4 |S_b[2]|)))
(let ((?x4477 (div (div (+ 14 ?x2697 ?x5075 |S_b[4]| ?x951 ?x1999 |B2[4]|) 2) 4)))
(let ((?x1892 (mod ?x4477 2)))
(let ((?x106 (+ (- 10) ?x2697 ?x5075 |S_b[4]| ?x951 ?x1999 |B2[4]|)))
(let ((?x3535 (ite (< 0 ?x106) ?x106 0)))
(let ((?x4665 (+ (- 8) ?x2697 ?x5075 |S_b[4]| ?x951 ?x1999 |B2[4]|)))
(let ((?x3637 (ite (< 0 ?x4665) ?x4665 0)))
(let ((?x671 (+ ?x2697 ?x5075 |S_b[4]| ?x951 ?x1999 |B2[4]|)))
(let ((?x1251 (ite (< 0 ?x671) ?x671 0)))
(let ((?x3667 (+ (- 2) ?x2697 ?x5075 |S_b[4]| ?x951 ?x1999 |B2[4]|)))
(let ((?x4933 (ite (< 0 ?x3667) ?x3667 0)))
(let ((?x1567 (+ 6 ?x2697 ?x5075 |S_b[4]| ?x951 ?x1999 |B2[4]|)))
(let ((?x2243 (ite (< 0 ?x1567) ?x1567 0)))
(let ((?x313 (+ 8 ?x2697 ?x5075 |S_b[4]| ?x951 ?x1999 |B2[4]|)))
(let ((?x2985 (ite (< 0 ?x313) ?x313 0)))
(let ((?x3504 (+ ?x2985 (* (- 1) ?x2243) ?x4933 (* (- 1) ?x1251) ?x3637 (* (- 1) ?x3535) (* (- 2) ?x1892))))
(let (($x586 (= 0 ?x3504)))
(not $x586))))))))))))))))))))))
(check-sat)
(reset)
; add: S_b[3] at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x630 (div (+ 6 (* 2 |S_b[3]|) |S_b[4]| (* 2 |B2[3]|) |B2[4]|) 2)))
(let ((?x4191 (mod (div ?x630 2) 2)))
(let ((?x1999 (* 2 |B2[3]|)))
(let ((?x5075 (* 2 |S_b[3]|)))
(let ((?x4254 (+ (- 4) ?x5075 |S_b[4]| ?x1999 |B2[4]|)))
(let ((?x3465 (ite (< 0 ?x4254) ?x4254 0)))
(let ((?x3670 (+ ?x5075 |S_b[4]| ?x1999 |B2[4]|)))
(let ((?x3882 (ite (< 0 ?x3670) ?x3670 0)))
(let ((?x2046 (+ (- 2) ?x5075 |S_b[4]| ?x1999 |B2[4]|)))
(let ((?x3347 (ite (< 0 ?x2046) ?x2046 0)))
(let ((?x1250 (+ 2 ?x5075 |S_b[4]| ?x1999 |B2[4]|)))
(let ((?x2393 (ite (< 0 ?x1250) ?x1250 0)))
(let ((?x1187 (+ 4 ?x5075 |S_b[4]| ?x1999 |B2[4]|)))
(let ((?x2381 (ite (< 0 ?x1187) ?x1187 0)))
(let (($x4058 (= 0 (+ ?x2381 (* (- 1) ?x2393) ?x3347 (* (- 1) ?x3882) ?x3465 (* (- 2) ?x4191)))))
(not $x4058)))))))))))))))))
(check-sat)
(reset)
; add: S_b[4] at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x2050 (mod (div (div (+ 2 |S_b[4]| |B2[4]|) 2) 1) 2)))
(let ((?x2333 (+ |S_b[4]| |B2[4]|)))
(let ((?x1784 (ite (< 0 ?x2333) ?x2333 0)))
(let (($x4884 (= 0 (+ 2 |S_b[4]| |B2[4]| (* (- 2) ?x1784) (* (- 2) ?x2050)))))
(not $x4884))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3288 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4164 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4575 (and $x4164 $x3288)))
(let (($x3421 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1063 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4681 (and $x1063 $x3421)))
(let (($x2641 (or $x4681 $x4575)))
(not $x2641)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x591 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1791 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x629 (and $x1791 $x591)))
(let (($x1014 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5119 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1266 (and $x5119 $x1014)))
(let (($x4190 (or $x1266 $x629)))
(not $x4190)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2382 (= 0 (+ 1 |mem1[0]|))))
(let (($x716 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2768 (or $x716 $x2382)))
(not $x2768)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1442 (= 0 (+ 1 |mem1[1]|))))
(let (($x1542 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4637 (or $x1542 $x1442)))
(not $x4637)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2638 (= 0 (+ 1 |mem1[2]|))))
(let (($x3127 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2405 (or $x3127 $x2638)))
(not $x2405)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x701 (= 0 (+ 1 |mem1[3]|))))
(let (($x3708 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2258 (or $x3708 $x701)))
(not $x2258)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2010 (= 0 (+ 1 |mem1[4]|))))
(let (($x1843 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x5047 (or $x1843 $x2010)))
(not $x5047)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3354 (= 0 (+ 1 |mem2[0]|))))
(let (($x321 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3270 (or $x321 $x3354)))
(not $x3270)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2859 (= 0 (+ 1 |mem2[1]|))))
(let (($x4093 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x332 (or $x4093 $x2859)))
(not $x332)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x847 (= 0 (+ 1 |mem2[2]|))))
(let (($x1901 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3517 (or $x1901 $x847)))
(not $x3517)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1994 (= 0 (+ 1 |mem2[3]|))))
(let (($x3141 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3315 (or $x3141 $x1994)))
(not $x3315)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x1440 (= 0 (+ 1 |mem2[4]|))))
(let (($x4496 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1323 (or $x4496 $x1440)))
(not $x1323)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2895 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4484 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2537 (and $x4484 $x2895)))
(let (($x4252 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2019 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x789 (and $x2019 $x4252)))
(let (($x2692 (or $x789 $x2537)))
(not $x2692)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x949 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1094 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2933 (and $x1094 $x949)))
(let (($x2995 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1466 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2589 (and $x1466 $x2995)))
(let (($x638 (or $x2589 $x2933)))
(not $x638)))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[0]| () Int)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[0]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
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
 (let ((?x1999 (* 2 |B2[3]|)))
(let ((?x951 (* 4 |B2[2]|)))
(let ((?x985 (* 8 |B2[1]|)))
(let ((?x1340 (* 16 |B2[0]|)))
(let ((?x5075 (* 2 |S_b[3]|)))
(let ((?x2697 (* 4 |S_b[2]|)))
(let ((?x54 (* 8 |S_b[1]|)))
(let ((?x2132 (* 16 |S_b[0]|)))
(let ((?x2921 (div (+ 62 ?x2132 ?x54 ?x2697 ?x5075 |S_b[4]| ?x1340 ?x985 ?x951 ?x1999 |B2[4]|) 2)))
(let ((?x3928 (mod (div ?x2921 16) 2)))
(let (($x4127 (= 0 ?x3928)))
(let (($x4979 (= 0 (+ (- 1) ?x3928))))
(let (($x897 (or $x4979 $x4127)))
(not $x897)))))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[1]| () Int)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[1]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[1]| (- 1)) (= |B2[1]| 1)))
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x1999 (* 2 |B2[3]|)))
(let ((?x951 (* 4 |B2[2]|)))
(let ((?x985 (* 8 |B2[1]|)))
(let ((?x5075 (* 2 |S_b[3]|)))
(let ((?x2697 (* 4 |S_b[2]|)))
(let ((?x54 (* 8 |S_b[1]|)))
(let ((?x3031 (div (div (+ 30 ?x54 ?x2697 ?x5075 |S_b[4]| ?x985 ?x951 ?x1999 |B2[4]|) 2) 8)))
(let ((?x1175 (mod ?x3031 2)))
(let (($x3115 (= 0 ?x1175)))
(let (($x3304 (= 0 (+ (- 1) ?x1175))))
(let (($x4209 (or $x3304 $x3115)))
(not $x4209)))))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[2]| () Int)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[2]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[2]| (- 1)) (= |B2[2]| 1)))
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x1999 (* 2 |B2[3]|)))
(let ((?x951 (* 4 |B2[2]|)))
(let ((?x5075 (* 2 |S_b[3]|)))
(let ((?x2697 (* 4 |S_b[2]|)))
(let ((?x4477 (div (div (+ 14 ?x2697 ?x5075 |S_b[4]| ?x951 ?x1999 |B2[4]|) 2) 4)))
(let ((?x1892 (mod ?x4477 2)))
(let (($x3450 (= 0 ?x1892)))
(let (($x3511 (= 0 (+ (- 1) ?x1892))))
(let (($x2824 (or $x3511 $x3450)))
(not $x2824)))))))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[3]| () Int)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[3]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[3]| (- 1)) (= |B2[3]| 1)))
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x630 (div (+ 6 (* 2 |S_b[3]|) |S_b[4]| (* 2 |B2[3]|) |B2[4]|) 2)))
(let ((?x4191 (mod (div ?x630 2) 2)))
(let (($x3812 (= 0 ?x4191)))
(let (($x4775 (= 0 (+ (- 1) ?x4191))))
(let (($x1154 (or $x4775 $x3812)))
(not $x1154)))))))
(check-sat)
(reset)
; add: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B2[4]| () Int)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |B2[4]| (- 1)) (= |B2[4]| 1)))
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let ((?x2050 (mod (div (div (+ 2 |S_b[4]| |B2[4]|) 2) 1) 2)))
(let (($x1424 (= 0 ?x2050)))
(let (($x1874 (= 0 (+ (- 1) ?x2050))))
(let (($x1373 (or $x1874 $x1424)))
(not $x1373))))))
(check-sat)
(reset)
