"""verify.sympy_forward.vanishes: proves identities, and decides polynomial ones outright."""
import sympy as sp

from verify.sympy_forward import vanishes

x, y, z, eta = sp.symbols("x y z eta")


def test_identities_that_need_full_expansion_vanish():
    assert vanishes(x * (y * (z + 1) + 1) - x * y * z - x * y - x)
    assert vanishes((x + 1) ** 2 - x**2 - 2 * x - 1)
    assert vanishes(eta / 2 * x * (y - x) + eta / 2 * x**2 - eta * x * y / 2)


def test_a_nonzero_polynomial_does_not_vanish():
    assert not vanishes(x * (y * (z + 1) + 1) - x * y * z - x * y)
    assert not vanishes(eta / 2 * x**2 - eta / 4 * x**2)
    assert not vanishes(sp.Rational(1, 3) + x - x)


def test_rational_functions_and_exponentials_fall_back_to_cancellation():
    e = sp.exp(z)
    assert vanishes(e / (e + 3) * (e + 3) - e)
    assert vanishes(x / (x + 1) + 1 / (x + 1) - 1)
    assert not vanishes(x / (x + 1) - 1)
