"""The JSON report of a run (``report.json``; schema ``verify/report_schema.json``).

:func:`build_report` turns a :class:`~verify.runner.RunSummary` into the
report: a header (tool, commit, command, libraries, machine, profile, cache
and the constructions' content hashes), a summary by status, and per claim
its reference, parameters, expected and reached status, details, premise
graph, obligations and plots.  Artefacts (solver queries as SMT-LIB2,
counterexamples as JSON) are named by content, ``artefacts/<sha256
prefix>/<name>`` (:func:`artefact_path`): an obligation shared by several
claims, or the same query made twice, is one file.  Plots are the
``details["plots"]`` specifications of the claims (:mod:`verify.plots`); each
is given the file ``plots/<claim>/<NN>-<title-slug>.png``, or the reason it
cannot be drawn.  Writing the files is :mod:`verify.report`'s job.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

from .cache import library_versions
from .claims import ClaimResult
from .plots import PlotSpecError, check_plot
from .runner import RunSummary

__all__ = ["SCHEMA_VERSION", "build_report", "artefact_files", "artefact_path"]

SCHEMA_VERSION = 2


def _git_commit() -> str:
    try:
        root = Path(__file__).resolve().parent.parent
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True,
                                timeout=5).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               capture_output=True, text=True, timeout=5).stdout.strip()
        return (commit or "unknown") + ("+dirty" if dirty and commit else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def _safe_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in text)


def artefact_files(o) -> dict[str, str]:
    """An outcome's artefacts, file name -> text (its counterexample as ``counterexample.json``)."""
    files = dict(o.artefacts)
    if "counterexample" in o.data:
        files["counterexample.json"] = json.dumps(o.data["counterexample"], indent=2, default=str)
    return files


def artefact_path(name: str, text: str) -> str:
    """Where an artefact is stored: by its content (and name), so equal artefacts are one file."""
    digest = hashlib.sha256(f"{name}\0{text}".encode()).hexdigest()[:16]
    return f"artefacts/{digest}/{_safe_name(name)}"


def _plot_json(claim_id: str, index: int, spec) -> dict:
    """Where plot ``index`` of a claim is drawn, or why it cannot be."""
    title = spec.get("title") if isinstance(spec, dict) else None
    title = title if isinstance(title, str) and title.strip() else f"plot {index + 1}"
    try:
        check_plot(spec)
    except PlotSpecError as err:
        return {"title": title, "file": None, "error": str(err)}
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:48].rstrip("-")
    return {"title": title, "file": f"plots/{claim_id}/{index + 1:02d}-{slug}.png"}


def _evidence(ob, outcome) -> str | None:
    """The evidence kind the obligation declares (None if undeclared or contradictory: see its summary)."""
    from .evidence import evidence_kind

    try:
        return evidence_kind(ob, outcome) or None
    except ValueError:
        return None


def _claim_json(r: ClaimResult, profile: str) -> dict:
    c = r.claim
    obligations = []
    for ob, o in r.outcomes:
        files = artefact_files(o)
        obligations.append({
            "name": ob.name,
            "status": o.status.value,
            "summary": o.summary,
            "seconds": round(o.seconds, 4),
            "cached": o.cached,
            "data": o.data,
            "evidence": _evidence(ob, o),
            "artefacts": [artefact_path(name, files[name]) for name in sorted(files)],
        })
    return {
        "id": c.id,
        "title": c.title,
        "paper": {"paper": c.ref.paper, "where": c.ref.where, "tag": c.ref.tag, "statement": c.ref.statement},
        "construction": c.construction,
        "method": c.method,
        "parameters": c.parameters(profile),
        "expected": [s.value for s in c.expected],
        "status": r.status.value,
        "met": r.met,
        "summary": r.summary,
        "seconds": round(r.seconds, 4),
        "details": r.details,
        "obligations": obligations,
        "premises": r.premises,
        "plots": [_plot_json(c.id, i, spec) for i, spec in enumerate(r.details.get("plots", []))],
    }


def build_report(summary: RunSummary, command: list[str] | None = None) -> dict:
    """The JSON report (see ``verify/report_schema.json``)."""
    fingerprints = sorted({(r.claim.construction, ob.fingerprint) for r in summary.results
                           for ob, _ in r.outcomes if ob.fingerprint})
    counts: dict[str, int] = {}
    for r in summary.results:
        counts[r.status.value] = counts.get(r.status.value, 0) + 1
    from . import __version__

    return {
        "schema_version": SCHEMA_VERSION,
        "header": {
            "tool_version": __version__,
            "git_commit": _git_commit(),
            "command": " ".join(command if command is not None else sys.argv),
            "python": platform.python_version(),
            "libraries": library_versions(),
            "cpu_count": os.cpu_count() or 1,
            "machine": platform.machine(),
            "date": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "profile": summary.profile,
            "jobs": summary.jobs,
            "seconds": round(summary.seconds, 3),
            "cache": {"hits": summary.cache_hits, "misses": summary.cache_misses,
                      "corrupted": summary.cache_corrupted},
            "constructions": [{"name": n, "content_hash": h} for n, h in fingerprints],
            **({"recheck": summary.recheck} if getattr(summary, "recheck", None) is not None else {}),
        },
        "summary": {
            "claims": len(summary.results),
            "met": sum(r.met for r in summary.results),
            "not_met": [r.claim.id for r in summary.results if not r.met],
            "by_status": counts,
        },
        "claims": [_claim_json(r, summary.profile) for r in summary.results],
    }
