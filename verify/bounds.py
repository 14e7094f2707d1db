"""Certified sup-norm bounds: rigorous ``sup |f(x)|`` over a box by interval branch-and-bound in Arb.

One job: given a function evaluable on Arb balls and a box (a product of
closed intervals with exact rational end points), return a number that is
*proved* to be an upper bound of ``|f|`` on the box, together with the worst
value actually witnessed at a point of the box, the point, how many boxes the
search took and why it stopped.

The search (:func:`sup_abs`) keeps a priority queue of sub-boxes ordered by the
upper end of their enclosure of ``|f|``.  It repeatedly takes the worst box,
splits it along its widest dimension (widths measured relative to the initial
box, weighted by the derivative enclosure when one is given), encloses ``f`` on
both halves and evaluates ``f`` at their midpoints at a higher precision.  The
best lower bound of ``|f(midpoint)|`` seen so far is the *witnessed* value; the
largest upper bound over the boxes still in the queue (and any discarded) is
the *certified* value.  It stops when ``certified ≤ ratio × witnessed`` (10 %
by default) or when a budget of boxes or seconds runs out — the result says
which.  Either way the certified value is a rigorous bound: every box of a
cover of the initial box has been enclosed by Arb.

Enclosures.  With ``grad`` (a function returning enclosures of the partial
derivatives over a box) the enclosure of ``f`` on a box ``X`` with midpoint
``m`` is the mean-value form ``f(m) + Σ_k ∂_k f(X)·(X_k − m_k)`` intersected with
the natural enclosure ``f(X)``; without it, the natural enclosure alone.  The
mean-value form is valid for functions that are absolutely continuous along
segments with derivatives (almost everywhere) inside the given enclosure,
which covers smooth functions and ReLU compositions whose derivative
enclosure includes ``[0, 1]`` at undecided kinks.

:func:`arb_callable` compiles a sympy expression into such a function (exact
rationals enter as exact balls, floats are refused), and :func:`arb_gradient`
its partial derivatives, so a closed form proved equal to a block's output can
be bounded directly.

Arb precision is global state (python-flint): run in processes, not threads.
"""
from __future__ import annotations

import heapq
import itertools
import math
import time
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Callable, Sequence

import sympy as sp
from flint import arb, arb_series, fmpq

from .arb import precision

__all__ = ["BoundResult", "sup_abs", "arb_callable", "arb_gradient", "to_fraction", "fraction_ball", "box_balls"]

ArbFn = Callable[[Sequence[arb]], arb]


def fraction_ball(q: Fraction) -> arb:
    """The exact ball of a rational (rounded only if the current precision cannot hold it)."""
    return arb(fmpq(q.numerator, q.denominator))


def to_fraction(x: arb) -> Fraction:
    """The exact value of an exact ball (e.g. ``x.upper()``); raises for a ball with a radius."""
    if not x.is_exact():
        raise ValueError(f"{x} is not an exact ball")
    m, e = x.mid().man_exp()
    m, e = int(m), int(e)
    return Fraction(m * 2**e) if e >= 0 else Fraction(m, 2**-e)


def _tighter(natural, other):
    """The intersection of two enclosures of the same value (either may be infinite)."""
    if natural.is_finite() and other.is_finite():
        return natural.intersection(other)
    return natural if natural.is_finite() else other


def _upper_abs(x: arb) -> Fraction | None:
    """Exact upper bound of |x|, or None when x is not finite."""
    if not x.is_finite():
        return None
    return to_fraction(x.abs_upper())


def _lower_abs(x: arb) -> Fraction:
    if not x.is_finite():
        return Fraction(0)
    return to_fraction(x.abs_lower())


# ---------------------------------------------------------------------------
# sympy -> Arb
# ---------------------------------------------------------------------------

def _compile(e: sp.Basic, index: dict) -> Callable[[Sequence[arb]], arb]:
    if e in index:
        k = index[e]
        return lambda xs: xs[k]
    if isinstance(e, sp.Float):
        raise TypeError(f"refusing the float {e} in an expression to be bounded: use exact rationals")
    if e.is_Rational:
        q = Fraction(int(e.p), int(e.q))
        return lambda xs: fraction_ball(q)
    if e is sp.E:
        return lambda xs: arb(1).exp()
    if e is sp.pi:
        return lambda xs: arb.pi()
    if isinstance(e, sp.Symbol):
        raise ValueError(f"free symbol {e} is not one of the box variables {list(index)}")
    if isinstance(e, sp.Add):
        parts = [_compile(a, index) for a in e.args]

        def add(xs):
            acc = parts[0](xs)
            for p in parts[1:]:
                acc = acc + p(xs)
            return acc
        return add
    if isinstance(e, sp.Mul):
        parts = [_compile(a, index) for a in e.args]

        def mul(xs):
            acc = parts[0](xs)
            for p in parts[1:]:
                acc = acc * p(xs)
            return acc
        return mul
    if isinstance(e, sp.Pow):
        base, ex = e.args
        b = _compile(base, index)
        if ex.is_Integer:
            k = int(ex)
            if k >= 0:
                return lambda xs: b(xs) ** k
            return lambda xs: 1 / (b(xs) ** (-k))
        if ex == sp.Rational(1, 2):
            return lambda xs: b(xs).sqrt()
        if ex == sp.Rational(-1, 2):
            return lambda xs: b(xs).rsqrt()
        if ex.is_Rational:
            p, q = int(ex.p), int(ex.q)
            return lambda xs: b(xs).root(q) ** p if p >= 0 else 1 / (b(xs).root(q) ** (-p))
        x = _compile(ex, index)
        return lambda xs: (x(xs) * b(xs).log()).exp()
    if isinstance(e, sp.exp):
        a = _compile(e.args[0], index)
        return lambda xs: a(xs).exp()
    if isinstance(e, sp.log):
        if len(e.args) != 1:
            raise TypeError("log with a base is not supported")
        a = _compile(e.args[0], index)
        return lambda xs: a(xs).log()
    if isinstance(e, sp.Abs):
        a = _compile(e.args[0], index)
        return lambda xs: abs(a(xs))
    if isinstance(e, sp.tanh):
        a = _compile(e.args[0], index)
        return lambda xs: a(xs).tanh()
    raise TypeError(f"cannot evaluate {type(e).__name__} ({e}) in Arb")


def arb_callable(expr, symbols: Sequence[sp.Symbol]) -> ArbFn:
    """Compile ``expr`` (sympy, exact constants) into ``f(list_of_arb) -> arb`` in the order of ``symbols``."""
    expr = sp.sympify(expr)
    index = {s: k for k, s in enumerate(symbols)}
    return _compile(expr, index)


def arb_gradient(expr, symbols: Sequence[sp.Symbol]) -> Callable[[Sequence[arb]], list[arb]]:
    """Enclosures of the partial derivatives of ``expr`` (sympy differentiation, then :func:`arb_callable`)."""
    expr = sp.sympify(expr)
    parts = [arb_callable(sp.diff(expr, s), symbols) for s in symbols]
    return lambda xs: [p(xs) for p in parts]


# ---------------------------------------------------------------------------
# branch and bound
# ---------------------------------------------------------------------------

@dataclass
class BoundResult:
    """The outcome of :func:`sup_abs`.

    ``certified`` is a proved upper bound of ``sup |f|`` on the box (an exact
    rational; ``None`` if some enclosure never became finite); ``witnessed`` a
    proved *lower* bound of ``|f(witness)|`` at the point ``witness`` of the box,
    hence of the sup.  ``reached`` says whether ``certified ≤ ratio × witnessed``.
    """

    certified: Fraction | None
    witnessed: Fraction
    witness: tuple[Fraction, ...]
    boxes: int
    seconds: float
    reached: bool
    stop: str
    ratio: Fraction
    history: list = field(default_factory=list)

    @property
    def tightness(self) -> float:
        """certified / witnessed (∞ when nothing nonzero was witnessed)."""
        if self.certified is None:
            return math.inf
        if self.witnessed == 0:
            return math.inf if self.certified > 0 else 1.0
        return float(self.certified / self.witnessed)

    def to_json(self) -> dict:
        return {
            "certified": None if self.certified is None else float(self.certified),
            "certified_exact": None if self.certified is None else str(self.certified),
            "witnessed": float(self.witnessed),
            "witness": [str(x) for x in self.witness],
            "witness_float": [float(x) for x in self.witness],
            "tightness": self.tightness,
            "target_ratio": float(self.ratio),
            "reached_target": self.reached,
            "stopped_by": self.stop,
            "boxes": self.boxes,
            "seconds": round(self.seconds, 3),
        }


def _mid(box):
    return tuple((lo + hi) / 2 for lo, hi in box)


def box_balls(box) -> list[arb]:
    """One Arb ball per dimension of a box of ``(lo, hi)`` rationals (each ball contains its interval)."""
    out = []
    for lo, hi in box:
        lo, hi = Fraction(lo), Fraction(hi)
        m, r = (lo + hi) / 2, (hi - lo) / 2
        b = fraction_ball(m)
        out.append(b if r == 0 else b + arb(0, 0).union(fraction_ball(r)).union(-fraction_ball(r)))
    return out


def _points(pt):
    return [fraction_ball(v) for v in pt]


def sup_abs(
    f: ArbFn,
    box: Sequence[tuple],
    *,
    grad: Callable[[Sequence[arb]], list[arb]] | None = None,
    ratio=Fraction(11, 10),
    max_boxes: int = 20_000,
    max_seconds: float = 20.0,
    prec: int = 128,
    witness_prec: int = 256,
    floor=Fraction(0),
    seeds: Sequence[Sequence] = (),
    taylor: int = 0,
) -> BoundResult:
    """Rigorous upper bound of ``sup_{x ∈ box} |f(x)|`` (see the module docstring).

    ``box`` is a sequence of ``(lo, hi)`` pairs (ints, Fractions or strings);
    ``seeds`` are extra points of the box evaluated as witnesses first (e.g.
    corners where the maximum is expected).  The search also stops once the
    certified bound is at most ``floor`` (an absolute accuracy that is enough).

    ``taylor = p > 0`` (one-dimensional boxes only) uses a Taylor model of
    order ``p`` instead of the mean-value form: ``f`` is evaluated on Arb power
    series (``flint.arb_series``), the coefficients of order ``< p`` at the
    midpoint and the coefficient of order ``p`` over the whole box (which
    encloses ``f^{(p)}(ξ)/p!`` for every ``ξ`` in it), and the polynomial is
    enclosed by Horner's rule over ``[−r, r]``.  This copes with sums of large,
    cancelling terms, where first-order enclosures need tiny boxes.
    """
    if taylor and len(box) != 1:
        raise ValueError("Taylor models are implemented for one-dimensional boxes only")
    start = time.perf_counter()
    ratio, floor = Fraction(ratio), Fraction(floor)
    box = tuple((Fraction(lo), Fraction(hi)) for lo, hi in box)
    if any(lo > hi for lo, hi in box):
        raise ValueError(f"empty box {box}")
    widths0 = [hi - lo if hi > lo else Fraction(1) for lo, hi in box]
    best = Fraction(0)
    best_pt = _mid(box)
    discarded_max = Fraction(0)
    counter = itertools.count()

    def witness(pt):
        nonlocal best, best_pt
        with precision(witness_prec):
            v = _lower_abs(f(_points(pt)))
        if v > best:
            best, best_pt = v, tuple(pt)

    def enclose_taylor(b):
        (lo, hi), = b
        x0, r = (lo + hi) / 2, (hi - lo) / 2
        with precision(prec):
            at = f([arb_series([fraction_ball(x0), 1], prec=taylor + 1)]).coeffs()
            over = f([arb_series([box_balls(b)[0], 1], prec=taylor + 1)]).coeffs()
            at = list(at) + [arb(0)] * (taylor + 1 - len(at))
            over = list(over) + [arb(0)] * (taylor + 1 - len(over))
            t = box_balls([(-r, r)])[0]
            acc = over[taylor]
            for j in reversed(range(taylor)):
                acc = acc * t + at[j]
            return _upper_abs(_tighter(over[0], acc)), None

    def enclose(b):
        try:
            return enclose_any(b)
        except (ValueError, ZeroDivisionError):  # e.g. a series division by a ball containing 0
            return None, None

    def enclose_any(b):
        if taylor:
            return enclose_taylor(b)
        with precision(prec):
            xs = box_balls(b)
            natural = f(xs)
            if grad is None:
                return _upper_abs(natural), None
            m = _mid(b)
            centre = f(_points(m))
            g = grad(xs)
            mv = centre
            for gk, xk, mk in zip(g, xs, m):
                mv = mv + gk * (xk - fraction_ball(mk))
            return _upper_abs(_tighter(natural, mv)), g

    def split_dim(b, g):
        scores = []
        for k, (lo, hi) in enumerate(b):
            w = (hi - lo) / widths0[k]
            if g is not None and g[k].is_finite():
                w = w * (1 + _upper_abs(g[k]) * widths0[k])
            scores.append(w)
        return max(range(len(b)), key=lambda k: scores[k])

    for pt in seeds:
        witness(tuple(Fraction(v) for v in pt))
    witness(_mid(box))
    up, g = enclose(box)
    heap = [(_key(up), next(counter), box, up, g)]
    boxes = 1
    history = []
    stop = "tightness"
    while True:
        _, _, b, up, g = heap[0]
        top = up
        if top is not None and (top <= ratio * best or top <= floor):
            stop = "tightness" if top <= ratio * best else "absolute floor"
            break
        if boxes >= max_boxes:
            stop = "box budget"
            break
        if time.perf_counter() - start > max_seconds:
            stop = "time budget"
            break
        heapq.heappop(heap)
        k = split_dim(b, g)
        lo, hi = b[k]
        if hi == lo:  # a point box that still is not tight: nothing left to split
            stop = "degenerate box"
            heapq.heappush(heap, (_key(up), next(counter), b, up, g))
            break
        mid = (lo + hi) / 2
        for half in ((lo, mid), (mid, hi)):
            nb = b[:k] + (half,) + b[k + 1:]
            witness(_mid(nb))
            nup, ng = enclose(nb)
            boxes += 1
            if nup is not None and nup <= best:
                discarded_max = max(discarded_max, nup)
                continue
            heapq.heappush(heap, (_key(nup), next(counter), nb, nup, ng))
        if not heap:
            break
        if boxes % 500 < 2:
            history.append((boxes, float(best), None if heap[0][3] is None else float(heap[0][3])))
    if heap:
        tops = [h[3] for h in heap]
        certified = None if any(t is None for t in tops) else max(max(tops), discarded_max, best)
    else:
        certified = max(discarded_max, best)
    reached = certified is not None and certified <= ratio * best
    return BoundResult(certified, best, best_pt, boxes, time.perf_counter() - start, reached, stop, ratio, history)


def _key(up: Fraction | None):
    """Heap key: largest upper bound first; non-finite enclosures before everything."""
    return (0, 0) if up is None else (1, -up)
