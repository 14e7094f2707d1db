"""Named constructions, so that tools (export, reports) can build one from its name and parameters.

``build("giannou2023.subleq", shape="8,8,32,8", C="100", eps="1/4")`` returns
the *bound* network; ``symbolic("giannou2023.subleq", shape=...)`` the network
before its symbols are bound.  Each entry documents its parameters.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from verify.layer import LoopedNetwork

__all__ = ["Construction", "register", "names", "get", "build", "symbolic"]


@dataclass(frozen=True)
class Construction:
    name: str
    doc: str
    #: parameter name -> (default as text, help)
    params: dict[str, tuple[str, str]]
    #: structural parameters (text) -> symbolic network
    make: Callable[..., LoopedNetwork]
    #: names of the parameters that are bound symbols rather than structure
    bound: tuple[str, ...] = ()


_REGISTRY: dict[str, Construction] = {}


def register(c: Construction) -> None:
    if c.name in _REGISTRY:
        raise ValueError(f"construction {c.name} registered twice")
    _REGISTRY[c.name] = c


def names() -> list[str]:
    return sorted(_REGISTRY)


def get(name: str) -> Construction:
    if name not in _REGISTRY:
        raise KeyError(f"unknown construction {name!r}; known: {', '.join(names())}")
    return _REGISTRY[name]


def _split(c: Construction, params: dict) -> tuple[dict, dict]:
    unknown = set(params) - set(c.params)
    if unknown:
        raise KeyError(f"{c.name} has no parameter {sorted(unknown)}; parameters: {sorted(c.params)}")
    full = {k: params.get(k, default) for k, (default, _) in c.params.items()}
    return ({k: v for k, v in full.items() if k not in c.bound}, {k: v for k, v in full.items() if k in c.bound})


def symbolic(name: str, **params) -> LoopedNetwork:
    c = get(name)
    structure, _ = _split(c, params)
    return c.make(**structure)


def build(name: str, **params) -> LoopedNetwork:
    c = get(name)
    structure, values = _split(c, params)
    return c.make(**structure).bind(**values)


def _subleq(shape: str) -> LoopedNetwork:
    from .giannou2023 import SubleqShape, subleq_network

    try:
        s, m, n, N = (int(v) for v in shape.split(","))
    except ValueError:
        raise ValueError(f"shape must be 's,m,n,N' (four integers), not {shape!r}") from None
    return subleq_network(SubleqShape(s, m, n, N))


register(Construction(
    "giannou2023.subleq",
    "Giannou et al. 2023 §5.1: the 10-layer looped SUBLEQ transformer",
    {"shape": ("8,8,32,8", "s,m,n,N: scratch, memory and total columns, word bits"),
     "C": ("100", "gating constant of the read/write gates"),
     "eps": ("1/4", "error-correction radius, 0 < eps < 1/2")},
    _subleq,
    bound=("C", "eps"),
))
