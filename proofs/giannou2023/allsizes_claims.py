"""Claims: the SUBLEQ loop theorem for every size (``giannou2023.loop.all_sizes``) and its broken-builder sibling.

The evidence is :mod:`.allsizes` (z3 with symbolic sizes on the builders' own
code, run generically); the report says, per layer, "PROVED for all sizes"
or "not PROVED for all sizes: enumerated sizes only" (the enumerated proofs
are ``giannou2023.loop.chained``'s), and why.
"""
from __future__ import annotations

from constructions.giannou2023 import LAYER_NAMES
from verify.claims import Claim, Obligation, Status, fold_statuses

from .allsizes import TRUSTED
from .allsizes_attention import ATTENTION_LAYERS
from .common import ref

__all__ = ["CLAIMS"]

_T = "proofs.giannou2023.allsizes"
ID = "giannou2023.loop.all_sizes"
BROKEN = "giannou2023.loop.all_sizes.broken_bit"
BROKEN_CONTRACT = "giannou2023.loop.all_sizes.broken_contract"

_WHY = {
    "attention": "head form read from the generic weights; tie structure {0, t} / {t, 0} / {j} from the codes "
                 "lemma (p_i·p_j = L − 2·Hamming, by induction on L); per column class and generic row, z3",
    "feed-forward": "per column class, a generic row of each written block at a symbolic offset, z3 with N and "
                    "L symbolic; sums over bits replaced by induction lemmas",
}


def _conformance_shapes(profile: str) -> list[list[int]]:
    if profile == "ci":
        return [[1, 2, 4, 2], [2, 1, 4, 3], [2, 3, 8, 3], [4, 6, 16, 6], [8, 8, 32, 8]]
    from .blocks import proof_shapes
    return [list(s) for s in proof_shapes(profile)] + [[8, 16, 64, 12], [16, 32, 128, 16]]


def _ob(claim: Claim, name: str, task: str, **args) -> Obligation:
    return Obligation(claim.id, name, f"{_T}:{task}", tuple(sorted(args.items())))


def _obligations(claim: Claim, profile: str):
    obs = [_ob(claim, "lemmas", "prove_lemmas_all_sizes")]
    obs += [_ob(claim, f"layer/{name}", "prove_layer_all_sizes", layer=name) for name in LAYER_NAMES]
    small = [s for s in _conformance_shapes(profile) if s[2] <= (16 if profile == "ci" else 32)]
    obs += [_ob(claim, "chain", "prove_chain_all_sizes", shapes=small),
            _ob(claim, "stages", "prove_stage_sets_all_sizes"),
            _ob(claim, "conformance", "weights_conformance", shapes=_conformance_shapes(profile))]
    return obs


def _conclude(claim, outcomes):
    by_name = {ob.name: o for ob, o in outcomes}
    rows = []
    for name in LAYER_NAMES:
        o = by_name.get(f"layer/{name}")
        kind = "attention" if name in ATTENTION_LAYERS else "feed-forward"
        if o is not None and o.status == Status.PROVED:
            verdict, why = "PROVED for all sizes", f"{_WHY[kind]} ({o.data.get('queries')} queries)"
        else:
            verdict = "not PROVED for all sizes: enumerated sizes only (see giannou2023.loop.chained)"
            why = o.summary if o is not None else "no all-sizes obligation"
        rows.append([name, verdict, why])
    for key, what in (("chain", "contracts compose to one SUBLEQ step"),
                      ("stages", "each layer's input lies in the set its proof assumes"), ("lemmas", "induction lemmas"),
                      ("conformance", "generic formulas = built weights")):
        o = by_name.get(key)
        verdict = str(o.status) if o else "missing"
        if key in ("chain", "stages") and o is not None and o.status == Status.PROVED:
            verdict = "PROVED for all sizes"
        rows.append([key, verdict, o.summary if o else what])
    status = fold_statuses(o.status for _, o in outcomes)
    details = {"table": {"columns": ["block", "status", "why"], "rows": rows}, "trusted restatements": list(TRUSTED)}
    done = sum(r[1] == "PROVED for all sizes" for r in rows[:10])
    if status == Status.PROVED:
        summary = (f"all ten layers meet their per-row contracts for all sizes (every N ≥ 2, log n ≥ 2, s, m; "
                   f"tie-averaging hardmax, C = 100, ε = 1/4) on the builders' own code run with symbolic sizes, and "
                   f"contracts.py's ten contracts compose to subleq_step for all sizes, each layer's input lying in the "
                   f"set its proof assumes (z3 on the contracts' own code, run at word level); what is not "
                   f"machine-checked beyond the enumerated sizes: that each layer's per-row restatement equals its "
                   f"contract in contracts.py (checked at the enumerated machines) — see 'trusted restatements'; "
                   f"{by_name['conformance'].summary}")
    else:
        summary = f"{done}/10 layers PROVED for all sizes; " + "; ".join(
            f"{ob.name}: {o.summary}" for ob, o in outcomes if o.status != Status.PROVED)[:600]
    return status, summary, details


def _broken_conclude(claim, outcomes):
    status = fold_statuses(o.status for _, o in outcomes)
    refuted = [o for _, o in outcomes if o.status == Status.REFUTED]
    if refuted and all(o.status == Status.REFUTED for _, o in outcomes):
        return Status.REFUTED, "; ".join(o.summary for o in refuted), {}
    return status, next((o.summary for _, o in outcomes if o.status != Status.REFUTED), ""), {}


CLAIMS = [
    Claim(
        id=ID,
        title="Every size: each SUBLEQ layer meets its per-row contract for all N ≥ 2, log n ≥ 2, and the ten "
              "contracts compose to one SUBLEQ step for all sizes (sizes symbolic; the per-row restatements of the "
              "contracts are checked at the enumerated sizes)",
        ref=ref("§5.1, SUBLEQ theorem", "[S]",
                "A looped transformer with width O(log n + N) emulates SUBLEQ, for any n and N."),
        construction="giannou2023.subleq",
        method="generic execution of the builders (weights as formulas in L, N and a generic index); per layer, "
               "z3 on a generic row of each column class with the sizes symbolic; induction lemmas (base + step "
               "queries) for bit sums, carries, the zero test, code inner products and two's complement; the "
               "formulas checked against the built weights at listed machines; the composition by z3 on "
               "contracts.py's own code run at word level with the sizes symbolic (proofs.giannou2023.word_exec)",
        expected=(Status.PROVED,),
        obligations=_obligations,
        parameters=lambda profile: {"sizes": "every N ≥ 2, log n ≥ 2, s ≥ 1, m ≥ 1 with s + m < n", "C": 100,
                                    "eps": "1/4", "conformance machines": _conformance_shapes(profile)},
        conclude=_conclude,
    ),
    Claim(
        id=BROKEN,
        title="The all-sizes argument refutes a +1 adder broken at one bit position",
        ref=ref("§5.1 (a deliberately broken adder)", "[I]", "(bit 3 of the +1 adder gets one extra unit)"),
        construction="giannou2023.subleq (variant)",
        method="the all-sizes z3 queries on the broken builder; the symbolic model replayed on a concrete machine",
        expected=(Status.REFUTED,),
        obligations=lambda claim, profile: [_ob(claim, "add_one_bit3", "prove_layer_all_sizes", layer="add_one",
                                         variant="add_one_bit3")],
        parameters=lambda profile: {"variant": "add_one_bit3"},
        conclude=_broken_conclude,
    ),
    Claim(
        id=BROKEN_CONTRACT,
        title="The every-size composition proof refutes a flag contract that jumps on < 0 instead of ≤ 0",
        ref=ref("§5.1 (a deliberately broken flag contract)", "[I]", "(SUBLEQ jumps when the result is ≤ 0)"),
        construction="giannou2023.subleq (contract variant)",
        method="the word-level composition queries with contract 7 swapped; the z3 model replayed as a machine "
               "state on the concrete contracts",
        expected=(Status.REFUTED,),
        obligations=lambda claim, profile: [_ob(claim, "flag_strict", "prove_chain_all_sizes",
                                                variant="flag_strict")],
        parameters=lambda profile: {"variant": "flag_strict"},
        conclude=_broken_conclude,
    ),
]
