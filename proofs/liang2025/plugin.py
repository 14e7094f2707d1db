"""Liang et al. 2025 as a plug-in of the engine (entry point ``looped_verify.papers: liang2025``).

Registers the paper's claims and the ``relu-mlp`` machine: the looped ReLU-MLP
(reconstructed from secondary sources) running the same SUBLEQ programs as
the transformer machine (``verify run PROGRAM --machine relu-mlp``,
``verify prove --machine relu-mlp --shape s,m,n,N``).
"""
from __future__ import annotations

from verify.plugins import MachineEntry, Plugin

__all__ = ["PLUGIN"]


def _claims():
    from . import CLAIMS

    return CLAIMS


def _options(command: str, group) -> None:
    from constructions.liang2025.encoding import ENCODINGS
    from constructions.liang2025.network import BUDGETS

    group.add_argument("--encoding", choices=ENCODINGS, default="01",
                       help="bits as {0,1} (all layers ReLU), ±1 with an affine last layer, or ±1 split in halves")
    group.add_argument("--budget", choices=BUDGETS, default="minimal",
                       help="minimal depth (11), or padded to the reported 2+2+7+2+6+4 = 23 layers")


def _run(args) -> int:
    from .cli import run

    return run(args)


def _prove(args) -> int:
    from .cli import prove

    return prove(args)


RELU_MLP = MachineEntry(
    name="relu-mlp",
    doc="the looped ReLU-MLP SUBLEQ computer (reconstructed): the same .sbq programs, chosen with --machine",
    run=_run,
    prove=_prove,
    shapes="s,m,n,N: scratch columns, memory columns, total columns (a power of two), word bits",
    default_shape="2,3,8,4",
    options=_options,
)

PLUGIN = Plugin(
    name="liang2025",
    title="Liang et al. 2025, Looped ReLU MLPs May Be All You Need as Practical Programmable Computers "
          "(arXiv 2410.09375 v2), reconstructed from secondary sources",
    claims=_claims,
    machines=(RELU_MLP,),
    sources=("constructions.liang2025", "proofs.liang2025"),
)
