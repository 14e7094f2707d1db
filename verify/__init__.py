"""verify — machine-check hand-built transformer constructions.

The engine: the layer model (:mod:`verify.layer`), named layouts
(:mod:`verify.layout`), interchangeable evaluation semantics
(:mod:`verify.semantics`) and the forward pass (:mod:`verify.forward`).
Papers are plug-ins (:mod:`verify.plugins`): a package registers a
:class:`Plugin` — its claims, :class:`Construction` s, :class:`Machine` s and
extra :class:`Command` s — under the entry-point group ``looped_verify.papers``.
"""
from .forward import Evaluator
from .layer import AttentionHead, FeedForward, FFNBuilder, Layer, LoopedNetwork
from .layout import ColumnRegion, Layout, RowBlock
from .plugins import ENTRY_POINT_GROUP, Command, Construction, Machine, Plugin, PluginError, installed_papers
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
    "ENTRY_POINT_GROUP",
    "Plugin",
    "Construction",
    "Machine",
    "Command",
    "PluginError",
    "installed_papers",
]
