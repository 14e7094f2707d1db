"""The Machine protocol and its generic checks, on a toy machine (no paper).

The toy machine complements an L-bit ±1 word.  Its network is one
feed-forward layer: ``x ← x − 2·ReLU(x) + 2·ReLU(−x) = −x``.  Broken copies
change one output weight, so that a loop either decodes to the wrong word or
leaves the ±1 grid.
"""
from __future__ import annotations

import itertools
from fractions import Fraction

import numpy as np
import pytest

from verify.layer import FFNBuilder, Layer, LoopedNetwork
from verify.layout import Layout
from verify.rational import RatArray
from verify.machine import DecodeError, Machine, check_loop, check_states, replay
from verify.semantics import Exact, Float


class Complement:
    """Reference: flip every bit.  ``coef`` breaks one output weight of bit 0 (for the sibling tests)."""

    name = "complement"

    def __init__(self, coef: tuple[int, int] = (-2, 2)):
        self.coef = coef

    def layout(self, L: int) -> Layout:
        return Layout.build([("w", L)], [("cell", 1), ("spare", 1)], pos_bits=1)

    def network(self, L: int) -> LoopedNetwork:
        lay = self.layout(L)
        ffn = FFNBuilder(lay.d)
        for k, r in enumerate(lay.rows("w")):
            plus = ffn.unit(f"w{k}+", {r: 1})
            minus = ffn.unit(f"w{k}-", {r: -1})
            c_plus, c_minus = self.coef if k == 0 else (-2, 2)
            ffn.out(r, plus, c_plus)
            ffn.out(r, minus, c_minus)
        return LoopedNetwork("complement", lay, (Layer("flip", (), ffn.build(), ("w",), ("w",)),))

    def states(self, L: int):
        return itertools.product((-1, 1), repeat=L)

    def encode(self, L: int, state):
        return np.array([[v, 0] for v in state], dtype=object)

    def decode(self, L: int, X, tol: float = 0):
        out = []
        for r in range(L):
            v = X.item(r, 0) if isinstance(X, RatArray) else X[r, 0]
            value = v if isinstance(v, Fraction) else float(v)
            for bit in (-1, 1):
                if abs(value - bit) <= tol:
                    out.append(bit)
                    break
            else:
                raise DecodeError(f"row w[{r}] holds {v}, not ±1", r, 0)
        return tuple(out)

    def step(self, state):
        return tuple(-b for b in state)

    def state_to_json(self, state) -> dict:
        return {"word": list(state)}

    def state_from_json(self, data: dict):
        return tuple(data["word"])


def test_the_toy_satisfies_the_protocol():
    assert isinstance(Complement(), Machine)


@pytest.mark.parametrize("semantics", [Exact(), Float(lam=10)], ids=["exact", "float64"])
def test_every_state_agrees_for_the_correct_network(semantics):
    count, failures = check_states(Complement(), 3, semantics=semantics)
    assert count == 8 and failures == []


def test_a_wrong_weight_is_a_located_disagreement_that_replays():
    broken = Complement(coef=(-2, 0))  # bit 0: x = −1 stays −1
    count, failures = check_states(broken, 2)
    assert failures, "the broken network must be caught"
    bad = failures[0]
    assert bad.verdict == "differs" and bad.state["word"][0] == -1
    assert bad.layer == "flip" and "w[0]" in bad.cell
    assert (bad.expected_value, bad.actual_value) == ("1", "-1")
    again = replay(broken, 2, bad.state)
    assert again.verdict == "differs" and again.actual == bad.actual
    assert replay(Complement(), 2, bad.state).agrees


def test_an_off_grid_output_is_undecodable_not_a_disagreement():
    broken = Complement(coef=(-1, 2))  # bit 0: x = 1 becomes 0
    c = check_loop(broken, 2, (1, 1))
    assert c.verdict == "undecodable" and c.actual is None
    assert "not ±1" in c.error and c.layer == "flip"


def test_check_states_can_collect_every_failure():
    broken = Complement(coef=(-2, 0))
    count, failures = check_states(broken, 2, stop_at_first=False)
    assert count == 4 and sorted(f.state["word"] for f in failures) == [[-1, -1], [-1, 1]]
