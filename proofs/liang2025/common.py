"""Shared references, machine sizes and the obligation helper for the Liang et al. 2025 claims."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from constructions.liang2025.network import relu_network
from verify.claims import Claim, Obligation, PaperRef, claim_id

__all__ = ["PAPER", "CONSTRUCTION", "ref", "fingerprint", "CI_SHAPES", "FULL_SHAPES", "shapes", "obligation", "BLOCKS", "CONFIGS"]

PAPER = "Liang et al. 2025, arXiv 2410.09375 v2"
CONSTRUCTION = "liang2025.relu-mlp (reconstructed from secondary sources)"

#: Machine sizes (s, m, n, N): 2 ≤ log n ≤ 4 and 2 ≤ N ≤ 6 (the transformer machine's CI sizes).
CI_SHAPES = ((1, 2, 4, 2), (1, 2, 4, 3), (2, 3, 8, 3), (2, 3, 8, 4), (4, 6, 16, 4), (4, 6, 16, 6))
#: The full profile adds the authors' transformer size and factorial's machine.
FULL_SHAPES = CI_SHAPES + ((8, 8, 32, 8), (1, 11, 32, 14))
#: (encoding, budget) pairs proved: {0,1} bits at the minimal depth and at the paper's 23-layer
#: budget (all ReLU); ±1 bits with an affine last layer at the paper's budget.  ``pm1-split`` is
#: proved at the smaller sizes (``liang2025.loop.split``).
CONFIGS = (("01", "minimal"), ("01", "paper"), ("pm1-affine", "paper"))
BLOCKS = ("read-instr", "read-data", "subtract", "write", "next-pc", "branch")


def shapes(profile: str):
    return CI_SHAPES if profile == "ci" else FULL_SHAPES


def ref(where: str, tag: str, statement: str) -> PaperRef:
    return PaperRef(PAPER, where, tag, statement)


_SOURCES = ("constructions/liang2025/network.py", "constructions/liang2025/signals.py",
            "constructions/liang2025/encoding.py", "verify/relu_net.py",
            "verify/lowrank.py", "constructions/liang2025/execute.py",
            "proofs/liang2025/smt.py", "proofs/liang2025/tasks.py", "proofs/liang2025/counting.py")


@lru_cache(maxsize=None)
def _source_hash() -> str:
    root = Path(__file__).resolve().parents[2]
    h = hashlib.sha256()
    for rel in _SOURCES:
        h.update((root / rel).read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=None)
def fingerprint(shape: tuple, encoding: str, budget: str, readout: str = "folded") -> str:
    net = relu_network(tuple(shape), encoding, budget, readout)
    return f"{shape}:{encoding}:{budget}:{readout}:{net.content_hash()}:{_source_hash()}"


def obligation(claim: Claim | str, name: str, task: str, *, net=None, premises=(), **args) -> Obligation:
    """An obligation of ``claim`` (the Claim, or its id): ``task(**args)``; the cache key also covers the
    network ``net = (shape, encoding, budget[, readout])``."""
    fp = fingerprint(tuple(net[0]), *net[1:]) if net is not None else _source_hash()
    path = task if ":" in task else f"proofs.liang2025.tasks:{task}"
    # the obligations on one network share a worker, which builds it once (relu_network is memoised)
    affinity = f"liang2025.relu@{tuple(net[0])},{','.join(map(str, net[1:]))}" if net is not None else ""
    return Obligation(claim_id(claim), name, path, tuple(sorted(args.items())), fp, tuple(premises),
                      affinity=affinity)
