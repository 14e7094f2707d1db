"""The word-level executor: its encoding of words, checked on concrete values, and what it refuses to model."""
from __future__ import annotations

import pytest
import sympy as sp
import z3

from proofs.giannou2023 import word_exec as W
from proofs.giannou2023.generic_exec import PARTS, L, N


def _value(ctx, term, PL=8, PN=16):
    s = z3.Solver()
    s.add(*ctx.facts, ctx.PL == PL, ctx.PN == PN, ctx.s == 1, ctx.m == 2)
    assert s.check() == z3.sat
    return s.model().eval(term, model_completion=True).as_long()


def _bits(v, width):
    return "0" * width if v < 0 else format(v, f"0{width}b")


def test_powers_of_two_of_the_lengths():
    ctx = W.Context()
    assert [_value(ctx, ctx.pow2(e)) for e in (L, N, N - 1, 2 * L, 3 * L, L + N, sp.Integer(3))] == \
        [8, 16, 8, 64, 512, 128, 8]
    with pytest.raises(W.Unsupported):
        ctx.pow2(N - 2)
    with pytest.raises(W.Unsupported):
        ctx.pow2(L * N)


def test_regrouping_splits_and_merges_like_the_bits_do():
    ctx = W.Context()
    word = W.Word(((N, z3.IntVal(0b1011)),), ctx)  # N = 4 at PN = 16
    split = word.regroup((sp.Integer(1), N - 1))
    assert [_value(ctx, v) for _, v in split.segs] == [1, 0b011]
    merged = split.regroup((N,))
    assert _value(ctx, merged.segs[0][1]) == 0b1011
    zero = W.Word(((N, z3.IntVal(-1)),), ctx).regroup((sp.Integer(1), N - 1))
    assert [_value(ctx, v) for _, v in zero.segs] == [-1, -1]


def test_negation_unsigned_and_leading_entry_follow_the_bits():
    ctx = W.Context()
    for v in (0, 5, 8, 15, -1):
        word = W.Word(((N, z3.IntVal(v)),), ctx)
        neg = _value(ctx, word.neg().segs[0][1])
        assert _bits(neg, 4) == ("0000" if v < 0 else "".join("1" if b == "0" else "0" for b in _bits(v, 4)))
        assert _value(ctx, word.msb()) == (0 if v < 0 else (1 if _bits(v, 4)[0] == "1" else -1))
    two = W.Word(((sp.Integer(1), z3.IntVal(1)), (N - 1, z3.IntVal(0b010))), ctx)
    assert _value(ctx, two.unsigned()) == 0b1010


def test_slices_must_fall_on_segment_boundaries():
    ctx = W.Context()
    ins = W.Word(((L, z3.IntVal(1)), (L, z3.IntVal(2)), (L, z3.IntVal(3))), ctx)
    size = W.Size(L, ctx)
    assert [_value(ctx, w.segs[0][1]) for w in (ins[:size], ins[size:2 * size], ins[2 * size:])] == [1, 2, 3]
    with pytest.raises(W.Unsupported):
        ins[:size + 1]
    with pytest.raises(W.Unsupported):
        ins[1]


def test_a_comprehension_over_a_span_is_one_word_and_a_mixed_pair_is_refused():
    ctx = W.new_context()
    X = W.WMatrix(ctx)
    span = W.WLayout(ctx).rows("S_a")
    built = [X[r, 0] for r in span]
    assert W.as_word(built).lengths == (1, N - 1)
    other = [X[r, 0] for r in W.WLayout(ctx).rows("S_b")]
    with pytest.raises(W.Unsupported):
        W.as_word([built[0], other[1]])
    with pytest.raises(W.Unsupported):
        W.WOps(ctx).eq(built[1], 1)  # a tail element is not a scalar


def test_rebinding_reaches_helpers_called_from_comprehensions():
    from constructions.giannou2023 import contracts

    ctx = W.Context()
    fast = W.rebind(contracts.read_memory, ctx)
    helper = fast.__globals__["_lookup"]
    assert helper is not contracts._lookup
    assert helper.__globals__["_is_code"].__globals__["zip"] is W._SHIMS["zip"]


def test_the_atoms_tile_the_parts_and_a_misplaced_atom_is_caught(monkeypatch):
    assert W.check_geometry(PARTS) == []
    monkeypatch.setitem(W.ATOMS, "S_a.rest", ("S_a", 2, N - 1))
    assert W.check_geometry(PARTS)


def test_unknown_blocks_and_regions_are_refused():
    layout = W.WLayout(W.new_context())
    for bad in (lambda: layout.rows("P"), lambda: layout.cols("tokens"), lambda: layout.row("M"),
                lambda: layout.param("s")):
        with pytest.raises(W.Unsupported):
            bad()


def test_a_position_dependent_loop_is_refused():
    from constructions.giannou2023 import contracts

    def weights_by_position(X, layout, ops):  # k would be 0 for the head and 1 for all the tail: not modelled
        return [k for k, r in enumerate(contracts._rows(layout, "PC"))]

    ctx = W.new_context()
    with W.running(ctx), pytest.raises(W.Unsupported):
        W.rebind(weights_by_position, ctx)(W.WMatrix(ctx), W.WLayout(ctx), W.WOps(ctx))


def test_a_write_mixing_two_words_is_refused():
    ctx = W.new_context()
    X, layout = W.WMatrix(ctx), W.WLayout(ctx)
    a, b = [X[r, 0] for r in layout.rows("S_b")], [X[r, 0] for r in layout.rows("B.B1")]
    Y = X.copy()
    rows = list(layout.rows("B.B2"))
    Y[rows[0], 0] = W.Elem(W.as_word(a), "head")
    with pytest.raises(W.Unsupported):
        Y[rows[1], 0] = W.Elem(W.as_word(b), "tail")
