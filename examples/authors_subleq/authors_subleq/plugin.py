"""The example's plug-in object, named by the entry point in ``pyproject.toml``."""
from __future__ import annotations

from verify import Construction, MachineEntry, Plugin

__all__ = ["PLUGIN"]


def _claims():
    from .claims import CLAIMS
    from .mutation import CLAIMS as SELFTEST

    return [*CLAIMS, *SELFTEST]


def _network(s: str, m: str, n: str, N: str, weights: str):
    from .machine import AuthorsSubleq

    return AuthorsSubleq(mutated=weights == "mutated").network((int(s), int(m), int(n), int(N)))


def _model():
    from .machine import AuthorsSubleq

    return AuthorsSubleq()


#: The authors' punchcard as a machine: ``verify import FILE --layout L --machine authors-subleq --shape s,m,n,N``
#: checks imported weights against the SUBLEQ step on every valid state of that encoding.
MACHINE = MachineEntry(name="authors-subleq", doc="the authors' punchcard encoding of SUBLEQ (no indicator row "
                       "in column 0; per-column biases)", model=_model,
                       shapes="s,m,n,N: scratch columns, memory columns, total columns, word bits")

PLUGIN = Plugin(
    name="authors_subleq",
    title="Weights written elsewhere: one SUBLEQ loop in the style of Giannou et al.'s official code (worked example)",
    claims=_claims,
    constructions=(Construction("authors_subleq.loop", "the imported authors'-style SUBLEQ loop (shipped sizes only)",
                                {"s": ("1", "scratch columns"), "m": ("2", "memory columns"), "n": ("4", "columns"),
                                 "N": ("2", "bits per word"), "weights": ("authors", "authors | mutated")},
                                _network),),
    machines=(MACHINE,),
    # the reference step the weights are proved against is part of what the results depend on
    sources=("authors_subleq", "constructions.giannou2023.isa"),
)
