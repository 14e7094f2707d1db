"""The released code's parameter counts recomputed from its architecture (kevin671/tmlt @ f510b8a: model.py, configs).

The architecture is written down here module by module, as ``model.py``
declares it (``bias = False`` from ``train.py`` for the transformer's own
linear maps; the timestep MLP and the adaLN map have ``bias=True``; the two
pre-norms have no gain, ``ln_f`` has one; the LM head is tied to ``wte``, so
it is counted once, as ``sum(p.numel() for p in model.parameters())`` does).
"""
from __future__ import annotations

from verify.claims import Outcome, Status

__all__ = ["looped_gpt", "tmlt", "count", "param_count"]


def _linear(i: int, o: int, bias: bool) -> int:
    return i * o + (o if bias else 0)


def looped_gpt(d: int = 768, vocab: int = 50304, block: int = 1024, bias: bool = False) -> dict[str, int]:
    return {
        "wte (tied with lm_head)": vocab * d,
        "wpe": block * d,
        "attn.c_attn": _linear(d, 3 * d, bias),
        "attn.c_proj": _linear(d, d, bias),
        "mlp.c_fc": _linear(d, 4 * d, bias),
        "mlp.c_proj": _linear(4 * d, d, bias),
        "norm1, norm2 (no gain)": 0,
        "ln_f (gain)": d,
    }


def tmlt(d: int = 768, vocab: int = 50304, block: int = 1024, bias: bool = False, freq: int = 256) -> dict[str, int]:
    return {
        **looped_gpt(d, vocab, block, bias),
        "timestep_embedder.mlp.0": _linear(freq, d, True),
        "timestep_embedder.mlp.2": _linear(d, d, True),
        "adaLN_modulation.1": _linear(d, 4 * d, True),
    }


def count(model: str, **kw) -> int:
    return sum({"lt": looped_gpt, "tmlt": tmlt}[model](**kw).values())


def param_count(model: str, reported: str, digits: int) -> Outcome:
    """Recompute ``model``'s count and compare with ``reported`` (millions) at ``digits`` decimals."""
    modules = {"lt": looped_gpt, "tmlt": tmlt}[model]()
    total = sum(modules.values())
    ours = f"{total / 1e6:.{digits}f}"
    data = {"modules": modules, "total": total, "millions": ours, "reported": reported}
    if ours == reported:
        return Outcome(Status.PROVED, f"{model}: {total:,} parameters = {ours}M, as reported", data)
    return Outcome(Status.REFUTED, f"{model}: {total:,} parameters = {ours}M, not {reported}M",
                   {**data, "counterexample": {"model": model, "total": total, "reported": reported}})
