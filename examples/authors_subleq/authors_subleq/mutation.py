"""The mutation self-test of the imported authors'-style weights (the engine's :mod:`verify.mutation` claim kind).

Single-weight mutants of every matrix of every imported layer (after the
float weights are snapped to exact rationals) at the smallest shipped machine
are judged twice:

* **ground truth** — :func:`verify.mutation.ground_truth`: one exact loop
  from every valid state (:meth:`AuthorsSubleq.states`, 320 at (1, 2, 4, 2)),
  decoded and compared with the SUBLEQ reference step;
* **verdict** — the plug-in's own proof of the loop claim,
  :func:`authors_subleq.claims.prove_loop` (the task behind
  ``authors_subleq.loop``) run on the mutated network.

This plug-in has no layer contracts: its proof *is* an exhaustive exact
enumeration, so verdict and ground truth run the same enumerator and a
disagreement can only come from the task's own handling (its state count,
its counterexample).  What the self-test adds here is that every changed
mutant is REFUTED with a counterexample by the claim's task, that a mutant
the layer model refuses is counted as *rejected*, and — through the sibling
test — that a proof which ignores one output row (one bit of every memory
word) is exposed.
"""
from __future__ import annotations

import numpy as np

from verify import Claim, Obligation, Outcome, PaperRef, RatArray, Status
from verify.evidence import produces
from verify.mutation import (candidate_mutants, run_selftest, sample_mutants, selftest_conclude,
                             selftest_outcome)

from .claims import REF, _fingerprint, prove_loop
from .machine import AuthorsSubleq, state_count
from .make_weights import rows

__all__ = ["CLAIMS", "BlindBit", "authors_selftest", "SELFTEST_SHAPE", "SELFTEST_SAMPLE"]


class BlindBit(AuthorsSubleq):
    """The machine seen through a proof that ignores one output row: bit ``bit`` (MSB first) of every memory
    word.  Decode overwrites that punchcard row with a valid code (bit 0) before reading, and both decode
    and step clear that bit of every word.

    Only for the sibling test of the self-test (a deliberately weakened proof)."""

    def __init__(self, bit: int):
        super().__init__()
        self.bit = bit

    def _covered(self, shape, X):
        s, m, n, N = shape
        r = rows(n.bit_length() - 1, N)["M"][0] + self.bit
        if isinstance(X, RatArray):
            X = X.copy()
            X.num[r, s:s + m] = -X.den
        else:
            X = np.array(X, copy=True)
            X[r, s:s + m] = -1
        return X

    def _blind(self, state):
        st, slot = state
        N, mask = st.N, 1 << (st.N - 1 - self.bit)
        words = [(v % (1 << N)) & ~mask for v in st.memory]
        memory = tuple(w - (1 << N) if w >> (N - 1) else w for w in words)
        return type(st)(st.program, memory, st.pc, st.N), slot

    def decode(self, shape, X, tol=0):
        return self._blind(super().decode(shape, self._covered(shape, X), tol))

    def step(self, state):
        return self._blind(super().step(state))


@produces("enumeration")
def authors_selftest(shape: list[int], sample: int | None = None, seed: int = 0, part: int = 0, parts: int = 1,
                     blind_bit: int | None = None) -> Outcome:
    """Part ``part`` of ``parts`` of a seeded sample of single-weight mutants of the imported network."""
    shape = tuple(shape)
    machine = AuthorsSubleq()
    network = machine.network(shape)
    candidates = candidate_mutants(network)
    mutants = sample_mutants(candidates, sample, seed)[part::parts]
    prover_machine = machine if blind_bit is None else BlindBit(blind_bit)

    def prover(mutated, shp):
        o = prove_loop(prover_machine, shp, network=mutated)
        return o.status, o.summary

    results = run_selftest(machine, shape, prover, mutants, network)
    scope = (f"{len(mutants)} of {len(candidates)} single-weight mutants (seed {seed}, part {part + 1}/{parts}) of "
             f"the imported weights at (s, m, n, N) = {shape}, ground truth on all {state_count(shape)} valid states")
    return selftest_outcome(results, scope)


SELFTEST_SHAPE = (1, 2, 4, 2)
#: profile -> (mutants sampled, obligations); None = every candidate (8,171, about 0.5 s each)
SELFTEST_SAMPLE = {"ci": (60, 2), "full": (None, 8)}

CLAIMS = [Claim(
    "authors_subleq.selftest.mutants",
    "Mutation self-test: every single-weight change of the imported weights that breaks the loop is refuted",
    PaperRef(REF, "§5.1; official code subleq.py", "[I]", "no single-weight mutant that changes the loop is PROVED"),
    "authors_subleq.machine.AuthorsSubleq at (1, 2, 4, 2)",
    "seeded stratified single-weight mutants of every matrix (negate, ±1, ×2, zero, set a zero entry in the "
    "support to ±1); ground truth by exact enumeration of every valid state; verdict by the loop claim's own "
    "task (also an exhaustive enumeration: this checks the task, see authors_subleq.mutation)",
    (Status.PROVED,),
    lambda claim, profile: [Obligation(claim.id, f"part{k + 1}of{SELFTEST_SAMPLE[profile][1]}",
                                "authors_subleq.mutation:authors_selftest",
                                tuple(sorted({"shape": list(SELFTEST_SHAPE), "sample": SELFTEST_SAMPLE[profile][0],
                                              "seed": 2023, "part": k,
                                              "parts": SELFTEST_SAMPLE[profile][1]}.items())),
                                fingerprint=_fingerprint(SELFTEST_SHAPE), evidence="enumeration")
                     for k in range(SELFTEST_SAMPLE[profile][1])],
    parameters=lambda profile: {"(s, m, n, N)": list(SELFTEST_SHAPE),
                                "mutants": SELFTEST_SAMPLE[profile][0] or "all", "seed": 2023},
    conclude=selftest_conclude)]
