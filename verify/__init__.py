"""verify — machine-check hand-built transformer constructions.

The engine: the layer model (:mod:`verify.layer`), named layouts
(:mod:`verify.layout`), interchangeable evaluation semantics
(:mod:`verify.semantics`) and the forward pass (:mod:`verify.forward`).
"""
from .forward import Evaluator
from .layer import AttentionHead, FeedForward, FFNBuilder, Layer, LoopedNetwork
from .layout import ColumnRegion, Layout, RowBlock
from .rational import RatArray
from .semantics import Exact, Float, Mp, Semantics

__version__ = "0.1.0"

__all__ = [
    "Evaluator",
    "AttentionHead",
    "FeedForward",
    "FFNBuilder",
    "Layer",
    "LoopedNetwork",
    "Layout",
    "RowBlock",
    "ColumnRegion",
    "RatArray",
    "Semantics",
    "Exact",
    "Float",
    "Mp",
]
