"""Claims about Giannou et al. 2023, "Looped Transformers as Programmable Computers"."""
from . import blocks, functions, machine, mutation, temperature

CLAIMS = [*machine.CLAIMS, *blocks.CLAIMS, *temperature.CLAIMS, *functions.CLAIMS, *mutation.CLAIMS]

__all__ = ["CLAIMS"]
