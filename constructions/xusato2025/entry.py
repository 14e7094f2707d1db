"""The block as a named construction (registered by the plug-in, :mod:`proofs.xusato2025.plugin`)."""
from __future__ import annotations

from verify.layer import LoopedNetwork

__all__ = ["construction_entry", "block_from_text"]


def block_from_text(shape: str = "1,2,3,3", variant: str = "correct") -> LoopedNetwork:
    """The block at ``shape = "d,N,D,Q"`` (text, as the command line gives it)."""
    from .network import block_network
    from .reference import XSShape

    try:
        d, N, D, Q = (int(v) for v in shape.split(","))
    except ValueError:
        raise ValueError(f"shape must be 'd,N,D,Q' (four integers), not {shape!r}") from None
    return block_network(XSShape(d, N, D, Q), variant)


def construction_entry():
    from verify.plugins import Construction

    return Construction(
        "xusato2025.block",
        "Xu & Sato 2025 §3 (reconstructed): one looped layer, 2 hardmax heads of size 1 and a ReLU FFN, that "
        "quantises tokens (D−1 loops), computes the sequence ID (N loops) and looks values up (K+1 loops)",
        {"shape": ("1,2,3,3", "d,N,D,Q: token dimension, sequence length (a power of 2), 1/δ, value levels"),
         "variant": ("correct", "correct | quantise_threshold | context_horner | lookup_base (one-weight mutants)")},
        block_from_text,
    )
