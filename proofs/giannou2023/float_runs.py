"""Float runs of the SUBLEQ machine, as sampled evidence (Giannou et al. 2023, run as the official code does).

* :func:`float_formats` — each shipped program in float64, float32, float16
  and bfloat16 at λ = 10 and the design λ, and the fewest significand bits
  that run it exactly (claim ``giannou2023.temperature.float_formats``);
* :func:`witnessed_float` — the worst errors actually seen in float64 or
  float32 (the program's whole run, and one loop of every adversarial
  state), shown beside the certified bounds of :mod:`.float_execution`
  (FPTaylor style: certified bound next to the worst witnessed error).
"""
from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from constructions.giannou2023 import SubleqShape, temperature
from constructions.giannou2023.encoding import encode
from constructions.giannou2023.execute import run_program
from constructions.giannou2023.program import resolve_program
from constructions.giannou2023.subleq import DEFAULTS
from constructions.giannou2023.temperature import SNAPPED, _network, _Probe, adversarial_states
from verify.claims import Outcome, Status, fold_statuses
from verify.evidence import produces
from verify.forward import Evaluator
from verify.semantics import Float, Rounded

__all__ = ["float_formats", "formats_conclude", "witnessed_float", "with_witnesses", "unsound", "fold_with_witnesses"]


_FORMATS = {"float64": lambda lam: Float(lam, np.float64), "float32": lambda lam: Float(lam, np.float32),
            "float16": lambda lam: Float(lam, np.float16), "bfloat16": lambda lam: Rounded(lam, 8)}
_LOG_MAX = {"float64": math.log(np.finfo(np.float64).max), "float32": math.log(np.finfo(np.float32).max),
            "float16": math.log(np.finfo(np.float16).max), "bfloat16": math.log(np.finfo(np.float32).max)}


@produces("sampled")
def float_formats(program: str) -> Outcome:
    """One shipped program in each float format at λ = 10 and at DESIGN_LAMBDA; minimal significand bits."""
    prog = resolve_program(program)
    shape = prog.shape
    default = temperature.DESIGN_LAMBDA
    top_score = shape.L  # the largest exact score of every head: p·p = log n
    rows = []
    for fmt, make in _FORMATS.items():
        for lam in sorted({10, default}):
            r = run_program(prog, make(lam), max_steps=2000)
            exact_loops = r.loops if r.agrees else r.divergence.loop - 1
            outcome = (f"exact for {r.loops} loops (halted)" if r.agrees and r.halted
                       else f"diverged at loop {r.divergence.loop}")
            overflow = lam * top_score > _LOG_MAX[fmt]
            rows.append([program, fmt, lam, exact_loops, outcome,
                         "overflows" if overflow else "fits"])
    lo, hi = 2, 53  # minimal significand bits for an exact run at the default λ (bisection)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        r = run_program(prog, Rounded(default, mid), max_steps=2000)
        if r.agrees and r.halted:
            hi = mid
        else:
            lo = mid
    data = {"rows": rows, "min_bits": hi, "default_lambda": default, "loops": run_program(prog, Float(default)).loops}
    return Outcome(Status.SAMPLED_OK, f"{program}: needs {hi} significand bits at lambda = {default}", data)


def formats_conclude(claim, outcomes):
    status = fold_statuses(o.status for _, o in outcomes)
    rows, bits = [], []
    for _, o in outcomes:
        rows += o.data.get("rows", [])
        if "min_bits" in o.data:
            bits.append([o.data["rows"][0][0], o.data["default_lambda"], o.data["min_bits"], o.data["loops"]])
    details = {"table": {"columns": ["program", "format", "lambda", "loops exact", "outcome",
                                     "unshifted softmax exp(lambda * max score)"], "rows": rows},
               "minimal significand bits": "; ".join(f"{p}: {b} bits at lambda = {l} ({n} loops)"
                                                     for p, l, b, n in bits)}
    return status, f"{len(rows)} runs; minimal significand bits: " + ", ".join(
        f"{p} {b}" for p, _, b, _ in bits), details


def _run_deviations(program: str, fmt: str, lam) -> dict:
    """The program's float run: agreement with the reference and the worst distances to the exact states."""
    prog = resolve_program(program)
    sem = Float(lam, np.dtype(fmt))
    r = run_program(prog, sem, max_steps=5000)
    network = _network(prog.shape, DEFAULTS["C"], DEFAULTS["eps"])
    rows = [k for block in SNAPPED for k in network.layout.rows(block)]
    ev = Evaluator(network, sem)
    X = ev.input(encode(prog.shape, prog.initial))
    loop_dev, ec_dev = 0.0, 0.0
    for _ in range(r.loops):  # exact states are in {-1, 0, 1}: the distance to the nearest is the error (< 1/2)
        traces = []
        X = ev.loop(X, traces)
        before = np.asarray(traces[-2].output, dtype=np.float64)[rows]
        ec_dev = max(ec_dev, float(np.abs(before - np.rint(before)).max()))
        out = np.asarray(X, dtype=np.float64)
        loop_dev = max(loop_dev, float(np.abs(out - np.rint(out)).max()))
    return {"agrees": r.agrees, "halted": r.halted, "loops": r.loops, "run_loop_max": loop_dev,
            "run_entering_max": ec_dev}


def _state_deviations(shape: SubleqShape, fmt: str, lam) -> dict:
    """One loop of every adversarial state in ``fmt``: worst distance to the hardmax loop."""
    states = adversarial_states(shape)
    probe = _Probe(shape, states, DEFAULTS["C"], DEFAULTS["eps"])
    ev = Evaluator(probe.network, Float(lam, np.dtype(fmt)))
    traces = []
    ev.loop(ev.input(probe.X), traces)
    before = np.abs(np.asarray(traces[-2].output, dtype=np.float64) - probe.before)[:, probe.rows, :]
    after = np.abs(np.asarray(traces[-1].output, dtype=np.float64) - probe.after)
    return {"states": len(states), "states_entering_max": float(before.max()), "states_loop_max": float(after.max())}


@produces("illustration")
def witnessed_float(program: str, lam: str, fmt: str) -> Outcome:
    """The worst errors seen: the program's whole run and one loop of every adversarial state, in ``fmt``."""
    prog = resolve_program(program)
    data = {"program": program, "format": fmt, "lambda": lam, **_run_deviations(program, fmt, Fraction(lam)),
            **_state_deviations(prog.shape, fmt, Fraction(lam))}
    status = Status.SAMPLED_OK if data["agrees"] and data["halted"] else Status.UNKNOWN
    return Outcome(status, f"{program}, {fmt}: {'ran correctly' if status == Status.SAMPLED_OK else 'diverged'} "
                   f"for {data['loops']} loops; worst error at a loop's end {data['run_loop_max']:.3g} (run), "
                   f"{data['states_loop_max']:.3g} ({data['states']} states)", data)


_WITNESS = "proofs.giannou2023.float_runs:witnessed_float"


def with_witnesses(outcomes, cert_task: str):
    """The certificates (task ``cert_task``) by machine name, and each witnessed run with its certificate:
    ``(certificates, [(witness data, certificate outcome)])`` (obligations named ``…@<program>``)."""
    certs = {ob.name.split("@", 1)[1]: o for ob, o in outcomes if ob.task == cert_task}
    pairs = []
    for ob, o in outcomes:
        if ob.task == _WITNESS and "loops" in o.data and ob.name.split("@", 1)[1] in certs:
            pairs.append((o.data, certs[ob.name.split("@", 1)[1]]))
    return certs, pairs


def unsound(witness: dict, checks) -> tuple | None:
    """An ERROR conclusion when a witnessed error exceeds its certified bound: ``checks`` are
    ``(witnessed, certified or None, what)``."""
    for seen, bound, what in checks:
        if bound is not None and seen > bound:
            return Status.ERROR, (f"UNSOUND: {witness['program']} in {witness['format']}: witnessed {seen:.3g} > "
                                  f"certified {bound:.3g} ({what})"), {}
    return None


def fold_with_witnesses(statuses, outcomes) -> Status:
    """The weakest certificate; a witnessed run supports nothing, but its ERROR or REFUTED counts against it."""
    return fold_statuses(list(statuses) + [o.status for ob, o in outcomes if ob.task == _WITNESS
                                           and o.status in (Status.ERROR, Status.REFUTED)])
