"""The enclosure of the machine's softmax weights over a ball of scores: it contains the real softmax (Arb) and
numpy's float64 softmax of every sampled member, and leaving out the shared query noise is caught."""
import numpy as np
import pytest
from flint import arb

from verify.arb import precision
from verify.float_rounding import fmt_of
from verify.rounding import model
from verify.softmax_enclosure import softmax_balls

F64 = fmt_of(model("float64"))


def _case(seed: int):
    rng = np.random.default_rng(seed)
    n, m, rows = int(rng.integers(2, 7)), 3, 3
    zmid = rng.normal(size=(n, m)) * 6
    zmid[1] = zmid[0]  # a tie, as a pointer head has
    independent = np.abs(rng.normal(size=(n, m))) * 1e-6
    lam = 7.0
    K = rng.choice([-1.0, 1.0], size=(rows, n))
    r = np.abs(rng.normal(size=(rows, m))) * 1e-6
    return rng, zmid, independent, (lam, K, r)


def _members(rng, zmid, independent, shared, count: int = 12):
    lam, K, r = shared
    for k in range(count):
        e = rng.uniform(-1, 1, size=zmid.shape) if k > 1 else np.full(zmid.shape, (-1, 1)[k])
        dq = rng.uniform(-1, 1, size=r.shape) * r if k > 1 else (-1, 1)[k] * r
        yield zmid + e * independent + lam * (K.T @ dq)


def _excess(seed: int, drop_shared: bool = False) -> float:
    rng, zmid, independent, shared = _case(seed)
    W = softmax_balls(F64, zmid, independent, None if drop_shared else shared)
    worst = -np.inf
    for z in _members(rng, zmid, independent, shared):
        machine = np.exp(z - z.max(axis=0)) / np.exp(z - z.max(axis=0)).sum(axis=0)
        with precision(160):
            for j in range(z.shape[1]):
                e = [arb(float(v)).exp() for v in z[:, j]]
                total = sum(e, arb(0))
                for i in range(z.shape[0]):
                    p = e[i] / total
                    for value in (p, arb(float(machine[i, j]))):
                        gap = (value - arb(float(W.mid[i, j]))).abs_upper() - arb(float(W.rad[i, j]))
                        worst = max(worst, float(gap.upper()))
    return worst


@pytest.mark.parametrize("seed", range(10))
def test_weights_enclose_the_real_and_the_machine_softmax_of_every_member(seed):
    assert _excess(seed) <= 0


def test_a_query_noise_left_out_is_caught():
    assert max(_excess(seed, drop_shared=True) for seed in range(10)) > 0


def test_too_uncertain_scores_are_refused():
    with pytest.raises(ValueError, match="uncertain"):
        softmax_balls(F64, np.zeros((3, 1)), np.full((3, 1), 0.2))
