"""Reference semantics of the three-stage construction (Xu & Sato 2025, §3, as reconstructed).

Everything here is plain integer/Fraction arithmetic, independent of the
network: what the looped block is *supposed* to compute.

* :class:`XSShape` — the parameters: token dimension ``d``, sequence length
  ``N``, grid ``δ = 1/D``, value levels ``Q`` (targets are read out as
  ``k/Q``) and the quantiser's ramp slope ``M`` (a ramp of width ``1/M``
  replaces each jump of the floor function; inputs within ``1/M`` above a
  grid line form the *trifling region*, where quantisation is not exact).
* :func:`token_id` — ``z = Σ_i q_i D^i`` with ``q_i`` the cell index of
  coordinate ``i``; :func:`sequence_id` — ``u·z`` with
  ``u = (B^{N-1}, …, B, 1)``, ``B = D^d``, applied to the token IDs sorted in
  decreasing order; :func:`contextual_id` — ``B·(u·z) + z_n``, one of
  ``K = B^{N+1} = δ^{-(N+1)d}`` IDs.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from itertools import product

__all__ = ["XSShape", "cell_index", "token_id", "sequence_id", "contextual_id", "good_interval",
           "boundary_points", "intended"]


@dataclass(frozen=True)
class XSShape:
    """Parameters of one instance of the construction (all integers)."""

    d: int
    N: int
    D: int
    Q: int = 3
    M: int = 0  # 0: the default 4·D

    def __post_init__(self):
        if self.d < 1 or self.N < 1 or self.D < 2 or self.Q < 1:
            raise ValueError(f"need d, N, Q ≥ 1 and D ≥ 2, got {self}")
        if self.N & (self.N - 1):
            raise ValueError(f"N = {self.N}: the layer model needs a power-of-two number of columns")
        if self.M and self.M <= self.D:
            raise ValueError(f"the ramp slope M = {self.M} must exceed D = {self.D}")

    @property
    def slope(self) -> int:
        return self.M or 4 * self.D

    @property
    def delta(self) -> Fraction:
        return Fraction(1, self.D)

    @property
    def B(self) -> int:
        """Number of token IDs, ``δ^{-d}``."""
        return self.D ** self.d

    @property
    def K(self) -> int:
        """Number of contextual token IDs, ``δ^{-(N+1)d}``."""
        return self.B ** (self.N + 1)

    @property
    def beta(self) -> int:
        """Base of the value register (digits 0..Q, tail < 1/2)."""
        return 2 * self.Q + 2

    # loop accounting of our block (t counts completed loops)
    @property
    def loops_quantise(self) -> int:
        return self.D - 1

    @property
    def loops_context(self) -> int:
        return self.N

    @property
    def loops_values(self) -> int:
        return self.K + 1

    @property
    def loops(self) -> int:
        return self.loops_quantise + self.loops_context + self.loops_values

    def label(self) -> str:
        return f"d={self.d},N={self.N},D={self.D},Q={self.Q},M={self.slope}"


def good_interval(shape: XSShape, c: int) -> tuple[Fraction, Fraction]:
    """The inputs ``x`` quantised exactly to cell ``c``: ``[cδ + 1/M, (c+1)δ]`` (``[0, δ]`` for c = 0)."""
    lo = Fraction(0) if c == 0 else Fraction(c, shape.D) + Fraction(1, shape.slope)
    return lo, Fraction(c + 1, shape.D)


def cell_index(shape: XSShape, x: Fraction) -> int | None:
    """The cell of ``x ∈ [0, 1]``, or ``None`` inside the trifling region."""
    for c in range(shape.D):
        lo, hi = good_interval(shape, c)
        if lo <= x <= hi:
            return c
    return None


def token_id(shape: XSShape, cells: tuple[int, ...]) -> int:
    return sum(q * shape.D ** i for i, q in enumerate(cells))


def sequence_id(shape: XSShape, ids: tuple[int, ...]) -> int:
    """``u·z`` with ``u = (B^{N-1}, …, 1)`` on the IDs sorted in decreasing order."""
    s = 0
    for z in sorted(ids, reverse=True):
        s = s * shape.B + z
    return s


def contextual_id(shape: XSShape, ids: tuple[int, ...], n: int) -> int:
    return shape.B * sequence_id(shape, ids) + ids[n]


def boundary_points(shape: XSShape) -> list[tuple[Fraction, int]]:
    """Both ends of every cell's good interval, with the cell: where a ramp would first leak."""
    pts = []
    for c in range(shape.D):
        lo, hi = good_interval(shape, c)
        pts += [(lo, c), (hi, c)]
    return pts


def intended(shape: XSShape, X: list[list[Fraction]], table: list[list[int]]) -> dict:
    """IDs and values the construction must produce for the input ``X`` (d rows × N columns)."""
    cells = [tuple(cell_index(shape, X[i][n]) for i in range(shape.d)) for n in range(shape.N)]
    if any(c is None for cs in cells for c in cs):
        raise ValueError("input in the trifling region")
    ids = tuple(token_id(shape, cs) for cs in cells)
    ctx = [contextual_id(shape, ids, n) for n in range(shape.N)]
    return {"token_ids": list(ids), "sequence_id": sequence_id(shape, ids), "contextual_ids": ctx,
            "values": [[Fraction(table[c][i], shape.Q) for i in range(shape.d)] for c in ctx]}


def grid_inputs(shape: XSShape):
    """Every input whose coordinates are ends of good intervals: (2D)^{dN} matrices."""
    pts = [p for p, _ in boundary_points(shape)]
    for flat in product(pts, repeat=shape.d * shape.N):
        yield [[flat[n * shape.d + i] for n in range(shape.N)] for i in range(shape.d)]
