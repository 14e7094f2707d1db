"""Importing weights written elsewhere: round trips, snapping, the non-exact flag, malformed input."""
import argparse
import json
import math
from fractions import Fraction

import numpy as np
import pytest
import sympy as sp

from verify import symbolic as sym
from verify.attention_mask import AttentionMask
from verify.commands.import_ import add_import_parser, import_command
from verify.errors import EXIT_FAIL, EXIT_OK, UsageError
from verify.forward import Evaluator
from verify.importer import import_weights, layout_from_json
from verify.layer import AttentionHead, FeedForward, Layer, LoopedNetwork, sparse
from verify.layout import Layout
from verify.semantics import Exact, Symbolic
from verify.smt import check_cells
from verify.weights_io import snap

D, N = 5, 4
LAYOUT = Layout.build([("x", 3, [("lo", 1), ("hi", 2)]), ("y", 2)], [("s", 1), ("t", 3)], pos_bits=2)


def toy():
    """A toy network with rational weights, a causal linear head, a masked softmax head and column-0 biases."""
    lin = AttentionHead("lin", sparse(2, D, {(0, 0): "1/3", (1, 1): -2}), sparse(2, D, {(0, 0): 1, (1, 2): "5/7"}),
                        sparse(D, D, {(3, 1): "1/4"}), kind="linear", mask=AttentionMask.causal(),
                        scale=sp.Rational(1, 2))
    soft = AttentionHead("soft", sparse(1, D, {(0, 1): 1}), sparse(1, D, {(0, 0): 2}), sparse(D, D, {(4, 2): -1}),
                         mask=AttentionMask.explicit([[1, 0, 1, 1], [1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 0, 1]]))
    ffn = FeedForward(sparse(2, D, {(0, 0): 1, (1, 2): "-3/8"}), sparse(2, 1, {(0, 0): "1/3"}),
                      sparse(D, 2, {(3, 0): 1, (4, 1): -2}), sparse(D, 1, {(4, 0): 1}), ("u", "v"),
                      B1=sparse(2, N, {(1, 0): 1}), B2=sparse(D, N, {(3, 0): 7, (4, 0): "-1/5"}))
    return LoopedNetwork("toy", LAYOUT, (Layer("one", (lin, soft), ffn, ("x", "y"), ("y",)),))


def dense(m):
    return np.array(m.tolist(), dtype=np.float64)


def write_npz(path, net, dtype=np.float64, **extra):
    layer = net.layers[0]
    arrays = {f"h{k}.{name}": dense(m).astype(dtype) for k, h in enumerate(layer.heads)
              for name, m in h.matrices().items()}
    f = layer.ffn
    arrays.update({"ffn.W1": dense(f.W1), "ffn.b1": dense(f.b1)[:, 0], "ffn.W2": dense(f.W2),
                   "ffn.b2": dense(f.b2)[:, 0], "ffn.B1": dense(f.B1), "ffn.B2": dense(f.B2)})
    arrays = {k: v.astype(dtype) for k, v in arrays.items()}
    arrays.update(extra)
    np.savez(path, **arrays)
    return arrays


def spec(net=None, **changes):
    net = net or toy()
    head_specs = [{"name": "lin", "Q": "h0.Q", "K": "h0.K", "V": "h0.V", "kind": "linear", "scale": "1/2",
                   "mask": "causal"},
                  {"name": "soft", "Q": "h1.Q", "K": "h1.K", "V": "h1.V",
                   "mask": [[1, 0, 1, 1], [1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 0, 1]]}]
    out = {"name": "toy", "layout": net.layout.to_json(),
           "layers": [{"name": "one", "reads": ["x", "y"], "writes": ["y"], "heads": head_specs,
                       "ffn": {"W1": "ffn.W1", "b1": "ffn.b1", "W2": "ffn.W2", "b2": "ffn.b2",
                               "B1": "ffn.B1", "B2": "ffn.B2", "units": ["u", "v"]}}]}
    out.update(changes)
    return out


def write_spec(path, data):
    path.write_text(json.dumps(data))
    return path


# -- round trip --------------------------------------------------------------------------------


def test_round_trip_through_npz_is_exact(tmp_path):
    net = toy()
    write_npz(tmp_path / "w.npz", net)
    result = import_weights(tmp_path / "w.npz", write_spec(tmp_path / "l.json", spec()))
    assert result.exact and not result.unsnapped
    got = result.network
    assert got.layout == net.layout
    for a, b in zip(got.layers[0].matrices().items(), net.layers[0].matrices().items()):
        assert a[0] == b[0] and a[1] == b[1], a[0]
    assert got.content_hash() == net.content_hash()
    X = np.random.default_rng(0).integers(-2, 3, size=(D, N))
    e1, e2 = Evaluator(got, Exact()), Evaluator(net, Exact())
    assert e1.loop(e1.input(X)).equals(e2.loop(e2.input(X)))
    assert result.max_snap_distance > 0 and result.max_snap_distance < 1e-15  # 1/3, 5/7, … are not floats
    assert result.worst[3] in (Fraction(1, 3), Fraction(5, 7), Fraction(-1, 5))


def test_round_trip_sibling_a_changed_weight_changes_the_hash(tmp_path):
    net = toy()
    arrays = write_npz(tmp_path / "w.npz", net)
    arrays["ffn.B2"][3, 0] = 8.0
    np.savez(tmp_path / "w.npz", **arrays)
    result = import_weights(tmp_path / "w.npz", spec())
    assert result.network.content_hash() != net.content_hash()
    assert result.network.layers[0].ffn.B2[3, 0] == 8


def test_float32_weights_snap_to_the_same_rationals(tmp_path):
    net = toy()
    write_npz(tmp_path / "w.npz", net, dtype=np.float32)
    result = import_weights(tmp_path / "w.npz", spec())
    assert result.exact and result.network.content_hash() == net.content_hash()
    assert 0 < result.max_snap_distance < 1e-7


def test_the_imported_network_is_encoded_by_z3_like_a_built_in_one(tmp_path):
    net = toy()
    write_npz(tmp_path / "w.npz", net)
    imported = import_weights(tmp_path / "w.npz", spec()).network
    with sym.scope():
        base = np.random.default_rng(3).integers(-1, 2, size=(D, N))
        X = np.empty((D, N), dtype=object)
        for idx in np.ndindex(D, N):
            X[idx] = sym.var(f"v{idx[0]}_{idx[1]}", (-1, 1)) if idx[0] in (1, 3) else sym.const(int(base[idx]))
        Y_imp = Evaluator(imported, Symbolic()).layer(0, X)
        Y_ref = Evaluator(net, Symbolic()).layer(0, X)
        results, identity = check_cells([("c", idx, sym.eq(Y_imp[idx], Y_ref[idx])) for idx in np.ndindex(D, N)])
        assert identity + len(results) == D * N and all(r.status == "proved" for r in results)
        shifted = [("c", idx, sym.eq(Y_imp[idx], Y_ref[idx] + (1 if idx == (3, 0) else 0)))
                   for idx in np.ndindex(D, N)]
        results, _ = check_cells(shifted)
        assert [r.cell for r in results if r.status == "refuted"] == [(3, 0)]


# -- snapping ------------------------------------------------------------------------------------


def test_snap_takes_small_rationals_and_keeps_the_rest():
    assert snap(1 / 3, 2**20, 1e-15) == (Fraction(1, 3), True)
    assert snap(0.375, 2**20, 0.0) == (Fraction(3, 8), True)
    assert snap(math.pi, 2**20, 1e-15) == (Fraction(math.pi), False)
    assert snap(math.pi, 2**20, 1e-6)[1]  # a loose tolerance does snap π (to 1146408/364913)
    assert snap(1 / 3, 2**20, 1e-15, dyadic=True) == (Fraction(1 / 3), False)
    assert snap(0.75 + 2**-30, 2**20, 1e-8, dyadic=True) == (Fraction(3, 4), True)
    assert snap(1e-20, 2**20, 1e-15) == (Fraction(1e-20), False)  # nothing is rounded to 0


def test_an_entry_that_is_no_small_rational_is_kept_as_a_float_and_flagged(tmp_path):
    net = toy()
    arrays = write_npz(tmp_path / "w.npz", net)
    arrays["ffn.W1"][1, 2] = math.log(3)
    np.savez(tmp_path / "w.npz", **arrays)
    result = import_weights(tmp_path / "w.npz", spec())
    assert not result.exact
    assert result.unsnapped == (("ffn.W1", (1, 2), math.log(3)),)
    assert result.network.layers[0].ffn.W1[1, 2] == sp.Rational(*Fraction(math.log(3)).as_integer_ratio())
    text = "\n".join(result.summary())
    assert "NOT EXACT: 1 entries" in text and "ffn.W1[1, 2] = 1.0986122886681098" in text
    ev = Evaluator(result.network, Exact())  # still runs, exactly, on the float's value
    ev.loop(ev.input(np.ones((D, N), dtype=int)))


def test_dyadic_snapping_and_the_denominator_bound(tmp_path):
    write_npz(tmp_path / "w.npz", toy())
    result = import_weights(tmp_path / "w.npz", spec(), dyadic=True)
    assert not result.exact  # 1/3, 5/7, 1/5 are not dyadic
    assert {u[0] for u in result.unsnapped} == {"h0.Q", "h0.K", "ffn.b1", "ffn.B2"}
    small = import_weights(tmp_path / "w.npz", spec(), max_denominator=4)
    assert {u[0] for u in small.unsnapped} == {"h0.K", "ffn.B2", "ffn.W1"}  # 1/3 fits, 5/7, -1/5, -3/8 do not
    with pytest.raises(UsageError, match="power of two"):
        import_weights(tmp_path / "w.npz", spec(), dyadic=True, max_denominator=10)


def test_per_column_bias_sites_are_reported(tmp_path):
    write_npz(tmp_path / "w.npz", toy())
    result = import_weights(tmp_path / "w.npz", spec())
    assert [(s["matrix"], s["target"], s["column"]) for s in result.per_column_bias_sites] == [
        ("B1", "unit v", "s[0] (column 0)"), ("B2", "y[0]", "s[0] (column 0)"), ("B2", "y[1]", "s[0] (column 0)")]
    assert "per-column biases at 3 entries" in "\n".join(result.summary())


def test_masks_from_an_array_and_defaults(tmp_path):
    net = toy()
    mask = np.array(net.layers[0].heads[1].mask.entries, dtype=bool)
    write_npz(tmp_path / "w.npz", net, m=mask)
    data = spec()
    data["layers"][0]["heads"][1]["mask"] = {"array": "m"}
    assert import_weights(tmp_path / "w.npz", data).network.content_hash() == net.content_hash()
    del data["layers"][0]["reads"], data["layers"][0]["writes"]  # default: every block
    assert import_weights(tmp_path / "w.npz", data).network.layers[0].reads == ("x", "y")


def test_transposed_and_sliced_references(tmp_path):
    net = toy()
    arrays = write_npz(tmp_path / "w.npz", net)
    stacked = np.vstack([arrays["h0.Q"], arrays["h0.K"]])
    np.savez(tmp_path / "w.npz", **arrays, qk=stacked, w1t=arrays["ffn.W1"].T)
    data = spec()
    data["layers"][0]["heads"][0]["Q"] = {"array": "qk", "rows": [0, 2]}
    data["layers"][0]["heads"][0]["K"] = {"array": "qk", "rows": [2, 4]}
    data["layers"][0]["ffn"]["W1"] = {"array": "w1t", "transpose": True}
    result = import_weights(tmp_path / "w.npz", data)
    assert result.network.content_hash() == net.content_hash()
    assert set(result.unused) == {"h0.Q", "h0.K", "ffn.W1"}


def test_an_exported_npz_imports_back_with_its_layout_file(tmp_path):
    from verify.export import npz_bytes
    from verify.importer import layout_file_for

    net = toy()
    (tmp_path / "toy.npz").write_bytes(npz_bytes(net, "toy", {}))
    result = import_weights(tmp_path / "toy.npz", layout_file_for(net))
    assert result.exact and result.network.content_hash() == net.content_hash()
    assert set(result.unused) == {"layout", "parameters"}


def test_layout_json_round_trip_with_parts():
    assert layout_from_json(LAYOUT.to_json()) == LAYOUT
    odd = Layout.build([("a", 2)], [("c", 3)], pos_bits=None)
    assert layout_from_json(odd.to_json()) == odd


# -- malformed input: one line, naming the file and the key -----------------------------------------


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["layers"][0]["heads"][0].update(Q="nope"), "no array 'nope' (named by layers[0].heads[0].Q"),
    (lambda d: d["layers"][0]["ffn"].update(W2="ffn.W1"), "array 'ffn.W1' (layers[0].ffn.W2) has shape 2 × 5, expected 5 × 2"),
    (lambda d: d["layers"][0]["heads"][0].update(kind="relu"), "layers[0].heads[0].kind: 'relu'"),
    (lambda d: d["layers"][0]["heads"][0].update(scale=0.5), "layers[0].heads[0].scale: write it exactly"),
    (lambda d: d["layers"][0]["heads"][1].update(scale="2"), "layers[0].heads[1].scale: only linear heads"),
    (lambda d: d["layers"][0]["heads"][1].update(mask=[[1, 0], [1, 1]]), "layers[0].heads[1].mask: expected an 4 × 4"),
    (lambda d: d["layers"][0]["heads"][1].update(mask="anticausal"), "layers[0].heads[1].mask: expected \"causal\""),
    (lambda d: d["layers"][0].update(writes=["z"]), "layers[0].writes: no row block named 'z'"),
    (lambda d: d["layers"][0].update(writes=["x"]), "layer one writes rows it does not declare: y[0]"),
    (lambda d: d["layers"][0].update(colour="red"), "layers[0].colour: unknown key"),
    (lambda d: d["layers"][0]["ffn"].pop("W2"), "layers[0].ffn.W2: missing"),
    (lambda d: d["layout"]["row_blocks"][0].update(size=-1), "layout.row_blocks[0].size: expected a non-negative"),
    (lambda d: d["layout"]["column_regions"].append({"name": "u", "size": 1}), "layout: column regions cover 5"),
    (lambda d: d["layout"].update(d=6), "layout.d: 6, but the blocks and regions give 5"),
    (lambda d: d.update(layers=[]), "layers: expected a non-empty list"),
    (lambda d: d.pop("layout"), "layout: missing"),
])
def test_a_malformed_layout_file_is_one_line_naming_the_key(tmp_path, mutate, message):
    write_npz(tmp_path / "w.npz", toy())
    data = spec()
    mutate(data)
    with pytest.raises(UsageError) as err:
        import_weights(tmp_path / "w.npz", write_spec(tmp_path / "l.json", data))
    text = str(err.value)
    assert message in text and "\n" not in text
    assert text.startswith(str(tmp_path))


def test_malformed_files(tmp_path):
    (tmp_path / "l.json").write_text("{not json")
    write_npz(tmp_path / "w.npz", toy())
    with pytest.raises(UsageError, match=r"l\.json: not valid JSON: .* line 1"):
        import_weights(tmp_path / "w.npz", tmp_path / "l.json")
    with pytest.raises(UsageError, match="cannot read the layout file"):
        import_weights(tmp_path / "w.npz", tmp_path / "missing.json")
    (tmp_path / "bad.npz").write_bytes(b"this is not a zip file")
    with pytest.raises(UsageError, match=r"bad\.npz: cannot read it as a \.npz weight file"):
        import_weights(tmp_path / "bad.npz", spec())
    with pytest.raises(UsageError, match="no such file"):
        import_weights(tmp_path / "none.npz", spec())
    (tmp_path / "w.h5").write_bytes(b"")
    with pytest.raises(UsageError, match="unknown weight file type '.h5'"):
        import_weights(tmp_path / "w.h5", spec())
    arrays = write_npz(tmp_path / "w.npz", toy())
    arrays["ffn.W1"][0, 0] = np.nan
    np.savez(tmp_path / "nan.npz", **arrays)
    with pytest.raises(UsageError, match=r"ffn\.W1: entry \[0, 0\] is nan"):
        import_weights(tmp_path / "nan.npz", spec())
    np.savez(tmp_path / "str.npz", **{**arrays, "ffn.W1": np.array([["a"] * D] * 2)})
    with pytest.raises(UsageError, match="are not weights"):
        import_weights(tmp_path / "str.npz", spec())


def test_missing_optional_packages_name_the_extra(tmp_path):
    for suffix, module, extra in ((".safetensors", "safetensors", "safetensors"), (".pt", "torch", "torch")):
        try:
            __import__(module)
            continue  # installed: nothing to test here
        except ImportError:
            pass
        (tmp_path / f"w{suffix}").write_bytes(b"\0" * 16)
        with pytest.raises(UsageError, match=rf"pip install 'looped-verify\[{extra}\]'"):
            import_weights(tmp_path / f"w{suffix}", spec())


def test_safetensors_round_trip(tmp_path):
    numpy_io = pytest.importorskip("safetensors.numpy")
    net = toy()
    arrays = write_npz(tmp_path / "w.npz", net)
    numpy_io.save_file({k: np.ascontiguousarray(v) for k, v in arrays.items()}, str(tmp_path / "w.safetensors"))
    result = import_weights(tmp_path / "w.safetensors", spec())
    assert result.exact and result.network.content_hash() == net.content_hash()


def test_torch_state_dict_round_trip(tmp_path):
    torch = pytest.importorskip("torch")
    net = toy()
    arrays = write_npz(tmp_path / "w.npz", net)
    torch.save({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in arrays.items()}, tmp_path / "w.pt")
    result = import_weights(tmp_path / "w.pt", spec())
    assert result.exact and result.network.content_hash() == net.content_hash()


# -- the command ---------------------------------------------------------------------------------------


def _run(argv):
    parser = argparse.ArgumentParser()
    add_import_parser(parser.add_subparsers(dest="command"))
    return import_command(parser.parse_args(["import", *argv]))


def test_the_command_prints_the_record_and_flags_non_exact_networks(tmp_path, capsys):
    arrays = write_npz(tmp_path / "w.npz", toy())
    write_spec(tmp_path / "l.json", spec())
    assert _run([str(tmp_path / "w.npz"), "--layout", str(tmp_path / "l.json"), "--as", "mine"]) == EXIT_OK
    out = capsys.readouterr()
    assert "imported mine from" in out.out and "largest snap distance" in out.out and "NOT EXACT" not in out.out
    arrays["h0.V"][3, 1] = math.sqrt(2)
    np.savez(tmp_path / "w.npz", **arrays)
    assert _run([str(tmp_path / "w.npz"), "--layout", str(tmp_path / "l.json")]) == EXIT_OK
    out = capsys.readouterr()
    assert "NOT EXACT: 1 entries" in out.out and "h0.V[3, 1] = 1.4142135623730951" in out.out
    assert "NOT EXACT" in out.err
    assert _run([str(tmp_path / "w.npz"), "--layout", str(tmp_path / "l.json"), "--require-exact"]) == EXIT_FAIL
    capsys.readouterr()
    assert _run([str(tmp_path / "w.npz"), "--layout", str(tmp_path / "l.json"), "--json",
                 "--max-denominator", "2^10"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["exact"] is False and report["max_denominator"] == 1024
    assert report["unsnapped"] == [{"array": "h0.V", "index": [3, 1], "value": math.sqrt(2)}]
    assert [h["kind"] for h in report["heads"]] == ["linear", "softmax"]
    with pytest.raises(UsageError, match="power of two"):
        _run([str(tmp_path / "w.npz"), "--layout", str(tmp_path / "l.json"), "--dyadic", "--max-denominator", "6"])
