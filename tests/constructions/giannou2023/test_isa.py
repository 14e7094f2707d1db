import pytest

from constructions.giannou2023.isa import Instruction, State, run, step, wrap


def test_wrap_is_twos_complement():
    assert wrap(8, 4) == -8 and wrap(-9, 4) == 7 and wrap(7, 4) == 7 and wrap(-8, 4) == -8


def test_step_subtracts_and_branches():
    prog = (Instruction(0, 1, 1), Instruction(0, 0, 1))
    s = State(prog, (3, 5), 0, 4)
    t = step(s)
    assert t.memory == (3, 2) and t.pc == 1  # 5 - 3 = 2 > 0: fall through
    u = step(State(prog, (5, 3), 0, 4))
    assert u.memory == (5, -2) and u.pc == 1  # jumps to c = 1
    w = step(State((Instruction(0, 1, 0),), (-8, 7), 0, 4))
    assert w.memory == (-8, -1) and w.pc == 0  # 7 - (-8) = 15 wraps to -1 <= 0: jump


def test_eof_is_a_fixed_point_and_run_stops_there():
    prog = (Instruction(2, 2, 1), Instruction(0, 1, 1))  # clear cell 2, then EOF
    s = State(prog, (0, -1, 9), 0, 5)
    trace = run(s, 100)
    assert trace.halted and trace.steps == 1 and trace.final.memory == (0, -1, 0)
    assert step(trace.final) == trace.final


def test_falling_off_the_end():
    s = State((Instruction(0, 0, 0), Instruction(1, 0, 0)), (1, -1), 1, 4)
    t = step(s)  # 1 - (-1) = 2 > 0: falls past the last instruction
    assert t.fell_off and not t.is_halted()
    with pytest.raises(ValueError, match="ran past"):
        step(t)


def test_invalid_states_are_rejected():
    with pytest.raises(ValueError, match="outside the 4-bit range"):
        State((Instruction(0, 0, 0),), (8,), 0, 4)
    with pytest.raises(ValueError, match="points outside memory"):
        State((Instruction(0, 3, 0),), (0,), 0, 4)
    with pytest.raises(ValueError, match="jumps outside"):
        State((Instruction(0, 0, 2),), (0,), 0, 4)
