from fractions import Fraction

import numpy as np
import pytest

from constructions.giannou2023 import Instruction, State, SubleqShape, decode, encode, subleq_layout
from constructions.giannou2023.encoding import DecodeError, binary_code, word_bits
from verify.rational import RatArray

SHAPE = SubleqShape(2, 3, 8, 4)


def state(pc=1):
    prog = (Instruction(0, 1, 2), Instruction(2, 1, 0), Instruction(0, 1, 2))
    return State(prog, (3, -8, 7), pc, 4)


def test_round_trip_exact_and_float():
    cur = Instruction(2, 0, 1)
    X = encode(SHAPE, state(), cur)
    for M in (RatArray(X), X.astype(float)):
        dec = decode(SHAPE, M)
        assert dec.state == state() and dec.current == cur and dec.max_deviation == 0


def test_words_are_msb_first_twos_complement():
    assert word_bits(0, 4) == [-1, -1, -1, -1]
    assert word_bits(-1, 4) == [1, 1, 1, 1]
    assert word_bits(5, 4) == [-1, 1, -1, 1]
    assert binary_code(0, 3) == [-1, -1, -1]


def test_layout_matches_official_plus_one_row():
    L, N = SHAPE.L, SHAPE.N
    official = 8 * L + 3 * N + max(3 * L, 2 * N) + 1
    assert subleq_layout(SHAPE).d == official + 1
    assert subleq_layout(SubleqShape(8, 8, 32, 8)).d == 82  # the authors' size: 81 + ind0


def test_off_grid_entry_is_refused_and_named():
    layout = subleq_layout(SHAPE)
    X = encode(SHAPE, state()).astype(float)
    r = layout.row("M", 2)
    X[r, 3] = 0.4
    with pytest.raises(DecodeError, match=r"row M\[2\], memory\[1\] \(column 3\) holds 0.4") as info:
        decode(SHAPE, X, tol=0.25)
    assert (info.value.row, info.value.col) == (r, 3)
    X[r, 3] = 0.9 * encode(SHAPE, state())[r, 3]  # within the tolerance: read as the grid value
    dec = decode(SHAPE, X, tol=0.25)
    assert dec.state == state() and abs(dec.max_deviation - 0.1) < 1e-12


def test_exact_off_grid_fraction_is_refused():
    X = RatArray(encode(SHAPE, state())) + RatArray(np.zeros((1, 1), dtype=np.int64))
    num = X.num.copy() * 2
    num[subleq_layout(SHAPE).row("S_b"), 0] = 1  # 1/2 in a scratch row
    with pytest.raises(DecodeError, match="S_b"):
        decode(SHAPE, RatArray(num, 2))


def test_invalid_states_are_refused():
    layout = subleq_layout(SHAPE)
    X = encode(SHAPE, state())
    Y = X.copy()
    Y[layout.row("B"), 0] = 1  # a buffer that is not cleared
    with pytest.raises(DecodeError, match="where a valid state has 0"):
        decode(SHAPE, Y)
    Y = X.copy()
    Y[list(layout.rows("PC")), 0] = binary_code(3, 3)  # a memory column
    with pytest.raises(DecodeError, match="not a command column"):
        decode(SHAPE, Y)
    Y = X.copy()
    Y[layout.row("C.c"), 5] = 0  # a zero inside a pointer
    with pytest.raises(DecodeError, match="has a 0 where a ±1 bit belongs"):
        decode(SHAPE, Y)
    with pytest.raises(DecodeError, match="shape"):
        decode(SHAPE, X[:-1])
    Y = X.astype(float)
    Y[0, 0] = np.nan
    with pytest.raises(DecodeError, match="nan"):
        decode(SHAPE, Y, tol=0.25)


def test_pc_past_the_end_wraps_to_binary_zero():
    st = State(state().program, state().memory, 3, 4)  # pc = k: fell off
    X = encode(SHAPE, st)
    layout = subleq_layout(SHAPE)
    assert list(X[list(layout.rows("PC")), 0]) == [-1, -1, -1]  # not p_0 = 0
    assert decode(SHAPE, X).state.fell_off


def test_encode_checks_sizes():
    with pytest.raises(ValueError, match="memory cells"):
        encode(SubleqShape(2, 4, 8, 4), state())
