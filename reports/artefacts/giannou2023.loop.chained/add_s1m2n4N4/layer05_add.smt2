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
 (let ((?x3790 (* 2 |B2[2]|)))
(let ((?x2692 (* 4 |B2[1]|)))
(let ((?x3590 (* 8 |B2[0]|)))
(let ((?x3117 (* 2 |S_b[2]|)))
(let ((?x3670 (* 4 |S_b[1]|)))
(let ((?x3935 (* 8 |S_b[0]|)))
(let ((?x2145 (div (div (+ 30 ?x3935 ?x3670 ?x3117 |S_b[3]| ?x3590 ?x2692 ?x3790 |B2[3]|) 2) 8)))
(let ((?x499 (mod ?x2145 2)))
(let ((?x3728 (+ (- 18) ?x3935 ?x3670 ?x3117 |S_b[3]| ?x3590 ?x2692 ?x3790 |B2[3]|)))
(let ((?x1146 (ite (< 0 ?x3728) ?x3728 0)))
(let ((?x1999 (+ (- 16) ?x3935 ?x3670 ?x3117 |S_b[3]| ?x3590 ?x2692 ?x3790 |B2[3]|)))
(let ((?x1357 (ite (< 0 ?x1999) ?x1999 0)))
(let ((?x2410 (+ ?x3935 ?x3670 ?x3117 |S_b[3]| ?x3590 ?x2692 ?x3790 |B2[3]|)))
(let ((?x1624 (ite (< 0 ?x2410) ?x2410 0)))
(let ((?x1445 (+ (- 2) ?x3935 ?x3670 ?x3117 |S_b[3]| ?x3590 ?x2692 ?x3790 |B2[3]|)))
(let ((?x433 (ite (< 0 ?x1445) ?x1445 0)))
(let ((?x4906 (+ 14 ?x3935 ?x3670 ?x3117 |S_b[3]| ?x3590 ?x2692 ?x3790 |B2[3]|)))
(let ((?x4801 (ite (< 0 ?x4906) ?x4906 0)))
(let ((?x4444 (+ 16 ?x3935 ?x3670 ?x3117 |S_b[3]| ?x3590 ?x2692 ?x3790 |B2[3]|)))
(let ((?x573 (ite (< 0 ?x4444) ?x4444 0)))
(let ((?x2989 (+ ?x573 (* (- 1) ?x4801) ?x433 (* (- 1) ?x1624) ?x1357 (* (- 1) ?x1146) (* (- 2) ?x499))))
(let (($x2984 (= 0 ?x2989)))
(not $x2984))))))))))))))))))))))))
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
 (let ((?x3790 (* 2 |B2[2]|)))
(let ((?x2692 (* 4 |B2[1]|)))
(let ((?x3117 (* 2 |S_b[2]|)))
(let ((?x3670 (* 4 |S_b[1]|)))
(let ((?x681 (div (div (+ 14 ?x3670 ?x3117 |S_b[3]| ?x2692 ?x3790 |B2[3]|) 2) 4)))
(let ((?x774 (mod ?x681 2)))
(let ((?x383 (+ (- 10) ?x3670 ?x3117 |S_b[3]| ?x2692 ?x3790 |B2[3]|)))
(let ((?x1208 (ite (< 0 ?x383) ?x383 0)))
(let ((?x4486 (+ (- 8) ?x3670 ?x3117 |S_b[3]| ?x2692 ?x3790 |B2[3]|)))
(let ((?x446 (ite (< 0 ?x4486) ?x4486 0)))
(let ((?x752 (+ ?x3670 ?x3117 |S_b[3]| ?x2692 ?x3790 |B2[3]|)))
(let ((?x1931 (ite (< 0 ?x752) ?x752 0)))
(let ((?x633 (+ (- 2) ?x3670 ?x3117 |S_b[3]| ?x2692 ?x3790 |B2[3]|)))
(let ((?x231 (ite (< 0 ?x633) ?x633 0)))
(let ((?x3211 (+ 6 ?x3670 ?x3117 |S_b[3]| ?x2692 ?x3790 |B2[3]|)))
(let ((?x178 (ite (< 0 ?x3211) ?x3211 0)))
(let ((?x1269 (+ 8 ?x3670 ?x3117 |S_b[3]| ?x2692 ?x3790 |B2[3]|)))
(let ((?x1443 (ite (< 0 ?x1269) ?x1269 0)))
(let ((?x4281 (+ ?x1443 (* (- 1) ?x178) ?x231 (* (- 1) ?x1931) ?x446 (* (- 1) ?x1208) (* (- 2) ?x774))))
(let (($x3357 (= 0 ?x4281)))
(not $x3357))))))))))))))))))))))
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
 (let ((?x1835 (div (+ 6 (* 2 |S_b[2]|) |S_b[3]| (* 2 |B2[2]|) |B2[3]|) 2)))
(let ((?x2659 (mod (div ?x1835 2) 2)))
(let ((?x3790 (* 2 |B2[2]|)))
(let ((?x3117 (* 2 |S_b[2]|)))
(let ((?x3491 (+ (- 4) ?x3117 |S_b[3]| ?x3790 |B2[3]|)))
(let ((?x4529 (ite (< 0 ?x3491) ?x3491 0)))
(let ((?x3943 (+ ?x3117 |S_b[3]| ?x3790 |B2[3]|)))
(let ((?x4744 (ite (< 0 ?x3943) ?x3943 0)))
(let ((?x866 (+ (- 2) ?x3117 |S_b[3]| ?x3790 |B2[3]|)))
(let ((?x3958 (ite (< 0 ?x866) ?x866 0)))
(let ((?x1873 (+ 2 ?x3117 |S_b[3]| ?x3790 |B2[3]|)))
(let ((?x1777 (ite (< 0 ?x1873) ?x1873 0)))
(let ((?x407 (+ 4 ?x3117 |S_b[3]| ?x3790 |B2[3]|)))
(let ((?x2308 (ite (< 0 ?x407) ?x407 0)))
(let (($x1084 (= 0 (+ ?x2308 (* (- 1) ?x1777) ?x3958 (* (- 1) ?x4744) ?x4529 (* (- 2) ?x2659)))))
(not $x1084)))))))))))))))))
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
 (let ((?x1636 (mod (div (div (+ 2 |S_b[3]| |B2[3]|) 2) 1) 2)))
(let ((?x1206 (+ |S_b[3]| |B2[3]|)))
(let ((?x498 (ite (< 0 ?x1206) ?x1206 0)))
(let (($x1043 (= 0 (+ 2 |S_b[3]| |B2[3]| (* (- 2) ?x498) (* (- 2) ?x1636)))))
(not $x1043))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x288 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x435 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x751 (and $x435 $x288)))
(let (($x1170 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1203 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x120 (and $x1203 $x1170)))
(let (($x4456 (or $x120 $x751)))
(not $x4456)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2289 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3222 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2843 (and $x3222 $x2289)))
(let (($x211 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3821 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2925 (and $x3821 $x211)))
(let (($x4274 (or $x2925 $x2843)))
(not $x4274)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1297 (= 0 (+ 1 |mem1[0]|))))
(let (($x1213 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3437 (or $x1213 $x1297)))
(not $x3437)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1355 (= 0 (+ 1 |mem1[1]|))))
(let (($x2239 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2084 (or $x2239 $x1355)))
(not $x2084)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x489 (= 0 (+ 1 |mem1[2]|))))
(let (($x2030 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3334 (or $x2030 $x489)))
(not $x3334)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1618 (= 0 (+ 1 |mem1[3]|))))
(let (($x2356 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x2266 (or $x2356 $x1618)))
(not $x2266)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2467 (= 0 (+ 1 |mem2[0]|))))
(let (($x4820 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4229 (or $x4820 $x2467)))
(not $x4229)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4649 (= 0 (+ 1 |mem2[1]|))))
(let (($x852 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2891 (or $x852 $x4649)))
(not $x2891)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2946 (= 0 (+ 1 |mem2[2]|))))
(let (($x2471 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1367 (or $x2471 $x2946)))
(not $x1367)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1310 (= 0 (+ 1 |mem2[3]|))))
(let (($x3301 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x400 (or $x3301 $x1310)))
(not $x400)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1227 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x450 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3055 (and $x450 $x1227)))
(let (($x2558 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3256 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2404 (and $x3256 $x2558)))
(let (($x492 (or $x2404 $x3055)))
(not $x492)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x825 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4792 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3020 (and $x4792 $x825)))
(let (($x295 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2152 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4496 (and $x2152 $x295)))
(let (($x1296 (or $x4496 $x3020)))
(not $x1296)))))))))
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
 (let ((?x3790 (* 2 |B2[2]|)))
(let ((?x2692 (* 4 |B2[1]|)))
(let ((?x3590 (* 8 |B2[0]|)))
(let ((?x3117 (* 2 |S_b[2]|)))
(let ((?x3670 (* 4 |S_b[1]|)))
(let ((?x3935 (* 8 |S_b[0]|)))
(let ((?x2145 (div (div (+ 30 ?x3935 ?x3670 ?x3117 |S_b[3]| ?x3590 ?x2692 ?x3790 |B2[3]|) 2) 8)))
(let ((?x499 (mod ?x2145 2)))
(let (($x2231 (= 0 ?x499)))
(let (($x1118 (= 0 (+ (- 1) ?x499))))
(let (($x4268 (or $x1118 $x2231)))
(not $x4268)))))))))))))
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
 (let ((?x3790 (* 2 |B2[2]|)))
(let ((?x2692 (* 4 |B2[1]|)))
(let ((?x3117 (* 2 |S_b[2]|)))
(let ((?x3670 (* 4 |S_b[1]|)))
(let ((?x681 (div (div (+ 14 ?x3670 ?x3117 |S_b[3]| ?x2692 ?x3790 |B2[3]|) 2) 4)))
(let ((?x774 (mod ?x681 2)))
(let (($x3187 (= 0 ?x774)))
(let (($x5100 (= 0 (+ (- 1) ?x774))))
(let (($x158 (or $x5100 $x3187)))
(not $x158)))))))))))
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
 (let ((?x1835 (div (+ 6 (* 2 |S_b[2]|) |S_b[3]| (* 2 |B2[2]|) |B2[3]|) 2)))
(let ((?x2659 (mod (div ?x1835 2) 2)))
(let (($x2784 (= 0 ?x2659)))
(let (($x2417 (= 0 (+ (- 1) ?x2659))))
(let (($x3354 (or $x2417 $x2784)))
(not $x3354)))))))
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
 (let ((?x1636 (mod (div (div (+ 2 |S_b[3]| |B2[3]|) 2) 1) 2)))
(let (($x4809 (= 0 ?x1636)))
(let (($x3743 (= 0 (+ (- 1) ?x1636))))
(let (($x2313 (or $x3743 $x4809)))
(not $x2313))))))
(check-sat)
(reset)
