"""What the cvc5 re-check costs, from a report written by ``python -m verify all --recheck``.

Reads ``REPORT_DIR/report.json`` and prints, per claim family (the claim id's
first two components), the obligations re-checked, their recorded z3 queries,
the seconds the obligations took when computed (z3 and everything else the
task does) and the seconds cvc5 took on their queries, with cvc5's unknown
answers; then the totals and the run's headline.  Timings are per obligation
(summed over worker processes), so they measure work, not wall-clock time; on
a shared machine they are upper bounds.  An obligation counted once per claim
that lists it.  Usage: ``python benchmarks/recheck_cost.py REPORT_DIR``.
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
    ap.add_argument("report_dir")
    args = ap.parse_args()
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


if __name__ == "__main__":
    sys.exit(main())
