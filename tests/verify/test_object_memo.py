"""verify.object_memo.per_object: once per live object and key, forgotten with the object."""
import gc

from verify.object_memo import _MEMO, per_object


class Thing:
    pass


def test_computed_once_per_object_and_key_and_dropped_with_the_object():
    calls = []
    a, b = Thing(), Thing()
    assert per_object(a, "k", lambda: calls.append("a") or 1) == 1
    assert per_object(a, "k", lambda: calls.append("again") or 2) == 1  # memoised
    assert per_object(a, "other", lambda: calls.append("a2") or 3) == 3  # another key
    assert per_object(b, "k", lambda: calls.append("b") or 4) == 4  # another object
    assert calls == ["a", "a2", "b"]
    ident = id(a)
    del a
    gc.collect()
    assert ident not in _MEMO  # the entry died with its object: a later object with the same id starts afresh
