"""Accounting claims of Liang et al. 2025: depth 23 and its block budget, width, parameters, cost.

Each is checked against the reconstructed construction: depth claims are
existence claims ("a 23-layer looped ReLU-MLP can …"), so the padded
23-layer network proved correct makes them true, and the minimal network
proved correct makes them LOOSE when it is strictly shallower.  The
asymptotic claims (width n, O(n log n) parameters and time) cannot be decided
by finitely many sizes and the paper's layout is unknown: they are UNKNOWN
with the reconstruction's exact figures and fitted growth.
"""
from __future__ import annotations

from constructions.liang2025.network import PAPER_BUDGET
from verify.claims import Claim, Status, fold_statuses

from .common import BLOCKS, CONSTRUCTION, obligation, ref, shapes
from .counting import fit_exponent, scaling_family
from .machine import block_obligations

__all__ = ["CLAIMS", "SCALING_N"]

_COUNT = "proofs.liang2025.counting"
SCALING_N = {"ci": [16, 32, 64], "full": [16, 32, 64, 128, 256]}
LOWRANK_N = {"ci": [16, 32], "full": [16, 32, 64]}


def _proofs_ok(outcomes):
    """Every obligation — the block proofs and the depth count — PROVED, else the weakest status."""
    status = fold_statuses(o.status for _, o in outcomes)
    return status == Status.PROVED, status


def _depth_rows(outcomes):
    return next(o.data["networks"] for ob, o in outcomes if ob.task.endswith(":depths"))


def _conclude_total(claim, outcomes):
    ok, status = _proofs_ok(outcomes)
    if not ok:
        return status, "a layer contract of the minimal or the paper-budget network is not proved", {}
    rows = _depth_rows(outcomes)
    paper = {r["depth"] for r in rows if r["budget"] == "paper"}
    minimal = {r["depth"] for r in rows if r["budget"] == "minimal" and r["encoding"] == "01"}
    if paper != {23}:
        return Status.ERROR, f"the paper-budget network has depth {sorted(paper)}, not 23", {}
    (d,) = minimal
    summary = (f"a looped 23-layer ReLU-MLP (paper budget: all ReLU with {{0,1}} bits, or ±1 bits with an affine "
               f"write-back) executes SUBLEQ at every shape checked; sharper: {d} layers, all ReLU ({{0,1}} bits) "
               f"— all proved with z3")
    return (Status.LOOSE if d < 23 else Status.PROVED), summary, {"minimal_depth": d, "paper_depth": 23}


def _conclude_block(block):
    def conclude(claim, outcomes):
        ok, status = _proofs_ok(outcomes)
        if not ok:
            return status, f"a layer contract of block {block} is not proved", {}
        depths = {r["blocks"][block] for r in _depth_rows(outcomes) if r["budget"] == "minimal"}
        (d,) = depths
        budget = PAPER_BUDGET[block]
        if d > budget:
            return Status.UNKNOWN, f"this reconstruction needs {d} layers for {block}, more than the reported {budget}", {}
        return (Status.LOOSE if d < budget else Status.PROVED), \
            f"{block} in {d} layer(s) at every shape checked (reported budget {budget})", {"depth": d, "budget": budget}
    return conclude


def _size_obligations(claim, ns, lowrank, readouts=("folded",)):
    return [obligation(claim, f"n{s[2]}N{s[3]}" + ("" if r == "folded" else f"-{r}"), f"{_COUNT}:sizes",
                       shape=list(s), encoding="01", budget="minimal", lowrank=lowrank, readout=r)
            for r in readouts for s in scaling_family(ns)]


def _growth(outcomes, keys, readout="folded"):
    rows = sorted((o.data for ob, o in outcomes if o.data.get("readout") == readout), key=lambda d: d["n"])
    if len(rows) < 2:
        return rows, {}
    ns = [d["n"] for d in rows]
    return rows, {k: round(fit_exponent(ns, [d[k] for d in rows]), 3) for k in keys if all(k in d for d in rows)}


def _lowrank_note(rows) -> str:
    larger = [d["n"] for d in rows if d.get("lowrank_params", 0) > d["dense_params"]]
    if not larger:
        return ""
    return (f" At n = {larger}, the exact factors U, Vᵀ hold more weights than dense W: every layer copies "
            f"the state, so rank W ≥ the number of copied units (ranks {rows[0].get('ranks')} at n = {rows[0]['n']}).")


def _conclude_unknown(label, keys, reason, note=lambda rows: ""):
    def conclude(claim, outcomes):
        bad = [o for _, o in outcomes if o.status != Status.PROVED]
        if bad:
            return bad[0].status, bad[0].summary, {}
        parts, details = [], {}
        for readout in ("folded", "materialised"):
            rows, slopes = _growth(outcomes, keys, readout)
            if len(rows) < 2:
                continue
            table = "; ".join(f"n={d['n']}: " + ", ".join(f"{k} {d[k]}" for k in keys if k in d) for d in rows)
            slope = ", ".join(f"{k} ~ n^{v}" for k, v in slopes.items())
            parts.append(f"[{readout} read-out] {table}; fitted {slope}.{note(rows)}")
            details[readout] = {"rows": rows, "exponents": slopes}
        return Status.UNKNOWN, f"{reason} Reconstruction (N = 8, m = n/4): " + " ".join(parts), details
    return conclude


CLAIMS = [
    Claim(
        id="liang2025.depth.total",
        title="A looped 23-layer ReLU-MLP is a programmable (SUBLEQ) computer",
        ref=ref("abstract", "[P]", "A looped 23-layer ReLU-MLP is capable of performing the basic necessary "
                "operations, functioning as a programmable computer."),
        construction=CONSTRUCTION,
        method="layer count of the paper-budget and minimal networks; their z3 layer contracts (shared with "
               "liang2025.loop.blocks)",
        expected=(Status.LOOSE,),
        obligations=lambda claim, profile: [obligation(claim, "depths", f"{_COUNT}:depths",
                                                shapes=[list(s) for s in shapes(profile)])]
        + block_obligations(claim, profile),
        conclude=_conclude_total,
    ),
] + [
    Claim(
        id=f"liang2025.depth.{block}",
        title=f"The {block} block fits in {PAPER_BUDGET[block]} ReLU layers",
        ref=ref("§4 Main result (block budget)", "[S]", "23 = read instruction 2 + read data 2 + subtract 7 + "
                "write 2 + next PC 6 + branch 4."),
        construction=CONSTRUCTION,
        method="layer count of the minimal block; its z3 layer contracts at every shape"
               + ("; write shares the [b = i] indicators of read-data" if block == "write" else "")
               + ("; branch includes the state write-back layer" if block == "branch" else ""),
        expected=(Status.PROVED,) if block in ("read-instr", "read-data") else (Status.LOOSE,),
        obligations=lambda claim, profile, block=block: [
            obligation(claim, "depths", f"{_COUNT}:depths",
                       shapes=[list(s) for s in shapes(profile)])]
        + block_obligations(claim, profile, configs=(("01", "minimal"),), blocks=(block,)),
        conclude=_conclude_block(block),
    )
    for block in BLOCKS
] + [
    Claim(
        id="liang2025.width",
        title="The state vector has width n",
        ref=ref("§3–4 (state and encoding)", "[S]", "One state vector of size n holds memory, registers, program "
                "counter and instructions; addresses are log n-dimensional ±1 vectors."),
        construction=CONSTRUCTION,
        method="exact width count of the reconstruction",
        expected=(Status.UNKNOWN,),
        obligations=lambda claim, profile: _size_obligations(claim, SCALING_N[profile], False),
        conclude=_conclude_unknown("width", ["state_width", "max_width"],
                                   "The paper's layout is unknown; this reconstruction's state is mN + 3kL + L "
                                   "bits for n address columns, so it is not n."),
    ),
    Claim(
        id="liang2025.params.lowrank",
        title="A low-rank factorisation brings the parameter count to O(n log n)",
        ref=ref("TL;DR / §6 Discussion", "[S]", "Parameter count O(n log n) after a low-rank decomposition."),
        construction=CONSTRUCTION,
        method="exact rank factorisation W = U Vᵀ of every layer (python-flint over ℚ, product checked equal)",
        expected=(Status.UNKNOWN,),
        obligations=lambda claim, profile: _size_obligations(claim, LOWRANK_N[profile], True),
        conclude=_conclude_unknown("params", ["dense_params", "lowrank_params", "nnz"],
                                   "Asymptotic: undecidable from finitely many sizes.", _lowrank_note),
    ),
    Claim(
        id="liang2025.cost",
        title="One forward pass costs O(n log n) (against O(n²) for the looped transformer)",
        ref=ref("TL;DR", "[S]", "One forward pass costs O(n log n) time, against O(n²) for looped Transformers."),
        construction=CONSTRUCTION,
        method="exact multiply-add counts: dense, and sparse (non-zeros)",
        expected=(Status.UNKNOWN,),
        obligations=lambda claim, profile: _size_obligations(claim, SCALING_N[profile], False,
                                                      ("folded", "materialised")),
        conclude=_conclude_unknown("madds", ["dense_madds", "nnz"],
                                   "Asymptotic: undecidable from finitely many sizes. Sparse cost = non-zeros; "
                                   "with the folded read-out read-data's address match has Θ(m·k·L) weights, "
                                   "with a materialised one (one more layer) Θ((m + k)·L + m·N²)."),
    ),
]
