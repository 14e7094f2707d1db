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
 (let ((?x3692 (* 2 |B2[2]|)))
(let ((?x807 (* 4 |B2[1]|)))
(let ((?x4012 (* 8 |B2[0]|)))
(let ((?x3218 (* 2 |S_b[2]|)))
(let ((?x1247 (* 4 |S_b[1]|)))
(let ((?x2606 (* 8 |S_b[0]|)))
(let ((?x3897 (div (div (+ 30 ?x2606 ?x1247 ?x3218 |S_b[3]| ?x4012 ?x807 ?x3692 |B2[3]|) 2) 8)))
(let ((?x2278 (mod ?x3897 2)))
(let ((?x4108 (+ (- 18) ?x2606 ?x1247 ?x3218 |S_b[3]| ?x4012 ?x807 ?x3692 |B2[3]|)))
(let ((?x3141 (ite (< 0 ?x4108) ?x4108 0)))
(let ((?x1187 (+ (- 16) ?x2606 ?x1247 ?x3218 |S_b[3]| ?x4012 ?x807 ?x3692 |B2[3]|)))
(let ((?x3249 (ite (< 0 ?x1187) ?x1187 0)))
(let ((?x3177 (+ ?x2606 ?x1247 ?x3218 |S_b[3]| ?x4012 ?x807 ?x3692 |B2[3]|)))
(let ((?x1515 (ite (< 0 ?x3177) ?x3177 0)))
(let ((?x390 (+ (- 2) ?x2606 ?x1247 ?x3218 |S_b[3]| ?x4012 ?x807 ?x3692 |B2[3]|)))
(let ((?x2834 (ite (< 0 ?x390) ?x390 0)))
(let ((?x5047 (+ 14 ?x2606 ?x1247 ?x3218 |S_b[3]| ?x4012 ?x807 ?x3692 |B2[3]|)))
(let ((?x3352 (ite (< 0 ?x5047) ?x5047 0)))
(let ((?x1049 (+ 16 ?x2606 ?x1247 ?x3218 |S_b[3]| ?x4012 ?x807 ?x3692 |B2[3]|)))
(let ((?x3640 (ite (< 0 ?x1049) ?x1049 0)))
(let ((?x3126 (+ ?x3640 (* (- 1) ?x3352) ?x2834 (* (- 1) ?x1515) ?x3249 (* (- 1) ?x3141) (* (- 2) ?x2278))))
(let (($x1094 (= 0 ?x3126)))
(not $x1094))))))))))))))))))))))))
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
 (let ((?x3692 (* 2 |B2[2]|)))
(let ((?x807 (* 4 |B2[1]|)))
(let ((?x3218 (* 2 |S_b[2]|)))
(let ((?x1247 (* 4 |S_b[1]|)))
(let ((?x193 (div (div (+ 14 ?x1247 ?x3218 |S_b[3]| ?x807 ?x3692 |B2[3]|) 2) 4)))
(let ((?x784 (mod ?x193 2)))
(let ((?x1063 (+ (- 10) ?x1247 ?x3218 |S_b[3]| ?x807 ?x3692 |B2[3]|)))
(let ((?x841 (ite (< 0 ?x1063) ?x1063 0)))
(let ((?x704 (+ (- 8) ?x1247 ?x3218 |S_b[3]| ?x807 ?x3692 |B2[3]|)))
(let ((?x1251 (ite (< 0 ?x704) ?x704 0)))
(let ((?x4009 (+ ?x1247 ?x3218 |S_b[3]| ?x807 ?x3692 |B2[3]|)))
(let ((?x4575 (ite (< 0 ?x4009) ?x4009 0)))
(let ((?x4243 (+ (- 2) ?x1247 ?x3218 |S_b[3]| ?x807 ?x3692 |B2[3]|)))
(let ((?x4416 (ite (< 0 ?x4243) ?x4243 0)))
(let ((?x1458 (+ 6 ?x1247 ?x3218 |S_b[3]| ?x807 ?x3692 |B2[3]|)))
(let ((?x898 (ite (< 0 ?x1458) ?x1458 0)))
(let ((?x3725 (+ 8 ?x1247 ?x3218 |S_b[3]| ?x807 ?x3692 |B2[3]|)))
(let ((?x4294 (ite (< 0 ?x3725) ?x3725 0)))
(let ((?x3771 (+ ?x4294 (* (- 1) ?x898) ?x4416 (* (- 1) ?x4575) ?x1251 (* (- 1) ?x841) (* (- 2) ?x784))))
(let (($x4625 (= 0 ?x3771)))
(not $x4625))))))))))))))))))))))
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
 (let ((?x716 (div (+ 6 (* 2 |S_b[2]|) |S_b[3]| (* 2 |B2[2]|) |B2[3]|) 2)))
(let ((?x4723 (mod (div ?x716 2) 2)))
(let ((?x3692 (* 2 |B2[2]|)))
(let ((?x3218 (* 2 |S_b[2]|)))
(let ((?x1615 (+ (- 4) ?x3218 |S_b[3]| ?x3692 |B2[3]|)))
(let ((?x1111 (ite (< 0 ?x1615) ?x1615 0)))
(let ((?x3230 (+ ?x3218 |S_b[3]| ?x3692 |B2[3]|)))
(let ((?x2026 (ite (< 0 ?x3230) ?x3230 0)))
(let ((?x4386 (+ (- 2) ?x3218 |S_b[3]| ?x3692 |B2[3]|)))
(let ((?x4112 (ite (< 0 ?x4386) ?x4386 0)))
(let ((?x3631 (+ 2 ?x3218 |S_b[3]| ?x3692 |B2[3]|)))
(let ((?x897 (ite (< 0 ?x3631) ?x3631 0)))
(let ((?x3882 (+ 4 ?x3218 |S_b[3]| ?x3692 |B2[3]|)))
(let ((?x3936 (ite (< 0 ?x3882) ?x3882 0)))
(let (($x3637 (= 0 (+ ?x3936 (* (- 1) ?x897) ?x4112 (* (- 1) ?x2026) ?x1111 (* (- 2) ?x4723)))))
(not $x3637)))))))))))))))))
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
 (let ((?x242 (mod (div (div (+ 2 |S_b[3]| |B2[3]|) 2) 1) 2)))
(let ((?x2333 (+ |S_b[3]| |B2[3]|)))
(let ((?x3752 (ite (< 0 ?x2333) ?x2333 0)))
(let (($x1994 (= 0 (+ 2 |S_b[3]| |B2[3]| (* (- 2) ?x3752) (* (- 2) ?x242)))))
(not $x1994))))))
(check-sat)
(reset)
; add: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1031 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4122 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4298 (and $x4122 $x1031)))
(let (($x2063 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1719 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x477 (and $x1719 $x2063)))
(let (($x907 (or $x477 $x4298)))
(not $x907)))))))))
(check-sat)
(reset)
; add: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1548 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2369 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3608 (and $x2369 $x1548)))
(let (($x3993 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3452 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4515 (and $x3452 $x3993)))
(let (($x1549 (or $x4515 $x3608)))
(not $x1549)))))))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1651 (= 0 (+ 1 |mem1[0]|))))
(let (($x2420 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4408 (or $x2420 $x1651)))
(not $x4408)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x1874 (= 0 (+ 1 |mem1[1]|))))
(let (($x2641 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x1892 (or $x2641 $x1874)))
(not $x1892)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1122 (= 0 (+ 1 |mem1[2]|))))
(let (($x4477 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x3115 (or $x4477 $x1122)))
(not $x3115)))))
(check-sat)
(reset)
; add: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x1125 (= 0 (+ 1 |mem1[3]|))))
(let (($x659 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x1090 (or $x659 $x1125)))
(not $x1090)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x624 (= 0 (+ 1 |mem2[0]|))))
(let (($x178 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2814 (or $x178 $x624)))
(not $x2814)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x3113 (= 0 (+ 1 |mem2[1]|))))
(let (($x1230 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x452 (or $x1230 $x3113)))
(not $x452)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1357 (= 0 (+ 1 |mem2[2]|))))
(let (($x835 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x3838 (or $x835 $x1357)))
(not $x3838)))))
(check-sat)
(reset)
; add: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x327 (= 0 (+ 1 |mem2[3]|))))
(let (($x3409 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x987 (or $x3409 $x327)))
(not $x987)))))
(check-sat)
(reset)
; add: contract output: slot.a in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x994 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3386 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x726 (and $x3386 $x994)))
(let (($x629 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1508 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4254 (and $x1508 $x629)))
(let (($x211 (or $x4254 $x726)))
(not $x211)))))))))
(check-sat)
(reset)
; add: contract output: slot.b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1131 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4665 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4098 (and $x4665 $x1131)))
(let (($x3501 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3227 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3309 (and $x3227 $x3501)))
(let (($x1273 (or $x3309 $x4098)))
(not $x1273)))))))))
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
 (let ((?x3692 (* 2 |B2[2]|)))
(let ((?x807 (* 4 |B2[1]|)))
(let ((?x4012 (* 8 |B2[0]|)))
(let ((?x3218 (* 2 |S_b[2]|)))
(let ((?x1247 (* 4 |S_b[1]|)))
(let ((?x2606 (* 8 |S_b[0]|)))
(let ((?x3897 (div (div (+ 30 ?x2606 ?x1247 ?x3218 |S_b[3]| ?x4012 ?x807 ?x3692 |B2[3]|) 2) 8)))
(let ((?x2278 (mod ?x3897 2)))
(let (($x1144 (= 0 ?x2278)))
(let (($x2396 (= 0 (+ (- 1) ?x2278))))
(let (($x1864 (or $x2396 $x1144)))
(not $x1864)))))))))))))
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
 (let ((?x3692 (* 2 |B2[2]|)))
(let ((?x807 (* 4 |B2[1]|)))
(let ((?x3218 (* 2 |S_b[2]|)))
(let ((?x1247 (* 4 |S_b[1]|)))
(let ((?x193 (div (div (+ 14 ?x1247 ?x3218 |S_b[3]| ?x807 ?x3692 |B2[3]|) 2) 4)))
(let ((?x784 (mod ?x193 2)))
(let (($x1669 (= 0 ?x784)))
(let (($x645 (= 0 (+ (- 1) ?x784))))
(let (($x1761 (or $x645 $x1669)))
(not $x1761)))))))))))
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
 (let ((?x716 (div (+ 6 (* 2 |S_b[2]|) |S_b[3]| (* 2 |B2[2]|) |B2[3]|) 2)))
(let ((?x4723 (mod (div ?x716 2) 2)))
(let (($x2970 (= 0 ?x4723)))
(let (($x4190 (= 0 (+ (- 1) ?x4723))))
(let (($x828 (or $x4190 $x2970)))
(not $x828)))))))
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
 (let ((?x242 (mod (div (div (+ 2 |S_b[3]| |B2[3]|) 2) 1) 2)))
(let (($x2952 (= 0 ?x242)))
(let (($x315 (= 0 (+ (- 1) ?x242))))
(let (($x2288 (or $x315 $x2952)))
(not $x2288))))))
(check-sat)
(reset)
