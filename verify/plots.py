"""Render the plots claims attach to their results as PNG files (matplotlib, Agg).

A claim's ``conclude`` function may put ``details["plots"]``: a list of plot
specifications, plain JSON so that they travel inside ``report.json``:

``{"kind": "line", "title": …, "xlabel": …, "ylabel": …, "logy": bool,
"x": [numbers], "series": {"name": [numbers or null]}}``
    one curve per series over the common ``x``; ``null`` leaves a gap;
``{"kind": "heatmap", "title": …, "xlabel": …, "ylabel": …,
"matrix": [[numbers]], "xlabels": [...], "ylabels": [...]}``
    ``matrix[i][j]`` is drawn at row ``i`` (y axis), column ``j`` (x axis);
    the tick labels are optional.

:func:`check_plot` says what is wrong with a specification without drawing
it; :func:`render_plot` draws one into a PNG file.  Figures are built on the
object API with an explicit Agg canvas (no pyplot state, safe in threads) and
saved without a timestamp or software tag, so the same data gives the same
bytes.
"""
from __future__ import annotations

import json
import math
import shutil
from numbers import Real
from pathlib import Path
from typing import Mapping

__all__ = ["PlotSpecError", "check_plot", "render_plot", "render_or_reuse", "KINDS"]

KINDS = ("line", "heatmap")

#: Show at most this many tick labels per heatmap axis (every k-th beyond it).
_MAX_TICKS = 40


class PlotSpecError(ValueError):
    """A plot specification that cannot be drawn."""


def _is_number(v) -> bool:
    return isinstance(v, Real) and not isinstance(v, bool)


def _numbers(values, what: str, allow_null: bool = False) -> None:
    if not isinstance(values, (list, tuple)) or not values:
        raise PlotSpecError(f"{what} must be a non-empty list of numbers")
    for v in values:
        if not (_is_number(v) or (allow_null and v is None)):
            raise PlotSpecError(f"{what} holds {v!r}, not a number")


def check_plot(spec: Mapping) -> None:
    """Raise :class:`PlotSpecError` naming the first problem of ``spec``; return if it can be drawn."""
    if not isinstance(spec, Mapping):
        raise PlotSpecError(f"a plot must be an object, not {type(spec).__name__}")
    if not isinstance(spec.get("title"), str) or not spec["title"].strip():
        raise PlotSpecError("a plot needs a non-empty title")
    kind = spec.get("kind")
    if kind not in KINDS:
        raise PlotSpecError(f"plot kind {kind!r} is not one of {', '.join(KINDS)}")
    if kind == "line":
        _numbers(spec.get("x"), "x")
        series = spec.get("series")
        if not isinstance(series, Mapping) or not series:
            raise PlotSpecError("a line plot needs at least one series")
        for name, ys in series.items():
            _numbers(ys, f"series {name!r}", allow_null=True)
            if len(ys) != len(spec["x"]):
                raise PlotSpecError(f"series {name!r} has {len(ys)} values for {len(spec['x'])} x values")
        if spec.get("logy") and any(y is not None and y <= 0 for ys in series.values() for y in ys):
            raise PlotSpecError("a logarithmic y axis needs positive values")
    else:
        matrix = spec.get("matrix")
        if not isinstance(matrix, (list, tuple)) or not matrix:
            raise PlotSpecError("a heatmap needs a non-empty matrix")
        width = len(matrix[0]) if isinstance(matrix[0], (list, tuple)) else 0
        for i, row in enumerate(matrix):
            _numbers(row, f"matrix row {i}")
            if len(row) != width:
                raise PlotSpecError(f"matrix row {i} has {len(row)} entries, row 0 has {width}")
        for axis, size in (("xlabels", width), ("ylabels", len(matrix))):
            labels = spec.get(axis)
            if labels is not None and len(labels) != size:
                raise PlotSpecError(f"{axis} has {len(labels)} labels for {size} entries")


def _ticks(ax_set_ticks, ax_set_labels, labels, rotate: bool) -> None:
    step = max(1, math.ceil(len(labels) / _MAX_TICKS))
    positions = list(range(0, len(labels), step))
    ax_set_ticks(positions)
    ax_set_labels([str(labels[i]) for i in positions], fontsize=6, rotation=90 if rotate else 0)


def _draw_line(fig, spec: Mapping) -> None:
    ax = fig.add_subplot()
    for name, ys in spec["series"].items():
        ax.plot(spec["x"], [math.nan if y is None else y for y in ys], marker="o", markersize=3, label=str(name))
    if spec.get("logy"):
        ax.set_yscale("log")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)


def _draw_heatmap(fig, spec: Mapping) -> None:
    ax = fig.add_subplot()
    image = ax.imshow(spec["matrix"], aspect="auto", interpolation="nearest", cmap="viridis")
    fig.colorbar(image, ax=ax)
    if spec.get("xlabels") is not None:
        _ticks(ax.set_xticks, ax.set_xticklabels, spec["xlabels"], rotate=True)
    if spec.get("ylabels") is not None:
        _ticks(ax.set_yticks, ax.set_yticklabels, spec["ylabels"], rotate=False)


def render_plot(spec: Mapping, path: Path | str) -> None:
    """Draw ``spec`` (see the module docstring) into the PNG file ``path``."""
    check_plot(spec)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.4, 4.8) if spec["kind"] == "line" else (6.4, 5.6), layout="constrained")
    FigureCanvasAgg(fig)
    (_draw_line if spec["kind"] == "line" else _draw_heatmap)(fig, spec)
    ax = fig.axes[0]
    ax.set_title(spec["title"], fontsize=9)
    ax.set_xlabel(spec.get("xlabel", ""))
    ax.set_ylabel(spec.get("ylabel", ""))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", dpi=100, metadata={"Software": None})


def render_or_reuse(spec: Mapping, path: Path | str, previous: tuple[Mapping, Path] | None) -> bool:
    """Draw ``spec`` into ``path``, or copy the file an earlier report drew from the same specification.

    ``previous`` is ``(spec, file)`` of the plot an earlier report kept under the
    same name, or ``None``.  The file is reused only when that specification is
    equal, value for value, and the file still exists: drawing is
    deterministic, so the bytes would be the same.  Returns whether it was reused.
    """
    check_plot(spec)
    path = Path(path)
    if previous is not None:
        old_spec, old_file = previous
        if Path(old_file).is_file() and json.dumps(old_spec, sort_keys=True) == json.dumps(spec, sort_keys=True):
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(old_file, path)
            return True
    render_plot(spec, path)
    return False
