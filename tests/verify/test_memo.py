"""verify.memo: values a plug-in derives from its source are kept across runs, and only while the sources match."""
from __future__ import annotations

import json

import verify.memo as memo

CALLS: list[tuple] = []


@memo.persistent
def fingerprint(shape):
    CALLS.append(tuple(shape))
    return f"hash-of-{list(shape)}"


def _reset():
    CALLS.clear()


def test_a_value_is_computed_once_per_root_and_read_back(tmp_path):
    _reset()
    with memo.active(tmp_path):
        assert fingerprint((1, 2)) == "hash-of-[1, 2]"
        assert fingerprint((1, 2)) == "hash-of-[1, 2]"
        assert fingerprint((3, 4)) == "hash-of-[3, 4]"
    assert CALLS == [(1, 2), (3, 4)]
    assert len(list((tmp_path / "memo").rglob("*.json"))) == 2


def test_without_an_active_root_every_call_computes():
    _reset()
    fingerprint((1, 2))
    fingerprint((1, 2))
    assert CALLS == [(1, 2), (1, 2)]


def test_a_source_change_misses_the_memo(tmp_path, monkeypatch):
    _reset()
    with memo.active(tmp_path):
        fingerprint((1, 2))
        monkeypatch.setattr(memo, "_salt", lambda module: "other sources")
        fingerprint((1, 2))
    assert CALLS == [(1, 2), (1, 2)]


def test_a_corrupted_entry_is_recomputed_not_trusted(tmp_path):
    _reset()
    with memo.active(tmp_path):
        fingerprint((5,))
        (entry,) = (tmp_path / "memo").rglob("*.json")
        entry.write_text(json.dumps({"key": "someone else's", "value": "forged"}))
        assert fingerprint((5,)) == "hash-of-[5]"
        entry.write_text("{not json")
        assert fingerprint((5,)) == "hash-of-[5]"
    assert CALLS == [(5,), (5,), (5,)]
