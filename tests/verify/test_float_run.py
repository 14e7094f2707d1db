"""The run certificate over any Machine (a toy with a softmax read, no paper): the float run stays within the
certified distance of the exact run up to the reference's fixed point; a broken copy is caught by the exact run
and a too-soft temperature by the limit."""
import numpy as np
import pytest

from tests.verify.toys import PointerRead
from verify.balls import Balls
from verify.float_enclosure import FloatEnclosure
from verify.float_run import certify_run, deviation
from verify.machine import DecodeError
from verify.rational import RatArray


class ReadMachine:
    """PointerRead as a Machine: state ``(a, v, s)``; one loop sets ``s_c ← v[pointer of c]`` (column 0 points
    at ``a``, the others at themselves)."""

    name = "read"

    def __init__(self, copy=1):
        self.toy = PointerRead(copy)

    def network(self, shape):
        return self.toy.network()

    def encode(self, shape, state):
        a, v, s = state
        lay, n = self.toy.layout(), self.toy.n
        X = np.zeros((lay.d, n), dtype=np.int64)
        for c in range(n):
            X[lay.rows("P"), c] = self.toy.codes[c]
            X[lay.rows("ptr"), c] = self.toy.codes[a if c == 0 else c]
            X[lay.row("v"), c] = v[c]
            X[lay.row("s"), c] = s[c]
        return X

    def decode(self, shape, X, tol=0):
        lay = self.toy.layout()
        values = X.to_float() if isinstance(X, RatArray) else np.asarray(X, dtype=np.float64)
        grid = np.rint(values)
        if np.abs(values - grid).max() > tol or np.abs(grid).max() > 1 or grid[lay.row("r")].any():
            raise DecodeError("off the grid")
        code = tuple(int(x) for x in grid[lay.rows("ptr"), 0])
        return (self.toy.codes.index(code), tuple(int(x) for x in grid[lay.row("v")]),
                tuple(int(x) for x in grid[lay.row("s")]))

    def step(self, state):
        a, v, _ = state
        return a, v, tuple(v[a] if c == 0 else v[c] for c in range(self.toy.n))


START = (2, (0, 1, -1, 1), (1, 0, 0, -1))


@pytest.mark.parametrize("fmt", ["float64", "float32"])
def test_the_run_is_certified_up_to_its_fixed_point(fmt):
    machine = ReadMachine()
    cert = certify_run(FloatEnclosure(machine.network(None), 12, fmt), machine, None, START, watch=(0, [4]))
    assert cert.fixed_point and cert.loops == 2 and not cert.diverged and not cert.stopped
    assert cert.outside <= 0 and cert.witnessed_end <= cert.end < 0.25
    assert cert.witnessed_watched <= cert.watched
    assert len(cert.per_loop) == 2


def test_a_broken_copy_is_caught_by_the_exact_run():
    machine = ReadMachine(copy=-1)  # s ← −v[ptr]: the exact run leaves the reference
    cert = certify_run(FloatEnclosure(machine.network(None), 12, "float64"), machine, None, START)
    assert "leaves the reference" in cert.diverged and cert.loops == 1


def test_a_soft_temperature_reaches_the_limit():
    machine = ReadMachine()
    cert = certify_run(FloatEnclosure(machine.network(None), 0.5, "float64"), machine, None, START, limit=0.25)
    assert cert.stopped and cert.end >= 0.25 and not cert.fixed_point


def test_deviation_bounds_the_distance_of_every_member():
    machine = ReadMachine()
    X = machine.encode(None, START)
    exact = RatArray(X)
    balls = Balls(X.astype(np.float64) + 1e-3, np.full(X.shape, 2e-3))
    assert deviation(balls, exact, list(range(X.shape[0]))) >= 3e-3
