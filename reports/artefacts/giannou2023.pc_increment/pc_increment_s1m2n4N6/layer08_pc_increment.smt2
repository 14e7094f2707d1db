; pc_increment: contract output: cmd3.a in column 3 at (0, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.a () Int)
(assert
 (and (>= cmd3.a 1) (<= cmd3.a 2)))
(assert
 (let (($x2424 (= 0 (+ 1 (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x1440 (= 0 (+ (- 1) (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x920 (and $x1440 $x2424)))
(let (($x2312 (= 0 (+ (- 1) (ite (= 1 cmd3.a) 1 (- 1))))))
(let (($x219 (= 0 (+ 1 (ite (= 1 cmd3.a) (- 1) 1)))))
(let (($x4980 (and $x219 $x2312)))
(let (($x2305 (or $x4980 $x920)))
(not $x2305)))))))))
(check-sat)
(reset)
; pc_increment: contract output: cmd3.b in column 3 at (2, 3) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cmd3.b () Int)
(assert
 (and (>= cmd3.b 1) (<= cmd3.b 2)))
(assert
 (let (($x1841 (= 0 (+ 1 (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x1231 (= 0 (+ (- 1) (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x5554 (and $x1231 $x1841)))
(let (($x2702 (= 0 (+ (- 1) (ite (= 1 cmd3.b) 1 (- 1))))))
(let (($x3592 (= 0 (+ 1 (ite (= 1 cmd3.b) (- 1) 1)))))
(let (($x3828 (and $x3592 $x2702)))
(let (($x4388 (or $x3828 $x5554)))
(not $x4388)))))))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (6, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[0]| () Int)
(assert
 (or (= |mem1[0]| (- 1)) (= |mem1[0]| 1)))
(assert
 (let (($x1707 (= 0 (+ 1 |mem1[0]|))))
(let (($x4878 (= 0 (+ (- 1) |mem1[0]|))))
(let (($x3705 (or $x4878 $x1707)))
(not $x3705)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (7, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[1]| () Int)
(assert
 (or (= |mem1[1]| (- 1)) (= |mem1[1]| 1)))
(assert
 (let (($x5150 (= 0 (+ 1 |mem1[1]|))))
(let (($x1388 (= 0 (+ (- 1) |mem1[1]|))))
(let (($x5408 (or $x1388 $x5150)))
(not $x5408)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (8, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[2]| () Int)
(assert
 (or (= |mem1[2]| (- 1)) (= |mem1[2]| 1)))
(assert
 (let (($x4386 (= 0 (+ 1 |mem1[2]|))))
(let (($x3941 (= 0 (+ (- 1) |mem1[2]|))))
(let (($x4697 (or $x3941 $x4386)))
(not $x4697)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (9, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[3]| () Int)
(assert
 (or (= |mem1[3]| (- 1)) (= |mem1[3]| 1)))
(assert
 (let (($x5379 (= 0 (+ 1 |mem1[3]|))))
(let (($x3038 (= 0 (+ (- 1) |mem1[3]|))))
(let (($x882 (or $x3038 $x5379)))
(not $x882)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (10, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[4]| () Int)
(assert
 (or (= |mem1[4]| (- 1)) (= |mem1[4]| 1)))
(assert
 (let (($x2345 (= 0 (+ 1 |mem1[4]|))))
(let (($x3184 (= 0 (+ (- 1) |mem1[4]|))))
(let (($x4935 (or $x3184 $x2345)))
(not $x4935)))))
(check-sat)
(reset)
; pc_increment: contract output: mem1 in column 1 at (11, 1) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem1[5]| () Int)
(assert
 (or (= |mem1[5]| (- 1)) (= |mem1[5]| 1)))
(assert
 (let (($x3044 (= 0 (+ 1 |mem1[5]|))))
(let (($x2664 (= 0 (+ (- 1) |mem1[5]|))))
(let (($x4974 (or $x2664 $x3044)))
(not $x4974)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (6, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[0]| () Int)
(assert
 (or (= |mem2[0]| (- 1)) (= |mem2[0]| 1)))
(assert
 (let (($x2199 (= 0 (+ 1 |mem2[0]|))))
(let (($x5648 (= 0 (+ (- 1) |mem2[0]|))))
(let (($x4447 (or $x5648 $x2199)))
(not $x4447)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (7, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[1]| () Int)
(assert
 (or (= |mem2[1]| (- 1)) (= |mem2[1]| 1)))
(assert
 (let (($x1793 (= 0 (+ 1 |mem2[1]|))))
(let (($x1759 (= 0 (+ (- 1) |mem2[1]|))))
(let (($x424 (or $x1759 $x1793)))
(not $x424)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (8, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[2]| () Int)
(assert
 (or (= |mem2[2]| (- 1)) (= |mem2[2]| 1)))
(assert
 (let (($x1493 (= 0 (+ 1 |mem2[2]|))))
(let (($x1811 (= 0 (+ (- 1) |mem2[2]|))))
(let (($x77 (or $x1811 $x1493)))
(not $x77)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (9, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[3]| () Int)
(assert
 (or (= |mem2[3]| (- 1)) (= |mem2[3]| 1)))
(assert
 (let (($x2404 (= 0 (+ 1 |mem2[3]|))))
(let (($x1192 (= 0 (+ (- 1) |mem2[3]|))))
(let (($x4490 (or $x1192 $x2404)))
(not $x4490)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (10, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[4]| () Int)
(assert
 (or (= |mem2[4]| (- 1)) (= |mem2[4]| 1)))
(assert
 (let (($x4565 (= 0 (+ 1 |mem2[4]|))))
(let (($x5602 (= 0 (+ (- 1) |mem2[4]|))))
(let (($x1766 (or $x5602 $x4565)))
(not $x1766)))))
(check-sat)
(reset)
; pc_increment: contract output: mem2 in column 2 at (11, 2) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun |mem2[5]| () Int)
(assert
 (or (= |mem2[5]| (- 1)) (= |mem2[5]| 1)))
(assert
 (let (($x1452 (= 0 (+ 1 |mem2[5]|))))
(let (($x4679 (= 0 (+ (- 1) |mem2[5]|))))
(let (($x2559 (or $x4679 $x1452)))
(not $x2559)))))
(check-sat)
(reset)
; pc_increment: contract output: slot.a in column 0 at (24, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.a () Int)
(assert
 (and (>= slot.a 1) (<= slot.a 2)))
(assert
 (let (($x1882 (= 0 (+ 1 (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4272 (= 0 (+ (- 1) (ite (= 1 slot.a) (- 1) 1)))))
(let (($x1080 (and $x4272 $x1882)))
(let (($x5166 (= 0 (+ (- 1) (ite (= 1 slot.a) 1 (- 1))))))
(let (($x4193 (= 0 (+ 1 (ite (= 1 slot.a) (- 1) 1)))))
(let (($x3344 (and $x4193 $x5166)))
(let (($x4655 (or $x3344 $x1080)))
(not $x4655)))))))))
(check-sat)
(reset)
; pc_increment: contract output: slot.b in column 0 at (26, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun slot.b () Int)
(assert
 (and (>= slot.b 1) (<= slot.b 2)))
(assert
 (let (($x3962 (= 0 (+ 1 (ite (= 1 slot.b) 1 (- 1))))))
(let (($x946 (= 0 (+ (- 1) (ite (= 1 slot.b) (- 1) 1)))))
(let (($x1697 (and $x946 $x3962)))
(let (($x3905 (= 0 (+ (- 1) (ite (= 1 slot.b) 1 (- 1))))))
(let (($x2368 (= 0 (+ 1 (ite (= 1 slot.b) (- 1) 1)))))
(let (($x550 (and $x2368 $x3905)))
(let (($x3206 (or $x550 $x1697)))
(not $x3206)))))))))
(check-sat)
(reset)
; pc_increment: contract output: flag in column 0 at (12, 0) (proved)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun flag () Int)
(assert
 (and (>= flag 0) (<= flag 1)))
(assert
 (let (($x1819 (= 0 (+ (- 1) flag))))
(let (($x4079 (= 0 flag)))
(let (($x1488 (or $x4079 $x1819)))
(not $x1488)))))
(check-sat)
(reset)
