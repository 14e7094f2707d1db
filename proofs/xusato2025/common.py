"""Shared references and helpers for the claims about Xu & Sato 2025."""
from __future__ import annotations

from verify.claims import Claim, Obligation, PaperRef, claim_id

__all__ = ["PAPER", "CODE", "ref", "code_ref", "obligation"]

PAPER = "Xu & Sato 2025, arXiv 2410.01405 v7"
CODE = "official code kevin671/tmlt @ f510b8a (model.py, train.py, config/train_tmlt.py; config/train_lt.py @ dc69cc3)"


def ref(where: str, tag: str, statement: str) -> PaperRef:
    """A reference to the paper; ``[S]`` statements say in their text that they are secondary only."""
    if tag == "[S]" and "[S]" not in statement:
        statement = f"{statement} (secondary sources only: the paper's body was not available)"
    return PaperRef(PAPER, where, tag, statement)


def code_ref(where: str, statement: str) -> PaperRef:
    return PaperRef(f"{PAPER}; {CODE}", where, "[C]", statement)


def obligation(claim: Claim | str, name: str, task: str, fingerprint: str = "", **args) -> Obligation:
    """An obligation of ``claim`` (the Claim, or its id): ``task(**args)``, keyed also by ``fingerprint``."""
    return Obligation(claim_id(claim), name, task, tuple(sorted(args.items())), fingerprint)
