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
 (let ((?x2408 (* 2 |B1[4]|)))
(let ((?x2834 (* 4 |B1[3]|)))
(let ((?x154 (* 8 |B1[2]|)))
(let ((?x2717 (* 16 |B1[1]|)))
(let ((?x978 (* 32 |B1[0]|)))
(let ((?x3954 (mod (div (div (+ 65 ?x978 ?x2717 ?x154 ?x2834 ?x2408 |B1[5]|) 2) 32) 2)))
(let ((?x1899 (+ (- 61) ?x978 ?x2717 ?x154 ?x2834 ?x2408 |B1[5]|)))
(let ((?x498 (ite (< 0 ?x1899) ?x1899 0)))
(let ((?x3428 (+ 1 ?x978 ?x2717 ?x154 ?x2834 ?x2408 |B1[5]|)))
(let ((?x3469 (ite (< 0 ?x3428) ?x3428 0)))
(let ((?x1462 (+ 3 ?x978 ?x2717 ?x154 ?x2834 ?x2408 |B1[5]|)))
(let ((?x3743 (ite (< 0 ?x1462) ?x1462 0)))
(let (($x696 (= 0 (+ ?x3743 (* (- 1) ?x3469) (* (- 1) ?x498) (* (- 2) ?x3954)))))
(not $x696)))))))))))))))
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
 (let ((?x2408 (* 2 |B1[4]|)))
(let ((?x2834 (* 4 |B1[3]|)))
(let ((?x154 (* 8 |B1[2]|)))
(let ((?x2717 (* 16 |B1[1]|)))
(let ((?x902 (mod (div (div (+ 33 ?x2717 ?x154 ?x2834 ?x2408 |B1[5]|) 2) 16) 2)))
(let ((?x1475 (+ (- 29) ?x2717 ?x154 ?x2834 ?x2408 |B1[5]|)))
(let ((?x2336 (ite (< 0 ?x1475) ?x1475 0)))
(let ((?x3675 (+ 1 ?x2717 ?x154 ?x2834 ?x2408 |B1[5]|)))
(let ((?x4057 (ite (< 0 ?x3675) ?x3675 0)))
(let ((?x1780 (+ 3 ?x2717 ?x154 ?x2834 ?x2408 |B1[5]|)))
(let ((?x4281 (ite (< 0 ?x1780) ?x1780 0)))
(let (($x4073 (= 0 (+ ?x4281 (* (- 1) ?x4057) (* (- 1) ?x2336) (* (- 2) ?x902)))))
(not $x4073))))))))))))))
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
 (let ((?x2408 (* 2 |B1[4]|)))
(let ((?x2834 (* 4 |B1[3]|)))
(let ((?x154 (* 8 |B1[2]|)))
(let ((?x1349 (mod (div (div (+ 17 ?x154 ?x2834 ?x2408 |B1[5]|) 2) 8) 2)))
(let ((?x2515 (+ (- 13) ?x154 ?x2834 ?x2408 |B1[5]|)))
(let ((?x3080 (ite (< 0 ?x2515) ?x2515 0)))
(let ((?x2204 (+ 1 ?x154 ?x2834 ?x2408 |B1[5]|)))
(let ((?x1041 (ite (< 0 ?x2204) ?x2204 0)))
(let ((?x2480 (+ 3 ?x154 ?x2834 ?x2408 |B1[5]|)))
(let ((?x2288 (ite (< 0 ?x2480) ?x2480 0)))
(let (($x1374 (= 0 (+ ?x2288 (* (- 1) ?x1041) (* (- 1) ?x3080) (* (- 2) ?x1349)))))
(not $x1374)))))))))))))
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
 (let ((?x2057 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x1584 (mod ?x2057 2)))
(let ((?x2408 (* 2 |B1[4]|)))
(let ((?x2834 (* 4 |B1[3]|)))
(let ((?x2152 (+ (- 5) ?x2834 ?x2408 |B1[5]|)))
(let ((?x3918 (ite (< 0 ?x2152) ?x2152 0)))
(let ((?x2947 (+ 1 ?x2834 ?x2408 |B1[5]|)))
(let ((?x1990 (ite (< 0 ?x2947) ?x2947 0)))
(let ((?x4212 (+ 3 ?x2834 ?x2408 |B1[5]|)))
(let ((?x2485 (ite (< 0 ?x4212) ?x4212 0)))
(let (($x1430 (= 0 (+ ?x2485 (* (- 1) ?x1990) (* (- 1) ?x3918) (* (- 2) ?x1584)))))
(not $x1430)))))))))))))
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
 (let ((?x4271 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let ((?x2408 (* 2 |B1[4]|)))
(let ((?x1423 (+ (- 1) ?x2408 |B1[5]|)))
(let ((?x2786 (ite (< 0 ?x1423) ?x1423 0)))
(let ((?x2688 (+ 1 ?x2408 |B1[5]|)))
(let ((?x3084 (ite (< 0 ?x2688) ?x2688 0)))
(let (($x3377 (= 0 (+ 3 ?x2408 |B1[5]| (* (- 1) ?x3084) (* (- 1) ?x2786) (* (- 2) ?x4271)))))
(not $x3377)))))))))
(check-sat)
(reset)
; add_one: B.B2[5] at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x2195 (+ (- 1) |B1[5]| (* 2 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))))
(let (($x318 (= 0 ?x2195)))
(not $x318))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2644 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4981 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4056 (and $x4981 $x2644)))
(let (($x3437 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4189 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x751 (and $x4189 $x3437)))
(let (($x4513 (or $x751 $x4056)))
(not $x4513)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1796 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2799 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2822 (and $x2799 $x1796)))
(let (($x4696 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4026 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1593 (and $x4026 $x4696)))
(let (($x1614 (or $x1593 $x2822)))
(not $x1614)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2165 (= 0 (+ 1 |mem1[0]|))))
(let (($x2725 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1068 (or $x2725 $x2165)))
(not $x1068)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x2965 (= 0 (+ 1 |mem1[1]|))))
(let (($x2745 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x2175 (or $x2745 $x2965)))
(not $x2175)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4672 (= 0 (+ 1 |mem1[2]|))))
(let (($x4544 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4715 (or $x4544 $x4672)))
(not $x4715)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x386 (= 0 (+ 1 |mem1[3]|))))
(let (($x2514 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x813 (or $x2514 $x386)))
(not $x813)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2509 (= 0 (+ 1 |mem1[4]|))))
(let (($x1873 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x3796 (or $x1873 $x2509)))
(not $x3796)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x3639 (= 0 (+ 1 |mem1[5]|))))
(let (($x1777 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x2220 (or $x1777 $x3639)))
(not $x2220)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3206 (= 0 (+ 1 |mem2[0]|))))
(let (($x3211 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5019 (or $x3211 $x3206)))
(not $x5019)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1354 (= 0 (+ 1 |mem2[1]|))))
(let (($x3735 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x1547 (or $x3735 $x1354)))
(not $x1547)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x2513 (= 0 (+ 1 |mem2[2]|))))
(let (($x1746 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1520 (or $x1746 $x2513)))
(not $x1520)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x98 (= 0 (+ 1 |mem2[3]|))))
(let (($x2173 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2887 (or $x2173 $x98)))
(not $x2887)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x4642 (= 0 (+ 1 |mem2[4]|))))
(let (($x2617 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1317 (or $x2617 $x4642)))
(not $x1317)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x2931 (= 0 (+ 1 |mem2[5]|))))
(let (($x2154 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x1721 (or $x2154 $x2931)))
(not $x1721)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1711 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3070 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3576 (and $x3070 $x1711)))
(let (($x4807 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2422 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x149 (and $x2422 $x4807)))
(let (($x316 (or $x149 $x3576)))
(not $x316)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2541 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2460 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x704 (and $x2460 $x2541)))
(let (($x1111 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2294 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1670 (and $x2294 $x1111)))
(let (($x3916 (or $x1670 $x704)))
(not $x3916)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x138 (= 0 (+ 1 |S_a[0]|))))
(let (($x4019 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x3761 (or $x4019 $x138)))
(not $x3761)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x1153 (= 0 (+ 1 |S_a[1]|))))
(let (($x2950 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x1202 (or $x2950 $x1153)))
(not $x1202)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x5011 (= 0 (+ 1 |S_a[2]|))))
(let (($x3248 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x3917 (or $x3248 $x5011)))
(not $x3917)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x2075 (= 0 (+ 1 |S_a[3]|))))
(let (($x3960 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x294 (or $x3960 $x2075)))
(not $x294)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x4286 (= 0 (+ 1 |S_a[4]|))))
(let (($x392 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x1264 (or $x392 $x4286)))
(not $x1264)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[5]| () Int)
(assert
 (or (= |S_a[5]| (- 1)) (= |S_a[5]| 1)))
(assert
 (let (($x3660 (= 0 (+ 1 |S_a[5]|))))
(let (($x2281 (= 0 (+ (- 1) |S_a[5]|))))
(let (($x2721 (or $x2281 $x3660)))
(not $x2721)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1772 (= 0 (+ 1 |S_b[0]|))))
(let (($x3311 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x3715 (or $x3311 $x1772)))
(not $x3715)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x782 (= 0 (+ 1 |S_b[1]|))))
(let (($x3256 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x3103 (or $x3256 $x782)))
(not $x3103)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x4117 (= 0 (+ 1 |S_b[2]|))))
(let (($x2143 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x2900 (or $x2143 $x4117)))
(not $x2900)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x2771 (= 0 (+ 1 |S_b[3]|))))
(let (($x315 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x2199 (or $x315 $x2771)))
(not $x2199)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x2657 (= 0 (+ 1 |S_b[4]|))))
(let (($x683 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x328 (or $x683 $x2657)))
(not $x328)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[5]| () Int)
(assert
 (or (= |S_b[5]| (- 1)) (= |S_b[5]| 1)))
(assert
 (let (($x4662 (= 0 (+ 1 |S_b[5]|))))
(let (($x3155 (= 0 (+ (- 1) |S_b[5]|))))
(let (($x3604 (or $x3155 $x4662)))
(not $x3604)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x3498 (= 0 (+ 1 |B1[0]|))))
(let (($x2263 (= 0 (+ (- 1) |B1[0]|))))
(let (($x3872 (or $x2263 $x3498)))
(not $x3872)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x3060 (= 0 (+ 1 |B1[1]|))))
(let (($x625 (= 0 (+ (- 1) |B1[1]|))))
(let (($x2116 (or $x625 $x3060)))
(not $x2116)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (36, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x1738 (= 0 (+ 1 |B1[2]|))))
(let (($x1678 (= 0 (+ (- 1) |B1[2]|))))
(let (($x97 (or $x1678 $x1738)))
(not $x97)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (37, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x4801 (= 0 (+ 1 |B1[3]|))))
(let (($x887 (= 0 (+ (- 1) |B1[3]|))))
(let (($x1434 (or $x887 $x4801)))
(not $x1434)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[4]| () Int)
(assert
 (or (= |B1[4]| (- 1)) (= |B1[4]| 1)))
(assert
 (let (($x2323 (= 0 (+ 1 |B1[4]|))))
(let (($x4444 (= 0 (+ (- 1) |B1[4]|))))
(let (($x3449 (or $x4444 $x2323)))
(not $x3449)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let (($x3415 (= 0 (+ 1 |B1[5]|))))
(let (($x800 (= 0 (+ (- 1) |B1[5]|))))
(let (($x590 (or $x800 $x3415)))
(not $x590)))))
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
 (let ((?x2408 (* 2 |B1[4]|)))
(let ((?x2834 (* 4 |B1[3]|)))
(let ((?x154 (* 8 |B1[2]|)))
(let ((?x2717 (* 16 |B1[1]|)))
(let ((?x978 (* 32 |B1[0]|)))
(let ((?x3954 (mod (div (div (+ 65 ?x978 ?x2717 ?x154 ?x2834 ?x2408 |B1[5]|) 2) 32) 2)))
(let (($x580 (= 0 ?x3954)))
(let (($x3037 (= 0 (+ (- 1) ?x3954))))
(let (($x1044 (or $x3037 $x580)))
(not $x1044)))))))))))
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
 (let ((?x2408 (* 2 |B1[4]|)))
(let ((?x2834 (* 4 |B1[3]|)))
(let ((?x154 (* 8 |B1[2]|)))
(let ((?x2717 (* 16 |B1[1]|)))
(let ((?x902 (mod (div (div (+ 33 ?x2717 ?x154 ?x2834 ?x2408 |B1[5]|) 2) 16) 2)))
(let (($x2981 (= 0 ?x902)))
(let (($x441 (= 0 (+ (- 1) ?x902))))
(let (($x2091 (or $x441 $x2981)))
(not $x2091))))))))))
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
 (let ((?x2408 (* 2 |B1[4]|)))
(let ((?x2834 (* 4 |B1[3]|)))
(let ((?x154 (* 8 |B1[2]|)))
(let ((?x1349 (mod (div (div (+ 17 ?x154 ?x2834 ?x2408 |B1[5]|) 2) 8) 2)))
(let (($x3540 (= 0 ?x1349)))
(let (($x511 (= 0 (+ (- 1) ?x1349))))
(let (($x1112 (or $x511 $x3540)))
(not $x1112)))))))))
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
 (let ((?x2057 (div (div (+ 9 (* 4 |B1[3]|) (* 2 |B1[4]|) |B1[5]|) 2) 4)))
(let ((?x1584 (mod ?x2057 2)))
(let (($x2682 (= 0 ?x1584)))
(let (($x3333 (= 0 (+ (- 1) ?x1584))))
(let (($x2250 (or $x3333 $x2682)))
(not $x2250)))))))
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
 (let ((?x4271 (mod (div (div (+ 5 (* 2 |B1[4]|) |B1[5]|) 2) 2) 2)))
(let (($x4840 (= 0 ?x4271)))
(let (($x3911 (= 0 (+ (- 1) ?x4271))))
(let (($x4881 (or $x3911 $x4840)))
(not $x4881))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[5]| () Int)
(assert
 (or (= |B1[5]| (- 1)) (= |B1[5]| 1)))
(assert
 (let ((?x3146 (mod (div (div (+ 3 |B1[5]|) 2) 1) 2)))
(let (($x4088 (= 0 ?x3146)))
(let (($x4428 (= 0 (+ (- 1) ?x3146))))
(let (($x119 (or $x4428 $x4088)))
(not $x119))))))
(check-sat)
(reset)
