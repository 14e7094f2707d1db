"""Claims about the function blocks of Giannou et al. 2023 (notes §8–§9); the FLEQ claims are in
:mod:`.fleq_claims` and appended to :data:`CLAIMS`.

The blocks are approximate, so their claims carry *certified* error bounds:
an Arb branch and bound of a closed form that sympy proved equal to the
bound network (:mod:`.sigmoid_tasks`, :mod:`.matmul_tasks`,
:mod:`.linear_tasks`), with the worst point fed back to the network.  Each
certified bound is a regression metric
(``details["metrics"]``, lower is better); error-versus-m and
error-versus-loops curves are ``details["plots"]``.

The paper's reported forms (reference notes, mostly [S]) are claims whose
expected status is what the tool finds: the padding sign is refuted, the
reported block sizes are loose against these constructions, and so on.
"""
from __future__ import annotations

from constructions.giannou2023 import matmul
from verify.claims import Claim, Status

from .common import ref
from .fleq_claims import CLAIMS as FLEQ_CLAIMS
from .function_conclude import (PREFIX, barron_conclude, certified_conclude, ob, refuted_all, sharpness_conclude,
                                size_vs_reported)

__all__ = ["CLAIMS"]

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
        id=f"{PREFIX}.sigmoid.head",
        title="Block (a): one head with a padded softmax outputs c·σ(a·x + b) exactly",
        ref=ref("§6, sigmoid lemma (\"Lemma 5\"?, arXiv v1); notes §8.1", "[S]",
                "One attention head whose softmax is padded with a constant computes c·σ(aᵀx)."),
        construction="giannou2023.sigmoid",
        method="sympy: both layers of the symbolic block (a, b, c symbolic; inputs symbolic in [−K, K]) with the "
               "exact softmax, padding +ln(n − 1) on the data column (or −ln(n − 1) on every other column), proved "
               "equal to their contracts cell by cell",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [
            ob(claim, "k=1,data", "sigmoid_head_exact", k=1, padding_side="data", sign=1),
            ob(claim, "k=2,data", "sigmoid_head_exact", k=2, padding_side="data", sign=1),
            ob(claim, "k=1,others", "sigmoid_head_exact", k=1, padding_side="others", sign=1)],
        parameters=lambda profile: {"k": "1, 2", "K": 64, "lambda": 1},
    ),
    Claim(
        id=f"{PREFIX}.sigmoid.padding_sign",
        title="The reported padding: append −log(3d − 1) to a, with the last entry of x set to 1",
        ref=ref("§6, sigmoid lemma, as reported by secondary notes (notes §8.1)", "[S]",
                "Append to each a an extra last entry −log(3d − 1) and set the last entry of x to 1; over the 3d "
                "columns the softmax then gives σ(aᵀx)."),
        construction="giannou2023.sigmoid",
        method="the same symbolic proof with the padding −ln(n − 1) in the data column's score; a certified "
               "counterexample (Arb) when it fails",
        expected=(Status.REFUTED,),
        obligations=lambda claim, profile: [
            ob(claim, f"k={k}", "sigmoid_head_exact", k=k, padding_side="data", sign=-1)
            for k in (1, 2)],
        parameters=lambda profile: {"k": "1, 2", "n": "4, 8"},
        conclude=refuted_all,
    ),
    Claim(
        id=f"{PREFIX}.sigmoid.head.bound",
        title="Block (a) as bound (rational padding): certified error against c·σ(ax + b)",
        ref=ref("§6, sigmoid lemma; notes §8.1", "[S]", "One head computes c·σ(aᵀx)."),
        construction="giannou2023.sigmoid",
        method="closed form proved equal to the bound network (sympy), sup error by Arb Taylor-model branch and "
               "bound; rho = ln(n − 1) rounded down to 2^-96",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [ob(claim, "example", "sigmoid_head_bound",
                                        a="3/2", b="-1/2", c="2", lo="-4", hi="4")],
        parameters=lambda profile: {"a": "3/2", "b": "-1/2", "c": 2, "x": "[-4, 4]", "padding bits": 96},
        conclude=certified_conclude("certified_error_sigmoid_head"),
    ),
    Claim(
        id=f"{PREFIX}.barron.sums",
        title="Block (b): sums of m sigmoids approximating x², 1/x, √x — certified error vs m",
        ref=ref("§6, Barron corollary (\"Corollary 6\"?, arXiv v1); notes §8.2", "[S]",
                "Σ_{i=1}^m c_i σ(a_iᵀx) approximates f with error O(m^{-1/2})."),
        construction="giannou2023.sigmoid",
        method="least-squares/Lawson coefficients rounded to rationals; closed form proved equal to the bound "
               "network (sympy); sup error on the interval by Arb Taylor-model (order 8) branch and bound to 10 % "
               "tightness; worst point fed to the network (mpmath, 60 digits)",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [
            ob(claim, f"{t}@m={m}", "sigmoid_sum_bound", target=t, recipe="least_squares", m=m)
            for t in _BARRON_TARGETS for m in _barron_ms(profile)],
        parameters=lambda profile: {"targets": "x² on [−1, 1], 1/x on [1/2, 2], √x on [1/4, 4]",
                                    "m": _barron_ms(profile), "lambda": 1},
        conclude=barron_conclude,
    ),
    Claim(
        id=f"{PREFIX}.barron.sharpness",
        title="Reported rate: error O(m^{-1/2}) when the sharpness τ ≥ m^{1/2} ln m",
        ref=ref("§6, Barron corollary, as reported (notes §8.2)", "[S]",
                "f ∈ Γ_{C,B}, f(0) = 0: error O(m^{-1/2}) provided τ ≥ m^{1/2} ln m."),
        construction="giannou2023.sigmoid",
        method="the smoothed staircase with τ = √m ln m at several m, each sup error certified (Arb); compared "
               "with C·m^{-1/2} and with the derived one-dimensional bound 2.5·L·h + 2L/τ",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda claim, profile: [
            ob(claim, f"{t}@m={m}", "sigmoid_sum_bound", target=t, recipe="staircase", m=m)
            for t in _BARRON_TARGETS for m in _stair_ms(profile)],
        parameters=lambda profile: {"m": _stair_ms(profile), "tau": "√m·ln m (rounded up to 1/1024)"},
        conclude=sharpness_conclude,
    ),
    Claim(
        id=f"{PREFIX}.sigmoid.reported_size",
        title="Reported size of the sigmoid block: 3 layers, m heads",
        ref=ref("§6, sigmoid lemma, as reported (notes §8.1, §12)", "[S]",
                "Sigmoid block: 3 layers, m heads, dimension O(d)."),
        construction="giannou2023.sigmoid",
        method="exact count of the layers and heads of a sum of m = 4 sigmoids (least squares, x² on [−1, 1]); "
               "the same network proved equal to its closed form (sympy) and its error certified (Arb)",
        expected=(Status.LOOSE,),
        obligations=lambda claim, profile: [
            ob(claim, "size", "block_size", block="sigmoid", k=1, m=4, target="square"),
            ob(claim, "contract", "sigmoid_sum_bound", target="square",
               recipe="least_squares", m=4)],
        parameters=lambda profile: {"m": 4, "target": "x² on [−1, 1]"},
        conclude=size_vs_reported(3, None, "sigmoid sum"),
    ),
    Claim(
        id=f"{PREFIX}.matmul.exact_form",
        title="Block (c): both layers of the linearised-softmax product meet their contracts",
        ref=ref("§6, multiplication lemma (notes §9.1)", "[S]",
                "A block with 2 layers and 1 head outputs AᵀB + εM with ‖M‖ ≤ 1."),
        construction="giannou2023.matmul",
        method="sympy: exact softmax, ReLUs decided on the box |A|, |B| ≤ 1; layer 2 on symbolic queries",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [ob(claim, f"k={k}", "matmul_exact_form", k=k, c=D["c"],
                                        C=D["C"], G=D["G"], K=D["K"], GA=D["GA"], GB=D["GB"]) for k in _mm(profile)],
        parameters=lambda profile: {**D, "k": _mm(profile)},
    ),
    Claim(
        id=f"{PREFIX}.matmul.bound",
        title="Block (c): certified entrywise error of AᵀB at the default scale c and padding C",
        ref=ref("§6, multiplication lemma (notes §9.1)", "[S]",
                "Output AᵀB + εM, ‖M‖ ≤ 1, ε tuned by a small c and a large padding C."),
        construction="giannou2023.matmul",
        method="per entry, the proved closed form as a function of s = a_i·b̃_j and S = Σ_{l≠i} e^{c a_l·b̃_j}, "
               "bounded by Arb branch and bound over the (relaxed) rectangle, plus the exact copy error; the "
               "derived ε(c, C, k, n, G_A, G_B, G) certified to dominate it; corner inputs through the network",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [ob(claim, f"k={k}", "matmul_bound", k=k, c=D["c"], C=D["C"],
                                        G=D["G"], K=D["K"], GA=D["GA"], GB=D["GB"]) for k in _mm(profile)],
        parameters=lambda profile: {**D, "k": _mm(profile)},
        conclude=certified_conclude("certified_error_matmul"),
    ),
    Claim(
        id=f"{PREFIX}.matmul.padding",
        title="Block (c): the padding C for a target ε = 1/256 — the formula's C, and the least on a grid",
        ref=ref("§6, multiplication lemma (notes §9.1)", "[S]", "ε is tuned by a small c and a large padding C."),
        construction="giannou2023.matmul",
        method="C from the derived ε formula, certified by Arb there; a grid C (1/4 grid, bisection) with a "
               "certified error ≤ ε, called least only if the network errs by more than ε at every grid point below",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [ob(claim, "k=2", "matmul_smallest_padding", k=2, c=D["c"],
                                        target="1/256", G=D["G"], K=D["K"], GA=D["GA"], GB=D["GB"])],
        parameters=lambda profile: {"k": 2, "c": D["c"], "target": "1/256"},
    ),
    Claim(
        id=f"{PREFIX}.matmul.reported",
        title="Reported form of the multiplication block: 2 layers, 1 head, AᵀB + εM with ‖M‖ ≤ 1",
        ref=ref("§6, multiplication lemma (notes §9.1, §12)", "[S]",
                "Multiplication block: 2 layers, 1 head, output AᵀB + εM with ‖M‖ ≤ 1."),
        construction="giannou2023.matmul",
        method="exact count of layers and heads; contract proved and entrywise ε certified (the two claims above)",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [
            ob(claim, "size", "block_size", block="matmul", k=2),
            ob(claim, "contract", "matmul_exact_form", k=2, c=D["c"], C=D["C"], G=D["G"],
               K=D["K"], GA=D["GA"], GB=D["GB"]),
            ob(claim, "bound", "matmul_bound", k=2, c=D["c"], C=D["C"], G=D["G"], K=D["K"],
               GA=D["GA"], GB=D["GB"])],
        parameters=lambda profile: {**D, "k": 2, "norm": "max |entry| (the reported ‖M‖ is unspecified)"},
        conclude=size_vs_reported(2, 1, "product AᵀB"),
    ),
    Claim(
        id=f"{PREFIX}.transpose.bound",
        title="Block (d): transpose — contract proved, certified error",
        ref=ref("§6, transpose lemma (notes §9.2)", "[S]", "A block with 4 layers and 1 head transposes a matrix."),
        construction="giannou2023.transpose",
        method="sympy contracts of both layers; exact worst case (linear in A) certified by Arb; network at A = G_A",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [ob(claim, f"k={k}", "transpose_bound", k=k)
                                     for k in ([1, 2] if profile == "ci" else [1, 2, 3])],
        parameters=lambda profile: {"G": 40, "K": 64, "G_A": 1},
        conclude=certified_conclude("certified_error_transpose"),
    ),
    Claim(
        id=f"{PREFIX}.transpose.reported",
        title="Reported size of the transpose block: 4 layers, 1 head",
        ref=ref("§6, transpose lemma (notes §9.2, §12)", "[S]", "Transpose block: 4 layers, 1 head."),
        construction="giannou2023.transpose",
        method="exact count of layers and heads, with the contract proved",
        expected=(Status.LOOSE,),
        obligations=lambda claim, profile: [ob(claim, "size", "block_size", block="transpose", k=2),
                                     ob(claim, "contract", "transpose_bound", k=2)],
        parameters=lambda profile: {"k": 2},
        conclude=size_vs_reported(4, 1, "transpose"),
    ),
    Claim(
        id=f"{PREFIX}.linear.bound",
        title="Elementwise A + B and A − B blocks: contract proved, certified error",
        ref=ref("§6 FLEQ programs use additions and subtractions (notes §10)", "[I]",
                "Elementwise αA + βB as a one-head function block."),
        construction="giannou2023.elementwise",
        method="sympy contract; error linear in the entries, certified by Arb branch and bound; network at the "
               "worst corner",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [ob(claim, f"{nm}@k={k}", "linear_bound", k=k, alpha=a, beta=b)
                                     for nm, a, b in (("add", "1", "1"), ("sub", "1", "-1")) for k in (1, 2)],
        parameters=lambda profile: {"G": 40, "K": 64, "G_A": 1, "G_B": 1},
        conclude=certified_conclude("certified_error_linear"),
    ),
]

CLAIMS += FLEQ_CLAIMS
