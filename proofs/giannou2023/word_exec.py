"""Word-level generic execution of the SUBLEQ contracts, with the sizes symbolic.

The functions of :mod:`constructions.giannou2023.contracts` (the ten layer
contracts and :func:`~constructions.giannou2023.contracts.subleq_step`) are
*re-executed, byte code unchanged*, with ``list``, ``zip``, ``len`` and ``enumerate`` rebound
in their globals (:func:`rebind`), on three objects that stand for every
machine at once:

* :class:`WLayout`: ``layout.pos_bits`` and ``layout.param("N")`` are
  :class:`Size` (``L``, ``N`` as sympy expressions; ``1 << N`` is the z3 term
  ``2^N``); ``layout.rows(part)`` is a :class:`Span` of *atoms* (the row runs
  no part boundary splits, :data:`ATOMS`); ``layout.cols(region)`` is a
  :class:`ColSeq` whose ``for`` loop runs once for a generic column (a z3
  integer ranging over the region); ``layout.code(j)`` is column ``j``'s code.
* :class:`WMatrix`: per atom, the content of every column as a z3 term.
* :class:`WOps`: the operations of :mod:`verify.spec_ops` on words.

**Values** are words of symbolic length, one z3 integer each
(:mod:`.word_model`, exact by the lemmas listed there).

**Iteration.**  A ``for`` loop over a span runs its body twice: for the *head*
(position 0) and for the *tail* (positions ``1 … ℓ−1`` together).  A list built
by a comprehension over a span is therefore ``[head, tail]`` of one word;
``word[0]`` is the head, exactly the leading bit; the tail is never a scalar
(using it as one raises :class:`Unsupported`).  A loop over a column region
runs once, for a generic column.  Anything outside this vocabulary (another
block, an index other than 0, a length test, a lookup that is not ``key ==
code(j)``) raises :class:`Unsupported`, so a contract the executor does not
understand is reported undecided, never silently proved.
"""
from __future__ import annotations

import builtins
import types
from dataclasses import dataclass

import sympy as sp
import z3

from .generic_exec import L as _L, N as _N
from .word_model import Context, Elem, ElemEq, Size, Unsupported, Word, as_word, sign, size_expr

__all__ = ["ATOMS", "SPANS", "check_geometry", "new_context", "WLayout", "WMatrix", "WOps", "rebind", "running",
           "mentions", "constants", "subterms", "Unsupported", "Word", "Context", "Size", "as_word"]


#: atom → (base block, offset, length): the row runs of the punchcard that no part used by the contracts splits.
ATOMS = {
    "C.a": ("C", 0, _L), "C.b": ("C", _L, _L), "C.c": ("C", 2 * _L, _L), "M": ("M", 0, _N),
    "S_a.flag": ("S_a", 0, 1), "S_a.rest": ("S_a", 1, _N - 1), "S_b": ("S_b", 0, _N),
    "S_cmd.a": ("S_cmd", 0, _L), "S_cmd.b": ("S_cmd", _L, _L), "S_cmd.c": ("S_cmd", 2 * _L, _L),
    "PC": ("PC", 0, _L), "B.B1": ("B", 0, _N), "B.B2": ("B", _N, _N),
}
#: part name (as contracts.py writes it) → its atoms, top to bottom.
SPANS = {
    "C": ("C.a", "C.b", "C.c"), "S_cmd": ("S_cmd.a", "S_cmd.b", "S_cmd.c"), "S_a": ("S_a.flag", "S_a.rest"),
    **{a: (a,) for a in ATOMS},
}
_REGIONS = ("scratch", "memory", "commands")


def new_context() -> Context:
    """A context whose input matrix has one uninterpreted column function per atom."""
    return Context(ATOMS)


def check_geometry(parts: dict) -> list[str]:
    """Each span's atoms tile its part of ``parts`` (``generic_exec.PARTS``, checked against the real layout)."""
    bad, covered = [], set()
    for name, atoms in SPANS.items():
        if name not in parts:
            continue
        base, off, length = parts[name]
        pos = sp.sympify(off)
        for a in atoms:
            ab, aoff, alen = ATOMS[a]
            if ab != base or sign(aoff - pos) != 0:
                bad.append(f"{name}: atom {a} does not start where the previous one ends")
            pos = pos + alen
            covered.add(a)
        if sign(pos - off - length) != 0:
            bad.append(f"{name}: its atoms cover {sp.expand(pos - off)} rows, the part has {length}")
    bad += [f"atom {a} lies in no part" for a in ATOMS if a not in covered]
    return bad


# -- rows, columns, layout --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RowVar:
    span: "Span"
    role: str


@dataclass(frozen=True)
class RowAtom:
    """A single-row atom (``layout.row``)."""

    atom: str


@dataclass(frozen=True)
class Span:
    atoms: tuple

    @property
    def lengths(self) -> tuple:
        return tuple(ATOMS[a][2] for a in self.atoms)

    def __iter__(self):
        yield RowVar(self, "head")
        yield RowVar(self, "tail")


@dataclass(frozen=True)
class SpanLen:
    span: Span
    ctx: Context

    def __rmul__(self, other):
        if other == [0]:
            return Word(tuple((length, z3.IntVal(-1)) for length in self.span.lengths), self.ctx)
        raise Unsupported(f"{other!r} * len(span)")


@dataclass(frozen=True)
class ColVar:
    """A generic column of ``region``: the z3 integer ``var``."""

    region: str
    var: z3.ArithRef


class ColSeq:
    def __init__(self, region: str, ctx: Context):
        self.region, self.ctx = region, ctx

    def __iter__(self):
        col = ColVar(self.region, self.ctx.fresh(f"j_{self.region}_"))
        self.ctx.generic_columns.append(col)
        yield col


class WLayout:
    """The SUBLEQ punchcard with ``L`` and ``N`` symbolic (only what the contracts ask of a layout)."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.pos_bits = Size(_L, ctx)

    def param(self, name: str):
        if name == "N":
            return Size(_N, self.ctx)
        raise Unsupported(f"layout.param({name!r})")

    def rows(self, name: str) -> Span:
        if name not in SPANS:
            raise Unsupported(f"rows of {name!r}")
        return Span(SPANS[name])

    def row(self, name: str, k: int = 0) -> RowAtom:
        if name not in ATOMS or k != 0 or sign(ATOMS[name][2] - 1) != 0:
            raise Unsupported(f"layout.row({name!r}, {k})")
        return RowAtom(name)

    def cols(self, region: str) -> ColSeq:
        if region not in _REGIONS:
            raise Unsupported(f"columns of {region!r}")
        return ColSeq(region, self.ctx)

    def code(self, j) -> Word:
        """``p_j``: the L-bit binary expansion of ``j`` (``p_0`` is the zero word); memory and command columns are ≥ s ≥ 1."""
        if not isinstance(j, ColVar):
            raise Unsupported(f"layout.code({j!r})")
        v = j.var if j.region != "scratch" else z3.If(j.var == 0, -1, j.var)
        return Word(((_L, v),), self.ctx)


# -- the matrix -------------------------------------------------------------------------------------------------

class WMatrix:
    """Per atom, a function column ↦ content (z3 integer); starts as the uninterpreted ``X_atom``."""

    def __init__(self, ctx: Context, cells: dict | None = None):
        self.ctx = ctx
        self._heads: dict = {}  # (span, column) → the word its head entry wrote, until the tail entry is written
        self.cells = cells if cells is not None else {a: (lambda f: (lambda c: f(c)))(f) for a, f in ctx.X.items()}

    def copy(self) -> "WMatrix":
        return WMatrix(self.ctx, dict(self.cells))

    def word(self, span: Span, col) -> Word:
        c = _col_term(col)
        return Word(tuple((ATOMS[a][2], self.cells[a](c)) for a in span.atoms), self.ctx)

    def __getitem__(self, key):
        r, col = key
        if isinstance(r, RowVar):
            return Elem(self.word(r.span, col), r.role)
        if isinstance(r, RowAtom):
            v = self.cells[r.atom](_col_term(col))
            return z3.If(v == -1, 0, 2 * v - 1)
        raise Unsupported(f"X[{r!r}, {col!r}]")

    def _write(self, atom: str, col, value_of) -> None:
        old = self.cells[atom]
        if isinstance(col, ColVar):
            var, region = col.var, col.region
            self.cells[atom] = lambda c: z3.If(self.ctx.in_region(region, c),
                                               z3.substitute(value_of(), (var, c)), old(c))
        elif isinstance(col, slice) and col == slice(None):
            self.cells[atom] = lambda c: value_of()
        elif isinstance(col, int):
            self.cells[atom] = lambda c: z3.If(c == col, value_of(), old(c))
        else:
            raise Unsupported(f"a write to column {col!r}")

    def __setitem__(self, key, value):
        r, col = key
        if isinstance(r, RowVar):
            if not isinstance(value, Elem) or value.role != r.role:
                raise Unsupported(f"X[span, ·] = {value!r}"[:200])
            key = (r.span, col if isinstance(col, int) else id(col))
            if r.role == "tail":  # the head's write stored the whole word: the tail must be of that same word
                head = self._heads.pop(key, None)
                if head is None or not head.same(value.word):
                    raise Unsupported("a write whose leading entry and other entries come from different words")
                return
            self._heads[key] = value.word
            word = value.word.regroup(r.span.lengths)
            for a, (_, v) in zip(r.span.atoms, word.segs):
                self._write(a, col, lambda v=v: v)
        elif isinstance(r, RowAtom):
            s = value if isinstance(value, z3.ExprRef) else z3.IntVal(int(value))
            self.ctx.require(f"{r.atom} holds −1, 0 or 1", z3.Or(s == -1, s == 0, s == 1))
            self._write(r.atom, col, lambda: z3.If(s == 0, -1, (s + 1) / 2))
        elif isinstance(r, Span) and isinstance(value, int) and value == 0:
            for a in r.atoms:
                self._write(a, col, lambda: z3.IntVal(-1))
        else:
            raise Unsupported(f"X[{r!r}, {col!r}] = …")


def _col_term(col):
    if isinstance(col, ColVar):
        return col.var
    if isinstance(col, int):
        return z3.IntVal(col)
    raise Unsupported(f"column {col!r}")


# -- operations -------------------------------------------------------------------------------------------------

def _scalar(x):
    if isinstance(x, Elem):
        if x.role != "head":
            raise Unsupported("a tail element used as a scalar")
        return x.word.msb()
    if isinstance(x, (ElemEq, Word, list)):
        raise Unsupported(f"{x!r} used as a scalar"[:200])
    return x


class WOps:
    """:mod:`verify.spec_ops`'s operations on words and z3 scalars."""

    name = "word"

    def __init__(self, ctx: Context):
        self.ctx = ctx

    def ite(self, cond, a, b):
        cond = _bool(cond)
        if isinstance(a, Elem) or isinstance(b, Elem):
            if not (isinstance(a, Elem) and isinstance(b, Elem) and a.role == b.role):
                raise Unsupported("ite of an element and a non-element")
            return Elem(a.word.zip_with(b.word, lambda _, x, y: z3.If(cond, x, y)), a.role)
        return z3.If(cond, _scalar(a), _scalar(b))

    def eq(self, a, b):
        if isinstance(a, Elem) and isinstance(b, Elem) and a.role == b.role:
            return ElemEq(a.word, b.word, a.role)
        return _scalar(a) == _scalar(b)

    def all_(self, conds):
        conds = builtins.list(conds)
        elem = [c for c in conds if isinstance(c, ElemEq)]
        rest = [_bool(c) for c in conds if not isinstance(c, ElemEq)]
        if elem:
            if [c.role for c in elem] != ["head", "tail"] or not (elem[0].a.same(elem[1].a)
                                                                 and elem[0].b.same(elem[1].b)):
                raise Unsupported("all_ over a partial word comparison")
            a, b = elem[0].a, elem[0].b.regroup(elem[0].a.lengths)  # `injective`: equal entries ⟺ equal values
            rest += [x == y for (_, x), (_, y) in zip(a.segs, b.segs)]
        if len(rest) == 1:
            return rest[0]
        return z3.And(*rest) if rest else z3.BoolVal(True)

    def any_(self, conds):
        return z3.Or(*[_bool(c) for c in conds])

    def not_(self, cond):
        return z3.Not(_bool(cond))

    def le(self, a, b):
        return _scalar(a) <= _scalar(b)

    def unsigned(self, word):
        return as_word(word).unsigned()

    def word_of(self, value, width):
        """The word of ``value mod 2^width`` (``binary_digits``)."""
        w = size_expr(width)
        return Word(((w, value % self.ctx.pow2(w)),), self.ctx)

    def select(self, cases, default):
        """The first case that holds, else ``default``; a generic-column case ``key == code(j)`` picks ``j = key``."""
        cases = builtins.list(cases)
        default = as_word(default)
        generic = [c for c in self.ctx.generic_columns if any(mentions(cond, c.var) for cond, _ in cases)]
        if not generic:
            out = default
            for cond, value in reversed(cases):
                out = as_word(value).zip_with(out, lambda _, x, y, cond=cond: z3.If(_bool(cond), x, y))
            return out
        if len(cases) != 1 or len(generic) != 1:
            raise Unsupported("a lookup mixing generic and concrete cases")
        (cond, value), col = cases[0], generic[0]
        key = _solve_for(cond, col.var)
        hit = z3.And(self.ctx.in_region(col.region, key), z3.substitute(cond, (col.var, key)))
        picked = as_word(value).map(lambda _, v: z3.substitute(v, (col.var, key)))
        return picked.zip_with(default, lambda _, x, y: z3.If(hit, x, y))


def _bool(c):
    if isinstance(c, bool):
        return z3.BoolVal(c)
    if isinstance(c, ElemEq):
        raise Unsupported("an element comparison used outside all_")
    return c


def subterms(terms):
    """Every distinct subterm of ``terms`` (z3 expressions), each once: one walk over their shared DAG."""
    todo, seen = [t for t in terms if isinstance(t, z3.ExprRef)], set()
    while todo:
        t = todo.pop()
        if t.get_id() in seen:
            continue
        seen.add(t.get_id())
        yield t
        todo.extend(t.children())


def constants(terms) -> set[int]:
    """The ids of the uninterpreted constants occurring in ``terms``."""
    return {t.get_id() for t in subterms(terms) if z3.is_const(t) and t.decl().kind() == z3.Z3_OP_UNINTERPRETED}


def mentions(term, var) -> bool:
    return any(t.eq(var) for t in subterms([term]))


def _solve_for(cond, var):
    """``t`` when ``cond`` is ``t == var`` or ``var == t`` (``t`` free of ``var``): the only column the case holds at."""
    if z3.is_eq(cond):
        a, b = cond.children()
        for x, t in ((a, b), (b, a)):
            if x.eq(var) and not mentions(t, var):
                return t
    raise Unsupported(f"a lookup whose condition is not key == code(j): {cond}")


# -- re-execution ------------------------------------------------------------------------------------------------

def _len(x):
    if isinstance(x, Span):
        return SpanLen(x, _CTX[-1])
    if isinstance(x, list) and any(isinstance(e, (Elem, RowVar)) for e in x):
        raise Unsupported("len of a word")
    return builtins.len(x)


def _list(x=()):
    return x if isinstance(x, Span) else builtins.list(x)


def _view(seq, role: str):
    if isinstance(seq, Span):
        return RowVar(seq, role)
    if isinstance(seq, Word):
        return Elem(seq, role)
    word = as_word(seq)
    return Elem(word, role)


def _zip(*seqs):
    if not any(isinstance(s, (Span, Word)) or (isinstance(s, list) and any(isinstance(e, Elem) for e in s))
               for s in seqs):
        return builtins.zip(*seqs)
    return iter([tuple(_view(s, "head") for s in seqs), tuple(_view(s, "tail") for s in seqs)])


def _enumerate(seq, start=0):
    if isinstance(seq, (Span, Word)) or (isinstance(seq, list) and any(isinstance(e, (Elem, RowVar)) for e in seq)):
        raise Unsupported("enumerate over a block's rows: positions other than the leading one are not modelled")
    return builtins.enumerate(seq, start)


_CTX: list[Context] = []
_SHIMS = {"list": _list, "zip": _zip, "len": _len, "enumerate": _enumerate}


def rebind(f, ctx: Context, _done: dict | None = None):
    """``f`` with ``list``/``zip``/``len`` shimmed in its globals, and every Python function it names rebound too."""
    done = {} if _done is None else _done
    if f in done:
        return done[f]
    g = dict(f.__globals__)
    g.update(_SHIMS)
    new = types.FunctionType(f.__code__, g, f.__name__, f.__defaults__, f.__closure__)
    done[f] = new
    for name in _names(f.__code__):
        target = f.__globals__.get(name)
        if isinstance(target, types.FunctionType):
            g[name] = rebind(target, ctx, done)
    return new


def _names(code) -> set:
    """Global names a code object and the code nested in it (comprehensions, lambdas) read."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _names(const)
    return names


class running:
    """Context manager: the executor's context while contracts run (``len`` needs it)."""

    def __init__(self, ctx: Context):
        self.ctx = ctx

    def __enter__(self):
        _CTX.append(self.ctx)
        return self.ctx

    def __exit__(self, *exc):
        _CTX.pop()
