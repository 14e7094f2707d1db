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
 (let ((?x3890 (+ |mem1[0]| (* (- 1) |S_b[0]|))))
(let ((?x4150 (ite (< 0 ?x3890) ?x3890 0)))
(let (($x423 (= 1 slot.b)))
(let ((?x5174 (ite $x423 ?x4150 0)))
(let ((?x5479 (ite $x423 (+ (* (- 1) |mem1[0]|) |S_b[0]| ?x4150) 0)))
(let ((?x2045 (+ |mem1[0]| ?x5479 (* (- 1) ?x5174) (* (- 1) (ite $x423 |S_b[0]| |mem1[0]|)))))
(let (($x6322 (= 0 ?x2045)))
(not $x6322)))))))))
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
 (let ((?x3776 (* (- 1) |S_b[0]|)))
(let ((?x734 (+ |mem2[0]| ?x3776)))
(let ((?x6960 (ite (< 0 ?x734) ?x734 0)))
(let (($x423 (= 1 slot.b)))
(let ((?x5537 (ite $x423 0 ?x6960)))
(let ((?x1217 (ite $x423 0 (+ (* (- 1) |mem2[0]|) |S_b[0]| ?x6960))))
(let ((?x1784 (+ |mem2[0]| ?x1217 (* (- 1) ?x5537) (* (- 1) (ite $x423 |mem2[0]| |S_b[0]|)))))
(let (($x3354 (= 0 ?x1784)))
(not $x3354))))))))))
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
 (let ((?x105 (+ |mem1[1]| (* (- 1) |S_b[1]|))))
(let ((?x5675 (ite (< 0 ?x105) ?x105 0)))
(let (($x423 (= 1 slot.b)))
(let ((?x2221 (ite $x423 ?x5675 0)))
(let ((?x3215 (ite $x423 (+ (* (- 1) |mem1[1]|) |S_b[1]| ?x5675) 0)))
(let ((?x2410 (+ |mem1[1]| ?x3215 (* (- 1) ?x2221) (* (- 1) (ite $x423 |S_b[1]| |mem1[1]|)))))
(let (($x649 (= 0 ?x2410)))
(not $x649)))))))))
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
 (let ((?x3787 (* (- 1) |S_b[1]|)))
(let ((?x4871 (+ |mem2[1]| ?x3787)))
(let ((?x3207 (ite (< 0 ?x4871) ?x4871 0)))
(let (($x423 (= 1 slot.b)))
(let ((?x2107 (ite $x423 0 ?x3207)))
(let ((?x4888 (ite $x423 0 (+ (* (- 1) |mem2[1]|) |S_b[1]| ?x3207))))
(let ((?x402 (+ |mem2[1]| ?x4888 (* (- 1) ?x2107) (* (- 1) (ite $x423 |mem2[1]| |S_b[1]|)))))
(let (($x564 (= 0 ?x402)))
(not $x564))))))))))
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
 (let ((?x4375 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2219 (ite (< 0 ?x4375) ?x4375 0)))
(let ((?x3776 (* (- 1) |S_b[0]|)))
(let ((?x4183 (* (- 1) |mem2[0]|)))
(let ((?x5321 (+ |mem1[0]| |S_b[0]|)))
(let ((?x1820 (ite (< 0 ?x5321) ?x5321 0)))
(let ((?x1226 (* (- 1) |mem1[0]|)))
(let (($x423 (= 1 slot.b)))
(let ((?x2895 (ite $x423 (+ ?x1226 ?x3776 ?x1820) (+ ?x4183 ?x3776 ?x2219))))
(let ((?x2742 (ite $x423 ?x5321 ?x4375)))
(let (($x6466 (= 0 (+ ?x2742 (* (- 1) (ite $x423 ?x1820 ?x2219)) ?x2895))))
(not $x6466)))))))))))))
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
 (let ((?x5321 (+ |mem1[0]| |S_b[0]|)))
(let ((?x1820 (ite (< 0 ?x5321) ?x5321 0)))
(let ((?x3776 (* (- 1) |S_b[0]|)))
(let ((?x1226 (* (- 1) |mem1[0]|)))
(let ((?x6953 (+ ?x1226 ?x3776 ?x1820)))
(let (($x423 (= 1 slot.b)))
(let ((?x4187 (ite $x423 ?x6953 (+ 1 ?x1226))))
(let ((?x4295 (ite $x423 ?x5321 (* 2 |mem1[0]|))))
(let (($x3704 (= 0 (+ ?x4295 (* (- 1) (ite $x423 ?x1820 (+ 1 |mem1[0]|))) ?x4187))))
(not $x3704)))))))))))
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
 (let ((?x4375 (+ |mem2[0]| |S_b[0]|)))
(let ((?x2219 (ite (< 0 ?x4375) ?x4375 0)))
(let ((?x3776 (* (- 1) |S_b[0]|)))
(let ((?x4183 (* (- 1) |mem2[0]|)))
(let ((?x6617 (+ ?x4183 ?x3776 ?x2219)))
(let (($x423 (= 1 slot.b)))
(let ((?x6278 (ite $x423 (+ 1 ?x4183) ?x6617)))
(let ((?x6523 (ite $x423 (* 2 |mem2[0]|) ?x4375)))
(let (($x5843 (= 0 (+ ?x6523 (* (- 1) (ite $x423 (+ 1 |mem2[0]|) ?x2219)) ?x6278))))
(not $x5843)))))))))))
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
 (let ((?x386 (+ |mem2[1]| |S_b[1]|)))
(let ((?x2239 (ite (< 0 ?x386) ?x386 0)))
(let ((?x3787 (* (- 1) |S_b[1]|)))
(let ((?x6613 (* (- 1) |mem2[1]|)))
(let ((?x2288 (+ |mem1[1]| |S_b[1]|)))
(let ((?x1848 (ite (< 0 ?x2288) ?x2288 0)))
(let ((?x5154 (* (- 1) |mem1[1]|)))
(let (($x423 (= 1 slot.b)))
(let ((?x2866 (ite $x423 (+ ?x5154 ?x3787 ?x1848) (+ ?x6613 ?x3787 ?x2239))))
(let ((?x4419 (ite $x423 ?x2288 ?x386)))
(let (($x1257 (= 0 (+ ?x4419 (* (- 1) (ite $x423 ?x1848 ?x2239)) ?x2866))))
(not $x1257)))))))))))))
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
 (let ((?x2288 (+ |mem1[1]| |S_b[1]|)))
(let ((?x1848 (ite (< 0 ?x2288) ?x2288 0)))
(let ((?x3787 (* (- 1) |S_b[1]|)))
(let ((?x5154 (* (- 1) |mem1[1]|)))
(let ((?x1364 (+ ?x5154 ?x3787 ?x1848)))
(let (($x423 (= 1 slot.b)))
(let ((?x5044 (ite $x423 ?x1364 (+ 1 ?x5154))))
(let ((?x1886 (ite $x423 ?x2288 (* 2 |mem1[1]|))))
(let (($x6404 (= 0 (+ ?x1886 (* (- 1) (ite $x423 ?x1848 (+ 1 |mem1[1]|))) ?x5044))))
(not $x6404)))))))))))
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
 (let ((?x386 (+ |mem2[1]| |S_b[1]|)))
(let ((?x2239 (ite (< 0 ?x386) ?x386 0)))
(let ((?x3787 (* (- 1) |S_b[1]|)))
(let ((?x6613 (* (- 1) |mem2[1]|)))
(let ((?x5333 (+ ?x6613 ?x3787 ?x2239)))
(let (($x423 (= 1 slot.b)))
(let ((?x4757 (ite $x423 (+ 1 ?x6613) ?x5333)))
(let ((?x2394 (ite $x423 (* 2 |mem2[1]|) ?x386)))
(let (($x6354 (= 0 (+ ?x2394 (* (- 1) (ite $x423 (+ 1 |mem2[1]|) ?x2239)) ?x4757))))
(not $x6354)))))))))))
(check-sat)
(reset)
; write: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x1137 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6167 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x2592 (and $x6167 $x1137)))
(let (($x502 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x3289 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6714 (and $x3289 $x502)))
(let (($x410 (or $x6714 $x2592)))
(not $x410)))))))))
(check-sat)
(reset)
; write: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1203 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4030 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x6152 (and $x4030 $x1203)))
(let (($x1997 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x301 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x636 (and $x301 $x1997)))
(let (($x6845 (or $x636 $x6152)))
(not $x6845)))))))))
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
 (let (($x3177 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x4136 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[0]| |mem1[0]|)))))
(let (($x4238 (or $x4136 $x3177)))
(not $x4238)))))
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
 (let (($x6344 (= 0 (+ 1 (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x1224 (= 0 (+ (- 1) (ite (= 1 slot.b) |S_b[1]| |mem1[1]|)))))
(let (($x771 (or $x1224 $x6344)))
(not $x771)))))
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
 (let (($x2155 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x3406 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[0]| |S_b[0]|)))))
(let (($x5091 (or $x3406 $x2155)))
(not $x5091)))))
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
 (let (($x2402 (= 0 (+ 1 (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x3836 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem2[1]| |S_b[1]|)))))
(let (($x1611 (or $x3836 $x2402)))
(not $x1611)))))
(check-sat)
(reset)
; write: contract output: slot.a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x987 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4983 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3242 (and $x4983 $x987)))
(let (($x6662 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6759 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5241 (and $x6759 $x6662)))
(let (($x6247 (or $x5241 $x3242)))
(not $x6247)))))))))
(check-sat)
(reset)
; write: contract output: slot.b in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x86 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x3647 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x834 (and $x3647 $x86)))
(let (($x5213 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2376 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4805 (and $x2376 $x5213)))
(let (($x1377 (or $x4805 $x834)))
(not $x1377)))))))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (10, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x5885 (= 0 (+ 1 |S_b[0]|))))
(let (($x2194 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x6145 (or $x2194 $x5885)))
(not $x6145)))))
(check-sat)
(reset)
; write: contract output: S_b in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x2590 (= 0 (+ 1 |S_b[1]|))))
(let (($x1927 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x1781 (or $x1927 $x2590)))
(not $x1781)))))
(check-sat)
(reset)
