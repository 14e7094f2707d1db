"""The static HTML report and the plots: self-contained, escaped, every plot drawn and linked."""
import json
import re
from html.parser import HTMLParser

import pytest

from verify.claims import Claim, Obligation, Outcome, PaperRef, Status, default_conclude
from verify.html import render_html
from verify.plots import PlotSpecError, check_plot, render_plot
from verify.report import write_report
from verify.runner import run_claims

PNG = b"\x89PNG\r\n\x1a\n"
REF = PaperRef("A <b>paper</b> & co", "§3", "[S]", "x < y & \"quoted\"")
LINE = {"kind": "line", "title": "error <by> loop", "xlabel": "loop", "ylabel": "error", "logy": True,
        "x": [1, 2, 3], "series": {"a": [1e-3, 1e-6, None], "b": [1.0, 0.5, 0.25]}}
HEATMAP = {"kind": "heatmap", "title": "attention", "matrix": [[0.5, 0.0], [0.5, 1.0]], "xlabels": ["q0", "q1"],
           "ylabels": ["k0", "k1"]}


def task(value: int) -> Outcome:
    if value < 0:
        return Outcome(Status.REFUTED, "<script>alert(1)</script>", {"counterexample": {"v": value}})
    return Outcome(Status.PROVED, f"value {value}", {"value": value})


def _claim(cid, value, plots=None, expected=(Status.PROVED,)):
    def conclude(claim, outcomes):
        status, summary, details = default_conclude(claim, outcomes)
        extra = {"table": {"columns": ["k", "v<"], "rows": [["a&b", 1.5]]}, "gap": 0.125}
        return status, summary, {**details, **extra, **({"plots": plots} if plots is not None else {})}

    return Claim(cid, "Title <i>", REF, "test.construction", "method & more", expected,
                 obligations=lambda claim, profile: [Obligation(claim.id, "ob/1", "tests.verify.test_html:task",
                                                         (("value", value),))],
                 parameters=lambda profile: {"C": 100, "shape": [1, 2]}, conclude=conclude)


def _write(directory, claims):
    return write_report(run_claims(claims, jobs=1, progress=False), directory, command=["verify", "all"],
                        extra_renderers=[render_html])


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        for key in ("src", "href"):
            if attrs.get(key):
                self.links.append((tag, attrs[key]))


@pytest.fixture()
def written(tmp_path):
    report = _write(tmp_path, [_claim("c.plots", 1, [LINE, HEATMAP]),
                               _claim("c.refuted", -1, expected=(Status.REFUTED,))])
    return tmp_path, report


def test_every_plot_is_drawn_as_png_and_linked_from_both_pages(written):
    directory, report = written
    files = [p["file"] for p in report["claims"][0]["plots"]]
    assert len(files) == 2 and all(f.startswith("plots/c.plots/") and f.endswith(".png") for f in files)
    for f in files:
        assert (directory / f).read_bytes().startswith(PNG)
    page = (directory / "index.html").read_text()
    markdown = (directory / "index.md").read_text()
    for f in files:
        assert f'<img src="{f}"' in page
        assert f"]({f})" in markdown
    assert "- plots:" not in markdown  # the raw plot data is not dumped into the page


def test_the_page_is_self_contained_and_every_local_link_resolves(written):
    directory, _ = written
    parser = _Links()
    parser.feed((directory / "index.html").read_text())
    assert "script" not in parser.tags and "link" not in parser.tags
    assert parser.links, "expected links to plots and artefacts"
    for tag, target in parser.links:
        assert not re.match(r"^[a-z]+:", target), f"external URL {target}"
        if not target.startswith("#"):
            assert (directory / target).is_file(), target
    anchors = {t[1:] for _, t in parser.links if t.startswith("#")}
    assert {"c.plots", "c.refuted"} <= anchors


def test_text_is_escaped(written):
    page = (written[0] / "index.html").read_text()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "A &lt;b&gt;paper&lt;/b&gt; &amp; co" in page and "Title &lt;i&gt;" in page
    assert "&quot;quoted&quot;" in page and "a&amp;b" in page


def test_the_page_has_header_summary_and_claim_sections(written):
    page = (written[0] / "index.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "2 of 2 claims met their expected outcome" in page
    assert page.count('<section id="') == 2
    for text in ("[S]", "test.construction", "method &amp; more", "C = 100", "REFUTED", "counterexample.json",
                 "gap", "0.125", "v&lt;"):
        assert text in page, text
    assert re.search(r'class="status" style="background:#[0-9a-f]{6}">REFUTED<', page)


def test_an_invalid_plot_is_reported_not_fatal(tmp_path):
    report = _write(tmp_path, [_claim("c.bad", 1, [{"kind": "pie", "title": "nope"}, HEATMAP])])
    bad, good = report["claims"][0]["plots"]
    assert bad["file"] is None and "pie" in bad["error"]
    assert (tmp_path / good["file"]).is_file()
    assert "not drawn" in (tmp_path / "index.html").read_text()
    assert "not drawn" in (tmp_path / "index.md").read_text()


def test_plots_are_replaced_with_the_report(tmp_path):
    first = _write(tmp_path, [_claim("c.one", 1, [HEATMAP])])
    old = tmp_path / first["claims"][0]["plots"][0]["file"]
    assert old.is_file()
    _write(tmp_path, [_claim("c.two", 1, [LINE])])
    assert not old.exists() and not (tmp_path / "plots" / "c.one").exists()
    assert list((tmp_path / "plots" / "c.two").glob("*.png"))
    assert not list(tmp_path.glob(".tmp*"))


def test_a_failing_renderer_keeps_the_previous_plots(tmp_path):
    first = _write(tmp_path, [_claim("c.one", 1, [HEATMAP])])
    kept = tmp_path / first["claims"][0]["plots"][0]["file"]
    before = kept.read_bytes()

    def broken(report, directory):
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_report(run_claims([_claim("c.two", 1, [LINE])], jobs=1, progress=False), tmp_path,
                     extra_renderers=[broken])
    assert kept.read_bytes() == before and not (tmp_path / "plots" / "c.two").exists()
    assert json.loads((tmp_path / "report.json").read_text())["claims"][0]["id"] == "c.one"


@pytest.mark.parametrize("spec, problem", [
    ({**LINE, "series": {"a": [1, 2]}}, "2 values for 3 x values"),
    ({**LINE, "series": {"a": [1, 0, 2]}}, "logarithmic"),
    ({**HEATMAP, "matrix": [[1, 2], [3]]}, "row 1 has 1 entries"),
    ({**HEATMAP, "xlabels": ["only one"]}, "xlabels has 1 labels"),
    ({**HEATMAP, "matrix": [["x"]]}, "not a number"),
    ({"kind": "line", "x": [1], "series": {"a": [1]}}, "title"),
])
def test_check_plot_names_the_problem(spec, problem):
    with pytest.raises(PlotSpecError, match=problem):
        check_plot(spec)


def test_rendering_is_deterministic(tmp_path):
    render_plot(HEATMAP, tmp_path / "a.png")
    render_plot(HEATMAP, tmp_path / "b.png")
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()
    assert (tmp_path / "a.png").read_bytes().startswith(PNG)


def test_attention_heatmaps_of_the_subleq_machine():
    from proofs.giannou2023.figures import attention_heatmaps

    plots = attention_heatmaps("multiply", lam=10)
    heads = [p["title"].split(", head ")[1].split(":")[0] for p in plots]
    assert heads == ["read_instruction", "read_a", "read_b", "write"]
    for p in plots:
        check_plot(p)
        n = len(p["matrix"])
        assert n == 16 and len(p["xlabels"]) == n and {"A", "B", "P"} <= set(p["xlabels"])
        for j in range(n):  # each query column is a probability distribution over the keys
            assert sum(row[j] for row in p["matrix"]) == pytest.approx(1.0, abs=1e-3)


def test_the_float64_programs_claim_carries_the_heatmaps():
    from proofs.giannou2023 import machine

    from proofs.giannou2023.figures import attention_figure

    claim = next(c for c in machine.CLAIMS if c.id == "giannou2023.subleq.programs.float64")
    assert any(ob.name == "attention heatmaps" for ob in claim.expand("ci"))
    ob = Obligation(claim.id, "p", "x:y")
    fig = (Obligation(claim.id, "attention heatmaps", "x:y"), attention_figure("multiply", "10"))
    result = claim.result([(ob, Outcome(Status.SAMPLED_OK, "ok")), (ob, Outcome(Status.SAMPLED_OK, "ok")), fig])
    assert result.status == Status.SAMPLED_OK and result.summary == "2 obligations: 2 SAMPLED_OK"
    assert len(result.details["plots"]) == 4 and all(p["kind"] == "heatmap" for p in result.details["plots"])
    diverged = Outcome(Status.REFUTED, "diverged", {"counterexample": {"loop": 11}})
    refuted = claim.result([(ob, diverged), (ob, Outcome(Status.SAMPLED_OK, "ok")), fig])
    assert refuted.status == Status.REFUTED and "diverged" in refuted.summary
    broken = claim.result([(ob, Outcome(Status.SAMPLED_OK, "ok")), (fig[0], Outcome(Status.ERROR, "boom"))])
    assert broken.status == Status.ERROR


def test_an_unchanged_plot_is_reused_and_a_changed_one_redrawn(tmp_path, monkeypatch):
    import verify.plots

    _write(tmp_path, [_claim("c.plots", 1, [LINE, HEATMAP])])
    drawn = []
    real = verify.plots.render_plot
    monkeypatch.setattr(verify.plots, "render_plot", lambda spec, path: (drawn.append(spec["title"]),
                                                                         real(spec, path)))
    changed = {**HEATMAP, "matrix": [[0.25, 0.0], [0.75, 1.0]]}
    report = _write(tmp_path, [_claim("c.plots", 1, [LINE, changed])])
    assert drawn == [HEATMAP["title"]]  # the line plot's file was copied, the heatmap drawn afresh
    files = [tmp_path / p["file"] for p in report["claims"][0]["plots"]]
    assert all(f.read_bytes().startswith(PNG) for f in files)
    fresh = tmp_path / "fresh.png"
    real(LINE, fresh)
    assert files[0].read_bytes() == fresh.read_bytes()  # the reused file is what drawing would give
