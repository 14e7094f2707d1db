"""Claims about Giannou et al. 2023, "Looped Transformers as Programmable Computers"."""
from . import block_mutation, blocks, functions, machine, mutation, temperature

CLAIMS = [*machine.CLAIMS, *blocks.CLAIMS, *temperature.CLAIMS, *functions.CLAIMS, *mutation.CLAIMS,
          *block_mutation.CLAIMS]

__all__ = ["CLAIMS"]
