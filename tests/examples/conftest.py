"""The worked examples are separate installable plug-ins (``examples/*``): CI installs them; elsewhere
their tests are skipped unless installed — but never under CI, where a missing example is a failure."""
from __future__ import annotations

import importlib
import os

import pytest


def require(module: str):
    if os.environ.get("CI"):
        return importlib.import_module(module)
    return pytest.importorskip(module, reason=f"pip install ./examples/... to test {module}")
