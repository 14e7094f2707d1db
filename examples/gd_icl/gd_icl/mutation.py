"""The mutation self-test of the gradient-descent layer (the engine's :mod:`verify.mutation` claim kind).

Single-weight mutants of ``W_Q``, ``W_K`` and ``W_V`` of the linear
self-attention layer (an entry negated, ±1, doubled or zeroed — the ``W_0``
entries are symbols, so ``w00 → −w00``, ``w00 + 1``, … — and a zero entry
inside the support set to ±1; the scale ``η/N`` and the attention mask are
not matrix entries and are not mutated) are judged twice:

* **ground truth** — a symbolic identity, cheap here: the mutant is
  *equivalent* iff the mutant layer's output minus the original layer's output
  (:func:`verify.sympy_forward.symbolic_layer` on the same fully symbolic
  input: every x, y, η and W_0 a symbol) vanishes in every cell
  (:func:`verify.sympy_forward.vanishes`).  The reference is the original
  *network*, not the gradient-step formula the proof checks against.  A
  mutant is equivalent only when proved so: a difference sympy cannot reduce
  to 0 counts as *changed* (witness: a rational point where it is non-zero,
  or the unreduced difference), so a PROVED verdict on it is flagged;
* **verdict** — the claim's own proof :func:`gd_icl.claims.prove_gd_step`
  (one gradient step on every token, a failing cell replayed through the
  exact evaluator).
"""
from __future__ import annotations

import random

import sympy as sp

from verify import Claim, Obligation, Outcome, PaperRef, Status
from verify.evidence import produces
from verify.mutation import (apply_mutant, candidate_mutants, run_mutants, sample_mutants, selftest_conclude,
                             selftest_outcome)
from verify.sympy_forward import symbolic_layer, vanishes

from .claims import REF, _data, prove_gd_step
from .network import lsa_network

__all__ = ["CLAIMS", "layer_difference", "lsa_selftest", "SELFTEST_SIZE"]


def _input(dx: int, dy: int, N: int) -> sp.Matrix:
    xs, ys = _data(dx, dy, N + 1, "symbolic")
    return sp.Matrix.hstack(*[sp.Matrix.vstack(x, y) for x, y in zip(xs, ys)])


def layer_difference(original, mutated, X: sp.Matrix) -> tuple[bool, dict | None]:
    """``(equivalent, witness)``: the two layers' outputs on ``X`` agree as identities, or a cell that differs.

    A difference sympy leaves unreduced with no separating rational point is *not* equivalent (witness
    ``"unreduced"``): equivalence is only ever proved.
    """
    Y0 = symbolic_layer(original.layers[0], X, {})
    Y1 = symbolic_layer(mutated.layers[0], X, {})
    rng = random.Random(0)
    undecided = None
    for c in range(X.cols):
        for r in range(X.rows):
            diff = sp.expand(Y1[r, c] - Y0[r, c])
            if vanishes(diff):
                continue
            syms = sorted(diff.free_symbols, key=str)
            for _ in range(20):
                point = {s: sp.Rational(rng.randint(-3, 3), rng.choice([1, 2])) for s in syms}
                value = diff.xreplace(point)
                if value != 0:
                    return False, {"verdict": "differs", "cell": [r, c], "point": {str(k): str(v) for k, v in
                                                                                  point.items()},
                                   "difference": str(value)}
            undecided = undecided or {"verdict": "unreduced", "cell": [r, c], "difference": str(diff)}
    return (False, undecided) if undecided else (True, None)


@produces("symbolic")
def lsa_selftest(dx: int, dy: int, N: int, sample: int | None = None, seed: int = 0,
                 ignore_rows: list | None = None) -> Outcome:
    """A seeded sample (None: all) of single-weight mutants of the layer at ``(d_x, d_y, N)``."""
    net = lsa_network(dx, dy, N)
    X = _input(dx, dy, N)
    candidates = candidate_mutants(net)
    mutants = sample_mutants(candidates, sample, seed)

    def prover(mutated, _mu):
        o = prove_gd_step(mutated, dx, dy, N, ignore_rows=tuple(ignore_rows or ()))
        return o.status, o.summary

    results = run_mutants(mutants, lambda mu: apply_mutant(net, mu), lambda m: layer_difference(net, m, X), prover)
    scope = (f"{len(mutants)} of {len(candidates)} single-weight mutants (seed {seed}) at d_x={dx}, d_y={dy}, "
             f"N={N}; ground truth: the symbolic difference from the original layer on a fully symbolic input")
    return selftest_outcome(results, scope)


SELFTEST_SIZE = (2, 2, 2)  # (d_x, d_y, N): two y rows, so a proof may ignore one of them
#: profile -> mutants sampled (None: every candidate)
SELFTEST_SAMPLE = {"ci": 40, "full": None}  # all = 62 candidates, about 0.2 s each

CLAIMS = [Claim(
    "vonoswald2023.selftest.mutants",
    "Mutation self-test: every single-weight change of W_Q, W_K, W_V that changes the layer is caught",
    PaperRef(REF, "Proposition 1", "[I]", "no single-weight mutant that changes the layer is PROVED"),
    "gd_icl.network.lsa_network at (d_x, d_y, N) = (2, 2, 2)",
    "seeded stratified single-weight mutants (negate, ±1, ×2, zero, set a zero entry in the support to ±1); "
    "ground truth: the mutant's output minus the original's is identically 0 (sympy); verdict by the "
    "gradient-step identity proof (verify.mutation)",
    (Status.PROVED,),
    lambda claim, profile: [Obligation(claim.id, "dx{}dy{}N{}".format(*SELFTEST_SIZE),
                                "gd_icl.mutation:lsa_selftest",
                                tuple(sorted({"dx": SELFTEST_SIZE[0], "dy": SELFTEST_SIZE[1], "N": SELFTEST_SIZE[2],
                                              "sample": SELFTEST_SAMPLE[profile], "seed": 2023}.items())))],
    parameters=lambda profile: {"(d_x, d_y, N)": list(SELFTEST_SIZE), "mutants": SELFTEST_SAMPLE[profile] or "all",
                                "seed": 2023},
    conclude=selftest_conclude)]
