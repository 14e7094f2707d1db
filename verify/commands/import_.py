"""``python -m verify import FILE --layout LAYOUT.json [--as NAME]``: weights written elsewhere, made exact.

Reads ``.npz``, ``.safetensors`` or a PyTorch ``state_dict`` with a layout file
(schema: :mod:`verify.importer`), snaps every float to an exact rational and
prints what it built: the network's shape, the largest snap distance, where
per-column biases occur, and — loudly — every entry that was not within
tolerance of a rational and is kept as a float.  ``--json`` prints the same
as one JSON object.  Exit 0; with ``--require-exact``, 1 when the network is
not exact; 2 on bad input.

With ``--machine NAME --shape S`` the imported network is then checked against
that installed machine's reference ``step`` on *every* valid state of shape
``S`` (exact tie-averaging hardmax, :func:`verify.machine.check_states`):
PROVED by exhaustive enumeration (exit 0), or REFUTED with the decoded state,
what the reference and the network give and the layer the cell is in (exit 1).
"""
from __future__ import annotations

import argparse
import json
import sys

from ..errors import EXIT_FAIL, EXIT_OK, EXIT_UNKNOWN, UsageError

__all__ = ["add_import_parser", "import_command"]


def _denominator(text: str) -> int:
    try:
        value = int(text[2:]) if text.startswith("2^") else int(text)
        value = 2**value if text.startswith("2^") else value
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an integer (or 2^K)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} must be at least 1")
    return value


def _tolerance(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"{text} must be in [0, 1)")
    return value


def add_import_parser(subparsers) -> argparse.ArgumentParser:
    """Register the ``import`` subcommand on an ``argparse`` subparsers object."""
    p = subparsers.add_parser("import", help="import weights written elsewhere (.npz, .safetensors, PyTorch "
                                             "state_dict) as an exact network")
    p.add_argument("file", help="the weight file: .npz, .safetensors, or a PyTorch state_dict (.pt, .pth, .bin)")
    p.add_argument("--layout", required=True, metavar="LAYOUT.json",
                   help="row blocks, column regions and which array is which weight (see README, Importing weights)")
    p.add_argument("--as", dest="as_name", default=None, metavar="NAME", help="the network's name")
    p.add_argument("--max-denominator", type=_denominator, default=2**20, metavar="Q",
                   help="snap to rationals with denominator <= Q (an integer or 2^K; default 2^20)")
    p.add_argument("--dyadic", action="store_true", help="snap to multiples of 1/Q instead (Q a power of two)")
    p.add_argument("--tolerance", type=_tolerance, default=None,
                   help="relative snapping tolerance (default: 4 machine epsilons of each array's dtype)")
    p.add_argument("--require-exact", action="store_true",
                   help="exit 1 if some entry could not be snapped and is kept as a float")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.add_argument("--machine", default=None, metavar="NAME",
                   help="then check the network against this installed machine's step on every valid state")
    p.add_argument("--shape", default=None, metavar="S", help="the machine size to check at (with --machine)")
    return p


def _int_tuple(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(x) for x in text.split(","))
    except ValueError:
        raise UsageError(f"--shape {text!r} is not comma-separated integers") from None


def check_against_machine(network, machine_name: str, shape_text: str) -> int:
    """Every valid state of ``machine_name`` at ``shape_text``: one loop of ``network`` against its ``step``."""
    from ..machine import check_states
    from ..plugins import installed_papers

    entry = installed_papers().machine_for("import", machine_name)
    machine = entry.model()
    try:
        shape = (entry.parse_shape or _int_tuple)(shape_text)
        first = next(iter(machine.states(shape)))
        X0 = machine.encode(shape, first)
    except UsageError:
        raise
    except (ValueError, TypeError, StopIteration) as err:
        raise UsageError(f"--shape {shape_text}: not a size of machine {machine_name} ({err})") from None
    want = (network.layout.d, network.layout.n)
    if tuple(X0.shape) != want:
        raise UsageError(f"machine {machine_name} at shape {shape_text} encodes a {X0.shape[0]} x {X0.shape[1]} "
                         f"matrix, the imported network reads {want[0]} x {want[1]}")
    print(f"checking every valid state of {machine_name} at shape {shape_text} (exact, tie-averaging hardmax) ...",
          file=sys.stderr, flush=True)
    count, failures = check_states(machine, shape, network=network)
    if not failures:
        print(f"PROVED  one loop of {network.name} is one step of {machine_name} on every one of {count} valid "
              f"states at shape {shape_text} (exhaustive exact enumeration)")
        return EXIT_OK
    bad = failures[0]
    print(f"REFUTED  at shape {shape_text}, state {json.dumps(bad.state)}:")
    print(f"  reference step  {json.dumps(bad.expected)}")
    print(f"  network         {json.dumps(bad.actual) if bad.actual is not None else 'undecodable: ' + bad.error}")
    if bad.layer:
        print(f"  cell            {bad.cell} after layer {bad.layer}: expected {bad.expected_value}, "
              f"got {bad.actual_value}")
    return EXIT_FAIL


def _as_json(result) -> dict:
    net = result.network
    return {
        "name": net.name, "source": result.source, "exact": result.exact,
        "d": net.layout.d, "n": net.layout.n, "layers": [layer.name for layer in net.layers],
        "heads": [{"layer": layer.name, "name": h.name, "kind": h.kind, "mask": h.mask.key() if h.mask else None,
                   "scale": str(h.scale)} for layer in net.layers for h in layer.heads],
        "entries": result.entries, "max_denominator": result.max_denominator, "dyadic": result.dyadic,
        "max_snap_distance": float(result.max_snap_distance),
        "unsnapped": [{"array": a, "index": list(i), "value": x} for a, i, x in result.unsnapped],
        "per_column_bias_sites": [{**s, "value": str(s["value"])} for s in result.per_column_bias_sites],
        "unused_arrays": list(result.unused),
        "content_hash": net.content_hash(),
    }


def import_command(args) -> int:
    """Run ``verify import``; raises :class:`UsageError` on bad input (the CLI prints it as one line)."""
    from ..importer import import_weights

    if (args.machine is None) != (args.shape is None):
        raise UsageError("--machine and --shape go together")
    if args.dyadic and args.max_denominator & (args.max_denominator - 1):
        raise UsageError(f"--dyadic needs a power of two for --max-denominator, got {args.max_denominator}")
    result = import_weights(args.file, args.layout, name=args.as_name, max_denominator=args.max_denominator,
                            tolerance=args.tolerance, dyadic=args.dyadic)
    if args.json:
        print(json.dumps(_as_json(result), indent=2))
    else:
        lines = result.summary()
        warning = [line for line in lines if line.startswith("NOT EXACT")]
        print("\n".join(lines))
        if warning:
            print(f"warning: {result.network.name} is NOT EXACT ({len(result.unsnapped)} entries kept as floats)",
                  file=sys.stderr)
    if args.require_exact and not result.exact:
        return EXIT_FAIL
    if args.machine is not None:
        if not result.exact:
            print(f"UNKNOWN  {result.network.name} is not exact ({len(result.unsnapped)} entries kept as floats): "
                  f"an exact check against {args.machine} would not be about these weights")
            return EXIT_UNKNOWN
        return check_against_machine(result.network, args.machine, args.shape)
    return EXIT_OK
