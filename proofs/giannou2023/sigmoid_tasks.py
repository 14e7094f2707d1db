"""Tasks for the sigmoid blocks of Giannou et al. 2023: one padded-softmax head (block (a)) and sums of
sigmoids (block (b)).

Each task takes JSON-able keyword arguments and returns an
:class:`~verify.claims.Outcome`; the proofs use :mod:`.block_algebra`.
"""
from __future__ import annotations

import time
from fractions import Fraction

import mpmath
import sympy as sp

from constructions.giannou2023 import barron, sigmoid
from constructions.giannou2023.function_block import LAM
from verify.bounds import arb_callable, fraction_ball, sup_abs
from verify.claims import Outcome, Status

from .block_algebra import TAYLOR, arb_value, check_layer, input_matrix, mismatch_outcome, run_network, symbol_grid

__all__ = ['sigmoid_head_exact', 'sigmoid_sum_bound', 'sigmoid_head_bound', 'staircase_derived_bound']


def sigmoid_head_exact(k: int = 1, padding_side: str = "data", sign: int = 1) -> Outcome:
    """Block (a) with symbolic ``a, b, c`` and every input entry symbolic, ``rho = sign·ln(n − 1)``, λ = 1:
    is the output on ``O_0`` exactly ``c·σ(a·x + b)``, for all real values?"""
    start = time.perf_counter()
    net = sigmoid.symbolic_head_network(k, padding_side)
    lay, n = net.layout, net.layout.n
    rho = sign * sp.log(n - 1)
    Kv = sp.Integer(64)
    layers = [layer.subs({sigmoid.RHO: rho, LAM: 1, sigmoid.K: Kv}) for layer in net.layers]
    A, B = symbol_grid("A", k), symbol_grid("B", k)
    box = {s: (-Kv, Kv) for M in (A, B) for row in M for s in row}
    X = input_matrix(lay, A, B)
    a = [sp.Symbol(f"a{r + 1}") for r in range(k)]
    b, c = sp.Symbol("b"), sp.Symbol("c")
    xs = [A[r][0] for r in range(k)]
    z = sp.Add(*(ar * x for ar, x in zip(a, xs))) + b
    out = (lay.row("sigma.out", 0), lay.cols("O")[0])
    a0 = lay.cols("A")[0]
    copied = {(lay.row("sigma.x", r), a0): A[r][0] for r in range(k)}
    outputs = []
    bad = check_layer(layers[0], X, copied, box, layout=lay, output=outputs)
    X1 = outputs[0]
    cleared = {key: sp.Integer(0) for key in copied}
    bad += check_layer(layers[1], X1, {**cleared, out: c / (1 + sp.exp(-z))}, box, layout=lay, output=outputs)
    side = "the data column's score" if padding_side == "data" else "every other column's score"
    form = f"{'+' if sign > 0 else '−'}ln({n - 1}) on {side}" if padding_side == "data" else \
        f"{'−' if sign > 0 else '+'}ln({n - 1}) on {side}"
    data = {"k": k, "n": n, "padding": form, "seconds": time.perf_counter() - start}
    if not bad:
        return Outcome(Status.PROVED, f"k = {k}, n = {n}, padding {form}: the output on O_0 is c·σ(a·x + b) "
                       f"for all real a, b, c and every input with entries in [−K, K], K = {Kv}; every other cell "
                       f"as contracted (sympy, exact softmax; ReLUs decided on the box)", data)
    got = outputs[-1][out]
    vals = {**{s: 0 for s in a}, b: 0, c: 1, **{x: 0 for x in xs}}
    value = arb_value(got.subs(vals))
    data.update({"mismatches": bad[:4], "output": str(sp.simplify(got))})
    ideal = Fraction(1, 2)
    diff = value - fraction_ball(ideal)
    if diff > 0 or diff < 0:
        data["counterexample"] = {"a": 0, "b": 0, "c": 1, "x": 0, "network": str(value), "expected": "1/2",
                                  "difference": float(diff.mid())}
        return Outcome(Status.REFUTED, f"padding {form}: the output is {sp.simplify(got)}, not c·σ(a·x + b); at "
                       f"a = b = 0, c = 1, x = 0 it is {float(value.mid()):.6g} ≠ 1/2 (Arb-certified)", data)
    return Outcome(Status.UNKNOWN, f"padding {form}: not proved equal, and the test point does not separate",
                   data)


def _fit(target: str, recipe: str, m: int, tau=None) -> barron.Fit:
    T = barron.TARGETS[target]
    if recipe == "least_squares":
        return barron.fitted(target, m)
    if recipe == "staircase":
        return barron.staircase(T, m, None if tau is None else Fraction(tau))
    raise ValueError(f"unknown recipe {recipe!r}")


def sigmoid_sum_bound(target: str, recipe: str, m: int, tau=None, padding_bits: int = 96,
                      perturb: str | None = None, max_boxes: int = 20_000, max_seconds: float = 20.0,
                      stated_bound: str | None = None) -> Outcome:
    """Block (b): certified ``sup |network − f|`` on the target's interval for a fitted sum of ``m`` sigmoids.

    ``perturb`` = "i:delta" adds ``delta`` to coefficient ``c_i`` of the network
    only (not to the closed form it is checked against): the equality proof
    must then fail.  ``stated_bound``: a bound to compare the certified one with.
    """
    start = time.perf_counter()
    T = barron.TARGETS[target]
    fit = _fit(target, recipe, m, tau)
    terms = list(fit.terms)
    net_terms = list(terms)
    if perturb:
        i, delta = perturb.split(":")
        a_, b_, c_ = net_terms[int(i)]
        net_terms[int(i)] = (a_, b_, c_ + Fraction(delta))
    net = sigmoid.sigmoid_network(f"f_{target}", 1, [((a,), b, c) for a, b, c in net_terms], fit.c0)
    lay, n = net.layout, net.layout.n
    rho = sigmoid.padding(n, padding_bits)
    bound = net.bind(rho=rho, lam=1, K=64)
    x = sp.Symbol("x")
    closed = sigmoid.output_expression([((a,), b, c) for a, b, c in terms], fit.c0, rho, n, [x])
    out = (lay.row(f"f_{target}.out", 0), lay.cols("O")[0])
    X = input_matrix(lay, [[x]], None)
    box = {x: (T.lo, T.hi)}
    xrow = (lay.row(f"f_{target}.x", 0), lay.cols("A")[0])
    outputs, diffs = [], []
    bad = check_layer(bound.layers[0], X, {xrow: x}, box, layout=lay, output=outputs, diffs=diffs)
    bad += check_layer(bound.layers[1], outputs[0], {xrow: sp.Integer(0), out: closed}, box, layout=lay,
                       diffs=diffs)
    proof_s = time.perf_counter() - start
    data = {"target": target, "interval": [str(T.lo), str(T.hi)], "recipe": recipe, "m": m, "n": n,
            "tau": str(fit.tau), "padding": f"rho = ln({n - 1}) rounded down to 2^-{padding_bits}",
            "fit": fit.to_json(), "proof_seconds": round(proof_s, 3), "network_hash": net.content_hash(),
            "layers": len(net.layers), "heads_per_layer": [len(layer.heads) for layer in net.layers]}
    if bad:
        return mismatch_outcome(f"{target}, m = {m}: the network does not compute its closed form", bad, diffs,
                                box, data)
    err = closed - T.expr.subs(barron.X, x)
    r = sup_abs(arb_callable(err, [x]), [(T.lo, T.hi)], taylor=TAYLOR, max_boxes=max_boxes,
                max_seconds=max_seconds)
    data["bound"] = r.to_json()
    if r.certified is None:
        return Outcome(Status.UNKNOWN, f"{target}, m = {m}: no finite enclosure within the budget", data)
    # the worst point, fed to the network itself
    wx = r.witness[0]
    Y = run_network(bound, [[wx]], None)
    with mpmath.workdps(60):
        val = Y[out]
        fx = mpmath.mpf(str(sp.N(T.expr.subs(barron.X, sp.Rational(wx.numerator, wx.denominator)), 70)))
        net_err = abs(val - fx)
    data["network_error_at_witness"] = float(net_err)
    data["network_value_at_witness"] = mpmath.nstr(val, 30)
    summary = (f"{target} on [{T.lo}, {T.hi}], {recipe}, m = {m}: certified sup|network − f| ≤ "
               f"{float(r.certified):.4g}; worst witnessed {float(r.witnessed):.4g} at x = {float(wx):.6g} "
               f"(network there: {float(net_err):.4g}); tightness {r.tightness:.3f} ({r.stop}, {r.boxes} boxes)")
    if stated_bound is not None:
        sb = Fraction(stated_bound)
        data["stated_bound"] = float(sb)
        if r.certified <= sb:
            return Outcome(Status.PROVED, summary + f"; ≤ the stated {float(sb):.4g}", data)
        if r.witnessed > sb:  # the proved closed form at a rational x: replayable through the network
            data["counterexample"] = {"x": str(wx), "error": float(r.witnessed), "stated_bound": float(sb)}
            return Outcome(Status.REFUTED, summary + f"; exceeds the stated {float(sb):.4g}", data)
        return Outcome(Status.UNKNOWN, summary + f"; the stated {float(sb):.4g} is between", data)
    return Outcome(Status.PROVED, summary, data)


def staircase_derived_bound(target: str, m: int, tau) -> Fraction:
    """The derived 1-D bound ``2.5·L·h + 2L/τ`` of the staircase (module :mod:`~constructions.giannou2023.barron`)."""
    T = barron.TARGETS[target]
    L = {"square": 2, "reciprocal": 4, "sqrt": 1, "rsqrt": 4}[target]
    h = (T.hi - T.lo) / m
    return Fraction(5, 2) * L * h + 2 * L / Fraction(tau)




def sigmoid_head_bound(a: str, b: str, c: str, lo: str, hi: str, padding_bits: int = 96) -> Outcome:
    """Block (a) as bound (rational ``rho`` within ``2^{−bits}`` of ``ln(n − 1)``): certified
    ``sup |network − c·σ(a x + b)|`` on ``[lo, hi]``, from the proved closed form."""
    av, bv, cv, lo_, hi_ = (Fraction(v) for v in (a, b, c, lo, hi))
    net = sigmoid.sigmoid_network("sigma", 1, [((av,), bv, cv)])
    lay, n = net.layout, net.layout.n
    rho = sigmoid.padding(n, padding_bits)
    bound = net.bind(rho=rho, lam=1, K=64)
    x = sp.Symbol("x")
    closed = sigmoid.output_expression([((av,), bv, cv)], 0, rho, n, [x])
    out = (lay.row("sigma.out", 0), lay.cols("O")[0])
    xrow = (lay.row("sigma.x", 0), lay.cols("A")[0])
    box = {x: (lo_, hi_)}
    outs, diffs = [], []
    bad = check_layer(bound.layers[0], input_matrix(lay, [[x]], None), {xrow: x}, box, layout=lay, output=outs,
                      diffs=diffs)
    bad += check_layer(bound.layers[1], outs[0], {xrow: sp.Integer(0), out: closed}, box, layout=lay, diffs=diffs)
    data = {"a": a, "b": b, "c": c, "interval": [lo, hi], "n": n, "rho": str(rho)}
    if bad:
        return mismatch_outcome("the bound head does not compute its closed form", bad, diffs, box, data)
    ideal = sigmoid.target_expression([((av,), bv, cv)], 0, [x])
    # closed − ideal = c(σ(z + δ) − σ(z)), δ = rho − ln(n − 1) ≈ 2^-96: bounded in a cancellation-free form,
    # itself proved equal to the difference (sympy), since Arb cannot resolve a 1e-30 difference of O(1) terms
    # on boxes of useful size
    z = av * x + bv
    dl = sp.Rational(rho.numerator, rho.denominator) - sp.log(n - 1)
    err = cv * (1 - sp.exp(-dl)) * sp.exp(-z) / ((1 + sp.exp(-z - dl)) * (1 + sp.exp(-z)))
    if sp.cancel(sp.together(sp.expand(closed - ideal - err, power_exp=True))) != 0:
        data["mismatches"] = ["the cancellation-free form of the error does not match the closed form"]
        return Outcome(Status.ERROR, "internal: the rewritten error is not the closed form's", data)
    pad_err = sigmoid.padding_error_bound(n, rho)
    seeds = [(-bv / av,)] if av != 0 and lo_ <= -bv / av <= hi_ else []
    r = sup_abs(arb_callable(err, [x]), [(lo_, hi_)], taylor=TAYLOR, prec=padding_bits * 4,
                witness_prec=padding_bits * 6, seeds=seeds, max_seconds=10)
    wx = r.witness[0]
    Y = run_network(bound, [[wx]], None, digits=80)
    with mpmath.workdps(80):
        z = mpmath.mpf(av.numerator) / av.denominator * (mpmath.mpf(wx.numerator) / wx.denominator) \
            + mpmath.mpf(bv.numerator) / bv.denominator
        net_err = abs(Y[out] - mpmath.mpf(cv.numerator) / cv.denominator / (1 + mpmath.exp(-z)))
    data.update({"bound": r.to_json(), "padding_error": float(pad_err),
                 "a_priori": float(abs(cv) * pad_err / 4), "network_error_at_witness": float(net_err)})
    return Outcome(Status.PROVED, f"one head, a = {a}, b = {b}, c = {c}, x ∈ [{lo}, {hi}]: certified sup|network − "
                   f"c·σ(ax + b)| ≤ {float(r.certified):.3g} (|rho − ln {n - 1}| ≤ {float(pad_err):.2g}; a priori "
                   f"|c|·|rho − ln {n - 1}|/4 = {float(abs(cv) * pad_err / 4):.3g}); network at the worst x: "
                   f"{float(net_err):.3g}; tightness {r.tightness:.3f}", data)
