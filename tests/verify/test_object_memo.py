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


def test_kept_memo_keys_by_identity_and_extra_and_keeps_its_tables_alive():
    from verify.object_memo import KeptMemo

    memo = KeptMemo(limit=2)
    table, equal_copy = (1, 2, 3), tuple([1, 2, 3])
    assert table == equal_copy and table is not equal_copy
    memo.put(table, "a", extra="d1")
    assert memo.get(table, "d1") == "a"
    assert memo.get(table, "d2") is None and memo.get(equal_copy, "d1") is None  # identity, and the extra key
    memo.put(table, "b", extra="d2")
    memo.put(equal_copy, "c", extra="d1")  # over the limit: not remembered
    assert memo.get(equal_copy, "d1") is None and memo.get(table, "d2") == "b"
    ident = id(table)
    del table
    gc.collect()
    assert any(k[0] == ident for k in memo._entries)  # the memo still holds the table: its id stays taken
