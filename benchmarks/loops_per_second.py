"""Loops per second of the float64 SUBLEQ machine, against a dense numpy eq. (1a)/(1b).

Both run the same bound network (the authors' size s = m = 8, n = 32, N = 8,
λ = 10) on the same random program in the same process; the dense baseline
multiplies the full d × d and width × d matrices, as a straightforward
implementation of the paper's equations would.  Prints both figures and the
ratio.  Usage: ``python benchmarks/loops_per_second.py [--loops K] [--repeats R]``.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from constructions.giannou2023 import SubleqShape, decode, encode, step, subleq_network  # noqa: E402
from constructions.giannou2023.program import random_program  # noqa: E402
from verify.forward import Evaluator  # noqa: E402
from verify.semantics import Float  # noqa: E402


def dense_layers(network):
    def dense(m):
        return np.array(m.tolist(), dtype=np.float64)

    out = []
    for layer in network.layers:
        heads = [(dense(h.Q), dense(h.K), dense(h.V)) for h in layer.heads]
        f = layer.ffn
        out.append((heads, dense(f.W1), dense(f.b1), dense(f.W2), dense(f.b2)))
    return out


def dense_loop(layers, X, lam):
    for heads, W1, b1, W2, b2 in layers:
        A = X.copy()
        for Q, K, V in heads:
            S = lam * ((K @ X).T @ (Q @ X))
            Z = np.exp(S - S.max(axis=0, keepdims=True))
            A += V @ X @ (Z / Z.sum(axis=0, keepdims=True))
        X = A + W2 @ np.maximum(W1 @ A + b1, 0.0) + b2
    return X


def timed(fn, X, loops):
    start = time.perf_counter()
    for _ in range(loops):
        X = fn(X)
    return loops / (time.perf_counter() - start), X


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loops", type=int, default=2000)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    shape = SubleqShape(8, 8, 32, 8)
    network = subleq_network(shape).bind(C=100, eps="1/4")
    program = random_program(shape, random.Random(0))
    X0 = encode(shape, program.initial).astype(np.float64)
    ours = Evaluator(network, Float(10))
    layers = dense_layers(network)
    # both implementations must compute the same machine before we time them
    state, a, b = program.initial, X0, X0
    for _ in range(20):
        state, a, b = step(state), ours.loop(a), dense_loop(layers, b, 10.0)
        assert decode(shape, a, 0.25).state == state == decode(shape, b, 0.25).state
    best = {"ours": 0.0, "dense": 0.0}
    for _ in range(args.repeats):  # interleaved, best of R, so both see the same machine load
        best["ours"] = max(best["ours"], timed(ours.loop, X0, args.loops)[0])
        best["dense"] = max(best["dense"], timed(lambda X: dense_loop(layers, X, 10.0), X0, args.loops)[0])
    print(f"machine: s=8, m=8, n=32, N=8 (d = {network.layout.d}), float64, lambda = 10; "
          f"{os.cpu_count()} CPUs, numpy {np.__version__}")
    print(f"verify.forward.Evaluator : {best['ours']:8.0f} loops/s")
    print(f"dense numpy eq. (1a)/(1b): {best['dense']:8.0f} loops/s")
    print(f"ratio (ours / dense)     : {best['ours'] / best['dense']:8.2f}")


if __name__ == "__main__":
    main()
