"""Binary digits in :mod:`verify.symbolic`: ``digit(e, k)`` and its canonicalisation modulo ``2^{k+1}``.

Block contracts speak of words as integers and of their bits as digits; the
rewrites here (complete digit runs become their value, multiples of
``2^{k+1}`` drop out, ±1 atoms and constant tables are reduced) settle the
adder's cells by identity.  They are switched off with
:data:`verify.symbolic.MODULAR_REWRITES` when z3 is to re-prove what they settle.
"""
from __future__ import annotations


from .. import symbolic as _pkg  # the switches, looked up when used
from .atoms import _ONE, _ZERO, Atom, Case, Digit, Ite, Var
from .constructors import case, ite
from .expr import ZERO, Expr, _as_expr, const

__all__ = ["digit"]


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
    if not _pkg.MODULAR_REWRITES:
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
