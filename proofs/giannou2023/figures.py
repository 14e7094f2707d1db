"""Figures for the reports: where each attention head of the SUBLEQ loop looks.

:func:`attention_heatmaps` runs one loop of a shipped program on the float64
softmax machine and returns one heatmap plot specification (see
:mod:`verify.plots`) per attention head: the ``n × n`` attention weights,
key columns down, query columns across, each column summing to 1.  Column
labels name the scratchpad, the program's memory cells and its instructions.
"""
from __future__ import annotations

from fractions import Fraction

from verify.claims import Outcome, Status
from verify.evidence import produces

from constructions.giannou2023 import encode
from constructions.giannou2023.execute import machine
from constructions.giannou2023.program import Program, resolve_program
from verify.forward import Evaluator, LayerTrace
from verify.semantics import Float

__all__ = ["attention_heatmaps", "attention_figure", "column_labels"]

#: Significant digits kept of each attention weight (the plots need no more; report.json stays small).
_DIGITS = 4


def column_labels(program: Program, layout) -> list[str]:
    """A short label per column: ``scratch[k]``, the memory cell's name, or ``ins k``."""
    labels = []
    for region in layout.regions:
        for k in range(region.size):
            if region.name == "memory" and k < len(program.cells):
                labels.append(program.cells[k])
            elif region.name == "commands":
                labels.append(f"ins {k}")
            else:
                labels.append(f"{region.name}[{k}]")
    return labels


def attention_heatmaps(program: str = "multiply", lam=10, after: int = 0) -> list[dict]:
    """Heatmaps of every head's attention in loop ``after + 1`` of ``program`` at temperature ``lam``."""
    prog = resolve_program(program)
    network = machine(prog)
    ev = Evaluator(network, Float(Fraction(lam)))
    X = ev.run(ev.input(encode(prog.shape, prog.initial)), after)
    traces: list[LayerTrace] = []
    ev.loop(X, traces)
    labels = column_labels(prog, network.layout)
    plots = []
    for index, trace in enumerate(traces, start=1):
        for head, weights in trace.attention.items():
            plots.append({
                "kind": "heatmap",
                "title": f"Layer {index} ({trace.layer}), head {head}: attention in loop {after + 1} "
                         f"of {prog.name}, float64, λ = {lam}",
                "xlabel": "query column (the token that reads)",
                "ylabel": "key column (attended to)",
                "matrix": [[float(f"{v:.{_DIGITS}g}") for v in row] for row in weights.tolist()],
                "xlabels": labels,
                "ylabels": labels,
            })
    return plots


@produces("illustration")
def attention_figure(program: str = "multiply", lam: str = "10") -> Outcome:
    """An obligation task: the heatmaps of :func:`attention_heatmaps`, so that reports cache them."""
    plots = attention_heatmaps(program, lam=Fraction(lam))
    return Outcome(Status.SAMPLED_OK, f"attention weights of every head in one loop of {program} at lambda = {lam}",
                   {"plots": plots})
