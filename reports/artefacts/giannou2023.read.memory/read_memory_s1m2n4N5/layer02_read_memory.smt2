; read_memory: S_a.flag[0] at (11, 0) (proved)
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
 (let (($x1424 (= 1 slot.a)))
(let ((?x162 (ite $x1424 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x2404 (ite $x1424 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x3462 (= 0 (+ ?x2404 (* (- 1) ?x162) (* (- 2) (ite $x1424 |mem1[0]| |mem2[0]|))))))
(not $x3462))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (12, 0) (proved)
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
 (let (($x1424 (= 1 slot.a)))
(let ((?x4407 (ite $x1424 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x5121 (ite $x1424 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x3155 (= 0 (+ ?x5121 (* (- 1) ?x4407) (* (- 2) (ite $x1424 |mem1[1]| |mem2[1]|))))))
(not $x3155))))))
(check-sat)
(reset)
; read_memory: S_a[2] at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1424 (= 1 slot.a)))
(let ((?x1191 (ite $x1424 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x3004 (ite $x1424 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x4171 (= 0 (+ ?x3004 (* (- 1) ?x1191) (* (- 2) (ite $x1424 |mem1[2]| |mem2[2]|))))))
(not $x4171))))))
(check-sat)
(reset)
; read_memory: S_a[3] at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1424 (= 1 slot.a)))
(let ((?x470 (ite $x1424 (+ 1 (* (- 1) |mem1[3]|)) (+ 1 (* (- 1) |mem2[3]|)))))
(let ((?x2642 (ite $x1424 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))))
(let (($x4789 (= 0 (+ ?x2642 (* (- 1) ?x470) (* (- 2) (ite $x1424 |mem1[3]| |mem2[3]|))))))
(not $x4789))))))
(check-sat)
(reset)
; read_memory: S_a[4] at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1424 (= 1 slot.a)))
(let ((?x3568 (ite $x1424 (+ 1 (* (- 1) |mem1[4]|)) (+ 1 (* (- 1) |mem2[4]|)))))
(let ((?x895 (ite $x1424 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))))
(let (($x380 (= 0 (+ ?x895 (* (- 1) ?x3568) (* (- 2) (ite $x1424 |mem1[4]| |mem2[4]|))))))
(not $x380))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (16, 0) (proved)
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
 (let ((?x4029 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3567 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x610 (= 1 slot.b)))
(let ((?x1031 (ite $x610 ?x3567 ?x4029)))
(let ((?x4921 (+ 1 |mem2[0]|)))
(let ((?x4569 (+ 1 |mem1[0]|)))
(let ((?x232 (ite $x610 ?x4569 ?x4921)))
(let (($x886 (= 0 (+ ?x232 (* (- 1) ?x1031) (* (- 2) (ite $x610 |mem1[0]| |mem2[0]|))))))
(not $x886))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (17, 0) (proved)
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
 (let ((?x2856 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x841 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x610 (= 1 slot.b)))
(let ((?x2941 (ite $x610 ?x841 ?x2856)))
(let ((?x2116 (+ 1 |mem2[1]|)))
(let ((?x2122 (+ 1 |mem1[1]|)))
(let ((?x1657 (ite $x610 ?x2122 ?x2116)))
(let (($x3578 (= 0 (+ ?x1657 (* (- 1) ?x2941) (* (- 2) (ite $x610 |mem1[1]| |mem2[1]|))))))
(not $x3578))))))))))
(check-sat)
(reset)
; read_memory: S_b[2] at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4733 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4699 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x610 (= 1 slot.b)))
(let ((?x3335 (ite $x610 ?x4699 ?x4733)))
(let ((?x2638 (+ 1 |mem2[2]|)))
(let ((?x989 (+ 1 |mem1[2]|)))
(let ((?x5123 (ite $x610 ?x989 ?x2638)))
(let (($x1333 (= 0 (+ ?x5123 (* (- 1) ?x3335) (* (- 2) (ite $x610 |mem1[2]| |mem2[2]|))))))
(not $x1333))))))))))
(check-sat)
(reset)
; read_memory: S_b[3] at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3747 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1532 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x610 (= 1 slot.b)))
(let ((?x3368 (ite $x610 ?x1532 ?x3747)))
(let ((?x3295 (+ 1 |mem2[3]|)))
(let ((?x2014 (+ 1 |mem1[3]|)))
(let ((?x1196 (ite $x610 ?x2014 ?x3295)))
(let (($x4035 (= 0 (+ ?x1196 (* (- 1) ?x3368) (* (- 2) (ite $x610 |mem1[3]| |mem2[3]|))))))
(not $x4035))))))))))
(check-sat)
(reset)
; read_memory: S_b[4] at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4457 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x1856 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x610 (= 1 slot.b)))
(let ((?x4604 (ite $x610 ?x1856 ?x4457)))
(let ((?x46 (+ 1 |mem2[4]|)))
(let ((?x2547 (+ 1 |mem1[4]|)))
(let ((?x5200 (ite $x610 ?x2547 ?x46)))
(let (($x3304 (= 0 (+ ?x5200 (* (- 1) ?x4604) (* (- 2) (ite $x610 |mem1[4]| |mem2[4]|))))))
(not $x3304))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (31, 0) (proved)
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
 (let ((?x4029 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3567 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x162 (ite $x1424 ?x3567 ?x4029)))
(let ((?x959 (+ (* 2 (ite $x1424 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x1424 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x162)))
(let (($x4726 (= 0 ?x959)))
(not $x4726))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (31, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3567 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x1970 (ite $x1424 ?x3567 (* 2 ?x3567))))
(let ((?x4569 (+ 1 |mem1[0]|)))
(let ((?x3572 (ite $x1424 ?x4569 (* 2 ?x4569))))
(let ((?x535 (+ (* 2 (ite $x1424 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x3572) ?x1970)))
(let (($x3068 (= 0 ?x535)))
(not $x3068)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (31, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4029 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x3852 (ite $x1424 (* 2 ?x4029) ?x4029)))
(let ((?x4921 (+ 1 |mem2[0]|)))
(let ((?x2119 (ite $x1424 (* 2 ?x4921) ?x4921)))
(let ((?x4293 (+ (* 2 (ite $x1424 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x2119) ?x3852)))
(let (($x817 (= 0 ?x4293)))
(not $x817)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (32, 0) (proved)
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
 (let ((?x2856 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x841 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x4407 (ite $x1424 ?x841 ?x2856)))
(let ((?x2876 (+ (* 2 (ite $x1424 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x1424 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x4407)))
(let (($x3805 (= 0 ?x2876)))
(not $x3805))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (32, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x841 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x1034 (ite $x1424 ?x841 (* 2 ?x841))))
(let ((?x2122 (+ 1 |mem1[1]|)))
(let ((?x3539 (ite $x1424 ?x2122 (* 2 ?x2122))))
(let ((?x4330 (+ (* 2 (ite $x1424 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x3539) ?x1034)))
(let (($x2615 (= 0 ?x4330)))
(not $x2615)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (32, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2856 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x3809 (ite $x1424 (* 2 ?x2856) ?x2856)))
(let ((?x2116 (+ 1 |mem2[1]|)))
(let ((?x1807 (ite $x1424 (* 2 ?x2116) ?x2116)))
(let ((?x1907 (+ (* 2 (ite $x1424 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x1807) ?x3809)))
(let (($x1418 (= 0 ?x1907)))
(not $x1418)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (33, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4733 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4699 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x1191 (ite $x1424 ?x4699 ?x4733)))
(let ((?x953 (+ (* 2 (ite $x1424 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x1424 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x1191)))
(let (($x4093 (= 0 ?x953)))
(not $x4093))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (33, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4699 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x5122 (ite $x1424 ?x4699 (* 2 ?x4699))))
(let ((?x989 (+ 1 |mem1[2]|)))
(let ((?x1295 (ite $x1424 ?x989 (* 2 ?x989))))
(let ((?x4216 (+ (* 2 (ite $x1424 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x1295) ?x5122)))
(let (($x3363 (= 0 ?x4216)))
(not $x3363)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (33, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4733 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x2988 (ite $x1424 (* 2 ?x4733) ?x4733)))
(let ((?x2638 (+ 1 |mem2[2]|)))
(let ((?x942 (ite $x1424 (* 2 ?x2638) ?x2638)))
(let ((?x2917 (+ (* 2 (ite $x1424 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x942) ?x2988)))
(let (($x5075 (= 0 ?x2917)))
(not $x5075)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (34, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3747 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1532 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x470 (ite $x1424 ?x1532 ?x3747)))
(let ((?x3399 (+ (* 2 (ite $x1424 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x1424 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x470)))
(let (($x994 (= 0 ?x3399)))
(not $x994))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (34, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1532 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x1538 (ite $x1424 ?x1532 (* 2 ?x1532))))
(let ((?x2014 (+ 1 |mem1[3]|)))
(let ((?x1261 (ite $x1424 ?x2014 (* 2 ?x2014))))
(let ((?x4350 (+ (* 2 (ite $x1424 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x1261) ?x1538)))
(let (($x645 (= 0 ?x4350)))
(not $x645)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (34, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3747 (+ 1 (* (- 1) |mem2[3]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x3338 (ite $x1424 (* 2 ?x3747) ?x3747)))
(let ((?x3295 (+ 1 |mem2[3]|)))
(let ((?x3372 (ite $x1424 (* 2 ?x3295) ?x3295)))
(let ((?x2381 (+ (* 2 (ite $x1424 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x3372) ?x3338)))
(let (($x2641 (= 0 ?x2381)))
(not $x2641)))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (35, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4457 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x1856 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x3568 (ite $x1424 ?x1856 ?x4457)))
(let ((?x1444 (+ (* 2 (ite $x1424 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x1424 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x3568)))
(let (($x2537 (= 0 ?x1444)))
(not $x2537))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (35, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1856 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x4097 (ite $x1424 ?x1856 (* 2 ?x1856))))
(let ((?x2547 (+ 1 |mem1[4]|)))
(let ((?x2443 (ite $x1424 ?x2547 (* 2 ?x2547))))
(let ((?x2859 (+ (* 2 (ite $x1424 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x2443) ?x4097)))
(let (($x1809 (= 0 ?x2859)))
(not $x1809)))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (35, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4457 (+ 1 (* (- 1) |mem2[4]|))))
(let (($x1424 (= 1 slot.a)))
(let ((?x4041 (ite $x1424 (* 2 ?x4457) ?x4457)))
(let ((?x46 (+ 1 |mem2[4]|)))
(let ((?x4126 (ite $x1424 (* 2 ?x46) ?x46)))
(let ((?x4685 (+ (* 2 (ite $x1424 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x4126) ?x4041)))
(let (($x3879 (= 0 ?x4685)))
(not $x3879)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (36, 0) (proved)
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
 (let ((?x4029 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3567 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x610 (= 1 slot.b)))
(let ((?x1031 (ite $x610 ?x3567 ?x4029)))
(let ((?x1060 (+ (* 2 (ite $x610 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x610 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x1031)))
(let (($x624 (= 0 ?x1060)))
(not $x624))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (36, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3567 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x2378 (* 2 ?x3567)))
(let (($x610 (= 1 slot.b)))
(let ((?x3631 (ite $x610 ?x3567 ?x2378)))
(let ((?x4569 (+ 1 |mem1[0]|)))
(let ((?x1697 (* 2 ?x4569)))
(let ((?x1451 (ite $x610 ?x4569 ?x1697)))
(let ((?x4405 (+ (* 2 (ite $x610 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x1451) ?x3631)))
(let (($x1090 (= 0 ?x4405)))
(not $x1090)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (36, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4029 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x2420 (* 2 ?x4029)))
(let (($x610 (= 1 slot.b)))
(let ((?x131 (ite $x610 ?x2420 ?x4029)))
(let ((?x4921 (+ 1 |mem2[0]|)))
(let ((?x1838 (* 2 ?x4921)))
(let ((?x4932 (ite $x610 ?x1838 ?x4921)))
(let ((?x3496 (+ (* 2 (ite $x610 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x4932) ?x131)))
(let (($x4537 (= 0 ?x3496)))
(not $x4537)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (37, 0) (proved)
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
 (let ((?x2856 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x841 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x610 (= 1 slot.b)))
(let ((?x2941 (ite $x610 ?x841 ?x2856)))
(let ((?x440 (+ (* 2 (ite $x610 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x610 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x2941)))
(let (($x1092 (= 0 ?x440)))
(not $x1092))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (37, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x841 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x3973 (* 2 ?x841)))
(let (($x610 (= 1 slot.b)))
(let ((?x2217 (ite $x610 ?x841 ?x3973)))
(let ((?x2122 (+ 1 |mem1[1]|)))
(let ((?x321 (* 2 ?x2122)))
(let ((?x1094 (ite $x610 ?x2122 ?x321)))
(let ((?x1818 (+ (* 2 (ite $x610 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x1094) ?x2217)))
(let (($x2625 (= 0 ?x1818)))
(not $x2625)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (37, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2856 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1577 (* 2 ?x2856)))
(let (($x610 (= 1 slot.b)))
(let ((?x4859 (ite $x610 ?x1577 ?x2856)))
(let ((?x2116 (+ 1 |mem2[1]|)))
(let ((?x999 (* 2 ?x2116)))
(let ((?x4392 (ite $x610 ?x999 ?x2116)))
(let ((?x3243 (+ (* 2 (ite $x610 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x4392) ?x4859)))
(let (($x3249 (= 0 ?x3243)))
(not $x3249)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (38, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4733 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4699 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x610 (= 1 slot.b)))
(let ((?x3335 (ite $x610 ?x4699 ?x4733)))
(let ((?x2854 (+ (* 2 (ite $x610 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x610 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x3335)))
(let (($x520 (= 0 ?x2854)))
(not $x520))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (38, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4699 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x1230 (* 2 ?x4699)))
(let (($x610 (= 1 slot.b)))
(let ((?x4087 (ite $x610 ?x4699 ?x1230)))
(let ((?x989 (+ 1 |mem1[2]|)))
(let ((?x4248 (* 2 ?x989)))
(let ((?x3254 (ite $x610 ?x989 ?x4248)))
(let ((?x110 (+ (* 2 (ite $x610 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x3254) ?x4087)))
(let (($x5148 (= 0 ?x110)))
(not $x5148)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (38, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4733 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x2814 (* 2 ?x4733)))
(let (($x610 (= 1 slot.b)))
(let ((?x3230 (ite $x610 ?x2814 ?x4733)))
(let ((?x2638 (+ 1 |mem2[2]|)))
(let ((?x4197 (* 2 ?x2638)))
(let ((?x577 (ite $x610 ?x4197 ?x2638)))
(let ((?x2680 (+ (* 2 (ite $x610 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x577) ?x3230)))
(let (($x349 (= 0 ?x2680)))
(not $x349)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3747 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1532 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x610 (= 1 slot.b)))
(let ((?x3368 (ite $x610 ?x1532 ?x3747)))
(let ((?x1890 (+ (* 2 (ite $x610 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x610 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x3368)))
(let (($x211 (= 0 ?x1890)))
(not $x211))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (39, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1532 (+ 1 (* (- 1) |mem1[3]|))))
(let ((?x3813 (* 2 ?x1532)))
(let (($x610 (= 1 slot.b)))
(let ((?x4815 (ite $x610 ?x1532 ?x3813)))
(let ((?x2014 (+ 1 |mem1[3]|)))
(let ((?x5039 (* 2 ?x2014)))
(let ((?x4840 (ite $x610 ?x2014 ?x5039)))
(let ((?x355 (+ (* 2 (ite $x610 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x4840) ?x4815)))
(let (($x2739 (= 0 ?x355)))
(not $x2739)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (39, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3747 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x2135 (* 2 ?x3747)))
(let (($x610 (= 1 slot.b)))
(let ((?x2210 (ite $x610 ?x2135 ?x3747)))
(let ((?x3295 (+ 1 |mem2[3]|)))
(let ((?x2026 (* 2 ?x3295)))
(let ((?x1629 (ite $x610 ?x2026 ?x3295)))
(let ((?x4592 (+ (* 2 (ite $x610 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x1629) ?x2210)))
(let (($x569 (= 0 ?x4592)))
(not $x569)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (40, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4457 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x1856 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x610 (= 1 slot.b)))
(let ((?x4604 (ite $x610 ?x1856 ?x4457)))
(let ((?x1154 (+ (* 2 (ite $x610 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x610 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x4604)))
(let (($x1983 (= 0 ?x1154)))
(not $x1983))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (40, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1856 (+ 1 (* (- 1) |mem1[4]|))))
(let ((?x704 (* 2 ?x1856)))
(let (($x610 (= 1 slot.b)))
(let ((?x4260 (ite $x610 ?x1856 ?x704)))
(let ((?x2547 (+ 1 |mem1[4]|)))
(let ((?x5171 (* 2 ?x2547)))
(let ((?x2438 (ite $x610 ?x2547 ?x5171)))
(let ((?x4083 (+ (* 2 (ite $x610 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x2438) ?x4260)))
(let (($x4241 (= 0 ?x4083)))
(not $x4241)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (40, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4457 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x2844 (* 2 ?x4457)))
(let (($x610 (= 1 slot.b)))
(let ((?x1615 (ite $x610 ?x2844 ?x4457)))
(let ((?x46 (+ 1 |mem2[4]|)))
(let ((?x1111 (* 2 ?x46)))
(let ((?x4996 (ite $x610 ?x1111 ?x46)))
(let ((?x2527 (+ (* 2 (ite $x610 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x4996) ?x1615)))
(let (($x3242 (= 0 ?x2527)))
(not $x3242)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2583 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x969 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x426 (and $x969 $x2583)))
(let (($x351 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x5140 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1659 (and $x5140 $x351)))
(let (($x1793 (or $x1659 $x426)))
(not $x1793)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x370 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x303 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x2140 (and $x303 $x370)))
(let (($x3288 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3442 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x4307 (and $x3442 $x3288)))
(let (($x1572 (or $x4307 $x2140)))
(not $x1572)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x4569 (+ 1 |mem1[0]|)))
(let (($x1404 (= 0 ?x4569)))
(let (($x2526 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x2629 (or $x2526 $x1404)))
(not $x2629))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x2122 (+ 1 |mem1[1]|)))
(let (($x2278 (= 0 ?x2122)))
(let (($x2922 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x3100 (or $x2922 $x2278)))
(not $x3100))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x989 (+ 1 |mem1[2]|)))
(let (($x230 (= 0 ?x989)))
(let (($x985 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x164 (or $x985 $x230)))
(not $x164))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let ((?x2014 (+ 1 |mem1[3]|)))
(let (($x2393 (= 0 ?x2014)))
(let (($x125 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x3637 (or $x125 $x2393)))
(not $x3637))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let ((?x2547 (+ 1 |mem1[4]|)))
(let (($x1770 (= 0 ?x2547)))
(let (($x3140 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x3082 (or $x3140 $x1770)))
(not $x3082))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x4921 (+ 1 |mem2[0]|)))
(let (($x146 (= 0 ?x4921)))
(let (($x4578 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x3378 (or $x4578 $x146)))
(not $x3378))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x2116 (+ 1 |mem2[1]|)))
(let (($x4073 (= 0 ?x2116)))
(let (($x2096 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x4159 (or $x2096 $x4073)))
(not $x4159))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x2638 (+ 1 |mem2[2]|)))
(let (($x3240 (= 0 ?x2638)))
(let (($x4212 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x1427 (or $x4212 $x3240)))
(not $x1427))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let ((?x3295 (+ 1 |mem2[3]|)))
(let (($x906 (= 0 ?x3295)))
(let (($x1869 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x3330 (or $x1869 $x906)))
(not $x3330))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let ((?x46 (+ 1 |mem2[4]|)))
(let (($x4617 (= 0 ?x46)))
(let (($x5147 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1466 (or $x5147 $x4617)))
(not $x1466))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (21, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2062 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4203 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x4583 (and $x4203 $x2062)))
(let (($x4196 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x2997 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x5037 (and $x2997 $x4196)))
(let (($x2665 (or $x5037 $x4583)))
(not $x2665)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x5167 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1627 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x4408 (and $x1627 $x5167)))
(let (($x3386 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2944 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x746 (and $x2944 $x3386)))
(let (($x4127 (or $x746 $x4408)))
(not $x4127)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (11, 0) (proved)
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
 (let (($x2288 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x1465 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x4745 (or $x1465 $x2288)))
(not $x4745)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (12, 0) (proved)
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
 (let (($x2877 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x2677 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x4764 (or $x2677 $x2877)))
(not $x4764)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (13, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2052 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x939 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x1980 (or $x939 $x2052)))
(not $x1980)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (14, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x3434 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x4442 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x3928 (or $x4442 $x3434)))
(not $x3928)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (15, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2589 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x2468 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x1496 (or $x2468 $x2589)))
(not $x1496)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (16, 0) (proved)
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
 (let (($x4933 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x3823 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x2127 (or $x3823 $x4933)))
(not $x2127)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (17, 0) (proved)
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
 (let (($x1967 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x1917 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x3767 (or $x1917 $x1967)))
(not $x3767)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (18, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x692 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x4236 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x2349 (or $x4236 $x692)))
(not $x2349)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (19, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2795 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x4199 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x3171 (or $x4199 $x2795)))
(not $x3171)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (20, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x4589 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x250 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x958 (or $x250 $x4589)))
(not $x958)))))
(check-sat)
(reset)
