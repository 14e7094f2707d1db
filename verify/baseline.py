"""The regression baseline: what ``verify all --check`` compares against.

``reports/baseline.json`` records, per claim, its status and its certified
metrics (each with the direction that counts as better and a relative
tolerance).  A check fails when a claim's status gets worse (it stops meeting
its expectation, or its evidence weakens, e.g. PROVED → SAMPLED_OK), when a
claim of the baseline is missing from a full run, or when a metric moves the
wrong way by more than its tolerance.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .claims import _SEVERITY, Status

__all__ = ["baseline_from_report", "compare", "load_baseline", "save_baseline", "DEFAULT_TOLERANCE"]

BASELINE_SCHEMA = 1
#: Relative tolerance for a metric that does not state its own.
DEFAULT_TOLERANCE = 1e-6


def baseline_from_report(report: dict) -> dict:
    return {
        "schema_version": BASELINE_SCHEMA,
        "profile": report["header"]["profile"],
        "claims": {
            c["id"]: {"status": c["status"], "met": c["met"], "metrics": c["details"].get("metrics", {})}
            for c in report["claims"]
        },
    }


def load_baseline(path: Path | str) -> dict:
    path = Path(path)
    data = json.loads(path.read_text())
    if data.get("schema_version") != BASELINE_SCHEMA:
        raise ValueError(f"{path}: baseline schema {data.get('schema_version')} is not {BASELINE_SCHEMA}")
    return data


def save_baseline(report: dict, path: Path | str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w") as f:
        json.dump(baseline_from_report(report), f, indent=2, sort_keys=True)
        f.write("\n")
    os.replace(tmp, path)


def _rank(status: str) -> int:
    return _SEVERITY.index(Status(status))


def compare(report: dict, baseline: dict, subset: bool = False) -> tuple[list[str], list[str]]:
    """Regressions (failures) and notes (improvements, new claims) of ``report`` against ``baseline``."""
    regressions, notes = [], []
    if baseline.get("profile") != report["header"]["profile"]:
        regressions.append(
            f"the baseline is for profile {baseline.get('profile')!r}, this run used {report['header']['profile']!r}"
        )
        return regressions, notes
    now = {c["id"]: c for c in report["claims"]}
    for cid, old in baseline["claims"].items():
        cur = now.get(cid)
        if cur is None:
            if not subset:
                regressions.append(f"{cid}: in the baseline but not checked any more")
            continue
        if old["met"] and not cur["met"]:
            regressions.append(f"{cid}: {old['status']} → {cur['status']}, no longer meets its expected outcome")
        elif _rank(cur["status"]) < _rank(old["status"]) and cur["met"] == old["met"]:
            regressions.append(f"{cid}: evidence weakened, {old['status']} → {cur['status']}")
        elif cur["status"] != old["status"]:
            notes.append(f"{cid}: {old['status']} → {cur['status']}")
        metrics = cur["details"].get("metrics", {})
        for name, m in old.get("metrics", {}).items():
            if name not in metrics:
                regressions.append(f"{cid}: metric {name} is no longer reported")
                continue
            before, after = float(m["value"]), float(metrics[name]["value"])
            tol = float(m.get("tolerance", DEFAULT_TOLERANCE)) * max(abs(before), 1e-300)
            worse = after - before if m["better"] == "lower" else before - after
            if worse > tol:
                regressions.append(f"{cid}: {name} got worse, {before:.6g} → {after:.6g} (better is {m['better']})")
            elif abs(after - before) > tol:
                notes.append(f"{cid}: {name} improved, {before:.6g} → {after:.6g}")
    for cid in now:
        if cid not in baseline["claims"]:
            notes.append(f"{cid}: new claim, {now[cid]['status']}")
    return regressions, notes
