"""The reconstructed Xu & Sato block: reference IDs, sizes, and the stages run on single inputs."""
from fractions import Fraction

import pytest

from constructions.xusato2025 import (XSShape, block_network, embed, heads_and_widths, intended, read_out,
                                      register, sequence_id)
from constructions.xusato2025.reference import cell_index, good_interval, grid_inputs
from constructions.xusato2025.tables import make_table
from verify.forward import Evaluator
from verify.rational import RatArray
from verify.semantics import Exact


def test_sequence_id_is_base_B_of_the_sorted_ids():
    s = XSShape(1, 2, 3)  # B = 3
    assert sequence_id(s, (1, 2)) == 2 * 3 + 1 == sequence_id(s, (2, 1))
    assert s.K == 27 and s.loops == 2 + 2 + 28


def test_cells_and_trifling_region():
    s = XSShape(1, 1, 2, M=8)
    assert good_interval(s, 1) == (Fraction(1, 2) + Fraction(1, 8), Fraction(1))
    assert cell_index(s, Fraction(1, 2)) == 0
    assert cell_index(s, Fraction(9, 16)) is None  # inside the ramp
    assert len(list(grid_inputs(s))) == 4


def test_sizes_are_4d_plus_9_and_2q_plus_7_d_plus_14():
    for d in (1, 2, 3):
        for q in (1, 3):
            sizes = heads_and_widths(XSShape(d, 2, 2, q))
            assert sizes == {"embedding": 4 * d + 9, "ffn_width": (2 * q + 7) * d + 14, "heads": 2, "head_size": 1}


def test_register_rejects_out_of_range_tables():
    s = XSShape(1, 1, 2, Q=1)
    with pytest.raises(ValueError):
        register(s, [[2]] * s.K, 0)


def _run(shape, X, table, variant="correct"):
    ev = Evaluator(block_network(shape, variant), Exact())
    out = ev.run(ev.input(RatArray.from_values(embed(shape, X, table))), shape.loops)
    return read_out(shape, out.tolist())


def test_one_input_gets_its_values_and_a_mutant_does_not():
    s = XSShape(1, 2, 3)
    table = make_table(s, "random:1")
    X = [[Fraction(5, 12), Fraction(0)]]
    want = intended(s, X, table)["values"]
    assert _run(s, X, table) == [[want[0][0], want[1][0]]]
    assert _run(s, X, table, "lookup_base") != [[want[0][0], want[1][0]]]


def test_equal_tokens_are_told_apart_by_position():
    s = XSShape(1, 2, 2)
    table = make_table(s, "alternating")
    X = [[Fraction(1), Fraction(1)]]  # both tokens in cell 1: sequence ID 1·2 + 1 = 3
    assert intended(s, X, table)["sequence_id"] == 3
    want = intended(s, X, table)["values"]
    assert _run(s, X, table) == [[want[0][0], want[1][0]]]


def test_unknown_variant_is_refused():
    with pytest.raises(ValueError):
        block_network(XSShape(1, 1, 2), "nonsense")


def test_registry_entry_builds_the_block_and_refuses_bad_shapes():
    from constructions.xusato2025.entry import block_from_text, construction_entry
    assert construction_entry().name == "xusato2025.block"
    assert block_from_text("2,1,2,3").layout.d == 17
    with pytest.raises(ValueError):
        block_from_text("2,1,2")
    with pytest.raises(ValueError):
        block_from_text("1,3,2,3")  # N must be a power of two
