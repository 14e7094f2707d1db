"""The float-exactness certificates (absorption, ``verify/float_exactness.py``) on the shipped programs' machines.

For each machine: float32 at the design λ and float64 at λ = 24, certified from every valid state (warm-up
loops, then a linear-growth invariant).  Prints the loops certified (and the program's run, which they must
cover), the bound after one loop and over every certified loop, and the time.  Usage: ``python benchmarks/float_exactness.py [--programs multiply,factorial] [--formats
float32,float64]``.
"""
from __future__ import annotations

import argparse
import time

from constructions.giannou2023 import temperature
from proofs.giannou2023 import premises
from proofs.giannou2023.float_absorption import FLOAT64_LAMBDA, absorbed_float, run_length


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", default="multiply", help="comma-separated shipped programs")
    parser.add_argument("--formats", default="float32,float64")
    args = parser.parse_args()
    lams = {"float32": temperature.DESIGN_LAMBDA, "float64": FLOAT64_LAMBDA}
    print(f"{'program':14} {'format':8} {'lambda':>6} {'certified loops (run)':>22} {'one loop':>10} {'every loop':>10} "
          f"{'seconds':>8}")
    for program in args.programs.split(","):
        shape = list(premises.program_shape(program))
        loops = run_length(program)
        for fmt in args.formats.split(","):
            start = time.perf_counter()
            out = absorbed_float(shape, str(lams[fmt]), fmt, loops)
            d = out.data
            first = "-" if d["first_loop_bound"] is None else f"{d['first_loop_bound']:.3g}"
            last = "-" if d["last_bound"] is None else f"{d['last_bound']:.3g}"
            print(f"{program:14} {fmt:8} {lams[fmt]:>6} {d['loops']:>15} ({loops:>4}) {first:>10} {last:>10} "
                  f"{time.perf_counter() - start:>8.1f}  {out.status.value}")


if __name__ == "__main__":
    main()
