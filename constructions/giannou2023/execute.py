"""Run a SUBLEQ program on the looped transformer and on the reference, side by side.

Each loop of the network is decoded and compared with one step of
:mod:`.isa`.  At the first disagreement the failing loop is replayed layer by
layer next to the exact (tie-averaging hardmax) machine, so the report names
the loop, the layer, the row block and cell, and the expected and actual
values.  When the exact machine itself is the one being run, the expected
value of each layer comes from the block contracts in :mod:`.contracts`.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Callable

import numpy as np

from verify.forward import Evaluator
from verify.machine import first_layer_difference
from verify.rational import RatArray
from verify.semantics import Exact, Semantics

from .encoding import DecodeError, decode, encode
from .isa import State, step
from .program import Program
from .subleq import DEFAULTS

__all__ = ["Divergence", "RunResult", "run_program", "machine", "cell_divergence"]


@dataclass(frozen=True)
class Divergence:
    """Where the network first disagreed with the reference."""

    loop: int
    #: what differs: a decoded field ("memory T", "pc"); "cell" when the output does not decode and a cell is
    #: off the encoded reference (a real divergence); "decode" when it does not decode although every cell is
    #: within tolerance of the encoded reference (an encoding/decoding bug, not a divergence)
    field: str
    expected: str
    actual: str
    layer: str | None = None
    cell: str | None = None  # "row S_b[3], scratch[0] (column 0)"
    layer_expected: str | None = None
    layer_actual: str | None = None
    note: str = ""
    deviations: tuple[tuple[str, float], ...] = ()  # per layer: max |actual − expected| in the failing loop


@dataclass
class RunResult:
    program: Program
    semantics: str
    loops: int
    halted: bool
    final: State | None
    reference: State
    divergence: Divergence | None
    max_deviation: float
    seconds: float
    params: dict = field(default_factory=dict)

    @property
    def agrees(self) -> bool:
        return self.divergence is None


def machine(program: Program, C=None, eps=None, variant: str = "correct"):
    """The bound network for ``program``'s shape (defaults: C = 100, ε = 1/4).

    ``variant`` names a deliberately broken network from :mod:`.variants`.
    """
    from .variants import variant_network

    C = DEFAULTS["C"] if C is None else C
    eps = DEFAULTS["eps"] if eps is None else eps
    return variant_network(program.shape, variant).bind(C=C, eps=eps)


def _describe_state_field(program: Program, expected: State, actual: State) -> tuple[str, str, str]:
    for i, (e, a) in enumerate(zip(expected.memory, actual.memory)):
        if e != a:
            return f"memory {program.cells[i]}", str(e), str(a)
    return "pc", _pc_name(program, expected.pc), _pc_name(program, actual.pc)


def _pc_name(program: Program, pc: int) -> str:
    if pc == len(program.initial.program):
        return f"{pc} (past the last instruction)"
    labels = [name for name, idx in program.labels if idx == pc]
    return f"{pc}" + (f" ({labels[0]})" if labels else "")


def cell_divergence(layout, semantics: Semantics, Y, want: np.ndarray, tol) -> tuple | None:
    """The first cell where ``Y`` is farther than ``tol`` from the exact matrix ``want`` (exactly for exact semantics).

    Returns ``(row, col, description, expected, actual)`` or None.
    """
    actual = semantics.to_float(Y)
    diff = np.abs(actual - np.asarray(want, dtype=float))
    diff[np.isnan(diff)] = np.inf
    if isinstance(Y, RatArray):  # exact: compare every cell exactly (float differences only order the search)
        cells = [tuple(int(v) for v in rc) for rc in np.argwhere(diff > 0)] or list(np.ndindex(*want.shape))
        for r, c in cells:
            got, exp = Y.item(r, c), Fraction(int(want[r, c]))
            if abs(got - exp) > Fraction(tol):
                return r, c, f"row {layout.describe_row(r)}, {layout.describe_col(c)}", str(exp), str(got)
        return None
    bad = np.argwhere(diff > float(tol))
    if not bad.size:
        return None
    r, c = (int(v) for v in bad[0])
    return r, c, f"row {layout.describe_row(r)}, {layout.describe_col(c)}", str(want[r, c]), f"{actual[r, c]:.6g}"


def run_program(
    program: Program,
    semantics: Semantics,
    max_steps: int = 1000,
    C=None,
    eps=None,
    tol=None,
    progress: Callable[[int, State], None] | None = None,
    variant: str = "correct",
) -> RunResult:
    """Run ``program`` for up to ``max_steps`` loops next to the reference.

    ``tol`` is how far an entry may sit from {−1, 0, 1} and still be read as
    that value; by default ε for inexact semantics (what error correction
    snaps back) and 0 for exact semantics.
    """
    network = machine(program, C, eps, variant)
    eps_value = dict(network.values)["eps"]
    if tol is None:
        tol = 0 if isinstance(semantics, Exact) else float(eps_value)
    ev = Evaluator(network, semantics)
    shape = program.shape
    start = time.perf_counter()
    ref = program.initial
    X = ev.input(encode(shape, ref))
    max_dev, loops, actual, divergence = 0.0, 0, ref, None
    halted = ref.is_halted()
    extra = 1  # after the reference halts, one more loop checks that EOF is a fixed point
    while loops < max_steps:
        if halted:
            if extra == 0:
                break
            extra -= 1
        X_prev, ref_prev = X, ref
        X = ev.loop(X)
        ref = step(ref)
        loops += 1
        try:
            dec = decode(shape, X, tol)
        except DecodeError as err:
            # the output is no encoded state: a divergence only if a cell is off the encoded reference
            want = encode(shape, ref, ref_prev.program[ref_prev.pc])
            off = cell_divergence(network.layout, semantics, X, want, tol)
            if off is not None:
                divergence = Divergence(loops, "cell", f"{off[2]} = {off[3]} (encoded reference)", off[4])
            else:
                divergence = Divergence(loops, "decode", "a decodable state (every cell is within tolerance "
                                        "of the encoded reference)", str(err))
        else:
            max_dev = max(max_dev, dec.max_deviation)
            actual = dec.state
            if actual != ref:
                f, e, a = _describe_state_field(program, ref, actual)
                divergence = Divergence(loops, f, e, a)
        if divergence is not None:
            divergence = _locate(network, semantics, program, X_prev, ref_prev, divergence, float(tol))
            actual = None if divergence.field in ("decode", "cell") else actual
            break
        halted = ref.is_halted()
        if progress:
            progress(loops, ref)
    return RunResult(
        program,
        semantics.describe(),
        loops,
        halted and divergence is None,
        actual,
        ref,
        divergence,
        max_dev,
        time.perf_counter() - start,
        {k: str(v) for k, v in network.values},
    )


def _locate(network, semantics, program, X_prev, ref_prev: State, div: Divergence, tol: float) -> Divergence:
    """Add the first offending layer and cell to ``div``."""
    shape = program.shape
    try:
        current = decode(shape, X_prev, tol).current
    except DecodeError:  # pragma: no cover - the previous loop decoded fine
        current = None
    exact_prev = RatArray(encode(shape, ref_prev, current), 1)
    expected_layers = None
    note = ""
    if isinstance(semantics, Exact):
        from .contracts import expected_layer_outputs

        expected_layers = expected_layer_outputs(network.layout, encode(shape, ref_prev, current))
        note = "expected per-layer values come from the block contracts"
    found, deviations = first_layer_difference(
        network, semantics, X_prev, exact_prev, max(tol, 1e-12), expected_layers
    )
    if found is None:
        return Divergence(div.loop, div.field, div.expected, div.actual, note=note, deviations=deviations)
    layer, cell, want, got = found
    return Divergence(div.loop, div.field, div.expected, div.actual, layer, cell, want, got, note, deviations)
