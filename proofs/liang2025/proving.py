"""``verify prove --machine relu-mlp --shape s,m,n,N``: every block's layer contracts, and the grid invariant.

:func:`prove` is the entry point the CLI calls; it runs the same obligation
tasks as the claims, in this process, and folds them into one
:class:`~verify.claims.Outcome` (PROVED only if every block is).
"""
from __future__ import annotations

from verify.claims import Outcome, Status, fold_statuses

from .common import BLOCKS
from .tasks import prove_block, prove_grid

__all__ = ["prove"]


def prove(shape, encoding: str = "01", budget: str = "minimal", timeout_ms: int = 120_000) -> Outcome:
    """Prove the loop theorem for the machine ``shape = (s, m, n, N)`` block by block.

    A bad shape, encoding or budget raises :class:`ValueError` with a one-line message.
    """
    from constructions.giannou2023.punchcard import SubleqShape
    from constructions.liang2025.network import BUDGETS
    from constructions.liang2025.encoding import ENCODINGS

    try:
        shape = [int(x) for x in shape]
    except (TypeError, ValueError):
        raise ValueError(f"shape {shape!r} is not four integers s,m,n,N") from None
    if len(shape) != 4:
        raise ValueError(f"shape {shape} is not four integers s,m,n,N")
    SubleqShape(*shape)  # raises ValueError on an impossible machine
    if encoding not in ENCODINGS or budget not in BUDGETS:
        raise ValueError(f"encoding must be one of {ENCODINGS} and budget one of {BUDGETS}")
    parts, artefacts = {}, {}
    for block in BLOCKS:
        o = prove_block(shape, encoding, budget, block, timeout_ms=timeout_ms)
        parts[block] = o
        artefacts.update(o.artefacts)
        if o.status != Status.PROVED:
            return Outcome(o.status, f"block {block}: {o.summary}", o.data, artefacts)
    grid = prove_grid(shape, encoding, budget, compositional=True, timeout_ms=timeout_ms)
    artefacts.update(grid.artefacts)
    status = fold_statuses([*(o.status for o in parts.values()), grid.status])
    summary = (f"the looped ReLU-MLP ({encoding}, {budget}) executes one SUBLEQ step per loop on every valid state "
               f"of {shape}, and its output stays exactly on the grid" if status == Status.PROVED else grid.summary)
    return Outcome(status, summary, {"blocks": {b: o.summary for b, o in parts.items()}}, artefacts)
