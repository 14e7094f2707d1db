"""verify — machine-check hand-built transformer constructions.

The engine knows no paper.  Its public API:

* the layer model (:class:`LoopedNetwork`, :class:`Layer`, :class:`AttentionHead`,
  :class:`FeedForward`, :class:`FFNBuilder`) and named layouts (:class:`Layout`);
* evaluation semantics behind one interface (:class:`Exact` tie-averaging
  hardmax, :class:`Float`, :class:`Mp`; more in :mod:`verify.semantics`) and
  the forward pass (:class:`Evaluator`);
* the :class:`Machine` protocol (network, states, encode, decode, reference
  step) with the generic checks :func:`check_loop`, :func:`check_states` and
  :func:`replay`, and the mutation self-test (:mod:`verify.mutation`);
* claims (:class:`Claim`, :class:`Obligation`, :class:`Outcome`,
  :class:`Status`, :class:`PaperRef`) and the runner (:func:`run_claims`);
* plug-ins (:mod:`verify.plugins`): a package registers a :class:`Plugin` —
  its claims, :class:`Construction` s, :class:`MachineEntry` s for ``verify
  run``/``prove`` and extra :class:`Command` s — under the entry-point group
  ``looped_verify.papers``.
"""
from .claims import Claim, Obligation, Outcome, PaperRef, Status
from .forward import Evaluator
from .ffn_builder import FFNBuilder
from .layer import AttentionHead, FeedForward, Layer, LoopedNetwork
from .layout import ColumnRegion, Layout, RowBlock
from .machine import DecodeError, Machine, check_loop, check_states, replay
from .plugins import ENTRY_POINT_GROUP, Command, Construction, MachineEntry, Plugin, PluginError, installed_papers
from .rational import RatArray
from .runner import run_claims
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
    "Machine",
    "DecodeError",
    "check_loop",
    "check_states",
    "replay",
    "Claim",
    "Obligation",
    "Outcome",
    "PaperRef",
    "Status",
    "run_claims",
    "ENTRY_POINT_GROUP",
    "Plugin",
    "Construction",
    "MachineEntry",
    "Command",
    "PluginError",
    "installed_papers",
]
