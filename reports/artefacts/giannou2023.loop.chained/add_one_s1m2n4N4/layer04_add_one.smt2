; add_one: B.B2[0] at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x1848 (* 2 |B1[2]|)))
(let ((?x1224 (* 4 |B1[1]|)))
(let ((?x1814 (* 8 |B1[0]|)))
(let ((?x471 (mod (div (div (+ 17 ?x1814 ?x1224 ?x1848 |B1[3]|) 2) 8) 2)))
(let ((?x3828 (+ (- 13) ?x1814 ?x1224 ?x1848 |B1[3]|)))
(let ((?x301 (ite (< 0 ?x3828) ?x3828 0)))
(let ((?x3372 (+ 1 ?x1814 ?x1224 ?x1848 |B1[3]|)))
(let ((?x6714 (ite (< 0 ?x3372) ?x3372 0)))
(let ((?x2549 (+ 3 ?x1814 ?x1224 ?x1848 |B1[3]|)))
(let ((?x5344 (ite (< 0 ?x2549) ?x2549 0)))
(let (($x4672 (= 0 (+ ?x5344 (* (- 1) ?x6714) (* (- 1) ?x301) (* (- 2) ?x471)))))
(not $x4672)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x6610 (div (div (+ 9 (* 4 |B1[1]|) (* 2 |B1[2]|) |B1[3]|) 2) 4)))
(let ((?x4920 (mod ?x6610 2)))
(let ((?x1848 (* 2 |B1[2]|)))
(let ((?x1224 (* 4 |B1[1]|)))
(let ((?x410 (+ (- 5) ?x1224 ?x1848 |B1[3]|)))
(let ((?x1557 (ite (< 0 ?x410) ?x410 0)))
(let ((?x5241 (+ 1 ?x1224 ?x1848 |B1[3]|)))
(let ((?x6871 (ite (< 0 ?x5241) ?x5241 0)))
(let ((?x1611 (+ 3 ?x1224 ?x1848 |B1[3]|)))
(let ((?x6523 (ite (< 0 ?x1611) ?x1611 0)))
(let (($x3089 (= 0 (+ ?x6523 (* (- 1) ?x6871) (* (- 1) ?x1557) (* (- 2) ?x4920)))))
(not $x3089)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x4310 (mod (div (div (+ 5 (* 2 |B1[2]|) |B1[3]|) 2) 2) 2)))
(let ((?x1848 (* 2 |B1[2]|)))
(let ((?x3450 (+ (- 1) ?x1848 |B1[3]|)))
(let ((?x6612 (ite (< 0 ?x3450) ?x3450 0)))
(let ((?x2929 (+ 1 ?x1848 |B1[3]|)))
(let ((?x3936 (ite (< 0 ?x2929) ?x2929 0)))
(let (($x339 (= 0 (+ 3 ?x1848 |B1[3]| (* (- 1) ?x3936) (* (- 1) ?x6612) (* (- 2) ?x4310)))))
(not $x339)))))))))
(check-sat)
(reset)
; add_one: B.B2[3] at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x1936 (+ (- 1) |B1[3]| (* 2 (mod (div (div (+ 3 |B1[3]|) 2) 1) 2)))))
(let (($x1278 (= 0 ?x1936)))
(not $x1278))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2467 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4271 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x636 (and $x4271 $x2467)))
(let (($x1602 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2002 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1900 (and $x2002 $x1602)))
(let (($x791 (or $x1900 $x636)))
(not $x791)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x5461 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3078 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1407 (and $x3078 $x5461)))
(let (($x716 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x431 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6827 (and $x431 $x716)))
(let (($x6532 (or $x6827 $x1407)))
(not $x6532)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x3289 (= 0 (+ 1 |mem1[0]|))))
(let (($x2278 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2590 (or $x2278 $x3289)))
(not $x2590)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x639 (= 0 (+ 1 |mem1[1]|))))
(let (($x3787 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4749 (or $x3787 $x639)))
(not $x4749)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x247 (= 0 (+ 1 |mem1[2]|))))
(let (($x1017 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x6362 (or $x1017 $x247)))
(not $x6362)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1008 (= 0 (+ 1 |mem1[3]|))))
(let (($x6709 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3002 (or $x6709 $x1008)))
(not $x3002)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2156 (= 0 (+ 1 |mem2[0]|))))
(let (($x526 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1784 (or $x526 $x2156)))
(not $x1784)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x4323 (= 0 (+ 1 |mem2[1]|))))
(let (($x2221 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x5932 (or $x2221 $x4323)))
(not $x5932)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3780 (= 0 (+ 1 |mem2[2]|))))
(let (($x555 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4656 (or $x555 $x3780)))
(not $x4656)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x1580 (= 0 (+ 1 |mem2[3]|))))
(let (($x5044 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x6303 (or $x5044 $x1580)))
(not $x6303)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4422 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5273 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6152 (and $x5273 $x4422)))
(let (($x1781 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x264 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6291 (and $x264 $x1781)))
(let (($x7 (or $x6291 $x6152)))
(not $x7)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x6322 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6901 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4184 (and $x6901 $x6322)))
(let (($x3674 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x680 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x987 (and $x680 $x3674)))
(let (($x4303 (or $x987 $x4184)))
(not $x4303)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x5091 (= 0 (+ 1 |S_a[0]|))))
(let (($x1927 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x6230 (or $x1927 $x5091)))
(not $x6230)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x315 (= 0 (+ 1 |S_a[1]|))))
(let (($x965 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x2490 (or $x965 $x315)))
(not $x2490)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x4110 (= 0 (+ 1 |S_a[2]|))))
(let (($x3887 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x386 (or $x3887 $x4110)))
(not $x386)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x2895 (= 0 (+ 1 |S_a[3]|))))
(let (($x5363 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x6910 (or $x5363 $x2895)))
(not $x6910)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x6145 (= 0 (+ 1 |S_b[0]|))))
(let (($x6094 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x947 (or $x6094 $x6145)))
(not $x947)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x5348 (= 0 (+ 1 |S_b[1]|))))
(let (($x5373 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x997 (or $x5373 $x5348)))
(not $x997)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2611 (= 0 (+ 1 |S_b[2]|))))
(let (($x5871 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x6328 (or $x5871 $x2611)))
(not $x6328)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x5031 (= 0 (+ 1 |S_b[3]|))))
(let (($x6466 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x4252 (or $x6466 $x5031)))
(not $x4252)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x306 (= 0 (+ 1 |B1[0]|))))
(let (($x4805 (= 0 (+ (- 1) |B1[0]|))))
(let (($x86 (or $x4805 $x306)))
(not $x86)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x3242 (= 0 (+ 1 |B1[1]|))))
(let (($x3354 (= 0 (+ (- 1) |B1[1]|))))
(let (($x1176 (or $x3354 $x3242)))
(not $x1176)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x6762 (= 0 (+ 1 |B1[2]|))))
(let (($x4456 (= 0 (+ (- 1) |B1[2]|))))
(let (($x5965 (or $x4456 $x6762)))
(not $x5965)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let (($x146 (= 0 (+ 1 |B1[3]|))))
(let (($x4973 (= 0 (+ (- 1) |B1[3]|))))
(let (($x2624 (or $x4973 $x146)))
(not $x2624)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x1848 (* 2 |B1[2]|)))
(let ((?x1224 (* 4 |B1[1]|)))
(let ((?x1814 (* 8 |B1[0]|)))
(let ((?x471 (mod (div (div (+ 17 ?x1814 ?x1224 ?x1848 |B1[3]|) 2) 8) 2)))
(let (($x4391 (= 0 ?x471)))
(let (($x233 (= 0 (+ (- 1) ?x471))))
(let (($x3532 (or $x233 $x4391)))
(not $x3532)))))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x6610 (div (div (+ 9 (* 4 |B1[1]|) (* 2 |B1[2]|) |B1[3]|) 2) 4)))
(let ((?x4920 (mod ?x6610 2)))
(let (($x2560 (= 0 ?x4920)))
(let (($x402 (= 0 (+ (- 1) ?x4920))))
(let (($x75 (or $x402 $x2560)))
(not $x75)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x4310 (mod (div (div (+ 5 (* 2 |B1[2]|) |B1[3]|) 2) 2) 2)))
(let (($x6797 (= 0 ?x4310)))
(let (($x311 (= 0 (+ (- 1) ?x4310))))
(let (($x4888 (or $x311 $x6797)))
(not $x4888))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[3]| () Int)
(assert
 (or (= |B1[3]| (- 1)) (= |B1[3]| 1)))
(assert
 (let ((?x1364 (mod (div (div (+ 3 |B1[3]|) 2) 1) 2)))
(let (($x6814 (= 0 ?x1364)))
(let (($x2219 (= 0 (+ (- 1) ?x1364))))
(let (($x4237 (or $x2219 $x6814)))
(not $x4237))))))
(check-sat)
(reset)
