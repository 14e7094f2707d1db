"""A machine's float run, certified loop by loop next to its exact run (any :class:`~verify.machine.Machine`).

:func:`certify_run` starts from ``machine.encode(shape, state)`` — exact, and
exactly representable in the float format — and carries three runs side by
side until the reference reaches a fixed point (that loop included, so that
the fixed point is checked too), or ``max_loops``:

* the exact (tie-averaging hardmax) run in rational arithmetic, decoded at
  tolerance 0 after every loop and compared with ``machine.step`` — checked,
  not assumed: a disagreement stops the run (``diverged``);
* the enclosure of every value the float machine can compute
  (:class:`~verify.float_enclosure.FloatEnclosure`), with a rigorous bound on
  its distance to the exact run after every loop, over every row (``end``),
  and, where ``watch = (layer index, rows)`` names an inner layer, there too;
* the float machine's own run (numpy, in its own summation order), whose
  distances are reported beside the bounds (``witnessed_*``) and which must
  lie inside the balls at every layer (``outside`` ≤ 0; a positive value means
  the enclosure is unsound).

What the distances imply is the caller's argument: for a machine whose
encodings lie on a grid and whose decoder snaps every entry within a
tolerance onto it, a float state within ``end`` < tolerance ≤ half the grid
spacing of an exact state decodes to what the exact state decodes to.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from .balls import U, Balls, up
from .float_enclosure import FloatEnclosure
from .forward import Evaluator
from .machine import DecodeError
from .semantics import Exact

__all__ = ["RunCertificate", "certify_run", "deviation"]


@dataclass
class RunCertificate:
    """What :func:`certify_run` established (distances are rigorous upper bounds, ``witnessed_*`` measured)."""

    loops: int = 0
    fixed_point: bool = False  # the run reached the reference's fixed point (and checked that loop)
    end: float = 0.0  # every loop's end, every row
    watched: float = 0.0  # at the watched layer, the watched rows
    witnessed_end: float = 0.0
    witnessed_watched: float = 0.0
    outside: float = 0.0  # the float run's largest excess over the balls (≤ 0: inside)
    diverged: str = ""  # the exact run left the reference: where and how
    stopped: str = ""  # why the enclosure stopped early (balls too wide, or the limit reached)
    seconds: float = 0.0
    per_loop: list = field(default_factory=list)  # (end, watched) per loop


def deviation(X: Balls, exact, rows) -> float:
    """A rigorous upper bound on ``max |x − e|`` over ``rows`` for ``x`` in ``X`` and the exact array ``e``."""
    num = np.asarray(exact.num, dtype=np.float64)
    e = num / float(exact.den)  # within 3u relative of the exact value (both conversions and the division)
    gap = up(np.abs(X.mid[rows] - e[rows]) + X.rad[rows] + 4 * U * np.abs(e[rows]), 4)
    return float(gap.max())


def certify_run(enclosure: FloatEnclosure, machine, shape, state, max_loops: int = 5000, watch=None,
                limit: float | None = None, progress=None) -> RunCertificate:
    """Certify the float run of ``machine`` from ``state`` (see the module docstring).

    ``enclosure`` is built on the machine's network; ``limit`` stops the run once
    the distance at a loop's end reaches it (nothing more can be concluded);
    ``progress(loop, end)`` is called after every loop.
    """
    network = enclosure.network
    rows = list(range(network.layout.d))
    exact, floats = Evaluator(network, Exact()), enclosure.evaluator
    X0 = machine.encode(shape, state)
    Y, F = exact.input(X0), floats.input(X0)
    X = Balls.exact(np.asarray(F, dtype=np.float64)).finite()
    if not np.array_equal(X.mid, Y.to_float()):
        raise ValueError("the encoded state is not exactly representable in the machine's format")
    out, start, ref = RunCertificate(), time.perf_counter(), state
    while out.loops < max_loops:
        watched = 0.0
        for i in range(len(network.layers)):
            try:
                X = enclosure.layer(i, X)
            except ValueError as err:  # the balls grew beyond what the bounds cover
                out.stopped = f"loop {out.loops + 1}, layer {i + 1}: {err}"
                out.seconds = round(time.perf_counter() - start, 1)
                return out
            Y, F = exact.layer(i, Y), floats.layer(i, F)
            Ff = np.asarray(F, dtype=np.float64)
            out.outside = max(out.outside, float((np.abs(Ff - X.mid) - X.rad).max()))
            if watch is not None and i == watch[0]:
                watched = deviation(X, Y, watch[1])
                out.watched = max(out.watched, watched)
                out.witnessed_watched = max(out.witnessed_watched,
                                            float(np.abs(Ff - Y.to_float())[watch[1]].max()))
        nxt = machine.step(ref)
        out.loops += 1
        try:
            decoded = machine.decode(shape, Y, 0)
        except DecodeError as err:
            out.diverged = f"the exact run does not decode after loop {out.loops}: {err}"
            break
        if decoded != nxt:
            out.diverged = f"the exact run leaves the reference after loop {out.loops}"
            break
        end = deviation(X, Y, rows)
        out.end = max(out.end, end)
        out.witnessed_end = max(out.witnessed_end, float(np.abs(np.asarray(F, dtype=np.float64)
                                                                - Y.to_float()).max()))
        out.per_loop.append((end, watched))
        if progress is not None:
            progress(out.loops, end)
        if nxt == ref:
            out.fixed_point = True
            break
        ref = nxt
        if limit is not None and out.end >= limit:
            out.stopped = f"after loop {out.loops} the certified distance {out.end:.3g} reached {limit:.3g}"
            break
    out.seconds = round(time.perf_counter() - start, 1)
    return out
