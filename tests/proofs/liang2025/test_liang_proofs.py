"""z3 obligations of the looped ReLU-MLP: proofs hold, and fail — with replayable counterexamples — when broken."""
import pytest

from proofs.liang2025.machine import mutant_of
from proofs.liang2025.proving import prove
from proofs.liang2025.tasks import (margins, network_for, prove_block, prove_grid, prove_loop, replay,
                                    state_from_json)
from verify.claims import Status

TINY = [1, 2, 4, 3]
SMALL = [2, 3, 8, 3]


@pytest.mark.parametrize("block", ["read-instr", "subtract", "branch"])
def test_block_contracts_hold(block):
    o = prove_block(SMALL, "01", "minimal", block)
    assert o.status == Status.PROVED, o.summary
    assert len(o.artefacts) == len(o.data["layers"]) and all("(check-sat)" in text for text in o.artefacts.values())


@pytest.mark.parametrize("block", ["read-instr", "read-data", "subtract", "write", "next-pc", "branch"])
def test_one_weight_mutant_of_each_block_is_refuted_and_replays(block):
    mutant = mutant_of(block, tuple(SMALL))
    o = prove_block(SMALL, "01", "minimal", block, mutant=mutant)
    assert o.status == Status.REFUTED
    ce = o.data["counterexample"]
    state = state_from_json(ce["state"])  # a valid SUBLEQ state
    assert state.pc < len(state.program)
    again = replay(SMALL, "01", "minimal", ce["state"], mutant)
    assert again["first_bad_unit"] and again == ce["replay"]
    assert replay(SMALL, "01", "minimal", ce["state"], None)["first_bad_unit"] == ""  # the real network is fine there


def test_whole_loop_and_grid_monolithic():
    assert prove_loop(TINY, "01", "minimal").status == Status.PROVED
    assert prove_loop(TINY, "pm1-affine", "paper").status == Status.PROVED
    assert prove_grid(TINY, "01", "minimal").status == Status.PROVED
    assert prove_grid(SMALL, "pm1-affine", "paper", compositional=True).status == Status.PROVED


def test_monolithic_mutants_are_refuted():
    net = network_for(TINY, "01", "minimal")
    last = net.depth - 1
    # the write-back's first unit gets half an extra input: the state drifts off the grid
    col = net.layers[last].rows[0][0][0]
    mutant = [last, 0, col, "1/2"]
    grid = prove_grid(TINY, "01", "minimal", mutant=mutant)
    assert grid.status == Status.REFUTED
    assert grid.data["counterexample"]["replay"]["loop"].startswith("diverges")
    loop = prove_loop(TINY, "01", "minimal", mutant=mutant)
    assert loop.status == Status.REFUTED


def test_margins_and_exact_formats():
    o = margins(SMALL, "pm1-affine", "paper")
    assert o.status == Status.PROVED
    assert o.data["margin"] == "1"
    assert "bfloat16" in o.data["exact_formats"]


def test_prove_entry_point():
    o = prove(TINY)
    assert o.status == Status.PROVED
    assert any(name.endswith(".smt2") for name in o.artefacts)


@pytest.mark.parametrize("bad", [[1, 2, 4], [1, 2, 5, 2], ["a", 2, 4, 2]])
def test_prove_rejects_bad_shapes(bad):
    with pytest.raises(ValueError):
        prove(bad)


def test_artefact_rechecked_by_cvc5():
    cvc5 = pytest.importorskip("cvc5")
    from verify.recheck import cvc5_results

    o = prove_block(TINY, "01", "minimal", "subtract")
    script = next(iter(o.artefacts.values()))
    if "(check-sat)" not in script:
        script += "\n(check-sat)\n"
    assert cvc5_results(script) == ["unsat"]
    del cvc5


@pytest.mark.parametrize("group", [1, 3, 8, 64])
def test_units_asked_in_groups_find_the_first_failing_unit(group):
    """check_units asks several units per query; a failing unit anywhere (a group's middle, the last, alone)
    is found and named by its model, whatever the group size."""
    import z3

    from proofs.liang2025.smt import check_units, layer_query, setting

    net = network_for(TINY, "01", "minimal")
    st = setting(tuple(TINY))
    _, bad = layer_query(net, 1, st)
    assert len(bad) > 9
    assert check_units(st, bad, group=group)[0] == z3.unsat
    bit = st.vars[next(k for k in st.vars if k[0] == "M")]  # a memory bit: fails exactly when it is set
    for where in (0, 5, len(bad) - 1):
        broken = bad[:where] + [bit] + bad[where + 1:]
        answer, model, _ = check_units(st, broken, group=group)
        assert answer == z3.sat and z3.is_true(model.eval(broken[where], model_completion=True))
        assert all(not z3.is_true(model.eval(c, model_completion=True)) for c in bad)  # only the broken one fails
