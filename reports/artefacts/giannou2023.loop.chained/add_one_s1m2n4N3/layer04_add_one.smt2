; add_one: B.B2[0] at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x5519 (div (div (+ 9 (* 4 |B1[0]|) (* 2 |B1[1]|) |B1[2]|) 2) 4)))
(let ((?x6709 (mod ?x5519 2)))
(let ((?x5120 (* 2 |B1[1]|)))
(let ((?x5044 (* 4 |B1[0]|)))
(let ((?x951 (+ (- 5) ?x5044 ?x5120 |B1[2]|)))
(let ((?x3844 (ite (< 0 ?x951) ?x951 0)))
(let ((?x6657 (+ 1 ?x5044 ?x5120 |B1[2]|)))
(let ((?x3568 (ite (< 0 ?x6657) ?x6657 0)))
(let ((?x5897 (+ 3 ?x5044 ?x5120 |B1[2]|)))
(let ((?x247 (ite (< 0 ?x5897) ?x5897 0)))
(let (($x2045 (= 0 (+ ?x247 (* (- 1) ?x3568) (* (- 1) ?x3844) (* (- 2) ?x6709)))))
(not $x2045)))))))))))))
(check-sat)
(reset)
; add_one: B.B2[1] at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x2142 (mod (div (div (+ 5 (* 2 |B1[1]|) |B1[2]|) 2) 2) 2)))
(let ((?x5120 (* 2 |B1[1]|)))
(let ((?x6819 (+ (- 1) ?x5120 |B1[2]|)))
(let ((?x5195 (ite (< 0 ?x6819) ?x6819 0)))
(let ((?x3787 (+ 1 ?x5120 |B1[2]|)))
(let ((?x3372 (ite (< 0 ?x3787) ?x3787 0)))
(let (($x2002 (= 0 (+ 3 ?x5120 |B1[2]| (* (- 1) ?x3372) (* (- 1) ?x5195) (* (- 2) ?x2142)))))
(not $x2002)))))))))
(check-sat)
(reset)
; add_one: B.B2[2] at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x3289 (+ (- 1) |B1[2]| (* 2 (mod (div (div (+ 3 |B1[2]|) 2) 1) 2)))))
(let (($x2037 (= 0 ?x3289)))
(not $x2037))))
(check-sat)
(reset)
; add_one: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x6714 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4136 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4422 (and $x4136 $x6714)))
(let (($x1189 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2156 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6910 (and $x2156 $x1189)))
(let (($x2560 (or $x6910 $x4422)))
(not $x2560)))))))))
(check-sat)
(reset)
; add_one: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x771 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1377 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6328 (and $x1377 $x771)))
(let (($x5153 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3532 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x306 (and $x3532 $x5153)))
(let (($x636 (or $x306 $x6328)))
(not $x636)))))))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x150 (= 0 (+ 1 |mem1[0]|))))
(let (($x6599 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x185 (or $x6599 $x150)))
(not $x185)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x3724 (= 0 (+ 1 |mem1[1]|))))
(let (($x6195 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x6759 (or $x6195 $x3724)))
(not $x6759)))))
(check-sat)
(reset)
; add_one: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x1611 (= 0 (+ 1 |mem1[2]|))))
(let (($x3504 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x696 (or $x3504 $x1611)))
(not $x696)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x437 (= 0 (+ 1 |mem2[0]|))))
(let (($x2871 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4498 (or $x2871 $x437)))
(not $x4498)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1222 (= 0 (+ 1 |mem2[1]|))))
(let (($x5219 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3771 (or $x5219 $x1222)))
(not $x3771)))))
(check-sat)
(reset)
; add_one: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1464 (= 0 (+ 1 |mem2[2]|))))
(let (($x3188 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2414 (or $x3188 $x1464)))
(not $x2414)))))
(check-sat)
(reset)
; add_one: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4246 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6610 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x233 (and $x6610 $x4246)))
(let (($x2217 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1814 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5132 (and $x1814 $x2217)))
(let (($x5031 (or $x5132 $x233)))
(not $x5031)))))))))
(check-sat)
(reset)
; add_one: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1449 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1412 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4278 (and $x1412 $x1449)))
(let (($x2889 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5457 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1665 (and $x5457 $x2889)))
(let (($x502 (or $x1665 $x4278)))
(not $x502)))))))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x2866 (= 0 (+ 1 |S_a[0]|))))
(let (($x315 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x4656 (or $x315 $x2866)))
(not $x4656)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x776 (= 0 (+ 1 |S_a[1]|))))
(let (($x4110 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x4623 (or $x4110 $x776)))
(not $x4623)))))
(check-sat)
(reset)
; add_one: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x2088 (= 0 (+ 1 |S_a[2]|))))
(let (($x741 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x5241 (or $x741 $x2088)))
(not $x5241)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x2467 (= 0 (+ 1 |S_b[0]|))))
(let (($x2906 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x5825 (or $x2906 $x2467)))
(not $x5825)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x6872 (= 0 (+ 1 |S_b[1]|))))
(let (($x6247 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x386 (or $x6247 $x6872)))
(not $x386)))))
(check-sat)
(reset)
; add_one: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x6222 (= 0 (+ 1 |S_b[2]|))))
(let (($x256 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x6617 (or $x256 $x6222)))
(not $x6617)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (let (($x1034 (= 0 (+ 1 |B1[0]|))))
(let (($x5479 (= 0 (+ (- 1) |B1[0]|))))
(let (($x1784 (or $x5479 $x1034)))
(not $x1784)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (let (($x1936 (= 0 (+ 1 |B1[1]|))))
(let (($x1190 (= 0 (+ (- 1) |B1[1]|))))
(let (($x2490 (or $x1190 $x1936)))
(not $x2490)))))
(check-sat)
(reset)
; add_one: contract output: B1 in column 0 at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let (($x3878 (= 0 (+ 1 |B1[2]|))))
(let (($x3089 (= 0 (+ (- 1) |B1[2]|))))
(let (($x1688 (or $x3089 $x3878)))
(not $x1688)))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (28, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[0]| () Int)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[0]| (- 1)) (= |B1[0]| 1)))
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x5519 (div (div (+ 9 (* 4 |B1[0]|) (* 2 |B1[1]|) |B1[2]|) 2) 4)))
(let ((?x6709 (mod ?x5519 2)))
(let (($x3078 (= 0 ?x6709)))
(let (($x1557 (= 0 (+ (- 1) ?x6709))))
(let (($x402 (or $x1557 $x3078)))
(not $x402)))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (29, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[1]| () Int)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[1]| (- 1)) (= |B1[1]| 1)))
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x2142 (mod (div (div (+ 5 (* 2 |B1[1]|) |B1[2]|) 2) 2) 2)))
(let (($x3584 (= 0 ?x2142)))
(let (($x6911 (= 0 (+ (- 1) ?x2142))))
(let (($x4271 (or $x6911 $x3584)))
(not $x4271))))))
(check-sat)
(reset)
; add_one: contract output: B2 in column 0 at (30, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |B1[2]| () Int)
(assert
 (or (= |B1[2]| (- 1)) (= |B1[2]| 1)))
(assert
 (let ((?x639 (mod (div (div (+ 3 |B1[2]|) 2) 1) 2)))
(let (($x2652 (= 0 ?x639)))
(let (($x3776 (= 0 (+ (- 1) ?x639))))
(let (($x3982 (or $x3776 $x2652)))
(not $x3982))))))
(check-sat)
(reset)
