"""The looped SUBLEQ transformer of Giannou et al. 2023, §5.1 (arXiv 2301.13196 v1).

One loop of this network executes one SUBLEQ instruction
``mem[b] ← mem[b] − mem[a]; if mem[b] ≤ 0 goto c else PC ← PC + 1``
(N-bit two's complement, wrapping).  The ten layers follow the authors'
official implementation (``jysohn1108/Looped-Transformer`` ``subleq.py`` at
``cedb0f8``; reference notes ``giannou2023.md`` §4), which uses 10 layers where
the paper's Table 1 reportedly says 9 [S].

Differences from the official code, all forced by eq. (1b)'s uniform biases:

* every constant the code adds on column 0 only (layers 3, 4, 5, 7, 8, 9) is a
  weight on the extra row ``ind0`` (1 on column 0 only); output constants go
  through one extra hidden unit ``ReLU(ind0)`` in layers 3, 4, 5 and 8, so
  those FFNs are one unit wider than the code's;
* error correction uses a fixed ε (a parameter) instead of the code's
  data-dependent ε.

Parameters: ``C`` (gating constant, code: 100) and ``epsilon`` (error
correction radius, default 1/4); the softmax temperature λ belongs to the
evaluation semantics.
"""
from __future__ import annotations

import functools

import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.layer import Layer, LoopedNetwork

from .gadgets import C, EPS, bit_adder, bits, clear, gated_overwrite, one_unit, pointer_head
from .punchcard import SubleqShape, subleq_layout

__all__ = ["subleq_network", "LAYER_NAMES", "DEFAULTS"]

#: Default exact parameter values (official code: C = 100; ε fixed to 1/4, notes §15).
DEFAULTS = {"C": 100, "eps": sp.Rational(1, 4)}

LAYER_NAMES = (
    "read_instruction",
    "read_memory",
    "flip",
    "add_one",
    "add",
    "write",
    "flag",
    "pc_increment",
    "branch",
    "error_correction",
)


def read_instruction(layout) -> Layer:
    """Layer 1 — read lemma on commands: ``S_cmd ← instruction at PC``; buffer cleared.

    One head with pointer ``PC``; ``B.ins ← ½(S_cmd + C[PC])`` on column 0,
    then the gated overwrite (open on scratch columns) and a clear of ``B.ins``.
    """
    head = pointer_head(layout, "read_instruction", "PC", [("C", "B.ins"), ("S_cmd", "B.ins")])
    ffn = FFNBuilder(layout.d)
    gated_overwrite(ffn, layout, "S_cmd", "B.ins", scratch_open=True)
    clear(ffn, layout, "B.ins")
    return Layer(
        "read_instruction",
        (head,),
        ffn.build(),
        reads=("PC", "P", "C", "S_cmd", "B", "ind"),
        writes=("S_cmd", "B"),
        doc=read_instruction.__doc__,
    )


def read_memory(layout) -> Layer:
    """Layer 2 — read lemma twice: ``S_a ← mem[a]``, ``S_b ← mem[b]``; buffers cleared.

    Head 1 follows pointer ``S_cmd.a`` into ``B1``, head 2 follows ``S_cmd.b``
    into ``B2``; the FFN overwrites ``S_a`` and ``S_b`` (gate open on scratch).
    """
    h1 = pointer_head(layout, "read_a", "S_cmd.a", [("M", "B.B1"), ("S_a", "B.B1")])
    h2 = pointer_head(layout, "read_b", "S_cmd.b", [("M", "B.B2"), ("S_b", "B.B2")])
    ffn = FFNBuilder(layout.d)
    gated_overwrite(ffn, layout, "S_a", "B.B1", scratch_open=True)
    gated_overwrite(ffn, layout, "S_b", "B.B2", scratch_open=True)
    clear(ffn, layout, "B.B1")
    clear(ffn, layout, "B.B2")
    return Layer(
        "read_memory",
        (h1, h2),
        ffn.build(),
        reads=("S_cmd.a", "S_cmd.b", "P", "M", "S_a", "S_b", "B", "ind"),
        writes=("S_a", "S_b", "B"),
        doc=read_memory.__doc__,
    )


def flip(layout) -> Layer:
    """Layer 3 — ``B1 ← NOT mem[a]`` as ``2·ReLU(−S_a) − 1`` on column 0 (notes §4.3)."""
    ffn = FFNBuilder(layout.d)
    one = one_unit(ffn, layout)
    for ra, rb in zip(layout.rows("S_a"), layout.rows("B.B1")):
        u = ffn.unit(f"{layout.describe_row(rb)} flip", {ra: -1})
        ffn.out(rb, u, 2)
        ffn.out(rb, one, -1)
    return Layer("flip", (), ffn.build(), reads=("S_a", "ind0"), writes=("B",), doc=flip.__doc__)


def add_one(layout) -> Layer:
    """Layer 4 — ``B2 ← B1 + 1 mod 2^N``, i.e. ``B2 = −mem[a]`` in two's complement."""
    N = layout.param("N")
    ffn = FFNBuilder(layout.d)
    one = one_unit(ffn, layout)
    bit_adder(ffn, layout, ["B.B1"], 1, "B.B2", one, N)
    return Layer("add_one", (), ffn.build(), reads=("B", "ind0"), writes=("B",), doc=add_one.__doc__)


def add(layout) -> Layer:
    """Layer 5 — ``S_b ← S_b + B2 mod 2^N`` (= mem[b] − mem[a]); ``S_a``, ``B1``, ``B2`` cleared."""
    N = layout.param("N")
    ffn = FFNBuilder(layout.d)
    one = one_unit(ffn, layout)
    bit_adder(ffn, layout, ["B.B2", "S_b"], 0, "S_b", one, N)
    for block in ("S_b", "B.B1", "B.B2", "S_a"):
        clear(ffn, layout, block)
    return Layer(
        "add", (), ffn.build(), reads=("B", "S_b", "S_a", "ind0"), writes=("S_b", "S_a", "B"), doc=add.__doc__
    )


def write(layout) -> Layer:
    """Layer 6 — write lemma: ``mem[b] ← S_b``; buffer cleared.

    One head with pointer ``S_cmd.b``; column b receives ``½(mem[b] + S_b)``
    in ``B1``; the gated overwrite is open on non-scratch columns.
    """
    head = pointer_head(layout, "write", "S_cmd.b", [("M", "B.B1"), ("S_b", "B.B1")])
    ffn = FFNBuilder(layout.d)
    gated_overwrite(ffn, layout, "M", "B.B1", scratch_open=False)
    clear(ffn, layout, "B.B1")
    return Layer(
        "write",
        (head,),
        ffn.build(),
        reads=("S_cmd.b", "P", "M", "S_b", "B", "ind"),
        writes=("M", "B"),
        doc=write.__doc__,
    )


def flag(layout) -> Layer:
    """Layer 7 — ``flag ← ReLU(b_N) + ReLU(1 − N − Σ b_i)`` = [result ≤ 0]; ``S_b`` cleared.

    ``b = S_b`` holds the result (±1 bits, ``b_N`` the sign).  The first term
    is 1 for negative results, the second is 1 exactly for the all-(−1) word 0.
    """
    N = layout.param("N")
    ffn = FFNBuilder(layout.d)
    sign = bits(layout, "S_b")[-1]
    f = layout.row("S_a.flag")
    u1 = ffn.unit("flag sign", {sign: 1})
    u2 = ffn.unit("flag zero", {**{r: -1 for r in layout.rows("S_b")}, layout.row("ind0"): 1 - N})
    ffn.out(f, u1, 1)
    ffn.out(f, u2, 1)
    clear(ffn, layout, "S_b")
    return Layer("flag", (), ffn.build(), reads=("S_b", "ind0"), writes=("S_a", "S_b"), doc=flag.__doc__)


def pc_increment(layout) -> Layer:
    """Layer 8 — ``PC ← PC + 1 mod n`` with the adder of layer 4 on the L PC bits.

    At the last column the code wraps to the binary code of 0 (all −1), which
    is *not* ``p_0 = 0`` (notes §15): only EOF's self-loop keeps PC valid.
    """
    ffn = FFNBuilder(layout.d)
    one = one_unit(ffn, layout)
    bit_adder(ffn, layout, ["PC"], 1, "PC", one, layout.pos_bits)
    clear(ffn, layout, "PC")
    return Layer("pc_increment", (), ffn.build(), reads=("PC", "ind0"), writes=("PC",), doc=pc_increment.__doc__)


def branch(layout) -> Layer:
    """Layer 9 — ``PC ← p_c if flag else PC`` (PC is already PC + 1); flag cleared.

    ``PC += ReLU(c + f − 1) − ReLU(−c + f − 1) + ReLU(q − f) − ReLU(−q − f)
    − ReLU(q) + ReLU(−q)`` with ``q = PC``, ``c = S_cmd.c``, ``f = flag``.
    """
    ffn = FFNBuilder(layout.d)
    f, ind0 = layout.row("S_a.flag"), layout.row("ind0")
    for rq, rc in zip(layout.rows("PC"), layout.rows("S_cmd.c")):
        label = layout.describe_row(rq)
        terms = [
            ({rc: 1, f: 1, ind0: -1}, 1),
            ({rc: -1, f: 1, ind0: -1}, -1),
            ({rq: 1, f: -1}, 1),
            ({rq: -1, f: -1}, -1),
            ({rq: 1}, -1),
            ({rq: -1}, 1),
        ]
        for k, (inputs, coef) in enumerate(terms):
            ffn.out(rq, ffn.unit(f"{label} select {k + 1}", inputs), coef)
    clear(ffn, layout, "S_a.flag")
    return Layer(
        "branch", (), ffn.build(), reads=("PC", "S_cmd.c", "S_a", "ind0"), writes=("PC", "S_a"), doc=branch.__doc__
    )


def error_correction(layout) -> Layer:
    """Layer 10 — snap ``M``, ``PC`` and ``S_cmd`` back onto {−1, 0, 1} (notes §4.6).

    ``x ← (ReLU(x+1−ε) − ReLU(x+ε) + ReLU(x−ε) − ReLU(x−1+ε))/(1−2ε) − 1``,
    constant on the ε-neighbourhoods of −1, 0 and 1 for ``0 < ε < 1/2``;
    written as a residual update with ``ReLU(−x) − ReLU(x)`` and a uniform
    output bias −1.  The identity on exact states.
    """
    ffn = FFNBuilder(layout.d)
    scale = 1 / (1 - 2 * EPS)
    for block in ("M", "PC", "S_cmd"):
        for r in layout.rows(block):
            label = layout.describe_row(r)
            terms = [
                ({r: 1}, 1 - EPS, scale),
                ({r: 1}, EPS, -scale),
                ({r: 1}, -EPS, scale),
                ({r: 1}, EPS - 1, -scale),
                ({r: 1}, 0, -1),
                ({r: -1}, 0, 1),
            ]
            for k, (inputs, bias, coef) in enumerate(terms):
                ffn.out(r, ffn.unit(f"{label} snap {k + 1}", inputs, bias), coef)
            ffn.out_bias(r, -1)
    return Layer(
        "error_correction",
        (),
        ffn.build(),
        reads=("M", "PC", "S_cmd"),
        writes=("M", "PC", "S_cmd"),
        doc=error_correction.__doc__,
    )


_BUILDERS = (read_instruction, read_memory, flip, add_one, add, write, flag, pc_increment, branch, error_correction)


def subleq_network(shape: SubleqShape) -> LoopedNetwork:
    """The symbolic 10-layer SUBLEQ step for ``shape``; bind ``C`` and ``eps`` to evaluate.

    Built once per process, shape and tuple of builders (the network is immutable; a test that swaps the
    builders gets its own).
    """
    return _network(shape, _BUILDERS)


@functools.lru_cache(maxsize=32)
def _network(shape: SubleqShape, builders: tuple) -> LoopedNetwork:
    layout = subleq_layout(shape)
    layers = tuple(build(layout) for build in builders)
    assert tuple(layer.name for layer in layers) == LAYER_NAMES
    return LoopedNetwork(
        name=f"giannou2023.subleq[{shape}]",
        layout=layout,
        layers=layers,
        symbols=(("C", C), ("eps", EPS)),
        constraints=(C > 0, EPS > 0, EPS < sp.Rational(1, 2)),
    )
