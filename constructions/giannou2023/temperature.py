"""Which softmax temperature λ the SUBLEQ machine needs."""
from __future__ import annotations

from .punchcard import SubleqShape

__all__ = ["OFFICIAL_LAMBDA", "default_lambda"]

#: The official code's default (``option.py``: ``--lam 10``).
OFFICIAL_LAMBDA = 10


def default_lambda(shape: SubleqShape) -> int:
    """Temperature used when the user gives none."""
    return OFFICIAL_LAMBDA
