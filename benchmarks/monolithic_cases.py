"""The monolithic SUBLEQ loop proof (no contracts) at the authors' size, by cases over (pc, a, b).

Runs :func:`proofs.giannou2023.monolithic.prove_monolithic_cases` once per
program-counter value on ``--jobs`` worker processes (the same obligations as
``giannou2023.loop.monolithic.cases`` in the full profile), and prints each
pc's cases, cells decided by exhaustive evaluation and time, then the
verdict, the wall time and the summed CPU time.  The split is exhaustive only
when every command column is run; ``--pcs`` runs a subset (then the verdict
says so).

Usage: ``python benchmarks/monolithic_cases.py [--shape 8,8,32,8] [--jobs 2] [--pcs 16,17]``
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from proofs.giannou2023.monolithic import command_columns, prove_monolithic_cases  # noqa: E402


def _one(shape, pc):
    start, cpu = time.perf_counter(), time.process_time()
    o = prove_monolithic_cases(shape, pcs=[pc])
    return pc, o.status.value, o.summary, o.data, time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shape", default="8,8,32,8", help="s,m,n,N (default: the authors' size)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--pcs", default=None, help="comma-separated program-counter values (default: every command)")
    args = ap.parse_args()
    shape = [int(x) for x in args.shape.split(",")]
    every = command_columns(shape)
    pcs = every if args.pcs is None else [int(x) for x in args.pcs.split(",")]
    print(f"monolithic loop proof by cases at (s, m, n, N) = {tuple(shape)}: pc in {pcs[0]}..{pcs[-1]} "
          f"({len(pcs)} of {len(every)} values), {args.jobs} processes", flush=True)
    start = time.perf_counter()
    cpu, statuses, cases = 0.0, [], 0
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for fut in as_completed([pool.submit(_one, shape, pc) for pc in pcs]):
            pc, status, summary, data, wall, used = fut.result()
            cpu += used
            cases += data.get("cases", 0)
            statuses.append(status)
            print(f"  pc {pc:3d}  {status:8s} {data.get('cases', 0):5d} cases  "
                  f"{data.get('by_enumeration', 0):6d} cells by exhaustive evaluation  {wall:7.1f} s"
                  + ("" if status == "PROVED" else f"  {summary}"), flush=True)
    wall = time.perf_counter() - start
    verdict = "PROVED" if all(s == "PROVED" for s in statuses) else "NOT PROVED"
    scope = "every valid state" if sorted(pcs) == every else "the states with these pc values only"
    print(f"{verdict} for {scope}: {cases} cases in {wall:.1f} s wall ({cpu:.1f} s CPU summed over the workers)")


if __name__ == "__main__":
    main()
