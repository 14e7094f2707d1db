"""Time per loop: the looped ReLU-MLP (Liang et al. 2025, reconstructed) against the looped transformer (Giannou et al. 2023).

Both machines run the same random SUBLEQ program on the same machine size
``(s, m, n, N) = (1, n/4, n, 8)`` for n = 16 … 1024, in float64 numpy:

* transformer: the bound SUBLEQ network, dense eq. (1a)/(1b) (as in
  ``benchmarks/loops_per_second.py``), λ = 10;
* ReLU-MLP dense: every layer ``ReLU(W h + b)`` with a dense ``W``;
* ReLU-MLP sparse: the same ``W`` in CSR (scipy), cost ∝ non-zeros;
* ReLU-MLP sparse, materialised read-out: one more layer, Θ((m + k)·L) instead
  of Θ(m·k·L) weights in read-data (``readout="materialised"``);
* ReLU-MLP low-rank: ``ReLU(U (Vᵀ h) + b)`` from the exact rank factorisation.

Before timing, each implementation is run 10 loops next to the reference and
every loop decoded and compared (a machine that is fast but wrong is not
timed).  Prints a table and the least-squares log-log exponent of time
against n for each column (the paper claims O(n log n) for the ReLU-MLP and
O(n²) for the transformer).  ``--plot FILE`` writes the log-log plot.

Usage: ``python benchmarks/relu_vs_transformer.py [--n 16 32 … 1024] [--loops K] [--repeats R]
[--max-dense N] [--max-lowrank N] [--max-transformer N] [--plot out.png]``
"""
from __future__ import annotations

import argparse
import math
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from constructions.giannou2023 import SubleqShape, subleq_network  # noqa: E402
from constructions.giannou2023 import decode as t_decode, encode as t_encode  # noqa: E402
from constructions.giannou2023.isa import step  # noqa: E402
from constructions.giannou2023.program import random_program  # noqa: E402
from constructions.liang2025.encoding import decode as r_decode, encode as r_encode  # noqa: E402
from constructions.liang2025.network import relu_network  # noqa: E402
from proofs.liang2025.counting import fit_exponent  # noqa: E402
from verify.lowrank import factorise  # noqa: E402

from loops_per_second import dense_layers, dense_loop  # noqa: E402


def relu_dense(net):
    mats = []
    for l in net.layers:
        W = np.zeros((l.n_out, l.n_in))
        for i, row in enumerate(l.rows):
            for j, w in row:
                W[i, j] = float(w)
        mats.append((W, np.array([float(b) for b in l.bias]), l.relu))
    return mats


def relu_sparse(net):
    from scipy.sparse import csr_matrix

    mats = []
    for l in net.layers:
        r = [i for i, row in enumerate(l.rows) for _ in row]
        c = [j for row in l.rows for j, _ in row]
        w = [float(x) for row in l.rows for _, x in row]
        mats.append((csr_matrix((w, (r, c)), shape=(l.n_out, l.n_in)), np.array([float(b) for b in l.bias]), l.relu))
    return mats


def relu_lowrank(net):
    mats = []
    for l in net.layers:
        f = factorise(l)
        assert f.equal
        U = np.array([[float(f.U[i, k]) for k in range(f.rank)] for i in range(f.rows)]).reshape(f.rows, f.rank)
        Vt = np.array([[float(f.Vt[k, j]) for j in range(f.cols)] for k in range(f.rank)]).reshape(f.rank, f.cols)
        mats.append(((U, Vt), np.array([float(b) for b in l.bias]), l.relu))
    return mats


def relu_loop(mats, h):
    for W, b, relu in mats:
        z = (W[0] @ (W[1] @ h) if isinstance(W, tuple) else W @ h) + b
        h = np.maximum(z, 0.0) if relu else z
    return h


def timed(fn, x, loops, repeats):
    best = math.inf
    for _ in range(repeats):
        start = time.perf_counter()
        y = x
        for _ in range(loops):
            y = fn(y)
        best = min(best, (time.perf_counter() - start) / loops)
    return best


def check(fn, x, shape, state, decode, loops=10):
    for _ in range(loops):
        x = fn(x)
        state = step(state)
        got = decode(x)
        if got != state:
            raise AssertionError(f"{shape}: the machine diverged from the reference")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[16, 32, 64, 128, 256, 512, 1024])
    ap.add_argument("--N", type=int, default=8)
    ap.add_argument("--loops", type=int, default=20)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--max-dense", type=int, default=128, help="largest n for the dense ReLU-MLP")
    ap.add_argument("--max-lowrank", type=int, default=32, help="largest n for the exact low-rank factorisation")
    ap.add_argument("--max-transformer", type=int, default=1024)
    ap.add_argument("--plot", default=None)
    args = ap.parse_args()
    cols = ["transformer", "relu-dense", "relu-sparse", "relu-sparse-mat", "relu-lowrank"]
    table = {}
    print(f"machines (1, n/4, n, N={args.N}); float64; best of {args.repeats} x {args.loops} loops; "
          f"{os.cpu_count()} CPUs, numpy {np.__version__}")
    print(f"{'n':>6} {'relu width':>10} {'nnz':>9} " + " ".join(f"{c:>16}" for c in cols) + "   (seconds per loop)")
    for n in args.n:
        shape = SubleqShape(1, n // 4, n, args.N)
        program = random_program(shape, random.Random(n))
        state = program.initial
        row = {}
        net = relu_network((shape.s, shape.m, shape.n, shape.N))
        x0 = np.array([float(v) for v in r_encode(shape, state, "01")])

        def r_dec(x):
            return r_decode(shape, [float(v) for v in x], "01")

        builders = {"relu-sparse": relu_sparse, "relu-sparse-mat": relu_sparse}
        if n <= args.max_dense:
            builders["relu-dense"] = relu_dense
        if n <= args.max_lowrank:
            builders["relu-lowrank"] = relu_lowrank
        for name, build in builders.items():
            mats = build(net if name != "relu-sparse-mat"
                         else relu_network((shape.s, shape.m, shape.n, shape.N), "01", "minimal", "materialised"))
            fn = lambda h, mats=mats: relu_loop(mats, h)  # noqa: E731
            check(fn, x0, shape, state, r_dec)
            row[name] = timed(fn, x0, args.loops, args.repeats)
        if n <= args.max_transformer:
            tnet = subleq_network(shape).bind(C=100, eps="1/4")
            layers = dense_layers(tnet)
            X0 = t_encode(shape, state).astype(np.float64)
            fn = lambda X: dense_loop(layers, X, 10.0)  # noqa: E731
            check(fn, X0, shape, state, lambda X: t_decode(shape, X, 0.25).state)
            row["transformer"] = timed(fn, X0, args.loops, args.repeats)
        table[n] = row
        counts = net.counts()
        print(f"{n:>6} {counts['max_width']:>10} {counts['nnz']:>9} "
              + " ".join(f"{row[c]:>16.3e}" if c in row else f"{'-':>16}" for c in cols), flush=True)
    print("fitted exponent of time per loop against n (least squares on log-log):")
    for c in cols:
        ns = [n for n in table if c in table[n]]
        if len(ns) >= 2:
            line = f"  {c:>15}: n^{fit_exponent(ns, [table[n][c] for n in ns]):.2f}  (n = {ns[0]}..{ns[-1]})"
            if len(ns) >= 5:  # small n is dominated by per-call overhead: also fit the last three sizes
                tail = ns[-3:]
                line += f";  n^{fit_exponent(tail, [table[n][c] for n in tail]):.2f}  (n = {tail[0]}..{tail[-1]})"
            print(line)
    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(6, 4))
        for c in cols:
            ns = [n for n in table if c in table[n]]
            if ns:
                ax.loglog(ns, [table[n][c] for n in ns], "o-", label=c)
        ax.set_xlabel("n (address columns)")
        ax.set_ylabel("seconds per loop (float64)")
        ax.set_title("Looped ReLU-MLP vs looped transformer")
        ax.legend()
        fig.tight_layout()
        fig.savefig(args.plot, dpi=120)
        print(f"plot written to {args.plot}")


if __name__ == "__main__":
    main()
