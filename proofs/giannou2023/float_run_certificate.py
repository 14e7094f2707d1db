"""Certified float64 runs of the shipped SUBLEQ programs (Giannou et al. 2023, §5, executed in IEEE float64 at the
design λ = 17).

:mod:`.float_execution` looks for one bound that holds for every valid state
of a machine; on factorial's machine (14-bit words) none exists along that
route (:mod:`.float_snap_noise`).  Here the question is the one a user asks —
*does this program run correctly in float64?* — and it is answered for the
program's own run, state by state, by :func:`verify.float_run.certify_run`
(the engine's run certificate for any :class:`~verify.machine.Machine`, here
:class:`~constructions.giannou2023.machine_model.SubleqMachine`) with
:class:`verify.float_enclosure.FloatEnclosure`:

* the exact (tie-averaging hardmax) machine runs from the program's encoded
  start, in rational arithmetic; after every loop its state must decode, at
  tolerance 0, to the reference step (:func:`constructions.giannou2023.isa.step`)
  — checked here, not assumed;
* beside it, balls enclosing every value the float64 machine can compute
  (numpy/BLAS in *any* summation order, the IEEE standard model, ``np.exp``
  within 4 ulps) are carried through every layer of every loop, from the
  exactly encoded start;
* at every loop's end, every entry of the float state is within the certified
  distance ``B`` of the exact state; with ``B < ε ≤ 1/2`` the float state
  decodes (at tolerance ε, as :func:`constructions.giannou2023.execute.run_program`
  reads it) to exactly what the exact state decodes to, the reference state.

The run goes until the reference halts, plus the one loop that checks the
halted state is a fixed point (as :func:`~constructions.giannou2023.execute.run_program`
does).  Beside the certified bounds, numpy's own float64 run is measured and
must lie inside the balls at every layer (a value outside is an ERROR: the
enclosure would be unsound) — FPTaylor style, certified against witnessed.

Measured 2026-12-01 (2 cores): factorial (1, 11, 32, 14), 248 loops in 114 s — the
bound entering error correction is at most 0.040 (ε = 1/4; numpy's run: 8.6e-5),
every loop's end within 7.4e-15 of the exact state (numpy: 1.8e-16); multiply
(38 loops, 9 s), reverse_list (17, 5 s) and linear_search (21, 13 s) within
1.5e-5 entering error correction and 7.4e-15 at every loop's end.
"""
from __future__ import annotations

from fractions import Fraction

from constructions.giannou2023 import temperature
from constructions.giannou2023.machine_model import SubleqMachine
from constructions.giannou2023.program import resolve_program
from constructions.giannou2023.temperature import SNAPPED
from verify.claims import Claim, Outcome, Status, fold_statuses
from verify.evidence import produces
from verify.float_enclosure import FloatEnclosure
from verify.float_run import certify_run

from . import premises
from .common import obligation, ref
from .function_conclude import metric

__all__ = ["run_certificate", "certified_run", "CLAIMS", "RUNS"]

_F = "proofs.giannou2023.float_run_certificate"


def run_certificate(program: str, lam, fmt: str = "float64", max_loops: int = 5000, progress=None,
                    variant: str = "correct") -> dict:
    """Certify ``program``'s float run (:func:`verify.float_run.certify_run` on the SUBLEQ machine; see the module
    docstring); ``variant`` builds a deliberately broken machine (:mod:`constructions.giannou2023.variants`).
    Returns the bounds, the witnessed errors and ``holds``."""
    prog = resolve_program(program)
    subleq = SubleqMachine(variant=variant)
    network = subleq.network(prog.shape)
    layout = network.layout
    eps = subleq.eps
    snapped = [r for block in SNAPPED for r in layout.rows(block)]
    cert = certify_run(FloatEnclosure(network, lam, fmt), subleq, prog.shape, (prog.initial, None), max_loops,
                       watch=(len(network.layers) - 2, snapped), limit=float(min(eps, Fraction(1, 2))),
                       progress=progress)
    out = {"program": program, "format": fmt, "lambda": str(lam), "eps": str(eps), "loops": cert.loops,
           "entering": cert.watched, "end": cert.end, "witnessed_entering": cert.witnessed_watched,
           "witnessed_end": cert.witnessed_end, "outside": cert.outside, "seconds": cert.seconds}
    if cert.diverged:
        return {**out, "holds": False, "exact_diverged": True, "reason": cert.diverged}
    if cert.stopped or not cert.fixed_point:
        return {**out, "holds": False, "reason": cert.stopped or f"no fixed point within {max_loops} loops"}
    out["holds"] = cert.end < eps  # below ε ≤ 1/2: every loop decodes (at tolerance ε) as the exact run does
    if not out["holds"]:
        out["reason"] = f"the certified distance {cert.end:.3g} is not below eps = {eps}"
    return out


@produces("interval")
def certified_run(program: str, lam: str, fmt: str = "float64") -> Outcome:
    """PROVED when every loop of ``program``'s float run is certified to decode to the reference state."""
    data = run_certificate(program, Fraction(lam), fmt)
    if data["outside"] > 0:
        return Outcome(Status.ERROR, f"{program}, {fmt}: numpy's run leaves the certified balls by "
                                     f"{data['outside']:.3g}: the enclosure is unsound", data)
    if data.get("exact_diverged"):
        return Outcome(Status.ERROR, f"{program}: {data['reason']}", data)
    if not data["holds"]:
        return Outcome(Status.UNKNOWN, f"{program}, {fmt}, lambda = {lam}: not certified: {data['reason']}", data)
    return Outcome(Status.PROVED, f"{program}, {fmt}, lambda = {lam}: all {data['loops']} loops certified; every "
                   f"loop's end within {data['end']:.3g} of the exact run (witnessed {data['witnessed_end']:.3g}), "
                   f"entering error correction within {data['entering']:.3g} (witnessed "
                   f"{data['witnessed_entering']:.3g}), eps = {data['eps']}", data)


def _conclude(claim, outcomes):
    """PROVED when every program's run is certified; a table of certified against witnessed distances, and the
    certified bounds as regression metrics (lower is better)."""
    status = fold_statuses(o.status for _, o in outcomes)
    rows, metrics, gaps = [], {}, []
    for ob, o in outcomes:
        d = o.data
        if "loops" not in d:
            gaps.append(f"{ob.name}: {o.summary}")
            continue
        rows.append([d["program"], d["format"], d["lambda"], o.status.value, d["loops"], f"{d['end']:.3g}",
                     f"{d['witnessed_end']:.3g}", f"{d['entering']:.3g}", f"{d['witnessed_entering']:.3g}",
                     d.get("seconds", "-")])
        if o.status == Status.PROVED:
            metrics[f"run_end_{d['program']}"] = metric(d["end"])
            metrics[f"run_entering_{d['program']}"] = metric(d["entering"])
        else:
            gaps.append(f"{d['program']}: {o.summary.split(': ', 1)[-1]}")
    proved = sum(o.status == Status.PROVED for _, o in outcomes)
    summary = f"{proved} of {len(outcomes)} runs certified" + ("; not certified: " + "; ".join(gaps) if gaps else "")
    details = {"table": {"columns": ["program", "format", "lambda", "certificate", "loops",
                                     "certified, every loop's end (all rows)", "witnessed (numpy), loop ends",
                                     "certified, entering error correction", "witnessed, entering error correction",
                                     "seconds"], "rows": rows},
               "assumption": "np.exp within 4 ulps (verify.rounding.EXP_ULPS); every other operation in the IEEE "
                             "standard model; dot products and sums in any order"}
    if metrics:
        details["metrics"] = metrics
    return status, summary, details


RUNS = "giannou2023.temperature.float64_run_certificates"


def _obligations(claim: Claim, profile: str):
    lam = str(temperature.DESIGN_LAMBDA)
    return [obligation(claim, f"float64@{name}", f"{_F}:certified_run", weights=premises.program_shape(name),
                       program=name, lam=lam, fmt="float64") for name in premises.certified_programs(profile)]


CLAIMS = [
    Claim(
        id=RUNS,
        title="Each shipped program runs correctly in float64 at the design λ: every loop of its run is certified "
              "to decode to the reference state (CI: multiply; full: all four, factorial's 14-bit machine included)",
        ref=ref("§5 (λ large enough), run in float64 as the official code does", "[C]",
                "The construction runs in floating point (the official code: numpy float64)."),
        construction="giannou2023.subleq",
        method="per-state enclosure of the float64 machine (verify.float_enclosure: balls carried through every "
               "layer of every loop of the program's run, IEEE standard model in any summation order, exact ranges "
               "of each hidden-unit group's piecewise-linear function, the softmax by the mean value theorem with "
               "a query's noise shared by all keys); the exact hardmax run beside it, decoded against the reference "
               "at every loop; numpy's own run must stay inside the balls",
        expected=(Status.PROVED,),
        obligations=_obligations,
        parameters=lambda profile: {"lambda": temperature.DESIGN_LAMBDA, "format": "float64",
                                    "programs": premises.certified_programs(profile),
                                    "exp accuracy": "4 ulps (assumed)"},
        conclude=_conclude,
    ),
]
