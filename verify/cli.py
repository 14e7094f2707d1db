"""Command line: ``python -m verify {run,prove,all,list,export,import} …`` and the subcommands plug-ins add.

The papers are plug-ins (:mod:`verify.plugins`): ``list`` and ``all`` cover
every installed paper (``--paper NAME`` one of them), ``run`` and ``prove``
hand over to a paper's machine (``--machine NAME``; ``run`` picks the machine
from the program's format when there is no doubt), ``export`` builds a
paper's named construction.  The command line is parsed twice for ``run`` and
``prove``: once to find the machine, once more with the machine's own options.

Exit status: 0 success; 1 a run diverged or a claim missed its expected
outcome by being refuted; 2 bad input or usage; 3 unknown, timed-out or
only conditionally proved claims; 4 a claim errored, or a paper plug-in is
broken; 5 ``all --check`` found a regression.  Errors are one line on stderr,
never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from fractions import Fraction

from .errors import EXIT_ERROR, EXIT_USAGE, UsageError
from .export import FORMATS
from .plugins import MachineEntry, PluginError, Registry, installed_papers

__all__ = ["main", "build_parser", "number", "positive_number", "number_text", "int_in", "positive_int", "one_line"]

_BUILTIN = ("run", "all", "prove", "list", "export", "import")


def number(text: str) -> Fraction:
    """An exact number from the command line (``3``, ``1/4``, ``2.5``)."""
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def positive_number(text: str) -> Fraction:
    """A number > 0 that float64 can hold (λ is used in every float semantics): not 0, −1, nan, inf, 1e400."""
    value = number(text)
    try:
        representable = 0 < float(value) < float("inf")
    except OverflowError:
        representable = False
    if value <= 0 or not representable:
        raise argparse.ArgumentTypeError(f"{text!r} must be a positive finite number (float64 range)")
    return value


def number_text(low: Fraction | None = None, high: Fraction | None = None):
    """Checks that the text is a number in the open interval (low, high); keeps the text (the command parses it)."""
    def check(text: str) -> str:
        value = number(text)
        if (low is not None and value <= low) or (high is not None and value >= high):
            bounds = f"{low if low is not None else '-inf'} < value < {high if high is not None else 'inf'}"
            raise argparse.ArgumentTypeError(f"{text!r} is outside {bounds}")
        return text
    return check


def int_in(low: int, high: int | None = None):
    """An integer in ``[low, high]`` (``high`` None: no upper limit)."""
    def check(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not an integer") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"{text} must be at least {low}")
        if high is not None and value > high:
            raise argparse.ArgumentTypeError(f"{text} must be at most {high}")
        return value
    return check


positive_int = int_in(1)
#: mpmath at more digits than this takes minutes per loop (and 10^11 digits never returns)
MAX_DIGITS = 10_000


def one_line(text) -> str:
    """Messages quote user input, which may hold line breaks: keep the promise of one line."""
    return " ".join(str(text).splitlines())


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2
        self.exit(EXIT_USAGE, f"{self.prog}: error: {one_line(message)}\n")


def _machine_parser(sub, command: str, help: str, registry: Registry, machine: MachineEntry | None, probe: bool):
    """The ``run``/``prove`` parser; while probing (``probe``) it only has to find the machine."""
    machines = registry.machines()
    epilog = "machines: " + ("; ".join(f"{k} ({registry.provider(m)}): {m.doc}" for k, m in machines.items())
                             or "none installed")
    p = sub.add_parser(command, help=help, add_help=not probe, epilog=epilog)
    if probe:
        p.add_argument("-h", "--help", action="store_true")
    p.add_argument("--machine", default=None, help="the machine (default: the one the program's format names, "
                                                    "or the only one installed)")
    if machine is not None and machine.options is not None:
        machine.options(command, p.add_argument_group(f"options of the {machine.name} machine"))
    return p


def build_parser(registry: Registry | None = None, machine: MachineEntry | None = None,
                 probe: bool = False) -> argparse.ArgumentParser:
    """The parser; ``machine`` adds that machine's options to ``run``/``prove``."""
    registry = registry if registry is not None else installed_papers()
    p = _Parser(prog="python -m verify", description="MachineEntry-check hand-built transformer constructions.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = _machine_parser(sub, "run", "run a program on a paper's looped machine next to its reference",
                          registry, machine, probe)
    run.add_argument("program", nargs="?" if probe else None,
                     help="a program file (e.g. .sbq), or the name of a shipped program (e.g. factorial)")
    run.add_argument("--semantics", default="float64",
                     choices=["exact", "float64", "float32", "float16", "bfloat16", "mp", "exact-onehot"],
                     help="number system (default float64)")
    run.add_argument("--lam", type=positive_number, default=None,
                     help="softmax temperature λ (default: the certified λ for this machine)")
    run.add_argument("--max-steps", type=positive_int, default=1000, help="maximum loops (default 1000)")
    run.add_argument("--digits", type=int_in(1, MAX_DIGITS), default=50,
                     help=f"decimal digits for --semantics mp (1 to {MAX_DIGITS}, default 50)")
    run.add_argument("--quiet", action="store_true", help="print only the result line")

    al = sub.add_parser("all", help="check every installed paper's claims and write reports/")
    al.add_argument("--paper", default=None, help="only this paper's claims (see `python -m verify list`)")
    al.add_argument("--only", action="append", metavar="PATTERN",
                    help="claim id, dotted prefix or glob (repeatable)")
    al.add_argument("--profile", choices=["ci", "full"], default="ci",
                    help="ci: small sizes, minutes; full: the authors' sizes and beyond (default ci)")
    al.add_argument("--jobs", type=positive_int, default=None, help="worker processes (default: CPU count)")
    al.add_argument("--no-cache", action="store_true", help="recompute every obligation")
    al.add_argument("--cache-dir", default=".verify-cache", help="cache directory (default .verify-cache)")
    al.add_argument("--report-dir", default="reports", help="where to write the reports (default reports)")
    al.add_argument("--check", action="store_true", help="fail if anything got worse than the baseline")
    al.add_argument("--update-baseline", action="store_true",
                    help="record this run as the new baseline (needs --reason)")
    al.add_argument("--reason", default=None, metavar="TEXT", help="why the new baseline is right (recorded in it)")
    al.add_argument("--baseline", default=None, help="baseline file (default REPORT_DIR/baseline.json)")
    al.add_argument("--quiet", action="store_true", help="no progress line")
    al.add_argument("--recheck", action=argparse.BooleanOptionalAction, default=None,
                    help="re-run every z3 query of the PROVED obligations in cvc5 and compare the answers "
                         "(default: on in the full profile, off in ci)")
    al.add_argument("--recheck-timeout-ms", type=positive_int, default=60_000, metavar="MS",
                    help="cvc5's time limit per query (default 60000)")

    pv = _machine_parser(sub, "prove", "prove a paper's looped machine at one size, block by block",
                         registry, machine, probe)
    default_shape = machine.default_shape if machine is not None else None
    pv.add_argument("--shape", default=default_shape,
                    help=(f"{machine.shapes} " if machine is not None and machine.shapes else "")
                    + (f"(default {default_shape})" if default_shape else "the machine's size"))

    ls = sub.add_parser("list", help="list the installed papers' claims")
    ls.add_argument("--paper", default=None, help="only this paper's claims")
    ls.add_argument("--only", action="append", metavar="PATTERN", help="claim id, dotted prefix or glob")
    ls.add_argument("-v", "--verbose", action="store_true", help="also print the statement and method")

    ex = sub.add_parser("export", help="export a construction's weights (LaTeX, exact JSON, npz, PyTorch, layout)")
    ex.add_argument("construction", help="a registered construction (see `python -m verify list -v`), "
                                         "e.g. " + (next(iter(sorted(registry.constructions())), "paper.network")))
    ex.add_argument("--format", required=True, choices=FORMATS,
                    help="latex: symbolic matrices; json: exact rationals; npz: float64 arrays; "
                         "torch: a self-contained nn.Module file; layout: the row/column layout")
    ex.add_argument("--out", default=None, help="output file (default: standard output; npz needs a file)")
    ex.add_argument("--param", action="append", metavar="NAME=VALUE",
                    help="construction parameter, e.g. --param shape=2,3,8,3 --param C=100 (repeatable)")

    from .commands.import_ import add_import_parser

    add_import_parser(sub)

    for name, command in registry.commands().items():
        if name in _BUILTIN:
            raise PluginError(f"paper plug-in {registry.provider(command)} adds a subcommand "
                              f"{name!r}, which is a built-in one")
        command.arguments(sub.add_parser(name, help=command.help))
    return p


def _parse(argv: list[str], registry: Registry) -> tuple[argparse.Namespace, MachineEntry | None]:
    """Parse ``argv``; for ``run``/``prove`` find the machine first, then parse with its options."""
    probe, _ = build_parser(registry, probe=True).parse_known_args(argv)
    if probe.command not in ("run", "prove"):
        return build_parser(registry).parse_args(argv), None
    try:
        machine = registry.machine_for(probe.command, probe.machine, getattr(probe, "program", None))
    except UsageError:
        if not probe.help:
            raise
        machine = None  # help without a machine: the generic options and the list of machines
    args = build_parser(registry, machine=machine).parse_args(argv)
    if probe.command == "prove" and args.shape is None:
        raise UsageError(f"prove: the {machine.name} machine needs --shape ({machine.shapes or 'see its paper'})")
    return args, machine


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        registry = installed_papers()
        try:
            args, machine = _parse(argv, registry)
        except SystemExit as done:  # argparse: --help (0) or a usage error it has printed (2)
            return done.code if isinstance(done.code, int) else EXIT_USAGE
        if args.command == "run":
            from .commands.run import run_command

            return run_command(args, machine)
        if args.command == "prove":
            from .commands.prove import prove_command

            return prove_command(args, machine)
        if args.command == "all":
            from .commands.all import all_command

            return all_command(args)
        if args.command == "list":
            from .commands.listing import list_command

            return list_command(args)
        if args.command == "export":
            from .commands.export import export_command

            return export_command(args)
        if args.command == "import":
            from .commands.import_ import import_command

            return import_command(args)
        return registry.commands()[args.command].run(args)
    except UsageError as err:
        print(f"error: {one_line(err)}", file=sys.stderr)
        return EXIT_USAGE
    except PluginError as err:
        print(f"error: {one_line(err)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
