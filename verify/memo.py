"""A persistent memo for values a plug-in derives from its own source, such as weight fingerprints.

Expanding claims into obligations can be costly when an obligation's key
covers a value computed from the construction — the content hash of a
network built symbolically at some size, say.  Such a value is a function of
the function's arguments and of the source files it is computed from, so it
can be stored next to the obligation cache under a key made of exactly those:
the function's module and name, its (JSON) arguments, and the salt of the
paper the module belongs to (:func:`verify.cache.tool_salt`: the engine's and
the paper's source hashes and the library versions).  Editing any of those
files changes the salt and so misses the memo, as it misses the cache.

A function opts in with :func:`persistent`; the memo is active only inside
:func:`active` (the runner opens it on the run's cache directory), so calls
elsewhere — tests, tasks in worker processes — simply compute.  Values must be
JSON-serialisable; an unreadable entry is recomputed, never trusted.
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
import json
from pathlib import Path
from typing import Callable

__all__ = ["persistent", "active"]

_ROOT: contextvars.ContextVar[Path | None] = contextvars.ContextVar("verify_memo_root", default=None)


@contextlib.contextmanager
def active(root: Path | str | None):
    """Store and look up :func:`persistent` values under ``root / "memo"`` (``None``: compute every time)."""
    token = _ROOT.set(None if root is None else Path(root) / "memo")
    try:
        yield
    finally:
        _ROOT.reset(token)


def _salt(module: str) -> str:
    from .cache import module_salt

    return module_salt(module)


def persistent(fn: Callable) -> Callable:
    """Memoise ``fn`` (JSON-able positional arguments and value) on disk while :func:`active`."""

    @functools.wraps(fn)
    def wrapper(*args):
        root = _ROOT.get()
        if root is None:
            return fn(*args)
        payload = json.dumps([fn.__module__, fn.__qualname__, list(args), _salt(fn.__module__)], sort_keys=True,
                             default=list)
        key = hashlib.sha256(payload.encode()).hexdigest()
        path = root / key[:2] / f"{key}.json"
        try:
            entry = json.loads(path.read_text())
            if entry["key"] == key:
                return entry["value"]
        except (OSError, ValueError, KeyError, TypeError):
            pass
        value = fn(*args)
        try:
            from .cache import write_json_atomic

            write_json_atomic(path, {"key": key, "value": value})
        except OSError:  # an unwritable memo only costs time
            pass
        return value

    return wrapper
