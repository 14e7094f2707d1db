"""Claims about Giannou et al. 2023, "Looped Transformers as Programmable Computers"."""
from . import (allsizes_claims, block_mutation, blocks, fleq_mutation, functions, machine, monolithic_claims, mutation,
               temperature)

CLAIMS = [*machine.CLAIMS, *blocks.CLAIMS, *temperature.CLAIMS, *functions.CLAIMS, *mutation.CLAIMS,
          *block_mutation.CLAIMS, *fleq_mutation.CLAIMS, *allsizes_claims.CLAIMS, *monolithic_claims.CLAIMS]

__all__ = ["CLAIMS"]
