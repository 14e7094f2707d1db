"""Proving the SUBLEQ loop at the authors' size, against brute-force enumeration.

Prints, in one run on this machine:

1. the chained proof at s = m = 8, n = 32, N = 8 — every layer's contract and
   the chain — time per block (wall clock and process CPU time; the machine
   may be shared), its ratio against the previous figures (:data:`BEFORE`:
   13.8 s in total, read_instruction 4.1 s), in total on one process and with
   ``--jobs`` processes;
2. how far a monolithic proof (the whole loop at once, no contracts) gets at
   that size within ``--mono-budget`` seconds;
3. brute-force checking: the exact forward pass over *every* valid state of
   the largest machine ``(1, 2, 4, N)`` it can finish within
   ``--enum-budget`` seconds, with the proof's time on the same machine, and
   the speed ratio per covered state;
4. with ``--scale``: the chained proof on growing machines (n = 64, 128, …,
   s = m = 8, N = 8 unless ``--scale-shape`` says otherwise), its eleven
   independent block proofs on ``--jobs`` fresh processes, while the whole
   chain fits in ``--scale-budget`` seconds of wall time.

Usage: ``python benchmarks/prove_subleq.py [--jobs 2] [--mono-budget 600] [--enum-budget 600]
[--scale] [--scale-budget 600] [--skip-mono] [--skip-enum]``
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import queue as queue_module
import sys
import time
from concurrent.futures import ProcessPoolExecutor, wait
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from constructions.giannou2023 import LAYER_NAMES, SubleqShape  # noqa: E402
from proofs.giannou2023.proving import prove_chain, prove_layer, prove_monolithic  # noqa: E402
from proofs.giannou2023.simulation import enumerate_states  # noqa: E402

AUTHORS = [8, 8, 32, 8]

#: The previous one-process figures at the authors' size (wall clock, seconds; issue 14): the total and
#: read_instruction's; the ratios printed are these over the times measured now.
BEFORE = {"total": 13.8, "read_instruction": 4.1}


def _layer(i: int, shape=AUTHORS):
    start, cpu = time.perf_counter(), time.process_time()
    o = prove_layer(list(shape), i, keep_smt2=False)
    return (i, o.status.value, time.perf_counter() - start, time.process_time() - cpu,
            o.data.get("solver_queries", 0))


def _chain(_=None, shape=AUTHORS):
    start, cpu = time.perf_counter(), time.process_time()
    o = prove_chain(list(shape))
    return ("chain", o.status.value, time.perf_counter() - start, time.process_time() - cpu,
            o.data.get("solver_queries", 0))


def _row_name(i) -> str:
    return LAYER_NAMES[i] if isinstance(i, int) else "chain (contracts -> SUBLEQ step)"


def _one_process(shape) -> tuple[list, float, float]:
    """Every block of the chained proof at ``shape`` in this process: rows, wall and CPU seconds in total."""
    start, cpu = time.perf_counter(), time.process_time()
    rows = [_layer(i, shape) for i in range(10)] + [_chain(shape=shape)]
    return rows, time.perf_counter() - start, time.process_time() - cpu


def chained(jobs: int) -> float:
    print(f"1. chained proof at s=8, m=8, n=32, N=8 (one process, then {jobs} processes)")
    rows, sequential, cpu = _one_process(AUTHORS)
    print(f"   {'block':<34} {'status':<8} {'wall':>7}  {'CPU':>7}  z3 queries")
    for i, status, secs, cpu_s, queries in rows:
        print(f"   {_row_name(i):<34} {status:<8} {secs:6.2f} s {cpu_s:6.2f} s  {queries:4d}")
    first = rows[0]
    print(f"   read_instruction: {first[2]:.2f} s wall, {first[3]:.2f} s CPU; before {BEFORE['read_instruction']} s, "
          f"ratio before/now {BEFORE['read_instruction'] / first[2]:.1f} (wall), "
          f"{BEFORE['read_instruction'] / first[3]:.1f} (CPU)")
    print(f"   all blocks: {sequential:.2f} s wall, {cpu:.2f} s CPU; before {BEFORE['total']} s, "
          f"ratio before/now {BEFORE['total'] / sequential:.1f} (wall), {BEFORE['total'] / cpu:.1f} (CPU)")
    start = time.perf_counter()
    # longest first: the read layers take most of the time
    order = sorted(range(10), key=lambda i: -dict((r[0], r[2]) for r in rows)[i])
    with ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork")) as pool:
        statuses = [f.result()[1] for f in [pool.submit(_layer, i) for i in order] + [pool.submit(_chain)]]
    parallel = time.perf_counter() - start
    ok = all(s == "PROVED" for s in statuses) and all(r[1] == "PROVED" for r in rows)
    print(f"   total: {sequential:.1f} s on one process, {parallel:.1f} s on {jobs} processes "
          f"({'all PROVED' if ok else 'NOT ALL PROVED'})")
    return sequential


def _scale_task(block, shape):
    return _layer(block, shape) if isinstance(block, int) else _chain(shape=shape)


def scale(budget: float, base: list[int], sizes: list[int], jobs: int) -> None:
    s, m, _, N = base
    print(f"4. chained proof on growing machines (s={s}, m={m}, N={N}), {budget:.0f} s per machine on {jobs} "
          f"processes (the blocks are independent proofs; read instruction, the largest, first)")
    for n in sizes:
        shape = [s, m, n, N]
        start = time.perf_counter()
        pool = ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork"))
        futures = [pool.submit(_scale_task, block, shape) for block in [*range(10), "chain"]]
        done, pending = wait(futures, timeout=budget)
        wall = time.perf_counter() - start
        if pending:
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        rows = [f.result() for f in futures if f in done and f.exception() is None]
        cpu = sum(r[3] for r in rows)
        if pending or len(rows) < len(futures):
            finished = ", ".join(f"{_row_name(r[0]).split(' ')[0]} {r[3]:.1f}" for r in rows)
            print(f"   n = {n}: not finished within {budget:.0f} s ({len(rows)} of 11 blocks, {cpu:.0f} s CPU; "
                  f"CPU s: {finished})")
            break
        ok = all(r[1] == "PROVED" for r in rows)
        if not ok:
            print("   not proved: " + ", ".join(f"{_row_name(r[0])} {r[1]}" for r in rows if r[1] != "PROVED"))
        print(f"   n = {n:5d} ({shape[2] - s - m} commands): {'all PROVED' if ok else 'NOT ALL PROVED'} in "
              f"{wall:.1f} s wall, {cpu:.1f} s CPU; slowest: "
              + ", ".join(f"{_row_name(r[0]).split(' ')[0]} {r[3]:.1f} s"
                          for r in sorted(rows, key=lambda r: -r[3])[:3]))
        sys.stdout.flush()


def _mono_worker(queue):
    """Evaluate the whole loop symbolically, then prove cell by cell, reporting progress to ``queue``."""
    import numpy as np

    from constructions.giannou2023 import subleq_network
    from constructions.giannou2023.contracts import subleq_step
    from constructions.giannou2023.invariants import stage_template
    from verify import symbolic as sym
    from verify.forward import Evaluator
    from verify.semantics import Symbolic
    from verify.smt import check_cells
    from verify.spec_ops import SymbolicOps

    start = time.perf_counter()
    with sym.scope():
        network = subleq_network(SubleqShape(*AUTHORS)).bind(C=100, eps="1/4")
        X0 = stage_template(network.layout, 0).X
        ev, X = Evaluator(network, Symbolic()), X0
        for i in range(10):
            X = ev.layer(i, X)
            queue.put(f"symbolic pass through layer {i + 1} ({LAYER_NAMES[i]}) done at "
                      f"{time.perf_counter() - start:.1f} s")
        B = subleq_step(X0, network.layout, SymbolicOps())
        pairs = [(network.layout.describe_row(r), (r, c), sym.eq(X[r, c], B[r, c]))
                 for r, c in np.ndindex(X.shape)]
        pending = [p for p in pairs if p[2] is not sym.TRUE]
        queue.put(f"{len(pairs) - len(pending)} of {len(pairs)} cells equal by identity; "
                  f"{len(pending)} go to z3 (with case splits on the pointers)")
        for k, pair in enumerate(pending, 1):
            results, _ = check_cells([pair], timeout_ms=120_000, split=4096, keep_smt2=False)
            queue.put(f"cell {k}/{len(pending)} ({pair[0]}, column {pair[1][1]}): {results[0].status} "
                      f"at {time.perf_counter() - start:.1f} s")
    queue.put(None)


def monolithic(budget: float) -> None:
    print(f"2. monolithic proof at s=8, m=8, n=32, N=8, budget {budget:.0f} s")
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_mono_worker, args=(queue,))
    start = time.perf_counter()
    proc.start()
    last, lines = None, 0
    while time.perf_counter() - start < budget:
        try:
            msg = queue.get(timeout=max(0.1, budget - (time.perf_counter() - start)))
        except queue_module.Empty:
            break
        if msg is None:
            print(f"   finished in {time.perf_counter() - start:.1f} s")
            break
        last = msg
        if not msg.startswith("cell") or lines < 3:  # print the stages, the first cells, then the last one
            print(f"   {msg}")
            lines += msg.startswith("cell")
    if proc.is_alive():
        proc.terminate()
        proc.join()
        print(f"   stopped after {budget:.0f} s; last progress: {last}")


def states(shape: SubleqShape) -> int:
    """Number of valid loop-start states: programs × memories × PCs × instruction-slot contents."""
    ins = shape.m * shape.m * shape.commands
    return ins**shape.commands * 2 ** (shape.N * shape.m) * shape.commands * (1 + ins)


def enumeration(budget: float) -> None:
    print(f"3. brute force: exact forward pass over every state of (1, 2, 4, N), budget {budget:.0f} s")
    done = None
    for N in range(2, 16):
        shape = SubleqShape(1, 2, 4, N)
        if done is not None:
            rate = done[1] / done[2]
            if states(shape) / rate > budget:
                print(f"   N = {N}: {states(shape):,} states would take ~{states(shape) / rate:.0f} s: stop")
                break
        start = time.perf_counter()
        o = enumerate_states([1, 2, 4, N], full=True)
        secs = time.perf_counter() - start
        assert o.status.value == "PROVED", o.summary
        done = (N, o.data["states_checked"], secs)
        print(f"   N = {N}: {done[1]:,} states in {secs:.1f} s ({done[1] / secs:,.0f} states/s)")
    N, count, secs = done
    start = time.perf_counter()
    ok = all(prove_layer([1, 2, 4, N], i, keep_smt2=False).status.value == "PROVED" for i in range(10))
    ok = ok and prove_chain([1, 2, 4, N]).status.value == "PROVED"
    proof = time.perf_counter() - start
    print(f"   the chained proof of (1, 2, 4, {N}) takes {proof:.2f} s ({'PROVED' if ok else 'FAILED'}): "
          f"{secs / proof:,.0f}x faster than enumerating its {count:,} states")
    print(f"   per covered state: enumeration {secs / count:.2e} s/state; proof at (1,2,4,{N}) "
          f"{proof / count:.2e} s/state")
    return count / secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--mono-budget", type=float, default=600)
    ap.add_argument("--enum-budget", type=float, default=600)
    ap.add_argument("--skip-mono", action="store_true", help="leave out part 2")
    ap.add_argument("--skip-enum", action="store_true", help="leave out part 3")
    ap.add_argument("--scale", action="store_true", help="part 4: the chained proof on growing machines")
    ap.add_argument("--scale-budget", type=float, default=600, help="seconds per machine in part 4")
    ap.add_argument("--scale-shape", default="8,8,0,8", help="s,m,_,N of the machines in part 4")
    ap.add_argument("--scale-sizes", default="64,128,256,512,1024", help="the n to try in part 4, in order")
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, load average {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          "(a shared machine: wall times are upper bounds)")
    total = chained(args.jobs)
    if not args.skip_mono:
        monolithic(args.mono_budget)
    if not args.skip_enum:
        rate = enumeration(args.enum_budget)
        covered = states(SubleqShape(*AUTHORS))
        print(f"at the authors' size the proof covers {covered:.3e} states in {total:.1f} s "
              f"({covered / total:.2e} states/s); enumeration runs at {rate:,.0f} states/s here "
              f"(at d = 82 it is slower still), a ratio of {covered / total / rate:.1e}")
    if args.scale:
        scale(args.scale_budget, [int(v) for v in args.scale_shape.split(",")],
              [int(v) for v in args.scale_sizes.split(",")], args.jobs)


if __name__ == "__main__":
    main()
