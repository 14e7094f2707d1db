"""Accounting: the sizes of our block as exact functions of d, next to the reported ones.

:func:`block_sizes` builds the block at several ``d`` (``N``, ``D``, ``Q``
fixed), reads the embedding dimension, FFN width, head count and head size
off the built layer, checks that each is affine in ``d`` (exact differences)
and compares it with the paper's figure ``a·d + b`` on ``1 ≤ d ≤ d_max``.
"""
from __future__ import annotations

from constructions.xusato2025 import XSShape, heads_and_widths
from verify.claims import Outcome, Status

__all__ = ["block_sizes", "affine_fit"]


def affine_fit(values: dict[int, int]) -> tuple[int, int] | None:
    """``(a, b)`` with ``values[d] = a·d + b`` for every ``d`` given, or ``None``."""
    ds = sorted(values)
    a = values[ds[1]] - values[ds[0]]
    b = values[ds[0]] - a * ds[0]
    return (a, b) if all(values[d] == a * d + b for d in ds) else None


def block_sizes(quantity: str, paper: list[int], N: int = 2, D: int = 2, Q: int = 3, d_max: int = 6) -> Outcome:
    """Compare our ``quantity`` (embedding / ffn_width / heads / head_size) with ``paper = [a, b]`` (a·d + b)."""
    ours = {d: heads_and_widths(XSShape(d, N, D, Q))[quantity] for d in range(1, d_max + 1)}
    fit = affine_fit(ours)
    pa, pb = paper
    data = {"quantity": quantity, "ours": ours, "paper": f"{pa}d + {pb}", "N": N, "D": D, "Q": Q}
    if fit is None:
        return Outcome(Status.UNKNOWN, f"our {quantity} is not affine in d: {ours}", data)
    a, b = fit
    data["ours_formula"] = f"{a}d + {b}"
    reported = {d: pa * d + pb for d in ours}
    if all(ours[d] == reported[d] for d in ours):
        return Outcome(Status.PROVED, f"{quantity}: ours is {a}d + {b}, as reported", data)
    if all(ours[d] <= reported[d] for d in ours):
        return Outcome(Status.LOOSE, f"{quantity}: {pa}d + {pb} suffices; ours is {a}d + {b} "
                       f"(strictly smaller for d = 1..{d_max})", data)
    worse = [d for d in ours if ours[d] > reported[d]]
    return Outcome(Status.UNKNOWN, f"{quantity}: ours is {a}d + {b} > {pa}d + {pb} at d = {worse} "
                   f"(N = {N}, D = {D}, Q = {Q}); a different construction may meet the reported size", data)
