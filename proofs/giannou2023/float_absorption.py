"""Certified float32 execution of the SUBLEQ machine by absorption (Giannou et al. 2023, §5, run in IEEE float32).

The Lipschitz route of :mod:`.float_execution` cannot certify float32: the
adders amplify a perturbation ~10^12-fold over a loop, and the standard model
charges every operation ``u = 6·10^-8`` of its magnitude.  But float32 does
not perturb this machine: at the design λ = 17 a non-maximal softmax weight is
``e^{−34} ≈ 1.7·10^-15``, far below half a float32 unit, so every read of a
non-zero value returns it *exactly*, every ReLU on exact integers is exact,
and the only errors are tiny ones on cells whose exact value is 0.
:mod:`verify.float_exactness` proves that, operation by operation, with the
absorption lemma (:mod:`verify.absorption`) over the stage templates — every
valid state at once — for each machine.

**How many loops.**  The errors on zero cells can grow from loop to loop:
the write layer's gated overwrite and error correction keep, in some
summation order, a tiny error on the zero cells of ``M`` at the command
columns instead of clearing it, and numpy's own float32 run of multiply shows
it (1.0·10^-14 after loop 1, 3.1·10^-13 after loop 38: about 8·10^-15 a loop).
So no bound ``B`` with ``loop(B) ≤ B`` exists, and *every loop forever* is not
certified.  Instead :func:`verify.float_exactness.certify_growth` runs
:data:`WARMUP` loops and then proves, in one pass on bounds affine in ``t``,
that a loop started within ``A + t·C`` ends within ``A + (t + 1)·C`` for every
``t`` up to a horizon (the relative roundings compound, so the horizon is
finite): ``K = WARMUP + horizon`` loops from every valid state, which the claim
requires to cover the run of the machine's shipped program.

**What is certified** (measured 2026-11-30, CI machine): float32 at λ = 17 on
multiply's machine, one loop within 2.0·10^-14 (witnessed 1.0·10^-14) and the
first 31,252 loops within 7.4·10^-9 (growth at most 2.4·10^-13 a loop); the
full profile does the same on every shipped program's machine.

float64 is *not* absorbable at the design λ: ``e^{−34}`` is above half a
float64 unit (``2^-54``), so the certificate refuses it at the first head
(there float64 stays with :mod:`.float_execution`, which cannot certify
factorial's machine).  At λ = :data:`FLOAT64_LAMBDA` = 24 (``e^{−48} ≈
1.4·10^-21``) it is, and the same certificate holds for every shipped
program's machine (claim ``giannou2023.temperature.float64_exact``; multiply's machine: 492 loops
from every valid state within 1.05·10^-17): a larger temperature buys exact
float64 execution.

Assumptions (stated in the report): ``np.exp`` within 4 ulps
(:data:`verify.rounding.EXP_ULPS`) and equal for equal inputs; every other
operation rounds to nearest in any summation order, fused or not, partial sums
held in the format (or, for float32, in float64).  The
witnessed errors (:mod:`.float_runs`) stand beside the bounds: a
witnessed error above its certified bound is an ERROR of the claim.
"""
from __future__ import annotations

import dataclasses
from fractions import Fraction

from constructions.giannou2023 import SubleqShape, temperature
from constructions.giannou2023.execute import run_program
from constructions.giannou2023.invariants import stage_template
from constructions.giannou2023.program import resolve_program
from constructions.giannou2023.subleq import DEFAULTS
from constructions.giannou2023.temperature import _network
from verify import symbolic as sym
from verify.claims import Claim, Outcome, Status
from verify.evidence import produces
from verify.float_exactness import certify_growth
from verify.rounding import EXP_ULPS, model
from verify.semantics import Exact

from . import premises
from .common import obligation, ref
from .float_runs import fold_with_witnesses, unsound, with_witnesses

__all__ = ["absorbed_float", "run_length", "CLAIMS", "FLOAT32_LOOP", "FLOAT64_EXACT", "FLOAT64_LAMBDA"]

_F = "proofs.giannou2023.float_absorption"
_R = "proofs.giannou2023.float_runs"
FLOAT32_LOOP = "giannou2023.temperature.float32_loop"
FLOAT64_EXACT = "giannou2023.temperature.float64_exact"
#: The temperature at which float64 absorbs the softmax leak: e^(−2λ) against half a float64 unit
#: (at the design λ = 17 it does not; at 22 the margin lasts 17 loops of multiply's machine, at 24 ~1000).
FLOAT64_LAMBDA = 24
#: Below this a decoded cell (the nearest of −1, 0, 1) is the exact one.
_DECODES = Fraction(1, 2)


def run_length(program: str) -> int:
    """How many loops the shipped program runs until it halts (the exact machine)."""
    return run_program(resolve_program(program), Exact(), max_steps=100_000).loops


#: Loops run concretely before the linear-growth invariant is sought.
WARMUP = 4


@produces("exact")
def absorbed_float(shape: list[int], lam: str, fmt: str, loops: int) -> Outcome:
    """PROVED when at least the first ``loops`` float loops from every valid state of the machine are certified:
    ``WARMUP`` loops one by one, then a linear-growth invariant over a horizon (:func:`certify_growth`)."""
    shp = SubleqShape(*shape)
    with sym.scope():
        network = _network(shp, DEFAULTS["C"], DEFAULTS["eps"])
        templates = [stage_template(network.layout, i).X for i in range(len(network.layers))]
        cert = certify_growth(network, templates, model(fmt), Fraction(lam), warmup=WARMUP)
    certified = cert.warmup + cert.horizon if cert.horizon else len(cert.warm_bounds)
    top = max(cert.warm_bounds + ([cert.bound] if cert.bound is not None else []), default=None)
    data = {"shape": list(shape), "format": fmt, "lambda": lam, "asked": loops, "loops": certified,
            "first_loop_bound": float(cert.warm_bounds[0]) if cert.warm_bounds else None,
            "last_bound": None if top is None else float(top), "last_bound_exact": None if top is None else str(top),
            "warm_up_bounds": [float(b) for b in cert.warm_bounds], "per_loop": float(cert.per_loop),
            "horizon": cert.horizon, "seconds": round(cert.seconds, 2)}
    if certified >= loops and top is not None and top < _DECODES:
        return Outcome(Status.PROVED, f"{shp}, {fmt}, lambda = {lam}: the first {certified} loops from every valid "
                       f"state equal the hardmax loops up to {float(top):.3g} (one loop: "
                       f"{float(cert.warm_bounds[0]):.3g}; growth at most {float(cert.per_loop):.3g} a loop), "
                       f"{loops} needed", data)
    return Outcome(Status.UNKNOWN, f"{shp}, {fmt}, lambda = {lam}: {certified} of {loops} loops certified; "
                   f"{cert.failure}", data)


def _conclude(claim, outcomes):
    """PROVED when every machine's loops are certified; beside each, the witnessed errors, which must respect
    the bounds (a witnessed error above a certified bound is an ERROR: the certificate is unsound)."""
    certs, pairs = with_witnesses(outcomes, f"{_F}:absorbed_float")
    rows = []
    for d, c in pairs:
        cd = c.data
        checks = [(d["states_loop_max"], cd["first_loop_bound"], "one loop of the adversarial states")]
        if c.status == Status.PROVED and d["loops"] <= cd["loops"]:
            checks.append((d["run_loop_max"], cd["last_bound"], "the program's run"))
        if unsound(d, checks):
            return unsound(d, checks)
        rows.append([d["program"], str(tuple(cd["shape"])), cd["format"], cd["lambda"], c.status.value,
                     f"{cd['loops']} (the run: {cd['asked']})", _fmt(cd["first_loop_bound"]), f"{d['states_loop_max']:.3g}",
                     _fmt(cd["last_bound"]), f"{d['run_loop_max']:.3g} ({d['loops']} loops)"])
    statuses = [o.status for o in certs.values()]
    if not statuses:
        return Status.ERROR, "no certificate", {}
    status = fold_with_witnesses(statuses, outcomes)
    proved = sum(s == Status.PROVED for s in statuses)
    summary = (f"{proved} of {len(statuses)} machines certified for at least their program's whole run, from every "
               f"valid state; every loop forever is not certified (the error may grow linearly, and the witnessed "
               f"error does)")
    gaps = [o.summary for o in certs.values() if o.status != Status.PROVED]
    if gaps:
        summary += "; not certified: " + "; ".join(gaps)
    details = {"table": {"columns": ["program", "(s, m, n, N)", "format", "lambda", "certificate",
                                     "loops certified from every valid state", "certified bound, one loop",
                                     "worst witnessed, one loop of the adversarial states",
                                     "certified bound, every certified loop", "worst witnessed, the run"],
                         "rows": rows},
               "assumption": f"np.exp within {EXP_ULPS} ulps (verify.rounding.EXP_ULPS) and equal for equal "
                             f"inputs; every other operation rounds to nearest, in any summation order, fused or "
                             f"not, partial sums held in the format (for float32 also in float64)"}
    # regression metrics: the one-loop bound (better lower) and the loops certified (better higher)
    metrics = {}
    for name, c in certs.items():
        if c.data.get("first_loop_bound") is not None:
            metrics[f"{c.data['format']}_one_loop_bound_{name}"] = {"value": c.data["first_loop_bound"],
                                                                   "better": "lower", "tolerance": 1e-6}
            metrics[f"{c.data['format']}_loops_certified_{name}"] = {"value": c.data["loops"], "better": "higher",
                                                                    "tolerance": 0}
    if metrics:
        details["metrics"] = metrics
    return status, summary, details


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.3g}"


def _obligations(claim: Claim, profile: str, fmt: str, lam: int):
    out = []
    for name in premises.certified_programs(profile):
        shape = premises.program_shape(name)
        ob = obligation(claim, f"{fmt}@{name}", f"{_F}:absorbed_float", weights=shape, shape=list(shape),
                        lam=str(lam), fmt=fmt, loops=run_length(name))
        out.append(dataclasses.replace(ob, premises=premises.contract_premises(shape)))
        out.append(obligation(claim, f"witness:{fmt}@{name}", f"{_R}:witnessed_float", weights=shape,
                              program=name, lam=str(lam), fmt=fmt))
    return out


_METHOD = ("absorption (verify.float_exactness): every operation of the {fmt} forward pass bounded over the stage "
           "templates by the absorbing-sum lemma — an error below half a unit of its exact value's grid rounds "
           "away; exact integer scores; non-maximal softmax weights e^(-lambda g) within 4 ulps; clearing rows "
           "exact; errors on zero cells combined linearly — 4 loops from an exactly encoded state, then a "
           "linear-growth invariant (one loop from errors A + t·C ends within A + (t+1)·C for every t up to a "
           "horizon, checked in one pass on bounds affine in t); the {fmt} runs and adversarial states beside it "
           "(illustration)")


def _claim(cid: str, title: str, fmt: str, lam: int, where: str) -> Claim:
    return Claim(
        id=cid, title=title,
        ref=ref(where, "[C]", "The construction runs in floating point."),
        construction="giannou2023.subleq",
        method=_METHOD.format(fmt=fmt),
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: _obligations(claim, profile, fmt, lam),
        parameters=lambda profile: {"lambda": lam, "format": fmt, "programs": premises.certified_programs(profile),
                                    "exp accuracy": f"{EXP_ULPS} ulps (assumed)"},
        conclude=_conclude,
    )


CLAIMS = [
    _claim(FLOAT32_LOOP, "In float32 at the design λ every valid state survives one loop, and the first K loops from "
           "every valid state stay within a certified distance of the hardmax loops (K at least the run of the "
           "machine's shipped program)", "float32", temperature.DESIGN_LAMBDA, "§5 (λ large enough), run in float32"),
    _claim(FLOAT64_EXACT, f"In float64 at λ = {FLOAT64_LAMBDA} (above the design λ) the first K loops from every "
           "valid state equal the hardmax loops up to tiny errors on zero cells (K at least the run of the "
           "machine's shipped program), on every shipped program's machine (CI: those with n ≤ 16)", "float64",
           FLOAT64_LAMBDA, "§5 (λ large enough), run in float64 as the official code does"),
]
