"""The looped ReLU-MLP's block contracts for every size: the tasks of claim ``liang2025.loop.all_sizes``.

``liang2025.loop.blocks`` proves every layer contract with z3 at enumerated
shapes ``(s, m, n, N)``.  Here the same contracts rest on facts proved for
**every** size, in two parts:

1. :func:`prove_lemma` — the gadget identities of :mod:`.allsizes_lemmas`, z3
   with the size (fan-in ``K``, word length ``N``, code length ``L``, number
   of read-out terms), a generic bit position and ``2^position`` symbolic;
   facts about all bit positions by induction, base case and step as separate
   queries;
2. :func:`weights_conformance` — at listed shapes, every unit of every layer of
   ``relu_network(shape, "01", "minimal")`` equals, entry by entry (spec,
   bias, every weight), its row in the gadget-form table of
   :mod:`.allsizes_forms` (weights as functions of the sizes and the generic
   index), which names the gadget family, hence the lemmas, each unit's
   contract rests on.

Why a unit meeting its gadget form, with inputs meeting their specs, meets its
own spec: the family's lemmas, read together (e.g. a ``conj:D`` unit is
``ReLU(D_r + hitB_i − 1)`` with ``D_r`` linear in the lookahead units; ``xnor``,
``scale_sum``, ``carry``, ``ripple_sub`` and ``code`` make that linear form the
bit r of ``(B − A) mod 2^N``; ``conj`` with K = 2 gives the gated product).
That reading is the written argument listed in :data:`TRUSTED`.

Covered: the ``"01"`` encoding, ``budget="minimal"``, folded read-out.  Not
covered for all sizes (enumerated sizes only, ``liang2025.loop.blocks`` and
``.split``): ``pm1-affine``, ``pm1-split``, ``budget="paper"``, the materialised
read-out — the lemmas would carry over (the ±1 code inner product is lemma
``pm1``) but their gadget-form tables are not written.
"""
from __future__ import annotations

import time

from constructions.liang2025.network import relu_network
from verify.claims import Outcome, Status
from verify.evidence import produces

from .allsizes_forms import FAMILY_LEMMAS, GLUE, conformance
from .allsizes_lemmas import BROKEN, LEMMAS, prove

__all__ = ["prove_lemma", "weights_conformance", "TRUSTED", "LEMMAS", "FAMILY_LEMMAS", "GLUE"]

#: What the all-sizes statement rests on beyond the z3 lemmas (each checked where noted).
TRUSTED = (
    "the gadget-form table (allsizes_forms.expected_layers) restates network.build's weights for every size: "
    "checked entry by entry (every spec, bias and weight of every unit of every layer, units identified by "
    "position) by the conformance obligation only at its listed shapes; beyond them, that the builder's loops are "
    "uniform in the sizes and the index (no size- or index-dependent branch other than the table's)",
    "the glue from a family's lemmas to the unit contract of smt.layer_query (inputs equal to their specs ⟹ "
    "ReLU(pre-activation) equals the unit's spec): a written argument per family (FAMILY_LEMMAS, allsizes.py "
    "docstring, allsizes_forms.GLUE); machine-checked per unit only at the enumerated shapes by liang2025.loop.blocks",
    "the bit-vector terms of signals.z3_signals (bvsub, bvadd, Extract, signed ≤, ==) read as their modular "
    "integer meaning: D = (B − A) mod 2^N, q = (pc + 1) mod 2^L, cond = [signed_N(D) ≤ 0] (SMT-LIB semantics)",
    "the shape's columns: s + i (memory) and s + m + j (commands) are distinct integers in [0, 2^L) "
    "(encoding.column; SubleqShape's s + m + k = n = 2^L)",
    "the chain of layer contracts is the loop theorem (the input specs are the state encoding and the "
    "write-back's the next state's): as in liang2025.loop.blocks; the table's input and write-back specs are "
    "among the entries the conformance obligation checks",
)


def _lemma_outcome(lemma: str, results, seconds: float, broken: str | None) -> Outcome:
    data = {"results": [[n, s] for n, s, _ in results], "seconds": round(seconds, 4)}
    bad = [(n, s, m) for n, s, m in results if s != "proved"]
    if not bad:
        what = f" ({broken}: not refuted)" if broken else ""
        return Outcome(Status.PROVED, f"{lemma}{what}: {len(results)} z3 quer{'y' if len(results) == 1 else 'ies'} proved (sizes symbolic)", data)
    name, status, model = bad[0]
    if status == "refuted":
        data["counterexample"] = {"lemma": lemma, "query": name, "broken": broken, "model": model,
                                  "replay": f"proofs.liang2025.allsizes_lemmas:prove({lemma!r}, {broken!r})"}
        return Outcome(Status.REFUTED, f"{name} fails{f' ({BROKEN[broken][1]})' if broken else ''}: {model}", data)
    return Outcome(Status.UNKNOWN, f"{name}: z3 answered {status}", data)


@produces("smt")
def prove_lemma(lemma: str, broken: str | None = None) -> Outcome:
    """Every query (base cases, steps, conclusions) of ``lemma``; ``broken`` uses a wrong gadget."""
    if lemma not in LEMMAS:
        return Outcome(Status.ERROR, f"no lemma {lemma!r} (lemmas: {', '.join(LEMMAS)})")
    start = time.perf_counter()
    results = prove(lemma, broken)
    return _lemma_outcome(lemma, results, time.perf_counter() - start, broken)


def mutated(shape, mutant):
    """``relu_network(shape)`` with weight ``[layer, row, col]`` (or the bias, col = "bias") increased by ``delta``."""
    from fractions import Fraction

    net = relu_network(tuple(shape), "01", "minimal")
    if not mutant:
        return net
    layer, row, col, delta = mutant
    old = net.layers[layer]
    if col == "bias":
        return net.replace_layer(layer, old.with_bias(row, old.bias[row] + Fraction(delta)))
    return net.replace_layer(layer, old.with_weight(row, col, dict(old.rows[row]).get(col, 0) + Fraction(delta)))


@produces("enumeration")
def weights_conformance(shapes: list, mutant=None) -> Outcome:
    """At each shape, every unit of the built network equals its gadget-form row (spec, bias, weights)."""
    start = time.perf_counter()
    mismatches, families = {}, {}
    for shape in shapes:
        bad, fams = conformance(tuple(shape), mutated(shape, mutant))
        if bad:
            mismatches[str(tuple(shape))] = bad[:5]
        for block, counts in fams.items():
            for fam, c in counts.items():
                families.setdefault(block, {}).setdefault(fam, 0)
                families[block][fam] += c
    data = {"shapes": [list(s) for s in shapes], "seconds": round(time.perf_counter() - start, 3),
            "families": families, "mutant": mutant}
    if mismatches:
        data["mismatches"] = mismatches
        first = next(iter(mismatches.items()))
        return Outcome(Status.UNKNOWN, f"the built weights are not the gadget forms at {first[0]}: {first[1][0]}", data)
    units = sum(c for counts in families.values() for c in counts.values())
    return Outcome(Status.PROVED, f"built weights = gadget-form table at {len(shapes)} shapes "
                   f"({units} units, every spec, bias and weight)", data)
