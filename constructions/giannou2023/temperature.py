"""Which softmax temperature λ the SUBLEQ machine needs: certified, and witnessed.

**Certificate** (:func:`certify`).  For every valid state, the softmax machine
stays within a certified distance of the hardmax machine through layers 1–9
(:func:`verify.drift.propagate`, Arb); if that distance on the rows error
correction restores (``M``, ``PC``, ``S_cmd``) is at most ε, layer 10 maps
them exactly onto the hardmax values (the ε-ball lemma, proved by z3 in
``giannou2023.error_correction.ball``), every other row is cleared exactly by
its layer, and so one softmax loop *equals* one hardmax loop — errors never
accumulate.  The inputs of the certificate — the score profiles of every
attention layer, from the exact enumeration of every pointer value over the
stage templates (:func:`attention_facts`), and the value range of every exact
state entry — are facts about every valid state only where the layer
contracts and their chain are proved at that machine; the ε-ball must be
proved for every snapped row there, and the softmax identity for every
column.  The claims that call :func:`certify` declare exactly those
obligations as premises (``proofs/giannou2023/premises.py``), so a result is
PROVED only when they are.

**λ_cert** (:func:`lambda_cert`): a *certified* λ on a grid of step 1/64,
found by bisection: the certificate holds there, and at the grid point below
it did not (where that point was tested).  It is not proved to be the least
certified grid point — the certificate is not proved monotone in λ — and
nothing says the machine fails below it; that is λ_emp's job.  **λ_emp** (:func:`lambda_emp`):
the largest λ at which a concrete valid state is exhibited whose softmax loop
differs from the hardmax loop — found by an adversarial search over words
that align the adders' carry kinks, refined by bisection in float64 and
confirmed at 40 decimal digits with mpmath.  Soundness demands
``λ_emp < λ_cert``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

import numpy as np

from verify import symbolic as sym
from verify.arb import precision, upper
from verify.drift import propagate
from verify.forward import Evaluator
from verify.semantics import Exact, Float, Mp, Symbolic

from .encoding import encode
from .invariants import stage_template
from .isa import Instruction, State
from .punchcard import SubleqShape
from .subleq import DEFAULTS, subleq_network

__all__ = [
    "OFFICIAL_LAMBDA",
    "DESIGN_LAMBDA",
    "default_lambda",
    "attention_facts",
    "proven_gaps",
    "Certificate",
    "certify",
    "lambda_cert",
    "adversarial_states",
    "loop_deviation",
    "lambda_emp",
]

#: The official code's default (``option.py``: ``--lam 10``).
OFFICIAL_LAMBDA = 10
SNAPPED = ("M", "PC", "S_cmd")
CONSTANT = {"C": (-1, 0, 1), "P": (-1, 0, 1), "ind": (0, 1), "ind0": (0, 1)}
GRID = Fraction(1, 64)


@lru_cache(maxsize=32)
def _network(shape: SubleqShape, C, eps):
    return subleq_network(shape).bind(C=C, eps=eps)


@lru_cache(maxsize=None)
def attention_facts(shape: SubleqShape) -> tuple:
    """Exact facts about every attention head over every valid state, from the proofs' enumeration.

    Returns ``(gaps, profiles, amplitudes)``: per head the least score gap
    and the set of column score profiles ``(|argmax set|, sorted gaps)``; and
    per layer the ``d × n`` table of bounds on ``|x̂|`` for its exact input
    (from the stage templates' value ranges).  None depends on C or ε.
    """
    gaps, profiles, amplitudes = {}, {}, []
    with sym.scope():
        network = _network(shape, DEFAULTS["C"], DEFAULTS["eps"])
        for i, layer in enumerate(network.layers):
            template = stage_template(network.layout, i)
            amplitudes.append(tuple(tuple(max(abs(x) for x in e.range()) for e in row) for row in template.X))
            if not layer.heads:
                continue
            sem = Symbolic()
            Evaluator(network, sem).attention(i, template.X)
            if sem.min_gap is None:
                raise ValueError(f"layer {layer.name}: no score gap (all scores tie)")
            for head in layer.heads:
                gaps[head.name] = sem.min_gap
                profiles[head.name] = tuple(sorted(sem.profiles))
    return tuple(sorted(gaps.items())), tuple(sorted(profiles.items())), tuple(amplitudes)


def proven_gaps(shape: SubleqShape) -> tuple[tuple[str, Fraction], ...]:
    """Per attention head, the least score gap over every pointer value of every valid state."""
    return attention_facts(shape)[0]


@dataclass
class Certificate:
    """The outcome of :func:`certify` at one λ."""

    lam: Fraction
    eps: Fraction
    holds: bool | None  # None: Arb could not decide
    drift: Fraction  # certified upper bound on the drift entering error correction
    per_layer: list[tuple[str, float]] = field(default_factory=list)


def _constants(layout) -> dict[int, tuple]:
    return {r: values for block, values in CONSTANT.items() for r in layout.rows(block)}


def certify(shape: SubleqShape, lam, C=DEFAULTS["C"], eps=DEFAULTS["eps"], prec: int = 128,
            gap_override: Fraction | None = None) -> Certificate:
    """Is one softmax loop at temperature ``lam`` exactly one hardmax loop, on every valid state?

    ``gap_override`` replaces the proven gaps (to evaluate what a weaker,
    e.g. the paper's, gap would demand).
    """
    network = _network(shape, C, eps)
    layout = network.layout
    gaps, profiles, amplitudes = attention_facts(shape)
    profiles = dict(profiles)
    if gap_override is not None:  # the closed form with a weaker gap: what a weaker lemma would demand
        profiles = {k: (shape.n, Fraction(gap_override)) for k in profiles}
    with precision(prec):
        drifts = propagate(network, Fraction(lam), profiles, amplitudes=lambda i: amplitudes[i], layers=range(9),
                           constants=_constants(layout))
        final = drifts[-1].errors
        rows = [r for block in SNAPPED for r in layout.rows(block)]
        bound = max(upper(final[r]) for r in rows)
        # every other row must already be exact (cleared) for the loop to be exact
        others = [r for r in range(layout.d) if r not in rows]
        leftover = max((upper(final[r]) for r in others), default=Fraction(0))
        per_layer = [(d.layer, float(max(upper(e) for e in d.errors))) for d in drifts]
    eps = Fraction(eps)
    if leftover > 0:
        holds = False
    else:
        holds = bound <= eps
    return Certificate(Fraction(lam), eps, holds, bound, per_layer)


def lambda_cert(shape: SubleqShape, C=DEFAULTS["C"], eps=DEFAULTS["eps"], lo=Fraction(1), hi=Fraction(200),
                gap_override: Fraction | None = None) -> tuple[Fraction, Certificate]:
    """A grid point ``λ ∈ GRID·ℤ ∩ [lo, hi]`` where :func:`certify` holds, by bisection.

    The bisection keeps a certified upper end and an uncertified lower end, so
    the returned point is certified and the point ``GRID`` below it was not
    certified (or is ``lo``, never tested).  It is the least certified grid
    point only if :func:`certify` is monotone in λ, which is not proved.
    """
    top = certify(shape, hi, C, eps, gap_override=gap_override)
    if not top.holds:
        raise ValueError(f"{shape}: no certificate even at lambda = {hi}")
    lo_k, hi_k = math.floor(Fraction(lo) / GRID), math.ceil(Fraction(hi) / GRID)
    best = top
    while hi_k - lo_k > 1:
        mid = (lo_k + hi_k) // 2
        c = certify(shape, mid * GRID, C, eps, gap_override=gap_override)
        if c.holds:
            hi_k, best = mid, c
        else:
            lo_k = mid
    if best.lam != hi_k * GRID:
        best = certify(shape, hi_k * GRID, C, eps, gap_override=gap_override)
    return hi_k * GRID, best


def _words(N: int) -> list[int]:
    """Every N-bit word when there are few; else words whose bits sit at the adders' kinks."""
    half = 1 << (N - 1)
    if N <= 4:
        return list(range(-half, half))
    picks = {0, -1, 1, -2, 2, -half, half - 1, half // 2, -(half // 2), half // 2 - 1, -(half // 2) - 1}
    return sorted(v for v in picks if -half <= v < half)


def adversarial_states(shape: SubleqShape) -> list[tuple[State, Instruction | None]]:
    """Candidate states that make the adders' errors add up.

    The flip layer passes the read error of each −1 bit of mem[a] on
    (doubled), and the adders' threshold units only pass an error on when
    their exact input sits at a kink; words such as 0, −1, ±2^{N−1} put every
    bit at a kink at once (for N ≤ 4 every pair of words is tried).  Pointers
    go to the first and last memory cells and the PC to the first and last
    command columns, with the instruction slot empty or full.
    """
    m, k = shape.m, shape.commands
    out = []
    words = _words(shape.N)
    for a_val in words:
        for b_val in words:
            for (a, b), pc in (((0, m - 1), 0), ((m - 1, 0), k - 1)):
                memory = [0] * m
                memory[a], memory[b] = a_val, b_val
                program = tuple(Instruction(a, b, (j + 1) % k) for j in range(k))
                state = State(program, tuple(memory), pc, shape.N)
                out.append((state, None))
                out.append((state, program[(pc + 1) % k]))
    return out


class _Probe:
    """Compiled machines for measuring many states at many temperatures.

    The compiled weights do not depend on λ (it only enters the softmax), so
    one float64 evaluator serves every λ; the hardmax reference of each state
    is computed once.
    """

    def __init__(self, shape: SubleqShape, states, C, eps):
        self.shape, self.states = shape, states
        self.network = _network(shape, C, eps)
        self.rows = [r for block in SNAPPED for r in self.network.layout.rows(block)]
        self.X = np.stack([encode(shape, s, cur) for s, cur in states])
        exact = Evaluator(self.network, Exact())
        traces = []
        exact.loop(exact.input(self.X), traces)
        self.before = traces[-2].output.to_float()
        self.after = traces[-1].output.to_float()
        self.float = Evaluator(self.network, Float(OFFICIAL_LAMBDA))

    def deviation(self, lam, which=None, semantics: str = "float64", digits: int = 40):
        """Per state: largest |softmax − hardmax| entering error correction (snapped rows), and after the loop."""
        which = list(range(len(self.states))) if which is None else list(which)
        X = self.X[which]
        if semantics == "float64":
            ev = self.float
            ev.semantics.lam = Fraction(lam)
            Xin = X.astype(np.float64)
        else:
            ev = Evaluator(self.network, Mp(Fraction(lam), digits))
            Xin = ev.input(X)
        traces = []
        ev.loop(Xin, traces)
        sem = ev.semantics
        before = np.abs(sem.to_float(traces[-2].output) - self.before[which])[:, self.rows, :]
        after = np.abs(sem.to_float(traces[-1].output) - self.after[which])
        return before.reshape(len(which), -1).max(axis=1), after.reshape(len(which), -1).max(axis=1)


def loop_deviation(shape: SubleqShape, states, lam, C=DEFAULTS["C"], eps=DEFAULTS["eps"],
                   semantics: str = "float64", digits: int = 40) -> tuple[np.ndarray, np.ndarray]:
    """Per state: the largest |softmax − hardmax| entering error correction, and after the loop."""
    return _Probe(shape, states, C, eps).deviation(lam, semantics=semantics, digits=digits)


#: A loop "fails" when its output is this far from the hardmax loop (float64 rounding is ~1e-15).
FAIL = 1e-9


def lambda_emp(shape: SubleqShape, C=DEFAULTS["C"], eps=DEFAULTS["eps"], upper_lam=None, top: int = 4,
               confirm_digits: int = 40) -> dict:
    """The largest λ (on the grid) at which an exhibited valid state makes the loop inexact.

    Candidates (:func:`adversarial_states`) are ranked by their drift at a
    probe temperature, the best ``top`` are bisected in float64 for the
    largest failing λ below ``upper_lam`` (default: λ_cert, above which the
    certificate rules failures out), and the winner is confirmed at
    ``confirm_digits`` digits with mpmath.  Returns ``{"lambda": None}`` when
    no candidate fails at any λ ≥ 1.
    """
    candidates = adversarial_states(shape)
    probe = _Probe(shape, candidates, C, eps)
    hi = Fraction(upper_lam) if upper_lam is not None else lambda_cert(shape, C, eps)[0]
    drift, _ = probe.deviation(hi * 3 / 4)
    order = [int(i) for i in np.argsort(-drift)[:top]]
    best = None
    for idx in order:
        if probe.deviation(1, [idx])[1][0] <= FAIL:
            continue
        lo_k, hi_k = int(1 / GRID), math.ceil(hi / GRID)
        while hi_k - lo_k > 1:
            mid = (lo_k + hi_k) // 2
            if probe.deviation(mid * GRID, [idx])[1][0] > FAIL:
                lo_k = mid
            else:
                hi_k = mid
        if best is None or lo_k > best[0]:
            best = (lo_k, idx)
    if best is None:
        return {"lambda": None, "candidates": len(candidates)}
    lam = best[0] * GRID
    state, current = candidates[best[1]]
    _, dev = probe.deviation(lam, [best[1]], semantics="mp", digits=confirm_digits)
    _, dev_above = probe.deviation(lam + GRID, [best[1]])
    return {"lambda": lam, "state": state, "current": current, "deviation": float(dev[0]),
            "deviation_one_step_above": float(dev_above[0]), "confirmed": bool(dev[0] > FAIL),
            "digits": confirm_digits, "candidates": len(candidates)}


#: The temperature this repository's SUBLEQ machine is designed to run at: certified for every
#: shipped program's machine (claim ``giannou2023.temperature.design``).  The official code uses 10,
#: which is not enough for 14-bit words.
DESIGN_LAMBDA = 17


@lru_cache(maxsize=None)
def default_lambda(shape: SubleqShape) -> int:
    """The temperature ``run`` uses when none is given: DESIGN_LAMBDA where it is certified, else ⌈λ_cert⌉.

    (The certificate's premises are proved by ``verify all`` at the shipped programs' machines; for another
    machine ``run`` uses the certificate without them.)"""
    if certify(shape, DESIGN_LAMBDA).holds:
        return DESIGN_LAMBDA
    lam, _ = lambda_cert(shape, hi=Fraction(400))
    return math.ceil(lam)
