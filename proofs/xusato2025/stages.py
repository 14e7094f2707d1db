"""Loop counts per stage of our block against the reported δ^{-1} − 1, N and 2δ^{-(N+1)d} − 1.

:func:`stage_loops` runs the block in exact arithmetic on every grid input
and records, per stage, the least number of loops after which *every* input
has its intended token IDs (stage 1), sequence ID (stage 2, counted from the
end of stage 1) and values (stage 3, counted from the end of stage 2).  It
compares each with the paper's count: equal → PROVED, fewer → LOOSE (the
reported count suffices for our block and a smaller one is proved).
"""
from __future__ import annotations

from constructions.xusato2025 import XSShape, block_network, embed_batch, intended, layout
from constructions.xusato2025.reference import grid_inputs
from constructions.xusato2025.tables import make_table
from verify.claims import Outcome, Status
from verify.forward import Evaluator
from verify.semantics import Exact

__all__ = ["stage_loops", "paper_counts"]


def paper_counts(shape: XSShape) -> dict[str, int]:
    return {"quantise": shape.D - 1, "context": shape.N, "values": 2 * shape.K - 1}


def _done(shape, state, wants, stage) -> bool:
    lay = layout(shape)
    for b, want in enumerate(wants):
        for n in range(shape.N):
            if stage == "quantise" and state.item(b, lay.row("z"), n) != want["token_ids"][n]:
                return False
            if stage == "context" and state.item(b, lay.row("S"), n) != want["sequence_id"]:
                return False
            if stage == "values" and any(state.item(b, lay.row("y", i), n) / shape.Q != want["values"][n][i]
                                         for i in range(shape.d)):
                return False
    return True


def stage_loops(shape: list[int], stage: str, table: str = "random:1", limit: int = 0) -> Outcome:
    """Least loops of ``stage`` (quantise / context / values) that serve every grid input, vs the paper's count."""
    shp = XSShape(*shape)
    tab = make_table(shp, table)
    inputs = list(grid_inputs(shp))
    wants = [intended(shp, X, tab) for X in inputs]
    ev = Evaluator(block_network(shp), Exact())
    X = ev.input(embed_batch(shp, inputs, tab))
    before = {"quantise": 0, "context": shp.loops_quantise, "values": shp.loops_quantise + shp.loops_context}[stage]
    X = ev.run(X, before)
    limit = limit or 2 * paper_counts(shp)[stage] + 2
    loops = 0
    while not _done(shp, X, wants, stage):
        if loops >= limit:
            return Outcome(Status.REFUTED, f"{shp.label()}: stage {stage} not done after {limit} loops",
                           {"counterexample": {"shape": shape, "stage": stage, "loops": limit}})
        X = ev.loop(X)
        loops += 1
    paper = paper_counts(shp)[stage]
    data = {"shape": shp.label(), "stage": stage, "ours": loops, "paper": paper, "inputs": len(inputs)}
    if loops == paper:
        return Outcome(Status.PROVED, f"{shp.label()}: stage {stage} takes exactly {loops} loops, as reported", data)
    if loops < paper:
        return Outcome(Status.LOOSE, f"{shp.label()}: stage {stage} takes {loops} < {paper} loops", data)
    return Outcome(Status.UNKNOWN, f"{shp.label()}: our stage {stage} takes {loops} > {paper} loops "
                   f"(our construction, not necessarily the paper's)", data)
