"""verify.matrix.Matrix: sympy's immutable sparse matrix, its entries ordered by position instead of sorted."""
import pickle

import sympy as sp

from verify.layer import sparse
from verify.matrix import Matrix

x, C = sp.symbols("x C")
ENTRIES = {(0, 2): sp.Rational(1, 3), (2, 1): x + 1, (1, 0): -C, (2, 2): 5}


def test_insertion_order_does_not_matter():
    a = Matrix(3, 3, ENTRIES)
    b = Matrix(3, 3, dict(reversed(list(ENTRIES.items()))))
    assert a == b and hash(a) == hash(b) and a.args == b.args
    assert [k for k, _ in a.args[2].args] == [sp.Tuple(0, 2), sp.Tuple(1, 0), sp.Tuple(2, 1), sp.Tuple(2, 2)]


def test_it_is_sympys_matrix_in_every_other_respect():
    a, plain = Matrix(3, 3, ENTRIES), sp.ImmutableSparseMatrix(3, 3, ENTRIES)
    assert a == plain and plain == a and a.todok() == plain.todok()
    assert a != Matrix(3, 3, {**ENTRIES, (0, 0): 1})
    part = a[1:, :2]
    assert isinstance(part, Matrix) and part == plain[1:, :2]
    bound = a.xreplace({x: 2, C: 3})
    assert isinstance(bound, Matrix) and bound[2, 1] == 3 and bound[1, 0] == -3 and not bound.free_symbols
    assert a * plain == plain * plain and a.T == plain.T
    again = pickle.loads(pickle.dumps(a))
    assert isinstance(again, Matrix) and again == a
    assert isinstance(sparse(3, 3, ENTRIES), Matrix) and sparse(3, 3, {(0, 0): 0}).todok() == {}
