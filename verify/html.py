"""The static HTML report, ``index.html``: one self-contained page, no scripts, no external URLs.

:func:`render_html` is an extra renderer for :func:`verify.report.write_report`:
it reads only the JSON report and writes ``index.html`` next to it.  The page
opens with the verdict and the findings (claims not meeting their expected
outcome, refuted, loose, undecided — each with why), then a summary table
(status in colour, expected status, met, time, summary), the run metadata and
construction hashes folded in a ``<details>``, and one section per claim with its paper reference and
certainty tag, construction, parameters, method, result, details, table,
plots (relative ``<img>`` links into ``plots/``), the premise graph (nested
lists, each premise with its status in colour) and obligations (with links
to their artefacts).  Every piece of text is escaped.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path
from urllib.parse import quote

from .report_markdown import STATUS_HELP, findings, fmt_value

__all__ = ["render_html", "html_page"]

#: Background colour of each status badge (text is dark on all of them).
STATUS_COLOURS = {
    "PROVED": "#7bd389",
    "LOOSE": "#b5e48c",
    "PROVED_CONDITIONALLY": "#e2f0a8",
    "MISSING": "#d9d9d9",
    "SAMPLED_OK": "#c7e9f1",
    "REFUTED": "#f4a3a3",
    "UNKNOWN": "#f9dc8c",
    "TIMEOUT": "#f7c59f",
    "ERROR": "#e06666",
}

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 72em;
       padding: 0 1em; color: #1d1d1f; line-height: 1.45; }
h1 { margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; font-size: 1.2em; }
table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }
th, td { border: 1px solid #d0d0d0; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.num { text-align: right; white-space: nowrap; }
code { font-size: 0.9em; background: #f5f5f5; padding: 0 0.2em; word-break: break-all; }
.status { display: inline-block; padding: 0 0.45em; border-radius: 0.3em; font-weight: 600;
          font-size: 0.85em; white-space: nowrap; }
.met { color: #1a7f37; font-weight: 600; white-space: nowrap; }
.missed { color: #c62828; font-weight: 700; white-space: nowrap; }
.tag { font-family: monospace; background: #eee; padding: 0 0.3em; border-radius: 0.2em; }
dl.fields { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
dl.fields dt { font-weight: 600; } dl.fields dd { margin: 0; }
figure { display: inline-block; vertical-align: top; width: 47%; min-width: 20em; margin: 0.5em 1.5% 0.5em 0; }
figure img { width: 100%; border: 1px solid #ddd; }
figcaption { font-size: 0.85em; color: #555; }
.legend li { margin: 0.1em 0; }
ul.premises { list-style: none; } ul.premises li::before { content: "→ "; color: #777; }
"""


def _e(value) -> str:
    return escape(str(value), quote=True)


def _href(path: str) -> str:
    return _e(quote(path))


def _badge(status: str) -> str:
    colour = STATUS_COLOURS.get(status, "#ddd")
    return f'<span class="status" style="background:{colour}">{_e(status)}</span>'


def _met(met: bool) -> str:
    return '<span class="met">✓ met</span>' if met else '<span class="missed">✗ not met</span>'


def _value(value) -> str:
    """A detail or parameter value: numbers formatted, structures as compact JSON, all escaped."""
    if isinstance(value, (dict, list, tuple)):
        return f"<code>{_e(json.dumps(value, default=str, ensure_ascii=False))}</code>"
    return _e(fmt_value(value))


def _fields(rows: list[tuple[str, str]]) -> str:
    """A definition list; the values are already HTML."""
    return '<dl class="fields">' + "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def _table(columns: list[str], rows: list[list[str]], numeric: tuple[int, ...] = ()) -> str:
    """A table; the cells are already HTML, ``numeric`` columns are right-aligned."""
    head = "".join(f"<th>{_e(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f'<td class="num">{v}</td>' if i in numeric else f"<td>{v}</td>"
                         for i, v in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _header(report: dict) -> str:
    s = report["summary"]
    verdict = f"{s['met']} of {s['claims']} claims met their expected outcome"
    if s["not_met"]:
        verdict += "; not met: " + ", ".join(f'<a href="#{_e(cid)}">{_e(cid)}</a>' for cid in s["not_met"])
    counts = ", ".join(f"{n} {_badge(k)}" for k, n in sorted(s["by_status"].items()))
    out = f"<h1>Verification report</h1>\n<p>{verdict}. {counts}</p>"
    if report["header"].get("recheck"):
        from .report_markdown import recheck_line as _recheck_line

        out += f"\n<p>{_e(_recheck_line(report['header']['recheck']))}.</p>"
    return out


def _findings(report: dict) -> str:
    """What a reader should see first: each group's claims with their status and why."""
    parts = []
    for title, claims in findings(report):
        items = "".join(
            f'<li><a href="#{_e(c["id"])}">{_e(c["id"])}</a> {_badge(c["status"])}'
            + ("" if c["met"] else f" (expected {' / '.join(_e(x) for x in c['expected'])})")
            + f": {_e(c['summary'])}</li>" for c in claims)
        parts.append(f"<h2>{_e(title)}</h2>\n<ul>{items}</ul>")
    return "\n".join(parts)


def _run_details(report: dict) -> str:
    """The run's metadata and the construction hashes, folded."""
    h = report["header"]
    cache = f"{h['cache']['hits']} hits, {h['cache']['misses']} computed"
    if h["cache"]["corrupted"]:
        cache += f", {len(h['cache']['corrupted'])} corrupted entries recomputed"
    rows = [
        ("tool", f"{_e(h['tool_version'])}, commit <code>{_e(h['git_commit'])}</code>"),
        ("command", f"<code>{_e(h['command'])}</code>"),
        ("profile", f"{_e(h['profile'])}; {_e(h['jobs'])} jobs on {_e(h['cpu_count'])} CPUs ({_e(h['machine'])}); "
                    f"{_e(h['seconds'])} s"),
        ("date", _e(h["date"])),
        ("Python", _e(h["python"])),
        ("libraries", _e(", ".join(f"{k} {v}" for k, v in h["libraries"].items()))),
        ("cache", _e(cache)),
    ]
    if h.get("recheck"):
        from .report_markdown import recheck_line as _recheck_line

        rows.append(("second solver", _e(_recheck_line(h["recheck"]))))
    if h["constructions"]:
        rows.append(("constructions", "<br>".join(
            f"<code>{_e(c['name'])}</code> {_e(c['content_hash'])}" for c in h["constructions"])))
    return f"<details><summary>Run metadata and construction hashes</summary>\n{_fields(rows)}\n</details>"


def _summary_table(report: dict) -> str:
    rows = [
        [f'<a href="#{_e(c["id"])}">{_e(c["id"])}</a>', _badge(c["status"]),
         " / ".join(_e(x) for x in c["expected"]), _met(c["met"]), f"{c['seconds']:.1f} s", _e(c["summary"])]
        for c in report["claims"]
    ]
    legend = "".join(f"<li>{_badge(k)} {_e(v)}</li>" for k, v in STATUS_HELP.items())
    return ("<h2>All claims</h2>\n" + _table(["claim", "status", "expected", "", "time", "summary"], rows, (4,))
            + f'\n<ul class="legend">{legend}</ul>')


def _plots(claim: dict) -> str:
    out = []
    for plot in claim.get("plots", []):
        if plot["file"]:
            out.append(f'<figure><img src="{_href(plot["file"])}" alt="{_e(plot["title"])}">'
                       f"<figcaption>{_e(plot['title'])}</figcaption></figure>")
        else:
            out.append(f"<p>Plot “{_e(plot['title'])}” not drawn: {_e(plot['error'])}</p>")
    return "\n".join(out)


def _premise_graph(c: dict) -> str:
    """The claim's premise graph as nested lists: each obligation, then what it rests on, status in colour.

    A premise already drawn above is named again but not expanded twice.
    """
    graph = c.get("premises", {})
    seen: set[str] = set()

    def below(node: str) -> str:
        items = []
        for premise, status in sorted(graph.get(node, {}).items()):
            inner = ""
            if premise not in seen:
                seen.add(premise)
                inner = below(premise)
            items.append(f"<li><code>{_e(premise)}</code> {_badge(status)}{inner}</li>")
        return '<ul class="premises">' + "".join(items) + "</ul>" if items else ""

    parts = []
    for o in c["obligations"]:
        node = f"{c['id']}/{o['name']}"
        if node in graph and node not in seen:
            seen.add(node)
            parts.append(f"<li>obligation <code>{_e(o['name'])}</code> {_badge(o['status'])} rests on"
                         f"{below(node)}</li>")
    if not parts:
        return ""
    return '<div class="premise-graph"><h3>Premise graph</h3><ul>' + "".join(parts) + "</ul></div>"


def _claim_section(c: dict) -> str:
    p = c["paper"]
    params = ", ".join(f"{_e(k)} = {_value(v)}" for k, v in c["parameters"].items()) or "—"
    rows = [
        ("paper", f"{_e(p['paper'])}, {_e(p['where'])} <span class=\"tag\">{_e(p['tag'])}</span>: "
                  f"“{_e(p['statement'])}”"),
        ("construction", f"<code>{_e(c['construction'])}</code>"),
        ("parameters", params),
        ("method", _e(c["method"])),
        ("result", f"{_badge(c['status'])} {_e(c['summary'])}"),
        ("expected", " / ".join(_e(x) for x in c["expected"]) + " — " + _met(c["met"])),
    ]
    rows += [(key, _value(value)) for key, value in c["details"].items() if key not in ("table", "plots")]
    parts = [f'<section id="{_e(c["id"])}">', f"<h2>{_e(c['id'])}</h2>", f"<p><strong>{_e(c['title'])}</strong></p>",
             _fields(rows)]
    table = c["details"].get("table")
    if table:
        parts.append(_table(table["columns"], [[_value(v) for v in row] for row in table["rows"]]))
    parts.append(_plots(c))
    parts.append(_premise_graph(c))
    obligations = [
        [_e(o["name"]), _badge(o["status"]), f"{o['seconds']:.2f} s" + (" (cached)" if o["cached"] else ""),
         _e(o["summary"]), " ".join(f'<a href="{_href(a)}">{_e(Path(a).name)}</a>' for a in o["artefacts"])]
        for o in c["obligations"]
    ]
    parts.append(_table(["obligation", "status", "time", "summary", "artefacts"], obligations, (2,)))
    parts.append("</section>")
    return "\n".join(part for part in parts if part)


def html_page(report: dict) -> str:
    """The whole page for a JSON report (see ``verify/report_schema.json``)."""
    body = "\n".join(part for part in [_header(report), _findings(report), _summary_table(report),
                                        _run_details(report), *(_claim_section(c) for c in report["claims"])] if part)
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>Verification report — {_e(report['header']['date'])}</title>\n"
            f"<style>{_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def render_html(report: dict, directory: Path) -> None:
    """Extra renderer for :func:`verify.report.write_report`: write ``index.html`` into ``directory``."""
    (Path(directory) / "index.html").write_text(html_page(report), encoding="utf-8")
