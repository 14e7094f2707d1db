"""FLEQ programs of Giannou et al. 2023 (arXiv v1, the applications section; reference notes §10, [S]):
a basic calculator, Newton's matrix inversion, power iteration and in-context SGD for linear regression,
each with the same algorithm computed directly (numpy and mpmath) for comparison.

Each program is a :class:`FleqProgram`: a machine shape (cell side ``k``,
cells, function table), the instruction list, the initial memory (exact
rationals) and ``direct()``, the algorithm written out in mpmath (no
transformer) whose final cells the machine's are compared with.  Loop
control follows one pattern: a test ``junk ← zero − zero; goto END if cnt ≤ 0``
at the top, the body, then ``cnt ← cnt − one; goto TOP`` (flag ``zero``: an
unconditional jump).  ``END`` jumps to itself: the machine halts there.
A flag cell ``one`` (value 1 > 0) means "fall through".

Sizes (``iterations``) are parameters: the CI profile runs fewer iterations.
All values stay inside the boxes on which the blocks' errors are certified
(entries of the product's arguments within ±2; the sigmoid sums' inputs
inside their intervals), which :mod:`proofs.giannou2023.fleq_tasks` checks.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Callable

import mpmath

from .fleq_isa import FleqFunction, FleqInstruction, FleqShape

__all__ = ["FleqProgram", "VALUE_BOX", "calculator", "newton_inverse", "power_iteration", "sgd_regression",
           "PROGRAMS"]

F = Fraction

#: Largest |entry| a program's cells may hold.  The machine's error bounds are
#: stated on this box, so the loop counter (a cell like any other) caps the
#: number of iterations at 4.
VALUE_BOX = F(4)


def _zero(k):
    return [[F(0)] * k for _ in range(k)]


def _scalar(v, k):
    m = _zero(k)
    m[0][0] = F(v)
    return m


def _column(vec, k):
    m = _zero(k)
    for r, v in enumerate(vec):
        m[r][0] = F(v)
    return m


def _mp(M):
    return [[mpmath.mpf(F(v).numerator) / F(v).denominator for v in row] for row in M]


@dataclass(frozen=True)
class FleqProgram:
    name: str
    description: str
    shape: FleqShape
    program: tuple[FleqInstruction, ...]
    memory: dict
    results: tuple[str, ...]
    direct: Callable[[], dict] = field(compare=False)
    #: data bounds (|A|, |B| entries) per product-block use, for its certified error
    product_box: tuple = (2, 2)
    halt: int = -1

    @property
    def halt_index(self) -> int:
        return self.halt if self.halt >= 0 else len(self.program) - 1

    def check_value_box(self) -> None:
        """Raise ``ValueError`` if an initial cell leaves ``VALUE_BOX``: such a program cannot run on the
        machine within its certified bounds (e.g. more than 4 iterations: the loop counter is a cell)."""
        for cell, matrix in self.memory.items():
            for row in matrix:
                for v in row:
                    if abs(v) > VALUE_BOX:
                        raise ValueError(f"{self.name}: initial {cell} = {v} leaves the value box |x| <= {VALUE_BOX} "
                                         f"on which the machine's bounds are stated")


def _halt(f: str, at: int) -> FleqInstruction:
    return FleqInstruction("zero", "zero", "junk", f, "zero", at)


def calculator() -> FleqProgram:
    """``t = √(x1 / ((x1 + x2 − x3)·x4))`` with add, sub, mul (the product block, 1 × 1), 1/x and √x (sums of
    16 sigmoids): the reported "basic calculator" (addition, subtraction, multiplication, division, square root)."""
    k = 1
    fns = (FleqFunction("add", "linear", (1, 1)), FleqFunction("sub", "linear", (1, -1)),
           FleqFunction("mul", "matmul"), FleqFunction("recip", "sigmoid", ("reciprocal", 16)),
           FleqFunction("sqrt", "sigmoid", ("sqrt", 16)))
    cells = ("x1", "x2", "x3", "x4", "s", "d", "p", "q", "r", "t", "one", "zero", "junk")
    prog = (
        FleqInstruction("x1", "x2", "s", "add", "one"),
        FleqInstruction("s", "x3", "d", "sub", "one"),
        FleqInstruction("d", "x4", "p", "mul", "one"),
        FleqInstruction("p", "zero", "q", "recip", "one"),
        FleqInstruction("x1", "q", "r", "mul", "one"),
        FleqInstruction("r", "zero", "t", "sqrt", "one"),
        _halt("add", 6),
    )
    values = {"x1": F(3, 2), "x2": F(1, 4), "x3": F(1, 2), "x4": F(5, 4)}
    memory = {c: _scalar(v, k) for c, v in values.items()}
    memory["one"] = _scalar(1, k)

    def direct():
        x1, x2, x3, x4 = (mpmath.mpf(v.numerator) / v.denominator for v in values.values())
        s = x1 + x2
        d = s - x3
        p = d * x4
        q = 1 / p
        r = x1 * q
        return {"s": [[s]], "d": [[d]], "p": [[p]], "q": [[q]], "r": [[r]], "t": [[mpmath.sqrt(r)]]}

    shape = FleqShape(k, cells, len(prog), fns)
    return FleqProgram("calculator", "t = sqrt(x1 / ((x1 + x2 - x3) * x4)) at x = (3/2, 1/4, 1/2, 5/4)", shape,
                       prog, memory, ("s", "d", "p", "q", "r", "t"), direct, (2, 2))


def _loop(body: list[FleqInstruction], f_zero: str) -> tuple[FleqInstruction, ...]:
    """TOP: test; body; cnt ← cnt − one, goto TOP; END: halt (indices computed here)."""
    end = len(body) + 2
    prog = [FleqInstruction("zero", "zero", "junk", f_zero, "cnt", end)]
    prog += body
    prog.append(FleqInstruction("cnt", "one", "cnt", f_zero, "zero", 0))
    prog.append(_halt(f_zero, end))
    return tuple(prog)


def newton_inverse(iterations: int = 3) -> FleqProgram:
    """Newton–Schulz inversion ``X ← X(2I − AX)`` of a 2 × 2 matrix from ``X0 = Aᵀ/(‖A‖₁‖A‖∞)``.

    ``AX = (Aᵀ)ᵀX`` with the stored ``Aᵀ``; ``X·U = (Xᵀ)ᵀU`` after a transpose."""
    k = 2
    fns = (FleqFunction("sub", "linear", (1, -1)), FleqFunction("mul", "matmul"), FleqFunction("tr", "transpose"))
    A = [[F(1), F(1, 2)], [F(1, 4), F(1)]]
    At = [[A[j][i] for j in range(k)] for i in range(k)]
    n1 = max(sum(abs(A[i][j]) for i in range(k)) for j in range(k))
    ninf = max(sum(abs(A[i][j]) for j in range(k)) for i in range(k))
    X0 = [[v / (n1 * ninf) for v in row] for row in At]
    body = [FleqInstruction("At", "X", "T", "mul", "one"),
            FleqInstruction("I2", "T", "U", "sub", "one"),
            FleqInstruction("X", "zero", "Xt", "tr", "one"),
            FleqInstruction("Xt", "U", "X", "mul", "one")]
    prog = _loop(body, "sub")
    cells = ("At", "X", "T", "U", "Xt", "I2", "cnt", "one", "zero", "junk")
    memory = {"At": At, "X": X0, "I2": [[F(2), F(0)], [F(0), F(2)]], "cnt": _scalar(iterations, k),
              "one": _scalar(1, k)}

    def direct():
        Am, X = mpmath.matrix(_mp(A)), mpmath.matrix(_mp(X0))
        I2 = 2 * mpmath.eye(k)
        for _ in range(iterations):
            T = Am * X
            X = X * (I2 - T)
        return {"X": [[X[i, j] for j in range(k)] for i in range(k)], "inverse": mpmath.inverse(Am)}

    shape = FleqShape(k, cells, len(prog), fns)
    return FleqProgram("newton", f"Newton-Schulz inversion of A = [[1, 1/2], [1/4, 1]], {iterations} iterations",
                       shape, prog, memory, ("X",), direct, (2, 2))


def power_iteration(iterations: int = 3, m: int = 16) -> FleqProgram:
    """``v ← Av/‖Av‖`` with ``‖·‖^{-1}`` from a sum of ``m`` sigmoids fitted to ``1/√s`` on [1/4, 4].

    ``w = (Aᵀ)ᵀv``; ``s = wᵀw``; ``r ≈ s^{-1/2}``; ``v = (wᵀ)ᵀ R = w·r``."""
    k = 2
    fns = (FleqFunction("sub", "linear", (1, -1)), FleqFunction("mul", "matmul"), FleqFunction("tr", "transpose"),
           FleqFunction("rsqrt", "sigmoid", ("rsqrt", m)))
    A = [[F(1), F(1, 2)], [F(1, 2), F(1)]]
    At = [[A[j][i] for j in range(k)] for i in range(k)]
    body = [FleqInstruction("At", "v", "w", "mul", "one"),
            FleqInstruction("w", "w", "s", "mul", "one"),
            FleqInstruction("s", "zero", "r", "rsqrt", "one"),
            FleqInstruction("w", "zero", "wt", "tr", "one"),
            FleqInstruction("wt", "r", "v", "mul", "one")]
    prog = _loop(body, "sub")
    cells = ("At", "v", "w", "s", "r", "wt", "cnt", "one", "zero", "junk")
    memory = {"At": At, "v": _column([1, 0], k), "cnt": _scalar(iterations, k), "one": _scalar(1, k)}

    def direct():
        Am = mpmath.matrix(_mp(A))
        v = mpmath.matrix([[1], [0]])
        s = None
        for _ in range(iterations):
            w = Am * v
            s = (w.T * w)[0, 0]
            v = w / mpmath.sqrt(s)
        return {"v": [[v[0, 0], 0], [v[1, 0], 0]], "s": [[s, 0], [0, 0]]}

    shape = FleqShape(k, cells, len(prog), fns)
    return FleqProgram("power", f"power iteration on A = [[1, 1/2], [1/2, 1]] from v = e1, {iterations} iterations, "
                       f"1/sqrt by {m} sigmoids", shape, prog, memory, ("v", "s"), direct, (2, 2))


def sgd_regression(epochs: int = 2, eta=F(1, 2)) -> FleqProgram:
    """In-context SGD for least squares ``w ← w − η(wᵀx_i − y_i)x_i`` over two points, ``epochs`` passes.

    ``p = x_iᵀw`` (product), ``p ← p − y_i``, ``g = (x_iᵀ)ᵀ p = x_i p`` (product with the stored ``x_iᵀ``),
    ``w ← w − ηg`` (the linear block's ``axpy``).  Two points keep the machine at n = 32 columns."""
    k = 2
    fns = (FleqFunction("sub", "linear", (1, -1)), FleqFunction("axpy", "linear", (1, -eta)),
           FleqFunction("mul", "matmul"))
    wstar = (F(1, 2), F(-1, 4))
    xs = [(F(1), F(1, 4)), (F(-1, 2), F(1))]
    ys = [wstar[0] * x[0] + wstar[1] * x[1] for x in xs]
    body = []
    for i in range(len(xs)):
        body += [FleqInstruction(f"x{i}", "w", "p", "mul", "one"),
                 FleqInstruction("p", f"y{i}", "p", "sub", "one"),
                 FleqInstruction(f"xt{i}", "p", "g", "mul", "one"),
                 FleqInstruction("w", "g", "w", "axpy", "one")]
    prog = _loop(body, "sub")
    cells = ("w", "p", "g", *(f"x{i}" for i in range(2)), *(f"xt{i}" for i in range(2)),
             *(f"y{i}" for i in range(2)), "cnt", "one", "zero", "junk")
    memory = {"w": _zero(k), "cnt": _scalar(epochs, k), "one": _scalar(1, k)}
    for i, (x, y) in enumerate(zip(xs, ys)):
        memory[f"x{i}"] = _column(x, k)
        memory[f"xt{i}"] = [[F(x[0]), F(x[1])], [F(0), F(0)]]
        memory[f"y{i}"] = _scalar(y, k)

    def direct():
        w = [mpmath.mpf(0), mpmath.mpf(0)]
        e = mpmath.mpf(eta.numerator) / eta.denominator
        for _ in range(epochs):
            for x, y in zip(xs, ys):
                xm = [mpmath.mpf(v.numerator) / v.denominator for v in x]
                r = w[0] * xm[0] + w[1] * xm[1] - mpmath.mpf(y.numerator) / y.denominator
                w = [w[0] - e * r * xm[0], w[1] - e * r * xm[1]]
        return {"w": [[w[0], 0], [w[1], 0]]}

    shape = FleqShape(k, cells, len(prog), fns)
    return FleqProgram("sgd", f"SGD for least squares, w* = (1/2, -1/4), points (1, 1/4) and (-1/2, 1), "
                       f"eta = {eta}, {epochs} epochs", shape, prog, memory, ("w",), direct, (2, 2))


#: name → builder taking the size parameter (iterations / epochs)
PROGRAMS = {"calculator": lambda size=None: calculator(),
            "newton": lambda size=3: newton_inverse(size),
            "power": lambda size=3: power_iteration(size),
            "sgd": lambda size=2: sgd_regression(size)}
