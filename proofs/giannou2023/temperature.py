"""Claims about the softmax temperature λ (Giannou et al. 2023, §5 "λ large enough").

* the softmax concentration lemma, proved by z3 for every column
  (:mod:`.concentration`);
* per machine size: λ_cert (a certified λ: on the 1/64 grid, the certificate
  holds there and not at the grid point below, found by bisection — not
  proved least, since the certificate is not proved monotone in λ) and λ_emp
  (the largest λ at which a failing valid state is exhibited, confirmed at
  40 digits);
* the paper's reported bounds λ ≥ log(n³/ε) and λ > log(G·d·n³/ε) [S], and the
  reported positional-code gap (log n − 1, where log n − 2 holds), against
  those two numbers;
* the temperature ``python -m verify run`` uses by default, certified for
  every shipped program's machine;
* float formats: which programs run exactly, for how many loops, in float64,
  float32, float16 and bfloat16, and how many significand bits they need, and
  the certified float64 execution (:mod:`.float_execution`) and float32 execution (:mod:`.float_absorption`).

Every obligation that uses the certificate declares its premises
(:mod:`.premises`): the layer contracts and the chain at its machine, the
ε-ball of error correction at its machine, and the concentration lemma.
"""
from __future__ import annotations

import dataclasses
import math
import time
from fractions import Fraction

from constructions.giannou2023 import SubleqShape, subleq_layout
from constructions.giannou2023 import temperature
from constructions.giannou2023.temperature import (
    FAIL,
    attention_facts,
    certify,
    lambda_cert,
    lambda_emp,
    loop_deviation,
    adversarial_states,
)
from verify.claims import Claim, Outcome, Status, fold_statuses

from . import premises
from .common import ref
from .concentration import PAPER_BOUND, concentration_lemma
from .float_absorption import CLAIMS as FLOAT32_CLAIMS
from .float_execution import CLAIMS as FLOAT_CLAIMS
from .float_run_certificate import CLAIMS as RUN_CLAIMS
from .perturbation import perturbation_lemma  # noqa: F401  (the task of the perturbation claim)
from .premises import TEMPERATURE_SHAPES, certified_programs, drift_shape, paper_gap_shapes, temperature_shapes
from .simulation import state_to_json

__all__ = ["CLAIMS", "TEMPERATURE_SHAPES", "concentration_lemma"]

_T = "proofs.giannou2023.temperature"
#: The concentration lemma's one obligation (it is proved for every n, t, g, λ at once).
_LEMMA = "every column"


# --------------------------------------------------------------------------------------------- tasks

def temperature_analysis(shape: list[int], C: str = "100", eps: str = "1/4") -> Outcome:
    """λ_cert and λ_emp for one machine (sound iff λ_emp < λ_cert), and the paper's two λ bounds checked.

    One obligation serves three claims (certificate, paper_simple,
    paper_full), which read its data with their own conclusions.
    """
    shp = SubleqShape(*shape)
    C, eps = Fraction(C), Fraction(eps)
    start = time.perf_counter()
    lam_c, cert = lambda_cert(shp, C, eps, lo=Fraction(2), hi=Fraction(64))
    below = certify(shp, lam_c - Fraction(1, 64), C, eps)
    emp = lambda_emp(shp, C, eps, upper_lam=lam_c)
    gaps = dict(attention_facts(shp)[0])
    data = {"shape": list(shape), "lambda_cert": str(lam_c), "drift_at_lambda_cert": float(cert.drift),
            "drift_just_below": float(below.drift), "certified_just_below": below.holds, "eps": str(eps), "per_layer_bound": cert.per_layer,
            "score_gaps": {k: str(v) for k, v in gaps.items()}}
    if emp["lambda"] is not None:
        data.update({"lambda_emp": str(emp["lambda"]), "ratio": float(lam_c / emp["lambda"]),
                     "confirmed": emp["confirmed"], "failing_state": state_to_json(emp["state"], emp["current"]),
                     "failing_deviation": emp["deviation"], "confirmed_digits": emp["digits"],
                     "candidates": emp["candidates"]})
    d = subleq_layout(shp).d
    for form, inside in (("simple", Fraction(shp.n**3) / eps), ("full", Fraction(shp.n**3) * d / eps)):
        lam_p = math.log(inside)
        lam_q = Fraction(math.floor(lam_p * 64), 64)  # a grid point just below: certifying there is stronger
        verdict = {"lambda": lam_p, "certified": bool(certify(shp, lam_q, C, eps).holds)}
        if not verdict["certified"] and emp["lambda"] is not None and emp["lambda"] >= lam_q:
            _, dev = loop_deviation(shp, [(emp["state"], emp["current"])], Fraction(math.ceil(lam_p * 64), 64),
                                    C, eps, semantics="mp")
            verdict["fails_at_40_digits"] = float(dev[0])
        data[f"paper_{form}"] = verdict
    data["seconds"] = round(time.perf_counter() - start, 2)
    if emp["lambda"] is None:
        return Outcome(Status.PROVED, f"{shp}: lambda_cert = {float(lam_c):.4g}; no failing state found at any "
                       "lambda >= 1", data)
    data["counterexample"] = {"note": f"fails at lambda = {emp['lambda']}: loop output {emp['deviation']:.3g} "
                                      f"away from the hardmax loop", "shape": list(shape),
                              "lambda": str(emp["lambda"]), "state": data["failing_state"]}
    if not emp["confirmed"]:
        return Outcome(Status.UNKNOWN, f"{shp}: the failing state found in float64 did not fail at "
                       f"{emp['digits']} digits", data)
    if emp["lambda"] >= lam_c:
        return Outcome(Status.REFUTED, f"{shp}: UNSOUND: a state fails at lambda = {emp['lambda']} >= "
                       f"lambda_cert = {lam_c}", data)
    return Outcome(Status.PROVED, f"{shp}: lambda_cert = {float(lam_c):.4g} (certified), lambda_emp = "
                   f"{float(emp['lambda']):.4g} (a valid state fails), ratio {float(lam_c / emp['lambda']):.2f}",
                   data)


def _paper_conclude(form: str):
    """LOOSE if the paper's λ is certified everywhere; REFUTED if it fails somewhere; UNKNOWN in between."""

    def conclude(claim, outcomes):
        rows, verdicts = [], []
        for _, o in outcomes:
            v, d = o.data.get(f"paper_{form}"), o.data
            if v is None:  # an analysis that did not get as far as the paper's λ: its status is the claim's
                return fold_statuses(ob.status for _, ob in outcomes), o.summary, {}
            s = SubleqShape(*d["shape"])
            lam_c = float(Fraction(d["lambda_cert"]))
            if v["certified"] and o.status not in (Status.PROVED, Status.LOOSE, Status.PROVED_CONDITIONALLY):
                verdicts.append(Status.UNKNOWN)  # "certified" by an analysis that is itself not proved
                verdict = f"undecided (the analysis is {o.status.value})"
            elif v["certified"]:
                verdicts.append(Status.LOOSE)
                verdict = f"sufficient ({v['lambda'] / lam_c:.2f}x lambda_cert)"
            elif v.get("fails_at_40_digits", 0) > FAIL:
                verdicts.append(Status.REFUTED)
                verdict = f"insufficient: a valid state fails (off by {v['fails_at_40_digits']:.3g})"
            else:
                verdicts.append(Status.UNKNOWN)
                verdict = "undecided (between lambda_emp and lambda_cert)"
            emp = d.get("lambda_emp")
            rows.append([s.n, s.N, f"{v['lambda']:.3f}", f"{lam_c:.3f}",
                         "-" if emp is None else f"{float(Fraction(emp)):.3f}", verdict])
        status = Status.REFUTED if Status.REFUTED in verdicts else (
            Status.UNKNOWN if Status.UNKNOWN in verdicts else Status.LOOSE)
        counts = {st.value: verdicts.count(st) for st in set(verdicts)}
        table = {"columns": ["n", "N", "lambda (paper)", "lambda_cert", "lambda_emp", "verdict"], "rows": rows}
        summary = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
        if status == Status.REFUTED:
            bad = [r for r in rows if r[-1].startswith("insufficient")]
            summary = (f"insufficient for {len(bad)} of {len(rows)} machines (e.g. n = {bad[0][0]}, N = "
                       f"{bad[0][1]}: lambda = {bad[0][2]} < lambda_emp = {bad[0][4]}); {summary}")
        elif status == Status.LOOSE:
            summary = f"sufficient for all {len(rows)} machines, but loose: " + ", ".join(r[-1] for r in rows[:2])
        return status, summary, {"table": table}

    return conclude


def paper_gap(shape: list[int]) -> Outcome:
    """The certificate with the paper's reported gap (log n − 1 ⇒ score gap 1) against the true gap 2."""
    shp = SubleqShape(*shape)
    lam_true, _ = lambda_cert(shp, lo=Fraction(2), hi=Fraction(64))
    lam_paper, cert = lambda_cert(shp, gap_override=Fraction(1), lo=Fraction(2), hi=Fraction(128))
    lam_closed, _ = lambda_cert(shp, gap_override=Fraction(2), lo=Fraction(2), hi=Fraction(128))
    data = {"shape": list(shape), "lambda_cert_true_profiles": str(lam_true),
            "lambda_cert_closed_form_gap2": str(lam_closed), "lambda_cert_closed_form_gap1": str(lam_paper)}
    if lam_paper > lam_closed:
        return Outcome(Status.LOOSE, f"{shp}: with the paper's gap (1) the closed-form certificate needs lambda = "
                       f"{float(lam_paper):.3f}, with the true gap (2) {float(lam_closed):.3f} "
                       f"(exact profiles: {float(lam_true):.3f})", data)
    return Outcome(Status.UNKNOWN, f"{shp}: the gap made no difference", data)


def certified_design(shape: list[int], lam: str) -> Outcome:
    """The design temperature is certified for this machine (else a failing state, if one exists)."""
    shp = SubleqShape(*shape)
    cert = certify(shp, Fraction(lam))
    data = {"shape": list(shape), "lambda": lam, "drift": float(cert.drift)}
    if cert.holds:
        return Outcome(Status.PROVED, f"{shp}: at lambda = {lam} one softmax loop equals one hardmax loop on "
                       f"every valid state (drift {float(cert.drift):.3g} <= eps)", data)
    emp = lambda_emp(shp, upper_lam=Fraction(400))
    if emp["lambda"] is not None and emp["lambda"] >= Fraction(lam):
        _, dev = loop_deviation(shp, [(emp["state"], emp["current"])], Fraction(lam), semantics="mp")
        if dev[0] > FAIL:
            data["counterexample"] = {"lambda": lam, "shape": list(shape),
                                      "state": state_to_json(emp["state"], emp["current"]),
                                      "deviation": float(dev[0]),
                                      "replay": "constructions.giannou2023.temperature.loop_deviation(shape, "
                                                "[(state, current)], lam, semantics='mp')"}
            return Outcome(Status.REFUTED, f"{shp}: at lambda = {lam} a valid state's loop is off by {dev[0]:.3g} "
                           f"(it fails up to lambda = {float(emp['lambda']):.4g})", data)
    return Outcome(Status.UNKNOWN, f"{shp}: lambda = {lam} is not certified and no failing state was found", data)


# --------------------------------------------------------------------------------------------- claims

_tag = premises.tag


def _ob(claim: str, name: str, task: str, premises_: tuple[str, ...] = (), **args):
    from .common import obligation

    shape = args.get("shape")
    ob = obligation(claim, name, f"{_T}:{task}", weights=tuple(shape) if shape else None, **args)
    return dataclasses.replace(ob, premises=tuple(premises_))


def _certified(claim: str, name: str, task: str, shape, **args):
    """An obligation that uses the λ certificate at ``shape``: it rests on the certificate's premises there."""
    return _ob(claim, name, task, premises.certificate_premises(shape, _LEMMA), shape=list(shape), **args)


def _analyses(claim: str, profile: str):
    return [_certified(claim, _tag(s), "temperature_analysis", s) for s in temperature_shapes(profile)]


def _certificate_conclude(claim, outcomes):
    """PROVED from the analyses; the drift curve is an illustration, but a measured drift above its bound
    would be a soundness failure."""
    analyses = [(ob, o) for ob, o in outcomes if not ob.name.startswith("drift")]
    curves = [o for ob, o in outcomes if ob.name.startswith("drift")]
    status = fold_statuses(o.status for _, o in analyses)
    if any(o.status in (Status.REFUTED, Status.ERROR) for o in curves):
        bad = next(o for o in curves if o.status in (Status.REFUTED, Status.ERROR))
        return bad.status, bad.summary, {}
    rows, metrics = [], {}
    for ob, o in analyses:
        d = o.data
        if "lambda_cert" not in d:
            continue
        s = SubleqShape(*d["shape"])
        lam_c = float(Fraction(d["lambda_cert"]))
        lam_e = float(Fraction(d["lambda_emp"])) if "lambda_emp" in d else None
        ratio = d.get("ratio")
        rows.append([s.n, s.N, str(tuple(d["shape"])), f"{lam_c:.4g}", "-" if lam_e is None else f"{lam_e:.4g}",
                     "-" if ratio is None else f"{ratio:.2f}", "yes" if ratio is not None and ratio <= 2 else "no",
                     f"{d['drift_at_lambda_cert']:.3g}"])
        metrics[f"lambda_cert_n{s.n}_N{s.N}"] = {"value": lam_c, "better": "lower", "tolerance": 1e-9}
    boundary = [r[2] for (ob, o), r in zip([a for a in analyses if "lambda_cert" in a[1].data], rows)
                if o.data.get("certified_just_below") is False]
    details = {"table": {"columns": ["n", "N", "(s, m, n, N)", "lambda_cert", "lambda_emp", "ratio", "goal <= 2",
                                     "drift at lambda_cert"], "rows": rows}, "metrics": metrics,
               "lambda_cert": "a certified lambda on the 1/64 grid (bisection); the certificate does not hold 1/64 "
                              f"below it at {len(boundary)} of {len(rows)} machines; it is not proved to be the "
                              "least certified grid point (the certificate is not proved monotone in lambda), and "
                              "the machine is only shown to fail at lambda_emp"}
    plot = _drift_plot(outcomes)
    if plot:
        details["plots"] = [plot]
    ratios = [float(r[5]) for r in rows if r[5] != "-"]
    summary = (f"{len(rows)} machines: lambda_cert/lambda_emp between {min(ratios):.2f} and {max(ratios):.2f}; "
               f"lambda_emp < lambda_cert everywhere" if status == Status.PROVED and ratios
               else next(o.summary for _, o in analyses if o.status == status))
    return status, summary, details


def drift_curve(shape: list[int], lams: list[str]) -> Outcome:
    """Certified drift and the measured worst drift of the adversarial states entering error correction, vs λ."""
    shp = SubleqShape(*shape)
    states = adversarial_states(shp)
    from constructions.giannou2023.temperature import _Probe

    probe = _Probe(shp, states, 100, Fraction(1, 4))
    certified = [float(certify(shp, Fraction(lam)).drift) for lam in lams]
    measured = [float(probe.deviation(Fraction(lam))[0].max()) for lam in lams]
    ok = all(m <= c * (1 + 1e-9) + 1e-12 for m, c in zip(measured, certified))
    data = {"shape": list(shape), "lambda": [float(Fraction(x)) for x in lams], "certified": certified,
            "measured": measured, "states": len(states)}
    if not ok:
        return Outcome(Status.REFUTED, f"{shp}: a measured drift exceeds its certified bound", data)
    return Outcome(Status.SAMPLED_OK, f"{shp}: the measured drift of {len(states)} adversarial states stays under "
                   f"the certified bound at {len(lams)} temperatures", data)
drift_curve.evidence = "illustration"  # beside the proof: its SAMPLED_OK supports nothing (verify.evidence)


def _drift_plot(outcomes):
    """Certified drift and measured worst drift entering error correction vs λ, for one machine."""
    curve = next((o.data for ob, o in outcomes if ob.name.startswith("drift") and "certified" in o.data), None)
    if curve is None:
        return None
    s, m, n, N = curve["shape"]
    return {"title": f"drift entering error correction, s={s} m={m} n={n} N={N}", "kind": "line",
            "xlabel": "lambda", "ylabel": "max |softmax - hardmax| on M, PC, S_cmd", "logy": True,
            "x": curve["lambda"],
            "series": {"certified bound (Arb)": curve["certified"],
                       f"measured worst of {curve['states']} adversarial states (float64)": curve["measured"],
                       "eps (error-correction radius)": [0.25] * len(curve["lambda"])}}


CLAIMS = [
    Claim(
        id=premises.CONCENTRATION,
        title="Softmax concentration: ‖softmax − hardmax‖₁ ≤ 2(n−t)/(n + t·e^{λg} − t), attained",
        ref=ref("§5 (softmax ≈ hardmax for large λ; notes §5.3)", "[I]",
                "A softmax column is within 2(n−1)e^{−λg} of the tie-averaging hardmax column."),
        construction="verify.softmax_bounds",
        method="z3 (nonlinear real arithmetic): the l1 identity 2R/(t+R), its monotonicity in R, the extremal "
               "profile and the closed form, for all n, t and E = e^(-lambda g) in (0, 1); exp increasing is the "
               "one analytic fact used",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [_ob(claim.id, _LEMMA, "concentration_lemma", bound=PAPER_BOUND)],
        parameters=lambda profile: {"n, t": "all integers n >= t >= 1", "g, lambda": "all reals > 0"},
    ),
    Claim(
        id="giannou2023.temperature.perturbation",
        title="Softmax perturbation: scores moved by at most Δ move the column by at most λΔ in ℓ1",
        ref=ref("§5 (softmax ≈ hardmax; used by the λ certificate)", "[I]",
                "‖softmax(λ(s + δ)) − softmax(λs)‖₁ ≤ λ·max|δ_i|."),
        construction="verify.softmax_bounds",
        method="z3 (nonlinear real arithmetic), for every column length: the move is 2(Q − P) with Q bounded by "
               "the two-sided exp bounds, and 2(Q − P) ≤ 2·tanh(λΔ/2); exp increasing and tanh x ≤ x are the "
               "analytic facts used",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [_ob(claim.id, "every column",
                                         "perturbation_lemma")],
        parameters=lambda profile: {"n": "every column length", "lambda, Delta": "all reals >= 0"},
    ),
    Claim(
        id="giannou2023.temperature.certificate",
        title="λ_cert, a certified λ: one softmax loop equals one hardmax loop on every valid state (and λ_emp "
              "below it)",
        ref=ref("§5 (λ large enough)", "[S]", "For λ large enough the softmax machine executes SUBLEQ exactly."),
        construction="giannou2023.subleq",
        method="Arb drift propagation through layers 1-9 with proven score profiles, the z3-proved ε-ball of "
               "error correction and the z3-proved concentration and perturbation lemmas; adversarial search in "
               "float64 confirmed at 40 digits",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: _analyses(claim.id, profile) + [
            _certified(claim.id, f"drift@{_tag(drift_shape(profile))}", "drift_curve",
                       drift_shape(profile), lams=[str(Fraction(k, 2)) for k in range(8, 33)])],
        parameters=lambda profile: {"machines (s,m,n,N)": ", ".join(map(str, temperature_shapes(profile))), "C": 100,
                                    "eps": "1/4", "lambda grid": "1/64"},
        conclude=_certificate_conclude,
    ),
    Claim(
        id="giannou2023.temperature.paper_simple",
        title="The paper's λ ≥ log(n³/ε) makes the whole loop exact",
        ref=ref("§5 (simplified selector bound, as reported)", "[S]",
                "With λ ≥ log(n³/ε), σ_S(...) is a permutation matrix + εM."),
        construction="giannou2023.subleq", method="certificate at that λ; else a failing state at 40 digits",
        expected=(Status.REFUTED,),
        obligations=lambda claim, profile: _analyses(claim.id, profile),
        parameters=lambda profile: {"eps": "1/4"}, conclude=_paper_conclude("simple"),
    ),
    Claim(
        id="giannou2023.temperature.paper_full",
        title="The paper's λ > log(G·d·n³/ε) makes the whole loop exact",
        ref=ref("§5 (read/write bound, as reported)", "[S]",
                "Read/write error ≤ ε when λ > log(G·d·n³/ε), entries bounded by G."),
        construction="giannou2023.subleq",
        method="certificate at that λ (G = 1, d the embedding dimension)",
        expected=(Status.LOOSE,),
        obligations=lambda claim, profile: _analyses(claim.id, profile),
        parameters=lambda profile: {"eps": "1/4", "G": 1}, conclude=_paper_conclude("full"),
    ),
    Claim(
        id="giannou2023.temperature.paper_gap",
        title="Temperature from the paper's positional-code gap (log n − 1) instead of log n − 2",
        ref=ref("§3/§5 (reported p_i·p_j ≤ log n − 1)", "[S]",
                "Scores of other columns are at most log n − 1, a gap of 1."),
        construction="giannou2023.subleq", method="the closed-form certificate with gap 1 against gap 2",
        expected=(Status.LOOSE,),
        obligations=lambda claim, profile: [_certified(claim.id, _tag(s), "paper_gap", s)
                                     for s in paper_gap_shapes(profile)],
        parameters=lambda profile: {"machines": ", ".join(map(str, paper_gap_shapes(profile)))},
    ),
    Claim(
        id="giannou2023.temperature.design",
        title="The design temperature (DESIGN_LAMBDA) is certified for the shipped programs' machines (CI: those "
              "with n ≤ 16; full: every one)",
        ref=ref("official code option.py (λ = 10) and the factorial notebook (λ = 100)", "[C]",
                "A fixed λ serves every program."),
        construction="giannou2023.subleq",
        method="certificate at DESIGN_LAMBDA; if it fails, an adversarial failing state at 40 digits",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [
            _certified(claim.id, name, "certified_design", premises.program_shape(name),
                       lam=str(temperature.DESIGN_LAMBDA)) for name in certified_programs(profile)],
        parameters=lambda profile: {"lambda": temperature.DESIGN_LAMBDA, "programs": certified_programs(profile)},
    ),
]
CLAIMS += FLOAT_CLAIMS  # the float formats, sampled and certified (.float_execution)
CLAIMS += FLOAT32_CLAIMS  # float32, certified by absorption (.float_absorption)
CLAIMS += RUN_CLAIMS  # each program's float64 run, certified state by state (.float_run_certificate)
