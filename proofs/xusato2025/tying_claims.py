"""Claims about weight tying (Lemma 4.1 [S]) and the timestep fix (Theorem 4.2 [S])."""
from __future__ import annotations

from verify.claims import Claim, Status

from .common import obligation, ref

__all__ = ["CLAIMS"]

_T = "proofs.xusato2025.tying"

CLAIMS = [
    Claim(
        id="xusato2025.tying.sweep_lower_bound",
        title="A weight-tied sweep (id + FF)^{K−1} cannot fit an arbitrary label sequence: exact lower bounds",
        ref=ref("Lemma 4.1", "[S]", "A weight-tied (id + FF)^{K−1} cannot exactly fit an arbitrary label sequence "
                "{y_k}. Checked on our reconstruction: the sweep of Theorem 4.2 with η frozen (tied), whose outputs "
                "are a + c·k."),
        construction="xusato2025.sweep",
        method="exact Chebyshev minimum over all real (a, c) (convex, piecewise linear: every breakpoint evaluated), "
               "checked against the network's outputs at the optimum",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [obligation(claim, s, f"{_T}:tied_sweep",
                                                sequence=s, check="lower_bound") for s in ("alternating8", "step6")],
    ),
    Claim(
        id="xusato2025.tying.sweep_jump_bound",
        title="The tied sweep's error is at most the largest jump max_k |y_k − y_{k−1}|",
        ref=ref("Lemma 4.1", "[S]", "The per-coordinate error of the weight-tied (id + FF)^{K−1} is controlled by "
                "max_k |(y_k − y_{k−1})_i|. Checked on our reconstruction (the sweep with η frozen); the paper's "
                "tied block may differ."),
        construction="xusato2025.sweep",
        method="exact Chebyshev minimum over all real (a, c) on explicit sequences",
        expected=(Status.REFUTED,),
        obligations=lambda claim, profile: [obligation(claim, s, f"{_T}:tied_sweep",
                                                sequence=s, check="jump_bound")
                                     for s in ("alternating8", "step6", "tent7", "tent11")],
    ),
    Claim(
        id="xusato2025.tying.finite_labels",
        title="No weight-tied block fits every label sequence exactly, even over a finite label set",
        ref=ref("Lemma 4.1", "[I]", "Our reading of Lemma 4.1 taken literally: no weight-tied looped block fits "
                "every label sequence exactly. Tested for labels in {0, 1/Q, …, 1} (the limitation can only hold "
                "for real labels, or for widths independent of the label precision)."),
        construction="xusato2025.block",
        method="our tied three-stage block run in exact arithmetic on every grid input for every table over 0..Q",
        expected=(Status.REFUTED,),
        obligations=lambda claim, profile: [
            obligation(claim, f"d1N{n}D2Q{q}", f"{_T}:finite_labels", shape=[1, n, 2, q])
            for n, q in ((1, 1), (1, 2)) + (((2, 1),) if profile == "full" else ())],
    ),
    Claim(
        id="xusato2025.timestep.fix",
        title="With η(t) ⊙ FF the looped block maps every ID k to y_k exactly, for every real label sequence",
        ref=ref("Theorem 4.2", "[S]", "Replacing FF by η(t) ⊙ FF makes the fit exact: "
                "|L₂ ∘ (id + η⊙FF)^{K−1} ∘ L₁(k) − y_k|_i = 0."),
        construction="xusato2025.sweep",
        method="the sweep evaluated with the labels as free sympy symbols (every ReLU argument is an integer), "
               "so the identity holds for all real labels at each (K, d)",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [obligation(claim, f"K{K}d{d}", f"{_T}:timestep_fit", K=K, d=d)
                                     for K, d in ((2, 1), (5, 1), (6, 2)) + (((12, 3),) if profile == "full" else ())],
    ),
    Claim(
        id="xusato2025.timestep.dims",
        title="With the timestep fix, embedding 4d and FFN width 6d suffice (from 12d and 18d)",
        ref=ref("Theorem 4.2", "[S]", "η: ℕ → R^{4d}; the needed embedding dimension drops from 12d to 4d and the FFN "
                "width from 18d to 6d."),
        construction="xusato2025.sweep",
        method="sizes of our timestep sweep read off its feed-forward part, d = 1..6 (the tied 12d / 18d side "
               "concerns the paper's own tied block and is not checked)",
        expected=(Status.LOOSE, Status.PROVED),
        obligations=lambda claim, profile: [obligation(claim, "sizes", f"{_T}:sweep_dims",
                                                paper_embedding=[4, 0], paper_ffn=[6, 0])],
    ),
]
