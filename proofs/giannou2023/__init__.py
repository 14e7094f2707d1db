"""Claims about Giannou et al. 2023, "Looped Transformers as Programmable Computers"."""
from . import blocks, machine

CLAIMS = [*machine.CLAIMS, *blocks.CLAIMS]

__all__ = ["CLAIMS"]
