"""How reports are laid out: findings first, metadata folded, artefacts stored once, a churn-free kept summary."""
import shutil
import subprocess
from pathlib import Path

import pytest

from verify.claims import Claim, Obligation, Outcome, PaperRef, Status
from verify.html import render_html
from verify.report import write_report
from verify.report_markdown import render_summary, summary_name
from verify.runner import run_claims

ROOT = Path(__file__).resolve().parents[2]
REF = PaperRef("Layout paper", "§1", "[S]", "a statement")


def task(value: int) -> Outcome:
    query = "(declare-const x Int)\n(assert (< x 0))\n(check-sat)\n"  # the same query for every value
    if value < 0:
        return Outcome(Status.REFUTED, f"{value} is negative", {"counterexample": {"value": value}},
                       {"query.smt2": query})
    if value == 0:
        return Outcome(Status.LOOSE, "true, and sharper: 0 ≤ value ≤ 0", {}, {"query.smt2": query})
    return Outcome(Status.PROVED, f"value {value}", {}, {"query.smt2": query})


def _claim(cid, value, expected):
    return Claim(cid, f"title of {cid}", REF, "layout.net", "a method", (expected,),
                 obligations=lambda claim, profile: [Obligation(claim.id, "o", "tests.verify.test_report_layout:task",
                                                         (("value", value),))])


CLAIMS = [_claim("l.proved", 1, Status.PROVED), _claim("l.refuted", -2, Status.REFUTED),
          _claim("l.loose", 0, Status.LOOSE), _claim("l.missed", 3, Status.REFUTED)]


def _write(directory, claims=CLAIMS, **kw):
    return write_report(run_claims(claims, jobs=1, progress=False), directory, command=["verify", "all"],
                        extra_renderers=[render_html], **kw)


def test_the_markdown_report_opens_with_the_findings_and_folds_the_metadata(tmp_path):
    report = _write(tmp_path)
    md = (tmp_path / "index.md").read_text()
    order = [md.index(h) for h in ("## Not meeting the expected outcome", "## Refuted", "## Loose",
                                   "## All claims", "<details><summary>Run metadata", "## l.proved")]
    assert order == sorted(order), order
    findings = md[:md.index("## All claims")]
    assert "l.missed" in findings and "(expected REFUTED)" in findings and "value 3" in findings
    assert "-2 is negative" in findings and "sharper: 0 ≤ value ≤ 0" in findings and "l.proved" not in findings
    commit = report["header"]["git_commit"]
    assert md.index(commit) > md.index("<details>") and md.index("date:") > md.index("<details>")


def test_the_html_report_opens_with_the_findings_and_folds_the_metadata(tmp_path):
    report = _write(tmp_path)
    page = (tmp_path / "index.html").read_text()
    order = [page.index(h) for h in ("<h1>", "<h2>Not meeting the expected outcome</h2>", "<h2>Refuted</h2>",
                                     "<h2>Loose", "<h2>All claims</h2>", "<details>", '<section id="l.proved">')]
    assert order == sorted(order), order
    details = page[page.index("<details>"):page.index("</details>")]
    assert report["header"]["git_commit"] in details and report["header"]["date"] in details
    assert "<dt>date</dt>" not in page[:page.index("<details>")]


def test_equal_artefacts_are_stored_once(tmp_path):
    report = _write(tmp_path)
    paths = [p for c in report["claims"] for o in c["obligations"] for p in o["artefacts"]]
    queries = [p for p in paths if p.endswith("query.smt2")]
    assert len(queries) == 4 and len(set(queries)) == 1  # four obligations, one stored query
    stored = sorted(p.relative_to(tmp_path).as_posix() for p in (tmp_path / "artefacts").rglob("*") if p.is_file())
    assert stored == sorted(set(paths)) and len(stored) == 2  # the query and the one counterexample
    assert all((tmp_path / p).is_file() for p in paths)


def test_the_kept_summary_does_not_change_when_nothing_changed(tmp_path):
    first = _write(tmp_path / "a")
    second = write_report(run_claims(CLAIMS, jobs=1, progress=False), tmp_path / "b", command=["other", "command"])
    name = summary_name("ci")
    text = (tmp_path / "a" / name).read_text()
    assert text == (tmp_path / "b" / name).read_text()
    for volatile in (first["header"]["date"], first["header"]["git_commit"], "other command", " s |"):
        assert volatile not in text
    assert "| l.missed | PROVED | REFUTED | **no** | title of l.missed |" in text
    assert "3 of 4 claims met their expected outcome" in text
    # a changed result changes it
    changed = [_claim("l.proved", -1, Status.PROVED), *CLAIMS[1:]]
    assert render_summary(_write(tmp_path / "c", changed)) != text
    assert first["header"]["date"] and second["header"]["seconds"] >= 0


def test_a_filtered_run_keeps_the_previous_summary(tmp_path):
    _write(tmp_path)
    kept = (tmp_path / summary_name("ci")).read_text()
    _write(tmp_path, CLAIMS[:1], complete=False)
    assert (tmp_path / summary_name("ci")).read_text() == kept
    assert "l.refuted" not in (tmp_path / "index.md").read_text()


def _git(*args):
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30)


@pytest.mark.skipif(shutil.which("git") is None or _git("rev-parse", "--git-dir").returncode != 0,
                    reason="not a git checkout")
def test_the_repository_keeps_only_the_baseline_and_the_summary():
    kept = _git("ls-files", "reports").stdout.split()
    assert "reports/baseline.json" in kept and f"reports/{summary_name('ci')}" in kept
    assert len(kept) <= 5, kept
    generated = ["reports/index.md", "reports/index.html", "reports/report.json",
                 "reports/artefacts/0123456789abcdef/layer01.smt2", "reports/plots/a/01-x.png"]
    ignored = _git("check-ignore", "--no-index", *generated).stdout.split()
    assert ignored == generated
    assert _git("check-ignore", "--no-index", "reports/baseline.json", f"reports/{summary_name('ci')}").stdout == ""
