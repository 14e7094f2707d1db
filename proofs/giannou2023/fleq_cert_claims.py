"""Claims: the FLEQ programs' final errors over an input box (Giannou et al. 2023, notes §7, §10), composed from
per-step bounds and certified Lipschitz constants (:func:`.fleq_cert_tasks.fleq_program_box`).

The per-step bound of an instruction is the block's certified error at the machine's parameters plus the
derived [I] movement term of :mod:`.fleq_tasks`; that the network meets it on every state of the box (the
per-loop contract) is not proved — it is checked on the program's sampled run, which is declared as the
premise.  A PROVED composition is therefore PROVED_CONDITIONALLY; a bound above the tolerance is UNKNOWN
with the ratio in its summary.
"""
from __future__ import annotations

from fractions import Fraction

from verify.claims import Claim, Obligation, Status

from .common import ref
from .function_conclude import metric

__all__ = ["box_claims", "BOX_RADIUS"]

#: Half-width of the input box: every non-zero entry of the input cells varies by ± this much.
BOX_RADIUS = Fraction(1, 1000)

_TEXT = {"calculator": "the calculator", "newton": "Newton inversion", "power": "power iteration",
         "sgd": "in-context SGD"}
#: Power iteration meets the tolerance on the box at the ci size (2 iterations) and misses it at the full size
#: (4 iterations), where its certified error at the fixed input already exceeds it (the program claim).
_EXPECTED = {"calculator": (Status.PROVED_CONDITIONALLY,), "newton": (Status.PROVED_CONDITIONALLY,),
             "sgd": (Status.PROVED_CONDITIONALLY,), "power": (Status.PROVED_CONDITIONALLY, Status.UNKNOWN)}


def _box_claim(prefix: str, name: str, sizes: dict, tol: Fraction) -> Claim:
    cid = f"{prefix}.{name}.box"
    run = lambda profile: f"{prefix}.{name}/size={sizes[profile][name]}"  # noqa: E731 — the sampled run
    return Claim(
        id=cid,
        title=f"FLEQ program: {_TEXT[name]} to within {tol} of the exact program on an input box (± {BOX_RADIUS})",
        ref=ref("§6–7, applications of FLEQ (notes §10)", "[S]",
                f"A looped transformer executes {_TEXT[name]} as a FLEQ program (tolerance {tol} chosen here; the "
                f"input box is ours)."),
        construction="giannou2023.fleq",
        method="per-cell chain E_dst = Σ L·E + ε over the program's instructions (verify.lipschitz_chain): ε the "
               "block's certified error (sums of sigmoids: certified on the operand's hull) plus the derived "
               "movement term, L the Lipschitz constants of the exact "
               "functions certified in Arb on hulls (exact run at the box centre ± spread over the box ± error); "
               "operands checked inside the blocks' boxes, cells within the value box 4 + 1/16 (the contract is "
               "stated there), flags within 1/4 of their integers; premise: the "
               "per-loop contract, checked on the sampled run only",
        expected=_EXPECTED[name],
        obligations=lambda claim, profile: [Obligation(
            claim.id, "box", "proofs.giannou2023.fleq_cert_tasks:fleq_program_box",
            tuple(sorted({"program": name, "size": sizes[profile][name], "radius": str(BOX_RADIUS),
                          "tol": str(tol)}.items())),
            premises=(run(profile),))],
        parameters=lambda profile: {"size": sizes[profile][name], "radius": str(BOX_RADIUS), "tolerance": str(tol)},
        conclude=_conclude,
    )


def _conclude(claim, outcomes):
    (_, o), = outcomes
    details = {}
    if "trajectory" in o.data:
        details["table"] = o.data["trajectory"]
    if "certified_final_error" in o.data:
        details["metrics"] = {f"fleq_box_bound_{o.data['program']}": metric(o.data["certified_final_error"])}
    return o.status, o.summary, details


def box_claims(prefix: str, sizes: dict, tol: Fraction) -> list[Claim]:
    return [_box_claim(prefix, p, sizes, tol) for p in ("calculator", "newton", "power", "sgd")]
