"""Exact symbolic values for proofs: affine forms over a few kinds of atoms.

A value is an :class:`Expr` ``c + Σ a_k·atom_k`` with exact rational
coefficients.  Atoms are

* :class:`Var` — an integer variable with a finite domain (a ±1 bit, a 0/1
  flag, a pointer selector naming a column);
* :class:`Relu` — ``max(0, e)``;
* :class:`Case` — the value of one of several expressions, chosen by a
  variable's value (what attention produces when it follows a pointer);
* :class:`Ite` — ``if cond then e1 else e2`` on a :class:`Cond`;
* :class:`Digit` — bit ``k`` of an integer-valued expression (two's
  complement for negative values), used by block contracts.

Smart constructors keep values small, and this is where the proofs get their
speed (Giannou et al. 2023 reference notes, §15): constant folding; *range
analysis* — every expression knows an interval containing it, so a ReLU that
is provably closed is 0 and one provably open is its argument; a ReLU of an
expression of one two-valued variable is replaced by the affine function that
agrees on both values; a ReLU of an expression of one selector becomes a
table; ``ReLU(−x)`` is written ``ReLU(x) − x`` *before* any other rule, so
that ``ReLU(x)`` and ``ReLU(−x)`` share one atom and cancel (with
:data:`RELU_INTO_CASES` a ReLU over a :class:`Case` is also pushed into the
branches).  A case is kept in a canonical form: the most frequent
coefficient of each atom, and the most frequent constant, over the branches
stand outside it, and the branches are integral, primitive and the first
nonzero one positive — so ``A + case(v: b_k)`` and ``A' + case(v: b_k + A − A')``
are one expression.  Every rewrite is an identity on the variables' domains.

Atoms are hash-consed: structurally equal atoms are one object.  Hash-consing
happens within a :func:`scope`; values from different scopes must not be mixed
(a proof builds everything it needs inside one scope).
"""
from __future__ import annotations

import contextlib
import itertools
import math
from fractions import Fraction
from typing import Iterable, Mapping

__all__ = [
    "Var",
    "Expr",
    "Cond",
    "Relu",
    "Case",
    "Ite",
    "Digit",
    "const",
    "var",
    "relu",
    "case",
    "ite",
    "digit",
    "eq",
    "le",
    "and_",
    "or_",
    "not_",
    "TRUE",
    "FALSE",
    "linear",
    "scope",
]

Number = Fraction
_ZERO = Fraction(0)
_ONE = Fraction(1)

#: A ReLU whose argument depends on one selector with at most this many values becomes a table.
TABLE_LIMIT = 64
#: Push a ReLU whose argument branches on a selector into the branches (off: ReLU(x) and ReLU(-x) then
#: share one atom and cancel, and no case tree is built only to cancel; on: each branch is simplified).
RELU_INTO_CASES = False

#: Canonicalise binary digits modulo 2^{k+1} (see :func:`_mod_reduce`).  Tests switch this off to
#: have z3 re-prove, without these rewrites, what they settle by identity.
MODULAR_REWRITES = True


def _frac(x) -> Fraction:
    return x if isinstance(x, Fraction) else Fraction(x)


# ---------------------------------------------------------------------------------------------
# atoms


class Atom:
    """Base class of hash-consed atoms."""

    __slots__ = ("key", "_vars", "_range", "_hash", "order")
    _table: dict = {}
    _counter = itertools.count()

    def __new__(cls, *args):
        key = (cls.__name__, *cls._key_parts(*args))
        found = Atom._table.get(key)
        if found is not None:
            return found
        self = object.__new__(cls)
        self.key = key
        self._hash = hash(key)
        self._vars = None
        self._range = None
        self.order = next(Atom._counter)
        self._init(*args)
        Atom._table[key] = self
        return self

    @staticmethod
    def _key_parts(*args):
        raise NotImplementedError

    def _init(self, *args):
        raise NotImplementedError

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other) -> bool:
        return self is other

    def __reduce__(self):  # pickling re-interns
        return (type(self), self._args())

    def vars(self) -> frozenset:
        if self._vars is None:
            self._vars = self._compute_vars()
        return self._vars

    def range(self) -> tuple[Fraction, Fraction]:
        if self._range is None:
            self._range = self._compute_range()
        return self._range


class Var(Atom):
    """An integer variable ranging over ``domain``."""

    __slots__ = ("name", "domain")

    @staticmethod
    def _key_parts(name, domain):
        return (name,)

    def _init(self, name, domain):
        self.name = name
        self.domain = tuple(sorted(set(int(v) for v in domain)))
        if not self.domain:
            raise ValueError(f"variable {name} has an empty domain")

    def __new__(cls, name, domain):
        self = super().__new__(cls, name, domain)
        if self.domain != tuple(sorted(set(int(v) for v in domain))):
            raise ValueError(f"variable {name} already exists with domain {self.domain}")
        return self

    def _args(self):
        return (self.name, self.domain)

    def _compute_vars(self):
        return frozenset((self,))

    def _compute_range(self):
        return Fraction(self.domain[0]), Fraction(self.domain[-1])

    def evaluate(self, env: Mapping) -> Fraction:
        return Fraction(env[self])

    def subs(self, env: Mapping) -> "Expr":
        return const(env[self]) if self in env else Expr(_ZERO, {self: _ONE})

    def __repr__(self) -> str:
        return self.name


class Relu(Atom):
    """``max(0, inner)``; ``inner`` is integral, primitive and sign-canonical."""

    __slots__ = ("inner",)

    @staticmethod
    def _key_parts(inner):
        return (inner.key,)

    def _init(self, inner):
        self.inner = inner

    def _args(self):
        return (self.inner,)

    def _compute_vars(self):
        return self.inner.vars()

    def _compute_range(self):
        lo, hi = self.inner.range()
        return max(lo, _ZERO), max(hi, _ZERO)

    def evaluate(self, env):
        return max(self.inner.evaluate(env), _ZERO)

    def subs(self, env):
        return relu(self.inner.subs(env))

    def __repr__(self):
        return f"relu({self.inner!r})"


class Case(Atom):
    """``branches[v]`` where ``v`` is the value of ``var`` (every domain value has a branch)."""

    __slots__ = ("var", "branches", "_by_value")

    @staticmethod
    def _key_parts(v, branches):
        return (v.key, tuple((val, e.key) for val, e in branches))

    def _init(self, v, branches):
        self.var = v
        self.branches = tuple(branches)
        self._by_value = dict(self.branches)

    def _args(self):
        return (self.var, self.branches)

    def _compute_vars(self):
        return frozenset((self.var,)).union(*(e.vars() for _, e in self.branches))

    def _compute_range(self):
        rs = [e.range() for _, e in self.branches]
        return min(r[0] for r in rs), max(r[1] for r in rs)

    def branch(self, value) -> "Expr":
        found = self._by_value.get(value)
        if found is None:
            raise KeyError(f"{self.var.name} = {value} is outside its domain")
        return found

    def evaluate(self, env):
        return self.branch(env[self.var]).evaluate(env)

    def subs(self, env):
        if self.var in env:
            return self.branch(env[self.var]).subs(env)
        return case(self.var, [(v, e.subs(env)) for v, e in self.branches])

    def __repr__(self):
        return f"case({self.var.name}: " + ", ".join(f"{v}->{e!r}" for v, e in self.branches) + ")"


class Ite(Atom):
    """``then if cond else other``."""

    __slots__ = ("cond", "then", "other")

    @staticmethod
    def _key_parts(cond, then, other):
        return (cond.key, then.key, other.key)

    def _init(self, cond, then, other):
        self.cond, self.then, self.other = cond, then, other

    def _args(self):
        return (self.cond, self.then, self.other)

    def _compute_vars(self):
        return self.cond.vars() | self.then.vars() | self.other.vars()

    def _compute_range(self):
        a, b = self.then.range(), self.other.range()
        return min(a[0], b[0]), max(a[1], b[1])

    def evaluate(self, env):
        return self.then.evaluate(env) if self.cond.evaluate(env) else self.other.evaluate(env)

    def subs(self, env):
        return ite(self.cond.subs(env), self.then.subs(env), self.other.subs(env))

    def __repr__(self):
        return f"ite({self.cond!r}, {self.then!r}, {self.other!r})"


class Digit(Atom):
    """Bit ``k`` (value ``2^k``) of the integer ``inner``: ``floor(inner / 2^k) mod 2``."""

    __slots__ = ("inner", "k")

    @staticmethod
    def _key_parts(inner, k):
        return (inner.key, k)

    def _init(self, inner, k):
        self.inner, self.k = inner, k

    def _args(self):
        return (self.inner, self.k)

    def _compute_vars(self):
        return self.inner.vars()

    def _compute_range(self):
        return _ZERO, _ONE

    def evaluate(self, env):
        v = self.inner.evaluate(env)
        if v.denominator != 1:
            raise ValueError(f"digit of the non-integer {v}")
        return Fraction((v.numerator >> self.k) & 1)

    def subs(self, env):
        return digit(self.inner.subs(env), self.k)

    def __repr__(self):
        return f"digit({self.inner!r}, {self.k})"


# ---------------------------------------------------------------------------------------------
# affine forms


class Expr:
    """``const + Σ coeff·atom`` with exact rational coefficients (immutable)."""

    __slots__ = ("const", "terms", "_key", "_vars", "_range")

    def __init__(self, const_: Fraction, terms: dict | None = None):
        self.const = const_
        self.terms = {a: c for a, c in (terms or {}).items() if c != 0}
        self._key = None
        self._vars = None
        self._range = None

    # -- identity --------------------------------------------------------------------------
    @property
    def key(self):
        if self._key is None:
            self._key = (self.const, tuple(sorted(((a.order, c) for a, c in self.terms.items()))))
        return self._key

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        if isinstance(other, Expr):
            return self.key == other.key
        if isinstance(other, (int, Fraction)):
            return not self.terms and self.const == other
        return NotImplemented

    def __reduce__(self):
        return (Expr, (self.const, self.terms))

    def is_const(self) -> bool:
        return not self.terms

    def __repr__(self):
        parts = [str(self.const)] if self.const or not self.terms else []
        parts += [f"{c}*{a!r}" for a, c in self.terms.items()]
        return " + ".join(parts)

    # -- arithmetic -----------------------------------------------------------------------
    def __add__(self, other):
        if not isinstance(other, Expr):
            return Expr(self.const + _frac(other), self.terms)
        if not other.terms:
            return Expr(self.const + other.const, self.terms)
        terms = dict(self.terms)
        for a, c in other.terms.items():
            terms[a] = terms.get(a, _ZERO) + c
        return Expr(self.const + other.const, terms)

    __radd__ = __add__

    def __neg__(self):
        return Expr(-self.const, {a: -c for a, c in self.terms.items()})

    def __sub__(self, other):
        return self + (-other if isinstance(other, Expr) else -_frac(other))

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        if isinstance(other, Expr):
            if other.is_const():
                other = other.const
            elif self.is_const():
                return other * self.const
            else:
                raise TypeError("the product of two non-constant expressions is not affine")
        c = _frac(other)
        if c == 0:
            return ZERO
        return Expr(self.const * c, {a: v * c for a, v in self.terms.items()})

    __rmul__ = __mul__

    def __truediv__(self, other):
        return self * (1 / _frac(other))

    # -- analysis ---------------------------------------------------------------------------
    def vars(self) -> frozenset:
        if self._vars is None:
            self._vars = frozenset().union(*(a.vars() for a in self.terms)) if self.terms else frozenset()
        return self._vars

    def range(self) -> tuple[Fraction, Fraction]:
        if self._range is None:
            lo = hi = self.const
            for a, c in self.terms.items():
                alo, ahi = a.range()
                if c > 0:
                    lo, hi = lo + c * alo, hi + c * ahi
                else:
                    lo, hi = lo + c * ahi, hi + c * alo
            self._range = (lo, hi)
        return self._range

    def evaluate(self, env: Mapping) -> Fraction:
        return self.const + sum((c * a.evaluate(env) for a, c in self.terms.items()), _ZERO)

    def subs(self, env: Mapping) -> "Expr":
        if not self.terms or not (self.vars() & env.keys()):
            return self
        out = Expr(self.const)
        for a, c in self.terms.items():
            out = out + a.subs(env) * c if a.vars() & env.keys() else out + Expr(_ZERO, {a: c})
        return out

    def atoms(self) -> list[Atom]:
        return list(self.terms)

    def scale_to_integral(self) -> tuple[Fraction, "Expr"]:
        """``(s, e)`` with ``self = s·e``, ``e`` integral and primitive, ``s > 0``."""
        coeffs = [self.const, *self.terms.values()]
        den = 1
        for c in coeffs:
            den = den * c.denominator // math.gcd(den, c.denominator)
        nums = [int(c * den) for c in coeffs]
        g = 0
        for v in nums:
            g = math.gcd(g, v)
        g = g or 1
        s = Fraction(g, den)
        return s, Expr(self.const / s, {a: c / s for a, c in self.terms.items()})

    def leading_sign(self) -> int:
        """Sign of the coefficient of the earliest-created atom (a canonical orientation)."""
        if not self.terms:
            return 1 if self.const >= 0 else -1
        a = min(self.terms, key=lambda t: t.order)
        return 1 if self.terms[a] > 0 else -1


ZERO = Expr(_ZERO)


def const(value) -> Expr:
    return Expr(_frac(value))


def var(name: str, domain: Iterable[int]) -> Expr:
    return Expr(_ZERO, {Var(name, tuple(domain)): _ONE})


def linear(pairs: Iterable[tuple[object, Expr | Fraction]]) -> Expr:
    """``Σ c·e`` for pairs ``(c, e)``, accumulated in one dictionary."""
    constant, terms = _ZERO, {}
    for c, e in pairs:
        c = _frac(c)
        if not isinstance(e, Expr):
            constant += c * _frac(e)
            continue
        constant += c * e.const
        for a, v in e.terms.items():
            terms[a] = terms.get(a, _ZERO) + c * v
    return Expr(constant, terms)


def _as_expr(x) -> Expr:
    return x if isinstance(x, Expr) else const(x)


# ---------------------------------------------------------------------------------------------
# smart constructors


def relu(e) -> Expr:
    """``max(0, e)`` with every simplification in the module docstring."""
    e = _as_expr(e)
    lo, hi = e.range()
    if hi <= 0:
        return ZERO
    if lo >= 0:
        return e
    s, inner = e.scale_to_integral()
    if inner.leading_sign() < 0:
        # ReLU(-x) = ReLU(x) - x with x = -inner: ReLU(x) and ReLU(-x) share every rewrite below
        x = -inner
        return (relu(x) - x) * s
    if s != 1:
        return relu(inner) * s
    vs = e.vars()
    if len(vs) == 1:
        (v,) = vs
        if len(v.domain) == 2:  # the affine function through both points
            a, b = v.domain
            ya, yb = max(e.subs({v: a}).const, _ZERO), max(e.subs({v: b}).const, _ZERO)
            return const(ya) + (Expr(_ZERO, {v: _ONE}) - a) * ((yb - ya) / (b - a))
        if len(v.domain) <= TABLE_LIMIT:
            return case(v, [(val, const(max(e.subs({v: val}).const, _ZERO))) for val in v.domain])
    # push into the cases of one selector, when e branches on one
    case_atoms = [a for a in e.terms if isinstance(a, Case)]
    if case_atoms and RELU_INTO_CASES:
        v = min(case_atoms, key=lambda a: a.order).var
        if len(v.domain) <= TABLE_LIMIT:
            return case(v, [(val, relu(e.subs({v: val}))) for val in v.domain])
    return Expr(_ZERO, {Relu(e): _ONE})


def case(v: Var, branches: list[tuple[int, Expr]]) -> Expr:
    """The branch selected by ``v``'s value; collapses when all branches agree."""
    branches = [(val, _as_expr(e)) for val, e in branches]
    if {val for val, _ in branches} != set(v.domain):
        raise ValueError(f"case on {v.name} must give a branch for every value of {v.domain}")
    first = branches[0][1]
    rest = [e for _, e in branches[1:]]
    if all(e == first for e in rest):
        return first
    if not first.terms and all(not e.terms for e in rest):
        return _constant_case(v, branches)
    # the most frequent coefficient of every atom (and the most frequent constant) stands outside the case
    common = _modal_part([e for _, e in branches])
    if common.terms or common.const:
        branches = [(val, e - common) for val, e in branches]
    # and so does a common factor: the branches are integral and primitive, the first nonzero one positive
    scale = _content(e for _, e in branches)
    for _, e in sorted(branches, key=lambda b: b[0]):
        if e.terms or e.const:
            if (e.leading_sign() if e.terms else (1 if e.const > 0 else -1)) < 0:
                scale = -scale
            break
    if scale != 1:
        branches = [(val, e / scale) for val, e in branches]
    return common + Expr(_ZERO, {Case(v, tuple(sorted(branches, key=lambda b: b[0]))): scale})


def _constant_case(v: Var, branches: list[tuple[int, Expr]]) -> Expr:
    """:func:`case` for constant branches: the same canonical form, without affine arithmetic."""
    consts = [e.const for _, e in branches]
    order = sorted(range(len(branches)), key=lambda i: branches[i][0])
    if all(c.denominator == 1 for c in consts):  # the usual case, in integers
        ints = [c.numerator for c in consts]
        base = _mode(ints)
        rem = [c - base for c in ints]
        g = 0
        for c in rem:
            g = math.gcd(g, c)
        if next(rem[i] for i in order if rem[i]) < 0:
            g = -g
        atom = Case(v, tuple((branches[i][0], _constant(Fraction(rem[i] // g))) for i in order))
        return Expr(Fraction(base), {atom: Fraction(g)})
    base = _mode(consts)
    rem = [c - base for c in consts]
    den, num = 1, 0
    for c in rem:
        den = den * c.denominator // math.gcd(den, c.denominator)
        num = math.gcd(num, c.numerator)
    scale = Fraction(num, den)
    if next(rem[i] for i in order if rem[i]) < 0:
        scale = -scale
    atom = Case(v, tuple((branches[i][0], _constant(rem[i] / scale)) for i in order))
    return Expr(base, {atom: scale})


_CONSTANTS: dict = {}


def _constant(value: Fraction) -> Expr:
    """The constant expression ``value`` (shared: a constant has no atoms, so it belongs to no scope)."""
    found = _CONSTANTS.get(value)
    if found is None:
        found = Expr(value)
        if len(_CONSTANTS) < 4096:
            _CONSTANTS[value] = found
    return found


def _mode(values: list) -> Fraction:
    """The most frequent value; among equally frequent ones the least."""
    counts: dict = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return min(counts, key=lambda v: (-counts[v], v))


def _modal_part(exprs: list[Expr]) -> Expr:
    """``Σ mode_k(coeff of a in e_k)·a + mode_k(const of e_k)``: what a case's branches mostly share.

    Subtracting it from every branch is canonical: two lists of branches that
    differ by one affine form have the same remainders.
    """
    seen: dict = {}  # atom -> its nonzero coefficients, one per branch holding it
    for e in exprs:
        for a, c in e.terms.items():
            seen.setdefault(a, []).append(c)
    terms = {}
    for a, cs in seen.items():
        if len(cs) * 2 >= len(exprs):  # otherwise 0 is the most frequent coefficient
            terms[a] = _mode(cs + [_ZERO] * (len(exprs) - len(cs)))
    return Expr(_mode([e.const for e in exprs]), terms)


def _content(exprs) -> Fraction:
    """The positive rational ``s`` with every coefficient and constant of ``exprs`` in ``sℤ``, primitive."""
    den, num = 1, 0
    for e in exprs:
        for c in (e.const, *e.terms.values()):
            den = den * c.denominator // math.gcd(den, c.denominator)
            num = math.gcd(num, c.numerator)
    return Fraction(num or 1, den) if num else _ONE


def ite(cond: "Cond", then, other) -> Expr:
    """``then if cond else other``; a condition on one selector becomes a :class:`Case`."""
    then, other = _as_expr(then), _as_expr(other)
    if cond is TRUE:
        return then
    if cond is FALSE or then == other:
        return other if cond is FALSE else then
    vs = cond.vars()
    if len(vs) == 1:
        (v,) = vs
        if len(v.domain) <= TABLE_LIMIT:
            truth = _truth_table(cond, v)
            return case(v, [(val, (then if t else other).subs({v: val})) for val, t in zip(v.domain, truth)])
    return Expr(_ZERO, {Ite(cond, then, other): _ONE})


def _truth_table(cond: "Cond", v: Var) -> tuple[bool, ...]:
    """Whether ``cond`` (a condition on ``v`` alone) holds, for each value of ``v`` (memoised in the scope)."""
    key = ("truth table", cond.key)
    found = Atom._table.get(key)
    if found is None:
        found = Atom._table[key] = tuple(cond.subs({v: val}) is TRUE for val in v.domain)
    return found


def _pm1(a: Atom) -> bool:
    """True if the atom only takes the values −1 and +1."""
    if isinstance(a, Var):
        return a.domain == (-1, 1)
    if isinstance(a, Case):
        for _, b in a.branches:
            if b.is_const():
                if b.const not in (-1, 1):
                    return False
            elif not (b.const == 0 and len(b.terms) == 1 and next(iter(b.terms.values())) == 1
                      and _pm1(next(iter(b.terms)))):
                return False
        return True
    return False


def _digit_group(e: Expr, k: int) -> Expr | None:
    """Replace a complete run ``Σ_{j<M} c·2^j·digit(v, j)`` (``M > k``) by ``c·v``, if there is one.

    ``Σ_{j<M} 2^j·digit(v, j) = v mod 2^M ≡ v (mod 2^{k+1})``; the digits of
    one word are stored reduced modulo ``2^{j+1}``, so the representative of
    ``v`` is the inner value of the highest digit.
    """
    for top, c_top in sorted(((a, c) for a, c in e.terms.items() if isinstance(a, Digit)),
                             key=lambda t: -t[0].k):
        K = top.k
        if K < k:
            break
        c = c_top / 2**K
        if c.denominator != 1:
            continue
        group = [top]
        for j in range(K):
            low = Atom._table.get(("Digit", _mod_reduce(top.inner, j).key, j))
            if low is None or e.terms.get(low) != c * 2**j:
                break
            group.append(low)
        else:
            terms = {a: v for a, v in e.terms.items() if a not in group}
            return Expr(e.const, terms) + top.inner * c
    return None


def _mod_reduce(e: Expr, k: int) -> Expr:
    """A canonical representative of ``e`` modulo ``2^{k+1}`` (bit ``k`` is unchanged).

    Complete digit runs become their value; a term ``c·a`` of an
    integer-valued atom with ``c ∈ 2^{k+1}ℤ`` is dropped; for a ±1-valued atom
    ``b``, ``c·b = −c + c(b + 1)`` with ``c(b + 1) ∈ 2cℤ``, so ``c·b`` becomes
    ``−c`` when ``2c ∈ 2^{k+1}ℤ``; a case or if-then-else with integer
    constant branches has them reduced modulo ``2^{k+1}``; and so has the
    constant.
    """
    if not MODULAR_REWRITES:
        return e
    m = 2 ** (k + 1)
    for _ in range(64):
        grouped = _digit_group(e, k)
        if grouped is None:
            break
        e = grouped
    terms, constant = {}, e.const
    for a, c in e.terms.items():
        reduced = None
        if isinstance(a, Case) and all(b.is_const() and (c * b.const).denominator == 1 for _, b in a.branches):
            reduced = case(a.var, [(v, const((c * b.const) % m)) for v, b in a.branches])
        elif isinstance(a, Ite) and all(b.is_const() and (c * b.const).denominator == 1 for b in (a.then, a.other)):
            reduced = ite(a.cond, const((c * a.then.const) % m), const((c * a.other.const) % m))
        if reduced is not None:
            constant += reduced.const
            for a2, c2 in reduced.terms.items():
                terms[a2] = terms.get(a2, _ZERO) + c2
            continue
        integral_atom = isinstance(a, (Var, Digit))
        if integral_atom and c.denominator == 1 and c.numerator % m == 0:
            continue
        if _pm1(a) and (2 * c).denominator == 1 and (2 * c).numerator % m == 0:
            constant -= c
            continue
        terms[a] = terms.get(a, _ZERO) + c
    constant -= m * (constant // m)
    return Expr(constant, terms)


def digit(e, k: int) -> Expr:
    """Bit ``k`` of the integer ``e`` as a 0/1 expression."""
    e = _mod_reduce(_as_expr(e), k)
    if e.is_const():
        if e.const.denominator != 1:
            raise ValueError(f"digit of the non-integer {e.const}")
        return const((e.const.numerator >> k) & 1)
    lo, hi = e.range()
    if lo >= 0 and hi < 2**k:
        return ZERO
    return Expr(_ZERO, {Digit(e, k): _ONE})


# ---------------------------------------------------------------------------------------------
# conditions


class Cond(Atom):
    """A boolean condition (hash-consed)."""

    __slots__ = ("op", "args")

    @staticmethod
    def _key_parts(op, args):
        return (op, tuple(a.key for a in args))

    def _init(self, op, args):
        self.op, self.args = op, tuple(args)

    def _args(self):
        return (self.op, self.args)

    def _compute_vars(self):
        return frozenset().union(*(a.vars() for a in self.args)) if self.args else frozenset()

    def _compute_range(self):
        return _ZERO, _ONE

    def evaluate(self, env) -> bool:
        if self.op == "true":
            return True
        if self.op == "false":
            return False
        if self.op == "eq0":
            return self.args[0].evaluate(env) == 0
        if self.op == "le0":
            return self.args[0].evaluate(env) <= 0
        if self.op == "and":
            return all(a.evaluate(env) for a in self.args)
        if self.op == "or":
            return any(a.evaluate(env) for a in self.args)
        if self.op == "not":
            return not self.args[0].evaluate(env)
        raise ValueError(self.op)

    def subs(self, env) -> "Cond":
        if not (self.vars() & env.keys()):
            return self
        if self.op == "eq0":
            return _eq0(self.args[0].subs(env))
        if self.op == "le0":
            return _le0(self.args[0].subs(env))
        if self.op == "and":
            return and_(*(a.subs(env) for a in self.args))
        if self.op == "or":
            return or_(*(a.subs(env) for a in self.args))
        if self.op == "not":
            return not_(self.args[0].subs(env))
        return self

    def __repr__(self):
        if self.op in ("eq0", "le0"):
            return f"({self.args[0]!r} {'==' if self.op == 'eq0' else '<='} 0)"
        return f"{self.op}({', '.join(map(repr, self.args))})"


TRUE = Cond("true", ())
FALSE = Cond("false", ())
_BASE_TABLE = {TRUE.key: TRUE, FALSE.key: FALSE}


@contextlib.contextmanager
def scope():
    """A fresh hash-consing table: variable names may be reused with other domains inside."""
    saved = Atom._table
    Atom._table = dict(_BASE_TABLE)
    try:
        yield
    finally:
        Atom._table = saved


def _resolve_ite(d: Expr, test) -> Cond | None:
    """``test(d)`` for ``d = k + c·ite(cond, x, y)`` with constant ``x``, ``y``: TRUE, FALSE, cond or ¬cond."""
    if len(d.terms) != 1 or not MODULAR_REWRITES:
        return None
    (a, c), = d.terms.items()
    if not isinstance(a, Ite) or not (a.then.is_const() and a.other.is_const()):
        return None
    yes, no = test(d.const + c * a.then.const), test(d.const + c * a.other.const)
    if yes == no:
        return TRUE if yes else FALSE
    return a.cond if yes else not_(a.cond)


def _eq0(d: Expr) -> Cond:
    lo, hi = d.range()
    if d.is_const():
        return TRUE if d.const == 0 else FALSE
    if lo > 0 or hi < 0:
        return FALSE
    resolved = _resolve_ite(d, lambda v: v == 0)
    if resolved is not None:
        return resolved
    _, inner = d.scale_to_integral()
    if inner.leading_sign() < 0:
        inner = -inner
    return Cond("eq0", (inner,))


def _le0(d: Expr) -> Cond:
    lo, hi = d.range()
    if hi <= 0:
        return TRUE
    if lo > 0:
        return FALSE
    resolved = _resolve_ite(d, lambda v: v <= 0)
    if resolved is not None:
        return resolved
    _, inner = d.scale_to_integral()
    return Cond("le0", (inner,))


def eq(a, b) -> Cond:
    return _eq0(_as_expr(a) - _as_expr(b))


def le(a, b) -> Cond:
    return _le0(_as_expr(a) - _as_expr(b))


def _junction(op: str, conds, absorbing: Cond, neutral: Cond) -> Cond:
    flat = []
    for c in conds:
        if c is absorbing:
            return absorbing
        if c is neutral:
            continue
        flat.extend(c.args if c.op == op else (c,))
    flat = list(dict.fromkeys(flat))
    if not flat:
        return neutral
    return flat[0] if len(flat) == 1 else Cond(op, tuple(flat))


def and_(*conds: Cond) -> Cond:
    return _junction("and", conds, FALSE, TRUE)


def or_(*conds: Cond) -> Cond:
    return _junction("or", conds, TRUE, FALSE)


def not_(c: Cond) -> Cond:
    if c is TRUE:
        return FALSE
    if c is FALSE:
        return TRUE
    if c.op == "not":
        return c.args[0]
    return Cond("not", (c,))
