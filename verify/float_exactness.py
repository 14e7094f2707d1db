"""Exact float execution of a looped network: each loop of the float forward pass is the exact (hardmax) loop
up to tiny errors that sit where the exact value is 0 — proved with the absorption lemma (:mod:`verify.absorption`)
over symbolic stage templates (every valid state at once).

A value is tracked as its *exact part* (a symbolic expression) plus a bound on
its error; the bound becomes 0 at every operation whose exact result is never
0, and an operation on exact inputs is exact.  Per operation of
:class:`verify.semantics.Float`:

* **Softmax head.**  Keys and queries must be exact (no error in the rows they
  read) and integer, so scores, ``λ·s`` and ``s − max s`` are exact integers.
  From each column's score profiles (the symbolic hardmax's, every case):
  ``exp`` of a non-maximal scaled score is at most ``e^{−λg}`` within
  ``exp_ulps`` ulps (the assumption of :mod:`verify.rounding`); the column sum
  is ``m·exp(0)`` exactly (the tiny terms are absorbed against ``exp(0) ≥ 1 −
  8u``); the argmax weights are exactly ``1/m`` for ``m`` in {1, 2}
  (``x/x = 1``, ``x/(2x) = 1/2``: whatever ``exp(0)`` returns, provided it
  returns the same for equal inputs), larger ties are refused.  The update is
  the hardmax update plus tiny terms, added to the residual by the lemma.
* **Own column.**  Where a column's only maximiser is its own key in every case
  and the value and the residual are exactly 0 there, nothing can be absorbed
  and the error is carried *linearly* (``ε_x + Σ_i V_i ε_i``) into the
  feed-forward part, so that a cell read back through the residual and the
  head cancels instead of doubling.
* **Feed-forward** (:mod:`verify.float_exactness_ffn`).  Each pre-activation is
  a sum (the lemma); clearing rows ``x − ReLU(x) + ReLU(−x)`` are exactly 0;
  rows whose terms are all exactly 0 combine their errors linearly.

:func:`loop_errors` runs one loop; :func:`certify_loops` iterates it from an
exactly encoded state (integers are exact in every format), re-using the
symbolic work of the first loop; :func:`certify_growth` proves a linear-growth
invariant instead — a loop started within ``A + t·C`` ends within
``A + (t + 1)·C`` for every ``t`` up to a horizon — in one pass on bounds
affine in ``t`` (:class:`~verify.absorption.Growing`), so that tens of
thousands of loops cost a handful of passes.  Either raises or reports
:class:`~verify.absorption.NotAbsorbed` with the first operation where the
lemma's hypothesis fails.  Both rest on the caller's templates: layer ``i``'s
exact input must range over ``templates[i]`` on every valid state, which the
caller proves (a plug-in's layer contracts).
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from .absorption import Absorption, Growing, NotAbsorbed, largest, magnitude, round_up
from .arb import ball, precision, upper
from .float_exactness_ffn import entries as _entries
from .float_exactness_ffn import ffn_errors, ffn_plan
from .float_exactness_ffn import is_zero as _is_zero
from .float_exactness_ffn import rows_of as _rows_of
from .forward import Evaluator
from .layer import LoopedNetwork
from .rounding import FloatModel
from .symbolic_semantics import Symbolic

__all__ = ["LayerErrors", "LoopsCertificate", "GrowthCertificate", "loop_errors", "certify_loops", "certify_growth"]


@dataclass
class LayerErrors:
    """Per layer: the error table of its output (``d × n`` Fractions) and its largest entry."""

    layer: str
    errors: list
    largest: Fraction


@dataclass
class LoopsCertificate:
    """``loops`` consecutive loops certified from an exactly encoded valid state (of ``asked``), the largest
    error after each, the first loop's per-layer errors, and why the next loop was not certified."""

    asked: int
    loops: int = 0
    bounds: list = field(default_factory=list)
    first_loop: list = field(default_factory=list)
    failure: str | None = None
    seconds: float = 0.0


def _bound(err, T, c: int) -> Fraction:
    """``Σ_j |a_j|·T[j][c] + fresh`` of an affine error ``({j: a_j}, fresh)`` over the layer input's column."""
    coef, fresh = err
    return sum((abs(a) * T[j][c] for j, a in coef.items()), Fraction(0)) + fresh


# ----------------------------------------------------------------------------------------------- heads

def _small_weights(ctx: Absorption, lam: Fraction, profiles, cache: dict) -> tuple[Fraction, Fraction, int]:
    """Over a column's profiles ``(argmax size, gaps)``: the largest sum of the non-maximal exponentials, the
    largest sum of the computed weights of the non-maximal keys, and the most such keys."""
    u, eta, ulps = ctx.model.u, ctx.model.eta, ctx.model.exp_ulps
    total = weight = Fraction(0)
    count = 0
    for _, gaps in profiles:
        exps = []
        for g in gaps:
            if (lam, g) not in cache:
                with precision(64):
                    cache[lam, g] = round_up(upper((-ball(lam * g)).exp()) * (1 + 2 * ulps * u) + ulps * eta)
            exps.append(cache[lam, g])
        total = max(total, sum(exps, Fraction(0)))
        # RN(ẽ_j / S̃) with S̃ ≥ exp(0) ≥ 1 − 8u
        weight = max(weight, sum(exps, Fraction(0)) / (1 - 2 * ulps * u) * (1 + u) + len(gaps) * eta)
        count = max(count, len(gaps))
    return total, weight, count


@dataclass
class _HeadPlan:
    v_in: list
    out_rows: list
    vrows: list  # per output row: [(input row, weight)]
    values: object  # symbolic (rows × n)
    update: object
    own: dict  # column -> its own key was its only maximiser in every case
    small: list  # per column: (Σ non-maximal exponentials, Σ their computed weights, how many keys)
    magnitudes: list  # per output row: max |value| over the keys
    grids: list  # per output row: the values' common denominator


def _head_plan(ctx: Absorption, h, X, lam: Fraction, exps: dict) -> _HeadPlan:
    d, n = len(X), len(X[0])
    if not h.plain:
        ctx.fail("only plain softmax heads are modelled")
    qk = _rows_of(h.qk_rows, d)
    Xa = np.array(X, dtype=object)
    keys, queries = h.K @ Xa[qk, :], h.Q @ Xa[qk, :]
    v_in = _rows_of(h.v_in, d)
    values = h.V @ Xa[v_in, :]
    sem = Symbolic()
    sem.column_profiles = {}
    update, _ = sem.head(keys, queries, values)
    for M in (keys, queries):  # exact integer scores; λ·s and s − max s exact integers below 2^p
        if any(ctx.denominator(e) != 1 for e in M.flat):
            ctx.fail("a key or query is not integer-valued")
    smax = (max((magnitude(e) for e in keys.flat), default=Fraction(0))
            * max((magnitude(e) for e in queries.flat), default=Fraction(0)) * keys.shape[0])
    lam = ctx.stored(lam)
    if lam.denominator != 1 or 2 * lam * smax > 2 ** ctx.p:
        ctx.fail(f"the scaled scores are not exact integers (up to {float(lam * smax):.3g})")
    if not sem.ties <= {1, 2}:
        ctx.fail(f"an argmax set of size {max(sem.ties)} (only 1 and 2 keep the weight 1/m exact)")
    u = ctx.model.u
    small = [_small_weights(ctx, lam, sem.column_profiles.get(c, ()), exps) for c in range(n)]
    for c, (total, _, _) in enumerate(small):
        # the column sum m·exp(0) + tiny: the tiny part is absorbed (m·exp(0) ≥ 1 − 8u > 1/2)
        if not total * (1 + u) ** (n + 1) < u / 4:
            ctx.fail(f"the non-maximal exponentials of column {c} do not vanish against the column sum")
    vrows, mags, grids = [], [], []
    for r_i, row in enumerate(_entries(h.V)):
        vrows.append([(v_in[j], ctx.stored(w)) for j, w in row])
        mags.append(max((magnitude(values[r_i][c]) for c in range(n)), default=Fraction(0)))
        grids.append(math.lcm(*(ctx.denominator(values[r_i][c]) for c in range(n))))
    return _HeadPlan(v_in, _rows_of(h.v_out, d), vrows, values, update, dict(sem.column_own), small, mags, grids)


def _own_column(ctx: Absorption, vrow, T, c: int, tiny, before, n: int):
    """The affine error of ``x + update`` where the update of column ``c`` is its own value ``v_c`` (the only
    maximiser, weight exactly 1) and ``x``, ``v_c`` and every input of ``v_c`` are exactly 0: nothing can be
    absorbed, so the result is ``ε_x + Σ_i V_i ε_i`` up to relative roundings and the tiny terms."""
    u, eta = ctx.model.u, ctx.model.eta
    k = len(vrow)
    coef = dict(before[0])
    mass = Fraction(0)
    for j, w in vrow:
        if T[j][c]:
            coef[j] = coef.get(j, Fraction(0)) + w
            mass += abs(w) * T[j][c]
    v_fresh = ctx.model.gamma(k) * mass + k * eta if mass else Fraction(0)  # the value's dot product
    upd = (mass + v_fresh) * ((1 + u) ** n - 1) + v_fresh + sum(tiny, Fraction(0)) * (1 + u) ** n
    fresh = before[1] + upd + u * (_bound(before, T, c) + mass + upd)  # the residual addition rounds once
    return {j: a for j, a in coef.items() if a}, round_up(fresh)


def _head(ctx: Absorption, plan: _HeadPlan, X, T, Y, Ynew, TY, AY):
    """One head's update added to the errors ``TY``/``AY`` (in place); ``Y``/``Ynew``: exact before/after."""
    n = len(X[0])
    u, eta = ctx.model.u, ctx.model.eta
    for r_i, r in enumerate(plan.out_rows):
        vrow = plan.vrows[r_i]
        Tv = [ctx.dot(vrow, X, T, c, 0, plan.values[r_i][c]) for c in range(n)]
        Av, Dv, top = plan.magnitudes[r_i], plan.grids[r_i], largest(Tv)
        for c in range(n):
            # argmax terms: (1/m)·v exactly, error (1/m)·T_v; the others: exact part 0, error ≤ w̃·|ṽ|
            _, weight, count = plan.small[c]
            tiny = [weight * (Av + top) * (1 + u) + count * eta] if count else []
            if (plan.own.get(c, False) and _is_zero(Y[r][c]) and AY[r][c] is not None
                    and all(_is_zero(X[j][c]) for j, _ in vrow)):
                AY[r][c] = _own_column(ctx, vrow, T, c, tiny, AY[r][c], n)
                TY[r][c] = _bound(AY[r][c], T, c)
                continue
            AY[r][c] = None
            # the (at most two) argmax terms (1/m)·ṽ: exact products unless they underflow
            terms = [(2 * Dv, Av, top * (1 + u) + 2 * eta)] + [(1, Fraction(0), t) for t in tiny]
            t_upd = ctx.absorb(terms, plan.update[r_i][c], k=n)
            TY[r][c] = ctx.absorb([(ctx.denominator(Y[r][c]), magnitude(Y[r][c]), TY[r][c] * (1 + u)),
                                   (2 * Dv, Av, t_upd * (1 + u))], Ynew[r][c])


# ------------------------------------------------------------------------------------------------ loops

class _Plans:
    """The symbolic work of one loop (it does not depend on the errors): built on the first loop."""

    def __init__(self, network: LoopedNetwork, templates, lam: Fraction):
        self.network, self.templates, self.lam = network, templates, lam
        self.compiled = Evaluator(network, Symbolic()).compiled
        self.layers: dict = {}
        self.exps: dict = {}

    def layer(self, ctx: Absorption, i: int):
        if i not in self.layers:
            X = [list(r) for r in np.asarray(self.templates[i], dtype=object)]
            heads, Y = [], [list(r) for r in X]
            for h in self.compiled[i].heads:
                ctx.where = f"{self.network.layers[i].name}, head {h.name}"
                plan = _head_plan(ctx, h, X, self.lam, self.exps)
                Ynew = [list(r) for r in Y]
                for r_i, r in enumerate(plan.out_rows):
                    for c in range(len(X[0])):
                        Ynew[r][c] = Y[r][c] + plan.update[r_i][c]
                heads.append((h, plan, Y, Ynew))
                Y = Ynew
            f = self.compiled[i].ffn
            ctx.where = f"{self.network.layers[i].name}, feed-forward"
            self.layers[i] = (X, heads, Y, None if f is None else (f, ffn_plan(f, Y)))
        return self.layers[i]


def loop_errors(network: LoopedNetwork, templates, model: FloatModel, lam, start=None,
                _state: tuple | None = None) -> list[LayerErrors]:
    """The error tables after each layer of one float loop started within ``start`` (default: exactly) of a
    valid state, layer ``i``'s exact input ranging over ``templates[i]`` (``d × n`` symbolic, proved by the
    caller); raises :class:`~verify.absorption.NotAbsorbed` at the first operation the lemma does not cover."""
    d, n = network.layout.d, network.layout.n
    ctx, plans = _state if _state is not None else (Absorption(model), _Plans(network, templates, Fraction(lam)))
    T = [list(r) for r in start] if start is not None else [[Fraction(0)] * n for _ in range(d)]
    out = []
    for i, layer in enumerate(network.layers):
        X, heads, Y, ffn = plans.layer(ctx, i)
        TY = [list(r) for r in T]
        # the affine error of each cell over the layer input's errors in its column (None: a bound only)
        AY = [[({j: Fraction(1)} if T[j][c] else {}, Fraction(0)) for c in range(n)] for j in range(d)]
        for h, plan, Yb, Ynew in heads:
            ctx.where = f"{layer.name}, head {h.name}"
            qk = _rows_of(h.qk_rows, d)
            if any(T[j][c] for j in qk for c in range(n)):
                ctx.fail("a key or query row carries an error (the scores would be inexact)")
            _head(ctx, plan, X, T, Yb, Ynew, TY, AY)
        if ffn is not None:
            ctx.where = f"{layer.name}, feed-forward"
            TY = ffn_errors(ctx, ffn[0], ffn[1], Y, TY, AY, T)
        T = TY
        out.append(LayerErrors(layer.name, T, largest(largest(r) for r in T)))
    return out


def _loops(network: LoopedNetwork, templates, model: FloatModel, lam, loops: int, state: tuple):
    """The layers' errors of each of ``loops`` loops from an exactly encoded state, one loop at a time."""
    T = None
    for _ in range(loops):
        layers = loop_errors(network, templates, model, lam, T, _state=state)
        T = layers[-1].errors
        yield layers


def certify_loops(network: LoopedNetwork, templates, model: FloatModel, lam, loops: int) -> LoopsCertificate:
    """Up to ``loops`` consecutive loops from an exactly encoded valid state (see :func:`loop_errors`)."""
    start = time.perf_counter()
    cert = LoopsCertificate(asked=loops)
    try:
        for layers in _loops(network, templates, model, lam, loops, _state(network, templates, model, lam)):
            cert.loops, cert.bounds = cert.loops + 1, cert.bounds + [layers[-1].largest]
            if cert.loops == 1:
                cert.first_loop = [(e.layer, e.largest) for e in layers]
    except NotAbsorbed as err:
        cert.failure = f"loop {cert.loops + 1}: {err}"
    cert.seconds = time.perf_counter() - start
    return cert


def _state(network: LoopedNetwork, templates, model: FloatModel, lam) -> tuple:
    """What consecutive loops share: the lemma's memo and the symbolic work of the first loop."""
    return Absorption(model), _Plans(network, templates, Fraction(lam))


@dataclass
class GrowthCertificate:
    """Errors that grow at most linearly: after ``warmup`` loops from an exactly encoded state the error is
    within ``A`` (cell by cell), and one loop started within ``A + t·C`` ends within ``A + (t + 1)·C`` for
    every ``t ≤ horizon``; so ``warmup + horizon`` loops are certified, the last within ``bound`` (``A + horizon·C``
    at its largest).  ``horizon`` is 0 and ``failure`` says why when no such ``C`` was found."""

    warmup: int
    horizon: int = 0
    warm_bounds: list = field(default_factory=list)  # the largest error after each warm-up loop
    per_loop: Fraction = Fraction(0)  # the largest entry of C
    bound: Fraction | None = None
    failure: str | None = None
    seconds: float = 0.0


def _grows(T, C, t_max: int):
    return [[Growing(a, c, t_max) if (a or c) else Fraction(0) for a, c in zip(ra, rc)] for ra, rc in zip(T, C)]


def _within(E, A, C, t_max: int) -> bool:
    """``E(t) ≤ A + (t + 1)·C`` for every ``t`` in ``[0, t_max]``: both sides are affine in ``t``, so at the ends."""
    for re, ra, rc in zip(E, A, C):
        for e, a, c in zip(re, ra, rc):
            a1, b1 = (e.a, e.b) if isinstance(e, Growing) else (Fraction(e), Fraction(0))
            if a1 > a + c or a1 + b1 * t_max > a + (t_max + 1) * c:
                return False
    return True


def certify_growth(network: LoopedNetwork, templates, model: FloatModel, lam, warmup: int = 4,
                   horizon: int = 10**6, slack=Fraction(3, 2), attempts: int = 4) -> GrowthCertificate:
    """A linear-growth invariant (:class:`GrowthCertificate`): ``warmup`` loops concretely, then ``C`` from the
    last increment times ``slack``, ``2·slack``, … (``attempts`` of them), for each the horizon halved from
    ``horizon`` until the loop maps ``A + t·C`` into ``A + (t + 1)·C`` for every ``t`` up to it and the lemma's
    hypotheses hold at its end (the relative roundings compound over the horizon); the longest horizon wins.
    Each check is one loop of :func:`loop_errors` on growing bounds (:class:`~verify.absorption.Growing`): sound
    for every ``t`` at once, so no loop beyond the warm-up is run."""
    start = time.perf_counter()
    cert = GrowthCertificate(warmup)
    state = _state(network, templates, model, lam)
    zero = [[Fraction(0)] * network.layout.n for _ in range(network.layout.d)]
    prev = T = zero
    try:
        for layers in _loops(network, templates, model, lam, warmup, state):
            prev, T = T, layers[-1].errors
            cert.warm_bounds.append(layers[-1].largest)
    except NotAbsorbed as err:
        cert.failure = f"warm-up: {err}"
        return cert
    increment = [[max(t - p, Fraction(0)) for t, p in zip(row, prow)] for row, prow in zip(T, prev)]
    for attempt in range(attempts):  # the assumed growth C: the last increment times slack, 2·slack, …
        C = [[round_up(i * slack * 2 ** attempt) for i in row] for row in increment]
        t_max = min(horizon, 8 * cert.horizon) if cert.horizon else horizon  # a doubled slack gains about 2×
        while t_max >= 1:  # the relative roundings compound over the horizon: shorten it until it holds
            try:
                E = loop_errors(network, templates, model, lam, _grows(T, C, t_max), _state=state)[-1].errors
            except NotAbsorbed as err:
                cert.failure = f"at t = {t_max}: {err}"
                t_max //= 2
                continue
            if _within(E, T, C, t_max):
                if t_max > cert.horizon:  # keep the longest horizon over the attempts
                    cert.horizon, cert.failure = t_max, None
                    cert.per_loop = max(max(row) for row in C)
                    cert.bound = max(a + t_max * c for ra, rc in zip(T, C) for a, c in zip(ra, rc))
                break
            if not cert.horizon:
                cert.failure = f"at t = {t_max}: the loop outgrew the assumed growth"
            t_max //= 2
    if cert.horizon:
        cert.failure = None
    cert.seconds = time.perf_counter() - start
    return cert
