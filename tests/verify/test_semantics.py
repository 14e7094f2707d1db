import numpy as np
import pytest

from verify.semantics import Exact, Float, Mp, semantics_from_name


def test_names_and_unknown_name():
    assert semantics_from_name("float32", lam=3).dtype == np.float32
    assert semantics_from_name("mp", lam=3, digits=20).digits == 20
    with pytest.raises(ValueError, match="unknown semantics"):
        semantics_from_name("float8")


def test_mp_respects_its_precision_and_restores_it():
    import mpmath

    before = mpmath.mp.dps
    sem = Mp(2, digits=60)
    w = sem.attend(sem.array([[__import__("fractions").Fraction(1)], [0]]))
    assert mpmath.mp.dps == before
    with sem.context():
        assert abs(w[0, 0] - mpmath.e**2 / (mpmath.e**2 + 1)) < mpmath.mpf(10) ** -55


def test_exact_describes_itself():
    assert "tie-averaging" in Exact().describe()
    assert "one-hot" in Exact(one_hot=True).describe()
    assert "lambda = 10" in Float(10).describe()


def _mp_matrix(rng, rows, cols):
    import mpmath

    return np.array([[mpmath.mpf(int(v)) / 7 for v in rng.integers(-20, 21, cols)] for _ in range(rows)],
                    dtype=object)


@pytest.mark.parametrize("lam", ["3", 17, "0.5"])
def test_mp_head_in_arb_agrees_with_mpmath_at_higher_precision(lam):
    """The Arb route of Mp.head (2-D) against the entrywise mpmath route at 80 digits: within 1e-38."""
    import mpmath

    rng = np.random.default_rng(7)
    K, Q, V = _mp_matrix(rng, 3, 6), _mp_matrix(rng, 3, 6), _mp_matrix(rng, 4, 6)
    update, weights = Mp(lam, digits=40).head(K, Q, V)
    fine = Mp(lam, digits=80)
    with fine.context():
        want_u, want_w = fine.head(K[None], Q[None], V[None])  # a batch: the entrywise mpmath route
        for got, want in ((update, want_u[0]), (weights, want_w[0])):
            assert got.shape == want.shape
            assert max(abs(g - w) for g, w in zip(got.ravel(), want.ravel())) < mpmath.mpf("1e-38")
        assert all(abs(sum(weights[:, j]) - 1) < mpmath.mpf("1e-38") for j in range(6))  # columns normalised


def test_mp_relu_on_every_kind_of_value():
    import mpmath

    relu = Mp(1).relu
    values = np.array([mpmath.mpf(-2), mpmath.mpf(0), mpmath.mpf("1e-30"), mpmath.inf, -mpmath.inf], dtype=object)
    assert list(relu(values)) == [0, 0, mpmath.mpf("1e-30"), mpmath.inf, 0]
