"""The Giannou et al. 2023 paper as a plug-in of the engine (entry point ``looped_verify.papers: giannou2023``).

Registered from this repository's ``pyproject.toml``; the engine finds it
like any other installed paper.  It registers the paper's claims, its named
constructions (``constructions/giannou2023/catalog.py``) and the SUBLEQ
machine (``.sbq`` programs; :mod:`proofs.giannou2023.subleq_cli`).  Its
source, for the cache key, is ``constructions/giannou2023/`` and
``proofs/giannou2023/``.  Importing this module is cheap: the claims and the
machine's code are imported when first used.
"""
from __future__ import annotations

from constructions.giannou2023.catalog import CONSTRUCTIONS
from verify.plugins import MachineEntry, Plugin

__all__ = ["PLUGIN"]


def _claims():
    from . import CLAIMS

    return CLAIMS


def _run(args) -> int:
    from .subleq_cli import run

    return run(args)


def _prove(args) -> int:
    from .subleq_cli import prove

    return prove(args)


def _options(command: str, group) -> None:
    from .subleq_cli import options

    options(command, group)


def _model():
    from constructions.giannou2023.machine_model import SubleqMachine

    return SubleqMachine()


def _programs():
    from .subleq_cli import programs

    return programs()


SUBLEQ = MachineEntry(
    name="subleq",
    doc="the 10-layer looped SUBLEQ transformer (§5.1): one instruction per loop",
    run=_run,
    prove=_prove,
    formats=(".sbq",),
    programs=_programs,
    shapes="s,m,n,N: scratch columns, memory columns, total columns (a power of two), word bits",
    default_shape="8,8,32,8",
    options=_options,
    model=_model,
)

PLUGIN = Plugin(
    name="giannou2023",
    title="Giannou et al. 2023, Looped Transformers as Programmable Computers (arXiv 2301.13196 v1)",
    claims=_claims,
    constructions=tuple(CONSTRUCTIONS),
    machines=(SUBLEQ,),
    sources=("constructions.giannou2023", "proofs.giannou2023"),
)
