"""The regression baseline: what ``verify all --check`` compares against.

``reports/baseline.json`` records, per claim, its status, its certified metrics
(each with the direction that counts as better and a relative tolerance) and its
*scope*: its parameters (``claim.parameters(profile)``) and the sorted names of its
obligations, which encode the shapes proved.  It also records why it was written
(``--update-baseline --reason TEXT``).  A check fails when

* a claim's status gets worse (it stops meeting its expectation, or its evidence
  weakens, e.g. PROVED → PROVED_CONDITIONALLY or SAMPLED_OK), or a claim of the
  baseline is missing from a full run;
* a metric moves by more than its tolerance in *either* direction: worse is a
  regression, and better is one too until reviewed — an unsound change can
  shrink a certified bound as easily as a sound one ("changed, review and
  re-baseline with --update-baseline --reason TEXT");
* a metric is missing, NaN or not a number;
* a claim's scope shrank: an obligation disappeared or a parameter changed
  (a parameter that only gained list items, or new obligations, is a note).
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import os
import re
import tempfile
from pathlib import Path

from .claims import _SEVERITY, Status

__all__ = ["baseline_from_report", "compare", "load_baseline", "save_baseline", "DEFAULT_TOLERANCE",
           "BASELINE_SCHEMA"]

BASELINE_SCHEMA = 2
#: Relative tolerance for a metric that does not state its own.
DEFAULT_TOLERANCE = 1e-6
_REVIEW = "review and re-baseline with --update-baseline --reason TEXT"


def _scope(claim: dict) -> dict:
    """Parameters as JSON has them (a tuple and the list it is stored as are the same scope) and obligation names."""
    parameters = json.loads(json.dumps(claim.get("parameters", {}), default=str))
    return {"parameters": parameters, "obligations": sorted(o["name"] for o in claim["obligations"])}


def baseline_from_report(report: dict, reason: str = "") -> dict:
    return {
        "schema_version": BASELINE_SCHEMA,
        "profile": report["header"]["profile"],
        "reason": reason,
        "recorded": {"date": report["header"].get("date", _dt.datetime.now(_dt.timezone.utc).isoformat()),
                     "git_commit": report["header"].get("git_commit", "unknown")},
        "claims": {
            c["id"]: {"status": c["status"], "met": c["met"], "metrics": c["details"].get("metrics", {}),
                      "scope": _scope(c)}
            for c in report["claims"]
        },
    }


def load_baseline(path: Path | str) -> dict:
    path = Path(path)
    data = json.loads(path.read_text())
    version = data.get("schema_version") if isinstance(data, dict) else None
    if version != BASELINE_SCHEMA:
        raise ValueError(f"baseline schema {version} is not {BASELINE_SCHEMA} (it records no scope or reason); "
                         f"re-create it with --update-baseline --reason TEXT")
    return data


def save_baseline(report: dict, path: Path | str, reason: str = "") -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w") as f:
        json.dump(baseline_from_report(report, reason), f, indent=2, sort_keys=True)
        f.write("\n")
    os.replace(tmp, path)


def _rank(status: str) -> int:
    return _SEVERITY.index(Status(status))


def _number(value) -> float | None:
    """A metric's value as a finite float, or None (NaN, infinite, missing, not a number)."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _items(value) -> set[str] | None:
    """A parameter as a set of items (a list, or a string of comma-separated items outside brackets), else None."""
    if isinstance(value, (list, tuple)):
        return {json.dumps(v, sort_keys=True, default=str) for v in value}
    if isinstance(value, str) and "," in value:
        return {json.dumps(p.strip()) for p in re.split(r",(?![^()\[\]{}]*[)\]}])", value)}
    return None


def _compare_scope(cid: str, old: dict, cur: dict, regressions: list[str], notes: list[str]) -> None:
    cur = _scope(cur)
    old_obs, cur_obs = set(old.get("obligations", [])), set(cur["obligations"])
    lost = sorted(old_obs - cur_obs)
    if lost:
        regressions.append(f"{cid}: scope shrank, {len(lost)} obligation(s) no longer checked: "
                           + ", ".join(lost[:5]) + (" …" if len(lost) > 5 else ""))
    gained = sorted(cur_obs - old_obs)
    if gained:
        notes.append(f"{cid}: scope grew by {len(gained)} obligation(s): " + ", ".join(gained[:5])
                     + (" …" if len(gained) > 5 else ""))
    old_params, cur_params = old.get("parameters", {}), cur.get("parameters", {})
    for name, before in old_params.items():
        if name not in cur_params:
            regressions.append(f"{cid}: scope changed, parameter {name!r} ({before}) is gone; {_REVIEW}")
            continue
        after = cur_params[name]
        if after == before:
            continue
        old_items, new_items = _items(before), _items(after)
        if old_items is not None and new_items is not None and old_items <= new_items:
            notes.append(f"{cid}: scope grew, {name}: {before} → {after}")
        else:
            regressions.append(f"{cid}: scope changed, {name}: {before} → {after}; {_REVIEW}")
    for name in cur_params.keys() - old_params.keys():
        notes.append(f"{cid}: new parameter {name} = {cur_params[name]}")


def _compare_metrics(cid: str, old: dict, cur: dict, regressions: list[str], notes: list[str]) -> None:
    metrics = cur["details"].get("metrics", {})
    for name, m in old.get("metrics", {}).items():
        if name not in metrics:
            regressions.append(f"{cid}: metric {name} is no longer reported")
            continue
        before, after = _number(m.get("value")), _number(metrics[name].get("value"))
        if after is None:
            regressions.append(f"{cid}: metric {name} is {metrics[name].get('value')!r}, not a finite number")
            continue
        if before is None:
            regressions.append(f"{cid}: the baseline's {name} is {m.get('value')!r}, not a finite number; {_REVIEW}")
            continue
        tol = float(m.get("tolerance", DEFAULT_TOLERANCE)) * max(abs(before), 1e-300)
        worse = after - before if m["better"] == "lower" else before - after
        if worse > tol:
            regressions.append(f"{cid}: {name} got worse, {before:.6g} → {after:.6g} (better is {m['better']})")
        elif -worse > tol:
            regressions.append(f"{cid}: {name} changed (got better), {before:.6g} → {after:.6g} (better is "
                               f"{m['better']}): {_REVIEW}")
    for name in metrics.keys() - old.get("metrics", {}).keys():
        notes.append(f"{cid}: new metric {name} = {metrics[name].get('value')}")


def compare(report: dict, baseline: dict, subset: bool = False) -> tuple[list[str], list[str]]:
    """Regressions (failures) and notes (new claims, grown scopes) of ``report`` against ``baseline``."""
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
        _compare_scope(cid, old.get("scope", {}), cur, regressions, notes)
        _compare_metrics(cid, old, cur, regressions, notes)
    for cid in now:
        if cid not in baseline["claims"]:
            notes.append(f"{cid}: new claim, {now[cid]['status']}")
    return regressions, notes
