import itertools

import pytest

from verify.layout import Layout, positional_code


def test_p0_is_zero_and_codes_are_msb_first():
    assert positional_code(0, 3) == (0, 0, 0)
    assert positional_code(1, 3) == (-1, -1, 1)
    assert positional_code(6, 3) == (1, 1, -1)


@pytest.mark.parametrize("bits", [2, 3, 4, 5])
def test_code_inner_products(bits):
    """p_i·p_i = L and p_i·p_j = L − 2·Hamming(i, j) ≤ L − 2 for i ≠ j ≥ 1."""
    codes = {i: positional_code(i, bits) for i in range(1, 2**bits)}
    for i, j in itertools.product(codes, repeat=2):
        dot = sum(a * b for a, b in zip(codes[i], codes[j]))
        if i == j:
            assert dot == bits
        else:
            assert dot == bits - 2 * bin(i ^ j).count("1")
            assert dot <= bits - 2


def test_code_out_of_range():
    with pytest.raises(ValueError):
        positional_code(8, 3)


def layout():
    return Layout.build([("A", 3, (("x", 1), ("y", 2))), ("B", 2, (("w", 2, 0),)), ("ind", 1)],
                        [("left", 1), ("right", 3)], pos_bits=2, params={"k": 7})


def test_rows_parts_and_description():
    lay = layout()
    assert lay.d == 6 and lay.n == 4
    assert list(lay.rows("A.y")) == [1, 2]
    assert lay.row("B", 1) == 4
    assert lay.describe_row(2) == "A.y[1]"
    assert lay.describe_col(2) == "right[1] (column 2)"
    assert lay.param("k") == 7
    assert lay.rows_of(["A.x", "ind"]) == [0, 5]


def test_unknown_names_and_bad_indices_are_clear_errors():
    lay = layout()
    with pytest.raises(KeyError, match="no row block named 'Q'"):
        lay.rows("Q")
    with pytest.raises(IndexError):
        lay.row("A.x", 1)
    with pytest.raises(KeyError):
        lay.cols("middle")


def test_build_rejects_inconsistent_layouts():
    with pytest.raises(ValueError, match="expected n = 4"):
        Layout.build([("A", 1)], [("c", 3)], pos_bits=2)
    with pytest.raises(ValueError, match="overflows"):
        Layout.build([("A", 1, (("x", 2),))], [("c", 4)], pos_bits=2)
    with pytest.raises(ValueError, match="duplicate"):
        Layout.build([("A", 1), ("A", 1)], [("c", 4)], pos_bits=2)


def test_json_export_names_every_block():
    data = layout().to_json()
    assert [b["name"] for b in data["row_blocks"]] == ["A", "B", "ind"]
    assert data["row_blocks"][0]["parts"][1] == {"name": "A.y", "start": 1, "size": 2}
