"""State encodings of the looped ReLU-MLP: round trips and rejections."""
import random
from fractions import Fraction

import pytest

from constructions.giannou2023.isa import Instruction, State
from constructions.giannou2023.program import random_program
from constructions.giannou2023.punchcard import SubleqShape
from constructions.liang2025.encoding import ENCODINGS, DecodeError, coordinates, decode, encode

SHAPE = SubleqShape(2, 3, 8, 4)


def _states(count=20, seed=0):
    rng = random.Random(seed)
    for _ in range(count):
        st = random_program(SHAPE, rng).initial
        yield State(st.program, st.memory, rng.randrange(SHAPE.commands + 1), st.N)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_round_trip(encoding):
    for st in _states():
        vec = encode(SHAPE, st, encoding)
        assert len(vec) == len(coordinates(SHAPE, encoding))
        assert decode(SHAPE, vec, encoding) == st


def test_fallen_off_pc_wraps_to_column_zero():
    st = next(_states())
    off = State(st.program, st.memory, SHAPE.commands, st.N)
    vec = encode(SHAPE, off, "01")
    assert vec[-SHAPE.L:] == [0] * SHAPE.L
    assert decode(SHAPE, vec, "01").fell_off


def test_decode_rejects_drift_and_bad_states():
    st = next(_states())
    vec = encode(SHAPE, st, "01")
    drift = list(vec)
    drift[0] += Fraction(1, 1000)
    with pytest.raises(DecodeError):
        decode(SHAPE, drift, "01")  # no tolerance: exactly on the grid or nothing
    assert decode(SHAPE, drift, "01", tol=0.01) == st
    split = encode(SHAPE, st, "pm1-split")
    split[1] = split[0]  # both halves equal
    with pytest.raises(DecodeError):
        decode(SHAPE, split, "pm1-split")
    bad_pc = list(vec)
    bad_pc[-SHAPE.L:] = [1, 0, 0]  # column 1: a scratch column, not a command
    with pytest.raises(DecodeError):
        decode(SHAPE, bad_pc, "01")
    with pytest.raises(DecodeError):
        decode(SHAPE, vec[:-1], "01")


def test_encode_rejects_a_state_of_another_machine():
    st = State((Instruction(0, 1, 0),), (0, -1), 0, 4)
    with pytest.raises(ValueError):
        encode(SHAPE, st, "01")
    with pytest.raises(ValueError):
        encode(SHAPE, next(_states()), "pm2")
