; flip: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2921 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x589 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3413 (and $x589 $x2921)))
(let (($x5960 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x6456 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x5890 (and $x6456 $x5960)))
(let (($x3272 (or $x5890 $x3413)))
(not $x3272)))))))))
(check-sat)
(reset)
; flip: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x2621 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x945 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x1222 (and $x945 $x2621)))
(let (($x1133 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x4980 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x206 (and $x4980 $x1133)))
(let (($x4648 (or $x206 $x1222)))
(not $x4648)))))))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1631 (= 0 (+ 1 |mem1[0]|))))
(let (($x3177 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3101 (or $x3177 $x1631)))
(not $x3101)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x4764 (= 0 (+ 1 |mem1[1]|))))
(let (($x5504 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x4778 (or $x5504 $x4764)))
(not $x4778)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x7031 (= 0 (+ 1 |mem1[2]|))))
(let (($x752 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x6329 (or $x752 $x7031)))
(not $x6329)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x784 (= 0 (+ 1 |mem1[3]|))))
(let (($x6149 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3027 (or $x6149 $x784)))
(not $x3027)))))
(check-sat)
(reset)
; flip: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x3275 (= 0 (+ 1 |mem1[4]|))))
(let (($x2579 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x196 (or $x2579 $x3275)))
(not $x196)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x128 (= 0 (+ 1 |mem2[0]|))))
(let (($x4786 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x5246 (or $x4786 $x128)))
(not $x5246)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x5175 (= 0 (+ 1 |mem2[1]|))))
(let (($x4989 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3153 (or $x4989 $x5175)))
(not $x3153)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x3276 (= 0 (+ 1 |mem2[2]|))))
(let (($x136 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x5399 (or $x136 $x3276)))
(not $x5399)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x4991 (= 0 (+ 1 |mem2[3]|))))
(let (($x408 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x227 (or $x408 $x4991)))
(not $x227)))))
(check-sat)
(reset)
; flip: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x667 (= 0 (+ 1 |mem2[4]|))))
(let (($x1056 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x6717 (or $x1056 $x667)))
(not $x6717)))))
(check-sat)
(reset)
; flip: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x630 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x5353 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x104 (and $x5353 $x630)))
(let (($x6704 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x6545 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3564 (and $x6545 $x6704)))
(let (($x1067 (or $x3564 $x104)))
(not $x1067)))))))))
(check-sat)
(reset)
; flip: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2310 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4169 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4420 (and $x4169 $x2310)))
(let (($x6407 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x6299 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4632 (and $x6299 $x6407)))
(let (($x4739 (or $x4632 $x4420)))
(not $x4739)))))))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (11, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x6785 (= 0 (+ 1 |S_a[0]|))))
(let (($x1658 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x2543 (or $x1658 $x6785)))
(not $x2543)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x4207 (= 0 (+ 1 |S_a[1]|))))
(let (($x2344 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x4864 (or $x2344 $x4207)))
(not $x4864)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x1994 (= 0 (+ 1 |S_a[2]|))))
(let (($x1444 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x3905 (or $x1444 $x1994)))
(not $x3905)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x5150 (= 0 (+ 1 |S_a[3]|))))
(let (($x6905 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x149 (or $x6905 $x5150)))
(not $x149)))))
(check-sat)
(reset)
; flip: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x4893 (= 0 (+ 1 |S_a[4]|))))
(let (($x6306 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x5543 (or $x6306 $x4893)))
(not $x5543)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (16, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[0]| () Int)
(assert
 (or (= |S_b[0]| (- 1)) (= |S_b[0]| 1)))
(assert
 (let (($x5761 (= 0 (+ 1 |S_b[0]|))))
(let (($x109 (= 0 (+ (- 1) |S_b[0]|))))
(let (($x6669 (or $x109 $x5761)))
(not $x6669)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[1]| () Int)
(assert
 (or (= |S_b[1]| (- 1)) (= |S_b[1]| 1)))
(assert
 (let (($x2830 (= 0 (+ 1 |S_b[1]|))))
(let (($x4664 (= 0 (+ (- 1) |S_b[1]|))))
(let (($x2045 (or $x4664 $x2830)))
(not $x2045)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[2]| () Int)
(assert
 (or (= |S_b[2]| (- 1)) (= |S_b[2]| 1)))
(assert
 (let (($x4551 (= 0 (+ 1 |S_b[2]|))))
(let (($x304 (= 0 (+ (- 1) |S_b[2]|))))
(let (($x2776 (or $x304 $x4551)))
(not $x2776)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[3]| () Int)
(assert
 (or (= |S_b[3]| (- 1)) (= |S_b[3]| 1)))
(assert
 (let (($x2626 (= 0 (+ 1 |S_b[3]|))))
(let (($x4892 (= 0 (+ (- 1) |S_b[3]|))))
(let (($x2905 (or $x4892 $x2626)))
(not $x2905)))))
(check-sat)
(reset)
; flip: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_b[4]| () Int)
(assert
 (or (= |S_b[4]| (- 1)) (= |S_b[4]| 1)))
(assert
 (let (($x1593 (= 0 (+ 1 |S_b[4]|))))
(let (($x3783 (= 0 (+ (- 1) |S_b[4]|))))
(let (($x744 (or $x3783 $x1593)))
(not $x744)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (31, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[0]| () Int)
(assert
 (or (= |S_a[0]| (- 1)) (= |S_a[0]| 1)))
(assert
 (let (($x1658 (= 0 (+ (- 1) |S_a[0]|))))
(let (($x6785 (= 0 (+ 1 |S_a[0]|))))
(let (($x2740 (or $x6785 $x1658)))
(not $x2740)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (32, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[1]| () Int)
(assert
 (or (= |S_a[1]| (- 1)) (= |S_a[1]| 1)))
(assert
 (let (($x2344 (= 0 (+ (- 1) |S_a[1]|))))
(let (($x4207 (= 0 (+ 1 |S_a[1]|))))
(let (($x4811 (or $x4207 $x2344)))
(not $x4811)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[2]| () Int)
(assert
 (or (= |S_a[2]| (- 1)) (= |S_a[2]| 1)))
(assert
 (let (($x1444 (= 0 (+ (- 1) |S_a[2]|))))
(let (($x1994 (= 0 (+ 1 |S_a[2]|))))
(let (($x4215 (or $x1994 $x1444)))
(not $x4215)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[3]| () Int)
(assert
 (or (= |S_a[3]| (- 1)) (= |S_a[3]| 1)))
(assert
 (let (($x6905 (= 0 (+ (- 1) |S_a[3]|))))
(let (($x5150 (= 0 (+ 1 |S_a[3]|))))
(let (($x1887 (or $x5150 $x6905)))
(not $x1887)))))
(check-sat)
(reset)
; flip: contract output: B1 in column 0 at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |S_a[4]| () Int)
(assert
 (or (= |S_a[4]| (- 1)) (= |S_a[4]| 1)))
(assert
 (let (($x6306 (= 0 (+ (- 1) |S_a[4]|))))
(let (($x4893 (= 0 (+ 1 |S_a[4]|))))
(let (($x4342 (or $x4893 $x6306)))
(not $x4342)))))
(check-sat)
(reset)
