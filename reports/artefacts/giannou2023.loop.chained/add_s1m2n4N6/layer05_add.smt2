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
 (let ((?x3184 (* 2 |B2[4]|)))
(let ((?x412 (* 4 |B2[3]|)))
(let ((?x1819 (* 8 |B2[2]|)))
(let ((?x774 (* 16 |B2[1]|)))
(let ((?x5019 (* 32 |B2[0]|)))
(let ((?x613 (* 2 |S_b[4]|)))
(let ((?x2478 (* 4 |S_b[3]|)))
(let ((?x5073 (* 8 |S_b[2]|)))
(let ((?x4289 (* 16 |S_b[1]|)))
(let ((?x335 (* 32 |S_b[0]|)))
(let ((?x2402 (+ 126 ?x335 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x5019 ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x1087 (mod (div (div ?x2402 2) 32) 2)))
(let ((?x1881 (+ (- 66) ?x335 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x5019 ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x751 (ite (< 0 ?x1881) ?x1881 0)))
(let ((?x1717 (+ (- 64) ?x335 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x5019 ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x441 (ite (< 0 ?x1717) ?x1717 0)))
(let ((?x1266 (+ ?x335 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x5019 ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x2995 (ite (< 0 ?x1266) ?x1266 0)))
(let ((?x3097 (+ (- 2) ?x335 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x5019 ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x3222 (ite (< 0 ?x3097) ?x3097 0)))
(let ((?x3425 (+ 62 ?x335 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x5019 ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x4918 (ite (< 0 ?x3425) ?x3425 0)))
(let ((?x1766 (+ 64 ?x335 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x5019 ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x3456 (ite (< 0 ?x1766) ?x1766 0)))
(let ((?x1555 (+ ?x3456 (* (- 1) ?x4918) ?x3222 (* (- 1) ?x2995) ?x441 (* (- 1) ?x751) (* (- 2) ?x1087))))
(let (($x600 (= 0 ?x1555)))
(not $x600))))))))))))))))))))))))))))
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
 (let ((?x3184 (* 2 |B2[4]|)))
(let ((?x412 (* 4 |B2[3]|)))
(let ((?x1819 (* 8 |B2[2]|)))
(let ((?x774 (* 16 |B2[1]|)))
(let ((?x613 (* 2 |S_b[4]|)))
(let ((?x2478 (* 4 |S_b[3]|)))
(let ((?x5073 (* 8 |S_b[2]|)))
(let ((?x4289 (* 16 |S_b[1]|)))
(let ((?x1636 (div (+ 62 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x774 ?x1819 ?x412 ?x3184 |B2[5]|) 2)))
(let ((?x4779 (mod (div ?x1636 16) 2)))
(let ((?x4649 (+ (- 34) ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x2722 (ite (< 0 ?x4649) ?x4649 0)))
(let ((?x1044 (+ (- 32) ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x219 (ite (< 0 ?x1044) ?x1044 0)))
(let ((?x1406 (+ ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x2925 (ite (< 0 ?x1406) ?x1406 0)))
(let ((?x1541 (+ (- 2) ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x3211 (ite (< 0 ?x1541) ?x1541 0)))
(let ((?x793 (+ 30 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x1589 (ite (< 0 ?x793) ?x793 0)))
(let ((?x2853 (+ 32 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x1966 (ite (< 0 ?x2853) ?x2853 0)))
(let ((?x4067 (+ ?x1966 (* (- 1) ?x1589) ?x3211 (* (- 1) ?x2925) ?x219 (* (- 1) ?x2722) (* (- 2) ?x4779))))
(let (($x2339 (= 0 ?x4067)))
(not $x2339))))))))))))))))))))))))))
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
 (let ((?x3184 (* 2 |B2[4]|)))
(let ((?x412 (* 4 |B2[3]|)))
(let ((?x1819 (* 8 |B2[2]|)))
(let ((?x613 (* 2 |S_b[4]|)))
(let ((?x2478 (* 4 |S_b[3]|)))
(let ((?x5073 (* 8 |S_b[2]|)))
(let ((?x2405 (div (div (+ 30 ?x5073 ?x2478 ?x613 |S_b[5]| ?x1819 ?x412 ?x3184 |B2[5]|) 2) 8)))
(let ((?x3986 (mod ?x2405 2)))
(let ((?x2240 (+ (- 18) ?x5073 ?x2478 ?x613 |S_b[5]| ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x4142 (ite (< 0 ?x2240) ?x2240 0)))
(let ((?x2310 (+ (- 16) ?x5073 ?x2478 ?x613 |S_b[5]| ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x2293 (ite (< 0 ?x2310) ?x2310 0)))
(let ((?x1733 (+ ?x5073 ?x2478 ?x613 |S_b[5]| ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x3365 (ite (< 0 ?x1733) ?x1733 0)))
(let ((?x2289 (+ (- 2) ?x5073 ?x2478 ?x613 |S_b[5]| ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x1384 (ite (< 0 ?x2289) ?x2289 0)))
(let ((?x2984 (+ 14 ?x5073 ?x2478 ?x613 |S_b[5]| ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x2048 (ite (< 0 ?x2984) ?x2984 0)))
(let ((?x1599 (+ 16 ?x5073 ?x2478 ?x613 |S_b[5]| ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x3703 (ite (< 0 ?x1599) ?x1599 0)))
(let ((?x3883 (+ ?x3703 (* (- 1) ?x2048) ?x1384 (* (- 1) ?x3365) ?x2293 (* (- 1) ?x4142) (* (- 2) ?x3986))))
(let (($x568 (= 0 ?x3883)))
(not $x568))))))))))))))))))))))))
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
 (let ((?x3184 (* 2 |B2[4]|)))
(let ((?x412 (* 4 |B2[3]|)))
(let ((?x613 (* 2 |S_b[4]|)))
(let ((?x2478 (* 4 |S_b[3]|)))
(let ((?x2729 (div (div (+ 14 ?x2478 ?x613 |S_b[5]| ?x412 ?x3184 |B2[5]|) 2) 4)))
(let ((?x2507 (mod ?x2729 2)))
(let ((?x3150 (+ (- 10) ?x2478 ?x613 |S_b[5]| ?x412 ?x3184 |B2[5]|)))
(let ((?x1174 (ite (< 0 ?x3150) ?x3150 0)))
(let ((?x1443 (+ (- 8) ?x2478 ?x613 |S_b[5]| ?x412 ?x3184 |B2[5]|)))
(let ((?x814 (ite (< 0 ?x1443) ?x1443 0)))
(let ((?x4004 (+ ?x2478 ?x613 |S_b[5]| ?x412 ?x3184 |B2[5]|)))
(let ((?x837 (ite (< 0 ?x4004) ?x4004 0)))
(let ((?x3110 (+ (- 2) ?x2478 ?x613 |S_b[5]| ?x412 ?x3184 |B2[5]|)))
(let ((?x3511 (ite (< 0 ?x3110) ?x3110 0)))
(let ((?x4593 (+ 6 ?x2478 ?x613 |S_b[5]| ?x412 ?x3184 |B2[5]|)))
(let ((?x1114 (ite (< 0 ?x4593) ?x4593 0)))
(let ((?x2288 (+ 8 ?x2478 ?x613 |S_b[5]| ?x412 ?x3184 |B2[5]|)))
(let ((?x3699 (ite (< 0 ?x2288) ?x2288 0)))
(let ((?x4064 (+ ?x3699 (* (- 1) ?x1114) ?x3511 (* (- 1) ?x837) ?x814 (* (- 1) ?x1174) (* (- 2) ?x2507))))
(let (($x3304 (= 0 ?x4064)))
(not $x3304))))))))))))))))))))))
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
 (let ((?x2944 (div (+ 6 (* 2 |S_b[4]|) |S_b[5]| (* 2 |B2[4]|) |B2[5]|) 2)))
(let ((?x1340 (mod (div ?x2944 2) 2)))
(let ((?x3184 (* 2 |B2[4]|)))
(let ((?x613 (* 2 |S_b[4]|)))
(let ((?x1539 (+ (- 4) ?x613 |S_b[5]| ?x3184 |B2[5]|)))
(let ((?x2170 (ite (< 0 ?x1539) ?x1539 0)))
(let ((?x892 (+ ?x613 |S_b[5]| ?x3184 |B2[5]|)))
(let ((?x2274 (ite (< 0 ?x892) ?x892 0)))
(let ((?x3277 (+ (- 2) ?x613 |S_b[5]| ?x3184 |B2[5]|)))
(let ((?x2964 (ite (< 0 ?x3277) ?x3277 0)))
(let ((?x104 (+ 2 ?x613 |S_b[5]| ?x3184 |B2[5]|)))
(let ((?x231 (ite (< 0 ?x104) ?x104 0)))
(let ((?x1635 (+ 4 ?x613 |S_b[5]| ?x3184 |B2[5]|)))
(let ((?x4434 (ite (< 0 ?x1635) ?x1635 0)))
(let (($x53 (= 0 (+ ?x4434 (* (- 1) ?x231) ?x2964 (* (- 1) ?x2274) ?x2170 (* (- 2) ?x1340)))))
(not $x53)))))))))))))))))
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
 (let ((?x2423 (mod (div (div (+ 2 |S_b[5]| |B2[5]|) 2) 1) 2)))
(let ((?x2601 (+ |S_b[5]| |B2[5]|)))
(let ((?x2704 (ite (< 0 ?x2601) ?x2601 0)))
(let (($x2934 (= 0 (+ 2 |S_b[5]| |B2[5]| (* (- 2) ?x2704) (* (- 2) ?x2423)))))
(not $x2934))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2502 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3136 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x259 (and $x3136 $x2502)))
(let (($x4516 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3168 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x936 (and $x3168 $x4516)))
(let (($x1316 (or $x936 $x259)))
(not $x1316)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1263 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2698 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x721 (and $x2698 $x1263)))
(let (($x853 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x471 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1828 (and $x471 $x853)))
(let (($x2052 (or $x1828 $x721)))
(not $x2052)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x2448 (= 0 (+ 1 |mem1[0]|))))
(let (($x1227 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x1991 (or $x1227 $x2448)))
(not $x1991)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x191 (= 0 (+ 1 |mem1[1]|))))
(let (($x1025 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4639 (or $x1025 $x191)))
(not $x4639)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x3598 (= 0 (+ 1 |mem1[2]|))))
(let (($x2524 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4006 (or $x2524 $x3598)))
(not $x4006)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x336 (= 0 (+ 1 |mem1[3]|))))
(let (($x3991 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1288 (or $x3991 $x336)))
(not $x1288)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2542 (= 0 (+ 1 |mem1[4]|))))
(let (($x1039 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x2409 (or $x1039 $x2542)))
(not $x2409)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x331 (= 0 (+ 1 |mem1[5]|))))
(let (($x2703 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x604 (or $x2703 $x331)))
(not $x604)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3958 (= 0 (+ 1 |mem2[0]|))))
(let (($x3856 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x313 (or $x3856 $x3958)))
(not $x313)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1601 (= 0 (+ 1 |mem2[1]|))))
(let (($x1745 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x390 (or $x1745 $x1601)))
(not $x390)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1618 (= 0 (+ 1 |mem2[2]|))))
(let (($x1948 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x439 (or $x1948 $x1618)))
(not $x439)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x4405 (= 0 (+ 1 |mem2[3]|))))
(let (($x1188 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2286 (or $x1188 $x4405)))
(not $x2286)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x3330 (= 0 (+ 1 |mem2[4]|))))
(let (($x2548 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x400 (or $x2548 $x3330)))
(not $x400)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x3490 (= 0 (+ 1 |mem2[5]|))))
(let (($x148 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x320 (or $x148 $x3490)))
(not $x320)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2467 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2075 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2517 (and $x2075 $x2467)))
(let (($x560 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3944 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x164 (and $x3944 $x560)))
(let (($x3636 (or $x164 $x2517)))
(not $x3636)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x888 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x515 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1169 (and $x515 $x888)))
(let (($x267 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1416 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x271 (and $x1416 $x267)))
(let (($x1272 (or $x271 $x1169)))
(not $x1272)))))))))
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
 (let ((?x3184 (* 2 |B2[4]|)))
(let ((?x412 (* 4 |B2[3]|)))
(let ((?x1819 (* 8 |B2[2]|)))
(let ((?x774 (* 16 |B2[1]|)))
(let ((?x5019 (* 32 |B2[0]|)))
(let ((?x613 (* 2 |S_b[4]|)))
(let ((?x2478 (* 4 |S_b[3]|)))
(let ((?x5073 (* 8 |S_b[2]|)))
(let ((?x4289 (* 16 |S_b[1]|)))
(let ((?x335 (* 32 |S_b[0]|)))
(let ((?x2402 (+ 126 ?x335 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x5019 ?x774 ?x1819 ?x412 ?x3184 |B2[5]|)))
(let ((?x1087 (mod (div (div ?x2402 2) 32) 2)))
(let (($x3760 (= 0 ?x1087)))
(let (($x2210 (= 0 (+ (- 1) ?x1087))))
(let (($x2134 (or $x2210 $x3760)))
(not $x2134)))))))))))))))))
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
 (let ((?x3184 (* 2 |B2[4]|)))
(let ((?x412 (* 4 |B2[3]|)))
(let ((?x1819 (* 8 |B2[2]|)))
(let ((?x774 (* 16 |B2[1]|)))
(let ((?x613 (* 2 |S_b[4]|)))
(let ((?x2478 (* 4 |S_b[3]|)))
(let ((?x5073 (* 8 |S_b[2]|)))
(let ((?x4289 (* 16 |S_b[1]|)))
(let ((?x1636 (div (+ 62 ?x4289 ?x5073 ?x2478 ?x613 |S_b[5]| ?x774 ?x1819 ?x412 ?x3184 |B2[5]|) 2)))
(let ((?x4779 (mod (div ?x1636 16) 2)))
(let (($x1469 (= 0 ?x4779)))
(let (($x4111 (= 0 (+ (- 1) ?x4779))))
(let (($x729 (or $x4111 $x1469)))
(not $x729)))))))))))))))
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
 (let ((?x3184 (* 2 |B2[4]|)))
(let ((?x412 (* 4 |B2[3]|)))
(let ((?x1819 (* 8 |B2[2]|)))
(let ((?x613 (* 2 |S_b[4]|)))
(let ((?x2478 (* 4 |S_b[3]|)))
(let ((?x5073 (* 8 |S_b[2]|)))
(let ((?x2405 (div (div (+ 30 ?x5073 ?x2478 ?x613 |S_b[5]| ?x1819 ?x412 ?x3184 |B2[5]|) 2) 8)))
(let ((?x3986 (mod ?x2405 2)))
(let (($x3209 (= 0 ?x3986)))
(let (($x3210 (= 0 (+ (- 1) ?x3986))))
(let (($x1562 (or $x3210 $x3209)))
(not $x1562)))))))))))))
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
 (let ((?x3184 (* 2 |B2[4]|)))
(let ((?x412 (* 4 |B2[3]|)))
(let ((?x613 (* 2 |S_b[4]|)))
(let ((?x2478 (* 4 |S_b[3]|)))
(let ((?x2729 (div (div (+ 14 ?x2478 ?x613 |S_b[5]| ?x412 ?x3184 |B2[5]|) 2) 4)))
(let ((?x2507 (mod ?x2729 2)))
(let (($x3031 (= 0 ?x2507)))
(let (($x3590 (= 0 (+ (- 1) ?x2507))))
(let (($x2199 (or $x3590 $x3031)))
(not $x2199)))))))))))
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
 (let ((?x2944 (div (+ 6 (* 2 |S_b[4]|) |S_b[5]| (* 2 |B2[4]|) |B2[5]|) 2)))
(let ((?x1340 (mod (div ?x2944 2) 2)))
(let (($x2919 (= 0 ?x1340)))
(let (($x3777 (= 0 (+ (- 1) ?x1340))))
(let (($x126 (or $x3777 $x2919)))
(not $x126)))))))
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
 (let ((?x2423 (mod (div (div (+ 2 |S_b[5]| |B2[5]|) 2) 1) 2)))
(let (($x4212 (= 0 ?x2423)))
(let (($x1754 (= 0 (+ (- 1) ?x2423))))
(let (($x4668 (or $x1754 $x4212)))
(not $x4668))))))
(check-sat)
(reset)
