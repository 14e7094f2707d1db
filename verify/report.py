"""Write a run's reports: ``index.md``, ``report.json``, the artefacts and the plots.

Everything is first written into a fresh temporary directory beside the
target; only when the whole report is complete are the files moved into
place (``os.replace``, one rename per file, ``artefacts/`` and ``plots/`` as
one directory rename each).  A run that fails or is interrupted before that
point leaves the previous report untouched.

Plots are the ``details["plots"]`` specifications of the claims (see
:mod:`verify.plots`); each becomes ``plots/<claim>/<NN>-<title-slug>.png``, listed
in the claim's ``plots`` entry of ``report.json`` and linked from the pages.

Artefacts (solver queries as SMT-LIB2, counterexamples as JSON) are stored by
content, ``artefacts/<sha256 prefix>/<name>``: an obligation shared by several
claims, or the same query made twice, is one file.

Everything above is generated (and ignored by git).  What a repository keeps
is the regression baseline and ``summary-<profile>.md`` (:func:`render_summary`):
claim, title, status, expected outcome — no date, time or commit, so it
changes only when a result changes.  It is rewritten only by a complete run
(``complete=True``: no ``--only``/``--paper`` filter).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .cache import library_versions
from .claims import ClaimResult, Status
from .plots import PlotSpecError, check_plot, render_plot
from .runner import RunSummary

__all__ = ["SCHEMA_VERSION", "build_report", "write_report", "render_markdown", "render_summary",
           "summary_name", "STATUS_HELP"]

SCHEMA_VERSION = 2

STATUS_HELP = {
    "PROVED": "established by a solver or a rigorous (Arb) computation",
    "LOOSE": "proved, and a strictly sharper statement was proved as well",
    "PROVED_CONDITIONALLY": "proved, but a premise it rests on is not PROVED at the same parameters "
                            "(the unmet premises are listed)",
    "SAMPLED_OK": "held on every tested input (the report says which inputs and seeds)",
    "REFUTED": "false; a replayable counterexample is attached",
    "UNKNOWN": "undecided (an undecidable comparison or a solver that gave up)",
    "TIMEOUT": "the time budget ran out",
    "ERROR": "the check itself failed",
}

_GENERATED = ("index.md", "report.json", "index.html")
_DIRECTORIES = ("artefacts", "plots")


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


def _artefact_files(o) -> dict[str, str]:
    """An outcome's artefacts, file name -> text (its counterexample as ``counterexample.json``)."""
    files = dict(o.artefacts)
    if "counterexample" in o.data:
        files["counterexample.json"] = json.dumps(o.data["counterexample"], indent=2, default=str)
    return files


def _artefact_path(name: str, text: str) -> str:
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
        files = _artefact_files(o)
        obligations.append({
            "name": ob.name,
            "status": o.status.value,
            "summary": o.summary,
            "seconds": round(o.seconds, 4),
            "cached": o.cached,
            "data": o.data,
            "evidence": _evidence(ob, o),
            "artefacts": [_artefact_path(name, files[name]) for name in sorted(files)],
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
            **({"recheck": summary.recheck} if summary.recheck is not None else {}),
        },
        "summary": {
            "claims": len(summary.results),
            "met": sum(r.met for r in summary.results),
            "not_met": [r.claim.id for r in summary.results if not r.met],
            "by_status": counts,
        },
        "claims": [_claim_json(r, summary.profile) for r in summary.results],
    }


def _md_escape(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _fmt_value(v) -> str:
    if isinstance(v, float):
        return f"{v:.6g}"
    return str(v)


#: The findings a report opens with: (heading, which claims), in this order.
FINDING_GROUPS = (
    ("Not meeting the expected outcome", lambda c: not c["met"]),
    ("Refuted", lambda c: c["met"] and c["status"] == "REFUTED"),
    ("Loose: true, and a sharper statement proved", lambda c: c["met"] and c["status"] == "LOOSE"),
    ("Undecided or failed", lambda c: c["met"] and c["status"] in ("UNKNOWN", "TIMEOUT", "ERROR")),
)


def findings(report: dict) -> list[tuple[str, list[dict]]]:
    """The claims a reader should see first, grouped (see :data:`FINDING_GROUPS`); empty groups left out."""
    groups = [(title, [c for c in report["claims"] if pick(c)]) for title, pick in FINDING_GROUPS]
    return [(title, claims) for title, claims in groups if claims]


def _verdict(s: dict) -> str:
    return (f"{s['met']} of {s['claims']} claims met their expected outcome"
            + (f"; **not met: {', '.join(s['not_met'])}**" if s["not_met"] else "") + ".")


def _md_run_metadata(h: dict) -> list[str]:
    """The run's metadata and construction hashes, folded (``<details>``)."""
    out = [
        "<details><summary>Run metadata and construction hashes</summary>",
        "",
        f"- tool {h['tool_version']}, commit `{h['git_commit']}`, profile `{h['profile']}`, "
        f"{h['jobs']} jobs on {h['cpu_count']} CPUs, {h['seconds']} s",
        f"- command: `{h['command']}`",
        f"- date: {h['date']}; Python {h['python']}; "
        + ", ".join(f"{k} {v}" for k, v in h["libraries"].items()),
        f"- cache: {h['cache']['hits']} hits, {h['cache']['misses']} computed"
        + (f", {len(h['cache']['corrupted'])} corrupted entries recomputed" if h["cache"]["corrupted"] else ""),
    ]
    if h.get("recheck"):
        out.append(f"- second solver: {_recheck_line(h['recheck'])}")
    if h["constructions"]:
        out.append("- construction content hashes:")
        for c in h["constructions"]:
            params, _, digest = c["content_hash"].rpartition(":")
            out.append(f"  - `{c['name']}` {params} `{digest[:12]}`")
    return out + ["", "</details>"]


def _recheck_line(t: dict) -> str:
    from .recheck import headline

    return headline(t) + f"; solvers: {', '.join(t['solvers'])}"


def render_markdown(report: dict) -> str:
    h, s = report["header"], report["summary"]
    out = ["# Verification report", "", _verdict(s)]
    if h.get("recheck"):
        out += ["", _recheck_line(h["recheck"]) + "."]
    for title, claims in findings(report):
        out += ["", f"## {title}", ""]
        out += [f"- [{c['id']}](#{c['id'].replace('.', '')}) — {c['status']}"
                + ("" if c["met"] else f" (expected {'/'.join(c['expected'])})")
                + f": {_md_escape(c['summary'])}" for c in claims]
    out += ["", "## All claims", "", "| claim | status | expected | | time | summary |", "|---|---|---|---|---|---|"]
    for c in report["claims"]:
        mark = "✓" if c["met"] else "✗ **not met**"
        out.append(
            f"| [{c['id']}](#{c['id'].replace('.', '')}) | {c['status']} | {'/'.join(c['expected'])} | {mark} "
            f"| {c['seconds']:.1f} s | {_md_escape(c['summary'])} |"
        )
    out += ["", "Statuses: " + "; ".join(f"**{k}** {v}" for k, v in STATUS_HELP.items()) + "."]
    out += ["", *_md_run_metadata(h)]
    for c in report["claims"]:
        p = c["paper"]
        out += [
            "",
            f"## {c['id']}",
            "",
            f"**{c['title']}** — {c['status']} (expected {'/'.join(c['expected'])}"
            + (")" if c["met"] else "; **not met**)"),
            "",
            f"- paper: {p['paper']}, {p['where']} {p['tag']}: “{p['statement']}”",
            f"- construction: `{c['construction']}`; parameters: "
            + (", ".join(f"{k} = {_fmt_value(v)}" for k, v in c["parameters"].items()) or "—"),
            f"- method: {c['method']}",
            f"- result: {c['summary']}",
        ]
        for key, value in c["details"].items():
            if key not in ("table", "plots"):
                out.append(f"- {key}: {_md_escape(_fmt_value(value))}")
        for plot in c.get("plots", []):
            if plot["file"]:
                out.append(f"- plot: ![{_md_escape(plot['title'])}]({plot['file']})")
            else:
                out.append(f"- plot “{_md_escape(plot['title'])}” not drawn: {_md_escape(plot['error'])}")
        out += premise_lines(c)
        if c["details"].get("table"):
            table = c["details"]["table"]
            out += ["", "| " + " | ".join(table["columns"]) + " |", "|" + "---|" * len(table["columns"])]
            out += ["| " + " | ".join(_md_escape(_fmt_value(v)) for v in row) + " |" for row in table["rows"]]
        out += ["", "| obligation | status | time | summary | artefacts |", "|---|---|---|---|---|"]
        for o in c["obligations"]:
            links = " ".join(f"[{Path(a).name}]({a})" for a in o["artefacts"])
            cached = " (cached)" if o["cached"] else ""
            out.append(f"| {o['name']} | {o['status']} | {o['seconds']:.2f} s{cached} | "
                       f"{_md_escape(o['summary'])} | {links} |")
    return "\n".join(out) + "\n"


def premise_tree(claim: dict) -> list[tuple[int, str, str, str]]:
    """The claim's premise graph as a depth-first tree: (depth, obligation id, premise id, premise status).

    Roots are the claim's own obligations; a premise met again lower down is not expanded twice.
    """
    graph = claim.get("premises", {})
    rows, seen = [], set()
    own = [f"{claim['id']}/{o['name']}" for o in claim["obligations"]]

    def walk(node: str, depth: int) -> None:
        for premise, status in sorted(graph.get(node, {}).items()):
            rows.append((depth, node, premise, status))
            if premise not in seen:
                seen.add(premise)
                walk(premise, depth + 1)

    for node in own:
        if node in graph and node not in seen:
            seen.add(node)
            walk(node, 0)
    return rows


def premise_lines(claim: dict) -> list[str]:
    """The premise graph as a nested Markdown list (nothing if no obligation declares premises)."""
    rows = premise_tree(claim)
    if not rows:
        return []
    out, last = ["- premise graph (obligation → premise, with the premise's status):"], None
    for depth, node, premise, status in rows:
        if depth == 0 and node != last:
            out.append(f"  - `{_md_escape(node.partition('/')[2])}`")
            last = node
        out.append("  " * (depth + 2) + f"- → `{_md_escape(premise)}` **{status}**")
    return out


def summary_name(profile: str) -> str:
    """The committed summary's file name for ``profile``."""
    return f"summary-{profile}.md"


def render_summary(report: dict) -> str:
    """The summary a repository keeps: the same text whenever the results are the same.

    Claim, title, status and expected outcome only: no date, duration, commit,
    cache statistics or result text (which may quote timings).
    """
    s = report["summary"]
    profile = report["header"]["profile"]
    counts = ", ".join(f"{n} {k}" for k, n in sorted(s["by_status"].items()))
    out = [
        f"# Verification summary (profile {profile})",
        "",
        f"`python -m verify all --profile {profile}`: {_verdict(s)} By status: {counts}."
        + (f" {_recheck_line(report['header']['recheck'])}." if report["header"].get("recheck") else ""),
        "The full report (`index.md`, `index.html`, `report.json`, artefacts, plots) is generated beside this file "
        "and not kept in git.",
        "",
        "| claim | status | expected | met | title |",
        "|---|---|---|---|---|",
    ]
    out += [f"| {c['id']} | {c['status']} | {'/'.join(c['expected'])} | {'yes' if c['met'] else '**no**'} "
            f"| {_md_escape(c['title'])} |" for c in report["claims"]]
    return "\n".join(out) + "\n"


def _replace_dir(new: Path, old: Path) -> None:
    """Put directory ``new`` where ``old`` is, by renames only (the old one is removed afterwards)."""
    if old.exists():
        graveyard = Path(tempfile.mkdtemp(prefix=".tmp-old-", dir=old.parent))
        os.replace(old, graveyard / old.name)
        os.replace(new, old)
        shutil.rmtree(graveyard, ignore_errors=True)
    else:
        os.replace(new, old)


def write_report(summary: RunSummary, directory: Path | str, command: list[str] | None = None,
                 extra_renderers=(), complete: bool = True) -> dict:
    """Write the report into ``directory`` atomically; return the JSON report.

    ``complete``: every claim of the profile was checked, so the kept summary
    (:func:`render_summary`) is rewritten too.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    report = build_report(summary, command)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-report-", dir=directory))
    try:
        art = tmp / "artefacts"
        art.mkdir()
        for r in summary.results:
            for ob, o in r.outcomes:
                for name, text in _artefact_files(o).items():
                    target = tmp / _artefact_path(name, text)
                    if not target.exists():  # stored once, however many obligations made it
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_text(text)
        (tmp / "plots").mkdir()
        for c in report["claims"]:
            for spec, plot in zip(c["details"].get("plots", []), c["plots"]):
                if plot["file"]:
                    render_plot(spec, tmp / plot["file"])
        (tmp / "index.md").write_text(render_markdown(report))
        if complete:
            (tmp / summary_name(summary.profile)).write_text(render_summary(report))
        for render in extra_renderers:
            render(report, tmp)
        (tmp / "report.json").write_text(json.dumps(report, indent=2, default=str) + "\n")
        # the swap: the artefacts and plots directories first, then each file (report.json last)
        for name in _DIRECTORIES:
            _replace_dir(tmp / name, directory / name)
        for name in (*_GENERATED, summary_name(summary.profile)):
            if name != "report.json" and (tmp / name).exists():
                os.replace(tmp / name, directory / name)
        os.replace(tmp / "report.json", directory / "report.json")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report


def exit_status(summary: RunSummary) -> int:
    """0 when every claim met its expectation; else the most serious kind of miss."""
    from .errors import EXIT_ERROR, EXIT_FAIL, EXIT_OK, EXIT_UNKNOWN

    missed = [r for r in summary.results if not r.met]
    if not missed:
        return EXIT_OK
    statuses = {r.status for r in missed}
    if Status.ERROR in statuses:
        return EXIT_ERROR
    undecided = {Status.UNKNOWN, Status.TIMEOUT, Status.PROVED_CONDITIONALLY}
    if statuses & undecided and not statuses - undecided:
        return EXIT_UNKNOWN
    return EXIT_FAIL
