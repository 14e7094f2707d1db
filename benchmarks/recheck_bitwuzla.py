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

from verify.recheck import recheck_text  # noqa: E402
from verify.recheck_solvers import BITWUZLA, available  # noqa: E402
from verify.solver import ARTEFACT, parse_queries  # noqa: E402

_ANSWER = {"u": "unsat", "s": "sat"}


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
        queries = parse_queries(text)
        done = recheck_text(text, args.timeout_ms, solver=BITWUZLA)
        n["files"] += 1
        n["queries"] += sum(a != "unknown" for _, a, _ in queries)
        for (_, z3_answer, _), code in zip(queries, done["answers"]):
            if code in ".-":
                continue
            n["asked"] += 1
            if code == "?":
                n["unknown"] += 1
            elif code == "!":
                n["failed"] += 1
            elif _ANSWER[code] == z3_answer:
                n["agreed"] += 1
            else:
                n["disagreed"] += 1
                errors.append(f"{path.parent.name}: z3 {z3_answer}, Bitwuzla {_ANSWER[code]}")
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
