"""Named constructions of every installed paper, by name (a thin view of :mod:`verify.plugins`).

``build("giannou2023.subleq", shape="8,8,32,8", C="100", eps="1/4")`` returns
the *bound* network; ``symbolic("giannou2023.subleq", shape=...)`` the network
before its symbols are bound.  Each paper registers its constructions in its
plug-in (this repository's paper: ``constructions/giannou2023/catalog.py``).
"""
from __future__ import annotations

from verify.errors import UsageError
from verify.layer import LoopedNetwork
from verify.plugins import Construction, installed_papers

__all__ = ["Construction", "names", "get", "build", "symbolic"]


def names() -> list[str]:
    return sorted(installed_papers().constructions())


def get(name: str) -> Construction:
    try:
        return installed_papers().construction(name)
    except UsageError as err:
        raise KeyError(str(err)) from None


def symbolic(name: str, **params) -> LoopedNetwork:
    return get(name).symbolic(**params)


def build(name: str, **params) -> LoopedNetwork:
    return get(name).build(**params)
