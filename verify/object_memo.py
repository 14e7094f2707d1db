"""Values memoised per live object: computed once for an immutable object, dropped when it dies.

A :class:`~verify.layer.Layer` is frozen and its matrices immutable, so anything
derived from one layer object alone — its compiled weights for a semantics, its
feed-forward slope groups — can be reused for as long as that object lives; a
mutant or a rebinding is a new object and computes afresh.  Entries are keyed
by ``id`` and removed by a ``weakref.finalize`` when the object is collected, so
an id reused by a later object never meets a stale entry.
"""
from __future__ import annotations

import weakref
from typing import Callable, Hashable, TypeVar

__all__ = ["per_object"]

T = TypeVar("T")

_MEMO: dict[int, dict[Hashable, object]] = {}


def per_object(obj: object, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, memoised under ``key`` for as long as ``obj`` lives."""
    entries = _MEMO.get(id(obj))
    if entries is None:
        entries = _MEMO[id(obj)] = {}
        weakref.finalize(obj, _MEMO.pop, id(obj), None)
    if key not in entries:
        entries[key] = compute()
    return entries[key]  # type: ignore[return-value]
