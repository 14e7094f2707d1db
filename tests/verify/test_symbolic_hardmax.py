"""The symbolic semantics' numpy hardmax agrees with the plain definition (:func:`hardmax_weights`).

Random exact score matrices with many ties, with and without masks, tie-averaging and one-hot: the
update ``values @ weights``, the tie sizes, the least score gap and every column's profile must be
exactly those of the reference.
"""
import random
from fractions import Fraction

import numpy as np
import pytest

from verify import symbolic as sym
from verify.semantics import Symbolic, hardmax_weights


@pytest.fixture(autouse=True)
def scope():
    with sym.scope():
        yield


def reference(scores, values, one_hot, mask):
    """The update, ties, least gap and profiles computed from the definition, column by column."""
    n = len(scores)
    w, ties, gaps = hardmax_weights(scores, one_hot, mask)
    out = np.empty(values.shape, dtype=object)
    for r in range(values.shape[0]):
        for j in range(n):
            out[r, j] = sym.linear((w[i][j], values[r, i]) for i in range(n) if w[i][j])
    profiles = set()
    for j in range(n):
        visible = [i for i in range(n) if mask is None or mask[i][j]]
        top = max(scores[i][j] for i in visible)
        profiles.add((ties[j], tuple(sorted(top - scores[i][j] for i in visible if scores[i][j] != top))))
    real = [g for g in gaps if g is not None]
    return out, set(ties), (min(real) if real else None), profiles


@pytest.mark.parametrize("one_hot", [False, True])
@pytest.mark.parametrize("masked", [False, True])
@pytest.mark.parametrize("seed", range(12))
def test_numpy_hardmax_is_the_definition(seed, masked, one_hot):
    rng = random.Random(seed)
    n = rng.randint(1, 7)
    den = rng.choice([1, 2, 3])
    num = np.array([[rng.randint(-3, 3) for _ in range(n)] for _ in range(n)], dtype=np.int64)
    scores = [[Fraction(int(v), den) for v in row] for row in num.tolist()]
    mask = None
    if masked:
        mask = [[rng.random() < 0.7 or i == j for j in range(n)] for i in range(n)]
    b = [sym.var(f"x{k}", (-1, 1)) for k in range(n)]
    values = np.empty((2, n), dtype=object)
    for i in range(n):
        values[0, i] = b[i] * (i + 1)
        values[1, i] = sym.const(i) - b[(i + 1) % n]
    sem = Symbolic(one_hot=one_hot)
    got = sem._hardmax(num, den, values, None if mask is None else np.array(mask))
    want, ties, least, profiles = reference(scores, values, one_hot, mask)
    assert all(got[idx] == want[idx] for idx in np.ndindex(got.shape))
    assert sem.ties == ties
    assert sem.min_gap == least
    assert sem.profiles == profiles


def test_per_column_profiles_and_own_key_are_collected_over_every_case_when_asked():
    """With ``column_profiles`` set, each query column gets its profiles over every case of the pointer, and
    ``column_own`` says whether its own key was its only maximiser in all of them."""
    codes = ((-1, -1), (-1, 1), (1, -1), (1, 1))
    a = sym.Var("a", range(4))
    keys = np.array([[sym.const(codes[j][k]) for j in range(4)] for k in range(2)], dtype=object)
    queries = np.array([[sym.case(a, [(v, sym.const(codes[v][k])) for v in range(4)]) if c == 0
                         else sym.const(codes[c][k]) for c in range(4)] for k in range(2)], dtype=object)
    values = np.array([[sym.const(10 + j) for j in range(4)]], dtype=object)
    sem = Symbolic()
    assert sem.column_profiles is None  # off unless asked
    sem.column_profiles = {}
    sem.head(keys, queries, values)
    assert sem.column_own == {0: False, 1: True, 2: True, 3: True}  # column 0 reads itself only when a = 0
    assert sem.column_profiles[1] == {(1, (Fraction(2), Fraction(2), Fraction(4)))}
    assert len(sem.column_profiles[0]) == 1  # every pointer value gives column 0 the same profile
