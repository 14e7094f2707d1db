"""The symbolic semantics: exact hardmax over symbolic values, the evaluation the z3 proofs encode.

:class:`Symbolic` runs the forward pass of :mod:`verify.forward` on numpy
object arrays of :class:`verify.symbolic.Expr`; :func:`hardmax_weights` is the
exact column-wise hardmax of one concrete score matrix, with the tie sizes and
score gaps the temperature certificate needs (its definition; the heads
themselves use :meth:`Symbolic._hardmax`, the same computation on integer
score arrays in numpy, tested against it).  Both are importable from
:mod:`verify.semantics` as well.
"""
from __future__ import annotations

import itertools
import operator
from fractions import Fraction

import numpy as np

from . import symbolic as sym
from .rational import RatArray
from .semantics_base import SparseRows, _NumpySemantics, as_fraction

__all__ = ["Symbolic", "hardmax_weights"]

_IS = np.frompyfunc(operator.is_, 2, 1)


def hardmax_weights(scores: list[list[Fraction]], one_hot: bool = False, mask=None):
    """Column-wise hardmax of a concrete score matrix, with tie sizes and gaps.

    Returns ``(weights, ties, gaps)``: ``weights[i][j]`` is ``1/|argmax_j|`` for
    maximisers ``i`` of column ``j`` (the first maximiser only, with weight 1,
    if ``one_hot``), ``ties[j]`` the size of the argmax set and ``gaps[j]`` the
    difference between the maximum and the next smaller score (None if all equal).
    With a ``mask`` (``mask[i][j]``: key ``i`` visible to query ``j``) only the
    visible scores of each column compete.
    """
    n_rows, n_cols = len(scores), len(scores[0])
    weights = [[Fraction(0)] * n_cols for _ in range(n_rows)]
    ties, gaps = [], []
    for j in range(n_cols):
        visible = range(n_rows) if mask is None else [i for i in range(n_rows) if mask[i][j]]
        top = max(scores[i][j] for i in visible)
        winners = [i for i in visible if scores[i][j] == top]
        rest = [scores[i][j] for i in visible if scores[i][j] != top]
        ties.append(len(winners))
        gaps.append(top - max(rest) if rest else None)
        for i in winners[:1] if one_hot else winners:
            weights[i][j] = Fraction(1, 1 if one_hot else len(winners))
    return weights, ties, gaps


class Symbolic(_NumpySemantics):
    """Hardmax over exact symbolic values (:mod:`verify.symbolic`), for proofs.

    Arrays are numpy object arrays of :class:`~verify.symbolic.Expr`.  A head's
    scores are products of two affine forms, so they are not affine; but in
    the constructions checked here they depend only on a few finite-domain
    variables (pointers, the program counter).  :meth:`head` therefore splits
    on those variables — outermost selector first — until the scores are
    constants, takes the exact hardmax in each case, and joins the cases with
    :func:`~verify.symbolic.case`.  ``max_cases`` bounds the enumeration.

    ``ties``, ``min_gap`` and ``profiles`` collect, over every case, the sizes
    of the argmax sets, the least score gap, and each column's profile
    ``(|argmax set|, sorted gaps of the other keys)``: exact facts about all
    inputs, used by the temperature certificate.
    """

    cache_compiled = True  # weights depend on the class and key only

    def __init__(self, one_hot: bool = False, max_cases: int = 100_000):
        self.one_hot = one_hot
        self.max_cases = max_cases
        self.name = "symbolic-onehot" if one_hot else "symbolic"
        self.ties: set[int] = set()
        self.min_gap: Fraction | None = None
        self.profiles: set[tuple[int, tuple[Fraction, ...]]] = set()
        #: per query column, its profiles over every case, and whether its own key was its only maximiser in
        #: every case — collected only when ``column_profiles`` is set to a dict by the caller
        self.column_profiles: dict[int, set] | None = None
        self.column_own: dict[int, bool] = {}
        self.cases = 0
        self._relu = np.frompyfunc(sym.relu, 1, 1)

    def scalar(self, f):
        return sym.const(as_fraction(f))

    def bias(self, m):
        return np.array([[as_fraction(m[i, j]) for j in range(m.cols)] for i in range(m.rows)], dtype=object)

    def weights(self, m):
        if m.cols == 1:
            return np.array([[as_fraction(m[i, 0])] for i in range(m.rows)], dtype=object)
        rows: list[list[tuple[int, object]]] = [[] for _ in range(m.rows)]
        for (i, j), v in sorted(m.todok().items()):
            rows[i].append((j, as_fraction(v)))
        return SparseRows(rows, m.cols, sym.ZERO)

    def input(self, x):
        return np.vectorize(lambda v: v if isinstance(v, sym.Expr) else sym.const(v), otypes=[object])(
            np.asarray(x, dtype=object))

    def relu(self, a):
        return self._relu(a)

    def attend(self, scores):  # pragma: no cover - head() never needs it
        raise TypeError("symbolic scores are not affine; use head()")

    def head(self, keys, queries, values):
        if keys.ndim != 2:
            raise ValueError("symbolic evaluation takes one state, not a batch")
        return self._split(keys, queries, values, 1), None

    def head_with(self, keys, queries, values, kind="softmax", mask=None, scale=1):
        """Masked and linear heads, by the same case split as :meth:`head` (keys and queries must
        depend on finite-domain variables only; the update is then affine in the values)."""
        if keys.ndim != 2:
            raise ValueError("symbolic evaluation takes one state, not a batch")
        return self._split(keys, queries, values, 1, (kind, mask, as_fraction(scale))), None

    def _split(self, keys, queries, values, cases_so_far: int, how=None):
        entries = [e for e in itertools.chain(keys.flat, queries.flat)]
        top = [a.var for e in entries for a in e.terms if isinstance(a, sym.Case)]
        candidates = top or sorted({v for e in entries for v in e.vars()}, key=lambda v: v.order)
        if not candidates:
            return self._concrete(keys, queries, values, how)
        v = min(candidates, key=lambda x: x.order) if top else candidates[0]
        total = cases_so_far * len(v.domain)
        if total > self.max_cases:
            raise ValueError(f"attention scores depend on too many variables ({total} cases so far)")
        parts = []
        for val in v.domain:
            env, memo = {v: val}, {}  # one memo per case: shared subterms are substituted once
            sub = np.frompyfunc(lambda e, env=env, memo=memo: e.subs(env, memo), 1, 1)
            parts.append((val, self._split(sub(keys), sub(queries), sub(values), total, how)))
        # a cell that is the same object in every case needs no case (most cells: a pointer moves one column)
        first = parts[0][1]
        same = np.ones(first.shape, dtype=bool)
        for _, p in parts[1:]:
            same &= _IS(p, first).astype(bool)
        out = first.copy()
        for idx in zip(*np.nonzero(~same)):
            out[idx] = sym.case(v, [(val, p[idx]) for val, p in parts])
        return out

    def _concrete(self, keys, queries, values, how=None):
        self.cases += 1
        K = RatArray.from_values([[e.const for e in row] for row in keys])
        Q = RatArray.from_values([[e.const for e in row] for row in queries])
        S = K.swapaxes(-1, -2) @ Q  # exact scores, as integers over one denominator
        n = S.shape[-1]
        kind, mask, scale = how or ("softmax", None, 1)
        if kind != "linear":
            return self._hardmax(S.num, S.den, values, mask)
        scores = [[Fraction(int(v), S.den) for v in row] for row in S.num.tolist()]
        w = [[scores[i][j] * scale if mask is None or mask[i][j] else Fraction(0) for j in range(n)]
             for i in range(n)]
        return self._combine(w, values, n)

    def _hardmax(self, num, den: int, values, mask=None):
        """The hardmax head on exact integer scores ``num / den``, column by column in numpy.

        The same weights, tie sizes, least gap and profiles as :func:`hardmax_weights`
        (tested against it); a column whose only maximiser is its own key
        takes its own value unchanged.
        """
        n = num.shape[-1]
        visible = np.ones((n, n), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
        low = num.min() - 1 if num.size else 0
        masked = np.where(visible, num, low)
        top = masked.max(axis=0)
        win = (masked == top[None, :]) & visible
        if self.one_hot:
            first = win.argmax(axis=0)
            win = np.zeros_like(win)
            win[first, np.arange(n)] = True
        ties = (((masked == top[None, :]) & visible).sum(axis=0)).astype(np.int64)
        others = visible & (masked != top[None, :])
        count = others.sum(axis=0)
        gaps = np.where(others, top[None, :] - masked, np.max(top) - low + 1 if num.size else 0)
        gaps.sort(axis=0)
        self.ties.update(int(t) for t in np.unique(ties))
        table = np.concatenate([ties[None, :], count[None, :], gaps], axis=0).T
        for row in np.unique(table, axis=0):
            t, k = int(row[0]), int(row[1])
            self.profiles.add((t, tuple(Fraction(int(g), den) for g in row[2:2 + k])))
        if count.any():
            least = Fraction(int(gaps[0][count > 0].min()), den)
            if self.min_gap is None or least < self.min_gap:
                self.min_gap = least
        out = values.copy()
        own = win[np.arange(n), np.arange(n)] & (win.sum(axis=0) == 1)
        if self.column_profiles is not None:
            for j, row in enumerate(table.tolist()):
                t, k = row[0], row[1]
                self.column_profiles.setdefault(j, set()).add((t, tuple(Fraction(g, den) for g in row[2:2 + k])))
                self.column_own[j] = self.column_own.get(j, True) and bool(own[j])
        for j in np.flatnonzero(~own):
            keys = np.flatnonzero(win[:, j])
            w = Fraction(1, len(keys))
            for r in np.ndindex(values.shape[:-1]):
                out[r + (j,)] = sym.linear((w, values[r + (i,)]) for i in keys)
        return out

    @staticmethod
    def _combine(w, values, n):
        """``values @ w`` for a concrete weight matrix ``w`` (an update affine in the values)."""
        out = np.empty(values.shape[:-1] + (n,), dtype=object)
        for j in range(n):
            col = [(w[i][j], i) for i in range(n) if w[i][j]]
            for r in np.ndindex(values.shape[:-1]):
                out[r + (j,)] = sym.linear((c, values[r + (i,)]) for c, i in col)
        return out

    def to_float(self, x):  # pragma: no cover - symbolic values have no float
        raise TypeError("symbolic values have no float value")

    def describe(self):
        return "symbolic, one-hot argmax" if self.one_hot else "symbolic, tie-averaging hardmax"
