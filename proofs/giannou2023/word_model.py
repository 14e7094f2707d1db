"""Words of symbolic length, each encoded by one z3 integer: the value model of :mod:`.word_exec`.

An atom of ``ℓ`` rows holds, at each column, either the zero word or ``ℓ`` ±1
bits (most significant first); its content is one z3 integer ``v``: ``−1`` for
zero, else the unsigned value of the bits (``0 ≤ v < 2^ℓ``).  A :class:`Word` is
a run of such segments.  Every operation below is exact under this encoding
by a lemma of :mod:`.allsizes_lemmas` (each proved by induction for every
length): ``unsigned`` of a concatenation (``unsigned_split``), flipping every
bit (``complement``), equal entries as equal values (``injective``), the
leading bit as ``v ≥ 2^{ℓ−1}`` (``msb_split``), ``word_of`` as the value mod
``2^ℓ`` (``binary_digits``), the value range (``weighted_sum``).  Where an
operation is exact only for bits (``unsigned``, merging two runs), it records a
*requirement* that the caller proves with the rest.

Lengths are sympy expressions in ``L`` and ``N`` (the builders' size symbols);
their powers of two are the z3 integers ``P_L = 2^L`` and ``P_N = 2^N``
(``= 2·H``, ``H ≥ 2``).  A statement proved for every such integer holds in
particular for the powers of two.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

import sympy as sp
import z3

from .generic_exec import L as _L, N as _N  # the same size symbols as the builders' formulas

__all__ = ["Unsupported", "Size", "Context", "Word", "Elem", "ElemEq", "as_word", "size_expr", "sign"]

_Lp, _Np = sp.symbols("Lp Np", integer=True, nonnegative=True)  # L − 2, N − 2 (both sizes are ≥ 2)


class Unsupported(Exception):
    """The contract uses something the word-level executor does not model."""


def sign(e) -> int:
    """Sign of a length expression for every L, N ≥ 2 (raises when it depends on the sizes)."""
    e = sp.expand(sp.sympify(e).subs({_L: _Lp + 2, _N: _Np + 2}))
    if e == 0:
        return 0
    if e.is_positive:
        return 1
    if e.is_negative:
        return -1
    raise Unsupported(f"the sign of {e} depends on the sizes")


@dataclass(frozen=True)
class Size:
    """A length: a sympy expression in ``L`` and ``N``; ``1 << size`` is the z3 power of two."""

    e: object
    ctx: "Context"

    def _lift(self, o):
        return o.e if isinstance(o, Size) else sp.sympify(o)

    def __add__(self, o):
        return Size(sp.expand(self.e + self._lift(o)), self.ctx)

    __radd__ = __add__

    def __sub__(self, o):
        return Size(sp.expand(self.e - self._lift(o)), self.ctx)

    def __rsub__(self, o):
        return Size(sp.expand(self._lift(o) - self.e), self.ctx)

    def __mul__(self, o):
        return Size(sp.expand(self.e * self._lift(o)), self.ctx)

    __rmul__ = __mul__

    def __rlshift__(self, o):
        if o != 1:
            raise Unsupported(f"{o} << size")
        return self.ctx.pow2(self.e)

    def __index__(self):
        raise Unsupported(f"the length {self.e} used as a concrete integer")


class Context:
    """The symbols of one generic execution: powers of two, region bounds, the requirements met on the way."""

    def __init__(self, atoms=()):
        self.PL, self.HL, self.PN, self.HN, self.s, self.m = z3.Ints("P_L H_L P_N H_N s m")
        self.n = self.PL
        self.facts = [self.PL == 2 * self.HL, self.HL >= 2, self.PN == 2 * self.HN, self.HN >= 2,
                      self.s >= 1, self.m >= 1, self.s + self.m < self.n]
        self.requirements: list[tuple[str, z3.BoolRef]] = []
        self.memo: dict = {}  # per-context caches of the callers (facts per input cell, …)
        self._count = itertools.count()
        self.generic_columns: list = []  # the generic columns of the loops run so far (word_exec.ColVar)
        #: the input matrix: per atom, column ↦ content (uninterpreted)
        self.X = {a: z3.Function(f"X_{a.replace('.', '_')}", z3.IntSort(), z3.IntSort()) for a in atoms}

    def pow2(self, e):
        """``2^e`` for a length ``e = aL + bN + c`` (``c ≥ −1``) as a z3 term."""
        e = sp.expand(sp.sympify(e))
        poly = sp.Poly(e, _L, _N)
        a, b = poly.coeff_monomial(_L), poly.coeff_monomial(_N)
        c = e - a * _L - b * _N
        if not all(x.is_Integer for x in (a, b, c)) or a < 0 or b < 0 or poly.total_degree() > 1:
            raise Unsupported(f"2^({e})")
        a, b, c = int(a), int(b), int(c)
        term = z3.IntVal(1)
        if c < 0:
            if c < -1 or (a == 0 and b == 0):
                raise Unsupported(f"2^({e})")
            term, (a, b) = (self.HN, (a, b - 1)) if b > 0 else (self.HL, (a - 1, b))
            c = 0
        for base, k in ((self.PL, a), (self.PN, b)):
            for _ in range(k):
                term = term * base
        return term * (2 ** c) if c else term

    def region(self, name: str):
        lo = {"scratch": 0, "memory": self.s, "commands": self.s + self.m}[name]
        hi = {"scratch": self.s, "memory": self.s + self.m, "commands": self.n}[name]
        return z3.IntVal(lo) if isinstance(lo, int) else lo, hi

    def in_region(self, name: str, c):
        lo, hi = self.region(name)
        return z3.And(c >= lo, c < hi)

    def require(self, why: str, cond) -> None:
        self.requirements.append((why, cond))

    def fresh(self, prefix: str):
        return z3.Int(f"{prefix}{next(self._count)}")


# -- words ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Word:
    """A run of segments ``(length, value)``: each all zero (value −1) or ±1 bits (value = their unsigned)."""

    segs: tuple
    ctx: Context

    @property
    def lengths(self) -> tuple:
        return tuple(sp.expand(length) for length, _ in self.segs)

    def same(self, other: "Word") -> bool:
        return self.lengths == other.lengths and all(a.eq(b) for (_, a), (_, b) in zip(self.segs, other.segs))

    def map(self, f) -> "Word":
        return Word(tuple((length, f(length, v)) for length, v in self.segs), self.ctx)

    def zip_with(self, other: "Word", f) -> "Word":
        other = other.regroup(self.lengths)
        return Word(tuple((length, f(length, a, b)) for (length, a), (_, b) in zip(self.segs, other.segs)), self.ctx)

    def neg(self) -> "Word":
        """Every entry negated: zero stays zero; bits flip (``complement``: value ``2^ℓ − 1 − v``)."""
        return self.map(lambda length, v: z3.If(v == -1, -1, self.ctx.pow2(length) - 1 - v))

    def unsigned(self):
        """The unsigned value (``unsigned_split``); every segment must hold bits."""
        total, after = z3.IntVal(0), sp.Integer(0)
        for length, v in reversed(self.segs):
            self.ctx.require("unsigned of a word of ±1 bits", v >= 0)
            total = total + v * self.ctx.pow2(after) if after != 0 else v
            after = after + length
        return total

    def msb(self):
        """The leading entry as a scalar: 0 (zero word), +1 (``v ≥ 2^{ℓ−1}``, ``msb_split``) or −1."""
        length, v = self.segs[0]
        if sign(length - 1) == 0:
            return z3.If(v == -1, 0, 2 * v - 1)
        return z3.If(v == -1, 0, z3.If(v >= self.ctx.pow2(length - 1), 1, -1))

    def regroup(self, lengths) -> "Word":
        """The same entries cut into segments of ``lengths`` (merging by ``unsigned_split``, splitting by div/mod)."""
        lengths = tuple(sp.expand(x) for x in lengths)
        if lengths == self.lengths:
            return self
        segs, out = list(self.segs), []
        for target in lengths:
            if not segs:
                raise Unsupported(f"a word of lengths {self.lengths} regrouped as {lengths}")
            length, v = segs.pop(0)
            while sign(length - target) < 0:  # merge with the next segment: both zero or both bits
                if not segs:
                    raise Unsupported(f"a word of lengths {self.lengths} regrouped as {lengths}")
                l2, v2 = segs.pop(0)
                self.ctx.require("a merged run is uniformly zero or uniformly bits", (v == -1) == (v2 == -1))
                v = z3.If(v == -1, -1, v * self.ctx.pow2(l2) + v2)
                length = length + l2
            if sign(length - target) > 0:  # split: the high `target` entries, the rest goes back
                low = self.ctx.pow2(length - target)
                segs.insert(0, (length - target, z3.If(v == -1, -1, v % low)))
                v = z3.If(v == -1, -1, v / low)
            out.append((target, v))
        if segs:
            raise Unsupported(f"a word of lengths {self.lengths} regrouped as {lengths}")
        return Word(tuple(out), self.ctx)

    def __getitem__(self, k):
        if isinstance(k, slice):
            if k.step is not None:
                raise Unsupported("a word sliced with a step")
            lo = sp.Integer(0) if k.start is None else size_expr(k.start)
            total = sum(self.lengths, sp.Integer(0))
            hi = total if k.stop is None else size_expr(k.stop)
            out, pos = [], sp.Integer(0)
            for length, v in self.segs:
                if sign(pos - lo) >= 0 and sign(pos + length - hi) <= 0:
                    out.append((length, v))
                elif sign(pos + length - lo) > 0 and sign(pos - hi) < 0:
                    raise Unsupported(f"a slice [{lo}:{hi}] that cuts a segment of a word of lengths {self.lengths}")
                pos = sp.expand(pos + length)
            return Word(tuple(out), self.ctx)
        if k == 0:
            return Elem(self, "head")
        raise Unsupported(f"word[{k}]: only the leading entry is modelled")

    def __iter__(self):
        raise Unsupported("a word iterated outside zip")


def size_expr(x):
    return x.e if isinstance(x, Size) else sp.sympify(x)


@dataclass(frozen=True)
class Elem:
    """The entries of ``word`` at the head (position 0) or the tail (positions 1 … ℓ−1)."""

    word: Word
    role: str

    def __neg__(self):
        return Elem(self.word.neg(), self.role)


@dataclass(frozen=True)
class ElemEq:
    """``a[p] == b[p]`` at the positions of ``role``."""

    a: Word
    b: Word
    role: str


def as_word(x) -> Word:
    """A word from a :class:`Word` or the ``[head, tail]`` list a comprehension over a span builds."""
    if isinstance(x, Word):
        return x
    if isinstance(x, list) and len(x) == 2 and all(isinstance(e, Elem) for e in x):
        head, tail = x
        if (head.role, tail.role) == ("head", "tail") and head.word.same(tail.word):
            return head.word
    raise Unsupported(f"not a word: {x!r}"[:200])
