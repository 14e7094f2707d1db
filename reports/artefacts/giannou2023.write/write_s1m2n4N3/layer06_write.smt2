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
 (let ((?x3215 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x6910 (ite (< 0 ?x3215) ?x3215 0)))
(let (($x5457 (= 1 slot.b)))
(let ((?x1080 (ite $x5457 ?x6910 0)))
(let ((?x3242 (ite $x5457 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x6910) 0)))
(let ((?x3374 (+ |mem1[0]| ?x3242 (* (- 1) ?x1080) (* (- 1) (ite $x5457 |S_b[0]| |mem1[0]|)))))
(let (($x2278 (= 0 ?x3374)))
(not $x2278)))))))))
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
 (let ((?x464 (* (- 1) |S_b[0]|)))
(let ((?x3289 (+ |mem2[0]| ?x464)))
(let ((?x6230 (ite (< 0 ?x3289) ?x3289 0)))
(let (($x5457 (= 1 slot.b)))
(let ((?x86 (ite $x5457 0 ?x6230)))
(let ((?x202 (ite $x5457 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x6230))))
(let ((?x2002 (+ |mem2[0]| ?x202 (* (- 1) ?x86) (* (- 1) (ite $x5457 |mem2[0]| |S_b[0]|)))))
(let (($x526 (= 0 ?x2002)))
(not $x526))))))))))
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
 (let ((?x5007 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x4184 (ite (< 0 ?x5007) ?x5007 0)))
(let (($x5457 (= 1 slot.b)))
(let ((?x636 (ite $x5457 ?x4184 0)))
(let ((?x2165 (ite $x5457 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x4184) 0)))
(let ((?x4310 (+ |mem1[1]| ?x2165 (* (- 1) ?x636) (* (- 1) (ite $x5457 |S_b[1]| |mem1[1]|)))))
(let (($x776 (= 0 ?x4310)))
(not $x776)))))))))
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
 (let ((?x4027 (* (- 1) |S_b[1]|)))
(let ((?x4419 (+ |mem2[1]| ?x4027)))
(let ((?x75 (ite (< 0 ?x4419) ?x4419 0)))
(let (($x5457 (= 1 slot.b)))
(let ((?x3226 (ite $x5457 0 ?x75)))
(let ((?x2745 (ite $x5457 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x75))))
(let ((?x6328 (+ |mem2[1]| ?x2745 (* (- 1) ?x3226) (* (- 1) (ite $x5457 |mem2[1]| |S_b[1]|)))))
(let (($x6523 (= 0 ?x6328)))
(not $x6523))))))))))
(check-sat)
(reset)
; write: M[2] at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1800 (+ |mem1[2]| (* (- 1) |S_b[2]|))))
(let ((?x5348 (ite (< 0 ?x1800) ?x1800 0)))
(let (($x5457 (= 1 slot.b)))
(let ((?x1557 (ite $x5457 ?x5348 0)))
(let ((?x3078 (ite $x5457 (+ (* (- 1) |mem1[2]|) |S_b[2]| ?x5348) 0)))
(let ((?x5359 (+ |mem1[2]| ?x3078 (* (- 1) ?x1557) (* (- 1) (ite $x5457 |S_b[2]| |mem1[2]|)))))
(let (($x6839 (= 0 ?x5359)))
(not $x6839)))))))))
(check-sat)
(reset)
; write: M[2] at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x5241 (* (- 1) |S_b[2]|)))
(let ((?x965 (+ |mem2[2]| ?x5241)))
(let ((?x1814 (ite (< 0 ?x965) ?x965 0)))
(let (($x5457 (= 1 slot.b)))
(let ((?x6152 (ite $x5457 0 ?x1814)))
(let ((?x5209 (ite $x5457 0 (+ (* (- 1) |mem2[2]|) |S_b[2]| ?x1814))))
(let ((?x4672 (+ |mem2[2]| ?x5209 (* (- 1) ?x6152) (* (- 1) (ite $x5457 |mem2[2]| |S_b[2]|)))))
(let (($x4722 (= 0 ?x4672)))
(not $x4722))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (25, 0) (proved)
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
 (let ((?x7011 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2521 (ite (< 0 ?x7011) ?x7011 0)))
(let ((?x464 (* (- 1) |S_b[0]|)))
(let ((?x3674 (* (- 1) |mem2[0]|)))
(let ((?x4115 (+ |mem1[0]| |S_b[0]|)))
(let ((?x2889 (ite (< 0 ?x4115) ?x4115 0)))
(let ((?x4246 (* (- 1) |mem1[0]|)))
(let (($x5457 (= 1 slot.b)))
(let ((?x6889 (ite $x5457 (+ ?x4246 ?x464 ?x2889) (+ ?x3674 ?x464 ?x2521))))
(let ((?x2219 (ite $x5457 ?x4115 ?x7011)))
(let (($x2107 (= 0 (+ ?x2219 (* (- 1) (ite $x5457 ?x2889 ?x2521)) ?x6889))))
(not $x2107)))))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (25, 1) (proved)
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
 (let ((?x4115 (+ |mem1[0]| |S_b[0]|)))
(let ((?x2889 (ite (< 0 ?x4115) ?x4115 0)))
(let ((?x464 (* (- 1) |S_b[0]|)))
(let ((?x4246 (* (- 1) |mem1[0]|)))
(let ((?x3189 (+ ?x4246 ?x464 ?x2889)))
(let (($x5457 (= 1 slot.b)))
(let ((?x6901 (ite $x5457 ?x3189 (+ 1 ?x4246))))
(let ((?x4775 (ite $x5457 ?x4115 (* 2 |mem1[0]|))))
(let (($x6472 (= 0 (+ ?x4775 (* (- 1) (ite $x5457 ?x2889 (+ 1 |mem1[0]|))) ?x6901))))
(not $x6472)))))))))))
(check-sat)
(reset)
; write: B.B1[0] at (25, 2) (proved)
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
 (let ((?x7011 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2521 (ite (< 0 ?x7011) ?x7011 0)))
(let ((?x464 (* (- 1) |S_b[0]|)))
(let ((?x3674 (* (- 1) |mem2[0]|)))
(let ((?x181 (+ ?x3674 ?x464 ?x2521)))
(let (($x5457 (= 1 slot.b)))
(let ((?x3890 (ite $x5457 (+ 1 ?x3674) ?x181)))
(let ((?x6709 (ite $x5457 (* 2 |mem2[0]|) ?x7011)))
(let (($x6602 (= 0 (+ ?x6709 (* (- 1) (ite $x5457 (+ 1 |mem2[0]|) ?x2521)) ?x3890))))
(not $x6602)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (26, 0) (proved)
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
 (let ((?x3818 (+ |mem2[1]| |S_b[1]|)))
(let ((?x2394 (ite (< 0 ?x3818) ?x3818 0)))
(let ((?x4027 (* (- 1) |S_b[1]|)))
(let ((?x2088 (* (- 1) |mem2[1]|)))
(let ((?x5282 (+ |mem1[1]| |S_b[1]|)))
(let ((?x1158 (ite (< 0 ?x5282) ?x5282 0)))
(let ((?x614 (* (- 1) |mem1[1]|)))
(let (($x5457 (= 1 slot.b)))
(let ((?x1203 (ite $x5457 (+ ?x614 ?x4027 ?x1158) (+ ?x2088 ?x4027 ?x2394))))
(let ((?x5659 (ite $x5457 ?x5282 ?x3818)))
(let (($x3771 (= 0 (+ ?x5659 (* (- 1) (ite $x5457 ?x1158 ?x2394)) ?x1203))))
(not $x3771)))))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (26, 1) (proved)
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
 (let ((?x5282 (+ |mem1[1]| |S_b[1]|)))
(let ((?x1158 (ite (< 0 ?x5282) ?x5282 0)))
(let ((?x4027 (* (- 1) |S_b[1]|)))
(let ((?x614 (* (- 1) |mem1[1]|)))
(let ((?x5915 (+ ?x614 ?x4027 ?x1158)))
(let (($x5457 (= 1 slot.b)))
(let ((?x5132 (ite $x5457 ?x5915 (+ 1 ?x614))))
(let ((?x2194 (ite $x5457 ?x5282 (* 2 |mem1[1]|))))
(let (($x3737 (= 0 (+ ?x2194 (* (- 1) (ite $x5457 ?x1158 (+ 1 |mem1[1]|))) ?x5132))))
(not $x3737)))))))))))
(check-sat)
(reset)
; write: B.B1[1] at (26, 2) (proved)
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
 (let ((?x3818 (+ |mem2[1]| |S_b[1]|)))
(let ((?x2394 (ite (< 0 ?x3818) ?x3818 0)))
(let ((?x4027 (* (- 1) |S_b[1]|)))
(let ((?x2088 (* (- 1) |mem2[1]|)))
(let ((?x1334 (+ ?x2088 ?x4027 ?x2394)))
(let (($x5457 (= 1 slot.b)))
(let ((?x1927 (ite $x5457 (+ 1 ?x2088) ?x1334)))
(let ((?x4391 (ite $x5457 (* 2 |mem2[1]|) ?x3818)))
(let (($x5213 (= 0 (+ ?x4391 (* (- 1) (ite $x5457 (+ 1 |mem2[1]|) ?x2394)) ?x1927))))
(not $x5213)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (27, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x132 (+ |mem2[2]| |S_b[2]|)))
(let ((?x3002 (ite (< 0 ?x132) ?x132 0)))
(let ((?x5241 (* (- 1) |S_b[2]|)))
(let ((?x1784 (* (- 1) |mem2[2]|)))
(let ((?x951 (+ |mem1[2]| |S_b[2]|)))
(let ((?x502 (ite (< 0 ?x951) ?x951 0)))
(let ((?x716 (* (- 1) |mem1[2]|)))
(let (($x5457 (= 1 slot.b)))
(let ((?x6814 (ite $x5457 (+ ?x716 ?x5241 ?x502) (+ ?x1784 ?x5241 ?x3002))))
(let ((?x771 (ite $x5457 ?x951 ?x132)))
(let (($x2490 (= 0 (+ ?x771 (* (- 1) (ite $x5457 ?x502 ?x3002)) ?x6814))))
(not $x2490)))))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (27, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x951 (+ |mem1[2]| |S_b[2]|)))
(let ((?x502 (ite (< 0 ?x951) ?x951 0)))
(let ((?x5241 (* (- 1) |S_b[2]|)))
(let ((?x716 (* (- 1) |mem1[2]|)))
(let ((?x4110 (+ ?x716 ?x5241 ?x502)))
(let (($x5457 (= 1 slot.b)))
(let ((?x6819 (ite $x5457 ?x4110 (+ 1 ?x716))))
(let ((?x3505 (ite $x5457 ?x951 (* 2 |mem1[2]|))))
(let (($x6362 (= 0 (+ ?x3505 (* (- 1) (ite $x5457 ?x502 (+ 1 |mem1[2]|))) ?x6819))))
(not $x6362)))))))))))
(check-sat)
(reset)
; write: B.B1[2] at (27, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x132 (+ |mem2[2]| |S_b[2]|)))
(let ((?x3002 (ite (< 0 ?x132) ?x132 0)))
(let ((?x5241 (* (- 1) |S_b[2]|)))
(let ((?x1784 (* (- 1) |mem2[2]|)))
(let ((?x5373 (+ ?x1784 ?x5241 ?x3002)))
(let (($x5457 (= 1 slot.b)))
(let ((?x6797 (ite $x5457 (+ 1 ?x1784) ?x5373)))
(let ((?x5273 (ite $x5457 (* 2 |mem2[2]|) ?x132)))
(let (($x3647 (= 0 (+ ?x5273 (* (- 1) (ite $x5457 (+ 1 |mem2[2]|) ?x3002)) ?x6797))))
(not $x3647)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x399 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1364 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5965 (and $x1364 $x399)))
(let (($x1034 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x2549 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2905 (and $x2549 $x1034)))
(let (($x3532 (or $x2905 $x5965)))
(not $x3532)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x4237 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x2648 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4498 (and $x2648 $x4237)))
(let (($x3836 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3450 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4554 (and $x3450 $x3836)))
(let (($x4956 (or $x4554 $x4498)))
(not $x4956)))))))))
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
 (let (($x3758 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x6354 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x3025 (or $x6354 $x3758)))
(not $x3025)))))
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
 (let (($x2592 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x5544 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x4511 (or $x5544 $x2592)))
(not $x4511)))))
(check-sat)
(reset)
; write: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x987 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x4265 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[2]| |mem1[2]|)))))
(let (($x1486 (or $x4265 $x987)))
(not $x1486)))))
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
 (let (($x4412 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x3787 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x3838 (or $x3787 $x4412)))
(not $x3838)))))
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
 (let (($x6617 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x301 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x5675 (or $x301 $x6617)))
(not $x5675)))))
(check-sat)
(reset)
; write: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2410 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x6145 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[2]| |S_b[2]|)))))
(let (($x1188 (or $x6145 $x2410)))
(not $x1188)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x6598 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x137 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x6945 (and $x137 $x6598)))
(let (($x2611 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6936 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x2871 (and $x6936 $x2611)))
(let (($x5712 (or $x2871 $x6945)))
(not $x5712)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5135 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2177 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x437 (and $x2177 $x5135)))
(let (($x897 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x5223 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1224 (and $x5223 $x897)))
(let (($x5779 (or $x1224 $x437)))
(not $x5779)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x1207 (= 0 (+ 1 |S_b[0]|))))
(let (($x6714 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x6291 (or $x6714 $x1207)))
(not $x6291)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x1398 (= 0 (+ 1 |S_b[1]|))))
(let (($x3416 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x5537 (or $x3416 $x1398)))
(not $x5537)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x2652 (= 0 (+ 1 |S_b[2]|))))
(let (($x1175 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x5800 (or $x1175 $x2652)))
(not $x5800)))))
(check-sat)
(reset)
