"""The weight matrix type: sympy's immutable sparse matrix, built without sympy's canonical sort.

sympy keeps an ``ImmutableSparseMatrix``'s entries in a ``Dict`` whose
constructor orders its items by ``default_sort_key`` — a structural sort of
every key and value, run for every matrix sympy creates (construction,
slicing, substitution).  In this tool's runs that sort was about a fifth of
all CPU time.  :class:`Matrix` is the same sympy matrix with one change: its
entries are ordered by their integer positions ``(i, j)`` — canonical too
(positions are unique), so equal matrices still have equal arguments and
hashes — and everything else (arithmetic, slicing, ``xreplace``, equality
with plain sympy matrices, pickling) is sympy's own.
"""
from __future__ import annotations

import sympy as sp
from sympy.core.basic import Basic
from sympy.core.containers import Dict, Tuple

__all__ = ["Matrix"]


class _Entries(Dict):
    """A sympy ``Dict`` of ``(i, j) → value`` whose items are ordered by position (integers), not sorted
    structurally."""

    def __new__(cls, *args):
        if len(args) == 1 and isinstance(args[0], dict) and all(isinstance(v, Basic) for v in args[0].values()):
            # a matrix's own entries: integer positions and sympy values, nothing to sympify
            items = [Tuple(Tuple(sp.Integer(i), sp.Integer(j), sympify=False), v, sympify=False)
                     for (i, j), v in args[0].items()]
        elif len(args) == 1 and isinstance(args[0], (dict, Dict)):
            items = [Tuple(k, v) for k, v in args[0].items()]
        else:
            items = [a if isinstance(a, Tuple) else Tuple(*a) for a in args]
        items.sort(key=lambda t: (int(t[0][0]), int(t[0][1])))
        obj = Basic.__new__(cls, *items)
        obj.elements = frozenset(items)
        obj._dict = dict(items)
        return obj


class Matrix(sp.ImmutableSparseMatrix):
    """An immutable sparse sympy matrix (see the module docstring for the one difference)."""

    @classmethod
    def _fromrep(cls, rep):
        rows, cols = rep.shape
        obj = Basic.__new__(cls, sp.Integer(rows), sp.Integer(cols), _Entries(rep.to_sympy().to_dok()))
        obj._rows = rows
        obj._cols = cols
        obj._rep = rep
        return obj
