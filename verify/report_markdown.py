"""The Markdown renderings of a JSON report: the full ``index.md`` and the kept ``summary-<profile>.md``.

:func:`render_markdown` opens with the findings (:func:`findings`: claims
not meeting their expected outcome, refuted, loose, undecided), then a table
of every claim, the statuses explained (:data:`STATUS_HELP`), the run's
metadata, and a section per claim with its premise graph
(:func:`premise_tree`) and obligations.  :func:`render_summary` is what a
repository keeps: claim, title, status, expected outcome — no date, time or
commit, so it changes only when a result changes.
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["STATUS_HELP", "FINDING_GROUPS", "findings", "fmt_value", "render_markdown", "premise_tree",
           "premise_lines", "summary_name", "render_summary"]

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


def _md_escape(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def fmt_value(v) -> str:
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
        out.append(f"- second solver: {recheck_line(h['recheck'])}")
    if h["constructions"]:
        out.append("- construction content hashes:")
        for c in h["constructions"]:
            params, _, digest = c["content_hash"].rpartition(":")
            out.append(f"  - `{c['name']}` {params} `{digest[:12]}`")
    return out + ["", "</details>"]


def recheck_line(t: dict) -> str:
    """The second solver's tally in one sentence (:func:`verify.recheck.headline`) and the solvers' versions."""
    from .recheck import headline

    return headline(t) + f"; solvers: {', '.join(t['solvers'])}"


def render_markdown(report: dict) -> str:
    h, s = report["header"], report["summary"]
    out = ["# Verification report", "", _verdict(s)]
    if h.get("recheck"):
        out += ["", recheck_line(h["recheck"]) + "."]
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
            + (", ".join(f"{k} = {fmt_value(v)}" for k, v in c["parameters"].items()) or "—"),
            f"- method: {c['method']}",
            f"- result: {c['summary']}",
        ]
        for key, value in c["details"].items():
            if key not in ("table", "plots"):
                out.append(f"- {key}: {_md_escape(fmt_value(value))}")
        for plot in c.get("plots", []):
            if plot["file"]:
                out.append(f"- plot: ![{_md_escape(plot['title'])}]({plot['file']})")
            else:
                out.append(f"- plot “{_md_escape(plot['title'])}” not drawn: {_md_escape(plot['error'])}")
        out += premise_lines(c)
        if c["details"].get("table"):
            table = c["details"]["table"]
            out += ["", "| " + " | ".join(table["columns"]) + " |", "|" + "---|" * len(table["columns"])]
            out += ["| " + " | ".join(_md_escape(fmt_value(v)) for v in row) + " |" for row in table["rows"]]
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
        + (f" {recheck_line(report['header']['recheck'])}." if report["header"].get("recheck") else ""),
        "The full report (`index.md`, `index.html`, `report.json`, artefacts, plots) is generated beside this file "
        "and not kept in git.",
        "",
        "| claim | status | expected | met | title |",
        "|---|---|---|---|---|",
    ]
    out += [f"| {c['id']} | {c['status']} | {'/'.join(c['expected'])} | {'yes' if c['met'] else '**no**'} "
            f"| {_md_escape(c['title'])} |" for c in report["claims"]]
    return "\n".join(out) + "\n"
