"""Xu & Sato 2025 as a plug-in of the engine (entry point ``looped_verify.papers: xusato2025``).

Registers the paper's claims and its reconstructed looped block
(``xusato2025.block``); its source, for the cache key, is
``constructions/xusato2025/`` and ``proofs/xusato2025/``.
"""
from __future__ import annotations

from constructions.xusato2025.entry import construction_entry
from verify.plugins import Plugin

__all__ = ["PLUGIN"]


def _claims():
    from . import CLAIMS

    return CLAIMS


PLUGIN = Plugin(
    name="xusato2025",
    title="Xu & Sato 2025, On Expressive Power of Looped Transformers (arXiv 2410.01405 v7), reconstructed",
    claims=_claims,
    constructions=(construction_entry(),),
    sources=("constructions.xusato2025", "proofs.xusato2025"),
)
