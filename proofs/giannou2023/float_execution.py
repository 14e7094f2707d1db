"""Certified float64 execution of the SUBLEQ machine (Giannou et al. 2023, §5, run in IEEE float64).

The λ certificate (:func:`constructions.giannou2023.temperature.certify`)
bounds the *real-arithmetic* softmax machine.  Here the same drift
propagation runs with the rounding terms of :mod:`verify.rounding` added at
every operation the float forward pass performs
(:func:`verify.drift.propagate` with ``rounding=``), through all ten layers,
with error correction (layer 10) snapping a row back to its exact value
whenever the bound entering it stays inside the ε-ball proved by z3
(``giannou2023.error_correction.ball``, a premise); only that layer's own
rounding then remains.

**Invariant** (:func:`float_certificate`).  A per-row bound ``B`` with
``loop(B) ≤ B`` — every state within ``B`` of a valid encoded state ends the
loop within ``B`` of the next one (the hardmax loop's output, a valid state
by the chain premise) — is found by iterating ``B ← 2·loop(B)`` from ``0``.
The run starts exactly (integer inputs are exact in every format), so by
induction *every* loop of *every* program at that machine stays within
``B``; with ``max B ≤ ε`` every loop decodes (at tolerance ε) to the
reference state: "the program runs correctly in float64".

Integer arithmetic is exact in floating point: every row of every stage
template is integer-valued (:func:`integral_rows`, read from the symbolic
templates), so a dot product of drift-free integer rows with integer weights
rounds nowhere (:func:`verify.rounding.exact_integer`) — in the first loop the
pointer scores of layer 1 are exact.

**What this certifies** (λ = 17, measured 2026-11-30): float64 on the
machines of linear_search, multiply and reverse_list (N = 8) and on the small
CI machines — every loop, invariant ``B ≈ 1.6e-14``.  On factorial's machine
(N = 14) it certifies **one loop from every exactly encoded valid state**
(bound entering error correction 0.171 ≤ ε = 1/4; the real-arithmetic bound
is 0.047), but finds no invariant, and :mod:`.float_snap_noise` shows why this
route cannot find one: error correction's own float64 output on a PC row is
off by 6u in an admissible summation order of its output product (a
replayable input and tree), and PC rows started within 6u already bring the
*real-arithmetic* bound entering error correction to 0.304 > ε (in the
bound, the pointer scores' tie turns the noise into a weight shift that the
adders amplify ~10^14-fold; every score is a sum of ±1 products, so the noise
is not absorbed).  The same holds at every λ tried (20, 24, 30: the first
loop stays certified, no invariant).  The real loop itself is far less
sensitive: measured in Arb at loop 3 of factorial's run, any one PC bit 6u
off (either sign) moves the loop by at most 1.8e-12 entering error correction,
while interval evaluation of the same state blows a 2^-60 ball on that bit up
to 0.06 — the bounds lose the correlations (``2B − 2T`` with ``B`` read from
``T``, threshold pairs both open, the tie's two weights) that make the
effect small.  Local, kink-aware slopes alone would not recover them: on
valid inputs many adder units sit *exactly on* a kink (pre-activation 0 on
some input — 32 of add_one's 49 units and 49 of add's 113 at (1, 8, 16, 8),
column 0), so the local slope equals the global one.  What does: a
per-state, dependency-aware enclosure of the program's run —
:mod:`.float_run_certificate` certifies factorial's whole float64 run at
λ = 17 (248 loops, entering error correction within 0.040) — or an
argument that the float operations are exact — :mod:`.float_absorption`,
which certifies float32 at λ = 17 and float64 at λ = 24 (where ``e^{−2λ}``
is below half a unit and rounding removes it);
under the standard model float32 gets bounds far above ε here, so this
module certifies float64 only.  So
factorial's machine at the design λ is reported UNKNOWN with its gap, never
a looser ε.

The rounding bounds are :mod:`verify.rounding`'s: Higham's ``γ_k`` or, where
smaller, the node-wise bound (partial sums within the signed range of their
terms, half an ulp of their binade each, exact products by powers of two and
of integer inputs).  That refinement took the first loop's bound on
factorial's machine from 0.435 to 0.171; under ``γ_k`` alone the gated
overwrite's ``+C·ind − C`` counted twice.

Beside each certificate, the witnessed errors of the float run and of the
adversarial states (:func:`constructions.giannou2023.temperature.adversarial_states`)
are measured (:mod:`.float_runs`; an illustration: it supports nothing, but
a witnessed error above its certified bound is reported as an ERROR of the
claim), FPTaylor style: certified bound next to the worst error seen.
"""
from __future__ import annotations

import dataclasses
import time
from fractions import Fraction
from functools import lru_cache

from constructions.giannou2023 import SubleqShape, temperature
from constructions.giannou2023.invariants import stage_template
from constructions.giannou2023.subleq import DEFAULTS
from constructions.giannou2023.temperature import SNAPPED, _constants, _network, attention_facts, certify
from verify import symbolic as sym
from verify.arb import ball, precision, upper
from verify.claims import Claim, Outcome, Status
from verify.drift import propagate
from verify.evidence import produces
from verify.rounding import model as float_model

from . import premises
from .common import obligation, ref
from .function_conclude import metric
from .float_runs import fold_with_witnesses, formats_conclude, unsound, with_witnesses
from .float_snap_noise import U64, noise_witness, noisy_pc_run, pc_noise_entering

__all__ = ["float_certificate", "certified_float", "integral_rows", "CLAIMS", "FLOAT64_RUNS"]

_F = "proofs.giannou2023.float_execution"
#: Attempts of ``B ← 2·loop(B)`` before giving up on an invariant.
_ATTEMPTS = 6


def _integer(e) -> bool:
    """Is the symbolic value an integer under every assignment (integer coefficients over integer atoms)?"""
    if isinstance(e, sym.Expr):
        return Fraction(e.const).denominator == 1 and all(
            Fraction(c).denominator == 1 and _integer(a) for a, c in e.terms.items())
    if isinstance(e, sym.Var) or isinstance(e, sym.Digit):  # an integer variable; a bit
        return True
    if isinstance(e, sym.Relu):
        return _integer(e.inner)
    if isinstance(e, sym.Case):
        return all(_integer(b) for _, b in e.branches)
    if isinstance(e, sym.Ite):
        return _integer(e.then) and _integer(e.other)
    return False


@lru_cache(maxsize=None)
def integral_rows(shape: SubleqShape) -> tuple[frozenset, ...]:
    """Per layer, the rows of its exact input that are integers on every valid state (stage templates)."""
    out = []
    with sym.scope():
        network = _network(shape, DEFAULTS["C"], DEFAULTS["eps"])
        for i in range(len(network.layers)):
            X = stage_template(network.layout, i).X
            out.append(frozenset(r for r in range(network.layout.d) if all(_integer(e) for e in X[r])))
    return tuple(out)


def float_certificate(shape: SubleqShape, lam, fmt: str, C=DEFAULTS["C"], eps=DEFAULTS["eps"],
                      u: Fraction | None = None, prec: int = 128) -> dict:
    """The loop invariant of the float machine at ``lam`` in format ``fmt`` (``u`` overrides the unit roundoff).

    Returns ``holds`` (True only when an invariant ``B`` with ``max B ≤ ε``
    was proved), ``bound`` (max B: every loop's output is within it of the
    hardmax loop's), ``entering`` (the bound on the snapped rows entering
    error correction), ``snap_failed`` and a ``reason`` when it does not hold.
    """
    network = _network(shape, C, eps)
    layout = network.layout
    _, profiles, amplitudes = attention_facts(shape)
    rows = [r for block in SNAPPED for r in layout.rows(block)]
    ints = integral_rows(shape)
    fm = float_model(fmt, u)
    eps = Fraction(eps)
    bound = [Fraction(0)] * layout.d
    result = {"format": fmt, "lambda": str(lam), "u": str(fm.u), "exp_ulps": fm.exp_ulps, "eps": str(eps)}
    for attempt in range(1, _ATTEMPTS + 1):
        with precision(prec):
            try:
                drifts = propagate(network, Fraction(lam), dict(profiles), amplitudes=lambda i: amplitudes[i],
                                   layers=range(len(network.layers)), start=[ball(b) for b in bound],
                                   constants=_constants(layout), rounding=fm, integral=lambda i: ints[i],
                                   snap={len(network.layers) - 1: (rows, eps)})
            except ValueError as err:  # e.g. no relative softmax bound
                return {**result, "holds": False, "reason": str(err), "attempts": attempt}
            end = [upper(e) for e in drifts[-1].errors]
            entering = max(upper(drifts[-2].errors[r]) for r in rows)
        failed = [layout.describe_row(r) for r in drifts[-1].snap_failed]
        result.update({"entering": float(entering), "entering_exact": str(entering), "attempts": attempt,
                       "per_layer": [(d.layer, float(max(upper(e) for e in d.errors))) for d in drifts]})
        if attempt == 1:  # from an exactly encoded state: the first loop of every run
            result["first_loop_entering"] = float(entering)
            result["first_loop_end"] = float(max(end[r] for r in rows))
        if failed:
            reason = (f"the drift entering error correction ({float(entering):.3g}) exceeds eps = {eps} "
                      f"on {len(failed)} rows (e.g. {failed[0]})")
            if attempt > 1:
                reason = (f"one loop from every exactly encoded valid state is certified (entering error correction "
                          f"{result['first_loop_entering']:.3g} <= eps), but no loop invariant is found: started within "
                          f"{float(max(bound)):.3g} (twice error correction's own rounding, "
                          f"{result['first_loop_end']:.3g}), {reason}")
            return {**result, "holds": False, "snap_failed": failed[:5], "reason": reason}
        if attempt > 1 and all(e <= b for e, b in zip(end, bound)):
            top = max(bound)
            result.update({"bound": float(top), "bound_exact": str(top)})
            if top > eps:
                return {**result, "holds": False, "reason": f"invariant {float(top):.3g} exceeds eps = {eps}"}
            return {**result, "holds": True}
        bound = [2 * e for e in end]
    return {**result, "holds": False, "reason": f"no invariant after {_ATTEMPTS} attempts (max bound "
                                                f"{float(max(bound)):.3g})"}


@produces("arb")
def certified_float(shape: list[int], lam: str, fmt: str, program: str | None = None) -> Outcome:
    """PROVED when the float machine's loop invariant holds at this machine (every valid state, every loop).

    When it does not but the first loop is certified, the data say why the route stops
    (:mod:`.float_snap_noise`), with ``program``'s run under the witnessed noise beside it (an illustration)."""
    shp = SubleqShape(*shape)
    start = time.perf_counter()
    cert = float_certificate(shp, Fraction(lam), fmt)
    real = certify(shp, Fraction(lam))
    data = {**cert, "shape": list(shape), "real_drift": float(real.drift),
            "seconds": round(time.perf_counter() - start, 2)}
    if not cert["holds"] and fmt == "float64" and cert.get("first_loop_entering", 1) <= Fraction(DEFAULTS["eps"]):
        data.update(_invariant_gap(shp, Fraction(lam), program))
        noise, entering = data["snap_noise"], data["pc_noise_entering"]
        blocked = entering > Fraction(DEFAULTS["eps"])
        cert["reason"] += (f"; {'and this route cannot close: ' if blocked else ''}error correction's float64 output "
                           f"on a PC row is off by {noise['noise_u']}u (u = 2^-53) in an admissible summation order "
                           f"(x = {noise['x']}, tree {noise['tree']}), and from PC rows within that, real arithmetic "
                           f"alone bounds the drift entering error correction by {entering:.3g} "
                           f"{'> eps' if blocked else '<= eps'}")
        if "noisy_run_entering" in data:
            cert["reason"] += (f" (illustration, numpy's order: with that noise on PC at every state of {program}'s "
                               f"run, the float64 loop stays within {data['noisy_run_entering']:.3g} of the exact "
                               f"loop entering error correction)")
    if cert["holds"]:
        return Outcome(Status.PROVED, f"{shp}, {fmt}, lambda = {lam}: every loop stays within {cert['bound']:.3g} "
                       f"of the hardmax loop (entering error correction: {cert['entering']:.3g} <= eps; real "
                       f"arithmetic alone: {float(real.drift):.3g})", data)
    return Outcome(Status.UNKNOWN, f"{shp}, {fmt}, lambda = {lam}: not certified: {cert['reason']}", data)


def _invariant_gap(shape: SubleqShape, lam: Fraction, program: str | None) -> dict:
    """The witnessed noise error correction leaves on a ``PC`` row, the real drift bound it alone causes, and
    (an illustration) ``program``'s float64 run with that noise (:mod:`.float_snap_noise`)."""
    witness = noise_witness(shape)
    entering = pc_noise_entering(shape, lam, witness["noise_u"] * U64)
    out = {"snap_noise": {**witness, "noise_u": str(witness["noise_u"])}, "pc_noise_entering": entering}
    if program is not None:
        out["noisy_run_entering"] = noisy_pc_run(program, lam, float.fromhex(witness["value"]))
    return out


def _conclude(claim, outcomes):
    """PROVED when every machine is certified; beside each, the worst witnessed errors, checked against the
    bounds they must respect (a witnessed error above a certified bound is an ERROR: the bound is unsound)."""
    certs, pairs = with_witnesses(outcomes, f"{_F}:certified_float")
    rows, gaps = [], []
    for d, c in pairs:
        cd = c.data
        first = cd.get("first_loop_entering")
        checks = [(d["states_entering_max"], first, "one loop of an adversarial state, entering error correction")]
        if c.status == Status.PROVED:
            checks += [(d["run_loop_max"], cd["bound"], "the run, at a loop's end"),
                       (d["run_entering_max"], cd["entering"], "the run, entering error correction")]
        if unsound(d, checks):
            return unsound(d, checks)
        if c.status != Status.PROVED:
            gaps.append(f"{d['program']}: {c.summary.split(': ', 1)[-1]}")
        rows.append([d["program"], str(tuple(cd["shape"])), d["format"], d["lambda"], c.status.value,
                     "-" if "bound" not in cd or not cd.get("holds") else f"{cd['bound']:.3g}",
                     f"{d['run_loop_max']:.3g}", "-" if first is None else f"{first:.3g}",
                     f"{d['states_entering_max']:.3g}", f"{d['run_entering_max']:.3g}",
                     f"{cd['real_drift']:.3g}"])
    statuses = [o.status for o in certs.values()]
    if not statuses:
        return Status.ERROR, "no certificate", {}
    status = fold_with_witnesses(statuses, outcomes)
    details = {"table": {"columns": ["program", "(s, m, n, N)", "format", "lambda", "certificate",
                                     "certified bound, every loop's end", "worst witnessed, the run's loop ends",
                                     "certified bound, first loop entering error correction",
                                     "worst witnessed, adversarial states entering error correction",
                                     "worst witnessed, the run entering error correction",
                                     "real-arithmetic drift bound (no rounding)"], "rows": rows},
               "assumption": "np.exp within 4 ulps (verify.rounding.EXP_ULPS); every other operation in the IEEE "
                             "standard model; dot products in any summation order"}
    # regression metrics (lower is better): the first loop's bound entering error correction, and the invariant
    metrics = {}
    for name, c in certs.items():
        if c.data.get("first_loop_entering") is not None:
            metrics[f"float64_first_loop_entering_{name}"] = metric(c.data["first_loop_entering"])
        if c.status == Status.PROVED:
            metrics[f"float64_invariant_{name}"] = metric(c.data["bound"])
    if metrics:
        details["metrics"] = metrics
    proved = sum(s == Status.PROVED for s in statuses)
    summary = f"{proved} of {len(statuses)} machines certified"
    if gaps:
        summary += "; not certified: " + "; ".join(gaps)
    return status, summary, details


_R = "proofs.giannou2023.float_runs"
FLOAT64_RUNS = "giannou2023.temperature.float64_runs"
FORMATS = "giannou2023.temperature.float_formats"


#: The program whose machine's float64 certificate does not close (module docstring: no float64 invariant there).
UNCERTIFIED_FLOAT64 = ("factorial",)


def _programs(profile: str, fmt: str, which: str = "certified") -> list[str]:
    names = premises.certified_programs(profile)
    if fmt != "float64":
        return names
    return [p for p in names if (p in UNCERTIFIED_FLOAT64) == (which == "uncertified")]


def _obligations(claim: Claim, fmt: str, programs: list[str]):
    lam = str(temperature.DESIGN_LAMBDA)
    out = []
    for name in programs:
        shape = premises.program_shape(name)
        ob = obligation(claim, f"{fmt}@{name}", f"{_F}:certified_float", weights=shape, shape=list(shape),
                        lam=lam, fmt=fmt, program=name)
        out.append(dataclasses.replace(ob, premises=premises.certificate_premises(shape, "every column")))
        out.append(obligation(claim, f"witness:{fmt}@{name}", f"{_R}:witnessed_float", weights=shape,
                              program=name, lam=lam, fmt=fmt))
    return out


def _formats_obligations(claim: Claim, profile: str):
    return [dataclasses.replace(obligation(claim, name, f"{_R}:float_formats", program=name),
                                premises=(f"giannou2023.temperature.design/{name}",))
            for name in premises.certified_programs(profile)]


_METHOD = ("Arb drift propagation through all ten layers with per-operation rounding bounds (IEEE standard model, "
           "gamma_k dot products in any order, exact integer arithmetic, the max-subtracted softmax with np.exp "
           "assumed within 4 ulps), error correction snapping inside the z3-proved eps-ball, and a loop "
           "invariant B with loop(B) <= B found by B <- 2 loop(B); the {fmt} runs and adversarial states beside it "
           "(illustration)")

_FLOAT64_REF = ref("§5 (λ large enough), run in float64 as the official code does", "[C]",
                   "The construction runs in floating point (the official code: numpy float64).")


def _float64_claim(cid: str, title: str, which: str, expected: Status, profiles=("ci", "full"),
                   note: str = "") -> Claim:
    """A float64 execution claim over the certified (or the uncertified) programs' machines."""
    return Claim(
        id=cid, title=title, ref=_FLOAT64_REF, construction="giannou2023.subleq",
        method=_METHOD.format(fmt="float64") + note, expected=(expected,),
        obligations=lambda claim, profile: _obligations(claim, "float64", _programs(profile, "float64", which)),
        parameters=lambda profile: {"lambda": temperature.DESIGN_LAMBDA, "format": "float64",
                                    "programs": _programs(profile, "float64", which),
                                    "exp accuracy": "4 ulps (assumed)"},
        conclude=_conclude, profiles=profiles)


CLAIMS = [
    _float64_claim(FLOAT64_RUNS, "In float64 at the design λ every loop of every program stays within a certified "
                   "distance of the hardmax loop, on the machines of linear_search, multiply and reverse_list (CI: "
                   "those with n ≤ 16)", "certified", Status.PROVED),
    _float64_claim(FLOAT64_RUNS + ".factorial", "In float64 at the design λ factorial's machine (14-bit words) stays "
                   "within a certified distance of the hardmax loop", "uncertified", Status.UNKNOWN,
                   profiles=("full",), note="; at λ = 24 the absorption certificate proves this machine's float64 "
                   "execution instead (giannou2023.temperature.float64_exact, .float_absorption), and at λ = 17 "
                   "factorial's own run is certified state by state (giannou2023.temperature."
                   "float64_run_certificates, .float_run_certificate)"),
    Claim(
        id=FORMATS,
        title="Float formats: loops executed exactly in float64, float32, float16 and bfloat16",
        ref=ref("official code (float64, unshifted softmax)", "[C]", "The construction runs in floating point."),
        construction="giannou2023.subleq",
        method="simulation of each shipped program in numpy float64/32/16 and 8-bit significands emulated on "
               "float64; minimal significand bits by bisection at the default λ",
        expected=(Status.SAMPLED_OK,),
        obligations=_formats_obligations,
        parameters=lambda profile: {"formats": "float64, float32, float16, bfloat16", "lambda": "10 and default",
                                    "programs": premises.certified_programs(profile)},
        conclude=formats_conclude,
    ),
]
