"""Claims about Giannou et al. 2023, "Looped Transformers as Programmable Computers"."""
from . import machine

CLAIMS = [*machine.CLAIMS]

__all__ = ["CLAIMS"]
