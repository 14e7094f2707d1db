"""Each paper's claims, lemma by lemma, and what discharges them.

:func:`all_claims` is what ``python -m verify all`` runs, in order: the
claims of every installed paper plug-in (:mod:`verify.plugins`; this
repository's paper registers ``proofs/giannou2023/plugin.py``).
"""
from __future__ import annotations

from verify.claims import Claim

__all__ = ["all_claims"]


def all_claims(paper: str | None = None) -> list[Claim]:
    from verify.plugins import installed_papers

    return installed_papers().claims(paper)
