"""Write a run's reports: ``index.md``, ``report.json``, the artefacts and the plots.

Everything is first written into a fresh temporary directory beside the
target; only when the whole report is complete are the files moved into
place (``os.replace``, one rename per file, ``artefacts/`` and ``plots/`` as
one directory rename each).  A run that fails or is interrupted before that
point leaves the previous report untouched.

The report's content is built by :mod:`verify.report_json` (``report.json``,
the artefact and plot paths) and rendered by :mod:`verify.report_markdown`
(``index.md``, the kept summary); this module writes them, the artefacts
(stored by content, ``artefacts/<sha256 prefix>/<name>``: an obligation
shared by several claims is one file) and the plots
(``plots/<claim>/<NN>-<title-slug>.png``, drawn by :mod:`verify.plots`), and
maps a run to its exit status (:func:`exit_status`).

Everything above is generated (and ignored by git).  What a repository keeps
is the regression baseline and ``summary-<profile>.md`` (:func:`render_summary`):
claim, title, status, expected outcome — no date, time or commit, so it
changes only when a result changes.  It is rewritten only by a complete run
(``complete=True``: no ``--only``/``--paper`` filter).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from .claims import Status
from .plots import render_or_reuse
from .report_json import SCHEMA_VERSION, artefact_files, artefact_path, build_report
from .report_markdown import STATUS_HELP, render_markdown, render_summary, summary_name
from .runner import RunSummary

# build_report, render_markdown, render_summary, summary_name, SCHEMA_VERSION and STATUS_HELP live in
# verify.report_json / verify.report_markdown; they stay importable from here (this module's public names)
__all__ = ["write_report", "exit_status", "SCHEMA_VERSION", "build_report", "render_markdown", "render_summary",
           "summary_name", "STATUS_HELP"]

_GENERATED = ("index.md", "report.json", "index.html")
_DIRECTORIES = ("artefacts", "plots")


def _replace_dir(new: Path, old: Path) -> None:
    """Put directory ``new`` where ``old`` is, by renames only (the old one is removed afterwards)."""
    if old.exists():
        graveyard = Path(tempfile.mkdtemp(prefix=".tmp-old-", dir=old.parent))
        os.replace(old, graveyard / old.name)
        os.replace(new, old)
        shutil.rmtree(graveyard, ignore_errors=True)
    else:
        os.replace(new, old)


def _previous_plots(directory: Path) -> dict[str, tuple[dict, Path]]:
    """The plots the last report in ``directory`` drew: file name → (specification, file); {} if none is readable."""
    try:
        old = json.loads((directory / "report.json").read_text())
        return {plot["file"]: (spec, directory / plot["file"]) for c in old["claims"]
                for spec, plot in zip(c["details"].get("plots", []), c.get("plots", [])) if plot.get("file")}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


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
                for name, text in artefact_files(o).items():
                    target = tmp / artefact_path(name, text)
                    if not target.exists():  # stored once, however many obligations made it
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_text(text)
        (tmp / "plots").mkdir()
        previous = _previous_plots(directory)
        for c in report["claims"]:
            for spec, plot in zip(c["details"].get("plots", []), c["plots"]):
                if plot["file"]:
                    render_or_reuse(spec, tmp / plot["file"], previous.get(plot["file"]))
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
