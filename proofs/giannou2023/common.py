"""Shared references and helpers for the claims about Giannou et al. 2023."""
from __future__ import annotations

from functools import lru_cache

from constructions.giannou2023 import SubleqShape, subleq_network
from verify.claims import Claim, Obligation, PaperRef, claim_id
from verify.memo import persistent

__all__ = ["PAPER", "CODE", "ref", "code_ref", "subleq_fingerprint", "obligation", "CI_SHAPES"]

PAPER = "Giannou et al. 2023, Looped Transformers as Programmable Computers (arXiv 2301.13196 v1)"
CODE = "official code jysohn1108/Looped-Transformer @ cedb0f8"

#: Machine sizes (s, m, n, N) used by the CI profile: 2 ≤ log n ≤ 4, 2 ≤ N ≤ 6.
CI_SHAPES = {
    (2, 2): (1, 2, 4, 2),
    (2, 3): (1, 2, 4, 3),
    (3, 3): (2, 3, 8, 3),
    (3, 4): (2, 3, 8, 4),
    (4, 4): (4, 6, 16, 4),
    (4, 6): (4, 6, 16, 6),
}


def ref(where: str, tag: str, statement: str) -> PaperRef:
    return PaperRef(PAPER, where, tag, statement)


def code_ref(where: str, statement: str) -> PaperRef:
    return PaperRef(f"{PAPER}; {CODE}", where, "[C]", statement)


@lru_cache(maxsize=None)
@persistent
def subleq_fingerprint(shape: tuple[int, int, int, int]) -> str:
    """``"s=…, m=…, n=…, N=…:<content hash>"`` of the symbolic SUBLEQ network at ``shape``.

    Kept across runs by :mod:`verify.memo` (keyed by this paper's and the engine's source).
    """
    shp = SubleqShape(*shape)
    return f"{shp}:{subleq_network(shp).content_hash()}"


def obligation(claim: Claim | str, name: str, task: str, *, weights=None, **args) -> Obligation:
    """An obligation of ``claim`` (the Claim, or its id): ``task(**args)``; its cache key also covers the
    SUBLEQ weights at shape ``weights``."""
    fp = subleq_fingerprint(tuple(weights)) if weights is not None else ""
    # the obligations on one machine's weights share a worker, which builds that network once
    affinity = f"giannou2023.subleq@{tuple(weights)}" if weights is not None else ""
    return Obligation(claim_id(claim), name, task, tuple(sorted(args.items())), fp, affinity=affinity)
