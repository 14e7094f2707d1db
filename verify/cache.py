"""A content-addressed cache of obligation outcomes.

One file per obligation, named by :meth:`Obligation.key` salted with
:func:`obligation_salt`: the tool version, the library versions, a hash of
the engine's own source files (the ``verify`` package) and a hash of the
source files of the paper plug-in the obligation belongs to (its
``sources``, see :mod:`verify.plugins`).  A re-run with nothing changed
re-proves nothing; a change to the engine, the libraries, the weights or the
parameters misses everywhere; a change to one paper's files misses exactly
that paper's obligations.  Each entry stores the SHA-256 of its payload; an
entry that fails to parse or to match its checksum is deleted and
recomputed, never trusted.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .claims import Obligation, Outcome

__all__ = ["Cache", "tool_salt", "obligation_salt", "module_salt", "source_hash", "library_versions",
           "write_json_atomic"]

def write_json_atomic(path: Path, data, **dump_options) -> None:
    """Write ``data`` as JSON to ``path`` (its directory created) so that a reader sees the old file or the
    new one, never half of one: a temporary file in the same directory, then ``os.replace``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w") as f:
        json.dump(data, f, **dump_options)
    os.replace(tmp, path)


_LIBRARIES = ("sympy", "mpmath", "numpy", "z3-solver", "python-flint", "matplotlib")
#: The engine: its source is part of every key.
_ENGINE = "verify"


def library_versions() -> dict[str, str]:
    out = {}
    for name in _LIBRARIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


@lru_cache(maxsize=None)
def source_hash(packages: tuple[str, ...] = (_ENGINE,)) -> str:
    """SHA-256 over every file of the given packages (or modules), by import name; no bytecode.

    Cached per process (``source_hash.cache_clear()`` after editing files in a test).
    """
    from .plugins import source_files

    h = hashlib.sha256()
    for name in sorted(set(packages)):
        for label, path in source_files(name):
            h.update(label.encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=None)
def tool_salt(paper: str = "", sources: tuple[str, ...] = ()) -> str:
    """The salt of every key of ``paper``: versions, the engine's source and ``sources`` (that paper's)."""
    from . import __version__

    salt = {"tool": __version__, "libs": library_versions(), "source": source_hash()}
    if paper or sources:
        salt["paper"] = {"name": paper, "source": source_hash(tuple(sorted(set(sources))))}
    return json.dumps(salt, sort_keys=True)


def obligation_salt(ob: Obligation) -> str:
    """:func:`tool_salt` for the paper ``ob`` belongs to (:func:`module_salt` of its task, by its claim first)."""
    return module_salt(ob.task.partition(":")[0], ob.claim)


def module_salt(module: str, claim: str = "") -> str:
    """:func:`tool_salt` for the paper a module (or a claim id) belongs to.

    That is the installed paper that registered ``claim``, else the one
    whose source packages hold ``module``; a module of no installed paper is
    salted with its top-level package.
    """
    from .plugins import PluginError, installed_papers

    try:
        registry = installed_papers()
        paper = (registry.owner(claim) if claim else None) or registry.paper_of_module(module)
    except PluginError:
        registry, paper = None, None
    if paper is not None:
        return tool_salt(paper, registry.sources(paper))
    top = module.partition(".")[0]
    return tool_salt("", (top,) if top and top != _ENGINE else ())


class Cache:
    """Outcomes on disk under ``root``; ``enabled=False`` makes every lookup miss."""

    def __init__(self, root: Path | str, enabled: bool = True):
        self.root = Path(root)
        self.enabled = enabled
        self.corrupted: list[str] = []

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Outcome | None:
        if not self.enabled:
            return None
        path = self._path(key)
        if not path.exists():
            return None
        try:
            entry = json.loads(path.read_text())
            payload = json.dumps(entry["outcome"], sort_keys=True)
            if entry["key"] != key or hashlib.sha256(payload.encode()).hexdigest() != entry["sha256"]:
                raise ValueError("checksum mismatch")
            outcome = Outcome.from_json(entry["outcome"])
        except (OSError, ValueError, KeyError, TypeError):
            self.corrupted.append(key)
            path.unlink(missing_ok=True)
            return None
        outcome.cached = True
        return outcome

    def timings(self) -> dict[str, float]:
        """Seconds each obligation (by id) took when last computed — for scheduling only, never trusted."""
        try:
            data = json.loads((self.root / "timings.json").read_text())
            return {str(k): float(v) for k, v in data.items()}
        except (OSError, ValueError, TypeError, AttributeError):
            return {}

    def save_timings(self, timings: dict[str, float]) -> None:
        write_json_atomic(self.root / "timings.json", {**self.timings(), **timings}, sort_keys=True)

    def put(self, key: str, outcome: Outcome) -> None:
        if not self.enabled:
            return
        record = outcome.to_json()
        record["cached"] = False
        payload = json.dumps(record, sort_keys=True)
        entry = {"key": key, "sha256": hashlib.sha256(payload.encode()).hexdigest(), "outcome": record}
        write_json_atomic(self._path(key), entry)
