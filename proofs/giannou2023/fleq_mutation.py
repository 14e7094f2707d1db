"""The mutation self-test of the FLEQ machine (a claim kind of the engine, :mod:`verify.mutation`).

Single-weight mutants of the bound FLEQ network of the smallest shipped
program, the calculator (:func:`constructions.giannou2023.fleq_programs.calculator`,
bound with :func:`~constructions.giannou2023.fleq.default_parameters` at λ = 24
as the program claims bind it), are judged twice, **on one input: the
program's fixed input** (x = (3/2, 1/4, 1/2, 5/4)):

* **ground truth** — the mutant run in mpmath (40 digits) exactly as
  :func:`.fleq_tasks.fleq_program_run` runs the network
  (:func:`.fleq_tasks.run_network` with the tool's own per-step checks
  skipped): the mutant is *changed* when its program counter leaves the exact
  program's at some loop, when its result cells end more than the program
  claims' tolerance (:data:`.fleq_claims.TOLERANCE`, 1/1000) away from the
  algorithm written out directly, or when the run errors (the witness says
  which); *equivalent* otherwise.  Nothing about intermediate cells or the
  per-step bounds: a mutant that moves a cell but leaves the results within
  the tolerance is *equivalent* here, and the certificate refuting it is
  *over-strict* — listed, not a failure;
* **verdict** — the tool's own certificate of that program,
  :func:`.fleq_cert_tasks.fleq_program_certified` (the network run in Arb at
  1024 bits, the per-loop contract checked, the Lipschitz chain), run on the
  mutated network (:func:`.fleq_cert_tasks.certify_network`): PROVED or LOOSE
  → proved, REFUTED → refuted, anything else → undecided.

A changed mutant the certificate PROVES is a soundness failure: the obligation
is REFUTED (:func:`verify.mutation.selftest_outcome`).  With every changed
mutant caught it is SAMPLED_OK, not PROVED: the ground truth is a sample
(one input, 40-digit floating point).

Honesty about scope: the truth is one input, not every input, so *equivalent*
means "the same program counter and results within 1/1000 at this input", and
it is computed in 40-digit floating point (mpmath), not exactly; the verdict
it is compared with is also a statement about this input only (the program
claims are).  The mutants are drawn layer first: round robin over the
network's eight layers in order, each layer's share drawn by
:func:`verify.mutation.sample_mutants` (seeded, round robin over that layer's
matrices) — the engine's sampler alone, round robin over the 170-odd
(layer, matrix) strata in name order, would spend a sample of 60 on the two
block layers and never touch the skeleton.
"""
from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from verify.claims import Claim, Obligation, Outcome, Status
from verify.evidence import produces
from verify.mutation import (Mutant, apply_mutant, candidate_mutants, run_mutants, sample_mutants,
                             selftest_conclude, selftest_outcome)

from .common import ref
from .fleq_cert_tasks import _contract, certify_network
from .fleq_claims import TOLERANCE
from .fleq_tasks import run_network

__all__ = ["CLAIMS", "setup", "layer_first_sample", "truth", "certificate", "selftest_results", "fleq_selftest"]

PROGRAM = "calculator"
LAM = Fraction(24)


@lru_cache(maxsize=None)
def setup(program: str = PROGRAM):
    """``(program, parameters, bound network, every single-weight mutant)``, built once per process."""
    from constructions.giannou2023.fleq import default_parameters, fleq_network
    from constructions.giannou2023.fleq_programs import PROGRAMS

    P = PROGRAMS[program]()
    params = default_parameters(P.shape, LAM)
    net = fleq_network(P.shape).bind(**params)
    return P, params, net, tuple(candidate_mutants(net))


def layer_first_sample(net, candidates, size: int | None, seed: int) -> list[Mutant]:
    """``size`` mutants drawn round robin over ``net``'s layers in order, each layer's by
    :func:`~verify.mutation.sample_mutants` (round robin over its matrices); every candidate if ``size`` is None."""
    if size is None:
        return list(candidates)
    pools = [sample_mutants([mu for mu in candidates if mu.layer == layer.name], size, seed)
             for layer in net.layers]
    out: list[Mutant] = []
    while len(out) < size and any(pools):
        for pool in pools:
            if pool and len(out) < size:
                out.append(pool.pop(0))
    return out


def truth(P, params, net, tol: Fraction = TOLERANCE) -> tuple[bool, dict | None]:
    """``(equivalent, witness)`` of ``net`` on program ``P``'s fixed input (module docstring)."""
    try:
        o = run_network(P, net, params, checks=False)
    except (ArithmeticError, ValueError) as err:
        return False, {"verdict": "the run errors", "error": f"{type(err).__name__}: {err}"}
    d = o.data
    if o.status != Status.SAMPLED_OK:  # the program counter left the exact program's, or no halt
        return False, {"verdict": "the program counter differs" if o.status == Status.REFUTED else "no result",
                       "problem": d.get("problems", [o.summary])[0], "loops": d["loops"]}
    try:
        err = Fraction(d["final_error_digits"])
    except ValueError:  # nan or inf: the values overflowed
        return False, {"verdict": "the results overflow", "final_error": d["final_error_digits"]}
    if err > tol:
        return False, {"verdict": f"the results differ from the exact program's by more than {tol}",
                       "final_error": d["final_error_digits"], "results": d["results"],
                       "exact": {c: d["direct"][c] for c in d["results"]}}
    return True, None


def certificate(P, params, scale: Fraction = Fraction(1), tol: Fraction = TOLERANCE):
    """The verdict ``prover(network, mutant) -> (status, summary)``: the program's Arb certificate of the
    network.  ``scale`` multiplies the per-loop contract's bounds and the tolerance (> 1: a broken certificate
    that accepts any local error and any final error, for the sibling tests)."""
    step, idle = _contract(P, params, Fraction(1))
    contract = ({f: v * scale for f, v in step.items()}, idle * scale)

    def prover(net, mu):
        try:
            o = certify_network(P, net, params, contract, tol=tol * scale,
                                replay={"program": P.name, "mutant": mu.id})
        except (ArithmeticError, ValueError) as err:
            return Status.ERROR, f"the certificate errors: {type(err).__name__}: {err}"
        return o.status, o.summary

    return prover


def selftest_results(mutants, program: str = PROGRAM, prover=None):
    """Truth and verdict (default: the real certificate) of each mutant of the program's network."""
    P, params, net, _ = setup(program)
    return run_mutants(mutants, lambda mu: apply_mutant(net, mu), lambda m: truth(P, params, m),
                       prover or certificate(P, params))


def _sampled(o: Outcome) -> Outcome:
    """The ground truth is one input in 40-digit floating point, so an all-caught sample is SAMPLED_OK, never
    PROVED (a missed-and-PROVED mutant still makes it REFUTED, with the mutant as counterexample)."""
    if o.status != Status.PROVED:
        return o
    return Outcome(Status.SAMPLED_OK, o.summary.replace("every mutant that changes the loop is caught",
                                                        "every mutant that changes the run at this input is caught"),
                   o.data, o.artefacts)


@produces("sampled")
def fleq_selftest(program: str = PROGRAM, sample: int | None = None, seed: int = 0, part: int = 0,
                  parts: int = 1) -> Outcome:
    """Part ``part`` of ``parts`` of a seeded, layer-first sample of single-weight mutants of the program's
    bound FLEQ network; truth and verdict on the program's one fixed input."""
    P, _, net, candidates = setup(program)
    mutants = layer_first_sample(net, candidates, sample, seed)[part::parts]
    results = selftest_results(mutants, program)
    scope = (f"{len(mutants)} of {len(candidates)} single-weight mutants (seed {seed}, part {part + 1}/{parts}) of "
             f"the bound FLEQ network of the {program}, ground truth on ONE input (the program's fixed input): "
             f"program counter and results within {TOLERANCE} of the exact program (mpmath, 40 digits)")
    return _sampled(selftest_outcome(results, scope))


# ---------------------------------------------------------------------------
# the claim
# ---------------------------------------------------------------------------

#: profile -> (mutants sampled, obligations they are split into).  Measured (machine shared, so upper bounds):
#: about 3 s of CPU a mutant (truth ≈ 2.5 s for a run to the halt, verdict ≈ 0.5 s) plus about 2.5 s a worker
#: to build the network and its 88,182 candidates (once per obligation: the CI profile's two mutants are one
#: obligation; as two they took 10.4 s in all), the full
#: profile's 48 mutants about 2.6 min of CPU (8 minutes of obligation time on a loaded machine)
SELFTEST_SAMPLE = {"ci": (2, 1), "full": (48, 8)}


def _obligations(claim, profile):
    sample, parts = SELFTEST_SAMPLE[profile]
    return [Obligation(claim.id, f"part{k + 1}of{parts}", "proofs.giannou2023.fleq_mutation:fleq_selftest",
                       tuple(sorted({"program": PROGRAM, "sample": sample, "seed": 2023, "part": k,
                                     "parts": parts}.items())))
            for k in range(parts)]


CLAIMS = [Claim(
    "giannou2023.selftest.fleq",
    "Mutation self-test: no single-weight change that breaks the calculator's FLEQ run (at its input) is "
    "certified",
    ref("§6–7, the FLEQ machine (notes §7, §10)", "[I]",
        "no single-weight mutant that changes the program's run at its input is PROVED"),
    "giannou2023.fleq (the calculator's machine, λ = 24)",
    "seeded single-weight mutants drawn layer first (negate, ±1, ×2, zero, set a zero entry in the support to "
    "±1); ground truth on ONE input, the program's fixed input: the mutant run in mpmath (40 digits) as "
    "fleq_program_run runs it — changed if its program counter leaves the exact program's or its results end "
    f"more than {TOLERANCE} from the exact program's; verdict: the program's Arb certificate "
    "(fleq_program_certified) on the mutant (verify.mutation)",
    (Status.SAMPLED_OK,), _obligations,
    parameters=lambda profile: {"program": PROGRAM, "input": "the program's fixed input (one point)",
                                "mutants": SELFTEST_SAMPLE[profile][0], "seed": 2023, "tolerance": str(TOLERANCE)},
    conclude=selftest_conclude)]
