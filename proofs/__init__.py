"""Each paper's claims, lemma by lemma, and what discharges them.

:func:`all_claims` is the registry ``python -m verify all`` runs, in order.
"""
from __future__ import annotations

from verify.claims import Claim

__all__ = ["all_claims"]


def all_claims() -> list[Claim]:
    from . import giannou2023

    claims = [*giannou2023.CLAIMS]
    ids = [c.id for c in claims]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise RuntimeError(f"duplicate claim ids: {sorted(duplicates)}")
    return claims
