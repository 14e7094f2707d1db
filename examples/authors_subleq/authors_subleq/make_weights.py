"""Write one SUBLEQ loop in the authors' style: float64 numpy weights and the layout file ``verify import`` reads.

Written from the formulas of the official code's 10 layers as the reference
notes state them (``giannou2023.md`` §3–§4), without the ``constructions``
package of this repository.  The authors' conventions are kept:

* the punchcard: columns ``[0, s)`` scratch, ``[s, s+m)`` memory, ``[s+m, n)``
  commands; rows C, M, S_a (its first row the flag), S_b, S_cmd, PC, P, B
  (``β = max(3L, 2N)``), ind — ``d = 8L + 3N + β + 1`` and *no* extra indicator
  row for column 0;
* the constants the code applies to column 0 only are **per-column biases**
  (``B1``: hidden unit × column, ``B2``: row × column); constants that act on
  every column (−C in the read gates, the error correction's ε terms and −1)
  are ordinary bias vectors;
* every array is float64, as the authors' numpy arrays are.  The authors'
  error correction computes ε from the data at run time; a weight file needs
  one value, so it is fixed at ``EPS = 0.1`` (any ε < 1/2 is the identity on
  {−1, 0, 1}).  0.1 is not a binary fraction: the importer snaps it.

``build(..., mutate=True)`` changes one weight: the flag unit's column-0 bias
``1 − N`` becomes ``1 + N`` (a variant printed in a secondary summary), so a
positive result no longer reads as "> 0".  :func:`write` stores it as
``*_mutated.npz`` beside the original (same layout file).

    python -m authors_subleq.make_weights            # (re)writes authors_subleq/data/
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

__all__ = ["SIZES", "MUTATED", "EPS", "GATE", "build", "file_stem", "write", "DATA"]

SIZES = ((1, 2, 4, 2), (2, 1, 4, 2), (1, 2, 4, 4))  # (s, m, n, N): n a power of two, one command column
MUTATED = ((1, 2, 4, 2),)  # the one-weight-mutated copies (m ≥ 2: with one cell mem[b] − mem[a] is always 0)
EPS = 0.1
GATE = 100.0  # the code's C
DATA = Path(__file__).parent / "data"


def rows(L: int, N: int) -> dict[str, tuple[int, int]]:
    """Row blocks ``name -> (start, size)``, top to bottom (notes §3.2)."""
    sizes = [("C", 3 * L), ("M", N), ("S_a", N), ("S_b", N), ("S_cmd", 3 * L), ("PC", L), ("P", L),
             ("B", max(3 * L, 2 * N)), ("ind", 1)]
    out, r = {}, 0
    for name, size in sizes:
        out[name], r = (r, size), r + size
    return out


class FFN:
    """Hidden units written one by one: input weights, a bias on every column, a bias on column 0 only."""

    def __init__(self, d: int, n: int):
        self.d, self.n, self.units, self.b2, self.B2 = d, n, [], np.zeros(d), np.zeros((d, n))

    def unit(self, inputs: dict, out: dict, bias: float = 0.0, col0: float = 0.0) -> None:
        self.units.append((inputs, out, bias, col0))

    def clear(self, r: int) -> None:
        """x − ReLU(x) + ReLU(−x) = 0."""
        self.unit({r: 1.0}, {r: -1.0})
        self.unit({r: -1.0}, {r: 1.0})

    def add(self, sources: list[list[int]], const, out: list[int]) -> None:
        """The 6-unit-per-bit adder (§4.3): ``out`` (±1 bits, MSB first) ← bits of Σ t_i(sources) + const(i)."""
        K = len(out)
        for i in range(1, K + 1):
            u = {}
            for src in sources:
                for j in range(1, i + 1):
                    u[src[K - j]] = u.get(src[K - j], 0.0) + 2.0 ** (j - 2)
            c, r = const(i), out[K - i]
            neg = {k: -v for k, v in u.items()}
            for inputs, shift, sign in ((u, -2 ** (i - 1) + 1, 2), (u, -2 ** (i - 1), -2), (neg, 2 ** i, 2),
                                        (neg, 2 ** i - 1, -2), (u, -3 * 2 ** (i - 1) + 1, 2),
                                        (u, -3 * 2 ** (i - 1), -2)):
                self.unit(inputs, {r: float(sign)}, col0=(c if inputs is u else -c) + shift)
            self.B2[r, 0] += -3.0

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        w = len(self.units)
        W1, b1, W2, B1 = np.zeros((w, self.d)), np.zeros(w), np.zeros((self.d, w)), np.zeros((w, self.n))
        for k, (inputs, out, bias, col0) in enumerate(self.units):
            for r, v in inputs.items():
                W1[k, r] += v
            for r, v in out.items():
                W2[r, k] += v
            b1[k], B1[k, 0] = bias, col0
        out = {f"{prefix}.w1": W1, f"{prefix}.b1": b1, f"{prefix}.w2": W2, f"{prefix}.b2": self.b2}
        if B1.any():
            out[f"{prefix}.B1"] = B1
        if self.B2.any():
            out[f"{prefix}.B2"] = self.B2
        return out


def build(s: int, m: int, n: int, N: int, mutate: bool = False) -> tuple[dict, dict]:
    """The arrays of one loop (10 layers) and the layout file's JSON object."""
    L = n.bit_length() - 1
    if n != 2 ** L or s < 1 or m < 1 or s + m >= n or N < 2:
        raise ValueError(f"(s, m, n, N) = {(s, m, n, N)}: need n a power of two, s, m ≥ 1, s + m < n, N ≥ 2")
    R = rows(L, N)
    d = sum(size for _, size in R.values())

    def at(block, lo=0, size=None):
        start, full = R[block]
        return list(range(start + lo, start + lo + (full - lo if size is None else size)))

    C_, M, Sa, Sb, Scmd, PC, P, B, ind = (at(b) for b in ("C", "M", "S_a", "S_b", "S_cmd", "PC", "P", "B", "ind"))
    B1, B2, flag, ind = B[:N], B[N:2 * N], Sa[0], ind[0]
    arrays, layers = {}, []

    def head(prefix, ptr_rows, moves):
        q = np.zeros((L, d))
        for t in range(L):
            q[t, ptr_rows[t]], q[t, P[t]] = 1.0, 1.0
        v = np.zeros((d, d))
        for dst, srcs in moves:
            for r, src in zip(dst, zip(*srcs)):
                for c in src:
                    v[r, c] = 1.0
        arrays.update({f"{prefix}.q": q, f"{prefix}.k": q.copy(), f"{prefix}.v": v})
        return {"name": prefix.split(".")[-1], "Q": f"{prefix}.q", "K": f"{prefix}.k", "V": f"{prefix}.v"}

    def layer(index, name, ffn, heads=()):
        prefix = f"l{index:02d}"
        arrays.update(ffn.arrays(prefix))
        spec = {k: f"{prefix}.{k.lower() if k[0] in 'Wb' else k}" for k in ("W1", "b1", "W2", "b2", "B1", "B2")
                if f"{prefix}.{k.lower() if k[0] in 'Wb' else k}" in arrays}
        layers.append({"name": name, "heads": list(heads), "ffn": spec})

    def overwrite(f, slot, buf):  # §4.1: slot ← 2·buf − slot on scratch columns (ind = 1); buf cleared
        for sr, br in zip(slot, buf):
            f.unit({br: 2.0, sr: -2.0, ind: GATE}, {sr: 1.0}, bias=-GATE)
            f.unit({br: -2.0, sr: 2.0, ind: GATE}, {sr: -1.0}, bias=-GATE)
            f.clear(br)

    f = FFN(d, n)  # 1: read the instruction at PC into S_cmd
    overwrite(f, Scmd, B[:3 * L])
    layer(1, "read_instruction", f, [head("l01.h1", PC, [(B[:3 * L], [C_, Scmd])])])
    f = FFN(d, n)  # 2: read mem[a] into S_a, mem[b] into S_b
    overwrite(f, Sa, B1)
    overwrite(f, Sb, B2)
    layer(2, "read_memory", f, [head("l02.h1", Scmd[:L], [(B1, [M, Sa])]),
                                head("l02.h2", Scmd[L:2 * L], [(B2, [M, Sb])])])
    f = FFN(d, n)  # 3: B1 ← NOT mem[a]
    for k in range(N):
        f.unit({Sa[k]: -1.0}, {B1[k]: 2.0})
    f.B2[B1, 0] = -1.0
    layer(3, "flip", f)
    f = FFN(d, n)  # 4: B2 ← NOT mem[a] + 1 = −mem[a]
    f.add([B1], lambda i: (2 ** i - 1) / 2 + 1, B2)
    layer(4, "add_one", f)
    f = FFN(d, n)  # 5: S_b ← mem[b] − mem[a]; clear B1, B2, S_a and the old S_b
    f.add([B2, Sb], lambda i: 2 ** i - 1, Sb)
    for r in Sb + B1 + B2 + Sa:
        f.clear(r)
    layer(5, "add_and_clear", f)
    f = FFN(d, n)  # 6: write S_b into memory column b (gate open off the scratch columns)
    for mr, br in zip(M, B1):
        f.unit({br: 2.0, mr: -2.0, ind: -GATE}, {mr: 1.0})
        f.unit({br: -2.0, mr: 2.0, ind: -GATE}, {mr: -1.0})
        f.clear(br)
    layer(6, "write_memory", f, [head("l06.h1", Scmd[L:2 * L], [(B1, [M, Sb])])])
    f = FFN(d, n)  # 7: flag ← [result ≤ 0] = ReLU(b_N) + ReLU(−Σ b_i − N + 1); clear S_b
    f.unit({Sb[0]: 1.0}, {flag: 1.0})
    f.unit({r: -1.0 for r in Sb}, {flag: 1.0}, col0=float(1 + N if mutate else 1 - N))
    for r in Sb:
        f.clear(r)
    layer(7, "flag", f)
    f = FFN(d, n)  # 8: PC ← PC + 1 (mod n)
    f.add([PC], lambda i: (2 ** i - 1) / 2 + 1, PC)
    for r in PC:
        f.clear(r)
    layer(8, "pc_plus_one", f)
    f = FFN(d, n)  # 9: PC ← p_c if flag else PC + 1; clear the flag
    for q, c in zip(PC, Scmd[2 * L:]):
        f.unit({c: 1.0, flag: 1.0}, {q: 1.0}, col0=-1.0)
        f.unit({c: -1.0, flag: 1.0}, {q: -1.0}, col0=-1.0)
        f.unit({q: 1.0, flag: -1.0}, {q: 1.0})
        f.unit({q: -1.0, flag: -1.0}, {q: -1.0})
        f.unit({q: 1.0}, {q: -1.0})
        f.unit({q: -1.0}, {q: 1.0})
    f.clear(flag)
    layer(9, "select_pc", f)
    f = FFN(d, n)  # 10: error correction on M, PC and the program, every column (§4.6)
    slope = 1.0 / (1.0 - 2.0 * EPS)
    for r in M + PC + C_:
        for bias, sign in ((1.0 - EPS, 1.0), (EPS, -1.0), (-EPS, 1.0), (-1.0 + EPS, -1.0)):
            f.unit({r: 1.0}, {r: sign * slope}, bias=bias)
        f.clear(r)
        f.b2[r] = -1.0
    layer(10, "error_correction", f)

    parts = {"C": [("a", L), ("b", L), ("c", L)], "S_a": [("flag", 1)], "S_cmd": [("a", L), ("b", L), ("c", L)],
             "B": [("B1", N), ("B2", N)]}
    row_blocks = [{"name": k, "size": size, **({"parts": [{"name": p, "size": z} for p, z in parts[k]]}
                                                if k in parts else {})} for k, (_, size) in R.items()]
    regions = [{"name": "scratch", "size": s}, {"name": "memory", "size": m}, {"name": "commands", "size": n - s - m}]
    spec = {"name": f"authors_subleq[s={s},m={m},n={n},N={N}]",
            "layout": {"row_blocks": row_blocks, "column_regions": regions}, "layers": layers}
    return arrays, spec


def file_stem(s: int, m: int, n: int, N: int) -> str:
    return f"subleq_s{s}_m{m}_n{n}_N{N}"


def write(directory: Path = DATA) -> list[Path]:
    """Write every size's ``.npz`` and layout ``.json`` (and the mutated copies) into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        for mutate in (False, True) if size in MUTATED else (False,):
            arrays, spec = build(*size, mutate=mutate)
            stem = directory / (file_stem(*size) + ("_mutated" if mutate else ""))
            np.savez_compressed(stem.with_suffix(".npz"), **arrays)
            written.append(stem.with_suffix(".npz"))
            if not mutate:
                stem.with_suffix(".json").write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
                written.append(stem.with_suffix(".json"))
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA, help="directory to write into (default: the package's data/)")
    args = parser.parse_args(argv)
    for path in write(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
