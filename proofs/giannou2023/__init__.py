"""Claims about Giannou et al. 2023, "Looped Transformers as Programmable Computers"."""
from . import blocks, functions, machine, temperature

CLAIMS = [*machine.CLAIMS, *blocks.CLAIMS, *temperature.CLAIMS, *functions.CLAIMS]

__all__ = ["CLAIMS"]
