"""Certified drift of the softmax machine from the hardmax machine, layer by layer.

Given a bound network, the proven score gap of each attention head (from the
exact enumeration in the z3 encoding) and a bound on the magnitude of every
exact state entry, :func:`propagate` computes for every row an Arb upper
bound ``E[row]`` on ``|X_softmax − X_hardmax|`` over *all* columns and all
valid states, after each layer:

* **Attention** (per head, per written row r): with keys and queries
  perturbed by ``ΔK``, ``ΔQ`` and exact magnitudes ``|K|``, ``|Q|``, each score
  moves by at most ``Δ = Σ_l |K_l|ΔQ_l + |Q_l|ΔK_l + ΔK_lΔQ_l``; the column's
  weights are within ``W = ℓ1(profiles) + min(λΔ, 2)`` of the hardmax
  (:func:`verify.softmax_bounds.head_l1_bound`: the concentration identity on
  the exact profiles plus the perturbation bound, both proved for every
  column by the paper plug-in that uses this module); the update moves by at most
  ``W·(|V_r| + ΔV_r) + ΔV_r``.
* **Feed-forward** (per written row r): the hidden units feeding r are grouped
  by the linear form ``w·x`` they read; each group is a one-dimensional
  piecewise-linear function whose exact largest slope ``s_g`` is computed
  from the weights; a group reading only row r is combined with the residual
  (so a "clear" ``x − ReLU(x) + ReLU(−x)`` has slope 0 and an exact
  ``E = 0``).  Rows no layer writes (indicators, positional codes, the
  program) carry no error; per column they are constants, so they are folded
  into the units' biases and the slope is maximised over their values.  Then
  ``E_out[r] ≤ s_self·E[r] + Σ_g s_g·Σ_j |w_j|E[j]``.

**Float arithmetic** (``rounding=`` a :class:`verify.rounding.FloatModel`):
the bound is then on ``|X_float − X_hardmax|`` for the float forward pass of
:class:`verify.semantics.Float`.  Every computed quantity is the real one at
the float inputs plus a rounding term (:mod:`verify.rounding`), added where
the code rounds: keys, queries and values (dot products with stored
weights), the scores (a dot product), ``λ·s`` (folded into the score shift
Δ, in score units), the softmax (its ℓ1 distance from the real softmax of
the rounded scores is added to ``W``), ``values @ weights`` (a dot product
over the n keys) and the residual addition; in the feed-forward part each
hidden pre-activation's rounding passes through ReLU (1-Lipschitz) and
``|W2|``, and the output product, its bias and the residual addition round
once more.  Magnitudes come from the amplitude tables plus the current
drift.  **Snapping** (``snap={layer: (rows, r)}``): the caller has proved
that this layer maps every real input within ``r`` of an exact value onto
that value, row by row (each row a function of itself alone); where the
incoming drift is at most ``r``, only the layer's rounding remains, else the
row is listed in ``LayerDrift.snap_failed`` and keeps its Lipschitz bound.

Everything is a sound over-approximation (Lipschitz bounds are global), so
no assumption about which gates are open is needed.  What *is* assumed are the
inputs: the score profiles and amplitudes must hold on every valid state
(callers pass those of proved stage templates and declare the proofs as
premises of their claims).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from fractions import Fraction

from flint import arb

from .arb import ball
from .layer import Layer, LoopedNetwork
from .object_memo import per_object
from .rounding import FloatModel, exact_integer, matrix_entries, matvec_error, softmax_l1
from .semantics import as_fraction
from .softmax_bounds import head_l1_bound

__all__ = ["RowGroups", "ffn_groups", "propagate", "LayerDrift"]


@dataclass(frozen=True)
class RowGroups:
    """Error transfer of one FFN output row: ``E_out = self_slope·E[row] + Σ slope_g·Σ_j w_g[j]·E[j]``."""

    row: int
    self_slope: Fraction
    groups: tuple[tuple[Fraction, tuple[tuple[int, Fraction], ...]], ...]


def _max_slope(pieces: list[tuple[Fraction, Fraction, Fraction]], base: Fraction) -> Fraction:
    """Largest |slope| of ``t ↦ base·t + Σ c·ReLU(a·t + b)`` for pieces ``(c, a, b)``."""
    points = sorted({-b / a for c, a, b in pieces if a != 0})
    probes = [points[0] - 1] if points else [Fraction(0)]
    probes += [(points[i] + points[i + 1]) / 2 for i in range(len(points) - 1)]
    probes += [points[-1] + 1] if points else []
    best = Fraction(0)
    for t in probes:
        slope = base + sum(c * a for c, a, b in pieces if a * t + b > 0)
        best = max(best, abs(slope))
    return best


def _worst_slope(pieces, base: Fraction, constants: dict[int, tuple]) -> Fraction:
    """:func:`_max_slope` maximised over every value the constant rows a group reads can take.

    ``pieces`` are ``(c, a, b, {row: weight})`` with the constant rows' weights
    separated from the bias.
    """
    rows = sorted({j for *_, cw in pieces for j in cw})
    best = Fraction(0)
    for values in itertools.product(*(constants[j] for j in rows)):
        env = dict(zip(rows, values))
        concrete = [(c, a, b + sum(w * env[j] for j, w in cw.items())) for c, a, b, cw in pieces]
        best = max(best, _max_slope(concrete, base))
    return best


def ffn_groups(layer: Layer, constants: dict[int, tuple] | None = None) -> dict[int, RowGroups]:
    """Per written row, the exact slopes of its unit groups (see the module docstring).

    ``constants`` maps rows that carry no error (never written) to the values
    they can take; their contribution is treated as part of each unit's bias.
    Found once per layer object and ``constants`` (:func:`~verify.object_memo.per_object`): a certificate
    searched over λ asks for the same groups at every λ.
    """
    constants = constants or {}
    key = ("ffn_groups", tuple(sorted((j, tuple(v)) for j, v in constants.items())))
    return per_object(layer, key, lambda: _ffn_groups(layer, constants))


def _ffn_groups(layer: Layer, constants: dict[int, tuple]) -> dict[int, RowGroups]:
    f = layer.ffn
    if f is None:
        return {}
    w1 = {}
    for (u, j), v in f.W1.todok().items():
        w1.setdefault(u, {})[j] = as_fraction(v)
    b1 = {u: as_fraction(f.b1[u, 0]) for u in range(f.width)}
    feeding: dict[int, list[tuple[int, Fraction]]] = {}
    for (r, u), v in f.W2.todok().items():
        feeding.setdefault(r, []).append((u, as_fraction(v)))
    out = {}
    for r, units in feeding.items():
        groups: dict[tuple, list] = {}
        directions: dict[tuple, dict[int, Fraction]] = {}
        for u, c in units:
            row = {j: v for j, v in w1.get(u, {}).items() if j not in constants}
            fixed = {j: v for j, v in w1.get(u, {}).items() if j in constants}
            if not row:  # reads only error-free rows: contributes no error
                continue
            lead = row[min(row)]
            key = tuple(sorted((j, v / lead) for j, v in row.items()))
            directions[key] = {j: v / lead for j, v in row.items()}
            groups.setdefault(key, []).append((c, lead, b1[u], fixed))
        self_slope, transfer = Fraction(1), []
        for key, pieces in groups.items():
            direction = directions[key]
            if set(direction) == {r}:  # reads only its own row: combine with the residual
                scale = direction[r]
                self_slope = _worst_slope([(c, a * scale, b, cw) for c, a, b, cw in pieces], Fraction(1),
                                          constants)
            else:
                transfer.append((_worst_slope(pieces, Fraction(0), constants),
                                 tuple(sorted((j, abs(v)) for j, v in direction.items()))))
        out[r] = RowGroups(r, self_slope, tuple(transfer))
    return out


@dataclass
class LayerDrift:
    """Error bounds after one layer, and the attention terms that produced them."""

    layer: str
    errors: list  # arb upper bound per row
    score_shift: dict  # head -> arb bound on the score perturbation Δ
    weight_error: dict  # head -> arb bound on ‖w − h‖₁
    snap_failed: list = field(default_factory=list)  # snapped rows whose drift exceeded the radius


def _abs_row_sums(m) -> dict[int, dict[int, Fraction]]:
    rows: dict[int, dict[int, Fraction]] = {}
    for (i, j), v in m.todok().items():
        rows.setdefault(i, {})[j] = abs(as_fraction(v))
    return rows


def _magnitude(weights: dict[int, Fraction], amp) -> Fraction:
    """A bound on ``|Σ_j w_j x̂_j|`` in every column: ``max_c Σ_j |w_j|·amp[j][c]``."""
    if amp is None:
        return sum(weights.values(), Fraction(0))
    columns = len(amp[0])
    return max(sum((w * amp[j][c] for j, w in weights.items()), Fraction(0)) for c in range(columns))


def _known_signs(constants: dict[int, tuple]) -> dict[int, int]:
    """The sign of each constant row that never changes sign (an indicator is ``+1``)."""
    out = {}
    for j, values in constants.items():
        values = [as_fraction(v) for v in values]
        if all(v >= 0 for v in values):
            out[j] = 1
        elif all(v <= 0 for v in values):
            out[j] = -1
    return out


def _ffn_rounding(model: FloatModel, layer: Layer, size: list, signs: dict[int, int] | None = None,
                  integers: set | None = None) -> dict[int, arb]:
    """Per written row: ``|F_float(x̃) − F(x̃)|`` of the feed-forward part and its residual addition.

    ``signs`` and ``integers`` describe the inputs (see :func:`verify.rounding.matvec_error`); the hidden
    units are ReLU outputs, nonnegative, so the output products' signs are their weights'."""
    f = layer.ffn
    if f is None or not f.width:
        return {}
    if f.has_column_biases:
        raise NotImplementedError(f"{layer.name}: no rounding bound for per-column biases")
    b1 = {u: as_fraction(f.b1[u, 0]) for u in range(f.width)}
    rho, hsize = {}, {}
    for u, row in matrix_entries(f.W1, model).items():
        rho[u], exact = matvec_error(model, row, size, b1[u], signs, integers)
        hsize[u] = exact + rho[u]
    for u in range(f.width):  # a unit reading nothing is its bias, rounded once when stored
        if u not in rho:
            rho[u] = ball(abs(model.stored(b1[u]) - b1[u]))
            hsize[u] = ball(abs(b1[u])) + rho[u]
    b2 = {i: as_fraction(v) for (i, _), v in f.b2.todok().items()}
    w2 = matrix_entries(f.W2, model)
    out = {}
    for r in set(w2) | {i for i, v in b2.items() if v != 0}:
        row = w2.get(r)
        passed = sum((ball(a) * rho[u] for u, a, _, _ in row.terms), arb(0)) if row else arb(0)
        if row:
            err, exact = matvec_error(model, row, hsize, b2.get(r, Fraction(0)), dict.fromkeys(hsize, 1))
        else:
            b = b2[r]
            err, exact = ball(abs(model.stored(b) - b)), ball(abs(b))
        err += passed
        out[r] = err + model.add(size[r] + exact + err)
    return out


def propagate(network: LoopedNetwork, lam, profiles: dict, amplitudes=None, layers: range | None = None,
              start: list | None = None, constants: dict[int, tuple] | None = None,
              rounding: FloatModel | None = None, snap: dict | None = None,
              integral=None) -> list[LayerDrift]:
    """Drift bounds after each layer of ``layers`` (default: all), starting from ``start`` (default 0).

    ``profiles`` maps each head name to the exact score profiles of its
    columns (or ``(n, gap)`` for the closed form), see
    :func:`verify.softmax_bounds.head_l1_bound`; ``amplitudes(i)`` bounds
    ``|x̂|`` cell by cell (a ``d × n`` table of Fractions) for the exact input
    of layer ``i`` (default: 1 everywhere); ``constants`` names the rows no
    layer writes, with their values.  ``rounding`` bounds the float forward
    pass instead of the real one; ``snap`` maps a layer index to ``(rows,
    radius)`` (see the module docstring); ``integral(i)`` names the rows that are
    integer-valued in layer ``i``'s exact input on every valid state (where
    such a row also carries no drift, integer dot products are exact).
    """
    constants = constants or {}
    snap = snap or {}
    written = set()
    for layer in network.layers:
        written |= layer.touched_rows()[1]
    if written & set(constants):
        raise ValueError("a row declared constant is written by some layer")
    d, n = network.layout.d, network.layout.n
    signs = _known_signs(constants)
    E = list(start) if start is not None else [arb(0)] * d
    out = []
    for index in layers if layers is not None else range(len(network.layers)):
        layer = network.layers[index]
        amp = amplitudes(index) if amplitudes is not None else None
        base = [ball(max(row)) for row in amp] if amp is not None else [arb(1)] * d
        exact_size = list(base)  # bounds on the exact state's rows as the heads update it
        after_attention = list(E)
        shifts, weights = {}, {}
        ints = set(integral(index)) if integral is not None and rounding is not None else set()
        exact = {j for j in ints if E[j] == 0}
        head_rows: set[int] = set()
        for head in layer.heads:
            if rounding is not None and not head.is_plain:
                raise NotImplementedError(f"head {head.name}: no rounding bound for masked or linear heads")
            K, Q, V = (_abs_row_sums(m) for m in (head.K, head.Q, head.V))
            size = [base[j] + E[j] for j in range(d)]
            if rounding is not None:
                Ke, Qe, Ve = (matrix_entries(m, rounding) for m in (head.K, head.Q, head.V))
            delta, smax, integer_scores = arb(0), arb(0), True
            for l in set(K) | set(Q):
                dk = sum((ball(w) * E[j] for j, w in K.get(l, {}).items()), arb(0))
                dq = sum((ball(w) * E[j] for j, w in Q.get(l, {}).items()), arb(0))
                bk = ball(_magnitude(K.get(l, {}), amp))
                bq = ball(_magnitude(Q.get(l, {}), amp))
                if rounding is not None:
                    for mat, which, b in ((Ke, "k", bk), (Qe, "q", bq)):
                        row = mat.get(l)
                        if row is None or exact_integer(rounding, row, exact, b):
                            continue  # a zero row, or an exact integer: no rounding
                        integer_scores = False
                        err = matvec_error(rounding, row, size)[0]
                        dk, dq = (dk + err, dq) if which == "k" else (dk, dq + err)
                delta += bk * dq + bq * dk + dk * dq
                smax += (bk + dk) * (bq + dq)
            if head.name not in profiles:
                raise KeyError(f"no proven score profile for head {head.name}")
            extra = arb(0)
            if rounding is not None:
                lam_f = rounding.stored(Fraction(lam))
                limit = ball(1 / rounding.u)
                if not (integer_scores and smax <= limit):  # integer keys and queries: exact integer scores
                    score = rounding.dot(len(set(K) & set(Q)), smax)  # the scores k^T q
                    smax += score
                    delta += score
                    integer_scores = False
                if not (integer_scores and lam_f == lam and lam_f.denominator == 1 and ball(lam_f) * smax <= limit):
                    lam_shift = (ball(abs(lam_f - Fraction(lam))) + ball(rounding.u * lam_f)) * smax
                    delta += (lam_shift + ball(rounding.eta)) / ball(lam)  # fl(λ̃·s), in score units
                extra = softmax_l1(rounding, n)
            w = head_l1_bound(lam, profiles[head.name], delta) + extra
            shifts[head.name], weights[head.name] = delta, w
            head_rows |= set(V)
            for r, row in V.items():
                dv = sum((ball(v) * E[j] for j, v in row.items()), arb(0))
                bv = ball(_magnitude(row, amp))
                if rounding is not None and not exact_integer(rounding, Ve[r], exact, bv):
                    dv += matvec_error(rounding, Ve[r], size)[0]
                moved = w * (bv + dv) + dv
                if rounding is not None:
                    upd = (bv + dv) * (1 + extra)  # |ṽ|·Σ|w̃|
                    moved += rounding.dot(n, upd)  # values @ weights, over the n keys
                    moved += rounding.add(exact_size[r] + after_attention[r] + upd + moved)
                after_attention[r] = after_attention[r] + moved
                exact_size[r] = exact_size[r] + bv
        new = list(after_attention)
        for r, g in ffn_groups(layer, constants).items():
            total = ball(g.self_slope) * after_attention[r]
            for slope, direction in g.groups:
                total += ball(slope) * sum((ball(v) * after_attention[j] for j, v in direction), arb(0))
            new[r] = total
        failed = []
        if index in snap:
            rows, radius = snap[index]
            if set(rows) - layer.touched_rows()[1]:
                raise ValueError(f"{layer.name}: a snapped row is not written by the layer")
            for r in rows:
                if after_attention[r] <= ball(radius):
                    new[r] = arb(0)  # the real layer maps the ball onto the exact value
                else:
                    failed.append(r)
        if rounding is not None:
            size = [exact_size[j] + after_attention[j] for j in range(d)]
            integers = {j for j in exact if j not in head_rows} | {
                j for j, values in constants.items() if all(as_fraction(v).denominator == 1 for v in values)}
            for r, e in _ffn_rounding(rounding, layer, size, signs, integers).items():
                new[r] = new[r] + e
        E = new
        out.append(LayerDrift(layer.name, E, shifts, weights, failed))
    return out
