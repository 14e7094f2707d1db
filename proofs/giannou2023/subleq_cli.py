"""The SUBLEQ machine on the command line: ``verify run PROGRAM.sbq`` and ``verify prove --shape s,m,n,N``.

:func:`run` executes a program on the looped transformer next to the
reference interpreter and prints the first divergence layer by layer;
:func:`prove` proves the ten block contracts (and their chain) with z3 at one
size and prints any counterexample as a table.  :func:`options` adds the
machine's own options; the plug-in (:mod:`proofs.giannou2023.plugin`) hands
all three to the engine's ``run``/``prove`` commands.
"""
from __future__ import annotations

import argparse
import sys
import time
from fractions import Fraction

from constructions.giannou2023 import LAYER_NAMES, SubleqShape
from constructions.giannou2023.contracts import CONTRACT_TEXT
from constructions.giannou2023.execute import RunResult, run_program
from constructions.giannou2023.program import ProgramError, resolve_program, shipped_programs
from constructions.giannou2023.temperature import default_lambda
from constructions.giannou2023.variants import VARIANTS
from verify.cli import number, number_text, positive_number
from verify.commands.run import LoopProgress
from verify.errors import EXIT_FAIL, EXIT_OK, EXIT_UNKNOWN, UsageError
from verify.semantics import semantics_from_name

__all__ = ["options", "run", "prove", "format_result", "programs", "headline", "memory_table"]


def headline(r) -> str:
    """The run's verdict line (any machine's run result: program, loops, halted, divergence)."""
    name = r.program.name
    if r.divergence is not None:
        return f"DIVERGED at loop {r.divergence.loop} of {name}"
    if r.halted:
        return f"OK: {name} halted after {r.loops} loops; the network agreed with the reference on every loop"
    return f"NOT HALTED: {name} ran {r.loops} loops (--max-steps) and agreed with the reference so far"


def memory_table(program, reference, final) -> list[str]:
    """The program's named cells: the reference's value beside the network's (``final`` None: not decodable)."""
    lines = [f"  {'cell':<10} {'reference':>10} {'network':>10}"]
    for i, name in program.user_cells:
        ref = reference.memory[i]
        net = "?" if final is None else final.memory[i]
        mark = "" if final is None or net == ref else "   <- differs"
        lines.append(f"  {name:<10} {ref:>10} {net!s:>10}{mark}")
    return lines


def programs() -> list[str]:
    """The names ``verify run NAME`` accepts without a file."""
    return sorted(shipped_programs())


def _layer_name(text: str) -> str:
    if text not in LAYER_NAMES:
        raise argparse.ArgumentTypeError(f"unknown layer {text!r} (layers: {', '.join(LAYER_NAMES)})")
    return text


def options(command: str, group) -> None:
    if command == "run":
        group.add_argument("--C", dest="C", type=positive_number, default=None, help="gating constant C (default 100)")
        group.add_argument("--eps", type=number, default=None, help="error-correction ε (default 1/4)")
    else:
        group.add_argument("--variant", default="correct", help="a deliberately broken network (see constructions/"
                                                                "giannou2023/variants.py), default correct")
        group.add_argument("--layer", type=_layer_name, default=None, help="only this layer (e.g. add)")
        group.add_argument("--C", type=number_text(low=Fraction(0)), default="100", help="gating constant (default 100)")
        group.add_argument("--eps", type=number_text(Fraction(0), Fraction(1, 2)), default="1/4",
                           help="error-correction radius, 0 < eps < 1/2 (default 1/4)")
        group.add_argument("--one-hot", action="store_true", help="one-hot argmax instead of tie-averaging hardmax")


def run(args) -> int:
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
        progress = LoopProgress(args.max_steps)
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
    head = headline(r)
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
    lines += ["", *memory_table(p, r.reference, shown)]
    for name, want in p.expect:
        if not r.reference.is_halted():
            lines.append(f"  expect {name} = {want}: not checked, the reference has not halted")
            continue
        got = r.reference.memory[p.cell(name)]
        verdict = "ok" if got == want else "the program does not compute what it expects"
        lines.append(f"  expect {name} = {want}: reference {got}, {verdict}")
    return "\n".join(lines)


def _shape(text: str) -> SubleqShape:
    try:
        return SubleqShape(*(int(v) for v in text.split(",")))
    except (TypeError, ValueError) as err:
        raise UsageError(f"--shape must be s,m,n,N with n a power of two (got {text!r}): {err}") from None


def prove(args) -> int:
    from .proving import prove_chain, prove_layer

    shape = _shape(args.shape)
    if args.variant not in ("correct", *VARIANTS):
        raise UsageError(f"unknown variant {args.variant!r}; known: correct, {', '.join(VARIANTS)}")
    if args.layer is not None and args.layer not in LAYER_NAMES:
        raise UsageError(f"unknown layer {args.layer!r}; layers: {', '.join(LAYER_NAMES)}")
    layers = range(10) if args.layer is None else [LAYER_NAMES.index(args.layer)]
    print(f"proving the SUBLEQ loop at {shape}, C = {args.C}, eps = {args.eps}, variant {args.variant}"
          + (", one-hot argmax" if args.one_hot else ""))
    worst, start = "PROVED", time.perf_counter()
    for i in layers:
        o = prove_layer([shape.s, shape.m, shape.n, shape.N], i, variant=args.variant, C=args.C, eps=args.eps,
                        one_hot=args.one_hot, keep_smt2=False, stop_on_failure=True)
        print(f"  {i + 1:2d} {LAYER_NAMES[i]:<17} {o.status.value:<8} {o.data.get('seconds', 0):6.2f} s  "
              f"{o.data.get('solver_queries', 0):4d} z3 queries")
        if o.status.value != "PROVED":
            worst = o.status.value
            _print_counterexample(o)
            break
    else:
        if args.layer is None and args.variant == "correct":
            o = prove_chain([shape.s, shape.m, shape.n, shape.N])
            print(f"     {'chain':<17} {o.status.value:<8} {o.data['seconds']:6.2f} s  contracts 1-10 = one SUBLEQ step")
            worst = o.status.value
    print(f"{worst} in {time.perf_counter() - start:.1f} s")
    sys.stdout.flush()
    return {"PROVED": EXIT_OK, "REFUTED": EXIT_FAIL}.get(worst, EXIT_UNKNOWN)


def _print_counterexample(o) -> None:
    cex = o.data.get("counterexample")
    print(f"  {o.summary}")
    if not cex:
        return
    if not cex.get("reachable"):
        print(f"  {cex['note']}")
        return
    rows = [cex]
    if isinstance(cex.get("loop_level"), dict):
        rows.append(cex["loop_level"])
    print("  block            field                                       expected  actual  input")
    for r in rows:
        i = r["input"]
        print(f"  {r['layer']:<16} {r['cell']:<43} {r['expected']:>8}  {r['actual']:>6}  pc {i['pc']}: "
              f"{i['instruction at pc']}, mem[a] = {i['mem[a]']}, mem[b] = {i['mem[b]']}")
    last = rows[-1]
    print(f"  contract: {CONTRACT_TEXT.get(cex['layer'], '')}")
    print(f"  replay: exact: {last['replay']['exact']}")
    if "float64 (lambda = 10)" in last["replay"]:
        print(f"          float64: {last['replay']['float64 (lambda = 10)']}")
    print(f"  state (JSON): {last['state']}")
