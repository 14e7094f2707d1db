"""Shared fixtures: bound SUBLEQ networks (built once per session) and precision hygiene."""
from __future__ import annotations

from functools import lru_cache

import mpmath
import pytest

from constructions.giannou2023 import SubleqShape, subleq_network


@lru_cache(maxsize=None)
def bound_network(s: int, m: int, n: int, N: int, C=100, eps="1/4"):
    """The SUBLEQ network at a shape with C and ε bound (cached across tests)."""
    return subleq_network(SubleqShape(s, m, n, N)).bind(C=C, eps=eps)


@pytest.fixture(autouse=True)
def _reset_precision():
    """mpmath keeps global precision: no test may leak a changed precision into another."""
    dps = mpmath.mp.dps
    yield
    mpmath.mp.dps = dps
