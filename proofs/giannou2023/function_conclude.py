"""Shared pieces of the function-block and FLEQ claims (:mod:`.functions`, :mod:`.fleq_claims`).

:func:`ob` names an obligation's task by function name (the module is looked up
in :data:`TASK_MODULES`); the conclude functions fold the obligations'
outcomes into a claim's status, with certified bounds as regression metrics
(``details["metrics"]``, lower is better) and plots (``details["plots"]``).
"""
from __future__ import annotations

import math

from verify.claims import Claim, Obligation, Status, claim_id, fold_statuses

__all__ = ["PREFIX", "TASK_MODULES", "ob", "first_bad", "log_value", "metric", "bounds_table",
           "certified_conclude", "refuted_all", "barron_conclude", "sharpness_conclude", "size_vs_reported"]

PREFIX = "giannou2023.functions"

#: The module of every task the function and FLEQ claims use.
TASK_MODULES = {
    **{t: "sigmoid_tasks" for t in ("sigmoid_head_exact", "sigmoid_sum_bound", "sigmoid_head_bound")},
    **{t: "matmul_tasks" for t in ("matmul_exact_form", "matmul_bound", "matmul_smallest_padding")},
    **{t: "linear_tasks" for t in ("transpose_bound", "linear_bound", "block_size")},
    **{t: "fleq_tasks" for t in ("fleq_size", "fleq_program_run")},
}


def ob(claim: Claim | str, name: str, task: str, **args) -> Obligation:
    """An obligation of ``claim`` (the Claim, or its id): ``task(**args)``; ``task`` is a function name of
    :data:`TASK_MODULES`."""
    return Obligation(claim_id(claim), name, f"proofs.giannou2023.{TASK_MODULES[task]}:{task}", tuple(sorted(args.items())))


def first_bad(outcomes, status):
    return next((o.summary for _, o in outcomes if o.status == status), "")


def _clean(name: str) -> str:
    return name.replace("=", "").replace(",", "_").replace("@", "_").replace("/", "_")


def log_value(v):
    """A value for a logarithmic axis: positive numbers stay, anything else leaves a gap (None)."""
    return float(v) if v is not None and v > 0 else None


def metric(value: float) -> dict:
    return {"value": float(value), "better": "lower", "tolerance": 1e-6}


# ---------------------------------------------------------------------------
# conclude functions
# ---------------------------------------------------------------------------


def bounds_table(outcomes, name_of) -> dict:
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


def certified_conclude(metric_prefix: str):
    """All obligations PROVED; one metric per obligation (``<prefix>_<obligation name>``)."""
    def conclude(claim, outcomes):
        status = fold_statuses(o.status for _, o in outcomes)
        details = {"table": bounds_table(outcomes, None)}
        metrics = {}
        for ob_, o in outcomes:
            cert = o.data.get("certified", (o.data.get("bound") or {}).get("certified"))
            if o.status == Status.PROVED and cert is not None:
                metrics[f"{metric_prefix}_{_clean(ob_.name)}"] = metric(cert)
        details["metrics"] = metrics
        if status != Status.PROVED:
            return status, first_bad(outcomes, status), details
        parts = []
        for ob_, o in outcomes:
            cert = o.data.get("certified", (o.data.get("bound") or {}).get("certified"))
            wit = o.data.get("network_witness_error", o.data.get("network_error_at_witness"))
            parts.append(f"{ob_.name}: ≤ {cert:.3g} (witnessed {wit:.3g})")
        return Status.PROVED, "certified: " + "; ".join(parts), details
    return conclude


def refuted_all(claim, outcomes):
    status = fold_statuses(o.status for _, o in outcomes)
    if all(o.status == Status.REFUTED for _, o in outcomes):
        return Status.REFUTED, outcomes[0][1].summary, {}
    if status == Status.PROVED:
        return Status.PROVED, "the reported form holds", {}
    return status, first_bad(outcomes, status) or "mixed outcomes", {}


def barron_conclude(claim, outcomes):
    status = fold_statuses(o.status for _, o in outcomes)
    details = {"table": bounds_table(outcomes, None), "metrics": {}}
    ms = sorted({o.data["m"] for _, o in outcomes if "m" in o.data})
    series = {}
    for ob_, o in outcomes:
        if o.status == Status.PROVED:
            details["metrics"][f"certified_error_barron_{o.data['target']}_m{o.data['m']}"] = \
                metric(o.data["bound"]["certified"])
            series.setdefault(f"{o.data['target']} (certified)", {})[o.data["m"]] = o.data["bound"]["certified"]
    if ms:
        ref_series = {f"Barron rate m^-1/2 (scaled to {name.split()[0]} at m = {ms[0]})":
                      {m: vals[ms[0]] * (ms[0] / m) ** 0.5 for m in ms} for name, vals in series.items()
                      if ms[0] in vals}
        all_series = {**series, **ref_series}
        details["plots"] = [{
            "title": "Sums of m padded-softmax sigmoids (least squares): certified sup error vs m",
            "kind": "line", "x": ms,
            "series": {name: [log_value(vals.get(m)) for m in ms] for name, vals in all_series.items()},
            "xlabel": "m (heads = sigmoids)", "ylabel": "certified sup |network − f|", "logy": True}]
    if status != Status.PROVED:
        return status, first_bad(outcomes, status), details
    rates = []
    for name, vals in series.items():
        mm = sorted(vals)
        if len(mm) >= 2 and vals[mm[-1]] > 0:
            slope = math.log(vals[mm[0]] / vals[mm[-1]]) / math.log(mm[-1] / mm[0])
            rates.append(f"{name.split()[0]} ~ m^-{slope:.2f}")
    return Status.PROVED, (f"every sum certified on its interval (m = {', '.join(map(str, ms))}); observed decay "
                           + ", ".join(rates) + " — far faster than the Barron rate m^-1/2 in one dimension"), details


def sharpness_conclude(claim, outcomes):
    status = fold_statuses(o.status for _, o in outcomes)
    details = {"table": bounds_table(outcomes, None)}
    if status != Status.PROVED:
        return status, first_bad(outcomes, status), details
    from .sigmoid_tasks import staircase_derived_bound

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
        "kind": "line", "x": ms, "series": {n: [log_value(v.get(m)) for m in ms] for n, v in all_series.items()},
        "xlabel": "m", "ylabel": "certified sup error", "logy": True}]
    details["error_times_sqrt_m"] = {f"{o.data['target']} m={o.data['m']}": round(o.data["bound"]["certified"]
                                                                                   * math.sqrt(o.data["m"]), 4)
                                     for _, o in outcomes}
    if not below:
        # a certified *upper* bound above the derived bound shows no point where the network exceeds it
        return Status.UNKNOWN, ("a certified error bound exceeds the derived 1-D bound 2.5Lh + 2L/τ (an upper "
                                "bound, not a witness: the derived bound is neither confirmed nor refuted)"), details
    return Status.SAMPLED_OK, (f"at τ = √m ln m the certified errors satisfy error ≤ {K:.3g}·m^-1/2 at every m tested "
                               f"({', '.join(map(str, ms))}) and stay below the derived 1-D bound 2.5Lh + 2L/τ, which "
                               f"is O(m^-1/2) already for τ ≥ √m: the ln m is not needed in one dimension (an "
                               f"asymptotic statement: checked at these m only)"), details


def size_vs_reported(reported_layers: int, reported_heads: int | None, what: str):
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
            return status, first_bad(outcomes, status), details
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


