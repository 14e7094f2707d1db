"""Claims about the function blocks and the FLEQ machine of Giannou et al. 2023 (notes §7–§10).

The blocks are approximate, so their claims carry *certified* error bounds:
an Arb branch and bound of a closed form that sympy proved equal to the
bound network (:mod:`.function_tasks`), with the worst point fed back to the
network.  Each certified bound is a regression metric
(``details["metrics"]``, lower is better); error-versus-m and
error-versus-loops curves are ``details["plots"]``.

The paper's reported forms (reference notes, mostly [S]) are claims whose
expected status is what the tool finds: the padding sign is refuted, the
reported block sizes are loose against these constructions, and so on.
"""
from __future__ import annotations

import math

from constructions.giannou2023 import barron, matmul
from verify.claims import Claim, Obligation, Status, fold_statuses

from .common import ref

__all__ = ["CLAIMS"]

_T = "proofs.giannou2023.function_tasks"
_P = "giannou2023.functions"


def ob(claim: str, name: str, task: str, **args) -> Obligation:
    return Obligation(claim, name, f"{_T}:{task}", tuple(sorted(args.items())))


def _first_bad(outcomes, status):
    return next((o.summary for _, o in outcomes if o.status == status), "")


def _clean(name: str) -> str:
    return name.replace("=", "").replace(",", "_").replace("@", "_").replace("/", "_")


def _pos(v):
    """A value for a logarithmic axis: positive numbers stay, anything else leaves a gap (None)."""
    return float(v) if v is not None and v > 0 else None


def _metric(value: float) -> dict:
    return {"value": float(value), "better": "lower", "tolerance": 1e-6}


# ---------------------------------------------------------------------------
# conclude functions
# ---------------------------------------------------------------------------


def _bounds_table(outcomes, name_of) -> dict:
    rows = []
    for ob_, o in outcomes:
        b = o.data.get("bound") or o.data.get("relaxed_search") or {}
        cert = o.data.get("certified", b.get("certified"))
        wit = o.data.get("network_witness_error", o.data.get("network_error_at_witness"))
        rows.append([ob_.name, o.status.value, cert, wit, b.get("tightness", o.data.get("tightness")),
                     b.get("stopped_by"), b.get("boxes"),
                     ", ".join(f"{v:.6g}" for v in b.get("witness_float", [])[:2]) if b else ""])
    return {"columns": ["obligation", "status", "certified bound", "witnessed (network)", "tightness",
                        "search stopped by", "boxes", "worst input (search variables)"], "rows": rows}


def _certified(metric_prefix: str):
    """All obligations PROVED; one metric per obligation (``<prefix>_<obligation name>``)."""
    def conclude(claim, outcomes):
        status = fold_statuses(o.status for _, o in outcomes)
        details = {"table": _bounds_table(outcomes, None)}
        metrics = {}
        for ob_, o in outcomes:
            cert = o.data.get("certified", (o.data.get("bound") or {}).get("certified"))
            if o.status == Status.PROVED and cert is not None:
                metrics[f"{metric_prefix}_{_clean(ob_.name)}"] = _metric(cert)
        details["metrics"] = metrics
        if status != Status.PROVED:
            return status, _first_bad(outcomes, status), details
        parts = []
        for ob_, o in outcomes:
            cert = o.data.get("certified", (o.data.get("bound") or {}).get("certified"))
            wit = o.data.get("network_witness_error", o.data.get("network_error_at_witness"))
            parts.append(f"{ob_.name}: ≤ {cert:.3g} (witnessed {wit:.3g})")
        return Status.PROVED, "certified: " + "; ".join(parts), details
    return conclude


def _refuted_all(claim, outcomes):
    status = fold_statuses(o.status for _, o in outcomes)
    if all(o.status == Status.REFUTED for _, o in outcomes):
        return Status.REFUTED, outcomes[0][1].summary, {}
    if status == Status.PROVED:
        return Status.PROVED, "the reported form holds", {}
    return status, _first_bad(outcomes, status) or "mixed outcomes", {}


def _barron_conclude(claim, outcomes):
    status = fold_statuses(o.status for _, o in outcomes)
    details = {"table": _bounds_table(outcomes, None), "metrics": {}}
    ms = sorted({o.data["m"] for _, o in outcomes if "m" in o.data})
    series = {}
    for ob_, o in outcomes:
        if o.status == Status.PROVED:
            details["metrics"][f"certified_error_barron_{o.data['target']}_m{o.data['m']}"] = \
                _metric(o.data["bound"]["certified"])
            series.setdefault(f"{o.data['target']} (certified)", {})[o.data["m"]] = o.data["bound"]["certified"]
    if ms:
        ref_series = {f"Barron rate m^-1/2 (scaled to {name.split()[0]} at m = {ms[0]})":
                      {m: vals[ms[0]] * (ms[0] / m) ** 0.5 for m in ms} for name, vals in series.items()
                      if ms[0] in vals}
        all_series = {**series, **ref_series}
        details["plots"] = [{
            "title": "Sums of m padded-softmax sigmoids (least squares): certified sup error vs m",
            "kind": "line", "x": ms,
            "series": {name: [_pos(vals.get(m)) for m in ms] for name, vals in all_series.items()},
            "xlabel": "m (heads = sigmoids)", "ylabel": "certified sup |network − f|", "logy": True}]
    if status != Status.PROVED:
        return status, _first_bad(outcomes, status), details
    rates = []
    for name, vals in series.items():
        mm = sorted(vals)
        if len(mm) >= 2 and vals[mm[-1]] > 0:
            slope = math.log(vals[mm[0]] / vals[mm[-1]]) / math.log(mm[-1] / mm[0])
            rates.append(f"{name.split()[0]} ~ m^-{slope:.2f}")
    return Status.PROVED, (f"every sum certified on its interval (m = {', '.join(map(str, ms))}); observed decay "
                           + ", ".join(rates) + " — far faster than the Barron rate m^-1/2 in one dimension"), details


def _sharpness_conclude(claim, outcomes):
    status = fold_statuses(o.status for _, o in outcomes)
    details = {"table": _bounds_table(outcomes, None)}
    if status != Status.PROVED:
        return status, _first_bad(outcomes, status), details
    from .function_tasks import staircase_derived_bound

    ms = sorted({o.data["m"] for _, o in outcomes})
    series, derived, consts, below = {}, {}, [], True
    for _, o in outcomes:
        t, m = o.data["target"], o.data["m"]
        cert = o.data["bound"]["certified"]
        series.setdefault(f"{t} (certified, τ = √m ln m)", {})[m] = cert
        d = float(staircase_derived_bound(t, m, o.data["tau"]))
        derived.setdefault(f"{t} (derived 2.5Lh + 2L/τ)", {})[m] = d
        below = below and cert <= d
        consts.append(cert * math.sqrt(m))
    K = max(consts)
    ref_rate = {f"{K:.3g}·m^-1/2": {m: K / math.sqrt(m) for m in ms}}
    all_series = {**series, **derived, **ref_rate}
    details["plots"] = [{
        "title": "Smoothed staircase with the reported sharpness τ = √m ln m: certified error vs m",
        "kind": "line", "x": ms, "series": {n: [_pos(v.get(m)) for m in ms] for n, v in all_series.items()},
        "xlabel": "m", "ylabel": "certified sup error", "logy": True}]
    details["error_times_sqrt_m"] = {f"{o.data['target']} m={o.data['m']}": round(o.data["bound"]["certified"]
                                                                                   * math.sqrt(o.data["m"]), 4)
                                     for _, o in outcomes}
    if not below:
        return Status.REFUTED, "a certified error exceeds the derived 1-D bound 2.5Lh + 2L/τ", details
    return Status.SAMPLED_OK, (f"at τ = √m ln m the certified errors satisfy error ≤ {K:.3g}·m^-1/2 at every m tested "
                               f"({', '.join(map(str, ms))}) and stay below the derived 1-D bound 2.5Lh + 2L/τ, which "
                               f"is O(m^-1/2) already for τ ≥ √m: the ln m is not needed in one dimension (an "
                               f"asymptotic statement: checked at these m only)"), details


def _size_vs_reported(reported_layers: int, reported_heads: int | None, what: str):
    """LOOSE when the network the other obligations prove needs fewer layers than reported.

    The ``size`` obligation counts a network; every other obligation must have
    proved that very network (same content hash), else the count says nothing.
    "certified error" is said only when an obligation certified one.
    """
    def conclude(claim, outcomes):
        sizes = [o for ob_, o in outcomes if ob_.name == "size"]
        proofs = [(ob_, o) for ob_, o in outcomes if ob_.name != "size"]
        if len(sizes) != 1 or not proofs:
            return Status.ERROR, "incomplete evidence: one size count and at least one proof are needed", {}
        size = sizes[0].data
        status = fold_statuses(o.status for _, o in outcomes)
        details = {"our_layers": size.get("layers"), "our_heads_per_layer": size.get("heads_per_layer"),
                   "reported_layers": reported_layers, "reported_heads": reported_heads}
        if status != Status.PROVED:
            return status, _first_bad(outcomes, status), details
        other = [ob_.name for ob_, o in proofs if o.data.get("network_hash") != size.get("network_hash")]
        if other:
            return Status.ERROR, (f"{what}: the counted network is not the one proved by {', '.join(other)}"), \
                details
        certified = [ob_.name for ob_, o in proofs
                     if o.data.get("certified") is not None or (o.data.get("bound") or {}).get("certified")]
        evidence = "its contract proved" + (" and its error certified" if certified else "")
        ours = size["layers"]
        heads_ok = reported_heads is None or size["max_heads_per_layer"] <= reported_heads
        if ours < reported_layers and heads_ok:
            return Status.LOOSE, (f"{what}: a {ours}-layer block with heads per layer {size['heads_per_layer']} "
                                  f"has {evidence} — fewer than the reported {reported_layers} layers"), details
        if ours == reported_layers and heads_ok:
            return Status.PROVED, (f"{what}: {ours} layers, heads per layer {size['heads_per_layer']}, as "
                                   f"reported ({evidence})"), details
        return Status.UNKNOWN, (f"{what}: this construction needs {ours} layers, heads {size['heads_per_layer']}; "
                                f"the reported {reported_layers} layers/{reported_heads} heads is not reproduced"), \
            details
    return conclude


# ---------------------------------------------------------------------------
# profiles
# ---------------------------------------------------------------------------

def _barron_ms(profile: str) -> list[int]:
    return [2, 4, 8, 16] if profile == "ci" else [2, 4, 8, 16, 24, 32]


def _stair_ms(profile: str) -> list[int]:
    return [4, 8, 16] if profile == "ci" else [4, 8, 16, 32, 64, 128]


_BARRON_TARGETS = ("square", "reciprocal", "sqrt")


def _mm(profile: str) -> list[int]:
    return [1, 2] if profile == "ci" else [1, 2, 3]


D = matmul.DEFAULTS

CLAIMS = [
    Claim(
        id=f"{_P}.sigmoid.head",
        title="Block (a): one head with a padded softmax outputs c·σ(a·x + b) exactly",
        ref=ref("§6, sigmoid lemma (\"Lemma 5\"?, arXiv v1); notes §8.1", "[S]",
                "One attention head whose softmax is padded with a constant computes c·σ(aᵀx)."),
        construction="giannou2023.sigmoid",
        method="sympy: both layers of the symbolic block (a, b, c symbolic; inputs symbolic in [−K, K]) with the "
               "exact softmax, padding +ln(n − 1) on the data column (or −ln(n − 1) on every other column), proved "
               "equal to their contracts cell by cell",
        expected=(Status.PROVED,),
        obligations=lambda profile: [
            ob(f"{_P}.sigmoid.head", "k=1,data", "sigmoid_head_exact", k=1, padding_side="data", sign=1),
            ob(f"{_P}.sigmoid.head", "k=2,data", "sigmoid_head_exact", k=2, padding_side="data", sign=1),
            ob(f"{_P}.sigmoid.head", "k=1,others", "sigmoid_head_exact", k=1, padding_side="others", sign=1)],
        parameters=lambda profile: {"k": "1, 2", "K": 64, "lambda": 1},
    ),
    Claim(
        id=f"{_P}.sigmoid.padding_sign",
        title="The reported padding: append −log(3d − 1) to a, with the last entry of x set to 1",
        ref=ref("§6, sigmoid lemma, as reported by secondary notes (notes §8.1)", "[S]",
                "Append to each a an extra last entry −log(3d − 1) and set the last entry of x to 1; over the 3d "
                "columns the softmax then gives σ(aᵀx)."),
        construction="giannou2023.sigmoid",
        method="the same symbolic proof with the padding −ln(n − 1) in the data column's score; a certified "
               "counterexample (Arb) when it fails",
        expected=(Status.REFUTED,),
        obligations=lambda profile: [
            ob(f"{_P}.sigmoid.padding_sign", f"k={k}", "sigmoid_head_exact", k=k, padding_side="data", sign=-1)
            for k in (1, 2)],
        parameters=lambda profile: {"k": "1, 2", "n": "4, 8"},
        conclude=_refuted_all,
    ),
    Claim(
        id=f"{_P}.sigmoid.head.bound",
        title="Block (a) as bound (rational padding): certified error against c·σ(ax + b)",
        ref=ref("§6, sigmoid lemma; notes §8.1", "[S]", "One head computes c·σ(aᵀx)."),
        construction="giannou2023.sigmoid",
        method="closed form proved equal to the bound network (sympy), sup error by Arb Taylor-model branch and "
               "bound; rho = ln(n − 1) rounded down to 2^-96",
        expected=(Status.PROVED,),
        obligations=lambda profile: [ob(f"{_P}.sigmoid.head.bound", "example", "sigmoid_head_bound",
                                        a="3/2", b="-1/2", c="2", lo="-4", hi="4")],
        parameters=lambda profile: {"a": "3/2", "b": "-1/2", "c": 2, "x": "[-4, 4]", "padding bits": 96},
        conclude=_certified("certified_error_sigmoid_head"),
    ),
    Claim(
        id=f"{_P}.barron.sums",
        title="Block (b): sums of m sigmoids approximating x², 1/x, √x — certified error vs m",
        ref=ref("§6, Barron corollary (\"Corollary 6\"?, arXiv v1); notes §8.2", "[S]",
                "Σ_{i=1}^m c_i σ(a_iᵀx) approximates f with error O(m^{-1/2})."),
        construction="giannou2023.sigmoid",
        method="least-squares/Lawson coefficients rounded to rationals; closed form proved equal to the bound "
               "network (sympy); sup error on the interval by Arb Taylor-model (order 8) branch and bound to 10 % "
               "tightness; worst point fed to the network (mpmath, 60 digits)",
        expected=(Status.PROVED,),
        obligations=lambda profile: [
            ob(f"{_P}.barron.sums", f"{t}@m={m}", "sigmoid_sum_bound", target=t, recipe="least_squares", m=m)
            for t in _BARRON_TARGETS for m in _barron_ms(profile)],
        parameters=lambda profile: {"targets": "x² on [−1, 1], 1/x on [1/2, 2], √x on [1/4, 4]",
                                    "m": _barron_ms(profile), "lambda": 1},
        conclude=_barron_conclude,
    ),
    Claim(
        id=f"{_P}.barron.sharpness",
        title="Reported rate: error O(m^{-1/2}) when the sharpness τ ≥ m^{1/2} ln m",
        ref=ref("§6, Barron corollary, as reported (notes §8.2)", "[S]",
                "f ∈ Γ_{C,B}, f(0) = 0: error O(m^{-1/2}) provided τ ≥ m^{1/2} ln m."),
        construction="giannou2023.sigmoid",
        method="the smoothed staircase with τ = √m ln m at several m, each sup error certified (Arb); compared "
               "with C·m^{-1/2} and with the derived one-dimensional bound 2.5·L·h + 2L/τ",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda profile: [
            ob(f"{_P}.barron.sharpness", f"{t}@m={m}", "sigmoid_sum_bound", target=t, recipe="staircase", m=m)
            for t in _BARRON_TARGETS for m in _stair_ms(profile)],
        parameters=lambda profile: {"m": _stair_ms(profile), "tau": "√m·ln m (rounded up to 1/1024)"},
        conclude=_sharpness_conclude,
    ),
    Claim(
        id=f"{_P}.sigmoid.reported_size",
        title="Reported size of the sigmoid block: 3 layers, m heads",
        ref=ref("§6, sigmoid lemma, as reported (notes §8.1, §12)", "[S]",
                "Sigmoid block: 3 layers, m heads, dimension O(d)."),
        construction="giannou2023.sigmoid",
        method="exact count of the layers and heads of a sum of m = 4 sigmoids (least squares, x² on [−1, 1]); "
               "the same network proved equal to its closed form (sympy) and its error certified (Arb)",
        expected=(Status.LOOSE,),
        obligations=lambda profile: [
            ob(f"{_P}.sigmoid.reported_size", "size", "block_size", block="sigmoid", k=1, m=4, target="square"),
            ob(f"{_P}.sigmoid.reported_size", "contract", "sigmoid_sum_bound", target="square",
               recipe="least_squares", m=4)],
        parameters=lambda profile: {"m": 4, "target": "x² on [−1, 1]"},
        conclude=_size_vs_reported(3, None, "sigmoid sum"),
    ),
    Claim(
        id=f"{_P}.matmul.exact_form",
        title="Block (c): both layers of the linearised-softmax product meet their contracts",
        ref=ref("§6, multiplication lemma (notes §9.1)", "[S]",
                "A block with 2 layers and 1 head outputs AᵀB + εM with ‖M‖ ≤ 1."),
        construction="giannou2023.matmul",
        method="sympy: exact softmax, ReLUs decided on the box |A|, |B| ≤ 1; layer 2 on symbolic queries",
        expected=(Status.PROVED,),
        obligations=lambda profile: [ob(f"{_P}.matmul.exact_form", f"k={k}", "matmul_exact_form", k=k, c=D["c"],
                                        C=D["C"], G=D["G"], K=D["K"], GA=D["GA"], GB=D["GB"]) for k in _mm(profile)],
        parameters=lambda profile: {**D, "k": _mm(profile)},
    ),
    Claim(
        id=f"{_P}.matmul.bound",
        title="Block (c): certified entrywise error of AᵀB at the default scale c and padding C",
        ref=ref("§6, multiplication lemma (notes §9.1)", "[S]",
                "Output AᵀB + εM, ‖M‖ ≤ 1, ε tuned by a small c and a large padding C."),
        construction="giannou2023.matmul",
        method="per entry, the proved closed form as a function of s = a_i·b̃_j and S = Σ_{l≠i} e^{c a_l·b̃_j}, "
               "bounded by Arb branch and bound over the (relaxed) rectangle, plus the exact copy error; the "
               "derived ε(c, C, k, n, G_A, G_B, G) certified to dominate it; corner inputs through the network",
        expected=(Status.PROVED,),
        obligations=lambda profile: [ob(f"{_P}.matmul.bound", f"k={k}", "matmul_bound", k=k, c=D["c"], C=D["C"],
                                        G=D["G"], K=D["K"], GA=D["GA"], GB=D["GB"]) for k in _mm(profile)],
        parameters=lambda profile: {**D, "k": _mm(profile)},
        conclude=_certified("certified_error_matmul"),
    ),
    Claim(
        id=f"{_P}.matmul.padding",
        title="Block (c): the padding C for a target ε = 1/256 — the formula's C, and the least on a grid",
        ref=ref("§6, multiplication lemma (notes §9.1)", "[S]", "ε is tuned by a small c and a large padding C."),
        construction="giannou2023.matmul",
        method="C from the derived ε formula, certified by Arb there; a grid C (1/4 grid, bisection) with a "
               "certified error ≤ ε, called least only if the network errs by more than ε at every grid point below",
        expected=(Status.PROVED,),
        obligations=lambda profile: [ob(f"{_P}.matmul.padding", "k=2", "matmul_smallest_padding", k=2, c=D["c"],
                                        target="1/256", G=D["G"], K=D["K"], GA=D["GA"], GB=D["GB"])],
        parameters=lambda profile: {"k": 2, "c": D["c"], "target": "1/256"},
    ),
    Claim(
        id=f"{_P}.matmul.reported",
        title="Reported form of the multiplication block: 2 layers, 1 head, AᵀB + εM with ‖M‖ ≤ 1",
        ref=ref("§6, multiplication lemma (notes §9.1, §12)", "[S]",
                "Multiplication block: 2 layers, 1 head, output AᵀB + εM with ‖M‖ ≤ 1."),
        construction="giannou2023.matmul",
        method="exact count of layers and heads; contract proved and entrywise ε certified (the two claims above)",
        expected=(Status.PROVED,),
        obligations=lambda profile: [
            ob(f"{_P}.matmul.reported", "size", "block_size", block="matmul", k=2),
            ob(f"{_P}.matmul.reported", "contract", "matmul_exact_form", k=2, c=D["c"], C=D["C"], G=D["G"],
               K=D["K"], GA=D["GA"], GB=D["GB"]),
            ob(f"{_P}.matmul.reported", "bound", "matmul_bound", k=2, c=D["c"], C=D["C"], G=D["G"], K=D["K"],
               GA=D["GA"], GB=D["GB"])],
        parameters=lambda profile: {**D, "k": 2, "norm": "max |entry| (the reported ‖M‖ is unspecified)"},
        conclude=_size_vs_reported(2, 1, "product AᵀB"),
    ),
    Claim(
        id=f"{_P}.transpose.bound",
        title="Block (d): transpose — contract proved, certified error",
        ref=ref("§6, transpose lemma (notes §9.2)", "[S]", "A block with 4 layers and 1 head transposes a matrix."),
        construction="giannou2023.transpose",
        method="sympy contracts of both layers; exact worst case (linear in A) certified by Arb; network at A = G_A",
        expected=(Status.PROVED,),
        obligations=lambda profile: [ob(f"{_P}.transpose.bound", f"k={k}", "transpose_bound", k=k)
                                     for k in ([1, 2] if profile == "ci" else [1, 2, 3])],
        parameters=lambda profile: {"G": 40, "K": 64, "G_A": 1},
        conclude=_certified("certified_error_transpose"),
    ),
    Claim(
        id=f"{_P}.transpose.reported",
        title="Reported size of the transpose block: 4 layers, 1 head",
        ref=ref("§6, transpose lemma (notes §9.2, §12)", "[S]", "Transpose block: 4 layers, 1 head."),
        construction="giannou2023.transpose",
        method="exact count of layers and heads, with the contract proved",
        expected=(Status.LOOSE,),
        obligations=lambda profile: [ob(f"{_P}.transpose.reported", "size", "block_size", block="transpose", k=2),
                                     ob(f"{_P}.transpose.reported", "contract", "transpose_bound", k=2)],
        parameters=lambda profile: {"k": 2},
        conclude=_size_vs_reported(4, 1, "transpose"),
    ),
    Claim(
        id=f"{_P}.linear.bound",
        title="Elementwise A + B and A − B blocks: contract proved, certified error",
        ref=ref("§6 FLEQ programs use additions and subtractions (notes §10)", "[I]",
                "Elementwise αA + βB as a one-head function block."),
        construction="giannou2023.elementwise",
        method="sympy contract; error linear in the entries, certified by Arb branch and bound; network at the "
               "worst corner",
        expected=(Status.PROVED,),
        obligations=lambda profile: [ob(f"{_P}.linear.bound", f"{nm}@k={k}", "linear_bound", k=k, alpha=a, beta=b)
                                     for nm, a, b in (("add", "1", "1"), ("sub", "1", "-1")) for k in (1, 2)],
        parameters=lambda profile: {"G": 40, "K": 64, "G_A": 1, "G_B": 1},
        conclude=_certified("certified_error_linear"),
    ),
]


# ---------------------------------------------------------------------------
# The FLEQ machine
# ---------------------------------------------------------------------------

_F = f"{_P}.fleq"
_PROGRAM_SIZES = {"ci": {"calculator": None, "newton": 2, "power": 2, "sgd": 1},
                  "full": {"calculator": None, "newton": 4, "power": 4, "sgd": 4}}  # counters ≤ VALUE_BOX
_PROGRAM_TEXT = {
    "calculator": ("a basic calculator: addition, subtraction, multiplication, division and square root",
                   "basic calculator (add, subtract, multiply, divide, square root)"),
    "newton": ("Newton's matrix inversion X ← X(2I − AX)", "approximate matrix inverse (Newton)"),
    "power": ("power iteration v ← Av/‖Av‖", "power iteration"),
    "sgd": ("in-context SGD for linear regression", "in-context SGD (linear model)"),
}


def _program_conclude(claim, outcomes):
    (ob_, o), = outcomes
    details = {}
    traj = o.data.get("trajectory", {}).get("rows", [])
    if traj:
        loops = [r[0] for r in traj]
        details["plots"] = [{
            "title": f"FLEQ {o.data['program']}: error vs loops (mpmath {o.data['digits']} digits, λ = "
                     f"{o.data['lambda']})",
            "kind": "line", "x": loops,
            "series": {"network − reference, result cells": [_pos(r[6]) for r in traj],
                       "network − reference, all cells": [_pos(r[5]) for r in traj],
                       "stated bound (Arb enclosure)": [_pos(r[7]) for r in traj],
                       "local error of the step": [_pos(r[3]) for r in traj],
                       "certified step bound": [_pos(r[4]) for r in traj]},
            "xlabel": "loop", "ylabel": "max |difference|", "logy": True}]
        details["table"] = {"columns": o.data["trajectory"]["columns"], "rows": traj}
    if o.status == Status.SAMPLED_OK:
        details["metrics"] = {
            f"fleq_final_error_{o.data['program']}": _metric(o.data["final_error_vs_direct"]),
            f"fleq_stated_bound_{o.data['program']}": _metric(traj[-1][7])}
        details["function_bounds"] = o.data["function_bounds"]
    return o.status, o.summary, details


def _program_claim(name: str) -> Claim:
    what, short = _PROGRAM_TEXT[name]
    cid = f"{_F}.{name}"
    return Claim(
        id=cid,
        title=f"FLEQ program: {what}, run on the looped transformer with error tracking",
        ref=ref("§6–7, applications of FLEQ (notes §10)", "[S]",
                f"A looped transformer executes {short} as a FLEQ program."),
        construction="giannou2023.fleq",
        method="the program on the FLEQ machine (mpmath 40 digits, softmax at λ = 24), next to the reference "
               "interpreter (ideal functions) loop by loop; each step's error on the network's own operands "
               "against the block's certified bound plus a derived movement term; an Arb enclosure of the "
               "reference with those bounds injected must contain the network; results against the algorithm "
               "written out directly (mpmath)",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda profile: [ob(cid, f"size={_PROGRAM_SIZES[profile][name]}", "fleq_program_run",
                                        program=name, size=_PROGRAM_SIZES[profile][name])],
        parameters=lambda profile: {"size (iterations/epochs)": _PROGRAM_SIZES[profile][name], "lambda": 24,
                                    "digits": 40, "G": 48, "K": 1024, "C": 512},
        conclude=_program_conclude,
    )


def _fleq_size_conclude(claim, outcomes):
    status = fold_statuses(o.status for _, o in outcomes)
    if status != Status.PROVED:
        return status, _first_bad(outcomes, status), {}
    rows, loose, heads_ok = [], True, True
    for _, o in outcomes:
        d = o.data
        rows.append([d["program"], d["layers"], d["max_l"], 9 + d["max_l"], d["max_heads_per_layer"], d["sum_h"]])
        loose = loose and d["layers"] < 9 + d["max_l"]
        heads_ok = heads_ok and d["max_heads_per_layer"] <= d["sum_h"]
    details = {"table": {"columns": ["program", "layers", "max l_m", "reported 9 + max l_m", "max heads per layer",
                                     "Σ h_m"], "rows": rows}}
    if loose and heads_ok:
        # the counts are exact, but that these smaller machines execute FLEQ is only sampled: SAMPLED_OK
        return Status.SAMPLED_OK, ("every machine has 6 + max l_m layers (< the reported 9 + max l_m) and at most "
                              "Σ h_m heads per layer; that these machines execute FLEQ programs is evidenced by "
                              "the program runs (giannou2023.functions.fleq.*, SAMPLED_OK), not proved; note the "
                              "operand-read layer alone has 3 heads, so 'Σ h_m heads' fails for a table with "
                              "Σ h_m < 3"), details
    return Status.UNKNOWN, "the reported counts are not reproduced", details


def _table1_conclude(reported_layers: int, what: str):
    def conclude(claim, outcomes):
        size = next(o for ob_, o in outcomes if ob_.name.startswith("size"))
        runs = [o for ob_, o in outcomes if ob_.name.startswith("run")]
        d = size.data
        details = {"our_layers_serial": d.get("layers"), "heads_per_layer": d.get("heads_per_layer")}
        if size.status != Status.PROVED:
            return size.status, size.summary, details
        fits = d["layers"] <= reported_layers and d["max_heads_per_layer"] <= 1
        if not fits:
            return Status.UNKNOWN, (
                f"{what}: not reproduced — with one head per layer this machine needs {d['layers']} layers "
                f"(its function table has Σ h_m = {d['sum_h']} heads, the sigmoid sum alone one per term); the "
                f"reported {reported_layers} layers with 1 head would need a one-head sigmoid block or a "
                f"normalisation by products only"), details
        run_status = fold_statuses(o.status for o in runs) if runs else Status.PROVED
        if run_status != Status.SAMPLED_OK:
            return run_status, (runs[0].summary if runs else size.summary), details
        return Status.SAMPLED_OK, (
            f"{what}: reproduced — scheduling the same weights with one head per layer gives {d['layers']} "
            f"layers ≤ {reported_layers}, and that machine runs the program ({runs[0].summary.split(';')[0]}); "
            f"the parallel schedule has fewer layers but up to 3 heads per layer"), details
    return conclude


def _count_claim(cid, title, where, tag, statement, reported_layers, programs):
    def conclude(claim, outcomes):
        status = fold_statuses(o.status for _, o in outcomes)
        if status != Status.PROVED:
            return status, _first_bad(outcomes, status), {}
        layers = {o.data["program"]: o.data["layers"] for _, o in outcomes}
        if all(v < reported_layers for v in layers.values()):
            return Status.SAMPLED_OK, (f"the machines have {', '.join(f'{p}: {v}' for p, v in layers.items())} layers, "
                                  f"fewer than {reported_layers} (their correctness is evidenced by the program runs, "
                                  f"SAMPLED_OK)"), {"layers": layers}
        return Status.UNKNOWN, f"layers {layers} against the reported {reported_layers}", {"layers": layers}

    return Claim(id=cid, title=title, ref=ref(where, tag, statement), construction="giannou2023.fleq",
                 method="exact layer count of the FLEQ machine each program runs on; that the machine executes the "
                        "program is sampled (program runs), not proved",
                 expected=(Status.SAMPLED_OK,),
                 obligations=lambda profile: [ob(cid, p, "fleq_size", program=p) for p in programs],
                 parameters=lambda profile: {"programs": list(programs)}, conclude=conclude)


CLAIMS += [
    *(_program_claim(p) for p in ("calculator", "newton", "power", "sgd")),
    Claim(
        id=f"{_F}.size",
        title="FLEQ theorem, as reported: 9 + max_m l_m layers and Σ_m h_m heads",
        ref=ref("§6, FLEQ theorem (notes §7)", "[S]",
                "With function blocks of l_m layers and h_m heads, a looped transformer with 9 + max_m l_m layers, "
                "Σ_m h_m heads and width O(M d + log n) executes FLEQ programs."),
        construction="giannou2023.fleq",
        method="exact counts of the machines the four programs run on (all blocks in parallel); that they "
               "execute FLEQ is sampled by the program runs, not proved",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda profile: [ob(f"{_F}.size", p, "fleq_size", program=p)
                                     for p in ("calculator", "newton", "power", "sgd")],
        parameters=lambda profile: {"programs": "calculator, newton, power, sgd"},
        conclude=_fleq_size_conclude,
    ),
    Claim(
        id=f"{_F}.table1.matrix_inversion",
        title="Table 1, as reported: matrix inversion with 13 layers and 1 head",
        ref=ref("§1, Table 1 (notes §1, §12)", "[S]", "Matrix inversion: 13 layers, 1 head."),
        construction="giannou2023.fleq",
        method="the Newton machine scheduled with one head per layer (same weights): exact count, and a run",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda profile: [
            ob(f"{_F}.table1.matrix_inversion", "size(serial)", "fleq_size", program="newton", serial=True),
            ob(f"{_F}.table1.matrix_inversion", "run(serial)", "fleq_program_run", program="newton",
               size=1 if profile == "ci" else 3, serial=True)],
        parameters=lambda profile: {"iterations": 1 if profile == "ci" else 3, "schedule": "one head per layer"},
        conclude=_table1_conclude(13, "matrix inversion"),
    ),
    Claim(
        id=f"{_F}.table1.power_iteration",
        title="Table 1, as reported: power iteration with 13 layers and 1 head",
        ref=ref("§1, Table 1 (notes §1, §12)", "[S]", "Power iteration: 13 layers, 1 head."),
        construction="giannou2023.fleq",
        method="the power-iteration machine (normalisation by a 16-sigmoid 1/√s) scheduled with one head per "
               "layer: exact count",
        expected=(Status.UNKNOWN,),
        obligations=lambda profile: [
            ob(f"{_F}.table1.power_iteration", "size(serial)", "fleq_size", program="power", serial=True)],
        parameters=lambda profile: {"schedule": "one head per layer", "1/sqrt": "16 sigmoids"},
        conclude=_table1_conclude(13, "power iteration"),
    ),
    Claim(
        id=f"{_F}.table1.sgd",
        title="Table 1, as reported: SGD with 13 layers and 1 head (here: a linear model)",
        ref=ref("§1, Table 1 (notes §1, §10, §12)", "[S]",
                "SGD (reported for a neural network; linear regression here): 13 layers, 1 head."),
        construction="giannou2023.fleq",
        method="the SGD machine scheduled with one head per layer: exact count, and a run",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda profile: [
            ob(f"{_F}.table1.sgd", "size(serial)", "fleq_size", program="sgd", serial=True),
            ob(f"{_F}.table1.sgd", "run(serial)", "fleq_program_run", program="sgd", size=1, serial=True)],
        parameters=lambda profile: {"epochs": 1, "schedule": "one head per layer", "model": "linear"},
        conclude=_table1_conclude(13, "SGD (linear model)"),
    ),
    _count_claim(f"{_F}.calculator_layers", "Calculator with 12 = 9 + 3 layers (sigmoid blocks of 3 layers)",
                 "§6, calculator theorem (notes §7, §10; the count itself is inferred)", "[I]",
                 "A looped transformer with 12 = 9 + 3 layers implements a basic calculator.", 12, ("calculator",)),
    _count_claim(f"{_F}.abstract_13_layers", "arXiv abstract: the programs run on a looped, 13-layer transformer",
                 "abstract (arXiv v1)", "[P]",
                 "… programs that can be executed by a looped, 13-layer transformer.", 13,
                 ("calculator", "newton", "power", "sgd")),
]
