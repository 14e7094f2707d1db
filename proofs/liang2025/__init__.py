"""Claims about Liang et al. 2025, "Looped ReLU MLPs May Be All You Need as Practical Programmable Computers"
(arXiv 2410.09375 v2, AISTATS 2025), checked on a construction reconstructed from secondary sources."""
from . import accounting, allsizes_claims, machine, mutation

CLAIMS = [*machine.CLAIMS, *accounting.CLAIMS, *mutation.CLAIMS, *allsizes_claims.CLAIMS]

__all__ = ["CLAIMS"]
