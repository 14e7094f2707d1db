"""Error propagation through an iterated computation: per-step errors composed with Lipschitz constants.

One job.  A computation runs steps ``x_j = F_j(x_{j−1})``; an approximate
implementation runs ``y_j = F_j(y_{j−1}) + e_j`` with ``|e_j| ≤ ε_j``.  If
``F_j`` is ``L_j``-Lipschitz on a set containing both ``x_{j−1}`` and
``y_{j−1}`` (the mean-value theorem on the segment between them), then

    |y_k − x_k| ≤ E_k,   E_j = L_j·E_{j−1} + ε_j,   E_0 = |y_0 − x_0|,

i.e. ``E_k = Π_j L_j·E_0 + Σ_j (Π_{i>j} L_i)·ε_j`` (:func:`chain`,
:func:`closed_form`).  No interval of the state is ever carried from step to
step, so the wrapping effect of naive interval iteration does not arise: the
exact run is evaluated at its centre (thin balls, or exact rationals) and only
the scalar radii ``E_j`` are propagated.

:class:`CellChain` is the same recurrence on a memory of named cells, where a
step writes one cell from a few others (a register machine): the written
cell's bound is ``Σ_c L_c·E_c + ε`` over the cells it reads (Lipschitz
constants per argument, in the entrywise max norm), every other cell's bound
grows by an ``idle`` term.  Lipschitz constants must be certified on a hull
containing both runs — :meth:`CellChain.hull` gives the centre ± bound ball
of a value on which to evaluate them.  :func:`sup_abs_on` encloses
``sup |g|`` over an interval by Arb interval evaluation (e.g. ``g = f'``).

All bounds are exact rationals (``Fraction``); Arb enters only through
:func:`sup_abs_on` and :meth:`CellChain.hull` with the caller's precision.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Callable, Iterable, Mapping, Sequence

from flint import arb, fmpq

from .arb import upper

__all__ = ["chain", "closed_form", "CellChain", "sup_abs_on", "first_excess"]


def _q(v) -> Fraction:
    v = Fraction(v)
    if v < 0:
        raise ValueError(f"a Lipschitz constant or error bound must be ≥ 0, got {v}")
    return v


def chain(steps: Iterable[tuple], start=0) -> list[Fraction]:
    """``[E_1, …, E_k]`` for ``steps = [(L_1, ε_1), …]``: ``E_j = L_j·E_{j−1} + ε_j`` from ``E_0 = start``."""
    E = _q(start)
    out = []
    for L, eps in steps:
        E = _q(L) * E + _q(eps)
        out.append(E)
    return out


def closed_form(steps: Sequence[tuple], start=0) -> Fraction:
    """``Π_j L_j·E_0 + Σ_j (Π_{i>j} L_i)·ε_j`` — the same number as ``chain(steps, start)[-1]``."""
    total = _q(start)
    for L, _ in steps:
        total *= _q(L)
    for j, (_, eps) in enumerate(steps):
        prod = Fraction(1)
        for L, _ in steps[j + 1:]:
            prod *= _q(L)
        total += prod * _q(eps)
    return total


def _ball(q: Fraction) -> arb:
    return arb(fmpq(q.numerator, q.denominator))


class CellChain:
    """Error bounds per memory cell through a sequence of one-cell writes (see the module docstring)."""

    def __init__(self, cells: Iterable[str], start: Mapping[str, Fraction] | None = None):
        self.bound: dict[str, Fraction] = {c: Fraction(0) for c in cells}
        for c, v in (start or {}).items():
            if c not in self.bound:
                raise KeyError(f"unknown cell {c!r}")
            self.bound[c] = _q(v)
        self.history: list[dict] = []

    def hull(self, centre, cell: str) -> arb:
        """The ball ``centre ± bound[cell]`` (``centre`` an Arb ball or rational): a set holding both runs'
        values of one entry of ``cell`` if ``centre`` encloses the exact run's value."""
        c = centre if isinstance(centre, arb) else _ball(Fraction(centre))
        r = _ball(self.bound[cell])
        return c + arb(0).union(r).union(-r)

    def write(self, dst: str, lipschitz: Mapping[str, Fraction], local, idle=0, label: str = "") -> Fraction:
        """One step: ``dst`` gets ``Σ_c L_c·E_c + local`` (read before the write), every other cell ``+ idle``.

        ``lipschitz`` maps each cell read to its constant (a cell read twice: the sum of both).
        """
        new = _q(local) + sum((_q(L) * self.bound[c] for c, L in lipschitz.items()), Fraction(0))
        idle = _q(idle)
        for c in self.bound:
            self.bound[c] = new if c == dst else self.bound[c] + idle
        self.history.append({"step": len(self.history) + 1, "label": label, "dst": dst, "bound": new,
                             "lipschitz": {c: Fraction(L) for c, L in lipschitz.items()}, "local": Fraction(local)})
        return new

    def worst(self, cells: Iterable[str]) -> Fraction:
        return max((self.bound[c] for c in cells), default=Fraction(0))


def sup_abs_on(g: Callable[[arb], arb], lo, hi, pieces: int = 1) -> Fraction:
    """A rational upper bound of ``sup |g(x)|`` for ``x ∈ [lo, hi]``: ``g`` evaluated on Arb balls covering the
    interval (``pieces`` equal sub-intervals).  Raises if an enclosure is not finite (e.g. a pole)."""
    lo, hi = Fraction(lo), Fraction(hi)
    if hi < lo:
        raise ValueError(f"empty interval [{lo}, {hi}]")
    worst = Fraction(0)
    for i in range(pieces):
        a = lo + (hi - lo) * i / pieces
        b = lo + (hi - lo) * (i + 1) / pieces
        x = _ball(a).union(_ball(b))
        v = g(x)
        if not v.is_finite():
            raise ArithmeticError(f"no finite enclosure of g on [{float(a)}, {float(b)}]")
        worst = max(worst, upper(abs(v)))
    return worst


def first_excess(bounds: Sequence, observed: Sequence) -> int | None:
    """The first index where an observed (certified lower bound of a) deviation exceeds its stated bound,
    else None: a stated bound or Lipschitz constant that is too small shows up here."""
    for i, (b, o) in enumerate(zip(bounds, observed)):
        if Fraction(o) > Fraction(b):
            return i
    return None
