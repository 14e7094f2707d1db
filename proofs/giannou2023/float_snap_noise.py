"""Why the float64 drift route stops at one loop on factorial's machine (Giannou et al. 2023, §4.6 error
correction, run in IEEE float64 at the design λ).

:mod:`.float_execution` certifies the first loop from every exactly encoded
valid state, but its loop invariant needs the rows error correction snaps
(``M``, ``PC``, ``S_cmd``) to start the next loop *exactly*.  They do not:

* :func:`snap_outputs` computes, in IEEE binary64 (Python floats), every value
  error correction's output row takes at one input ``x`` over **all** binary
  summation trees of its output product (the order numpy's ``matmul`` leaves
  open), followed by the bias and the residual addition as the evaluator adds
  them — the row's weights read from the bound network, nothing retyped.
  :func:`noise_witness` searches a seeded sample of inputs within ε of +1 and
  returns the worst one: a replayable input and tree whose result is off
  from +1 by a few ``u``.
* :func:`pc_noise_entering` is the real-arithmetic drift bound (no rounding
  at all) entering error correction when only the ``PC`` rows start the
  loop within ``noise`` of their exact values: the pointer scores' tie
  between the hub and the pointed column turns that into a weight shift that
  the adders amplify.

When the second exceeds ε at the witnessed noise, no bookkeeping of the
rounding inside the loop can close the invariant along this route: a
per-state (local) analysis, or a proof about the evaluation order actually
used, would be needed.  The witness is an illustration of a reachable float64
value (its tree is one admissible order), not a claim that numpy sums in it.

That the bound, not the machine, is what fails is illustrated (sampled, not
proved) by :func:`noisy_pc_run`: numpy's float64 loop from every state of the
program's run, with the PC bits at +1 replaced by the witnessed noisy value,
stays as close to the exact loop as without the noise (factorial's run,
measured 2026-11-30: 4.1e-05 entering error correction with 6u of noise,
8.6e-05 without; per-state interval evaluation of the real loop, by
contrast, exceeds ε from 1u of noise on the snapped rows — the tie's weight
shift is first order, but its effects cancel along the adders where
intervals cannot see it).  The dependency-aware per-state analysis that
closes factorial's run is :mod:`.float_run_certificate`.
"""
from __future__ import annotations

import random
from fractions import Fraction

import numpy as np

from constructions.giannou2023 import SubleqShape
from constructions.giannou2023.encoding import encode
from constructions.giannou2023.execute import machine
from constructions.giannou2023.isa import step
from constructions.giannou2023.program import resolve_program
from constructions.giannou2023.subleq import DEFAULTS
from constructions.giannou2023.temperature import _constants, _network, attention_facts
from verify.arb import ball, precision, upper
from verify.drift import propagate
from verify.forward import Evaluator
from verify.rounding import tree_sums
from verify.semantics import Exact, Float, as_fraction

__all__ = ["snap_row", "snap_outputs", "noise_witness", "pc_noise_entering", "noisy_pc_run"]

#: Inputs sampled within ε of +1 by :func:`noise_witness` (seeded).
SAMPLES = 400
U64 = Fraction(1, 2**53)


def snap_row(shape: SubleqShape, row: str = "PC", C=DEFAULTS["C"], eps=DEFAULTS["eps"]):
    """Error correction's weights for the first row of ``row``: ``[(w1, b1, w2)]`` per unit, and ``b2``."""
    network = _network(shape, C, eps)
    layer = network.layers[-1]
    r = network.layout.rows(row)[0]
    f = layer.ffn
    units = []
    for u in range(f.width):
        w2 = as_fraction(f.W2[r, u])
        if w2 == 0:
            continue
        reads = {j: as_fraction(f.W1[u, j]) for j in range(network.layout.d) if f.W1[u, j] != 0}
        if set(reads) != {r}:
            raise ValueError(f"error correction unit {u} of {row} reads {sorted(reads)}, not its own row alone")
        units.append((reads[r], as_fraction(f.b1[u, 0]), w2))
    return tuple(units), as_fraction(f.b2[r, 0])


def _float(q: Fraction) -> float:
    value = q.numerator / q.denominator
    if Fraction(value) != q:
        raise ValueError(f"weight {q} is not a float64")
    return value


def snap_outputs(units, b2: Fraction, x: float) -> dict:
    """Every float64 output of the row at input ``x``: ``x + ((Σ_tree w2·ReLU(w1·x + b1)) + b2)``, per tree."""
    terms = []
    for w1, b1, w2 in units:
        h = max(_float(w1) * x + _float(b1), 0.0)  # one product (w1 = ±1: exact) and one rounded addition
        t = _float(w2) * h
        if t != 0:  # a zero term adds nothing in any order
            terms.append(t)
    return {x + (s + _float(b2)): tree for s, tree in tree_sums(tuple(terms)).items()}


def noise_witness(shape: SubleqShape, eps=DEFAULTS["eps"], samples: int = SAMPLES, seed: int = 1) -> dict:
    """The worst output noise of error correction's ``PC`` row near +1, over a seeded sample of inputs within ε
    (half of them a few ulps off 1) and every summation tree: the input, the tree, the value, the noise in u."""
    units, b2 = snap_row(shape, "PC", eps=eps)
    rng = random.Random(seed)
    best = {"noise_u": Fraction(0)}
    for i in range(samples):
        off = rng.uniform(0, float(eps)) if i % 2 else rng.randint(1, 2**20) * 2.0**-52
        x = 1.0 + rng.choice((-1, 1)) * off
        for value, tree in snap_outputs(units, b2, x).items():
            noise = abs(Fraction(value) - 1) / U64
            if noise > best["noise_u"]:
                best = {"x": x.hex(), "tree": repr(tree), "value": value.hex(), "noise_u": noise}
    return best


def pc_noise_entering(shape: SubleqShape, lam, noise: Fraction, C=DEFAULTS["C"], eps=DEFAULTS["eps"],
                      prec: int = 128) -> float:
    """The real-arithmetic drift bound entering error correction with the ``PC`` rows started within ``noise``."""
    network = _network(shape, C, eps)
    layout = network.layout
    _, profiles, amplitudes = attention_facts(shape)
    start = [ball(0)] * layout.d
    for r in layout.rows("PC"):
        start[r] = ball(noise)
    with precision(prec):
        drifts = propagate(network, Fraction(lam), dict(profiles), amplitudes=lambda i: amplitudes[i],
                           layers=range(len(network.layers) - 1), start=start, constants=_constants(layout))
        return float(max(upper(e) for e in drifts[-1].errors))


def noisy_pc_run(program: str, lam, value: float, max_loops: int = 10_000) -> float:
    """Illustration: the worst deviation entering error correction of numpy's float64 loop from every state of
    ``program``'s run (exactly encoded) with each PC bit at +1 replaced by ``value``."""
    prog = resolve_program(program)
    network = machine(prog)
    layout = network.layout
    fl, ex = Evaluator(network, Float(float(lam))), Evaluator(network, Exact())
    rows = [r for block in ("M", "PC", "S_cmd") for r in layout.rows(block)]
    ref, current, worst = prog.initial, None, 0.0
    for _ in range(max_loops):
        encoded = encode(prog.shape, ref, current)
        X = np.array(fl.input(encoded), dtype=np.float64)
        for r in layout.rows("PC"):
            X[r] = np.where(X[r] == 1.0, value, X[r])
        Y = ex.input(encoded)
        for i in range(len(network.layers) - 1):
            X, Y = fl.layer(i, X), ex.layer(i, Y)
        exact = Y.num.astype(np.float64) / Y.den
        worst = max(worst, float(np.abs(X[rows] - exact[rows]).max()))
        if ref.is_halted():
            return worst
        current, ref = ref.program[ref.pc], step(ref)
    raise ValueError(f"{program} did not halt within {max_loops} loops")
