"""Command line: ``python -m verify {run,all,list,export} …``.

Exit status: 0 success; 1 a run diverged or a claim missed its expected
outcome by being refuted; 2 bad input or usage; 3 unknown or timed-out
claims; 4 a claim errored.  Errors are one line on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from fractions import Fraction

from .errors import EXIT_USAGE, UsageError
from .export import FORMATS

__all__ = ["main", "build_parser"]


def _number(text: str) -> Fraction | float:
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def _positive_number(text: str) -> Fraction:
    """A number > 0 that float64 can hold (λ is used in every float semantics): not 0, −1, nan, inf, 1e400."""
    value = _number(text)
    try:
        representable = 0 < float(value) < float("inf")
    except OverflowError:
        representable = False
    if value <= 0 or not representable:
        raise argparse.ArgumentTypeError(f"{text!r} must be a positive finite number (float64 range)")
    return value


def _number_text(low: Fraction | None = None, high: Fraction | None = None):
    """Checks that the text is a number in the open interval (low, high); keeps the text (the command parses it)."""
    def check(text: str) -> str:
        value = _number(text)
        if (low is not None and value <= low) or (high is not None and value >= high):
            bounds = f"{low if low is not None else '-inf'} < value < {high if high is not None else 'inf'}"
            raise argparse.ArgumentTypeError(f"{text!r} is outside {bounds}")
        return text
    return check


def _layer_name(text: str) -> str:
    from constructions.giannou2023 import LAYER_NAMES  # only when --layer is given: the parser stays light

    if text not in LAYER_NAMES:
        raise argparse.ArgumentTypeError(f"unknown layer {text!r} (layers: {', '.join(LAYER_NAMES)})")
    return text


def _int_in(low: int, high: int | None = None):
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


_positive_int = _int_in(1)
#: mpmath at more digits than this takes minutes per loop (and 10^11 digits never returns)
MAX_DIGITS = 10_000


def _one_line(text: str) -> str:
    """Messages quote user input, which may hold line breaks: keep the promise of one line."""
    return " ".join(str(text).splitlines())  # every line break Python knows: \n, \r, \v, \f, \x1c-\x1e, \x85, \u2028…


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2
        self.exit(EXIT_USAGE, f"{self.prog}: error: {_one_line(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m verify", description="Machine-check hand-built transformer constructions.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = sub.add_parser("run", help="run a SUBLEQ program on the looped transformer next to the reference")
    run.add_argument("program", help="a .sbq program file, or the name of a shipped program (e.g. factorial)")
    run.add_argument("--semantics", default="float64",
                     choices=["exact", "float64", "float32", "float16", "bfloat16", "mp", "exact-onehot"],
                     help="number system (default float64)")
    run.add_argument("--lam", type=_positive_number, default=None,
                     help="softmax temperature λ (default: the certified λ for this machine)")
    run.add_argument("--max-steps", type=_positive_int, default=1000, help="maximum loops (default 1000)")
    run.add_argument("--digits", type=_int_in(1, MAX_DIGITS), default=50,
                     help=f"decimal digits for --semantics mp (1 to {MAX_DIGITS}, default 50)")
    run.add_argument("--C", dest="C", type=_positive_number, default=None, help="gating constant C (default 100)")
    run.add_argument("--eps", type=_number, default=None, help="error-correction ε (default 1/4)")
    run.add_argument("--quiet", action="store_true", help="print only the result line")

    al = sub.add_parser("all", help="check every registered claim and write reports/")
    al.add_argument("--only", action="append", metavar="PATTERN",
                    help="claim id, dotted prefix or glob (repeatable)")
    al.add_argument("--profile", choices=["ci", "full"], default="ci",
                    help="ci: small sizes, minutes; full: the authors' sizes and beyond (default ci)")
    al.add_argument("--jobs", type=_positive_int, default=None, help="worker processes (default: CPU count)")
    al.add_argument("--no-cache", action="store_true", help="recompute every obligation")
    al.add_argument("--cache-dir", default=".verify-cache", help="cache directory (default .verify-cache)")
    al.add_argument("--report-dir", default="reports", help="where to write the reports (default reports)")
    al.add_argument("--check", action="store_true", help="fail if anything got worse than the baseline")
    al.add_argument("--update-baseline", action="store_true", help="record this run as the new baseline")
    al.add_argument("--baseline", default=None, help="baseline file (default REPORT_DIR/baseline.json)")
    al.add_argument("--quiet", action="store_true", help="no progress line")

    pv = sub.add_parser("prove", help="prove the SUBLEQ loop at one size with z3, block by block")
    pv.add_argument("--shape", default="8,8,32,8", help="s,m,n,N (default: the authors' 8,8,32,8)")
    pv.add_argument("--variant", default="correct", help="a deliberately broken network (see constructions/"
                                                         "giannou2023/variants.py), default correct")
    pv.add_argument("--layer", type=_layer_name, default=None, help="only this layer (e.g. add)")
    pv.add_argument("--C", type=_number_text(low=Fraction(0)), default="100", help="gating constant (default 100)")
    pv.add_argument("--eps", type=_number_text(Fraction(0), Fraction(1, 2)), default="1/4",
                    help="error-correction radius, 0 < eps < 1/2 (default 1/4)")
    pv.add_argument("--one-hot", action="store_true", help="one-hot argmax instead of tie-averaging hardmax")

    ls = sub.add_parser("list", help="list the registered claims")
    ls.add_argument("--only", action="append", metavar="PATTERN", help="claim id, dotted prefix or glob")
    ls.add_argument("-v", "--verbose", action="store_true", help="also print the statement and method")

    ex = sub.add_parser("export", help="export a construction's weights (LaTeX, exact JSON, npz, PyTorch, layout)")
    ex.add_argument("construction", help="a registered construction, e.g. giannou2023.subleq")
    ex.add_argument("--format", required=True, choices=FORMATS,
                    help="latex: symbolic matrices; json: exact rationals; npz: float64 arrays; "
                         "torch: a self-contained nn.Module file; layout: the row/column layout")
    ex.add_argument("--out", default=None, help="output file (default: standard output; npz needs a file)")
    ex.add_argument("--param", action="append", metavar="NAME=VALUE",
                    help="construction parameter, e.g. --param shape=2,3,8,3 --param C=100 (repeatable)")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            from .commands.run import run_command

            return run_command(args)
        if args.command == "all":
            from .commands.all import all_command

            return all_command(args)
        if args.command == "prove":
            from .commands.prove import prove_command

            return prove_command(args)
        if args.command == "list":
            from .commands.listing import list_command

            return list_command(args)
        if args.command == "export":
            from .commands.export import export_command

            return export_command(args)
        raise UsageError(f"unknown command {args.command}")  # pragma: no cover - argparse guards this
    except UsageError as err:
        print(f"error: {_one_line(err)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
