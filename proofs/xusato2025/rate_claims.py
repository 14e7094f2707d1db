"""Claims: the rate of Theorem 3.6 (both transcriptions, §B.4 [S]) against our block's certified error."""
from __future__ import annotations

from verify.claims import Claim, Status, default_conclude

from .common import obligation, ref

__all__ = ["CLAIMS"]

_DS = {"ci": [2, 3, 4, 6, 8, 12], "full": [2, 3, 4, 6, 8, 12, 16, 24]}
_TARGETS = {"lipschitz": "lipschitz x_n", "holder": "holder sqrt(x_n)", "contextual": "contextual (x_1+x_2)/2"}


def _with_plots(claim, outcomes):
    status, summary, details = default_conclude(claim, outcomes)
    plots = [p for _, o in outcomes for p in o.data.get("plots", [])]
    return status, summary, {**details, "plots": plots}


def _claim(key: str, target: str) -> Claim:
    cid = f"xusato2025.rate.{key}"
    return Claim(
        id=cid,
        title=f"Theorem 3.6's rate against our block's certified L² error: {target}",
        ref=ref("Theorem 3.6", "[S]", "‖L₂∘TF^{∘r}∘L₁ − f‖_{L^p} ≤ (Nd)^{1/p}[ω^tok(δ√d) + ω^cont(δ√(Nd)) + "
                "ω(δ√(Nd))] + O(…) (variant A) or (Nd)^{1/p}(ω^tok + ω^cont) + ω(δ√(Nd)) + … (variant B), "
                "δ = ((r − N)/2)^{-1/((N+1)d+1)}; the two secondary sources disagree."),
        construction="xusato2025.block",
        method="L² error on the good region integrated box by box in closed form (exact rationals, Arb balls at "
               "128 bits for √); leading terms of both variants at our r; d = 1, N = 2, p = 2, Q = 1024",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda claim, profile: [obligation(claim, "series", "proofs.xusato2025.rate:rate_series",
                                                target=target, Ds=_DS[profile])],
        parameters=lambda profile: {"d": 1, "N": 2, "p": 2, "Q": 1024, "D": _DS[profile]},
        conclude=_with_plots,
    )


CLAIMS = [_claim(k, t) for k, t in _TARGETS.items()]
