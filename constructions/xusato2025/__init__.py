"""Xu & Sato 2025 (arXiv 2410.01405 v7): a looped hardmax transformer block, reconstructed."""
from .network import VARIANTS, block_network, embed, embed_batch, heads_and_widths, layout, read_out, register
from .reference import XSShape, contextual_id, intended, sequence_id, token_id

__all__ = ["XSShape", "block_network", "embed", "embed_batch", "read_out", "register", "layout", "VARIANTS",
           "heads_and_widths", "intended", "token_id", "sequence_id", "contextual_id"]
