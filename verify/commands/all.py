"""``python -m verify all``: check every registered claim and write the reports."""
from __future__ import annotations

import sys
from pathlib import Path

from ..baseline import compare, load_baseline, save_baseline
from ..cache import Cache
from ..errors import EXIT_REGRESSION, UsageError
from ..report import exit_status, write_report
from ..runner import run_claims, select_claims

__all__ = ["all_command"]


def all_command(args) -> int:
    from ..plugins import installed_papers

    papers = installed_papers()
    if not papers.names():
        raise UsageError("no paper plug-in is installed (`pip install .` registers this repository's paper; "
                         "see README, Writing a plug-in)")
    registry = papers.claims(None)  # premises may live in claims --only/--paper did not select
    claims = select_claims(papers.claims(args.paper), args.only)
    if args.update_baseline and (args.only or args.paper):
        raise UsageError("--update-baseline records every claim: do not combine it with --only or --paper")
    reason = (getattr(args, "reason", None) or "").strip()
    if args.update_baseline and not reason:
        raise UsageError("--update-baseline needs --reason TEXT: say why the new baseline is right")
    if reason and not args.update_baseline:
        raise UsageError("--reason goes with --update-baseline")
    baseline_path = Path(args.baseline) if args.baseline else Path(args.report_dir) / "baseline.json"
    baseline = None
    if args.check:
        if not baseline_path.exists():
            raise UsageError(f"--check needs a baseline; {baseline_path} does not exist (use --update-baseline)")
        try:
            baseline = load_baseline(baseline_path)
        except (ValueError, KeyError) as err:
            raise UsageError(f"unreadable baseline {baseline_path}: {err}") from None
    recheck = args.profile == "full" if getattr(args, "recheck", None) is None else args.recheck
    if recheck:
        try:
            import cvc5  # noqa: F401
        except ImportError:
            raise UsageError("the cvc5 re-check (--recheck, the full profile's default) needs cvc5: "
                             "pip install '.[recheck]' (cvc5, and Bitwuzla for bit-vector queries), "
                             "or pass --no-recheck") from None
    cache = Cache(args.cache_dir, enabled=not args.no_cache)
    summary = run_claims(claims, profile=args.profile, jobs=args.jobs, cache=cache, progress=not args.quiet,
                         registry=registry, recheck=recheck,
                         recheck_timeout_ms=getattr(args, "recheck_timeout_ms", 60_000))
    renderers = []
    try:
        from ..html import render_html

        renderers.append(render_html)
    except ImportError:  # pragma: no cover - the HTML page needs matplotlib
        pass
    report = write_report(summary, args.report_dir, command=["python", "-m", "verify", *sys.argv[1:]],
                          extra_renderers=renderers, complete=not (args.only or args.paper))
    print(_summary_text(report, args.report_dir))
    code = exit_status(summary)
    if baseline is not None:
        regressions, notes = compare(report, baseline, subset=bool(args.only or args.paper))
        for note in notes:
            print(f"  changed: {note}")
        if regressions:
            print(f"REGRESSION against {baseline_path}:")
            for line in regressions:
                print(f"  {line}")
            code = code or EXIT_REGRESSION
        else:
            print(f"no regression against {baseline_path}")
    if args.update_baseline:
        save_baseline(report, baseline_path, reason=reason)
        print(f"baseline written to {baseline_path}")
    return code


def _summary_text(report: dict, directory) -> str:
    lines = []
    width = max((len(c["id"]) for c in report["claims"]), default=10)
    status_width = max((len(c["status"]) for c in report["claims"]), default=10)
    for c in report["claims"]:
        mark = "ok " if c["met"] else "MISS"
        lines.append(f"{mark} {c['id']:<{width}}  {c['status']:<{status_width}} {c['seconds']:7.1f}s  "
                     f"{c['summary'][:90]}")
    s = report["summary"]
    h = report["header"]
    if h.get("recheck"):
        from ..recheck import headline

        t = h["recheck"]
        lines.append(headline(t) + f" — {t['rechecked_now']} obligations re-checked in this run, "
                     f"{t['wall_seconds']:.1f} s wall-clock (cvc5 took {t['seconds']:.1f} s over all re-checks)")
    lines.append(
        f"{s['met']}/{s['claims']} claims met their expected outcome in {h['seconds']:.1f} s "
        f"({h['cache']['hits']} cached, {h['cache']['misses']} computed); report: {Path(directory) / 'index.md'}"
    )
    return "\n".join(lines)
