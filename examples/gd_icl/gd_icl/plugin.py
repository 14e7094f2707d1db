"""The example's plug-in object, named by the entry point in ``pyproject.toml``."""
from __future__ import annotations

from verify import Construction, Plugin

__all__ = ["PLUGIN"]


def _claims():
    from .claims import CLAIMS
    from .mutation import CLAIMS as SELFTEST

    return [*CLAIMS, *SELFTEST]


def _network(dx: str, dy: str, N: str, keys: str):
    from .network import lsa_network

    return lsa_network(int(dx), int(dy), int(N), keys)


PLUGIN = Plugin(
    name="vonoswald2023",
    title="von Oswald et al. 2023, Transformers learn in-context by gradient descent (worked example)",
    claims=_claims,
    constructions=(Construction("vonoswald2023.lsa", "one linear self-attention layer = one GD step (Prop. 1)",
                                {"dx": ("2", "input dimension"), "dy": ("1", "output dimension"),
                                 "N": ("3", "in-context examples"), "keys": ("context", "context | all")},
                                _network),),
)
