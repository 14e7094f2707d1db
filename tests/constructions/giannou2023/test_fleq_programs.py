"""The four FLEQ programs: the reference interpreter (ideal functions) implements the direct algorithm."""
import mpmath
import pytest

from constructions.giannou2023.fleq_isa import reference_step
from constructions.giannou2023.fleq_programs import PROGRAMS, VALUE_BOX


def run_reference(P, digits=50, max_steps=500):
    k = P.shape.k
    with mpmath.workdps(digits):
        mem = {c: [[mpmath.mpf(v.numerator) / v.denominator for v in row]
                   for row in P.memory.get(c, [[0] * k] * k)] for c in P.shape.cells}
        pc = 0
        for step in range(max_steps):
            ins = P.program[pc]
            mem, pc, _ = reference_step(P.shape, P.program, mem, pc)
            if ins is P.program[P.halt_index]:
                return mem, step + 1
    raise AssertionError("did not halt")


@pytest.mark.parametrize("name,size", [("calculator", None), ("newton", 3), ("power", 4), ("sgd", 3)])
def test_reference_interpreter_computes_the_direct_algorithm(name, size):
    P = PROGRAMS[name]() if size is None else PROGRAMS[name](size)
    mem, steps = run_reference(P)
    with mpmath.workdps(50):
        direct = P.direct()
        for c in P.results:
            for i, row in enumerate(direct[c]):
                for j, v in enumerate(row):
                    assert abs(mem[c][i][j] - v) < mpmath.mpf(10) ** -40, (c, i, j)


def test_algorithms_do_what_they_say():
    with mpmath.workdps(30):
        newton = PROGRAMS["newton"](9).direct()
        assert mpmath.mnorm(mpmath.matrix(newton["X"]) - newton["inverse"], 1) < mpmath.mpf(10) ** -12
        power = PROGRAMS["power"](30).direct()
        assert abs(mpmath.sqrt(power["s"][0][0]) - mpmath.mpf(3) / 2) < mpmath.mpf(10) ** -12
        sgd = PROGRAMS["sgd"](40).direct()
        assert abs(sgd["w"][0][0] - mpmath.mpf(1) / 2) < 1e-6 and abs(sgd["w"][1][0] + mpmath.mpf(1) / 4) < 1e-6
        calc = PROGRAMS["calculator"]().direct()
        assert abs(calc["t"][0][0] - mpmath.sqrt(mpmath.mpf(3) / 2 / (mpmath.mpf(5) / 4 * mpmath.mpf(5) / 4))) < 1e-25


def test_programs_stay_in_the_blocks_boxes():
    """Every cell within VALUE_BOX, every sigmoid input inside its fitted interval, every product argument
    within ±2 (the certified boxes), at the largest sizes the programs accept."""
    from constructions.giannou2023 import barron

    for name, size in (("calculator", None), ("newton", 4), ("power", 4), ("sgd", 4)):
        P = PROGRAMS[name]() if size is None else PROGRAMS[name](size)
        k = P.shape.k
        fns = {f.name: f for f in P.shape.functions}
        with mpmath.workdps(30):
            box = mpmath.mpf(VALUE_BOX.numerator) / VALUE_BOX.denominator
            mem = {c: [[mpmath.mpf(v.numerator) / v.denominator for v in row]
                       for row in P.memory.get(c, [[0] * k] * k)] for c in P.shape.cells}
            pc = 0
            for _ in range(500):
                ins = P.program[pc]
                f = fns[ins.f]
                assert all(abs(v) <= box for M in mem.values() for row in M for v in row), (name, ins)
                if f.kind == "sigmoid":
                    T = barron.TARGETS[f.args[0]]
                    assert float(T.lo) <= mem[ins.a][0][0] <= float(T.hi), (name, ins)
                if f.kind == "matmul":
                    assert all(abs(v) <= 2 for M in (mem[ins.a], mem[ins.b]) for row in M for v in row), (name, ins)
                mem, pc, _ = reference_step(P.shape, P.program, mem, pc)
                if ins is P.program[P.halt_index]:
                    break
            else:
                pytest.fail(f"{name} did not reach its halt instruction in 500 steps")
            assert all(abs(v) <= box for M in mem.values() for row in M for v in row), (name, "final state")



@pytest.mark.parametrize("name", ["newton", "power", "sgd"])
def test_more_iterations_than_the_value_box_are_rejected(name):
    """The loop counter is a cell: 5 iterations would start it outside the certified box."""
    PROGRAMS[name](4).check_value_box()
    with pytest.raises(ValueError, match=r"initial cnt = 5 leaves the value box"):
        PROGRAMS[name](5).check_value_box()
