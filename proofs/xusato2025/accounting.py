"""Claims about loop counts, the δ budget, the sequence-ID separation and the released code's parameter counts."""
from __future__ import annotations

from constructions.xusato2025 import XSShape
from verify.claims import Claim, Status

from .common import code_ref, obligation, ref
from .construction import CI_SHAPES, FULL_SHAPES

__all__ = ["CLAIMS"]

_B = "proofs.xusato2025.budget"

_STAGES = {
    "quantise": ("δ^{-1} − 1", "Token quantisation takes δ^{-1} − 1 loops."),
    "context": ("N", "The contextual mapping (sequence ID) takes N loops."),
    "values": ("2δ^{-(N+1)d} − 1", "The value mapping takes 2δ^{-(N+1)d} − 1 loops."),
}


def _stage_claim(stage: str) -> Claim:
    cid = f"xusato2025.loops.{stage}"
    count, statement = _STAGES[stage]
    return Claim(
        id=cid,
        title=f"Stage '{stage}' takes {count} loops",
        ref=ref("§3, proof of Theorem 3.6", "[S]", statement),
        construction="xusato2025.block",
        method="our block run in exact arithmetic on every grid input, loop by loop, until the stage is done for all; "
               "compared with the reported count (our value stage is an exact Q-level table lookup)",
        expected=(Status.PROVED, Status.LOOSE),
        obligations=lambda claim, profile: [
            obligation(claim, XSShape(*s).label(), "proofs.xusato2025.stages:stage_loops", shape=list(s), stage=stage)
            for s in CI_SHAPES + (FULL_SHAPES[:1] if profile == "full" else [])],
        parameters=lambda profile: {"stage": stage},
    )


def _rounding_claim(rounding: str, expected: Status) -> Claim:
    cid = f"xusato2025.budget.{rounding}"
    return Claim(
        id=cid,
        title=f"With δ^{{-1}} = {rounding}(((r − N)/2)^{{1/((N+1)d+1)}}) the stages fit in r loops",
        ref=ref("Theorem 3.6", "[S]", "δ = ((r − N)/2)^{-1/((N+1)d+1)} (how a non-integer δ^{-1} is rounded is "
                "not stated)."),
        construction="xusato2025.budget",
        method="exact search over r ≤ 400, N ≤ 4, d ≤ 3 (smallest r first); z3 for the floor case for all r",
        expected=(expected,),
        obligations=lambda claim, profile: [obligation(claim, rounding, f"{_B}:budget_rounding", rounding=rounding)],
        parameters=lambda profile: {"rounding": rounding, "r_max": 400},
    )


def _params_claim(model: str, reported: str, digits: int, where: str) -> Claim:
    cid = f"xusato2025.code.params.{model}"
    return Claim(
        id=cid,
        title=f"The released {model.upper()} has {reported}M parameters",
        ref=code_ref(where, f"{model.upper()} (d = 768, vocabulary 50304, block 1024) has {reported}M parameters "
                     "(run name; the precise figure is our reference notes' recomputation)."),
        construction="kevin671/tmlt",
        method="parameter count recomputed module by module from model.py and the configs",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [obligation(claim, model, "proofs.xusato2025.params:param_count", model=model,
                                                reported=reported, digits=digits)],
        parameters=lambda profile: {"d": 768, "vocab": 50304, "block": 1024, "bias": False},
    )


CLAIMS = [
    *[_stage_claim(s) for s in _STAGES],
    Claim(
        id="xusato2025.budget.integer",
        title="With δ = ((r − N)/2)^{-1/((N+1)d+1)} and δ^{-1} an integer, the three stages fit in r loops",
        ref=ref("Theorem 3.6", "[S]", "r > N loops and δ = ((r − N)/2)^{-1/((N+1)d+1)} suffice for the stages "
                "(δ^{-1} − 1) + N + (2δ^{-(N+1)d} − 1)."),
        construction="xusato2025.budget",
        method="z3 (nonlinear real arithmetic) on D − 2 + 2P ≤ 2PD for D ≥ 2, P = D^{(N+1)d} ≥ D; the sharper "
               "budget proved strictly below",
        expected=(Status.LOOSE,),
        obligations=lambda claim, profile: [obligation(claim, "z3", f"{_B}:budget_integer")],
    ),
    _rounding_claim("floor", Status.PROVED),
    _rounding_claim("ceil", Status.REFUTED),
    _rounding_claim("nearest", Status.REFUTED),
    Claim(
        id="xusato2025.separation.strict",
        title="Distinct sorted ID tuples have sequence IDs more than 1 apart",
        ref=ref("§3, contextual mapping", "[S]", "|u^T z − u^T z'| > 1 for distinct sorted ID tuples."),
        construction="xusato2025.sequence_id",
        method="every multiset of N token IDs enumerated, exact integers (D ≤ 3, d ≤ 2, N ≤ 3)",
        expected=(Status.REFUTED,),
        obligations=lambda claim, profile: [obligation(claim, "enumerate", f"{_B}:separation",
                                                strict=True)],
    ),
    Claim(
        id="xusato2025.separation.weak",
        title="Distinct sorted ID tuples have sequence IDs at least 1 apart (and 1 is attained)",
        ref=ref("§3, contextual mapping", "[I]", "|u^T z − u^T z'| ≥ 1 for distinct sorted ID tuples (base-δ^{-d} "
                "digits), the corrected form of the transcribed '> 1'."),
        construction="xusato2025.sequence_id",
        method="every multiset of N token IDs enumerated, exact integers (D ≤ 3, d ≤ 2, N ≤ 3)",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [obligation(claim, "enumerate", f"{_B}:separation",
                                                strict=False)],
    ),
    _params_claim("lt", "46.50", 2, "config/train_lt.py (run name lt-46.5M-24), model.py LoopedGPT"),
    _params_claim("tmlt", "49.65", 2, "config/train_tmlt.py (run name tmlt-49.6M-48), model.py TMLT"),
]
