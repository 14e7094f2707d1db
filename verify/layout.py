"""Named row blocks and column regions of a punchcard input matrix.

A construction's input ``X`` is a ``d × n`` matrix: rows are features grouped
into named *row blocks* (commands, memory, scratch slots, program counter,
positional codes, buffer, indicators), columns are tokens grouped into named
*column regions* (scratchpad, memory, commands).  Everything in this tool that
touches ``X`` asks the layout for rows and columns by name, never by number.

Row blocks may have named parts, addressed as ``"block.part"`` (for instance
``"S_cmd.b"`` for the second pointer of the current instruction).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Iterable, Sequence

__all__ = ["RowBlock", "ColumnRegion", "Layout", "positional_code"]


@functools.lru_cache(maxsize=1 << 16)
def positional_code(i: int, bits: int) -> tuple[int, ...]:
    """The ±1 positional code of column ``i`` with ``bits`` entries.

    ``p_i`` is the MSB-first binary expansion of ``i`` with bit 1 ↦ +1 and
    bit 0 ↦ −1, for ``i ≥ 1``; ``p_0`` is the zero vector (Giannou et al. 2023,
    §3; official code ``utils.py``).  ``p_i·p_i = bits`` and, for ``i ≠ j``,
    ``p_i·p_j = bits − 2·Hamming(i, j)``.
    """
    if not 0 <= i < 2**bits:
        raise ValueError(f"column {i} has no {bits}-bit positional code")
    if i == 0:
        return (0,) * bits
    return tuple(1 if (i >> (bits - 1 - k)) & 1 else -1 for k in range(bits))


@dataclass(frozen=True)
class RowBlock:
    """A contiguous run of rows with a name, optionally split into named parts."""

    name: str
    start: int
    size: int
    parts: tuple["RowBlock", ...] = ()

    @property
    def rows(self) -> range:
        return range(self.start, self.start + self.size)

    @property
    def stop(self) -> int:
        return self.start + self.size


@dataclass(frozen=True)
class ColumnRegion:
    """A contiguous run of columns (tokens) with a name."""

    name: str
    start: int
    size: int

    @property
    def cols(self) -> range:
        return range(self.start, self.start + self.size)


@dataclass(frozen=True)
class Layout:
    """The named geometry of an input matrix ``X`` (``d`` rows, ``n`` columns).

    Build one with :meth:`Layout.build`; query it with :meth:`rows`,
    :meth:`row`, :meth:`cols`, :meth:`describe_row` and :meth:`describe_col`.
    ``pos_bits`` is the length of the positional codes (``log2 n``); a layout
    whose ``n`` is not a power of two (built with ``pos_bits=None``) records
    ``columns = n`` and has ``pos_bits = ⌈log2 n⌉``.
    """

    blocks: tuple[RowBlock, ...]
    regions: tuple[ColumnRegion, ...]
    pos_bits: int
    params: tuple[tuple[str, int], ...] = ()
    columns: int = 0  # n when it is not 2**pos_bits (0: n = 2**pos_bits)
    _index: dict = field(default_factory=dict, compare=False, repr=False, hash=False)

    @staticmethod
    def build(
        blocks: Sequence[tuple[str, int] | tuple[str, int, Sequence[tuple[str, int]]]],
        regions: Sequence[tuple[str, int]],
        pos_bits: int | None,
        params: dict[str, int] | None = None,
    ) -> "Layout":
        """Lay out ``blocks`` top to bottom and ``regions`` left to right.

        Each block is ``(name, size)`` or ``(name, size, parts)``.  A part is
        ``(part_name, part_size)``, laid out after the previous part, or
        ``(part_name, part_size, offset)`` at an explicit offset into the block
        (parts may then overlap).  Parts need not cover the whole block.
        ``pos_bits=None``: ``n`` is whatever the regions cover (any count).
        """
        out, row = [], 0
        for spec in blocks:
            name, size = spec[0], spec[1]
            if size < 0:
                raise ValueError(f"row block {name!r} has negative size {size}")
            parts, offset = [], row
            for part in spec[2] if len(spec) > 2 else ():
                pname, psize = part[0], part[1]
                start = row + part[2] if len(part) > 2 else offset
                if start + psize > row + size:
                    raise ValueError(f"part {pname!r} overflows row block {name!r}")
                parts.append(RowBlock(f"{name}.{pname}", start, psize))
                offset = max(offset, start + psize)
            out.append(RowBlock(name, row, size, tuple(parts)))
            row += size
        cols, col = [], 0
        for name, size in regions:
            cols.append(ColumnRegion(name, col, size))
            col += size
        columns = 0
        if pos_bits is None:
            pos_bits = max(col - 1, 0).bit_length()
            columns = 0 if col == 2**pos_bits else col
        elif col != 2**pos_bits:
            raise ValueError(f"column regions cover {col} columns, expected n = {2**pos_bits}")
        layout = Layout(tuple(out), tuple(cols), pos_bits, tuple(sorted((params or {}).items())), columns)
        index = layout._index
        for block in layout.blocks:
            for b in (block, *block.parts):
                if b.name in index:
                    raise ValueError(f"duplicate row block name {b.name!r}")
                index[b.name] = b
        for region in layout.regions:
            if region.name in index:
                raise ValueError(f"duplicate name {region.name!r}")
            index[region.name] = region
        return layout

    # -- sizes ---------------------------------------------------------------
    @property
    def d(self) -> int:
        return self.blocks[-1].stop if self.blocks else 0

    @property
    def n(self) -> int:
        return self.columns or 2**self.pos_bits

    def param(self, name: str) -> int:
        return dict(self.params)[name]

    # -- rows ----------------------------------------------------------------
    def block(self, name: str) -> RowBlock:
        found = self._index.get(name)
        if not isinstance(found, RowBlock):
            raise KeyError(f"no row block named {name!r}; known: {', '.join(self.block_names())}")
        return found

    def block_names(self) -> list[str]:
        return [b.name for block in self.blocks for b in (block, *block.parts)]

    def rows(self, name: str) -> range:
        return self.block(name).rows

    def row(self, name: str, k: int = 0) -> int:
        block = self.block(name)
        if not 0 <= k < block.size:
            raise IndexError(f"row {k} is outside block {name!r} of size {block.size}")
        return block.start + k

    def rows_of(self, names: Iterable[str]) -> list[int]:
        """Sorted union of the rows of several blocks."""
        return sorted({r for name in names for r in self.rows(name)})

    def describe_row(self, r: int) -> str:
        """Human name of row ``r``, e.g. ``'S_cmd.b[2]'`` (the first part that holds it)."""
        for block in self.blocks:
            if r in block.rows:
                for part in block.parts:
                    if r in part.rows:
                        return f"{part.name}[{r - part.start}]"
                return f"{block.name}[{r - block.start}]"
        raise IndexError(f"row {r} outside layout with d = {self.d}")

    # -- columns -------------------------------------------------------------
    def region(self, name: str) -> ColumnRegion:
        found = self._index.get(name)
        if not isinstance(found, ColumnRegion):
            raise KeyError(f"no column region named {name!r}")
        return found

    def cols(self, name: str) -> range:
        return self.region(name).cols

    def describe_col(self, j: int) -> str:
        for region in self.regions:
            if j in region.cols:
                return f"{region.name}[{j - region.start}] (column {j})"
        raise IndexError(f"column {j} outside layout with n = {self.n}")

    def code(self, j: int) -> tuple[int, ...]:
        """Positional code ``p_j`` of column ``j``."""
        return positional_code(j, self.pos_bits)

    # -- export --------------------------------------------------------------
    def to_json(self) -> dict:
        def block_json(b: RowBlock) -> dict:
            out = {"name": b.name, "start": b.start, "size": b.size}
            if b.parts:
                out["parts"] = [block_json(p) for p in b.parts]
            return out

        return {
            "d": self.d,
            "n": self.n,
            "pos_bits": self.pos_bits,
            "params": dict(self.params),
            "row_blocks": [block_json(b) for b in self.blocks],
            "column_regions": [{"name": c.name, "start": c.start, "size": c.size} for c in self.regions],
            "positional_code": "p_i = MSB-first binary of i with 1 -> +1, 0 -> -1 (i >= 1); p_0 = 0",
        }
