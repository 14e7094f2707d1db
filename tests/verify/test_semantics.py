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
