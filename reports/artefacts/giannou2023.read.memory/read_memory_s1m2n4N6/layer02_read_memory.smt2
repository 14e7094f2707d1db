; read_memory: S_a.flag[0] at (12, 0) (proved)
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
 (let (($x2774 (= 1 slot.a)))
(let ((?x230 (ite $x2774 (+ 1 (* (- 1) |mem1[0]|)) (+ 1 (* (- 1) |mem2[0]|)))))
(let ((?x227 (ite $x2774 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))))
(let (($x1520 (= 0 (+ ?x227 (* (- 1) ?x230) (* (- 2) (ite $x2774 |mem1[0]| |mem2[0]|))))))
(not $x1520))))))
(check-sat)
(reset)
; read_memory: S_a[1] at (13, 0) (proved)
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
 (let (($x2774 (= 1 slot.a)))
(let ((?x3436 (ite $x2774 (+ 1 (* (- 1) |mem1[1]|)) (+ 1 (* (- 1) |mem2[1]|)))))
(let ((?x3249 (ite $x2774 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))))
(let (($x640 (= 0 (+ ?x3249 (* (- 1) ?x3436) (* (- 2) (ite $x2774 |mem1[1]| |mem2[1]|))))))
(not $x640))))))
(check-sat)
(reset)
; read_memory: S_a[2] at (14, 0) (proved)
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
 (let (($x2774 (= 1 slot.a)))
(let ((?x4536 (ite $x2774 (+ 1 (* (- 1) |mem1[2]|)) (+ 1 (* (- 1) |mem2[2]|)))))
(let ((?x3116 (ite $x2774 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))))
(let (($x3262 (= 0 (+ ?x3116 (* (- 1) ?x4536) (* (- 2) (ite $x2774 |mem1[2]| |mem2[2]|))))))
(not $x3262))))))
(check-sat)
(reset)
; read_memory: S_a[3] at (15, 0) (proved)
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
 (let (($x2774 (= 1 slot.a)))
(let ((?x1183 (ite $x2774 (+ 1 (* (- 1) |mem1[3]|)) (+ 1 (* (- 1) |mem2[3]|)))))
(let ((?x1261 (ite $x2774 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))))
(let (($x3568 (= 0 (+ ?x1261 (* (- 1) ?x1183) (* (- 2) (ite $x2774 |mem1[3]| |mem2[3]|))))))
(not $x3568))))))
(check-sat)
(reset)
; read_memory: S_a[4] at (16, 0) (proved)
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
 (let (($x2774 (= 1 slot.a)))
(let ((?x2274 (ite $x2774 (+ 1 (* (- 1) |mem1[4]|)) (+ 1 (* (- 1) |mem2[4]|)))))
(let ((?x211 (ite $x2774 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))))
(let (($x3946 (= 0 (+ ?x211 (* (- 1) ?x2274) (* (- 2) (ite $x2774 |mem1[4]| |mem2[4]|))))))
(not $x3946))))))
(check-sat)
(reset)
; read_memory: S_a[5] at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x2774 (= 1 slot.a)))
(let ((?x1515 (ite $x2774 (+ 1 (* (- 1) |mem1[5]|)) (+ 1 (* (- 1) |mem2[5]|)))))
(let ((?x2269 (ite $x2774 (+ 1 |mem1[5]|) (+ 1 |mem2[5]|))))
(let (($x1175 (= 0 (+ ?x2269 (* (- 1) ?x1515) (* (- 2) (ite $x2774 |mem1[5]| |mem2[5]|))))))
(not $x1175))))))
(check-sat)
(reset)
; read_memory: S_b[0] at (18, 0) (proved)
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
 (let ((?x3194 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3809 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x1284 (ite $x2301 ?x3809 ?x3194)))
(let ((?x1512 (+ 1 |mem2[0]|)))
(let ((?x1392 (+ 1 |mem1[0]|)))
(let ((?x63 (ite $x2301 ?x1392 ?x1512)))
(let (($x2288 (= 0 (+ ?x63 (* (- 1) ?x1284) (* (- 2) (ite $x2301 |mem1[0]| |mem2[0]|))))))
(not $x2288))))))))))
(check-sat)
(reset)
; read_memory: S_b[1] at (19, 0) (proved)
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
 (let ((?x894 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1793 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x2107 (ite $x2301 ?x1793 ?x894)))
(let ((?x4197 (+ 1 |mem2[1]|)))
(let ((?x667 (+ 1 |mem1[1]|)))
(let ((?x3939 (ite $x2301 ?x667 ?x4197)))
(let (($x1090 (= 0 (+ ?x3939 (* (- 1) ?x2107) (* (- 2) (ite $x2301 |mem1[1]| |mem2[1]|))))))
(not $x1090))))))))))
(check-sat)
(reset)
; read_memory: S_b[2] at (20, 0) (proved)
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
 (let ((?x2649 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4578 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x130 (ite $x2301 ?x4578 ?x2649)))
(let ((?x2962 (+ 1 |mem2[2]|)))
(let ((?x199 (+ 1 |mem1[2]|)))
(let ((?x4770 (ite $x2301 ?x199 ?x2962)))
(let (($x2909 (= 0 (+ ?x4770 (* (- 1) ?x130) (* (- 2) (ite $x2301 |mem1[2]| |mem2[2]|))))))
(not $x2909))))))))))
(check-sat)
(reset)
; read_memory: S_b[3] at (21, 0) (proved)
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
 (let ((?x4800 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1416 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x5042 (ite $x2301 ?x1416 ?x4800)))
(let ((?x3617 (+ 1 |mem2[3]|)))
(let ((?x1427 (+ 1 |mem1[3]|)))
(let ((?x2244 (ite $x2301 ?x1427 ?x3617)))
(let (($x2526 (= 0 (+ ?x2244 (* (- 1) ?x5042) (* (- 2) (ite $x2301 |mem1[3]| |mem2[3]|))))))
(not $x2526))))))))))
(check-sat)
(reset)
; read_memory: S_b[4] at (22, 0) (proved)
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
 (let ((?x1306 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x3438 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x1818 (ite $x2301 ?x3438 ?x1306)))
(let ((?x1194 (+ 1 |mem2[4]|)))
(let ((?x1751 (+ 1 |mem1[4]|)))
(let ((?x895 (ite $x2301 ?x1751 ?x1194)))
(let (($x1201 (= 0 (+ ?x895 (* (- 1) ?x1818) (* (- 2) (ite $x2301 |mem1[4]| |mem2[4]|))))))
(not $x1201))))))))))
(check-sat)
(reset)
; read_memory: S_b[5] at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3633 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x3720 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x4216 (ite $x2301 ?x3720 ?x3633)))
(let ((?x3375 (+ 1 |mem2[5]|)))
(let ((?x3847 (+ 1 |mem1[5]|)))
(let ((?x2135 (ite $x2301 ?x3847 ?x3375)))
(let (($x2233 (= 0 (+ ?x2135 (* (- 1) ?x4216) (* (- 2) (ite $x2301 |mem1[5]| |mem2[5]|))))))
(not $x2233))))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (34, 0) (proved)
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
 (let ((?x3194 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3809 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x230 (ite $x2774 ?x3809 ?x3194)))
(let ((?x4932 (+ (* 2 (ite $x2774 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x2774 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x230)))
(let (($x2443 (= 0 ?x4932)))
(not $x2443))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (34, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3809 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x2641 (ite $x2774 ?x3809 (* 2 ?x3809))))
(let ((?x1392 (+ 1 |mem1[0]|)))
(let ((?x2516 (ite $x2774 ?x1392 (* 2 ?x1392))))
(let ((?x4071 (+ (* 2 (ite $x2774 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x2516) ?x2641)))
(let (($x3938 (= 0 ?x4071)))
(not $x3938)))))))))
(check-sat)
(reset)
; read_memory: B.B1[0] at (34, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3194 (+ 1 (* (- 1) |mem2[0]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x828 (ite $x2774 (* 2 ?x3194) ?x3194)))
(let ((?x1512 (+ 1 |mem2[0]|)))
(let ((?x2805 (ite $x2774 (* 2 ?x1512) ?x1512)))
(let ((?x1341 (+ (* 2 (ite $x2774 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x2805) ?x828)))
(let (($x3718 (= 0 ?x1341)))
(not $x3718)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (35, 0) (proved)
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
 (let ((?x894 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1793 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x3436 (ite $x2774 ?x1793 ?x894)))
(let ((?x3685 (+ (* 2 (ite $x2774 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x2774 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x3436)))
(let (($x4515 (= 0 ?x3685)))
(not $x4515))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (35, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1793 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x3094 (ite $x2774 ?x1793 (* 2 ?x1793))))
(let ((?x667 (+ 1 |mem1[1]|)))
(let ((?x4212 (ite $x2774 ?x667 (* 2 ?x667))))
(let ((?x46 (+ (* 2 (ite $x2774 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x4212) ?x3094)))
(let (($x3170 (= 0 ?x46)))
(not $x3170)))))))))
(check-sat)
(reset)
; read_memory: B.B1[1] at (35, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x894 (+ 1 (* (- 1) |mem2[1]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x915 (ite $x2774 (* 2 ?x894) ?x894)))
(let ((?x4197 (+ 1 |mem2[1]|)))
(let ((?x2286 (ite $x2774 (* 2 ?x4197) ?x4197)))
(let ((?x3452 (+ (* 2 (ite $x2774 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x2286) ?x915)))
(let (($x3338 (= 0 ?x3452)))
(not $x3338)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (36, 0) (proved)
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
 (let ((?x2649 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4578 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x4536 (ite $x2774 ?x4578 ?x2649)))
(let ((?x2334 (+ (* 2 (ite $x2774 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x2774 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x4536)))
(let (($x3378 (= 0 ?x2334)))
(not $x3378))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (36, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4578 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x2692 (ite $x2774 ?x4578 (* 2 ?x4578))))
(let ((?x199 (+ 1 |mem1[2]|)))
(let ((?x2448 (ite $x2774 ?x199 (* 2 ?x199))))
(let ((?x2148 (+ (* 2 (ite $x2774 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x2448) ?x2692)))
(let (($x3429 (= 0 ?x2148)))
(not $x3429)))))))))
(check-sat)
(reset)
; read_memory: B.B1[2] at (36, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x2649 (+ 1 (* (- 1) |mem2[2]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x4335 (ite $x2774 (* 2 ?x2649) ?x2649)))
(let ((?x2962 (+ 1 |mem2[2]|)))
(let ((?x4293 (ite $x2774 (* 2 ?x2962) ?x2962)))
(let ((?x2028 (+ (* 2 (ite $x2774 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x4293) ?x4335)))
(let (($x1429 (= 0 ?x2028)))
(not $x1429)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (37, 0) (proved)
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
 (let ((?x4800 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1416 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x1183 (ite $x2774 ?x1416 ?x4800)))
(let ((?x2783 (+ (* 2 (ite $x2774 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x2774 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x1183)))
(let (($x315 (= 0 ?x2783)))
(not $x315))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (37, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1416 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x999 (ite $x2774 ?x1416 (* 2 ?x1416))))
(let ((?x1427 (+ 1 |mem1[3]|)))
(let ((?x3813 (ite $x2774 ?x1427 (* 2 ?x1427))))
(let ((?x1497 (+ (* 2 (ite $x2774 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x3813) ?x999)))
(let (($x2954 (= 0 ?x1497)))
(not $x2954)))))))))
(check-sat)
(reset)
; read_memory: B.B1[3] at (37, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x4800 (+ 1 (* (- 1) |mem2[3]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x2166 (ite $x2774 (* 2 ?x4800) ?x4800)))
(let ((?x3617 (+ 1 |mem2[3]|)))
(let ((?x3485 (ite $x2774 (* 2 ?x3617) ?x3617)))
(let ((?x3424 (+ (* 2 (ite $x2774 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x3485) ?x2166)))
(let (($x992 (= 0 ?x3424)))
(not $x992)))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (38, 0) (proved)
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
 (let ((?x1306 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x3438 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x2274 (ite $x2774 ?x3438 ?x1306)))
(let ((?x2789 (+ (* 2 (ite $x2774 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x2774 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x2274)))
(let (($x2220 (= 0 ?x2789)))
(not $x2220))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (38, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3438 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x1652 (ite $x2774 ?x3438 (* 2 ?x3438))))
(let ((?x1751 (+ 1 |mem1[4]|)))
(let ((?x4629 (ite $x2774 ?x1751 (* 2 ?x1751))))
(let ((?x4467 (+ (* 2 (ite $x2774 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x4629) ?x1652)))
(let (($x2891 (= 0 ?x4467)))
(not $x2891)))))))))
(check-sat)
(reset)
; read_memory: B.B1[4] at (38, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x1306 (+ 1 (* (- 1) |mem2[4]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x3968 (ite $x2774 (* 2 ?x1306) ?x1306)))
(let ((?x1194 (+ 1 |mem2[4]|)))
(let ((?x757 (ite $x2774 (* 2 ?x1194) ?x1194)))
(let ((?x2145 (+ (* 2 (ite $x2774 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x757) ?x3968)))
(let (($x4307 (= 0 ?x2145)))
(not $x4307)))))))))
(check-sat)
(reset)
; read_memory: B.B1[5] at (39, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3633 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x3720 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x1515 (ite $x2774 ?x3720 ?x3633)))
(let ((?x985 (+ (* 2 (ite $x2774 |mem1[5]| |mem2[5]|)) (* (- 1) (ite $x2774 (+ 1 |mem1[5]|) (+ 1 |mem2[5]|))) ?x1515)))
(let (($x3080 (= 0 ?x985)))
(not $x3080))))))))
(check-sat)
(reset)
; read_memory: B.B1[5] at (39, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3720 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x2476 (ite $x2774 ?x3720 (* 2 ?x3720))))
(let ((?x3847 (+ 1 |mem1[5]|)))
(let ((?x1372 (ite $x2774 ?x3847 (* 2 ?x3847))))
(let ((?x5183 (+ (* 2 (ite $x2774 |mem1[5]| (* 2 |mem1[5]|))) (* (- 1) ?x1372) ?x2476)))
(let (($x3361 (= 0 ?x5183)))
(not $x3361)))))))))
(check-sat)
(reset)
; read_memory: B.B1[5] at (39, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let ((?x3633 (+ 1 (* (- 1) |mem2[5]|))))
(let (($x2774 (= 1 slot.a)))
(let ((?x2907 (ite $x2774 (* 2 ?x3633) ?x3633)))
(let ((?x3375 (+ 1 |mem2[5]|)))
(let ((?x2151 (ite $x2774 (* 2 ?x3375) ?x3375)))
(let ((?x2122 (+ (* 2 (ite $x2774 (* 2 |mem2[5]|) |mem2[5]|)) (* (- 1) ?x2151) ?x2907)))
(let (($x987 (= 0 ?x2122)))
(not $x987)))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (40, 0) (proved)
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
 (let ((?x3194 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x3809 (+ 1 (* (- 1) |mem1[0]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x1284 (ite $x2301 ?x3809 ?x3194)))
(let ((?x2768 (+ (* 2 (ite $x2301 |mem1[0]| |mem2[0]|)) (* (- 1) (ite $x2301 (+ 1 |mem1[0]|) (+ 1 |mem2[0]|))) ?x1284)))
(let (($x1946 (= 0 ?x2768)))
(not $x1946))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (40, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3809 (+ 1 (* (- 1) |mem1[0]|))))
(let ((?x2347 (* 2 ?x3809)))
(let (($x2301 (= 1 slot.b)))
(let ((?x4759 (ite $x2301 ?x3809 ?x2347)))
(let ((?x1392 (+ 1 |mem1[0]|)))
(let ((?x2382 (* 2 ?x1392)))
(let ((?x4209 (ite $x2301 ?x1392 ?x2382)))
(let ((?x998 (+ (* 2 (ite $x2301 |mem1[0]| (* 2 |mem1[0]|))) (* (- 1) ?x4209) ?x4759)))
(let (($x1685 (= 0 ?x998)))
(not $x1685)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[0] at (40, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3194 (+ 1 (* (- 1) |mem2[0]|))))
(let ((?x535 (* 2 ?x3194)))
(let (($x2301 (= 1 slot.b)))
(let ((?x2044 (ite $x2301 ?x535 ?x3194)))
(let ((?x1512 (+ 1 |mem2[0]|)))
(let ((?x1926 (* 2 ?x1512)))
(let ((?x694 (ite $x2301 ?x1926 ?x1512)))
(let ((?x3258 (+ (* 2 (ite $x2301 (* 2 |mem2[0]|) |mem2[0]|)) (* (- 1) ?x694) ?x2044)))
(let (($x3399 (= 0 ?x3258)))
(not $x3399)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (41, 0) (proved)
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
 (let ((?x894 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1793 (+ 1 (* (- 1) |mem1[1]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x2107 (ite $x2301 ?x1793 ?x894)))
(let ((?x477 (+ (* 2 (ite $x2301 |mem1[1]| |mem2[1]|)) (* (- 1) (ite $x2301 (+ 1 |mem1[1]|) (+ 1 |mem2[1]|))) ?x2107)))
(let (($x629 (= 0 ?x477)))
(not $x629))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (41, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1793 (+ 1 (* (- 1) |mem1[1]|))))
(let ((?x5171 (* 2 ?x1793)))
(let (($x2301 (= 1 slot.b)))
(let ((?x1920 (ite $x2301 ?x1793 ?x5171)))
(let ((?x667 (+ 1 |mem1[1]|)))
(let ((?x4257 (* 2 ?x667)))
(let ((?x2765 (ite $x2301 ?x667 ?x4257)))
(let ((?x1214 (+ (* 2 (ite $x2301 |mem1[1]| (* 2 |mem1[1]|))) (* (- 1) ?x2765) ?x1920)))
(let (($x3308 (= 0 ?x1214)))
(not $x3308)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[1] at (41, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x894 (+ 1 (* (- 1) |mem2[1]|))))
(let ((?x1921 (* 2 ?x894)))
(let (($x2301 (= 1 slot.b)))
(let ((?x368 (ite $x2301 ?x1921 ?x894)))
(let ((?x4197 (+ 1 |mem2[1]|)))
(let ((?x939 (* 2 ?x4197)))
(let ((?x1251 (ite $x2301 ?x939 ?x4197)))
(let ((?x4083 (+ (* 2 (ite $x2301 (* 2 |mem2[1]|) |mem2[1]|)) (* (- 1) ?x1251) ?x368)))
(let (($x2988 (= 0 ?x4083)))
(not $x2988)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (42, 0) (proved)
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
 (let ((?x2649 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x4578 (+ 1 (* (- 1) |mem1[2]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x130 (ite $x2301 ?x4578 ?x2649)))
(let ((?x2615 (+ (* 2 (ite $x2301 |mem1[2]| |mem2[2]|)) (* (- 1) (ite $x2301 (+ 1 |mem1[2]|) (+ 1 |mem2[2]|))) ?x130)))
(let (($x2484 (= 0 ?x2615)))
(not $x2484))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (42, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4578 (+ 1 (* (- 1) |mem1[2]|))))
(let ((?x2971 (* 2 ?x4578)))
(let (($x2301 (= 1 slot.b)))
(let ((?x2905 (ite $x2301 ?x4578 ?x2971)))
(let ((?x199 (+ 1 |mem1[2]|)))
(let ((?x4756 (* 2 ?x199)))
(let ((?x3920 (ite $x2301 ?x199 ?x4756)))
(let ((?x1651 (+ (* 2 (ite $x2301 |mem1[2]| (* 2 |mem1[2]|))) (* (- 1) ?x3920) ?x2905)))
(let (($x2026 (= 0 ?x1651)))
(not $x2026)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[2] at (42, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x2649 (+ 1 (* (- 1) |mem2[2]|))))
(let ((?x2665 (* 2 ?x2649)))
(let (($x2301 (= 1 slot.b)))
(let ((?x1254 (ite $x2301 ?x2665 ?x2649)))
(let ((?x2962 (+ 1 |mem2[2]|)))
(let ((?x1032 (* 2 ?x2962)))
(let ((?x4189 (ite $x2301 ?x1032 ?x2962)))
(let ((?x1410 (+ (* 2 (ite $x2301 (* 2 |mem2[2]|) |mem2[2]|)) (* (- 1) ?x4189) ?x1254)))
(let (($x3797 (= 0 ?x1410)))
(not $x3797)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (43, 0) (proved)
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
 (let ((?x4800 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x1416 (+ 1 (* (- 1) |mem1[3]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x5042 (ite $x2301 ?x1416 ?x4800)))
(let ((?x949 (+ (* 2 (ite $x2301 |mem1[3]| |mem2[3]|)) (* (- 1) (ite $x2301 (+ 1 |mem1[3]|) (+ 1 |mem2[3]|))) ?x5042)))
(let (($x2859 (= 0 ?x949)))
(not $x2859))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (43, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1416 (+ 1 (* (- 1) |mem1[3]|))))
(let ((?x1718 (* 2 ?x1416)))
(let (($x2301 (= 1 slot.b)))
(let ((?x1340 (ite $x2301 ?x1416 ?x1718)))
(let ((?x1427 (+ 1 |mem1[3]|)))
(let ((?x2210 (* 2 ?x1427)))
(let ((?x5032 (ite $x2301 ?x1427 ?x2210)))
(let ((?x2405 (+ (* 2 (ite $x2301 |mem1[3]| (* 2 |mem1[3]|))) (* (- 1) ?x5032) ?x1340)))
(let (($x4161 (= 0 ?x2405)))
(not $x4161)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[3] at (43, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x4800 (+ 1 (* (- 1) |mem2[3]|))))
(let ((?x959 (* 2 ?x4800)))
(let (($x2301 (= 1 slot.b)))
(let ((?x453 (ite $x2301 ?x959 ?x4800)))
(let ((?x3617 (+ 1 |mem2[3]|)))
(let ((?x146 (* 2 ?x3617)))
(let ((?x2025 (ite $x2301 ?x146 ?x3617)))
(let ((?x1070 (+ (* 2 (ite $x2301 (* 2 |mem2[3]|) |mem2[3]|)) (* (- 1) ?x2025) ?x453)))
(let (($x1271 (= 0 ?x1070)))
(not $x1271)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (44, 0) (proved)
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
 (let ((?x1306 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x3438 (+ 1 (* (- 1) |mem1[4]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x1818 (ite $x2301 ?x3438 ?x1306)))
(let ((?x351 (+ (* 2 (ite $x2301 |mem1[4]| |mem2[4]|)) (* (- 1) (ite $x2301 (+ 1 |mem1[4]|) (+ 1 |mem2[4]|))) ?x1818)))
(let (($x2834 (= 0 ?x351)))
(not $x2834))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (44, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3438 (+ 1 (* (- 1) |mem1[4]|))))
(let ((?x380 (* 2 ?x3438)))
(let (($x2301 (= 1 slot.b)))
(let ((?x2357 (ite $x2301 ?x3438 ?x380)))
(let ((?x1751 (+ 1 |mem1[4]|)))
(let ((?x1123 (* 2 ?x1751)))
(let ((?x4058 (ite $x2301 ?x1751 ?x1123)))
(let ((?x1299 (+ (* 2 (ite $x2301 |mem1[4]| (* 2 |mem1[4]|))) (* (- 1) ?x4058) ?x2357)))
(let (($x5122 (= 0 ?x1299)))
(not $x5122)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[4] at (44, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x1306 (+ 1 (* (- 1) |mem2[4]|))))
(let ((?x2547 (* 2 ?x1306)))
(let (($x2301 (= 1 slot.b)))
(let ((?x2654 (ite $x2301 ?x2547 ?x1306)))
(let ((?x1194 (+ 1 |mem2[4]|)))
(let ((?x4480 (* 2 ?x1194)))
(let ((?x2069 (ite $x2301 ?x4480 ?x1194)))
(let ((?x4758 (+ (* 2 (ite $x2301 (* 2 |mem2[4]|) |mem2[4]|)) (* (- 1) ?x2069) ?x2654)))
(let (($x2638 (= 0 ?x4758)))
(not $x2638)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[5] at (45, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3633 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x3720 (+ 1 (* (- 1) |mem1[5]|))))
(let (($x2301 (= 1 slot.b)))
(let ((?x4216 (ite $x2301 ?x3720 ?x3633)))
(let ((?x3230 (+ (* 2 (ite $x2301 |mem1[5]| |mem2[5]|)) (* (- 1) (ite $x2301 (+ 1 |mem1[5]|) (+ 1 |mem2[5]|))) ?x4216)))
(let (($x330 (= 0 ?x3230)))
(not $x330))))))))
(check-sat)
(reset)
; read_memory: B.B2[5] at (45, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3720 (+ 1 (* (- 1) |mem1[5]|))))
(let ((?x2183 (* 2 ?x3720)))
(let (($x2301 (= 1 slot.b)))
(let ((?x1247 (ite $x2301 ?x3720 ?x2183)))
(let ((?x3847 (+ 1 |mem1[5]|)))
(let ((?x2535 (* 2 ?x3847)))
(let ((?x3434 (ite $x2301 ?x3847 ?x2535)))
(let ((?x5148 (+ (* 2 (ite $x2301 |mem1[5]| (* 2 |mem1[5]|))) (* (- 1) ?x3434) ?x1247)))
(let (($x956 (= 0 ?x5148)))
(not $x956)))))))))))
(check-sat)
(reset)
; read_memory: B.B2[5] at (45, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let ((?x3633 (+ 1 (* (- 1) |mem2[5]|))))
(let ((?x1466 (* 2 ?x3633)))
(let (($x2301 (= 1 slot.b)))
(let ((?x970 (ite $x2301 ?x1466 ?x3633)))
(let ((?x3375 (+ 1 |mem2[5]|)))
(let ((?x2995 (* 2 ?x3375)))
(let ((?x1509 (ite $x2301 ?x2995 ?x3375)))
(let ((?x2760 (+ (* 2 (ite $x2301 (* 2 |mem2[5]|) |mem2[5]|)) (* (- 1) ?x1509) ?x970)))
(let (($x1608 (= 0 ?x2760)))
(not $x1608)))))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x4685 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x106 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x3284 (and $x106 $x4685)))
(let (($x2877 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x263 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x1338 (and $x263 $x2877)))
(let (($x2226 (or $x1338 $x3284)))
(not $x2226)))))))))
(check-sat)
(reset)
; read_memory: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x6 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x796 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x833 (and $x796 $x6)))
(let (($x1892 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3351 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x867 (and $x3351 $x1892)))
(let (($x1040 (or $x867 $x833)))
(not $x1040)))))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let ((?x1392 (+ 1 |mem1[0]|)))
(let (($x1627 (= 0 ?x1392)))
(let (($x790 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3068 (or $x790 $x1627)))
(not $x3068))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let ((?x667 (+ 1 |mem1[1]|)))
(let (($x2268 (= 0 ?x667)))
(let (($x420 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x388 (or $x420 $x2268)))
(not $x388))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let ((?x199 (+ 1 |mem1[2]|)))
(let (($x2985 (= 0 ?x199)))
(let (($x2796 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x2521 (or $x2796 $x2985)))
(not $x2521))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let ((?x1427 (+ 1 |mem1[3]|)))
(let (($x3831 (= 0 ?x1427)))
(let (($x2677 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x4190 (or $x2677 $x3831)))
(not $x4190))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let ((?x1751 (+ 1 |mem1[4]|)))
(let (($x3050 (= 0 ?x1751)))
(let (($x4779 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x3572 (or $x4779 $x3050)))
(not $x3572))))))
(check-sat)
(reset)
; read_memory: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let ((?x3847 (+ 1 |mem1[5]|)))
(let (($x4416 (= 0 ?x3847)))
(let (($x2387 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x3838 (or $x2387 $x4416)))
(not $x3838))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let ((?x1512 (+ 1 |mem2[0]|)))
(let (($x1555 (= 0 ?x1512)))
(let (($x3275 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x2528 (or $x3275 $x1555)))
(not $x2528))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let ((?x4197 (+ 1 |mem2[1]|)))
(let (($x746 (= 0 ?x4197)))
(let (($x3082 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x3869 (or $x3082 $x746)))
(not $x3869))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let ((?x2962 (+ 1 |mem2[2]|)))
(let (($x1950 (= 0 ?x2962)))
(let (($x2933 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x2139 (or $x2933 $x1950)))
(not $x2139))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let ((?x3617 (+ 1 |mem2[3]|)))
(let (($x3240 (= 0 ?x3617)))
(let (($x1474 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x942 (or $x1474 $x3240)))
(not $x942))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let ((?x1194 (+ 1 |mem2[4]|)))
(let (($x2899 (= 0 ?x1194)))
(let (($x423 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x3519 (or $x423 $x2899)))
(not $x3519))))))
(check-sat)
(reset)
; read_memory: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let ((?x3375 (+ 1 |mem2[5]|)))
(let (($x2016 (= 0 ?x3375)))
(let (($x4016 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x2000 (or $x4016 $x2016)))
(not $x2000))))))
(check-sat)
(reset)
; read_memory: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1565 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x1936 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3501 (and $x1936 $x1565)))
(let (($x5167 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x3531 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1569 (and $x3531 $x5167)))
(let (($x950 (or $x1569 $x3501)))
(not $x950)))))))))
(check-sat)
(reset)
; read_memory: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3217 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x4592 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2868 (and $x4592 $x3217)))
(let (($x3286 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x1076 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x2378 (and $x1076 $x3286)))
(let (($x242 (or $x2378 $x2868)))
(not $x242)))))))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (12, 0) (proved)
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
 (let (($x1897 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x4164 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[0]| |mem2[0]|)))))
(let (($x2936 (or $x4164 $x1897)))
(not $x2936)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (13, 0) (proved)
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
 (let (($x4112 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x349 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[1]| |mem2[1]|)))))
(let (($x2898 (or $x349 $x4112)))
(not $x2898)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (14, 0) (proved)
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
 (let (($x3579 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x2704 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[2]| |mem2[2]|)))))
(let (($x2119 (or $x2704 $x3579)))
(not $x2119)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (15, 0) (proved)
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
 (let (($x4569 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x3097 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[3]| |mem2[3]|)))))
(let (($x1093 (or $x3097 $x4569)))
(not $x1093)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (16, 0) (proved)
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
 (let (($x394 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x4773 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[4]| |mem2[4]|)))))
(let (($x2929 (or $x4773 $x394)))
(not $x2929)))))
(check-sat)
(reset)
; read_memory: contract output: S_a in column 0 at (17, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.a () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x4740 (= 0 (+ 1 (ite (= 1 slot.a) |mem1[5]| |mem2[5]|)))))
(let (($x1757 (= 0 (+ (- 1) (ite (= 1 slot.a) |mem1[5]| |mem2[5]|)))))
(let (($x177 (or $x1757 $x4740)))
(not $x177)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (18, 0) (proved)
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
 (let (($x748 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x3364 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[0]| |mem2[0]|)))))
(let (($x1528 (or $x3364 $x748)))
(not $x1528)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (19, 0) (proved)
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
 (let (($x5199 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x1508 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[1]| |mem2[1]|)))))
(let (($x1468 (or $x1508 $x5199)))
(not $x1468)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (20, 0) (proved)
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
 (let (($x1808 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x287 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[2]| |mem2[2]|)))))
(let (($x2800 (or $x287 $x1808)))
(not $x2800)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (21, 0) (proved)
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
 (let (($x138 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x835 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[3]| |mem2[3]|)))))
(let (($x4976 (or $x835 $x138)))
(not $x4976)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (22, 0) (proved)
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
 (let (($x712 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x1226 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[4]| |mem2[4]|)))))
(let (($x1001 (or $x1226 $x712)))
(not $x1001)))))
(check-sat)
(reset)
; read_memory: contract output: S_b in column 0 at (23, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(declare-fun |mem2[5]| () Int)
(declare-fun slot.b () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x2014 (= 0 (+ 1 (ite (= 1 slot.b) |mem1[5]| |mem2[5]|)))))
(let (($x3958 (= 0 (+ (- 1) (ite (= 1 slot.b) |mem1[5]| |mem2[5]|)))))
(let (($x2313 (or $x3958 $x2014)))
(not $x2313)))))
(check-sat)
(reset)
