"""Bitwuzla on the bit-vector and propositional queries of a run, from its saved SMT-LIB2.

Reads every ``solver-queries.smt2`` artefact under ``REPORT_DIR/artefacts``
(written by any ``python -m verify all`` run), re-checks the queries in
Bitwuzla's logic (:func:`verify.recheck_solvers.in_fragment`) with Bitwuzla
exactly as ``--recheck`` does (:func:`verify.recheck.recheck_text`), and
prints how many queries there are, how many are in the fragment, Bitwuzla's
agreement with z3's recorded answers, its unknown and failed answers and its
seconds.  It needs no cvc5 and no re-run of the proofs.  Exit 1 on a
disagreement.  Usage: ``python benchmarks/recheck_bitwuzla.py [REPORT_DIR]``
(default ``reports``) ``[--timeout-ms MS]``.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify.claims import Outcome, Status  # noqa: E402
from verify.recheck import compare, recheck_text  # noqa: E402
from verify.recheck_solvers import BITWUZLA, available  # noqa: E402
from verify.solver import ARTEFACT  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report_dir", nargs="?", default="reports")
    ap.add_argument("--timeout-ms", type=int, default=20_000, help="Bitwuzla's limit per query")
    args = ap.parse_args()
    if not available():
        print("Bitwuzla is not installed: pip install bitwuzla", file=sys.stderr)
        return 2
    files = sorted((Path(args.report_dir) / "artefacts").glob(f"*/{ARTEFACT}"))
    if not files:
        print(f"no {ARTEFACT} artefacts under {args.report_dir}/artefacts", file=sys.stderr)
        return 2
    n = {"files": 0, "queries": 0, "asked": 0, "agreed": 0, "unknown": 0, "failed": 0, "disagreed": 0}
    errors: list[str] = []
    start = time.perf_counter()
    for path in files:
        text = path.read_text()
        done = recheck_text(text, args.timeout_ms, solver=BITWUZLA)
        # tallied exactly as the runner does (verify.recheck.compare)
        found = compare(Outcome(Status.PROVED, "", {BITWUZLA.field: done}, {ARTEFACT: text}), BITWUZLA)
        n["files"] += 1
        n["queries"] += found["queries"] + found["outside"]
        n["asked"] += found["queries"]
        for k in ("agreed", "unknown", "failed"):
            n[k] += found[k]
        n["disagreed"] += len(found["disagreed"])
        errors += [f"{path.parent.name}: query {d['query']}: z3 {d['z3']}, Bitwuzla {d['other']}"
                   for d in found["disagreed"]]
        errors += [f"{path.parent.name}: {e}" for e in done["errors"]]
    seconds = time.perf_counter() - start
    print(f"{BITWUZLA.version()}: {n['files']} artefacts, {n['queries']} queries z3 answered, "
          f"{n['asked']} in Bitwuzla's logic (bit-vectors and propositional)")
    print(f"agreed {n['agreed']}, unknown {n['unknown']}, failed {n['failed']}, disagreed {n['disagreed']} "
          f"in {seconds:.1f} s (limit {args.timeout_ms} ms a query)")
    for line in errors[:10]:
        print("  " + line)
    return 1 if n["disagreed"] else 0


if __name__ == "__main__":
    sys.exit(main())
