"""A per-state enclosure of the float forward pass: every value the IEEE machine can compute from one input.

:class:`FloatEnclosure` evaluates a bound network's float machine
(:class:`verify.semantics.Float`: numpy in float64 or float32, any summation
order) on :class:`~verify.balls.Balls`: starting from an exactly known input
it returns, after every layer, balls that contain the machine's value under
*every* admissible rounding (the standard model of :mod:`verify.rounding`,
per entry as in :mod:`verify.float_rounding`).  Unlike the all-states drift
bound of :mod:`verify.drift`, it follows one state, so it knows

* which entries are still exact (an integer state's pointer scores are exact
  integers, and nothing rounds until the first softmax);
* which units sit on which side of their kink, and
* the exact one-dimensional piecewise-linear function that each group of
  hidden units reading the same linear form ``t = v·x`` feeds into an output
  row (a bit of an adder, a gate, a "clear" ``x − ReLU(x) + ReLU(−x)``): its
  exact range over the enclosure of ``t`` is taken at the endpoints and the
  breakpoints (:func:`verify.pwl_groups.pwl_range`), so the dependencies inside a group cost
  nothing — where per-unit intervals would turn a clear of a noisy row into
  noise of its width, and an adder's threshold pairs into twice their slope.

**Attention** (plain heads): keys, queries and values are linear maps plus
their rounding; the scores a bilinear product plus its rounding; ``z = λ̃·s``;
the weights' real softmax ``p(z)`` over the ball of ``z`` by the mean value
theorem with the exact Jacobian bounds ``|∂p_i/∂z_i| = p_i(1 − p_i)`` and
``|∂p_i/∂z_k| = p_i p_k`` (each factor at most ``e^{2ρ}`` times its value at
the centre, ``ρ`` the largest radius in the column), its centre computed in
Arb; then the machine's softmax rounding (``p_i(z̃)·rel_i + abs``).  The update
is a bilinear product plus its rounding, added to the rows with one more
rounding.  **Feed-forward**: the real output row as the sum of its groups'
exact ranges (:class:`verify.pwl_groups.FFNPlan`), plus the machine's roundings — each
pre-activation's through ``|W2|`` (ReLU is 1-Lipschitz), the output
product's and the residual addition's.  Entries whose inputs are exact and
whose arithmetic is exact (:func:`verify.balls.exact_dot`) stay exact.

Everything rests on the standard model (and ``np.exp`` within its assumed
ulps, :data:`verify.rounding.EXP_ULPS`); the analysis's own float64
arithmetic is bounded rigorously (:mod:`verify.balls`).
"""
from __future__ import annotations

from fractions import Fraction

import numpy as np

from .balls import Balls, exact_dot, exact_sum, mantissas, outward, up
from .float_rounding import Format, fmt_of, half_ulp, linear_rounding, product_rounding
from .forward import Evaluator
from .layer import LoopedNetwork
from .rounding import model as float_model
from .pwl_groups import ffn_plan, pwl_range, rows_of
from .semantics import Float
from .softmax_enclosure import softmax_balls

__all__ = ["FloatEnclosure"]


class FloatEnclosure:
    """The float machine of a bound network (``fmt`` ``"float64"`` or ``"float32"``), evaluated on balls."""

    def __init__(self, network: LoopedNetwork, lam, fmt: str = "float64", u: Fraction | None = None):
        dtype = {"float64": np.float64, "float32": np.float32}[fmt]
        self.network = network
        self.evaluator = Evaluator(network, Float(float(lam), dtype))
        self.format: Format = fmt_of(float_model(fmt, u))
        self.lam = float(np.dtype(dtype).type(float(lam)))  # the λ the machine multiplies by
        d = network.layout.d
        written = set()
        for layer in network.layers:
            written |= layer.touched_rows()[1]
        self.constant = set(range(d)) - written
        self._plans = [None if c.ffn is None else ffn_plan(c.ffn, d, self.constant)
                       for c in self.evaluator.compiled]
        for c in self.evaluator.compiled:
            for h in c.heads:
                if not h.plain:
                    raise NotImplementedError(f"head {h.name}: enclosures cover plain softmax heads only")
            if c.ffn is not None and np.asarray(c.ffn.b1).shape[-1] != 1:
                raise NotImplementedError(f"{c.name}: enclosures do not cover per-column biases")

    # -- building blocks ---------------------------------------------------------------------------------
    def _linear(self, W, X: Balls, b=None) -> Balls:
        """The machine's ``fl(W @ x̃ + b)``: the real map's balls widened by its rounding."""
        return self._linear_rounded(W, X, b)[0]

    def _linear_rounded(self, W, X: Balls, b=None) -> tuple[Balls, np.ndarray]:
        """:meth:`_linear` and the rounding bound it added (0 where the machine is exact)."""
        W = np.asarray(W, dtype=np.float64)
        b = None if b is None else np.asarray(b, dtype=np.float64)
        real = X.linear(W, b)
        rho, exact = linear_rounding(self.format, W, X, b)
        return Balls(real.mid, np.where(exact & real.known, 0.0, up(real.rad + rho, 1))), rho

    def _product(self, P: Balls, Q: Balls) -> Balls:
        """The machine's ``fl(P @ Q)`` for enclosed factors (``(a, k) @ (k, b)``)."""
        real = Balls(P.mid.T, P.rad.T).bilinear(Q)
        known = (P.known.all(axis=1)[:, None]) & (Q.known.all(axis=0)[None, :])
        exact = known & exact_dot(P.mid, Q.mid, None, self.format.precision, self.format.min_exponent)
        inexact = P.magnitude() @ Q.magnitude()
        rho = product_rounding(self.format, P.bounds(), Q.bounds(), inexact)
        return Balls(real.mid, np.where(exact & real.known, 0.0, up(real.rad + rho, 1)))

    def _add(self, X: Balls, D: Balls) -> Balls:
        """The machine's ``fl(x̃ + d̃)``."""
        real = X.plus(D)
        exact = X.known & D.known & real.known & exact_sum(X.mid, D.mid, self.format.precision,
                                                            self.format.min_exponent)
        rho = half_ulp(self.format, up(X.magnitude() + D.magnitude(), 1))
        return Balls(real.mid, np.where(exact, 0.0, up(real.rad + rho, 1)))

    def _scores(self, keys: Balls, queries: Balls):
        """The machine's scaled scores ``fl(λ̃·fl(k^T q))`` as ``(centres, independent radius, shared term)``.

        ``k_i^T q_j = k̂_i^T q̂_j + k̂_i^T δq_j + δk_i^T q_j``: the query's noise
        ``δq_j`` enters every key's score of column ``j`` through the known
        centres ``k̂`` — kept as the shared term ``(λ, k̂, rad q)`` of
        :func:`~verify.softmax_enclosure.softmax_balls` — while the keys' own noise, the roundings and the
        analysis error are independent per score.
        """
        fm, lam = self.format, self.lam
        K, Q = keys, queries
        centre = Balls.exact(K.mid).bilinear(Balls.exact(Q.mid))  # k̂^T q̂ and its analysis error
        known = K.known.all(axis=0)[:, None] & Q.known.all(axis=0)[None, :]
        exact = known & centre.known & exact_dot(K.mid.T, Q.mid, None, fm.precision, fm.min_exponent)
        keysT = Balls(K.mid.T, K.rad.T)
        rho = np.where(exact, 0.0, product_rounding(fm, keysT.bounds(), Q.bounds(), K.magnitude().T @ Q.magnitude()))
        own = up(K.rad.T @ Q.magnitude(), K.shape[0] + 2)  # Σ_l rad(k_li)·|q_lj|
        z = Balls(centre.mid, np.zeros_like(centre.rad)).times(lam)  # λ̃·centre and its analysis error
        zexact = exact & z.known & exact_dot(np.array([[lam]]), centre.mid.reshape(1, -1), None, fm.precision,
                                             fm.min_exponent).reshape(z.shape)
        shared = up(np.abs(K.mid).T @ Q.rad, K.shape[0] + 2)
        size = up(abs(lam) * (np.abs(centre.mid) + centre.rad + shared + own + rho), 5)
        rz = np.where(zexact, 0.0, up(fm.u * size + fm.eta, 2))  # fl(λ̃·s̃)
        independent = np.where(zexact, 0.0, up(z.rad + abs(lam) * (centre.rad + rho + own) + rz, 5))
        return z.mid, independent, (lam, K.mid, Q.rad)

    # -- layers --------------------------------------------------------------------------------------------
    def attention(self, index: int, X: Balls) -> Balls:
        c = self.evaluator.compiled[index]
        Y = X
        for h in c.heads:
            xs = X.rows(h.qk_rows)
            keys, queries = self._linear(h.K, xs), self._linear(h.Q, xs)
            values = self._linear(h.V, X.rows(h.v_in))
            weights = softmax_balls(self.format, *self._scores(keys, queries))
            update = self._product(values, weights)
            new = self._add(Y.rows(h.v_out), update)
            mid, rad = Y.mid.copy(), Y.rad.copy()
            mid[h.v_out], rad[h.v_out] = new.mid, new.rad
            Y = Balls(mid, rad)
        return Y

    def feed_forward(self, index: int, Y: Balls) -> Balls:
        c, plan = self.evaluator.compiled[index], self._plans[index]
        if plan is None:
            return Y
        f, fm = c.ffn, self.format
        W1, b1 = np.asarray(f.W1, dtype=np.float64), np.asarray(f.b1, dtype=np.float64)
        W2, b2 = np.asarray(f.W2, dtype=np.float64), np.asarray(f.b2, dtype=np.float64)
        d, n = Y.shape
        out_idx = rows_of(f.out_rows, d)
        Xin = Y.rows(plan.in_idx)
        pre, rho1 = self._linear_rounded(W1, Xin, b1)  # the machine's pre-activations
        H = pre.relu()  # the machine's hidden units: max(·, 0) is exact
        rho2, exact2 = linear_rounding(fm, W2, H, b2)
        out = H.linear(W2, b2)
        resid = Y.rows(out_idx)
        total = resid.plus(out)
        rho3 = half_ulp(fm, up(resid.magnitude() + out.magnitude() + rho2, 2))
        exact = exact2 & out.known & resid.known & total.known & exact_sum(resid.mid, out.mid, fm.precision,
                                                                              fm.min_exponent)
        # the real function of the machine's inputs, group by group
        consts = Xin.rows(plan.const_pos)
        bias = consts.linear(W1[:, plan.const_pos], b1) if plan.const_pos.size else Balls.exact(
            np.broadcast_to(b1, (W1.shape[0], n)))
        tlo, thi = Xin.linear(plan.directions).bounds()  # every group's t (0 for constant units)
        bits, low = mantissas(bias.mid)
        mid, rad = Y.mid.copy(), Y.rad.copy()
        passed = up(np.abs(W2) @ rho1, W2.shape[1] + 1)
        for k, r in enumerate(out_idx):
            if exact[k].all():
                mid[r], rad[r] = total.mid[k], 0.0
                continue
            b = np.broadcast_to(b2[k], (n,))
            lo_sum, hi_sum = b.copy(), b.copy()
            if plan.residual[k]:
                rlo, rhi = resid.rows(k).bounds()
                lo_sum, hi_sum = outward(lo_sum + rlo, hi_sum + rhi)
            for feed in plan.feeds[k]:
                g = plan.groups[feed.group]
                units = g.units[feed.units]
                flo, fhi = pwl_range(tlo[feed.group], thi[feed.group], g.scale[feed.units], bias.rows(units), feed,
                                     (bits[units], low[units]))
                lo_sum, hi_sum = outward(lo_sum + flo, hi_sum + fhi)
            centre = (lo_sum + hi_sum) / 2
            width = up(np.maximum(hi_sum - centre, centre - lo_sum), 2)
            machine = up(passed[k] + rho2[k] + rho3[k], 3)
            mid[r] = np.where(exact[k], total.mid[k], centre)
            rad[r] = np.where(exact[k], 0.0, up(width + machine, 1))
        return Balls(mid, rad).finite()

    def layer(self, index: int, X: Balls) -> Balls:
        return self.feed_forward(index, self.attention(index, X)).finite()

    def loop(self, X: Balls) -> list[Balls]:
        """The balls after each layer of one loop."""
        out = []
        for i in range(len(self.evaluator.compiled)):
            X = self.layer(i, X)
            out.append(X)
        return out
