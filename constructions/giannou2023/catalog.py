"""The paper's named constructions, for ``verify export`` and the reports (registered by the plug-in).

Each :class:`~verify.plugins.Construction` builds its network from text
parameters: ``CONSTRUCTIONS`` in order; the networks' modules are imported
only when one is built.
"""
from __future__ import annotations

from verify.layer import LoopedNetwork
from verify.plugins import Construction

__all__ = ["CONSTRUCTIONS"]

CONSTRUCTIONS: list[Construction] = []


def _subleq(shape: str) -> LoopedNetwork:
    from . import SubleqShape, subleq_network

    try:
        s, m, n, N = (int(v) for v in shape.split(","))
    except ValueError:
        raise ValueError(f"shape must be 's,m,n,N' (four integers), not {shape!r}") from None
    return subleq_network(SubleqShape(s, m, n, N))


CONSTRUCTIONS.append(Construction(
    "giannou2023.subleq",
    "Giannou et al. 2023 §5.1: the 10-layer looped SUBLEQ transformer",
    {"shape": ("8,8,32,8", "s,m,n,N: scratch, memory and total columns, word bits"),
     "C": ("100", "gating constant of the read/write gates"),
     "eps": ("1/4", "error-correction radius, 0 < eps < 1/2")},
    _subleq,
    bound=("C", "eps"),
))


def _sigmoid_sum(target: str, m: str, recipe: str) -> LoopedNetwork:
    from . import barron
    from .sigmoid import sigmoid_network

    T = barron.TARGETS[target]
    fit = barron.fitted(target, int(m)) if recipe == "least_squares" else barron.staircase(T, int(m))
    return sigmoid_network(f"f_{target}", 1, [((a,), b, c) for a, b, c in fit.terms], fit.c0)


CONSTRUCTIONS.append(Construction(
    "giannou2023.sigmoid",
    "Giannou et al. 2023 §6 (sigmoid lemma, Barron corollary): c0 + Σ c_i σ(a_i x + b_i) from m padded-softmax "
    "heads on the 4-column function block; evaluate at λ = lam",
    {"target": ("reciprocal", "square | reciprocal | sqrt | rsqrt (constructions/giannou2023/barron.py)"),
     "m": ("8", "number of sigmoids (heads)"),
     "recipe": ("least_squares", "least_squares | staircase"),
     "rho": ("87041032946764879767665216853/79228162514264337593543950336",
             "padding: ln(n − 1) = ln 3 rounded down to 2^-96 (sigmoid.padding(4))"),
     "lam": ("1", "softmax temperature the block is built for"),
     "K": ("64", "gate constant: |x| ≤ K")},
    _sigmoid_sum,
    bound=("rho", "lam", "K"),
))


def _matmul(k: str) -> LoopedNetwork:
    from .matmul import matmul_network

    return matmul_network(int(k))


CONSTRUCTIONS.append(Construction(
    "giannou2023.matmul",
    "Giannou et al. 2023 §6 (multiplication lemma): AᵀB from a linearised softmax, 2 layers, 1 head each; "
    "mu must equal (e^C + n − 1)/c rounded (matmul.parameters(k, c, C))",
    {"k": ("2", "matrix side (cells are k × k)"),
     "c": ("1/1024", "scale of the scores"), "C": ("16", "padding score"),
     "mu": ("10490875885421773731756125713/1152921504606846976",
            "extraction multiplier (e^C + n − 1)/c rounded down to a multiple of 2^-64; the default is matmul.parameters(2, "
            "'1/1024', '16')['mu']: recompute it with matmul.parameters when k, c or C change"),
     "G": ("40", "gain of the copy head"), "K": ("64", "gate constant"), "lam": ("1", "temperature")},
    _matmul,
    bound=("c", "C", "mu", "G", "K", "lam"),
))


def _transpose(k: str) -> LoopedNetwork:
    from .transpose import transpose_network

    return transpose_network(int(k))


CONSTRUCTIONS.append(Construction(
    "giannou2023.transpose",
    "Giannou et al. 2023 §6 (transpose lemma): spread by slot (FFN), gather (1 head); 2 layers",
    {"k": ("2", "matrix side"), "G": ("40", "gather gain"), "K": ("64", "gate constant"),
     "lam": ("1", "temperature")},
    _transpose,
    bound=("G", "K", "lam"),
))


def _elementwise(k: str) -> LoopedNetwork:
    from .elementwise import linear_network

    return linear_network(int(k), [("add", 1, 1), ("sub", 1, -1)])


CONSTRUCTIONS.append(Construction(
    "giannou2023.elementwise",
    "Elementwise A + B and A − B as one function block (1 layer, 1 head), for the FLEQ machine",
    {"k": ("2", "matrix side"), "G": ("40", "pair-copy gain"), "K": ("64", "gate constant"),
     "lam": ("1", "temperature")},
    _elementwise,
    bound=("G", "K", "lam"),
))


def _fleq(program: str, size: str, serial: str, lam: str) -> LoopedNetwork:
    from .fleq import default_parameters, fleq_network
    from .fleq_programs import PROGRAMS

    prog = PROGRAMS[program]() if size in ("", "default") else PROGRAMS[program](int(size))
    net = fleq_network(prog.shape, serial=serial.lower() in ("1", "true", "yes"))
    return net.bind(**default_parameters(prog.shape, lam=lam))


CONSTRUCTIONS.append(Construction(
    "giannou2023.fleq",
    "Giannou et al. 2023 §6 (FLEQ): the looped FLEQ machine with the function table of one of the programs "
    "(constructions/giannou2023/fleq_programs.py).  Its bind values depend on the machine's size n (the sigmoid "
    "padding ln(n − 1), the product's multiplier), so this entry returns the network already bound with "
    "fleq.default_parameters(shape, lam) — symbolic() too; use fleq.fleq_network for the symbolic weights",
    {"program": ("newton", "calculator | newton | power | sgd"),
     "size": ("default", "iterations (newton, power) or epochs (sgd); 'default' for the program's default"),
     "serial": ("false", "true: one head per layer (same weights, serial schedule)"),
     "lam": ("24", "softmax temperature the machine is built for (evaluate at λ = lam)")},
    _fleq,
))
