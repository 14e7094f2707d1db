"""The ``relu-mlp`` machine on the command line: run a SUBLEQ program beside the reference, or prove a size."""
from __future__ import annotations

from constructions.giannou2023.program import ProgramError, resolve_program
from constructions.liang2025.execute import SEMANTICS, ReluRun, run_program
from proofs.giannou2023.subleq_cli import headline, memory_table  # the same SUBLEQ programs, the same report
from verify.errors import EXIT_FAIL, EXIT_OK, EXIT_UNKNOWN, UsageError

__all__ = ["run", "prove", "format_result"]


def run(args) -> int:
    try:
        program = resolve_program(args.program)
    except ProgramError as err:
        raise UsageError(str(err)) from None
    if args.semantics not in SEMANTICS:
        raise UsageError(f"the relu-mlp machine runs under {', '.join(SEMANTICS)}, not {args.semantics}")
    if args.lam is not None:
        raise UsageError("--lam: the relu-mlp machine has no softmax (no temperature)")
    result = run_program(program, args.semantics, args.max_steps, args.encoding, args.budget)
    print(format_result(result, quiet=args.quiet))
    return EXIT_OK if result.agrees and result.halted else EXIT_FAIL


def format_result(r: ReluRun, quiet: bool = False) -> str:
    p = r.program
    head = headline(r)
    if quiet:
        return head
    lines = [f"program    {p.name}", f"machine    relu-mlp, {p.shape}; encoding {r.encoding}, budget {r.budget}",
             f"semantics  {r.semantics}",
             f"time       {r.seconds:.2f} s ({r.loops / max(r.seconds, 1e-9):.0f} loops/s)", "", head]
    d = r.divergence
    if d is not None:
        lines.append(f"  decoded    {d.field}: reference {d.expected}, network {d.actual}")
        if d.layer:
            lines.append(f"  first unit off its spec: {d.layer}")
    lines += ["", *memory_table(p, r.reference, r.final)]
    return "\n".join(lines)


def prove(args) -> int:
    from .proving import prove

    try:
        shape = [int(v) for v in args.shape.split(",")]
        outcome = prove(shape, args.encoding, args.budget)
    except ValueError as err:
        raise UsageError(f"--shape {args.shape}: {err}") from None
    print(f"{outcome.status.value}: {outcome.summary}")
    cex = outcome.data.get("counterexample")
    if cex:
        print(f"  counterexample: {cex}")
    return {"PROVED": EXIT_OK, "REFUTED": EXIT_FAIL}.get(outcome.status.value, EXIT_UNKNOWN)
