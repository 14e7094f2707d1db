"""The SUBLEQ block contracts and the loop theorem at every size: claim ``giannou2023.loop.all_sizes``.

``giannou2023.loop.chained`` (:mod:`.blocks`) proves the ten layer contracts
and their chain at enumerated machines.  Here the same contracts are proved for
**every** ``log n ≥ 2``, ``N ≥ 2`` (and every ``s, m`` that fit), in four steps:

1. the builders' own code is run with symbolic sizes (:mod:`.generic_exec`):
   every weight becomes a formula in ``L``, ``N`` and a generic bit/row index;
2. each layer is proved on those formulas for a generic row of each written
   block, in each column class (:mod:`.allsizes_ffn`, :mod:`.allsizes_attention`),
   z3 with the sizes symbolic;
3. the facts that need induction on ``N`` or ``L`` (weighted bit sums, carries,
   the zero test, the code inner products, two's complement) are proved as
   base case + step (:mod:`.allsizes_lemmas`);
4. the chain: contracts.py's ten contracts compose to its ``subleq_step`` for
   every size — z3 on the contracts' own code, run at word level with the sizes
   symbolic (:mod:`.word_exec`, :mod:`.allsizes_compose`).

A fifth obligation checks the generic formulas against the real built
network, entry by entry, at listed sizes (enumeration; it validates step 1 and
the block geometry it uses).  Broken builders (:mod:`.allsizes_variants`) are
refuted by the same argument and replayed on a concrete machine.
"""
from __future__ import annotations

import time
from fractions import Fraction

from constructions.giannou2023 import LAYER_NAMES, SubleqShape, subleq_network
from constructions.giannou2023 import subleq as _subleq
from constructions.giannou2023.contracts import SPECS
from constructions.giannou2023.invariants import stage_template
from constructions.giannou2023.variants import with_layer
from verify import symbolic as sym
from verify.claims import Outcome, Status
from verify.evidence import produces
from verify.smt import check_layer

from .allsizes_attention import ATTENTION_LAYERS, prove_attention_layer
from .allsizes_ffn import FFN_LAYERS, prove_ffn_layer
from .allsizes_lemmas import LEMMAS, prove_lemmas
from .allsizes_variants import VARIANTS
from .generic_exec import conformance, generic_layers

__all__ = ["prove_layer_all_sizes", "prove_lemmas_all_sizes", "prove_chain_all_sizes", "prove_stage_sets_all_sizes",
           "weights_conformance", "TRUSTED"]

#: What the all-sizes argument reads as restatements rather than from the builders (each cross-checked where noted).
TRUSTED = (
    "the word-level executor (word_exec) runs contracts.py as Python runs it: words encoded by one integer each "
    "(exact by the WORD_LEMMAS, proved by induction), a loop over a block's rows run for its leading entry and its "
    "other entries, a loop over a column region run once for a generic column (checked against the concrete "
    "contracts on random encoded states at the conformance machines; code it does not model raises, never passes)",
    "the valid inputs of one loop, restated in words (allsizes_compose.PRECONDITION; checked to hold on encoded "
    "machine states at the conformance machines)",
    "block geometry of the punchcard in L and N (generic_exec.PARTS; checked against subleq_layout by the "
    "conformance obligation at its sizes)",
    "the set a loop starts from, per column class (allsizes_ffn.stage_kinds(0), plus the pointer ranges of "
    "allsizes_compose.PRECONDITION): checked to over-approximate invariants.stage_template(0) entry by entry at the "
    "conformance machines with n ≤ 16, and to hold on encoded machine states; the sets before the later layers "
    "and the heads' pointer targets are PROVED for all sizes to be reached (the stages obligation)",
    "each layer's contract per row (allsizes_ffn/_attention targets; restates contracts.py: at every machine "
    "where giannou2023.loop.chained proves the real layer meets contracts.py and the conformance check holds, "
    "the restatement agrees with contracts.py, as both are proved of the same weights on every cell)",
    "codes of distinct columns differ (p_j is the binary expansion of j: layout.positional_code)",
    "generic execution runs each loop body once; the builders do not branch on index values (a branch would "
    "make the formulas differ from the built weights, caught by the conformance obligation at its sizes)",
)

#: Concrete machines for replaying a refutation: (s, m, n) per log n.
_MACHINE = {2: (1, 2, 4), 3: (2, 3, 8), 4: (4, 6, 16), 5: (8, 8, 32), 6: (8, 16, 64)}


def _builders(variant: str):
    if variant == "correct":
        return _subleq._BUILDERS, None
    layer, builder = VARIANTS[variant]
    return tuple(builder if b.__name__ == layer else b for b in _subleq._BUILDERS), builder


def _replay(layer: str, builder, sizes: list[tuple[int, int]]) -> dict | None:
    """The first machine (log n, N) on which the broken layer fails its contract, lifted to a machine state."""
    from .proving import counterexample

    index = LAYER_NAMES.index(layer)
    for L, N in sizes:
        shp = SubleqShape(*_MACHINE[L], N)
        with sym.scope():
            network = with_layer(subleq_network(shp), builder(subleq_network(shp).layout))
            network = network.bind(C=Fraction(100), eps=Fraction(1, 4))
            layout = network.layout
            proof = check_layer(network, index, stage_template(layout, index), SPECS[index], None,
                                keep_smt2=False, stop_on_failure=True)
            bad = [f for f in proof.failures if f.status == "refuted"]
            if bad:
                cex = counterexample(network, shp, index, bad[0].cell, False, bad[0].model or {}, loop_level=False)
                if cex.get("reachable"):
                    return cex
    return None


@produces("smt")
def prove_layer_all_sizes(layer: str, variant: str = "correct") -> Outcome:
    """Layer ``layer`` meets its contract for every N ≥ 2, log n ≥ 2 (generic weights, sizes symbolic)."""
    start = time.perf_counter()
    builders, broken = _builders(variant)
    generic = generic_layers(builders)
    prover = prove_ffn_layer if layer in FFN_LAYERS else prove_attention_layer
    try:
        results = prover(layer, generic)
        form_error = None
    except ValueError as err:  # the weights do not have the form the argument reads
        results, form_error = [], str(err)
    data = {"queries": len(results), "seconds": round(time.perf_counter() - start, 3),
            "kind": "attention" if layer in ATTENTION_LAYERS else "feed-forward",
            "results": [[name, status] for name, status, _ in results]}
    bad = [(n, s, m) for n, s, m in results if s != "proved"]
    if not bad and form_error is None:
        return Outcome(Status.PROVED, f"{layer}: PROVED for all sizes (N ≥ 2, log n ≥ 2, every s, m): "
                       f"{len(results)} z3 queries on the generic weights, sizes symbolic", data)
    why = form_error or f"{bad[0][0]}: {bad[0][1]}"
    data["failure"] = why
    model = bad[0][2] if bad else None
    if model:
        data["symbolic_model"] = model
    if broken is None:
        return Outcome(Status.UNKNOWN, f"{layer}: the all-sizes argument does not go through ({why})", data)
    sizes = []
    if model and "L" in model and "N" in model:
        sizes.append((min(int(model["L"]), 6), int(model["N"])))
    sizes += [(L, N) for L in (2, 3) for N in (2, 3, 4) if (L, N) not in sizes]
    cex = _replay(layer, broken, sizes)
    if cex is None:
        return Outcome(Status.UNKNOWN, f"{layer} ({variant}): not proved ({why}), and no concrete machine "
                       f"tried fails", data)
    data["counterexample"] = {**cex, "variant": variant, "symbolic": model}
    return Outcome(Status.REFUTED, f"{layer} ({variant}): {why}; at {cex['shape']} {cex['cell']} should be "
                   f"{cex['expected']}, the network gives {cex['actual']} ({cex['replay']['exact']})", data)


@produces("smt")
def prove_lemmas_all_sizes() -> Outcome:
    """Every induction lemma (base case and step) of :mod:`.allsizes_lemmas`."""
    start = time.perf_counter()
    results = prove_lemmas()
    data = {"results": [list(r) for r in results], "seconds": round(time.perf_counter() - start, 3)}
    bad = [r for r in results if r[1] != "proved"]
    if bad:
        return Outcome(Status.UNKNOWN, f"lemma query {bad[0][0]} is {bad[0][1]}", data)
    return Outcome(Status.PROVED, f"{len(LEMMAS)} lemmas, {len(results)} z3 queries (base cases and steps)", data)


#: the lemmas the word-level executor's encoding rests on (see word_exec)
WORD_LEMMAS = ("weighted_sum", "unsigned_split", "complement", "msb_split", "injective", "binary_digits")


@produces("smt")
def prove_chain_all_sizes(shapes: list | None = None, variant: str = "correct") -> Outcome:
    """The ten contracts compose to one SUBLEQ step for every N ≥ 2, log n ≥ 2, s, m — on contracts.py's own code.

    ``SPECS`` chained and ``subleq_step`` are run by the word-level executor (:mod:`.word_exec`) on one
    symbolic input and compared atom by atom by z3 (:mod:`.allsizes_compose`); the executor's encoding rests on
    :data:`WORD_LEMMAS` (proved by induction here), and is checked against the concrete contracts on random
    encoded states at ``shapes``.  ``variant`` swaps in a broken contract (:mod:`.contract_variants`).
    """
    from .allsizes_compose import conformance, prove_composition
    from .contract_variants import variant_specs
    from .word_exec import Unsupported

    start = time.perf_counter()
    lemmas = prove_lemmas(list(WORD_LEMMAS))
    specs = None if variant == "correct" else variant_specs(variant)
    try:
        queries = prove_composition(specs)
    except Unsupported as err:
        return Outcome(Status.UNKNOWN, f"the word-level executor cannot run the contracts: {err}",
                       {"lemmas": [list(r) for r in lemmas]})
    mismatches = conformance(shapes or [], samples=3) if variant == "correct" else []
    data = {"lemmas": [list(r) for r in lemmas], "queries": [[q, st] for q, st, _ in queries],
            "conformance": {"shapes": shapes or [], "mismatches": mismatches[:10]},
            "seconds": round(time.perf_counter() - start, 3)}
    refuted = [(q, cex) for q, st, cex in queries if st == "refuted"]
    if refuted:
        q, cex = refuted[0]
        if cex is None:
            return Outcome(Status.UNKNOWN, f"{q}: z3 finds a difference that no small concrete machine replays", data)
        data["counterexample"] = cex
        return Outcome(Status.REFUTED, f"{variant}: {q}: at {cex['shape']} {cex['cell']} the chained contracts give "
                       f"{cex['chained contracts']}, subleq_step gives {cex['subleq_step']} (machine state "
                       f"{cex['machine state']})", data)
    bad = [f"{r[0]}: {r[1]}" for r in lemmas if r[1] != "proved"] + [f"{q}: {st}" for q, st, _ in queries
                                                                      if st != "proved"]
    if bad or mismatches:
        return Outcome(Status.UNKNOWN, f"not proved: {(bad or mismatches)[0]}", data)
    return Outcome(Status.PROVED, f"contracts.py's ten contracts chained = subleq_step for every N ≥ 2, log n ≥ 2, "
                   f"s, m: {len(queries)} z3 queries on the contracts' own code run at word level with the sizes "
                   f"symbolic; the word encoding by {len(lemmas)} lemma queries (induction); the word model agrees "
                   f"with the concrete contracts on {3 * len(shapes or [])} encoded states at {len(shapes or [])} "
                   f"machines", data)


@produces("smt")
def prove_stage_sets_all_sizes() -> Outcome:
    """The stage sets the layer proofs assume, and their heads' pointer targets, hold along the chained contracts.

    For every size, z3 on the word-level run of ``SPECS`` from a valid input (:mod:`.allsizes_stages`).
    """
    from .allsizes_stages import prove_stage_sets
    from .word_exec import Unsupported

    start = time.perf_counter()
    try:
        results = prove_stage_sets(generic_layers())
    except Unsupported as err:
        return Outcome(Status.UNKNOWN, f"the stage sets cannot be read per atom: {err}", {})
    data = {"results": [list(r) for r in results], "seconds": round(time.perf_counter() - start, 3)}
    bad = [r for r in results if r[1] != "proved"]
    if bad:
        return Outcome(Status.UNKNOWN, f"{bad[0][0]}: {bad[0][1]}", data)
    pointers = sum(":" in name for name, _ in results)
    return Outcome(Status.PROVED, f"for every size, the state after each of the ten contracts lies in the set the "
                   f"next layer's all-sizes proof assumes (11 stages × 4 column classes), and the heads' pointers "
                   f"address the column classes their proofs assume ({pointers} queries): {len(results)} z3 "
                   f"queries", data)


@produces("enumeration")
def weights_conformance(shapes: list) -> Outcome:
    """The generic formulas, instantiated at each shape, equal the built network's weights entry by entry;

    and at the shapes with n ≤ 16, the row kinds of the all-sizes queries cover the stage templates
    (:mod:`.allsizes_templates`).
    """
    start = time.perf_counter()
    from .allsizes_templates import kinds_cover_templates

    generic = generic_layers()
    bad = {str(tuple(s)): conformance(tuple(s), generic) + (kinds_cover_templates(s) if s[2] <= 16 else [])
           for s in shapes}
    bad = {k: v for k, v in bad.items() if v}
    data = {"shapes": [list(s) for s in shapes], "seconds": round(time.perf_counter() - start, 3)}
    if bad:
        data["mismatches"] = bad
        return Outcome(Status.UNKNOWN, f"the generic formulas differ from the built weights at {sorted(bad)[0]}: "
                       f"{next(iter(bad.values()))[0]}", data)
    small = sum(s[2] <= 16 for s in shapes)
    return Outcome(Status.PROVED, f"generic formulas = built weights (every FFN unit, bias and head entry; no "
                   f"per-column biases) at {len(shapes)} machines; row kinds cover the stage templates at the "
                   f"{small} with n ≤ 16", data)
