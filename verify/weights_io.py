"""Reading weight files written elsewhere, and snapping their floats to exact rationals.

:func:`load_arrays` reads ``.npz`` (numpy, always available), ``.safetensors``
(the ``safetensors`` extra) and PyTorch ``state_dict`` files (``.pt``,
``.pth``, ``.bin``; the ``torch`` extra), importing the optional packages
only when such a file is read.  :func:`snap` turns one float into the
nearest rational with a bounded denominator (or a dyadic) when it lies
within a relative tolerance of one, and otherwise keeps the float's exact
binary value and says so.  Every failure is a one-line
:class:`~verify.errors.UsageError` naming the file.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

from .errors import UsageError

__all__ = ["load_arrays", "snap", "Snapper", "TORCH_SUFFIXES"]

TORCH_SUFFIXES = (".pt", ".pth", ".bin")


def _missing_extra(path: Path, package: str, extra: str) -> UsageError:
    return UsageError(f"{path}: reading this file needs {package}: pip install 'looped-verify[{extra}]'")


def load_arrays(path) -> dict[str, np.ndarray]:
    """Every named array of a weight file, as numpy arrays (by the file's suffix)."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".npz":
            with np.load(path, allow_pickle=False) as data:
                return {k: np.asarray(data[k]) for k in data.files}
        if suffix == ".safetensors":
            try:
                from safetensors.numpy import load_file
            except ImportError:
                raise _missing_extra(path, "safetensors", "safetensors") from None
            return dict(load_file(str(path)))
        if suffix in TORCH_SUFFIXES:
            return _load_torch(path)
    except UsageError:
        raise
    except Exception as err:  # any reader's complaint about a damaged or foreign file
        text = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise UsageError(f"{path}: cannot read it as a {suffix} weight file: {text}") from None
    raise UsageError(f"{path}: unknown weight file type {suffix!r} (.npz, .safetensors, "
                     f"or a PyTorch state_dict {', '.join(TORCH_SUFFIXES)})")


def _load_torch(path: Path) -> dict[str, np.ndarray]:
    try:
        import torch
    except ImportError:
        raise _missing_extra(path, "PyTorch", "torch") from None
    state = torch.load(str(path), map_location="cpu", weights_only=True)
    if isinstance(state, dict) and "state_dict" in state and isinstance(state["state_dict"], dict):
        state = state["state_dict"]
    if not isinstance(state, dict):
        raise UsageError(f"{path}: expected a state_dict (a dict of tensors), found {type(state).__name__}")
    out = {}
    for key, value in state.items():
        if not isinstance(value, torch.Tensor):
            raise UsageError(f"{path}: entry {key!r} is a {type(value).__name__}, not a tensor")
        value = value.detach().cpu()
        if value.dtype == torch.bfloat16:
            value = value.to(torch.float32)  # exact: every bfloat16 is a float32
        out[str(key)] = value.numpy()
    return out


def snap(x: float, max_denominator: int, tolerance: float, dyadic: bool = False) -> tuple[Fraction, bool]:
    """``(value, snapped)`` for one float ``x``.

    The candidate is the nearest rational with denominator ≤ ``max_denominator``
    (``Fraction.limit_denominator``) or, with ``dyadic``, the nearest multiple
    of ``1/max_denominator`` (a power of two).  It is taken when
    ``|x − r| ≤ tolerance·|x|`` (so 0 stays 0 and nothing is rounded to 0);
    otherwise ``x``'s exact binary value is returned with ``snapped=False``.
    """
    exact = Fraction(x)  # the float's exact binary value: no rounding here
    if exact.denominator <= max_denominator and not dyadic:
        return exact, True
    if dyadic:
        r = Fraction(round(exact * max_denominator), max_denominator)
    else:
        r = exact.limit_denominator(max_denominator)
    if abs(exact - r) <= Fraction(tolerance) * abs(exact):
        return r, True
    return exact, False


@dataclass
class Snapper:
    """Snaps arrays entry by entry and keeps the record: the largest snap distance and what was not snapped."""

    max_denominator: int = 2**20
    tolerance: float | None = None  # relative; None: 4 × the machine epsilon of each array's dtype
    dyadic: bool = False

    def __post_init__(self):
        if int(self.max_denominator) < 1:
            raise UsageError(f"the largest denominator must be at least 1, got {self.max_denominator}")
        if self.dyadic and self.max_denominator & (self.max_denominator - 1):
            raise UsageError(f"dyadic snapping needs a power of two as the denominator, got {self.max_denominator}")
        if self.tolerance is not None and not 0 <= self.tolerance < 1:
            raise UsageError(f"the snapping tolerance must be in [0, 1), got {self.tolerance}")
        self.max_distance = Fraction(0)
        self.worst: tuple[str, tuple, float, Fraction] | None = None
        self.unsnapped: list[tuple[str, tuple, float]] = []
        self.entries = 0

    def tolerance_for(self, dtype: np.dtype) -> float:
        return self.tolerance if self.tolerance is not None else 4 * float(np.finfo(dtype).eps)

    def array(self, label: str, a: np.ndarray) -> np.ndarray:
        """An object array of exact Fractions for the numeric array ``a`` (named ``label`` in the record)."""
        kind = a.dtype.kind
        out = np.zeros(a.shape, dtype=object)
        out[...] = Fraction(0)
        if kind == "b" or kind in "iu":
            for idx in zip(*np.nonzero(a)):
                out[idx] = Fraction(int(a[idx]))
            self.entries += int(np.count_nonzero(a))
            return out
        if kind != "f":
            raise UsageError(f"{label}: arrays of {a.dtype} are not weights (integers or floats)")
        if not np.all(np.isfinite(a)):
            idx = tuple(int(i) for i in np.argwhere(~np.isfinite(a))[0])
            raise UsageError(f"{label}: entry {list(idx)} is {a[idx]}, not a finite number")
        tol = self.tolerance_for(a.dtype)
        for idx in zip(*np.nonzero(a)):
            idx = tuple(int(i) for i in idx)
            x = float(a[idx])
            value, ok = snap(x, int(self.max_denominator), tol, self.dyadic)
            self.entries += 1
            out[idx] = value
            if not ok:
                self.unsnapped.append((label, idx, x))
                continue
            distance = abs(Fraction(x) - value)
            if self.worst is None or distance > self.max_distance:
                self.max_distance, self.worst = distance, (label, idx, x, value)
        return out
