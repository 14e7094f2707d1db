"""What the cvc5 re-check costs, from a report written by ``python -m verify all --recheck``.

Reads ``REPORT_DIR/report.json`` and prints, per claim family (the claim id's
first two components), the obligations re-checked, their recorded z3 queries,
the seconds the obligations took when computed (z3 and everything else the
task does) and the seconds cvc5 took on their queries, with cvc5's unknown
answers; then the totals and the run's headline.  Timings are per obligation
(summed over worker processes), so they measure work, not wall-clock time; on
a shared machine they are upper bounds.  An obligation counted once per claim
that lists it.  Usage: ``python benchmarks/recheck_cost.py REPORT_DIR``.

``--sample PROFILE`` instead runs, for every task of evidence kind smt, the
obligations of PROFILE that are not in the ci profile (``--per-task K`` of
them, the smallest arguments first) in this process, and prints the task's
seconds, its recorded queries and cvc5's seconds and answers on them: the
re-check's cost per obligation where a whole run of the profile does not fit.
Usage: ``python benchmarks/recheck_cost.py --sample full [--per-task 1]``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify.recheck import headline  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report_dir", nargs="?")
    ap.add_argument("--sample", choices=["ci", "full"], default=None)
    ap.add_argument("--per-task", type=int, default=1)
    ap.add_argument("--timeout-ms", type=int, default=60_000, help="cvc5's limit per query")
    args = ap.parse_args()
    if args.sample:
        return sample(args.sample, args.per_task, args.timeout_ms)
    if not args.report_dir:
        ap.error("give REPORT_DIR or --sample PROFILE")
    report = json.loads((Path(args.report_dir) / "report.json").read_text())
    if "recheck" not in report["header"]:
        print("this report was written without --recheck", file=sys.stderr)
        return 2
    rows: dict[str, list] = {}
    for claim in report["claims"]:
        family = ".".join(claim["id"].split(".")[:2])
        for ob in claim["obligations"]:
            done = ob["data"].get("recheck")
            if not done:
                continue
            r = rows.setdefault(family, [0, 0, 0.0, 0.0, 0])
            r[0] += 1
            r[1] += ob["data"]["queries"]["count"]
            r[2] += ob["seconds"]
            r[3] += done["seconds"]
            r[4] += done["answers"].count("?")
    print(f"{'claim family':<40} {'obls':>5} {'queries':>8} {'task s':>9} {'cvc5 s':>9} {'cvc5/obl s':>10} {'unknown':>7}")
    total = [0, 0, 0.0, 0.0, 0]
    for family, (n, q, task, cvc5, unknown) in sorted(rows.items()):
        print(f"{family:<40} {n:>5} {q:>8} {task:>9.1f} {cvc5:>9.1f} {cvc5 / n:>10.3f} {unknown:>7}")
        total = [a + b for a, b in zip(total, (n, q, task, cvc5, unknown))]
    n, q, task, cvc5, unknown = total
    if n:
        print(f"{'total':<40} {n:>5} {q:>8} {task:>9.1f} {cvc5:>9.1f} {cvc5 / n:>10.3f} {unknown:>7}")
    h = report["header"]
    print(f"\n{headline(h['recheck'])}")
    print(f"run: {h['command']}; profile {h['profile']}, {h['jobs']} jobs on {h['cpu_count']} CPUs, {h['seconds']} s "
          f"wall-clock ({h['cache']['hits']} cached, {h['cache']['misses']} computed, "
          f"{h['recheck']['rechecked_now']} re-checked in this run, the re-check phase "
          f"{h['recheck'].get('wall_seconds', '?')} s wall-clock)")
    return 0


def sample(profile: str, per_task: int, timeout_ms: int) -> int:
    import time

    from verify.claims import Outcome, Status, run_obligation
    from verify.evidence import evidence_kind
    from verify.plugins import installed_papers
    from verify.recheck import compare, recheck_text
    from verify.solver import ARTEFACT

    claims = installed_papers().claims()
    ci = {ob.id for c in claims if "ci" in c.profiles for ob in c.obligations("ci")}
    by_task: dict[str, dict] = {}
    for c in claims:
        if profile in c.profiles:
            for ob in c.obligations(profile):
                if ob.id not in ci and evidence_kind(ob, Outcome(Status.UNKNOWN, "")) == "smt":
                    by_task.setdefault(ob.task, {})[ob.id] = ob
    print(f"{'obligation':<60} {'status':<7} {'task s':>8} {'queries':>7} {'cvc5 s':>8}  cvc5 agreed/unknown/failed")
    for task, obs in sorted(by_task.items()):
        for ob in sorted(obs.values(), key=lambda o: (len(json.dumps(o.args, default=str)), o.id))[:per_task]:
            o = run_obligation(ob)
            line = f"{ob.id[:60]:<60} {o.status.value:<7} {o.seconds:>8.2f}"
            if ARTEFACT in o.artefacts and o.status in (Status.PROVED, Status.LOOSE):
                start = time.perf_counter()
                o.data["recheck"] = recheck_text(o.artefacts[ARTEFACT], timeout_ms)
                found = compare(o)
                line += (f" {o.data['queries']['count']:>7} {time.perf_counter() - start:>8.2f}  "
                         f"{found['agreed']}/{found['unknown']}/{found['failed']}"
                         + (f" DISAGREED {found['disagreed']}" if found["disagreed"] else ""))
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
