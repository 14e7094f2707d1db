"""Certified float runs of the shipped programs (``verify/float_enclosure.py``, ``.float_run_certificate``).

For each program and format: the loops certified (until the reference halts, plus the fixed-point loop), the
certified distance to the exact run entering error correction and at every loop's end, numpy's witnessed
distances beside them, and the time.  Usage: ``python benchmarks/float_run_certificate.py [--programs
multiply,factorial] [--formats float64] [--lam 17]``.
"""
from __future__ import annotations

import argparse
import time

from constructions.giannou2023 import temperature
from proofs.giannou2023.float_run_certificate import run_certificate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", default="multiply", help="comma-separated shipped programs")
    parser.add_argument("--formats", default="float64")
    parser.add_argument("--lam", default=str(temperature.DESIGN_LAMBDA))
    args = parser.parse_args()
    print(f"{'program':14} {'format':8} {'lambda':>6} {'loops':>6} {'entering EC':>12} {'(witnessed)':>12} "
          f"{'loop end':>10} {'(witnessed)':>12} {'seconds':>8}  result")
    for program in args.programs.split(","):
        for fmt in args.formats.split(","):
            start = time.perf_counter()
            d = run_certificate(program, args.lam, fmt)
            result = "certified" if d["holds"] else f"not certified: {d['reason']}"
            print(f"{program:14} {fmt:8} {args.lam:>6} {d['loops']:>6} {d['entering']:>12.3g} "
                  f"{d['witnessed_entering']:>12.3g} {d['end']:>10.3g} {d['witnessed_end']:>12.3g} "
                  f"{time.perf_counter() - start:>8.1f}  {result}")


if __name__ == "__main__":
    main()
