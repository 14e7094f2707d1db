"""Machine-level claims: the looped SUBLEQ transformer runs programs (§5.1).

These are checked by *running* the network, so they can only be
``SAMPLED_OK`` — except exhaustive enumeration of every state of a tiny
machine, which proves the loop theorem for that machine.  The z3 proofs of
the same theorem for all states at larger sizes are in :mod:`.blocks`.
"""
from __future__ import annotations

import hashlib

from constructions.giannou2023.program import shipped_programs, resolve_program
from verify.claims import Claim, Status, default_conclude

from .common import code_ref, obligation, ref

__all__ = ["CLAIMS"]

_SIM = "proofs.giannou2023.simulation"


def _program_obligations(claim: Claim, semantics: str, lam: str, names: list[str]):
    out = []
    for name in names:
        prog = resolve_program(name)
        text = shipped_programs()[name].read_text()
        out.append(
            obligation(claim, name, f"{_SIM}:simulate_program", program=name, semantics=semantics, lam=lam,
                       program_sha=hashlib.sha256(text.encode()).hexdigest(),
                       weights=(prog.shape.s, prog.shape.m, prog.shape.n, prog.shape.N))
        )
    return out


def _shape_of(name: str) -> tuple[int, int, int, int]:
    shape = resolve_program(name).shape
    return (shape.s, shape.m, shape.n, shape.N)


def _n_bits_at_most(limit: int) -> list[str]:
    return [name for name in shipped_programs() if resolve_program(name).shape.N <= limit]


def _conclude_with_attention_maps(claim, outcomes):
    """The default folding of the program runs, plus heatmaps of every attention head in one loop."""
    runs = [(ob, o) for ob, o in outcomes if ob.name != "attention heatmaps"]
    figure = next((o for ob, o in outcomes if ob.name == "attention heatmaps"), None)
    status, summary, details = default_conclude(claim, runs)
    if figure is not None and figure.status == Status.ERROR:
        return Status.ERROR, f"the attention heatmaps failed: {figure.summary}", details
    return status, summary, {**details, "plots": figure.data.get("plots", []) if figure else []}


def _enumerated_shapes(profile: str) -> list[tuple[int, int, int, int]]:
    """The machines of the enumeration cross-check: CI the smaller (8,192 states), full both."""
    return [(2, 2, 8, 3)] + ([(1, 3, 8, 2)] if profile == "full" else [])


CLAIMS = [
    Claim(
        id="giannou2023.subleq.programs.exact",
        title="The exact (hardmax) machine runs every shipped program correctly",
        ref=code_ref("§5.1; notebooks test_factorial, test_reverse_list, test_linear_search",
                     "The looped transformer executes factorial (7! = 5040), list reversal and linear search."),
        construction="giannou2023.subleq",
        method="simulation, exact rationals, tie-averaging hardmax; every loop decoded and compared",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda claim, profile: _program_obligations(
            claim, "exact", "10", list(shipped_programs())),
        parameters=lambda profile: {"programs": list(shipped_programs()), "C": 100, "eps": "1/4"},
    ),
    Claim(
        id="giannou2023.subleq.programs.float64",
        title="At the official λ = 10 the float64 softmax machine runs the 8-bit programs",
        ref=code_ref("option.py (--lam 10), run.sh", "λ = 10 runs SUBLEQ programs with N = 8 bit words."),
        construction="giannou2023.subleq",
        method="simulation, float64, max-subtracted softmax at λ = 10",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda claim, profile: _program_obligations(
            claim, "float64", "10", _n_bits_at_most(8)) + [
            obligation(claim, "attention heatmaps",
                       "proofs.giannou2023.figures:attention_figure", program="multiply", lam="10",
                       weights=_shape_of("multiply"))],
        parameters=lambda profile: {"programs": _n_bits_at_most(8), "lambda": 10, "C": 100, "eps": "1/4"},
        conclude=_conclude_with_attention_maps,
    ),
    Claim(
        id="giannou2023.subleq.lambda10.factorial",
        title="The official default λ = 10 also suffices for 14-bit words (factorial)",
        ref=code_ref("option.py default --lam 10; the factorial notebook itself uses λ = 100",
                     "One default temperature λ = 10 serves every program."),
        construction="giannou2023.subleq",
        method="simulation, float64 at λ = 10, divergence localised layer by layer",
        expected=(Status.REFUTED,),
        obligations=lambda claim, profile: _program_obligations(
            claim, "float64", "10", ["factorial"]),
        parameters=lambda profile: {"program": "factorial", "N": 14, "lambda": 10},
    ),
    Claim(
        id="giannou2023.subleq.loop.exhaustive",
        title="One loop equals one SUBLEQ step on every state of the tiny machines",
        ref=ref("§5.1, SUBLEQ theorem", "[S]",
                "A looped transformer executes one SUBLEQ instruction per loop."),
        construction="giannou2023.subleq",
        method="exhaustive enumeration of every valid state, exact rationals (a proof for these sizes only)",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [
            obligation(claim, f"s{s}m{m}n{n}N{N}",
                       f"{_SIM}:enumerate_states", shape=[s, m, n, N], weights=(s, m, n, N), full=True)
            for (s, m, n, N) in ((1, 2, 4, 2), (1, 2, 4, 3))
        ],
        parameters=lambda profile: {"shapes": ["s=1,m=2,n=4,N=2", "s=1,m=2,n=4,N=3"]},
    ),
    Claim(
        id="giannou2023.subleq.loop.enumerated",
        title="One loop equals one SUBLEQ step on enumerated states of small machines",
        ref=ref("§5.1, SUBLEQ theorem", "[S]", "A looped transformer executes one SUBLEQ instruction per loop."),
        construction="giannou2023.subleq",
        method="enumeration: all memories × PCs × instructions at PC × 2 slot contents, exact rationals",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda claim, profile: [
            obligation(claim, f"s{s}m{m}n{n}N{N}",
                       f"{_SIM}:enumerate_states", shape=[s, m, n, N], weights=(s, m, n, N), full=False)
            for (s, m, n, N) in _enumerated_shapes(profile)
        ],
        parameters=lambda profile: {"shapes": [f"s={s},m={m},n={n},N={N}" for s, m, n, N in
                                               _enumerated_shapes(profile)]},
    ),
    Claim(
        id="giannou2023.subleq.loop.random",
        title="Random programs run correctly on exact and float64 machines",
        ref=code_ref("programs.py (random commands)", "Random SUBLEQ programs run correctly."),
        construction="giannou2023.subleq",
        method="seeded random programs drawn as the official code draws them",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda claim, profile: [
            obligation(claim, f"{sem}-s{s}m{m}n{n}N{N}",
                       f"{_SIM}:random_programs", shape=[s, m, n, N], weights=(s, m, n, N), count=count, seed=seed, steps=15,
                       semantics=sem, lam="10")
            for sem in ("exact", "float64")
            for (s, m, n, N), count, seed in (((2, 5, 16, 6), 20, 1), ((8, 8, 32, 8), 5 if profile == "ci" else 40, 2))
        ],
        parameters=lambda profile: {"seeds": [1, 2], "steps": 15, "lambda": 10},
    ),
    Claim(
        id="giannou2023.subleq.onehot",
        title="A one-hot (lowest-index) argmax would also implement SUBLEQ",
        ref=ref("§5 (hardmax remark)", "[I]",
                "Attention in the limit λ → ∞ may be read as an argmax; ties are not discussed."),
        construction="giannou2023.subleq",
        method="exhaustive enumeration under one-hot argmax semantics",
        expected=(Status.REFUTED,),
        obligations=lambda claim, profile: [
            obligation(claim, "s1m2n4N2", f"{_SIM}:enumerate_states",
                       shape=[1, 2, 4, 2], weights=(1, 2, 4, 2), full=True, semantics="exact-onehot")
        ],
        parameters=lambda profile: {"shape": "s=1,m=2,n=4,N=2"},
    ),
]
