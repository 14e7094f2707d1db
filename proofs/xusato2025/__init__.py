"""Claims about Xu & Sato 2025, "On Expressive Power of Looped Transformers" (arXiv 2410.01405 v7)."""
from . import accounting, construction, mutation, rate_claims, tying_claims

CLAIMS = [*construction.CLAIMS, *accounting.CLAIMS, *tying_claims.CLAIMS, *rate_claims.CLAIMS, *mutation.CLAIMS]

__all__ = ["CLAIMS"]
