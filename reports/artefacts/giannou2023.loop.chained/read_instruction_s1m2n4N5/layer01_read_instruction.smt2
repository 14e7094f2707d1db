; read_instruction: S_cmd.a[0] at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x3905 (ite (= 1 slot.a) (- 1) 1)))
(let ((?x4569 (ite (= 0 slot_full) 0 ?x3905)))
(let (($x2045 (= 1 cmd3.a)))
(let ((?x4182 (ite $x2045 (+ 1 ?x4569) 0)))
(let ((?x1593 (* (- 1) ?x4569)))
(let ((?x1335 (ite $x2045 (- 1) 1)))
(let (($x304 (= 0 (+ ?x1335 ?x1593 (* (- 1) (ite $x2045 0 (+ 1 ?x1593))) ?x4182))))
(not $x304)))))))))
(check-sat)
(reset)
; read_instruction: S_cmd.a[1] at (22, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x744 (= 1 slot.a)))
(let ((?x2776 (ite $x744 1 (- 1))))
(let (($x6647 (= 0 slot_full)))
(let ((?x2830 (ite $x6647 0 ?x2776)))
(let (($x2045 (= 1 cmd3.a)))
(let ((?x4481 (ite $x2045 0 (+ 1 ?x2830))))
(let ((?x4893 (* (- 1) ?x2830)))
(let ((?x2861 (ite $x2045 1 (- 1))))
(let (($x316 (= 0 (+ ?x2861 ?x4893 (* (- 1) (ite $x2045 (+ 1 ?x4893) 0)) ?x4481))))
(not $x316)))))))))))
(check-sat)
(reset)
; read_instruction: S_cmd.b[0] at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x5149 (ite (= 1 slot.b) (- 1) 1)))
(let (($x6647 (= 0 slot_full)))
(let ((?x1056 (ite $x6647 0 ?x5149)))
(let (($x4811 (= 1 cmd3.b)))
(let ((?x5761 (ite $x4811 (+ 1 ?x1056) 0)))
(let ((?x3101 (* (- 1) ?x1056)))
(let ((?x6713 (ite $x4811 (- 1) 1)))
(let (($x2739 (= 0 (+ ?x6713 ?x3101 (* (- 1) (ite $x4811 0 (+ 1 ?x3101))) ?x5761))))
(not $x2739))))))))))
(check-sat)
(reset)
; read_instruction: S_cmd.b[1] at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x4072 (= 1 slot.b)))
(let ((?x4980 (ite $x4072 1 (- 1))))
(let (($x6647 (= 0 slot_full)))
(let ((?x1914 (ite $x6647 0 ?x4980)))
(let (($x4811 (= 1 cmd3.b)))
(let ((?x121 (ite $x4811 0 (+ 1 ?x1914))))
(let ((?x3276 (* (- 1) ?x1914)))
(let ((?x6975 (ite $x4811 1 (- 1))))
(let (($x1994 (= 0 (+ ?x6975 ?x3276 (* (- 1) (ite $x4811 (+ 1 ?x3276) 0)) ?x121))))
(not $x1994)))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[0] at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x4080 (* 2 0)))
(let (($x744 (= 1 slot.a)))
(let ((?x3905 (ite $x744 (- 1) 1)))
(let (($x6647 (= 0 slot_full)))
(let ((?x4569 (ite $x6647 0 ?x3905)))
(let ((?x1593 (* (- 1) ?x4569)))
(let ((?x4549 (+ 1 ?x1593)))
(let (($x2045 (= 1 cmd3.a)))
(let ((?x6382 (ite $x2045 ?x4549 ?x4080)))
(let ((?x1335 (ite $x2045 (- 1) 1)))
(let (($x6306 (= 0 (+ ?x1335 ?x4569 (* (- 1) (ite $x2045 ?x4080 (+ 1 ?x4569))) ?x6382))))
(not $x6306)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[0] at (31, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x4080 (* 2 0)))
(let (($x744 (= 1 slot.a)))
(let ((?x3905 (ite $x744 (- 1) 1)))
(let (($x6647 (= 0 slot_full)))
(let ((?x4569 (ite $x6647 0 ?x3905)))
(let ((?x1593 (* (- 1) ?x4569)))
(let ((?x4549 (+ 1 ?x1593)))
(let (($x2045 (= 1 cmd3.a)))
(let ((?x6382 (ite $x2045 ?x4549 ?x4080)))
(let ((?x1335 (ite $x2045 (- 1) 1)))
(let (($x6306 (= 0 (+ ?x1335 ?x4569 (* (- 1) (ite $x2045 ?x4080 (+ 1 ?x4569))) ?x6382))))
(not $x6306)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[1] at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x744 (= 1 slot.a)))
(let ((?x2776 (ite $x744 1 (- 1))))
(let (($x6647 (= 0 slot_full)))
(let ((?x2830 (ite $x6647 0 ?x2776)))
(let ((?x4893 (* (- 1) ?x2830)))
(let ((?x4342 (+ 1 ?x4893)))
(let ((?x4080 (* 2 0)))
(let (($x2045 (= 1 cmd3.a)))
(let ((?x1317 (ite $x2045 ?x4080 ?x4342)))
(let ((?x2861 (ite $x2045 1 (- 1))))
(let (($x5150 (= 0 (+ ?x2861 ?x2830 (* (- 1) (ite $x2045 (+ 1 ?x2830) ?x4080)) ?x1317))))
(not $x5150)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[1] at (32, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(declare-fun slot.a () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x744 (= 1 slot.a)))
(let ((?x2776 (ite $x744 1 (- 1))))
(let (($x6647 (= 0 slot_full)))
(let ((?x2830 (ite $x6647 0 ?x2776)))
(let ((?x4893 (* (- 1) ?x2830)))
(let ((?x4342 (+ 1 ?x4893)))
(let ((?x4080 (* 2 0)))
(let (($x2045 (= 1 cmd3.a)))
(let ((?x1317 (ite $x2045 ?x4080 ?x4342)))
(let ((?x2861 (ite $x2045 1 (- 1))))
(let (($x5150 (= 0 (+ ?x2861 ?x2830 (* (- 1) (ite $x2045 (+ 1 ?x2830) ?x4080)) ?x1317))))
(not $x5150)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[2] at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x4080 (* 2 0)))
(let (($x4072 (= 1 slot.b)))
(let ((?x5149 (ite $x4072 (- 1) 1)))
(let (($x6647 (= 0 slot_full)))
(let ((?x1056 (ite $x6647 0 ?x5149)))
(let ((?x3101 (* (- 1) ?x1056)))
(let ((?x5504 (+ 1 ?x3101)))
(let (($x4811 (= 1 cmd3.b)))
(let ((?x2451 (ite $x4811 ?x5504 ?x4080)))
(let ((?x6713 (ite $x4811 (- 1) 1)))
(let (($x1452 (= 0 (+ ?x6713 ?x1056 (* (- 1) (ite $x4811 ?x4080 (+ 1 ?x1056))) ?x2451))))
(not $x1452)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[2] at (33, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let ((?x4080 (* 2 0)))
(let (($x4072 (= 1 slot.b)))
(let ((?x5149 (ite $x4072 (- 1) 1)))
(let (($x6647 (= 0 slot_full)))
(let ((?x1056 (ite $x6647 0 ?x5149)))
(let ((?x3101 (* (- 1) ?x1056)))
(let ((?x5504 (+ 1 ?x3101)))
(let (($x4811 (= 1 cmd3.b)))
(let ((?x2451 (ite $x4811 ?x5504 ?x4080)))
(let ((?x6713 (ite $x4811 (- 1) 1)))
(let (($x1452 (= 0 (+ ?x6713 ?x1056 (* (- 1) (ite $x4811 ?x4080 (+ 1 ?x1056))) ?x2451))))
(not $x1452)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[3] at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x4072 (= 1 slot.b)))
(let ((?x4980 (ite $x4072 1 (- 1))))
(let (($x6647 (= 0 slot_full)))
(let ((?x1914 (ite $x6647 0 ?x4980)))
(let ((?x3276 (* (- 1) ?x1914)))
(let ((?x6181 (+ 1 ?x3276)))
(let ((?x4080 (* 2 0)))
(let (($x4811 (= 1 cmd3.b)))
(let ((?x1804 (ite $x4811 ?x4080 ?x6181)))
(let ((?x6975 (ite $x4811 1 (- 1))))
(let (($x256 (= 0 (+ ?x6975 ?x1914 (* (- 1) (ite $x4811 (+ 1 ?x1914) ?x4080)) ?x1804))))
(not $x256)))))))))))))
(check-sat)
(reset)
; read_instruction: B.B1[3] at (34, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(declare-fun slot.b () Int)
(declare-fun slot_full () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (and (>= slot_full 0) (<= slot_full 1)))
(assert
 (let (($x4072 (= 1 slot.b)))
(let ((?x4980 (ite $x4072 1 (- 1))))
(let (($x6647 (= 0 slot_full)))
(let ((?x1914 (ite $x6647 0 ?x4980)))
(let ((?x3276 (* (- 1) ?x1914)))
(let ((?x6181 (+ 1 ?x3276)))
(let ((?x4080 (* 2 0)))
(let (($x4811 (= 1 cmd3.b)))
(let ((?x1804 (ite $x4811 ?x4080 ?x6181)))
(let ((?x6975 (ite $x4811 1 (- 1))))
(let (($x256 (= 0 (+ ?x6975 ?x1914 (* (- 1) (ite $x4811 (+ 1 ?x1914) ?x4080)) ?x1804))))
(not $x256)))))))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x312 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6905 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6757 (and $x6905 $x312)))
(let (($x3027 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1887 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1899 (and $x1887 $x3027)))
(let (($x109 (or $x1899 $x6757)))
(not $x109)))))))))
(check-sat)
(reset)
; read_instruction: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x589 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5890 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1767 (and $x5890 $x589)))
(let (($x1957 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6031 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5450 (and $x6031 $x1957)))
(let (($x2921 (or $x5450 $x1767)))
(not $x2921)))))))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x630 (= 0 (+ 1 |mem1[0]|))))
(let (($x3749 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x5246 (or $x3749 $x630)))
(not $x5246)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4648 (= 0 (+ 1 |mem1[1]|))))
(let (($x3564 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x561 (or $x3564 $x4648)))
(not $x561)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x3916 (= 0 (+ 1 |mem1[2]|))))
(let (($x2349 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4834 (or $x2349 $x3916)))
(not $x4834)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x4989 (= 0 (+ 1 |mem1[3]|))))
(let (($x4422 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x752 (or $x4422 $x4989)))
(not $x752)))))
(check-sat)
(reset)
; read_instruction: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x206 (= 0 (+ 1 |mem1[4]|))))
(let (($x2287 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x945 (or $x2287 $x206)))
(not $x945)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x3834 (= 0 (+ 1 |mem2[0]|))))
(let (($x6776 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x552 (or $x6776 $x3834)))
(not $x552)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x6968 (= 0 (+ 1 |mem2[1]|))))
(let (($x3975 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x6545 (or $x3975 $x6968)))
(not $x6545)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x667 (= 0 (+ 1 |mem2[2]|))))
(let (($x2905 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x4990 (or $x2905 $x667)))
(not $x4990)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x6329 (= 0 (+ 1 |mem2[3]|))))
(let (($x3551 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x2467 (or $x3551 $x6329)))
(not $x2467)))))
(check-sat)
(reset)
; read_instruction: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x3275 (= 0 (+ 1 |mem2[4]|))))
(let (($x6927 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x652 (or $x6927 $x3275)))
(not $x652)))))
(check-sat)
(reset)
; read_instruction: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x312 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6905 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x6757 (and $x6905 $x312)))
(let (($x3027 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1887 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1899 (and $x1887 $x3027)))
(let (($x109 (or $x1899 $x6757)))
(not $x109)))))))))
(check-sat)
(reset)
; read_instruction: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x589 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x5890 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1767 (and $x5890 $x589)))
(let (($x1957 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x6031 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5450 (and $x6031 $x1957)))
(let (($x2921 (or $x5450 $x1767)))
(not $x2921)))))))))
(check-sat)
(reset)
