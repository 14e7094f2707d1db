"""Tasks for the transpose block (d) and the elementwise αA + βB blocks of Giannou et al. 2023, and the
exact size counts of every standalone block.

Each task takes JSON-able keyword arguments and returns an
:class:`~verify.claims.Outcome`; the proofs use :mod:`.block_algebra`.
"""
from __future__ import annotations

import time
from fractions import Fraction

import mpmath
import sympy as sp

from constructions.giannou2023 import barron, elementwise, matmul, sigmoid, transpose
from verify.bounds import arb_callable, arb_gradient, sup_abs
from verify.claims import Outcome, Status

from .block_algebra import arb_value, check_layer, input_matrix, mismatch_outcome, operands, run_network, symbol_grid

__all__ = ['transpose_bound', 'linear_bound', 'block_size']


def transpose_bound(k: int, G: str = "40", K: str = "64", GA: str = "1", perturb_gain: str | None = None) -> Outcome:
    """Both layers of the bound transpose block equal their contracts; certified error over ``|A| ≤ G_A``."""
    start = time.perf_counter()
    net = transpose.transpose_network(k)
    Gv = Fraction(G)
    bound = net.bind(G=Gv + (Fraction(perturb_gain) if perturb_gain else 0), K=Fraction(K), lam=1)
    lay, n = bound.layout, bound.layout.n
    A = symbol_grid("a", k)
    GA_ = Fraction(GA)
    box = {s: (-GA_, GA_) for row in A for s in row}
    X = input_matrix(lay, A, None)
    Acols, O = list(lay.cols("A")), list(lay.cols("O"))
    exp1 = {(lay.row("tr.sp", i * k + l), Acols[l]): A[i][l] for i in range(k) for l in range(k)}
    outs, diffs = [], []
    bad = check_layer(bound.layers[0], X, exp1, box, layout=lay, output=outs, diffs=diffs)
    X1 = outs[0]
    exp2 = {(lay.row("tr.sp", i * k + l), Acols[l]): sp.Integer(0) for i in range(k) for l in range(k)}
    for i in range(k):
        for l in range(k):
            exp2[(lay.row("tr.out", l), O[i])] = transpose.output_expression(A, i, l, Gv, n)
    bad += check_layer(bound.layers[1], X1, exp2, box, layout=lay, diffs=diffs)
    data = {"k": k, "n": n, "G": str(Gv), "box": f"|A_ij| <= {GA}", "network_hash": net.content_hash()}
    if bad:
        return mismatch_outcome(f"k = {k}: the transpose does not meet its contract", bad, diffs, box, data)
    x = sp.Symbol("x")
    err = (k * sp.exp(Gv) / (k * sp.exp(Gv) + n - k) - 1) * x
    r = sup_abs(arb_callable(err, [x]), [(-GA_, GA_)], grad=arb_gradient(err, [x]))
    exact = transpose.transpose_error(k, n, GA_, Gv)
    Y = run_network(bound, [[GA_] * k for _ in range(k)], None)
    with mpmath.workdps(60):
        wit = max(abs(Y[lay.row("tr.out", l), O[i]] - mpmath.mpf(GA_.numerator) / GA_.denominator)
                  for i in range(k) for l in range(k))
    data.update({"bound": r.to_json(), "exact_worst": float(arb_value(exact).mid()),
                 "network_witness_error": float(wit), "seconds": round(time.perf_counter() - start, 3)})
    return Outcome(Status.PROVED, f"k = {k}, n = {n}, G = {Gv}: both layers proved; certified max|out − Aᵀ| ≤ "
                   f"{float(r.certified):.4g} on |A| ≤ {GA} (= (n − k)G_A/(k e^G + n − k), attained); network at "
                   f"A = G_A: {float(wit):.4g}; 2 layers, 1 head", data)


def linear_bound(k: int, alpha: str, beta: str, G: str = "40", K: str = "64", GA: str = "1", GB: str = "1",
                 perturb_beta: str | None = None) -> Outcome:
    """The elementwise block for one ``(α, β)``: contract proved, certified error over the box.

    ``perturb_beta`` shifts β in the network only (a broken block: the contract proof must fail)."""
    start = time.perf_counter()
    al, be = Fraction(alpha), Fraction(beta)
    net = elementwise.linear_network(k, [("f", al, be + (Fraction(perturb_beta) if perturb_beta else 0))])
    Gv = Fraction(G)
    bound = net.bind(G=Gv, K=Fraction(K), lam=1)
    lay, n = bound.layout, bound.layout.n
    A, B, box, X, O = operands(lay, k, GA, GB)
    GA_, GB_ = Fraction(GA), Fraction(GB)
    exp = {(lay.row("f.out", r), O[j]): elementwise.output_expression(A, B, r, j, al, be, Gv, n)
           for r in range(k) for j in range(k)}
    diffs = []
    bad = check_layer(bound.layers[0], X, exp, box, layout=lay, diffs=diffs)
    data = {"k": k, "n": n, "alpha": alpha, "beta": beta, "G": str(Gv), "box": f"|A| <= {GA}, |B| <= {GB}"}
    if bad:
        return mismatch_outcome("αA + βB block does not meet its contract", bad, diffs, box, data)
    # one entry as a function of its own a, b and the sums sa, sb of the other A and B entries of its row
    a, b, sa, sb = sp.symbols("a b sa sb")
    E = sp.exp(Gv)
    err = 2 * (al * (E * a + sa) + be * (E * b + sb)) / (2 * E + n - 2) - (al * a + be * b)
    vbox = [(-GA_, GA_), (-GB_, GB_), (-(k - 1) * GA_, (k - 1) * GA_), (-(k - 1) * GB_, (k - 1) * GB_)]
    r = sup_abs(arb_callable(err, [a, b, sa, sb]), vbox, grad=arb_gradient(err, [a, b, sa, sb]),
                seeds=[(x * GA_, y * GB_, -x * (k - 1) * GA_, -y * (k - 1) * GB_) for x in (1, -1) for y in (1, -1)])
    sa_ = 1 if al >= 0 else -1
    sb_ = 1 if be >= 0 else -1
    A0 = [[sa_ * GA_ if l == 0 else -sa_ * GA_ for l in range(k)] for _ in range(k)]
    B0 = [[sb_ * GB_ if l == 0 else -sb_ * GB_ for l in range(k)] for _ in range(k)]
    Y = run_network(bound, A0, B0)
    ideal = al * sa_ * GA_ + be * sb_ * GB_
    with mpmath.workdps(60):
        wit = max(abs(Y[lay.row("f.out", r_), O[0]] - mpmath.mpf(ideal.numerator) / ideal.denominator)
                  for r_ in range(k))
    exact = elementwise.linear_error(k, n, al, be, GA_, GB_, Gv)
    data.update({"bound": r.to_json(), "network_witness_error": float(wit), "exact_worst": float(arb_value(exact).mid()),
                 "seconds": round(time.perf_counter() - start, 3)})
    return Outcome(Status.PROVED, f"k = {k}, {alpha}·A + ({beta})·B: contract proved; certified max error ≤ "
                   f"{float(r.certified):.4g} on the box, network witnessed {float(wit):.4g} (1 layer, 1 head)", data)




def block_size(block: str, k: int = 1, m: int = 1, target: str = "square") -> Outcome:
    """Structural facts of a standalone block (exact counts): layers, heads per layer, FFN widths, d, n.

    The network counted is the one the proof tasks prove (its content hash is
    reported, so a claim can check that): for ``sigmoid``, the least-squares sum
    of ``m`` sigmoids fitted to ``target`` (:func:`sigmoid_sum_bound`).
    """
    if block == "sigmoid":
        fit = barron.fitted(target, m)
        net = sigmoid.sigmoid_network(f"f_{target}", 1, [((a,), b, c) for a, b, c in fit.terms], fit.c0)
    elif block == "matmul":
        net = matmul.matmul_network(k)
    elif block == "transpose":
        net = transpose.transpose_network(k)
    elif block == "linear":
        net = elementwise.linear_network(k, [("add", 1, 1), ("sub", 1, -1)])
    else:
        raise ValueError(f"unknown block {block!r}")
    heads = [len(layer.heads) for layer in net.layers]
    data = {"block": block, "k": k, "m": m, "layers": len(net.layers), "heads_per_layer": heads,
            "max_heads_per_layer": max(heads), "total_heads": sum(heads), "ffn_widths": [l.width for l in net.layers],
            "d": net.layout.d, "n": net.layout.n, "network_hash": net.content_hash()}
    return Outcome(Status.PROVED, f"{block} (k = {k}{', m = ' + str(m) if block == 'sigmoid' else ''}): "
                   f"{len(net.layers)} layers, heads per layer {heads}, d = {net.layout.d}, n = {net.layout.n}", data)
