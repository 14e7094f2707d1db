"""Evaluation semantics: interchangeable number systems behind one interface.

Modelled on mpmath's ``mp`` / ``fp`` / ``iv`` contexts.  Each semantics turns
exact weights into its own arrays and supplies the three operations where the
number systems differ — ReLU, the column-wise attention normalisation, and
adding an update into a subset of rows; masked and linear heads
(:meth:`Semantics.head_with`) need two more, the masked normalisation and
the zeroing of masked scores.  Everything else (``+``, ``@``, row
indexing) is ordinary array arithmetic, so :mod:`verify.forward` is written
once for all of them.

* :class:`Exact` — tie-averaging hardmax in exact rational arithmetic
  (:class:`verify.rational.RatArray`).  ``Exact(one_hot=True)`` is the
  deliberately wrong lowest-index argmax, kept to show that ties must average.
* :class:`Float` — numpy ``float64`` (or ``float32`` / ``float16``) with a
  numerically stable, max-subtracted softmax at temperature λ.
* :class:`Rounded` — any significand width emulated on float64 (bfloat16
  and the minimal-precision search).
* :class:`Mp` — mpmath at a chosen number of decimal digits, softmax at λ.
* :class:`Symbolic` — tie-averaging (or one-hot) hardmax over the exact
  symbolic values of :mod:`verify.symbolic`: what the z3 proofs evaluate
  (in :mod:`verify.symbolic_semantics`, importable from here).

This module is the catalogue (:func:`semantics_from_name`) and the one place
to import a semantics from; the interface is in :mod:`verify.semantics_base`,
the exact semantics in :mod:`verify.exact_semantics`, the inexact ones in
:mod:`verify.float_semantics`.
"""
from __future__ import annotations

import numpy as np

from .exact_semantics import Exact
from .float_semantics import Float, Mp, Rounded, round_significand
from .semantics_base import Semantics, SparseRows, as_fraction

__all__ = ["Semantics", "Exact", "Float", "Rounded", "Mp", "Symbolic", "SparseRows", "semantics_from_name",
           "as_fraction", "round_significand"]


def semantics_from_name(name: str, lam=10, digits: int = 50) -> Semantics:
    """Semantics by CLI name: ``exact``, ``exact-onehot``, ``float64``, ``float32``, ``float16``,
    ``bfloat16`` (8-bit significands emulated on float64), ``mp``."""
    table = {
        "exact": lambda: Exact(),
        "exact-onehot": lambda: Exact(one_hot=True),
        "float64": lambda: Float(lam, np.float64),
        "float32": lambda: Float(lam, np.float32),
        "float16": lambda: Float(lam, np.float16),
        "bfloat16": lambda: Rounded(lam, 8),
        "mp": lambda: Mp(lam, digits),
    }
    if name not in table:
        raise ValueError(f"unknown semantics {name!r}; choose one of {', '.join(table)}")
    return table[name]()


def __getattr__(name):  # the symbolic semantics lives in its own module; import it from here as before
    if name in ("Symbolic", "hardmax_weights"):
        from . import symbolic_semantics

        return getattr(symbolic_semantics, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
