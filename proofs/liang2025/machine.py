"""Machine-level claims: the looped ReLU-MLP executes SUBLEQ (z3 proofs, mutants, programs, float formats).

The construction is *reconstructed from secondary sources* (the paper's body
is unavailable): these claims check that the reconstruction does what the
paper says its network does, not that it is the paper's network.
"""
from __future__ import annotations

import hashlib

from constructions.giannou2023.program import shipped_programs
from constructions.liang2025.network import relu_network
from verify.claims import Claim, Status, fold_statuses

from .common import BLOCKS, CONFIGS, CONSTRUCTION, obligation, ref, shapes

__all__ = ["CLAIMS", "block_obligations", "MUTANT_SHAPE", "LOOP_BLOCKS"]

_LOOP_REF = ("§4 Main result, §5 Implement key functions", "[S]",
             "A looped ReLU-MLP (each layer ReLU(Wx + b)) executes SUBLEQ: read instruction, read data, "
             "subtract, write, next PC, conditional branch.")


def _name(shape) -> str:
    s, m, n, N = shape
    return f"s{s}m{m}n{n}N{N}"


#: The claim whose layer-contract obligations the grid claim's compositional obligations rest on.
LOOP_BLOCKS = "liang2025.loop.blocks"


def block_obligations(claim: Claim | str, profile: str, configs=CONFIGS, blocks=BLOCKS):
    """One z3 obligation per (shape, configuration, block): the block's layer contracts."""
    out = []
    for shape in shapes(profile):
        for encoding, budget in configs:
            for block in blocks:
                out.append(obligation(claim, f"{_name(shape)}-{encoding}-{budget}-{block}", "prove_block",
                                      net=(shape, encoding, budget), shape=list(shape), encoding=encoding,
                                      budget=budget, block=block))
    return out


def _split_obligations(claim, profile):
    small = [s for s in shapes(profile) if s[2] <= 8]
    return [obligation(claim, f"{_name(shape)}-pm1-split-minimal-{block}", "prove_block",
                       net=(shape, "pm1-split", "minimal"), shape=list(shape), encoding="pm1-split",
                       budget="minimal", block=block)
            for shape in small for block in BLOCKS]


def _materialised_obligations(claim, profile):
    small = [s for s in shapes(profile) if s[2] <= 8 or profile == "full"]
    return [obligation(claim, f"{_name(shape)}-01-minimal-materialised-{block}", "prove_block",
                       net=(shape, "01", "minimal", "materialised"), shape=list(shape), encoding="01",
                       budget="minimal", block=block, readout="materialised")
            for shape in small for block in BLOCKS]


def _monolithic_shapes(profile):
    return ((1, 2, 4, 2), (1, 2, 4, 3)) if profile == "ci" else ((1, 2, 4, 2), (1, 2, 4, 3), (2, 3, 8, 3))


def _grid_obligations(claim, profile):
    out = []
    for shape in shapes(profile):
        for encoding, budget in CONFIGS:
            premises = tuple(ob.id for ob in block_obligations(LOOP_BLOCKS, profile, ((encoding, budget),))
                             if ob.name.startswith(_name(shape) + "-"))
            out.append(obligation(claim, f"{_name(shape)}-{encoding}-{budget}-compositional", "prove_grid",
                                  net=(shape, encoding, budget), premises=premises, shape=list(shape),
                                  encoding=encoding, budget=budget, compositional=True))
    for shape in _monolithic_shapes(profile):
        out.append(obligation(claim, f"{_name(shape)}-01-minimal-monolithic", "prove_grid",
                              net=(shape, "01", "minimal"), shape=list(shape), encoding="01", budget="minimal",
                              compositional=False))
    # the compositional grid obligations rest on the layer contracts: prove those here too (shared work)
    return out + block_obligations(claim, profile)


MUTANT_SHAPE = (2, 3, 8, 3)


def mutant_of(block: str, shape=MUTANT_SHAPE, encoding="01", budget="minimal") -> list:
    """The one-weight mutant of ``block``: its first layer's first unit's first weight, plus one."""
    net = relu_network(tuple(shape), encoding, budget)
    lo = next(lo for name, lo, hi in net.blocks if name == block)
    col = net.layers[lo].rows[0][0][0]
    return [lo, 0, col, 1]


def _mutant_obligations(claim, profile):
    return [obligation(claim, f"{block}-mutant", "prove_block", net=(MUTANT_SHAPE, "01", "minimal"),
                       shape=list(MUTANT_SHAPE), encoding="01", budget="minimal", block=block,
                       mutant=mutant_of(block))
            for block in BLOCKS]


def _all_refuted(claim, outcomes):
    """REFUTED only when every mutant is refuted with a counterexample; otherwise the first that is not."""
    missed = [(ob, o) for ob, o in outcomes if o.status != Status.REFUTED or "counterexample" not in o.data]
    if missed:  # the claim is as strong as the weakest verdict on a mutant that was not refuted
        ob, o = missed[0]
        return fold_statuses(o.status for _, o in missed), f"{ob.name} was not refuted: {o.summary}", {}
    return Status.REFUTED, f"all {len(outcomes)} one-weight mutants refuted with replayed counterexamples", {}


def _programs(profile, heavy_ok: bool):
    names = list(shipped_programs())
    return names if heavy_ok or profile == "full" else [n for n in names if n != "factorial"]


def _program_obligations(claim, profile, semantics, heavy_ok=True):
    files = shipped_programs()
    return [obligation(claim, f"{name}-{semantics}", "run_programs", programs=[name], semantics=semantics,
                       encoding="01", budget="minimal",
                       program_sha=hashlib.sha256(files[name].read_bytes()).hexdigest()[:16])
            for name in _programs(profile, heavy_ok)]


CLAIMS = [
    Claim(
        id=LOOP_BLOCKS,
        title="Every block of the looped ReLU-MLP meets its contract; together they are one SUBLEQ step",
        ref=ref(*_LOOP_REF),
        construction=CONSTRUCTION,
        method="z3, one query per layer (ReLU as If, integer-scaled rows, bit-vector reference); the input "
               "layer's specs are the state encoding and the last layer's the encoded reference step, so the "
               "chain of layer contracts is the loop theorem",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: block_obligations(claim, profile),
        parameters=lambda profile: {"shapes": [list(s) for s in shapes(profile)], "configs": CONFIGS},
    ),
    Claim(
        id="liang2025.loop.split",
        title="The split-halves ±1 encoding (every layer ReLU, width doubled) also executes SUBLEQ",
        ref=ref("§3 Preliminary (layer form; ±1 bits)", "[S]",
                "Bits are ±1 and every layer is ReLU(Wx + b) (reading: split ±1 halves)."),
        construction=CONSTRUCTION,
        method="z3 layer contracts, encoding pm1-split, minimal depth, shapes with n ≤ 8",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: _split_obligations(claim, profile),
        parameters=lambda profile: {"shapes": [list(s) for s in shapes(profile) if s[2] <= 8]},
    ),
    Claim(
        id="liang2025.loop.materialised",
        title="With a materialised instruction read-out (one more layer, weights linear in n) the loop is still SUBLEQ",
        ref=ref(*_LOOP_REF),
        construction=CONSTRUCTION,
        method="z3 layer contracts, readout = materialised, {0,1} bits, minimal depth (12)",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: _materialised_obligations(claim, profile),
        parameters=lambda profile: {"shapes": [list(s) for s in shapes(profile) if s[2] <= 8 or profile == "full"]},
    ),
    Claim(
        id="liang2025.loop.monolithic",
        title="The whole loop, evaluated symbolically, equals the reference step (cross-check of the contracts)",
        ref=ref(*_LOOP_REF),
        construction=CONSTRUCTION,
        method="z3 on the symbolically evaluated loop (no contracts), tiny machines only",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [
            obligation(claim, f"{_name(s)}-01-minimal", "prove_loop", net=(s, "01", "minimal"),
                       shape=list(s), encoding="01", budget="minimal") for s in _monolithic_shapes(profile)],
        parameters=lambda profile: {"shapes": [list(s) for s in _monolithic_shapes(profile)]},
    ),
    Claim(
        id="liang2025.grid",
        title="Grid invariant: after every loop the state is exactly a valid (or fallen-off) state encoding",
        ref=ref("abstract; §5", "[I]", "The looped network is exact on its discrete state: no drift, no clamp."),
        construction=CONSTRUCTION,
        method="z3: the last layer's specs decode to a state (premises: every layer contract, proved here); "
               "the symbolically evaluated loop on the tiny machines",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: _grid_obligations(claim, profile),
        parameters=lambda profile: {"shapes": [list(s) for s in shapes(profile)]},
    ),
    Claim(
        id="liang2025.mutants",
        title="A one-weight mutant of each block is caught, with a replayed counterexample",
        ref=ref("(sanity check of the proofs)", "[I]", "Each block's contract depends on its weights."),
        construction=CONSTRUCTION,
        method="z3 layer contracts on networks with one weight of each block's first layer increased by 1",
        expected=(Status.REFUTED,),
        obligations=lambda claim, profile: _mutant_obligations(claim, profile),
        parameters=lambda profile: {"shape": list(MUTANT_SHAPE), "mutants": {b: mutant_of(b) for b in BLOCKS}},
        conclude=_all_refuted,
    ),
    Claim(
        id="liang2025.programs.exact",
        title="Every shipped SUBLEQ program runs identically on the ReLU-MLP and the reference (exact)",
        ref=ref("abstract", "[P]", "A looped ReLU-MLP functions as a programmable computer."),
        construction=CONSTRUCTION,
        method="simulation, exact rationals, every loop decoded without tolerance and compared",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda claim, profile: _program_obligations(claim, profile, "exact"),
        parameters=lambda profile: {"programs": _programs(profile, True)},
    ),
    Claim(
        id="liang2025.programs.float64",
        title="Every shipped SUBLEQ program runs identically on the ReLU-MLP and the reference (float64)",
        ref=ref("abstract", "[P]", "A looped ReLU-MLP functions as a programmable computer."),
        construction=CONSTRUCTION,
        method="simulation, float64 with every product and sum rounded, decoded without tolerance",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda claim, profile: _program_obligations(claim, profile, "float64"),
        parameters=lambda profile: {"programs": _programs(profile, True)},
    ),
    Claim(
        id="liang2025.programs.low-precision",
        title="The shipped programs also run exactly in float32, float16 and bfloat16",
        ref=ref("§A.4 of the notes (no error analysis in any source)", "[I]",
                "The construction is exact on discrete inputs; its margins set the tolerated float error."),
        construction=CONSTRUCTION,
        method="simulation with every product and partial sum rounded to the format (bfloat16 emulated)",
        expected=(Status.SAMPLED_OK,),
        obligations=lambda claim, profile: [ob for sem in ("float32", "float16", "bfloat16")
                                     for ob in _program_obligations(claim, profile,
                                                                    sem, heavy_ok=False)],
        parameters=lambda profile: {"programs": _programs(profile, False), "formats": ["float32", "float16", "bfloat16"]},
    ),
    Claim(
        id="liang2025.margins",
        title="Every ReLU gate's non-zero pre-activation is ≥ 1 from 0, and float formats compute loops exactly",
        ref=ref("§A.4 of the notes", "[I]", "The construction is exact on discrete inputs."),
        construction=CONSTRUCTION,
        method="exact rational bookkeeping of every row over its spec'd inputs (premise: the layer contracts, "
               "proved here); a format is exact when every weight is representable and B·D ≤ 2^p",
        expected=(Status.PROVED,),
        obligations=lambda claim, profile: [
            obligation(claim, f"{_name(s)}-{e}-{b}", "margins", net=(s, e, b), shape=list(s),
                       encoding=e, budget=b) for s in shapes(profile) for e, b in CONFIGS
        ] + block_obligations(claim, profile),
        parameters=lambda profile: {"shapes": [list(s) for s in shapes(profile)]},
    ),
]
