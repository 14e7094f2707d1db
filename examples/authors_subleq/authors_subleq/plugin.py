"""The example's plug-in object, named by the entry point in ``pyproject.toml``."""
from __future__ import annotations

from verify import Construction, Plugin

__all__ = ["PLUGIN"]


def _claims():
    from .claims import CLAIMS
    from .mutation import CLAIMS as SELFTEST

    return [*CLAIMS, *SELFTEST]


def _network(s: str, m: str, n: str, N: str, weights: str):
    from .machine import AuthorsSubleq

    return AuthorsSubleq(mutated=weights == "mutated").network((int(s), int(m), int(n), int(N)))


PLUGIN = Plugin(
    name="authors_subleq",
    title="Weights written elsewhere: one SUBLEQ loop in the style of Giannou et al.'s official code (worked example)",
    claims=_claims,
    constructions=(Construction("authors_subleq.loop", "the imported authors'-style SUBLEQ loop (shipped sizes only)",
                                {"s": ("1", "scratch columns"), "m": ("2", "memory columns"), "n": ("4", "columns"),
                                 "N": ("2", "bits per word"), "weights": ("authors", "authors | mutated")},
                                _network),),
    # the reference step the weights are proved against is part of what the results depend on
    sources=("authors_subleq", "constructions.giannou2023.isa"),
)
