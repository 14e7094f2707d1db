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

The package holds one job per module: :mod:`~verify.symbolic.atoms` (the
atoms), :mod:`~verify.symbolic.expr` (affine forms),
:mod:`~verify.symbolic.constructors` (ReLU, case, if-then-else),
:mod:`~verify.symbolic.digits` (binary digits, modular rewrites) and
:mod:`~verify.symbolic.conditions` (comparisons, boolean combinations,
scopes); every name is importable from here, and the switches below are read
from here when used.
"""
from __future__ import annotations

#: A ReLU whose argument depends on one selector with at most this many values becomes a table.
TABLE_LIMIT = 4096
#: Push a ReLU whose argument branches on a selector into the branches (off: ReLU(x) and ReLU(-x) then
#: share one atom and cancel, and no case tree is built only to cancel; on: each branch is simplified).
RELU_INTO_CASES = False

#: Canonicalise binary digits modulo 2^{k+1} (see :func:`verify.symbolic.digits._mod_reduce`).  Tests switch this off to
#: have z3 re-prove, without these rewrites, what they settle by identity.
MODULAR_REWRITES = True

from .atoms import Atom, Case, Digit, Ite, Relu, Var  # noqa: E402
from .conditions import FALSE, TRUE, Cond, and_, eq, le, not_, or_, scope  # noqa: E402
from .constructors import _modal_part, case, ite, relu  # noqa: E402,F401
from .digits import digit  # noqa: E402
from .expr import ZERO, Expr, const, linear, var  # noqa: E402

__all__ = [
    "Atom",
    "ZERO",
    "TABLE_LIMIT",
    "RELU_INTO_CASES",
    "MODULAR_REWRITES",
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
