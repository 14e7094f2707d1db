"""A content-addressed cache of obligation outcomes.

One file per obligation, named by :meth:`Obligation.key` salted with
:func:`tool_salt` (tool version, library versions and a hash of the tool's
own source files), so a re-run with nothing changed re-proves nothing and
any change to the code, the weights, the parameters or the libraries misses.
Each entry stores the SHA-256 of its payload; an entry that fails to parse
or to match its checksum is deleted and recomputed, never trusted.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .claims import Outcome

__all__ = ["Cache", "tool_salt", "library_versions"]

_LIBRARIES = ("sympy", "mpmath", "numpy", "z3-solver", "python-flint", "matplotlib")
_PACKAGES = ("verify", "constructions", "proofs")


def library_versions() -> dict[str, str]:
    out = {}
    for name in _LIBRARIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


@lru_cache(maxsize=None)
def source_hash() -> str:
    """SHA-256 over the tool's Python sources and shipped programs."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for pkg in _PACKAGES:
        for path in sorted((root / pkg).rglob("*")):
            if path.suffix in (".py", ".sbq") and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(root)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=None)
def tool_salt() -> str:
    from . import __version__

    return json.dumps({"tool": __version__, "libs": library_versions(), "source": source_hash()}, sort_keys=True)


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
        merged = {**self.timings(), **timings}
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, suffix=".tmp")
        with os.fdopen(fd, "w") as f:
            json.dump(merged, f, sort_keys=True)
        os.replace(tmp, self.root / "timings.json")

    def put(self, key: str, outcome: Outcome) -> None:
        if not self.enabled:
            return
        record = outcome.to_json()
        record["cached"] = False
        payload = json.dumps(record, sort_keys=True)
        entry = {"key": key, "sha256": hashlib.sha256(payload.encode()).hexdigest(), "outcome": record}
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w") as f:
            json.dump(entry, f)
        os.replace(tmp, path)
