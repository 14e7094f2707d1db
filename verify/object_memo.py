"""Values memoised per immutable object: per live object (:func:`per_object`), or per kept table (:class:`KeptMemo`).

A :class:`~verify.layer.Layer` is frozen and its matrices immutable, so anything
derived from one layer object alone — its compiled weights for a semantics, its
feed-forward slope groups — can be reused for as long as that object lives; a
mutant or a rebinding is a new object and computes afresh.  Entries are keyed
by ``id`` and removed by a ``weakref.finalize`` when the object is collected, so
an id reused by a later object never meets a stale entry.

Tuples cannot be weakly referenced: :class:`KeptMemo` keys a value by a
tuple's identity and keeps the tuple alive instead (so its id cannot be
reused), up to a fixed number of entries — for tables shared by many symbolic
cases, such as a code field's branches.
"""
from __future__ import annotations

import weakref
from typing import Callable, Hashable, TypeVar

__all__ = ["per_object", "KeptMemo"]

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


class KeptMemo:
    """Values keyed by the identity of an immutable object (and an optional hashable ``extra``), which the
    memo keeps alive; at most ``limit`` entries (later ones are simply not remembered).  Values are never
    None: :meth:`get` returns None for a miss."""

    def __init__(self, limit: int = 65536):
        self.limit = limit
        self._entries: dict[tuple, tuple] = {}

    def get(self, obj: object, extra: Hashable = ()):
        found = self._entries.get((id(obj), extra))
        return found[1] if found is not None and found[0] is obj else None

    def put(self, obj: object, value, extra: Hashable = ()) -> None:
        if len(self._entries) < self.limit:
            self._entries[(id(obj), extra)] = (obj, value)  # the reference keeps the id unique
