"""``python -m verify export CONSTRUCTION --format F``: a registered construction's weights, for use elsewhere.

The construction is one a paper plug-in registers (:mod:`verify.plugins`), with ``--param
NAME=VALUE`` (e.g. ``--param shape=2,3,8,3 --param C=100``).  ``latex`` and
``layout`` use the symbolic network (values given for bound parameters such
as ``C`` are substituted; the others stay symbols); ``json``, ``npz`` and
``torch`` the bound one, with defaults for the parameters not given.  Output
goes to ``--out`` (written atomically) or to standard output; ``npz`` needs
``--out``.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from ..errors import UsageError
from ..export import BINARY_FORMATS, export

__all__ = ["export_command", "parse_params"]

#: Formats rendered from the symbolic network; the others need numbers.
_SYMBOLIC = ("latex", "layout")


def parse_params(items: list[str] | None) -> dict[str, str]:
    """``["shape=2,3,8,3", "C=100"]`` → ``{"shape": "2,3,8,3", "C": "100"}``."""
    params: dict[str, str] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name or not value:
            raise UsageError(f"--param {item!r}: expected NAME=VALUE")
        if name in params:
            raise UsageError(f"--param {name} given twice")
        params[name] = value
    return params


def _network(construction: str, fmt: str, params: dict[str, str]):
    from ..plugins import installed_papers

    entry = installed_papers().construction(construction)
    try:
        if fmt in _SYMBOLIC:
            network = entry.symbolic(**params)
            given = {k: v for k, v in params.items() if k in entry.bound}
            network = network.bind(**given) if given else network
        else:
            network = entry.build(**params)
    except (KeyError, ValueError, TypeError) as err:  # unknown parameter, malformed or out-of-range value
        message = str(err.args[0] if err.args else err)
        if not message.startswith(construction):
            given = " ".join(f"{k}={v}" for k, v in params.items())
            message = f"{construction} ({given or 'defaults'}): {message}"
        raise UsageError(message) from None
    full = {k: params.get(k, default) for k, (default, _) in entry.params.items()}
    if fmt in _SYMBOLIC:  # a parameter left as a symbol has no value to record
        full = {k: v for k, v in full.items() if k in params or k not in entry.bound}
    return network, full


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_command(args) -> int:
    params = parse_params(args.param)
    if args.format in BINARY_FORMATS and not args.out:
        raise UsageError(f"--format {args.format} writes a binary file: give --out PATH")
    network, full = _network(args.construction, args.format, params)
    data = export(args.format, network, args.construction, full)
    if args.out:
        try:
            _write_atomically(Path(args.out), data)
        except OSError as err:
            raise UsageError(f"cannot write {args.out}: {err.strerror or err}") from None
        print(f"wrote {args.out}: {args.construction} ({network.name}) as {args.format}, {len(data)} bytes")
    else:
        sys.stdout.write(data.decode())  # every format but the binary ones is UTF-8 text
    return 0
