"""Liang, Sha, Shi, Song, Zhou 2025, "Looped ReLU MLPs May Be All You Need as Practical Programmable
Computers" (arXiv 2410.09375 v2, AISTATS 2025): a looped ReLU-MLP SUBLEQ computer.

**Reconstructed from secondary sources**: the paper's body is not available, so
the weights are built here from the gadgets of
``../shared/reference/companions.md`` §A.5 and a carry-lookahead subtractor,
following the reported block budget (§A.3).  The machine executes the SUBLEQ
variant of :mod:`constructions.giannou2023.isa` on the same machine sizes and
programs as the looped transformer.

Modules: :mod:`.network` (the construction; parameters ``encoding`` and
``budget``), :mod:`.encoding` (state vector), :mod:`.signals` (reference value
of every unit), :mod:`.execute` (running programs).  The paper-free
pieces it is built on are in the engine: :mod:`verify.relu_net` (exact ReLU
networks) and :mod:`verify.lowrank` (exact rank factorisation).
"""
from .encoding import ENCODINGS, DecodeError, decode, encode
from .execute import run_program
from .network import BUDGETS, PAPER_BUDGET, build, relu_network

__all__ = ["ENCODINGS", "BUDGETS", "PAPER_BUDGET", "DecodeError", "build", "relu_network", "encode", "decode",
           "run_program"]
