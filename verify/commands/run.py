"""``python -m verify run PROGRAM``: a SUBLEQ program on the network and on the reference."""
from __future__ import annotations

import sys
import time

from constructions.giannou2023 import LAYER_NAMES
from constructions.giannou2023.contracts import CONTRACT_TEXT
from constructions.giannou2023.execute import RunResult, run_program
from constructions.giannou2023.program import ProgramError, resolve_program
from constructions.giannou2023.temperature import default_lambda

from ..errors import EXIT_FAIL, EXIT_OK, UsageError
from ..semantics import semantics_from_name

__all__ = ["run_command", "format_result"]


class _Progress:
    """``loop k / K`` on a terminal's stderr, at most five times a second; silent otherwise."""

    def __init__(self, total: int):
        self.total, self.last, self.tty = total, 0.0, sys.stderr.isatty()

    def __call__(self, loop: int, _state) -> None:
        now = time.monotonic()
        if self.tty and now - self.last > 0.2:
            self.last = now
            print(f"\r  loop {loop}/{self.total} …", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.tty and self.last:
            print("\r" + " " * 40 + "\r", end="", file=sys.stderr, flush=True)


def run_command(args) -> int:
    try:
        program = resolve_program(args.program)
    except ProgramError as err:
        raise UsageError(str(err)) from None
    if args.lam is not None:
        lam, lam_note = args.lam, "given"
    else:
        lam = default_lambda(program.shape)
        lam_note = "default: certified for this machine (python -m verify all --only giannou2023.temperature)"
    try:
        semantics = semantics_from_name(args.semantics, lam=lam, digits=args.digits)
        progress = _Progress(args.max_steps)
        result = run_program(program, semantics, args.max_steps, C=args.C, eps=args.eps, progress=progress)
        progress.done()
    except (ValueError, TypeError) as err:
        raise UsageError(str(err)) from None
    if not args.quiet and not args.semantics.startswith("exact"):
        print(f"lambda     {lam} ({lam_note})")
    print(format_result(result, quiet=args.quiet))
    return EXIT_OK if result.agrees and result.halted else EXIT_FAIL


def format_result(r: RunResult, quiet: bool = False) -> str:
    p = r.program
    if r.divergence is not None:
        head = f"DIVERGED at loop {r.divergence.loop} of {p.name}"
    elif r.halted:
        head = f"OK: {p.name} halted after {r.loops} loops; the network agreed with the reference on every loop"
    else:
        head = f"NOT HALTED: {p.name} ran {r.loops} loops (--max-steps) and agreed with the reference so far"
    if quiet:
        return head
    params = ", ".join(f"{k} = {v}" for k, v in r.params.items())
    lines = [
        f"program    {p.name}",
        f"machine    {p.shape}  ({len(LAYER_NAMES)} layers per loop)",
        f"semantics  {r.semantics}; {params}",
        f"time       {r.seconds:.2f} s ({r.loops / max(r.seconds, 1e-9):.0f} loops/s)",
        "",
        head,
    ]
    if r.divergence is None:
        lines.append(f"  largest distance of any entry from -1, 0, 1 after a loop: {r.max_deviation:.2g}")
    d = r.divergence
    if d is not None:
        lines.append(f"  decoded    {d.field}: reference {d.expected}, network {d.actual}")
        if d.layer:
            k = LAYER_NAMES.index(d.layer) + 1
            lines.append(f"  layer      {k} of {len(LAYER_NAMES)} ({d.layer}) is the first to go wrong")
            lines.append(f"  cell       {d.cell}: expected {d.layer_expected}, got {d.layer_actual}")
            lines.append(f"  contract   {CONTRACT_TEXT[d.layer]}")
        if d.note:
            lines.append(f"  note       {d.note}")
        if d.deviations and not d.note:
            lines.append("  largest |network - exact machine| after each layer of that loop:")
            lines += [f"    {k:>2} {name:<17} {dev:.3g}" for k, (name, dev) in enumerate(d.deviations, 1)]
    shown = r.final if r.final is not None else None
    lines += ["", f"  {'cell':<10} {'reference':>10} {'network':>10}"]
    for i, name in p.user_cells:
        ref = r.reference.memory[i]
        net = "?" if shown is None else shown.memory[i]
        mark = "" if shown is None or net == ref else "   <- differs"
        lines.append(f"  {name:<10} {ref:>10} {net!s:>10}{mark}")
    for name, want in p.expect:
        if not r.reference.is_halted():
            lines.append(f"  expect {name} = {want}: not checked, the reference has not halted")
            continue
        got = r.reference.memory[p.cell(name)]
        verdict = "ok" if got == want else "the program does not compute what it expects"
        lines.append(f"  expect {name} = {want}: reference {got}, {verdict}")
    return "\n".join(lines)
