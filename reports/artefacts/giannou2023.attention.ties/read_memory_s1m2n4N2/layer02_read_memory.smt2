; read_memory: S_a.flag[0] at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3206 (= 1 slot.a)))
(let ((?x2866 (ite $x3206 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x219 (ite $x3206 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x4085 (= 0 (+ ?x219 (* (- 1) ?x2866) (* (- 2) (ite $x3206 |mem1[0]| |mem2[0]|))))))
(not $x4085))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3206 (= 1 slot.a)))
(let ((?x2494 (ite $x3206 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x3744 (ite $x3206 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x954 (= 0 (+ ?x3744 (* (- 1) ?x2494) (* (- 2) (ite $x3206 |mem1[1]| |mem2[1]|))))))
(not $x954))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x173 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x946 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x3346 (= 1 slot.b)))
(let ((?x3530 (ite $x3346 ?x946 ?x173)))
(let ((?x1944 (+ 1 |mem2[0]|)))
(let ((?x5569 (+ 1 |mem1[0]|)))
(let ((?x609 (ite $x3346 ?x5569 ?x1944)))
(let (($x2092 (= 0 (+ ?x609 (* (- 1) ?x3530) (* (- 2) (ite $x3346 |mem1[0]| |mem2[0]|))))))
(not $x2092))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1766 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1019 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x3346 (= 1 slot.b)))
(let ((?x5248 (ite $x3346 ?x1019 ?x1766)))
(let ((?x2574 (+ 1 |mem2[1]|)))
(let ((?x3828 (+ 1 |mem1[1]|)))
(let ((?x2500 (ite $x3346 ?x3828 ?x2574)))
(let (($x1731 (= 0 (+ ?x2500 (* (- 1) ?x5248) (* (- 2) (ite $x3346 |mem1[1]| |mem2[1]|))))))
(not $x1731))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x173 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x946 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x3206 (= 1 slot.a)))
(let ((?x2866 (ite $x3206 ?x946 ?x173)))
(let ((?x300 (+ (* 2 (ite $x3206 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x3206 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x2866)))
(let (($x5336 (= 0 ?x300)))
(not $x5336))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (22, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x946 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x3206 (= 1 slot.a)))
(let ((?x3287 (ite $x3206 ?x946 (* 2 ?x946))))
(let ((?x5569 (+ 1 |mem1[0]|)))
(let ((?x2709 (ite $x3206 ?x5569 (* 2 ?x5569))))
(let ((?x2981 (+ (* 2 (ite $x3206 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x2709) ?x3287)))
(let (($x3440 (= 0 ?x2981)))
(not $x3440)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (22, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x173 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x3206 (= 1 slot.a)))
(let ((?x1125 (ite $x3206 (* 2 ?x173) ?x173)))
(let ((?x1944 (+ 1 |mem2[0]|)))
(let ((?x4835 (ite $x3206 (* 2 ?x1944) ?x1944)))
(let ((?x4075 (+ (* 2 (ite $x3206 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x4835) ?x1125)))
(let (($x4038 (= 0 ?x4075)))
(not $x4038)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1766 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1019 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x3206 (= 1 slot.a)))
(let ((?x2494 (ite $x3206 ?x1019 ?x1766)))
(let ((?x1837 (+ (* 2 (ite $x3206 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x3206 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x2494)))
(let (($x134 (= 0 ?x1837)))
(not $x134))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (23, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1019 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x3206 (= 1 slot.a)))
(let ((?x811 (ite $x3206 ?x1019 (* 2 ?x1019))))
(let ((?x3828 (+ 1 |mem1[1]|)))
(let ((?x2800 (ite $x3206 ?x3828 (* 2 ?x3828))))
(let ((?x4202 (+ (* 2 (ite $x3206 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x2800) ?x811)))
(let (($x3044 (= 0 ?x4202)))
(not $x3044)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (23, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1766 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x3206 (= 1 slot.a)))
(let ((?x4693 (ite $x3206 (* 2 ?x1766) ?x1766)))
(let ((?x2574 (+ 1 |mem2[1]|)))
(let ((?x1432 (ite $x3206 (* 2 ?x2574) ?x2574)))
(let ((?x204 (+ (* 2 (ite $x3206 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x1432) ?x4693)))
(let (($x4437 (= 0 ?x204)))
(not $x4437)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x173 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x946 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x3346 (= 1 slot.b)))
(let ((?x3530 (ite $x3346 ?x946 ?x173)))
(let ((?x172 (+ (* 2 (ite $x3346 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x3346 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x3530)))
(let (($x4386 (= 0 ?x172)))
(not $x4386))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (24, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x946 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x4178 (* 2 ?x946)))
(let (($x3346 (= 1 slot.b)))
(let ((?x684 (ite $x3346 ?x946 ?x4178)))
(let ((?x5569 (+ 1 |mem1[0]|)))
(let ((?x5232 (* 2 ?x5569)))
(let ((?x2958 (ite $x3346 ?x5569 ?x5232)))
(let ((?x2840 (+ (* 2 (ite $x3346 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x2958) ?x684)))
(let (($x2209 (= 0 ?x2840)))
(not $x2209)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (24, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x173 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x2173 (* 2 ?x173)))
(let (($x3346 (= 1 slot.b)))
(let ((?x339 (ite $x3346 ?x2173 ?x173)))
(let ((?x1944 (+ 1 |mem2[0]|)))
(let ((?x535 (* 2 ?x1944)))
(let ((?x3304 (ite $x3346 ?x535 ?x1944)))
(let ((?x1764 (+ (* 2 (ite $x3346 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x3304) ?x339)))
(let (($x1558 (= 0 ?x1764)))
(not $x1558)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (25, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1766 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1019 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x3346 (= 1 slot.b)))
(let ((?x5248 (ite $x3346 ?x1019 ?x1766)))
(let ((?x3705 (+ (* 2 (ite $x3346 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x3346 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x5248)))
(let (($x2115 (= 0 ?x3705)))
(not $x2115))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (25, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1019 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x1504 (* 2 ?x1019)))
(let (($x3346 (= 1 slot.b)))
(let ((?x3649 (ite $x3346 ?x1019 ?x1504)))
(let ((?x3828 (+ 1 |mem1[1]|)))
(let ((?x2016 (* 2 ?x3828)))
(let ((?x1951 (ite $x3346 ?x3828 ?x2016)))
(let ((?x665 (+ (* 2 (ite $x3346 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x1951) ?x3649)))
(let (($x4350 (= 0 ?x665)))
(not $x4350)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (25, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1766 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1183 (* 2 ?x1766)))
(let (($x3346 (= 1 slot.b)))
(let ((?x2695 (ite $x3346 ?x1183 ?x1766)))
(let ((?x2574 (+ 1 |mem2[1]|)))
(let ((?x161 (* 2 ?x2574)))
(let ((?x1935 (ite $x3346 ?x161 ?x2574)))
(let ((?x892 (+ (* 2 (ite $x3346 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x1935) ?x2695)))
(let (($x4586 (= 0 ?x892)))
(not $x4586)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x721 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3295 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3217 (and $x3295 $x721)))
(let (($x145 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x926 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4079 (and $x926 $x145)))
(let (($x4697 (or $x4079 $x3217)))
(not $x4697)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2990 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3188 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5166 (and $x3188 $x2990)))
(let (($x3191 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x256 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4486 (and $x256 $x3191)))
(let (($x1946 (or $x4486 $x5166)))
(not $x1946)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x5569 (+ 1 |mem1[0]|)))
(let (($x3167 (= 0 ?x5569)))
(let (($x1653 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x4787 (or $x1653 $x3167)))
(not $x4787))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x3828 (+ 1 |mem1[1]|)))
(let (($x602 (= 0 ?x3828)))
(let (($x3606 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x274 (or $x3606 $x602)))
(not $x274))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x1944 (+ 1 |mem2[0]|)))
(let (($x1805 (= 0 ?x1944)))
(let (($x2330 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x1376 (or $x2330 $x1805)))
(not $x1376))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x2574 (+ 1 |mem2[1]|)))
(let (($x2416 (= 0 ?x2574)))
(let (($x3592 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x2028 (or $x3592 $x2416)))
(not $x2028))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1006 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4570 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1985 (and $x4570 $x1006)))
(let (($x2412 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2955 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x43 (and $x2955 $x2412)))
(let (($x3378 (or $x43 $x1985)))
(not $x3378)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4878 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2082 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1891 (and $x2082 $x4878)))
(let (($x5149 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3560 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2319 (and $x3560 $x5149)))
(let (($x3704 (or $x2319 $x1891)))
(not $x3704)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (8, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3025 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x2293 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x2424 (or $x2293 $x3025)))
(not $x2424)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (9, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4853 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x5408 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x3451 (or $x5408 $x4853)))
(not $x3451)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4679 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x1105 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x1470 (or $x1105 $x4679)))
(not $x1470)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4431 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x2967 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x4405 (or $x2967 $x4431)))
(not $x4405)))))
(check-sat)
(reset)
