"""Which proved obligations the derived SUBLEQ claims rest on, and at which machines they must be proved.

The λ certificate (:func:`constructions.giannou2023.temperature.certify`) and
everything computed from it (λ_cert, the paper's λ bounds, the design λ, the
drift curve) take the value ranges and attention score profiles of the stage
templates (:mod:`constructions.giannou2023.invariants`) as facts about every
valid state.  That is true at a machine size only where

* every layer meets its contract on its stage's set and lands in the next one
  (``giannou2023.loop.chained/<layer>@<machine>``, ten obligations) and the
  contracts compose to the SUBLEQ step (``…/chain@<machine>``);
* error correction snaps the ε-ball of every row it is applied to
  (``giannou2023.error_correction.ball/eps=1/4@<machine>``);
* the softmax concentration identity holds for every column
  (``giannou2023.temperature.concentration/...``);
* a softmax column moves by at most λΔ when its scores move by at most Δ
  (``giannou2023.temperature.perturbation/...``).

This module names those obligations (their ids are ``claim/name``) and lists
the machines at which they must be proved (:func:`premise_shapes`); the block
claims (:mod:`.blocks`) prove them there.
"""
from __future__ import annotations

from constructions.giannou2023 import LAYER_NAMES
from constructions.giannou2023.program import resolve_program, shipped_programs

__all__ = [
    "CHAINED",
    "BALL",
    "CONCENTRATION",
    "PERTURBATION",
    "BALL_EPS",
    "TEMPERATURE_SHAPES",
    "PAPER_GAP_SHAPES",
    "DRIFT_SHAPE",
    "tag",
    "layer_name",
    "chain_name",
    "ball_name",
    "program_shape",
    "premise_shapes",
    "temperature_shapes",
    "paper_gap_shapes",
    "drift_shape",
    "certified_programs",
    "CI_MAX_COLUMNS",
    "contract_premises",
    "certificate_premises",
    "unresolved",
]

CHAINED = "giannou2023.loop.chained"
BALL = "giannou2023.error_correction.ball"
CONCENTRATION = "giannou2023.temperature.concentration"
#: The softmax perturbation bound's obligation (:mod:`.perturbation`).
PERTURBATION = "giannou2023.temperature.perturbation/every column"
#: The error-correction radius the certificate is run with (``DEFAULTS["eps"]``).
BALL_EPS = "1/4"

#: Machines for the certificate: n ∈ {8, 16, 32, 64} × N ∈ {4, 8} (the full profile; CI takes n ≤ 16).
TEMPERATURE_SHAPES = [(1, 3, 8, N) for N in (4, 8)] + [(4, 6, 16, N) for N in (4, 8)] + \
    [(8, 8, 32, N) for N in (4, 8)] + [(8, 16, 64, N) for N in (4, 8)]
#: Machines of the paper-gap comparison and of the drift curve (full profile).
PAPER_GAP_SHAPES = [(1, 3, 8, 4), (8, 8, 32, 8)]
DRIFT_SHAPE = (8, 8, 32, 8)
#: The CI profile reports λ only at machines with at most this many columns: every λ-derived claim is
#: then checked in minutes, with its premises proved at the same machines; the full profile adds n = 32, 64.
CI_MAX_COLUMNS = 16


def _in_profile(shapes, profile: str) -> list[tuple[int, int, int, int]]:
    return [tuple(s) for s in shapes if profile == "full" or s[2] <= CI_MAX_COLUMNS]


def temperature_shapes(profile: str) -> list[tuple[int, int, int, int]]:
    """The machines the λ certificate is reported for under ``profile``."""
    return _in_profile(TEMPERATURE_SHAPES, profile)


def paper_gap_shapes(profile: str) -> list[tuple[int, int, int, int]]:
    return _in_profile(PAPER_GAP_SHAPES, profile)


def drift_shape(profile: str) -> tuple[int, int, int, int]:
    return DRIFT_SHAPE if profile == "full" else (4, 6, 16, 8)


def certified_programs(profile: str) -> list[str]:
    """The shipped programs whose machine a λ is certified for under ``profile``."""
    return [p for p in sorted(shipped_programs()) if profile == "full" or program_shape(p)[2] <= CI_MAX_COLUMNS]


def tag(shape) -> str:
    s, m, n, N = shape
    return f"s{s}m{m}n{n}N{N}"


def layer_name(layer: int, shape) -> str:
    return f"{LAYER_NAMES[layer]}@{tag(shape)}"


def chain_name(shape) -> str:
    return f"chain@{tag(shape)}"


def ball_name(shape, eps: str = BALL_EPS) -> str:
    return f"eps={eps}@{tag(shape)}"


def program_shape(name: str) -> tuple[int, int, int, int]:
    p = resolve_program(name).shape
    return (p.s, p.m, p.n, p.N)


def premise_shapes(profile: str) -> list[tuple[int, int, int, int]]:
    """Every machine a derived claim is reported for under ``profile``: certificate, programs, paper gap, drift."""
    shapes = temperature_shapes(profile) + [program_shape(p) for p in certified_programs(profile)]
    shapes += paper_gap_shapes(profile) + [drift_shape(profile)]
    return list(dict.fromkeys(tuple(s) for s in shapes))


def contract_premises(shape) -> tuple[str, ...]:
    """The ten layer-contract obligations and the chain obligation at ``shape``."""
    return tuple(f"{CHAINED}/{layer_name(i, shape)}" for i in range(len(LAYER_NAMES))) + (
        f"{CHAINED}/{chain_name(shape)}",)


def certificate_premises(shape, concentration: str) -> tuple[str, ...]:
    """What the λ certificate at ``shape`` rests on: the contracts, the ε-ball of every snapped row, the lemma.

    ``concentration`` is the name of the concentration lemma's obligation.
    """
    return contract_premises(shape) + (f"{BALL}/{ball_name(shape)}", f"{CONCENTRATION}/{concentration}",
                                       PERTURBATION)


def unresolved(claims, profile: str) -> list[tuple[str, str]]:
    """``(obligation id, premise id)`` for every declared premise no claim declares in ``profile``."""
    obligations = [ob for claim in claims if profile in claim.profiles for ob in claim.expand(profile)]
    known = {ob.id for ob in obligations}
    return [(ob.id, p) for ob in obligations for p in ob.premises if p not in known]
