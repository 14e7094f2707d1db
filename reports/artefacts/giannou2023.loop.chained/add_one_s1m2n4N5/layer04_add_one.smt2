; add_one: B.B2[0] at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
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
 (let ((?x486 (* 2 |B1[3]|)))
(let ((?x4717 (* 4 |B1[2]|)))
(let ((?x3038 (* 8 |B1[1]|)))
(let ((?x3601 (* 16 |B1[0]|)))
(let ((?x2796 (mod (div (div (+ 33 ?x3601 ?x3038 ?x4717 ?x486 |B1[4]|) 2) 16) 2)))
(let ((?x2686 (+ (- 29) ?x3601 ?x3038 ?x4717 ?x486 |B1[4]|)))
(let ((?x2646 (ite (< 0 ?x2686) ?x2686 0)))
(let ((?x1085 (+ 1 ?x3601 ?x3038 ?x4717 ?x486 |B1[4]|)))
(let ((?x4075 (ite (< 0 ?x1085) ?x1085 0)))
(let ((?x3225 (+ 3 ?x3601 ?x3038 ?x4717 ?x486 |B1[4]|)))
(let ((?x2152 (ite (< 0 ?x3225) ?x3225 0)))
(let (($x3618 (= 0 (+ ?x2152 (* (- 1) ?x4075) (* (- 1) ?x2646) (* (- 2) ?x2796)))))
(not $x3618))))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (37, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x486 (* 2 |B1[3]|)))
(let ((?x4717 (* 4 |B1[2]|)))
(let ((?x3038 (* 8 |B1[1]|)))
(let ((?x494 (mod (div (div (+ 17 ?x3038 ?x4717 ?x486 |B1[4]|) 2) 8) 2)))
(let ((?x4696 (+ (- 13) ?x3038 ?x4717 ?x486 |B1[4]|)))
(let ((?x3796 (ite (< 0 ?x4696) ?x4696 0)))
(let ((?x853 (+ 1 ?x3038 ?x4717 ?x486 |B1[4]|)))
(let ((?x4445 (ite (< 0 ?x853) ?x853 0)))
(let ((?x2266 (+ 3 ?x3038 ?x4717 ?x486 |B1[4]|)))
(let ((?x2862 (ite (< 0 ?x2266) ?x2266 0)))
(let (($x4660 (= 0 (+ ?x2862 (* (- 1) ?x4445) (* (- 1) ?x3796) (* (- 2) ?x494)))))
(not $x4660)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x3175 (div (div (+ 9 (* 4 |B1[2]|) (* 2 |B1[3]|) |B1[4]|) 2) 4)))
(let ((?x4051 (mod ?x3175 2)))
(let ((?x486 (* 2 |B1[3]|)))
(let ((?x4717 (* 4 |B1[2]|)))
(let ((?x2170 (+ (- 5) ?x4717 ?x486 |B1[4]|)))
(let ((?x852 (ite (< 0 ?x2170) ?x2170 0)))
(let ((?x1422 (+ 1 ?x4717 ?x486 |B1[4]|)))
(let ((?x1931 (ite (< 0 ?x1422) ?x1422 0)))
(let ((?x3590 (+ 3 ?x4717 ?x486 |B1[4]|)))
(let ((?x3000 (ite (< 0 ?x3590) ?x3590 0)))
(let (($x1203 (= 0 (+ ?x3000 (* (- 1) ?x1931) (* (- 1) ?x852) (* (- 2) ?x4051)))))
(not $x1203)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[3] at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x2129 (mod (div (div (+ 5 (* 2 |B1[3]|) |B1[4]|) 2) 2) 2)))
(let ((?x486 (* 2 |B1[3]|)))
(let ((?x2173 (+ (- 1) ?x486 |B1[4]|)))
(let ((?x2843 (ite (< 0 ?x2173) ?x2173 0)))
(let ((?x3204 (+ 1 ?x486 |B1[4]|)))
(let ((?x444 (ite (< 0 ?x3204) ?x3204 0)))
(let (($x883 (= 0 (+ 3 ?x486 |B1[4]| (* (- 1) ?x444) (* (- 1) ?x2843) (* (- 2) ?x2129)))))
(not $x883)))))))))
(check-sat)
(reset)
; add_one: B.B2[4] at (40, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x2877 (+ (- 1) |B1[4]| (* 2 (mod (div (div (+ 3 |B1[4]|) 2) 1) 2)))))
(let (($x3958 (= 0 ?x2877)))
(not $x3958))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4046 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x573 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1213 (and $x573 $x4046)))
(let (($x714 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3735 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2030 (and $x3735 $x714)))
(let (($x1357 (or $x2030 $x1213)))
(not $x1357)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4274 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3677 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1555 (and $x3677 $x4274)))
(let (($x2509 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4438 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1106 (and $x4438 $x2509)))
(let (($x1762 (or $x1106 $x1555)))
(not $x1762)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x743 (= 0 (+ 1 |mem1[0]|))))
(let (($x4513 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3277 (or $x4513 $x743)))
(not $x3277)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2817 (= 0 (+ 1 |mem1[1]|))))
(let (($x413 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1507 (or $x413 $x2817)))
(not $x1507)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x2207 (= 0 (+ 1 |mem1[2]|))))
(let (($x858 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x198 (or $x858 $x2207)))
(not $x198)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x2102 (= 0 (+ 1 |mem1[3]|))))
(let (($x4635 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2274 (or $x4635 $x2102)))
(not $x2274)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2398 (= 0 (+ 1 |mem1[4]|))))
(let (($x567 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4464 (or $x567 $x2398)))
(not $x4464)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x295 (= 0 (+ 1 |mem2[0]|))))
(let (($x2396 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2323 (or $x2396 $x295)))
(not $x2323)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x2474 (= 0 (+ 1 |mem2[1]|))))
(let (($x1589 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x822 (or $x1589 $x2474)))
(not $x822)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1034 (= 0 (+ 1 |mem2[2]|))))
(let (($x1456 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3613 (or $x1456 $x1034)))
(not $x3613)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x498 (= 0 (+ 1 |mem2[3]|))))
(let (($x3020 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x920 (or $x3020 $x498)))
(not $x920)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x1562 (= 0 (+ 1 |mem2[4]|))))
(let (($x2891 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x2494 (or $x2891 $x1562)))
(not $x2494)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3777 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x958 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3223 (and $x958 $x3777)))
(let (($x4268 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1851 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3658 (and $x1851 $x4268)))
(let (($x2422 (or $x3658 $x3223)))
(not $x2422)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4906 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x891 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4326 (and $x891 $x4906)))
(let (($x2966 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x271 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x400 (and $x271 $x2966)))
(let (($x319 (or $x400 $x4326)))
(not $x319)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x499 (= 0 (+ 1 |S_a[0]|))))
(let (($x4348 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x1197 (or $x4348 $x499)))
(not $x1197)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x4496 (= 0 (+ 1 |S_a[1]|))))
(let (($x2703 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x2435 (or $x2703 $x4496)))
(not $x2435)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x325 (= 0 (+ 1 |S_a[2]|))))
(let (($x2175 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x4229 (or $x2175 $x325)))
(not $x4229)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x522 (= 0 (+ 1 |S_a[3]|))))
(let (($x681 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x3895 (or $x681 $x522)))
(not $x3895)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x4433 (= 0 (+ 1 |S_a[4]|))))
(let (($x330 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x4560 (or $x330 $x4433)))
(not $x4560)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x5029 (= 0 (+ 1 |S_b[0]|))))
(let (($x1130 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x2689 (or $x1130 $x5029)))
(not $x2689)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x2402 (= 0 (+ 1 |S_b[1]|))))
(let (($x4612 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x3353 (or $x4612 $x2402)))
(not $x3353)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2231 (= 0 (+ 1 |S_b[2]|))))
(let (($x3317 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x1230 (or $x3317 $x2231)))
(not $x1230)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x1276 (= 0 (+ 1 |S_b[3]|))))
(let (($x4456 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x3772 (or $x4456 $x1276)))
(not $x3772)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x4159 (= 0 (+ 1 |S_b[4]|))))
(let (($x1043 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x3210 (or $x1043 $x4159)))
(not $x3210)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x2485 (= 0 (+ 1 |B1[0]|))))
(let (($x3337 (= 0 (+ (- 1) |B1[0]|))))
(let (($x4896 (or $x3337 $x2485)))
(not $x4896)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x4881 (= 0 (+ 1 |B1[1]|))))
(let (($x4779 (= 0 (+ (- 1) |B1[1]|))))
(let (($x433 (or $x4779 $x4881)))
(not $x433)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x1445 (= 0 (+ 1 |B1[2]|))))
(let (($x394 (= 0 (+ (- 1) |B1[2]|))))
(let (($x4393 (or $x394 $x1445)))
(not $x4393)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x2179 (= 0 (+ 1 |B1[3]|))))
(let (($x1245 (= 0 (+ (- 1) |B1[3]|))))
(let (($x2391 (or $x1245 $x2179)))
(not $x2391)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let (($x4064 (= 0 (+ 1 |B1[4]|))))
(let (($x1799 (= 0 (+ (- 1) |B1[4]|))))
(let (($x3222 (or $x1799 $x4064)))
(not $x3222)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
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
 (let ((?x486 (* 2 |B1[3]|)))
(let ((?x4717 (* 4 |B1[2]|)))
(let ((?x3038 (* 8 |B1[1]|)))
(let ((?x3601 (* 16 |B1[0]|)))
(let ((?x2796 (mod (div (div (+ 33 ?x3601 ?x3038 ?x4717 ?x486 |B1[4]|) 2) 16) 2)))
(let (($x3413 (= 0 ?x2796)))
(let (($x856 (= 0 (+ (- 1) ?x2796))))
(let (($x471 (or $x856 $x3413)))
(not $x471))))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (37, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x486 (* 2 |B1[3]|)))
(let ((?x4717 (* 4 |B1[2]|)))
(let ((?x3038 (* 8 |B1[1]|)))
(let ((?x494 (mod (div (div (+ 17 ?x3038 ?x4717 ?x486 |B1[4]|) 2) 8) 2)))
(let (($x3493 (= 0 ?x494)))
(let (($x2410 (= 0 (+ (- 1) ?x494))))
(let (($x3278 (or $x2410 $x3493)))
(not $x3278)))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x3175 (div (div (+ 9 (* 4 |B1[2]|) (* 2 |B1[3]|) |B1[4]|) 2) 4)))
(let ((?x4051 (mod ?x3175 2)))
(let (($x489 (= 0 ?x4051)))
(let (($x4198 (= 0 (+ (- 1) ?x4051))))
(let (($x2771 (or $x4198 $x489)))
(not $x2771)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x2129 (mod (div (div (+ 5 (* 2 |B1[3]|) |B1[4]|) 2) 2) 2)))
(let (($x2480 (= 0 ?x2129)))
(let (($x2970 (= 0 (+ (- 1) ?x2129))))
(let (($x2310 (or $x2970 $x2480)))
(not $x2310))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (40, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let ((?x3152 (mod (div (div (+ 3 |B1[4]|) 2) 1) 2)))
(let (($x3159 (= 0 ?x3152)))
(let (($x2495 (= 0 (+ (- 1) ?x3152))))
(let (($x1489 (or $x2495 $x3159)))
(not $x1489))))))
(check-sat)
(reset)
