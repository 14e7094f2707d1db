"""The mutation self-test of the looped ReLU-MLP (a claim kind of the engine, :mod:`verify.mutation`).

Single-weight mutants of the network at a tiny machine — every weight of
``W`` and every bias ``b`` of every layer (the bias's support is every unit:
a zero bias may be set to ±1) — are judged twice:

* **ground truth**: one exact loop (:meth:`ReluNet.loop_exact`) from every
  valid state of the machine (every program, memory and pc: the states the
  z3 validity premise admits), decoded without tolerance and compared with
  :func:`constructions.giannou2023.isa.step`; *equivalent* when every state
  agrees, *changed* otherwise (the witness state is kept);
* **verdict**: the tool's own proof — every layer's contract as a z3 query
  (:func:`proofs.liang2025.smt.layer_query`, :func:`~proofs.liang2025.smt.check_units`,
  the queries :func:`proofs.liang2025.tasks.prove_block` runs), all layers of
  the mutated network; a ``sat`` model is decoded into a state and replayed on
  the mutated network (:func:`constructions.liang2025.execute.first_bad_unit`):
  REFUTED only if the replay shows a unit off its spec, ERROR if it does not,
  UNKNOWN on an undecided query.  PROVED when every layer meets its contract
  (the chain of contracts is the loop theorem: the input specs are the state
  encoding and the last layer's the encoded next state).
"""
from __future__ import annotations

import itertools
from fractions import Fraction

import z3

from constructions.giannou2023.isa import Instruction, State, step
from constructions.giannou2023.punchcard import SubleqShape
from constructions.liang2025.encoding import DecodeError, decode, encode
from constructions.liang2025.execute import first_bad_unit
from constructions.liang2025.network import relu_network
from verify.claims import Claim, Outcome, Status
from verify.evidence import produces
from verify.mutation import Mutant, candidates_from, run_mutants, sample_mutants, selftest_conclude, selftest_outcome

from .common import CONSTRUCTION, obligation, ref
from .smt import check_units, layer_query, setting, state_from_model
from .tasks import state_to_json

__all__ = ["CLAIMS", "strata", "apply", "valid_states", "truth", "contract_verdict", "relu_selftest",
           "SELFTEST_SHAPE", "SELFTEST_SAMPLE"]


def _layer_name(net, k: int) -> str:
    return f"{k:02d}:{net.layers[k].name}"  # zero-padded: tables sorted by name stay in layer order


def strata(net) -> list[tuple]:
    """The weights as :func:`verify.mutation.candidates_from` strata: per layer, ``W`` and ``b``."""
    out = []
    for k, layer in enumerate(net.layers):
        W = {(i, j): w for i, row in enumerate(layer.rows) for j, w in row}
        b = {(i, 0): v for i, v in enumerate(layer.bias) if v != 0}
        out += [(_layer_name(net, k), "W", W, Fraction(0)),
                (_layer_name(net, k), "b", b, Fraction(0), (range(layer.n_out), (0,)))]
    return out


def apply(net, mu: Mutant):
    """The network with one weight (``W[row, col]``) or bias (``b[row]``) changed."""
    from verify.mutation import mutate_value

    k = int(mu.layer.split(":", 1)[0])
    layer = net.layers[k]
    if mu.matrix == "W":
        new = layer.with_weight(mu.row, mu.col, mutate_value(mu.op, dict(layer.rows[mu.row]).get(mu.col, Fraction(0))))
    else:
        new = layer.with_bias(mu.row, mutate_value(mu.op, layer.bias[mu.row]))
    return net.replace_layer(k, new)


def valid_states(shape: SubleqShape) -> list[State]:
    """Every state the z3 validity premise admits: operands in memory, targets and pc in the program."""
    ins = [Instruction(a, b, c) for a in range(shape.m) for b in range(shape.m) for c in range(shape.commands)]
    half = 1 << (shape.N - 1)
    return [State(tuple(program), memory, pc, shape.N)
            for memory in itertools.product(range(-half, half), repeat=shape.m)
            for pc in range(shape.commands) for program in itertools.product(ins, repeat=shape.commands)]


def truth(net, shape: SubleqShape, encoding: str, states) -> tuple[bool, dict | None]:
    """``(equivalent, witness)``: one exact loop against one reference step on every state."""
    for state in states:
        want = step(state)
        out = net.loop_exact(encode(shape, state, encoding))
        try:
            got = decode(shape, out, encoding)
        except DecodeError as err:
            return False, {"verdict": "undecodable", "state": state_to_json(state), "error": str(err)}
        if got != want:
            return False, {"verdict": "differs", "state": state_to_json(state), "expected": state_to_json(want),
                           "actual": state_to_json(got)}
    return True, None


def contract_verdict(net, shape: SubleqShape, encoding: str, ignore=frozenset(),
                     timeout_ms: int = 60_000) -> tuple[Status, str]:
    """The tool's verdict: every layer against its contract (z3), a ``sat`` model replayed on ``net``.

    ``ignore`` holds ``(layer, unit)`` pairs whose contracts are dropped (the sibling test weakens the
    contract this way to show that the self-test notices).
    """
    st = setting((shape.s, shape.m, shape.n, shape.N))
    for k in range(len(net.layers)):
        _, bad = layer_query(net, k, st, timeout_ms)
        bad = [c for u, c in enumerate(bad) if (k, u) not in ignore]
        answer, model, reason = check_units(st, bad, timeout_ms)
        if answer == z3.unsat:
            continue
        name = _layer_name(net, k)
        if answer != z3.sat:
            return Status.UNKNOWN, f"{name}: z3 answered {answer} ({reason})"
        state = state_from_model(st, model)
        unit = first_bad_unit(net, shape, state, encoding)
        if not unit:
            return Status.ERROR, f"{name}: z3's counterexample does not replay on the network"
        return Status.REFUTED, f"at pc {state.pc}, memory {list(state.memory)}: {unit}"
    return Status.PROVED, "every layer meets its contract"


@produces("enumeration")
def relu_selftest(shape: list[int], encoding: str = "01", budget: str = "minimal", sample: int | None = None,
                  seed: int = 0, part: int = 0, parts: int = 1, ignore: list | None = None) -> Outcome:
    """Part ``part`` of ``parts`` of a seeded sample of single-weight mutants of the ReLU-MLP at ``shape``."""
    shp = SubleqShape(*shape)
    net = relu_network(tuple(shape), encoding, budget)
    candidates = candidates_from(strata(net))
    mutants = sample_mutants(candidates, sample, seed)[part::parts]
    states = valid_states(shp)
    dropped = frozenset(tuple(x) for x in ignore or ())
    results = run_mutants(mutants, lambda mu: apply(net, mu), lambda m: truth(m, shp, encoding, states),
                          lambda m, _mu: contract_verdict(m, shp, encoding, dropped))
    scope = (f"{len(mutants)} of {len(candidates)} single-weight mutants (seed {seed}, part {part + 1}/{parts}) of "
             f"the {encoding}/{budget} network at {shp}, ground truth on all {len(states)} valid states")
    return selftest_outcome(results, scope)


# ---------------------------------------------------------------------------
# the claim
# ---------------------------------------------------------------------------

SELFTEST_SHAPE = (1, 2, 4, 2)  # the transformer machine's self-test size: 64 valid states, 11 layers
#: profile -> (mutants sampled, obligations); None = every candidate (≈ 8,400, about 0.15 s each)
SELFTEST_SAMPLE = {"ci": (100, 2), "full": (None, 8)}


def _obligations(claim: Claim, profile: str) -> list:
    sample, parts = SELFTEST_SAMPLE[profile]
    return [obligation(claim.id, f"part{k + 1}of{parts}", "proofs.liang2025.mutation:relu_selftest",
                       net=(SELFTEST_SHAPE, "01", "minimal"), shape=list(SELFTEST_SHAPE), encoding="01",
                       budget="minimal", sample=sample, seed=2025, part=k, parts=parts)
            for k in range(parts)]


CLAIMS = [Claim(
    "liang2025.selftest.mutants",
    "Mutation self-test: every single-weight change that breaks the ReLU-MLP loop is caught by the layer proofs",
    ref("(sanity check of the proofs)", "[I]", "no single-weight mutant that changes the loop is PROVED"),
    CONSTRUCTION + " at (1, 2, 4, 2), {0,1} bits, minimal depth",
    "seeded stratified single-weight mutants of every W and b (negate, ±1, ×2, zero, set a zero entry in the "
    "support to ±1); ground truth by one exact loop from every valid state; verdict by the z3 layer contracts "
    "of every layer, a sat model replayed on the mutant (verify.mutation)",
    (Status.PROVED,), _obligations,
    parameters=lambda profile: {"shape (s,m,n,N)": list(SELFTEST_SHAPE), "mutants": SELFTEST_SAMPLE[profile][0] or "all",
                                "seed": 2025},
    conclude=selftest_conclude)]
