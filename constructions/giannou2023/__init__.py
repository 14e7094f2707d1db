"""Giannou et al. 2023, "Looped Transformers as Programmable Computers" (arXiv 2301.13196 v1)."""
from .encoding import DecodeError, Decoded, decode, encode
from .isa import Instruction, State, run, step, wrap
from .punchcard import SubleqShape, subleq_layout
from .subleq import DEFAULTS, LAYER_NAMES, subleq_network

__all__ = [
    "SubleqShape",
    "subleq_layout",
    "subleq_network",
    "DEFAULTS",
    "LAYER_NAMES",
    "Instruction",
    "State",
    "step",
    "run",
    "wrap",
    "encode",
    "decode",
    "Decoded",
    "DecodeError",
]
