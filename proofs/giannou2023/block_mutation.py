"""The mutation self-test of the function blocks (αA + βB, transpose, matmul, sigmoid head): a claim kind of
:mod:`verify.mutation`.

A function block's proof (:mod:`.linear_tasks`, :mod:`.matmul_tasks`, :mod:`.sigmoid_tasks`) is a
*contract check*:
every layer of the bound block, evaluated symbolically on a symbolic input
in the box ``|A|, |B| ≤ 1`` (softmax exact, every ReLU decided on the box),
equals its closed form cell by cell (:func:`verify.sympy_forward.check_layer`);
the certified error bound is then a property of the closed form alone, not of
the weights.  So a single-weight mutant of the *unbound* block (entries may be
symbols: ``G/lam`` → ``−G/lam``, …; bound afterwards as the claims bind
the block: ``G = 40, K = 64, λ = 1``, and for matmul ``c, C, μ`` of
:data:`constructions.giannou2023.matmul.DEFAULTS`) is judged by:

* **verdict** — the contract check of every layer, as the tasks run it
  (the same closed forms: ``output_expression`` of :mod:`~constructions.giannou2023.elementwise`
  and :mod:`~constructions.giannou2023.transpose`, ``copy_expression`` and
  ``product_expression`` of :mod:`~constructions.giannou2023.matmul`, ``c·σ(a·x + b)``
  for the sigmoid head with symbolic ``a, b, c``): PROVED
  when every cell reduces; a cell that does not reduce is REFUTED only with an
  Arb-certified separating point (:func:`.block_algebra.mismatch_outcome`).
  A mutant that makes a ReLU sign-indefinite on the box leaves the symbolic
  proof without a closed form (``ProofFailure``); the verdict then looks for a
  counterexample point on a grid of the box (:func:`_grid`) — the layer
  evaluated exactly there (ReLUs of constants decided by Arb) against its
  contract, the difference Arb-certified non-zero — and is UNKNOWN without one;
* **ground truth** — the symbolic difference between the mutant and the
  original block (the whole block, no contract): *equivalent* iff every output
  cell's difference reduces to 0 on the box.  Where a ReLU of the mutant is
  sign-indefinite the box is bisected along a symbol of that ReLU's input
  (up to 4 times, :func:`_pieces`) and the difference must vanish on every
  closed piece; past that the two are compared at the grid points (changed
  on an Arb-certified difference).  A mutant never shown equivalent counts as
  *changed* (equivalence is only ever proved).

The domain is a continuous box, not a finite one: the grid is a search for
witnesses, never a proof of equivalence.
"""
from __future__ import annotations

import itertools
import random
import re
from dataclasses import replace
from fractions import Fraction

import sympy as sp

from constructions.giannou2023 import elementwise, matmul, sigmoid, transpose
from constructions.giannou2023.function_block import LAM
from verify.claims import Claim, Obligation, Outcome, Status
from verify.evidence import produces
from verify.mutation import (apply_mutant, candidate_mutants, run_mutants, sample_mutants, selftest_conclude,
                             selftest_outcome)
from verify.sympy_forward import ProofFailure, separating_point, symbolic_layer, vanishes

from .block_algebra import input_matrix, mismatch_outcome, operands, symbol_grid
from .common import ref

__all__ = ["BLOCKS", "block_setting", "contract_verdict", "truth", "block_selftest", "CLAIMS"]

BINDING = {"G": Fraction(40), "K": Fraction(64), "lam": 1}


def _linear(k: int):
    net = elementwise.linear_network(k, [("f", 1, -1)])
    lay = net.layout
    A, B, box, X, O = operands(lay, k, "1", "1")
    n = lay.n
    contract = [{(lay.row("f.out", r), O[j]): elementwise.output_expression(A, B, r, j, 1, -1, BINDING["G"], n)
                 for r in range(k) for j in range(k)}]
    return net, X, box, contract


def _transpose(k: int):
    net = transpose.transpose_network(k)
    lay, n = net.layout, net.layout.n
    A = symbol_grid("a", k)
    box = {s: (-Fraction(1), Fraction(1)) for row in A for s in row}
    X = input_matrix(lay, A, None)
    Acols, O = list(lay.cols("A")), list(lay.cols("O"))
    first = {(lay.row("tr.sp", i * k + l), Acols[l]): A[i][l] for i in range(k) for l in range(k)}
    second = {(lay.row("tr.sp", i * k + l), Acols[l]): sp.Integer(0) for i in range(k) for l in range(k)}
    for i in range(k):
        for l in range(k):
            second[(lay.row("tr.out", l), O[i])] = transpose.output_expression(A, i, l, BINDING["G"], n)
    return net, X, box, [first, second]


def _matmul(k: int):
    """The product block with the claims' parameters (:data:`matmul.DEFAULTS`); layer 2's contract is stated on
    symbolic b̃ cells q (|q| ≤ 1, as layer 1's contract gives), as :func:`.matmul_tasks.matmul_exact_form` does."""
    D = matmul.DEFAULTS
    p = matmul.parameters(k, Fraction(D["c"]), Fraction(D["C"]), Fraction(D["G"]), Fraction(D["K"]), 64)
    net = matmul.matmul_network(k)
    lay, n = net.layout, net.layout.n
    A, B, box, X, O = operands(lay, k, "1", "1")
    first = {(lay.row("mm.q", r), O[j]): matmul.copy_expression(B, j, p["G"], n)[r] for j in range(k) for r in range(k)}
    q = [[sp.Symbol(f"q{r}{j}") for j in range(k)] for r in range(k)]
    X2 = sp.Matrix(X)
    for j in range(k):
        for r in range(k):
            X2[lay.row("mm.q", r), O[j]] = q[r][j]
    box2 = {**box, **{s: (-Fraction(1), Fraction(1)) for row in q for s in row}}
    second = {(lay.row("mm.q", r), O[j]): sp.Integer(0) for j in range(k) for r in range(k)}
    for j in range(k):
        for i in range(k):
            second[(lay.row("mm.out", i), O[j])] = matmul.product_expression(
                A, [q[r][j] for r in range(k)], i, p["c"], p["C"], p["mu"], n)
    return net, X, box, [first, (X2, box2, second)], dict(p)


def _sigmoid(k: int):
    """Block (a) with symbolic a, b, c, ρ = ln(n − 1), λ = 1, K = 64, as :func:`.sigmoid_tasks.sigmoid_head_exact`
    proves it (inputs in [−K, K]); a, b, c get the box [−2, 2] only so that a difference can be separated at a
    point (the proof itself holds for all real a, b, c)."""
    net = sigmoid.symbolic_head_network(k, "data")
    lay, n = net.layout, net.layout.n
    values = {sigmoid.RHO: sp.log(n - 1), LAM: 1, sigmoid.K: sp.Integer(64)}
    A, B = symbol_grid("A", k), symbol_grid("B", k)
    box = {s: (-Fraction(64), Fraction(64)) for M in (A, B) for row in M for s in row}
    a = [sp.Symbol(f"a{r + 1}") for r in range(k)]
    b, c = sp.Symbol("b"), sp.Symbol("c")
    box.update({s: (-Fraction(2), Fraction(2)) for s in (*a, b, c)})
    X = input_matrix(lay, A, B)
    z = sp.Add(*(ar * A[r][0] for r, ar in enumerate(a))) + b
    a0 = lay.cols("A")[0]
    copied = {(lay.row("sigma.x", r), a0): A[r][0] for r in range(k)}
    out = (lay.row("sigma.out", 0), lay.cols("O")[0])
    second = {**{key: sp.Integer(0) for key in copied}, out: c / (1 + sp.exp(-z))}

    def bind(network):
        return replace(network, layers=tuple(layer.subs(values) for layer in network.layers))

    return net, X, box, [copied, second], bind


#: block name -> builder(k) of (unbound network, symbolic input, box, one contract per layer[, binding]);
#: a contract is the expected cells, or ``(input, box, expected cells)`` when the layer is checked on an input
#: of its own rather than on the previous layer's output; the binding is a dict for ``bind`` or a function
BLOCKS = {"linear": _linear, "transpose": _transpose, "matmul": _matmul, "sigmoid": _sigmoid}


def block_setting(block: str, k: int):
    """``(network, input, box, contracts, bind)`` of a block; ``bind(network)`` fixes its parameters as the
    block's claims do."""
    net, X, box, contract, *binding = BLOCKS[block](k)
    values = binding[0] if binding else BINDING
    return net, X, box, contract, values if callable(values) else (lambda network: network.bind(**values))


def _grid(box: dict, limit: int = 48) -> list[dict]:
    """Points of the grid ``{lo, ¾lo + ¼hi, mid, ¼lo + ¾hi, hi}`` per coordinate: all of them when there are
    at most ``limit``, else the three diagonal ones (all lo, all mid, all hi) and a seeded sample of the rest."""
    syms = sorted(box, key=str)
    levels = [(lo, (3 * lo + hi) / 4, (lo + hi) / 2, (lo + 3 * hi) / 4, hi) for lo, hi in (box[s] for s in syms)]
    if 5 ** len(syms) <= limit:
        return [dict(zip(syms, values)) for values in itertools.product(*levels)]
    rng = random.Random(0)
    picks = [tuple(i for _ in syms) for i in (0, 2, 4)]
    picks += [tuple(rng.randrange(5) for _ in syms) for _ in range(limit - 3)]
    return [{s: lv[i] for s, lv, i in zip(syms, levels, pick)} for pick in picks]


def _at(point: dict):
    return {s: sp.Rational(v.numerator, v.denominator) for s, v in point.items()}


def _point_box(point: dict) -> dict:
    """The degenerate box of one point (symbols left in the weights, e.g. a, b, c, take their point values)."""
    return {s: (v, v) for s, v in point.items()}


def _certified_nonzero(value: sp.Expr) -> float | None:
    """``float(value)`` when Arb proves the constant ``value`` non-zero, else None."""
    sep = separating_point(value, {})
    return None if sep is None else sep["difference"]


def _layers(net, X, box):
    """The output of every layer, evaluated symbolically on ``X`` over ``box`` (ProofFailure on a ReLU)."""
    out = []
    for layer in net.layers:
        X = symbolic_layer(layer, X, box)
        out.append(X)
    return out


def contract_verdict(net, X, box, contract, ignore=()) -> tuple[Status, str]:
    """Every layer of the bound ``net`` against its contract (``ignore``: output cells left unchecked)."""
    for t, (layer, expected) in enumerate(zip(net.layers, contract)):
        if isinstance(expected, tuple):
            X, box, expected = expected
        try:
            Y = symbolic_layer(layer, X, box)
        except ProofFailure as err:
            return _grid_refutation(net, t, X, box, expected, ignore, str(err))
        bad, diffs = [], []
        for r in range(Y.rows):
            for j in range(Y.cols):
                diff = Y[r, j] - expected.get((r, j), X[r, j])
                if (r, j) in ignore or diff == 0:
                    continue
                # a point where Arb proves the difference non-zero settles it before sympy's costlier simplify
                if separating_point(diff, box) or not vanishes(diff):
                    bad.append(f"({r}, {j})")
                    diffs.append((f"cell ({r}, {j})", diff))
        if bad:
            o = mismatch_outcome(f"layer {t}", bad, diffs, box, {})
            return o.status, o.summary
        X = Y
    return Status.PROVED, "every layer meets its contract on the box"


def _grid_refutation(net, t, X, box, expected, ignore, why) -> tuple[Status, str]:
    for point in _grid(box):
        sub = _at(point)
        try:
            Y = symbolic_layer(net.layers[t], X.xreplace(sub), _point_box(point))
        except ProofFailure:
            continue
        for r in range(Y.rows):
            for j in range(Y.cols):
                if (r, j) in ignore:
                    continue
                d = _certified_nonzero((Y[r, j] - sp.sympify(expected.get((r, j), X[r, j]))).xreplace(sub))
                if d is not None:
                    at = {str(k): str(v) for k, v in point.items()}
                    return Status.REFUTED, (f"layer {t}: no closed form ({why[:80]}); at {at} cell ({r}, {j}) "
                                            f"differs from its contract by {d:.4g} (Arb-certified)")
    return Status.UNKNOWN, f"layer {t}: {why[:120]}; no grid point separates it from its contract"


def _pieces(net, X, box: dict, depth: int = 4) -> list[tuple[dict, sp.Matrix]]:
    """``[(sub-box, output)]``: the block's symbolic output on closed sub-boxes that cover ``box``.

    Where a ReLU is sign-indefinite, the box is bisected along the widest of the symbols the failing ReLU
    input names (at most ``depth`` times; ProofFailure beyond).  Each piece's output is exact on its sub-box.
    """
    try:
        return [(box, _layers(net, X, box)[-1])]
    except ProofFailure as err:
        if depth == 0:
            raise
        named = [v for v in box if re.search(rf"(?<![\w]){re.escape(str(v))}(?![\w])", str(err))] or list(box)
        v = max(named, key=lambda u: (box[u][1] - box[u][0], str(u)))
        lo, hi = box[v]
        mid = (lo + hi) / 2
        return [*_pieces(net, X, {**box, v: (lo, mid)}, depth - 1), *_pieces(net, X, {**box, v: (mid, hi)}, depth - 1)]


def truth(original, mutated, X, box) -> tuple[bool, dict | None]:
    """``(equivalent, witness)``: the mutant's block output against the original's (module docstring)."""
    Y0 = _layers(original, X, box)[-1]  # the original's closed form holds on the whole box, so on every piece
    try:
        pieces = _pieces(mutated, X, box)
    except ProofFailure:
        pieces = None
    if pieces is not None:
        unreduced = None
        for sub, Y1 in pieces:
            for r in range(Y0.rows):
                for j in range(Y0.cols):
                    diff = Y1[r, j] - Y0[r, j]
                    if diff == 0:
                        continue
                    sep = separating_point(diff, sub)  # first: cheaper than failing to simplify to 0
                    if sep:
                        return False, {"verdict": "differs", "cell": [r, j], **sep}
                    if not vanishes(diff):
                        unreduced = unreduced or {"verdict": "unreduced", "cell": [r, j],
                                                  "difference": str(diff)[:200]}
        return (False, unreduced) if unreduced else (True, None)
    for point in _grid(box):
        sub = _at(point)
        try:
            Z0 = _layers(original, X.xreplace(sub), _point_box(point))[-1]
            Z1 = _layers(mutated, X.xreplace(sub), _point_box(point))[-1]
        except ProofFailure:
            continue
        for r in range(Z0.rows):
            for j in range(Z0.cols):
                d = _certified_nonzero((Z1[r, j] - Z0[r, j]).xreplace(sub))
                if d is not None:
                    return False, {"verdict": "differs", "cell": [r, j], "point": {str(s): str(v) for s, v in
                                                                                    point.items()}, "difference": d}
    return False, {"verdict": "unreduced", "detail": "a ReLU is sign-indefinite on the box; no grid point differs"}


@produces("symbolic")
def block_selftest(block: str, k: int, sample: int | None = None, seed: int = 0, ignore: list | None = None) -> Outcome:
    """A seeded sample (None: all) of single-weight mutants of a function block, bound at ``BINDING``."""
    net, X, box, contract, bind = block_setting(block, k)
    original = bind(net)
    candidates = candidate_mutants(net)
    mutants = sample_mutants(candidates, sample, seed)
    dropped = frozenset(tuple(c) for c in ignore or ())
    results = run_mutants(mutants, lambda mu: bind(apply_mutant(net, mu)),
                          lambda m: truth(original, m, X, box),
                          lambda m, _mu: contract_verdict(m, X, box, contract, dropped))
    scope = (f"{len(mutants)} of {len(candidates)} single-weight mutants (seed {seed}) of the {block} block at k = {k}"
             f" (bound and boxed as its claims state it); ground truth: the symbolic difference from the original")
    return selftest_outcome(results, scope)


#: (block, k) -> profile -> mutants sampled (None: every candidate)
SELFTEST = {("linear", 1): {"ci": 40, "full": None}, ("transpose", 1): {"ci": 40, "full": None},
            ("matmul", 1): {"ci": 20, "full": None}, ("sigmoid", 1): {"ci": 30, "full": None}}


def _obligations(claim: Claim, profile: str) -> list:
    return [Obligation(claim.id, f"{block}@k={k}", "proofs.giannou2023.block_mutation:block_selftest",
                       tuple(sorted({"block": block, "k": k, "sample": sizes[profile], "seed": 2023}.items())))
            for (block, k), sizes in SELFTEST.items()]


CLAIMS = [Claim(
    "giannou2023.selftest.blocks",
    "Mutation self-test of the function blocks: every single-weight change that changes a block is caught by its "
    "contract proof",
    ref("§6 (function blocks)", "[I]", "no single-weight mutant that changes a block is PROVED"),
    "giannou2023 function blocks: αA + βB (α = 1, β = −1), transpose, matmul and the symbolic sigmoid head, k = 1",
    "seeded stratified single-weight mutants of the unbound block (negate, ±1, ×2, zero, set a zero entry in the "
    "support to ±1), bound as the block claims bind them; ground truth: symbolic difference from the original block on "
    "the box (grid points when a ReLU turns sign-indefinite); verdict: the symbolic contract check of every layer, "
    "a mismatch refuted at an Arb-certified point (verify.mutation)",
    (Status.PROVED,), _obligations,
    parameters=lambda profile: {"blocks": [f"{b}@k={k}" for b, k in SELFTEST],
                                "mutants per block": {f"{b}@k={k}": s[profile] or "all" for (b, k), s in SELFTEST.items()},
                                "seed": 2023},
    conclude=selftest_conclude)]
