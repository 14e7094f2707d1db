; write: M[0] at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4566 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x4385 (ite (< 0 ?x4566) ?x4566 0)))
(let (($x2940 (= 1 slot.b)))
(let ((?x3941 (ite $x2940 ?x4385 0)))
(let ((?x3089 (ite $x2940 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x4385) 0)))
(let ((?x1799 (+ |mem1[0]| ?x3089 (* (- 1) ?x3941) (* (- 1) (ite $x2940 |S_b[0]| |mem1[0]|)))))
(let (($x3592 (= 0 ?x1799)))
(not $x3592)))))))))
(check-sat)
(reset)
; write: M[0] at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2028 (* (- 1) |S_b[0]|)))
(let ((?x2996 (+ |mem2[0]| ?x2028)))
(let ((?x2171 (ite (< 0 ?x2996) ?x2996 0)))
(let (($x2940 (= 1 slot.b)))
(let ((?x133 (ite $x2940 0 ?x2171)))
(let ((?x999 (ite $x2940 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x2171))))
(let ((?x2800 (+ |mem2[0]| ?x999 (* (- 1) ?x133) (* (- 1) (ite $x2940 |mem2[0]| |S_b[0]|)))))
(let (($x2981 (= 0 ?x2800)))
(not $x2981))))))))))
(check-sat)
(reset)
; write: M[1] at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3744 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x5408 (ite (< 0 ?x3744) ?x3744 0)))
(let (($x2940 (= 1 slot.b)))
(let ((?x1260 (ite $x2940 ?x5408 0)))
(let ((?x4350 (ite $x2940 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x5408) 0)))
(let ((?x4878 (+ |mem1[1]| ?x4350 (* (- 1) ?x1260) (* (- 1) (ite $x2940 |S_b[1]| |mem1[1]|)))))
(let (($x4077 (= 0 ?x4878)))
(not $x4077)))))))))
(check-sat)
(reset)
; write: M[1] at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3846 (* (- 1) |S_b[1]|)))
(let ((?x2709 (+ |mem2[1]| ?x3846)))
(let ((?x173 (ite (< 0 ?x2709) ?x2709 0)))
(let (($x2940 (= 1 slot.b)))
(let ((?x204 (ite $x2940 0 ?x173)))
(let ((?x3087 (ite $x2940 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x173))))
(let ((?x2695 (+ |mem2[1]| ?x3087 (* (- 1) ?x204) (* (- 1) (ite $x2940 |mem2[1]| |S_b[1]|)))))
(let (($x5149 (= 0 ?x2695)))
(not $x5149))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2500 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2173 (ite (< 0 ?x2500) ?x2500 0)))
(let ((?x2028 (* (- 1) |S_b[0]|)))
(let ((?x2412 (* (- 1) |mem2[0]|)))
(let ((?x206 (+ |mem1[0]| |S_b[0]|)))
(let ((?x2016 (ite (< 0 ?x206) ?x206 0)))
(let ((?x531 (* (- 1) |mem1[0]|)))
(let (($x2940 (= 1 slot.b)))
(let ((?x1381 (ite $x2940 (+ ?x531 ?x2028 ?x2016) (+ ?x2412 ?x2028 ?x2173))))
(let ((?x1183 (ite $x2940 ?x206 ?x2500)))
(let (($x3812 (= 0 (+ ?x1183 (* (- 1) (ite $x2940 ?x2016 ?x2173)) ?x1381))))
(not $x3812)))))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (22, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x206 (+ |mem1[0]| |S_b[0]|)))
(let ((?x2016 (ite (< 0 ?x206) ?x206 0)))
(let ((?x2028 (* (- 1) |S_b[0]|)))
(let ((?x531 (* (- 1) |mem1[0]|)))
(let ((?x43 (+ ?x531 ?x2028 ?x2016)))
(let (($x2940 (= 1 slot.b)))
(let ((?x4373 (ite $x2940 ?x43 (+ 1 ?x531))))
(let ((?x1805 (ite $x2940 ?x206 (* 2 |mem1[0]|))))
(let (($x3620 (= 0 (+ ?x1805 (* (- 1) (ite $x2940 ?x2016 (+ 1 |mem1[0]|))) ?x4373))))
(not $x3620)))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (22, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2500 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2173 (ite (< 0 ?x2500) ?x2500 0)))
(let ((?x2028 (* (- 1) |S_b[0]|)))
(let ((?x2412 (* (- 1) |mem2[0]|)))
(let ((?x1837 (+ ?x2412 ?x2028 ?x2173)))
(let (($x2940 (= 1 slot.b)))
(let ((?x4745 (ite $x2940 (+ 1 ?x2412) ?x1837)))
(let ((?x2958 (ite $x2940 (* 2 |mem2[0]|) ?x2500)))
(let (($x927 (= 0 (+ ?x2958 (* (- 1) (ite $x2940 (+ 1 |mem2[0]|) ?x2173)) ?x4745))))
(not $x927)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x655 (+ |mem2[1]| |S_b[1]|)))
(let ((?x2330 (ite (< 0 ?x655) ?x655 0)))
(let ((?x3846 (* (- 1) |S_b[1]|)))
(let ((?x4044 (* (- 1) |mem2[1]|)))
(let ((?x2117 (+ |mem1[1]| |S_b[1]|)))
(let ((?x665 (ite (< 0 ?x2117) ?x2117 0)))
(let ((?x1891 (* (- 1) |mem1[1]|)))
(let (($x2940 (= 1 slot.b)))
(let ((?x1412 (ite $x2940 (+ ?x1891 ?x3846 ?x665) (+ ?x4044 ?x3846 ?x2330))))
(let ((?x4693 (ite $x2940 ?x2117 ?x655)))
(let (($x4437 (= 0 (+ ?x4693 (* (- 1) (ite $x2940 ?x665 ?x2330)) ?x1412))))
(not $x4437)))))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (23, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2117 (+ |mem1[1]| |S_b[1]|)))
(let ((?x665 (ite (< 0 ?x2117) ?x2117 0)))
(let ((?x3846 (* (- 1) |S_b[1]|)))
(let ((?x1891 (* (- 1) |mem1[1]|)))
(let ((?x3536 (+ ?x1891 ?x3846 ?x665)))
(let (($x2940 (= 1 slot.b)))
(let ((?x3351 (ite $x2940 ?x3536 (+ 1 ?x1891))))
(let ((?x1046 (ite $x2940 ?x2117 (* 2 |mem1[1]|))))
(let (($x4517 (= 0 (+ ?x1046 (* (- 1) (ite $x2940 ?x665 (+ 1 |mem1[1]|))) ?x3351))))
(not $x4517)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (23, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x655 (+ |mem2[1]| |S_b[1]|)))
(let ((?x2330 (ite (< 0 ?x655) ?x655 0)))
(let ((?x3846 (* (- 1) |S_b[1]|)))
(let ((?x4044 (* (- 1) |mem2[1]|)))
(let ((?x236 (+ ?x4044 ?x3846 ?x2330)))
(let (($x2940 (= 1 slot.b)))
(let ((?x269 (ite $x2940 (+ 1 ?x4044) ?x236)))
(let ((?x5015 (ite $x2940 (* 2 |mem2[1]|) ?x655)))
(let (($x1504 (= 0 (+ ?x5015 (* (- 1) (ite $x2940 (+ 1 |mem2[1]|) ?x2330)) ?x269))))
(not $x1504)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x3167 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x378 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3735 (and $x378 $x3167)))
(let (($x2274 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x4272 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4085 (and $x4272 $x2274)))
(let (($x1985 (or $x4085 $x3735)))
(not $x1985)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1971 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x626 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x145 (and $x626 $x1971)))
(let (($x1388 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x550 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x300 (and $x550 $x1388)))
(let (($x4747 (or $x300 $x145)))
(not $x4747)))))))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1914 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x5376 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x4075 (or $x5376 $x1914)))
(not $x4075)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5569 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x4521 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x646 (or $x4521 $x5569)))
(not $x646)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5486 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x5540 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x3364 (or $x5540 $x5486)))
(not $x3364)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x1554 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x5166 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x2596 (or $x5166 $x1554)))
(not $x2596)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3102 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4115 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1098 (and $x4115 $x3102)))
(let (($x3217 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2990 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2114 (and $x2990 $x3217)))
(let (($x3346 (or $x2114 $x1098)))
(not $x3346)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3025 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3029 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x3451 (and $x3029 $x3025)))
(let (($x354 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3507 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x5434 (and $x3507 $x354)))
(let (($x5334 (or $x5434 $x3451)))
(not $x5334)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1759 (= 0 (+ 1 |S_b[0]|))))
(let (($x5232 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x3235 (or $x5232 $x1759)))
(not $x3235)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x4424 (= 0 (+ 1 |S_b[1]|))))
(let (($x1470 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x4386 (or $x1470 $x4424)))
(not $x4386)))))
(check-sat)
(reset)
