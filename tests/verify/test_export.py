"""``python -m verify export``: exact JSON, npz, LaTeX, a PyTorch module and the layout."""
import ast
import importlib.util
import json
import re
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from constructions import registry
from verify.cli import main
from verify.semantics import as_fraction

ROOT = Path(__file__).resolve().parents[2]
NAME = "giannou2023.subleq"
SHAPE = "2,3,8,3"


def cli(capsys, *args):
    """Run the command line in this process: (exit status, stdout, stderr)."""
    try:
        code = main(["export", *args])
    except SystemExit as exit_:  # argparse's own errors
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def exported(capsys, tmp_path, fmt, *params, suffix=".out"):
    out = tmp_path / f"export{suffix}"
    args = [NAME, "--format", fmt, "--out", str(out)]
    for p in params:
        args += ["--param", p]
    code, stdout, stderr = cli(capsys, *args)
    assert code == 0, stderr
    assert f"wrote {out}" in stdout
    return out


def _exact(spec) -> dict:
    return {(i, j): Fraction(v) for i, j, v in spec["entries"]}


def test_json_round_trips_to_the_exact_weights(capsys, tmp_path):
    data = json.loads(exported(capsys, tmp_path, "json", f"shape={SHAPE}", "eps=3/8").read_text())
    network = registry.build(NAME, shape=SHAPE, eps="3/8")
    assert data["values"] == {"C": "100", "eps": "3/8"}
    assert data["parameters"] == {"shape": SHAPE, "C": "100", "eps": "3/8"}
    assert data["layout"] == network.layout.to_json()
    assert [layer["name"] for layer in data["layers"]] == [layer.name for layer in network.layers]
    compared = 0
    for spec, layer in zip(data["layers"], network.layers):
        pairs = [(h[k], m) for h, head in zip(spec["heads"], layer.heads) for k, m in head.matrices().items()]
        pairs += [(spec["ffn"][k], m) for k, m in layer.ffn.matrices().items()]
        assert spec["ffn"]["units"] == list(layer.ffn.units)
        for got, want in pairs:
            assert (got["rows"], got["cols"]) == want.shape
            assert _exact(got) == {k: as_fraction(v) for k, v in want.todok().items()}
            compared += 1
    assert compared == sum(len(layer.matrices()) for layer in network.layers)
    # error correction's biases are ±ε and ±(1 − ε), kept as exact "p/q" strings
    assert {v for _, _, v in data["layers"][-1]["ffn"]["b1"]["entries"]} == {"3/8", "-3/8", "5/8", "-5/8"}


def test_npz_holds_dense_float64_arrays_named_by_layer(capsys, tmp_path):
    path = exported(capsys, tmp_path, "npz", f"shape={SHAPE}", suffix=".npz")
    network = registry.build(NAME, shape=SHAPE)
    with np.load(path) as npz:
        assert json.loads(str(npz["layout"])) == network.layout.to_json()
        assert json.loads(str(npz["parameters"]))["values"] == {"C": "100", "eps": "1/4"}
        assert "layer04_add_one.W1" in npz.files and "layer02_read_memory.V2" in npz.files
        for index, layer in enumerate(network.layers, start=1):
            for key, m in layer.matrices().items():
                array = npz[f"layer{index:02d}_{layer.name}.{key}"]
                assert array.dtype == np.float64 and array.shape == m.shape
                dense = np.array(m.tolist(), dtype=object).astype(float)
                np.testing.assert_array_equal(array, dense)
        assert len(npz.files) == sum(len(layer.matrices()) for layer in network.layers) + 2


def test_latex_is_symbolic_and_well_formed(capsys, tmp_path):
    tex = exported(capsys, tmp_path, "latex", f"shape={SHAPE}", suffix=".tex").read_text()
    assert r"\epsilon" in tex and "100" not in tex  # C and epsilon are symbols, not numbers
    assert any(line.startswith(r"\texttt{") and " C " in f" {line} " for line in tex.splitlines())
    assert tex.count(r"\[") == tex.count(r"\]") > 20
    assert tex.count(r"\begin{array}") == tex.count(r"\end{array}") == tex.count(r"\[")
    assert tex.count(r"\paragraph{Layer") == 10
    assert r"\texttt{S\_cmd.a[0]}" in tex
    for line in tex.splitlines():
        if line.startswith("%"):
            continue
        assert "_cmd" not in line.replace(r"\_cmd", "")  # labels are escaped outside comments
    blocks = re.findall(r"\\begin\{array\}\{r\|(c+)\}\n(.*?)\\end\{array\}", tex, re.S)
    assert len(blocks) == tex.count(r"\[")
    for columns, body in blocks:  # a label column plus one per matrix column, on every row
        for line in body.strip().splitlines():
            assert line.count("&") == len(columns) and r"\\" in line, line
    bound = exported(capsys, tmp_path, "latex", f"shape={SHAPE}", "C=100", suffix=".tex").read_text()
    assert r"\epsilon" in bound and "100" in bound


def test_layout_goes_to_standard_output(capsys):
    code, out, err = cli(capsys, NAME, "--format", "layout", "--param", f"shape={SHAPE}")
    assert code == 0 and not err
    assert json.loads(out) == registry.symbolic(NAME, shape=SHAPE).layout.to_json()


# -- torch without torch ------------------------------------------------------------------------------------------
#
# CI has no torch (a large download), so the exported module is checked twice: its embedded NETWORK literal
# against the exact weights, and its own code run on a small numpy stand-in for the part of the torch API it
# uses (below).  The stand-in follows torch's documented semantics for exactly these calls; when torch is
# installed, the last test runs the same file on the real thing.


class _Tensor(np.ndarray):
    """numpy array with the torch method names the exported module calls."""

    def to(self, dtype):
        return np.asarray(self, dtype=dtype).view(_Tensor)

    def amax(self, dim, keepdim=False):
        return np.max(np.asarray(self), axis=dim, keepdims=keepdim).view(_Tensor)

    def sum(self, dim=None, keepdim=False, **numpy_style):
        if numpy_style:  # numpy's own internals
            return np.asarray(self).sum(**numpy_style)
        return np.sum(np.asarray(self), axis=dim, keepdims=keepdim).view(_Tensor)

    def transpose(self, dim0, dim1):
        return np.swapaxes(np.asarray(self), dim0, dim1).view(_Tensor)


def _numpy_torch():
    """Modules ``torch`` and ``torch.nn`` implementing the calls the exported file makes, on numpy."""
    import types

    torch, nn = types.ModuleType("torch"), types.ModuleType("torch.nn")

    class Module:
        def __call__(self, *args, **kwargs):
            return self.forward(*args, **kwargs)

        def eval(self):
            return self

    nn.Module = Module
    nn.ModuleList = list
    nn.Parameter = lambda tensor, requires_grad=True: tensor
    torch.nn = nn
    torch.float64, torch.float32 = np.float64, np.float32
    torch.zeros = lambda *size, dtype=np.float32: np.zeros(size, dtype=dtype).view(_Tensor)
    torch.as_tensor = lambda data, dtype=None: np.asarray(data, dtype=dtype).view(_Tensor)
    torch.exp = lambda x: np.exp(np.asarray(x)).view(_Tensor)
    torch.relu = lambda x: np.maximum(np.asarray(x), 0).view(_Tensor)
    return torch, nn


def _torch_file(capsys, tmp_path, shape):
    path = exported(capsys, tmp_path, "torch", f"shape={shape}", suffix=".py")
    return path, path.read_text()


def _load_module(path, monkeypatch=None):
    """Import the exported file; with ``monkeypatch``, on the numpy stand-in instead of torch."""
    if monkeypatch is not None:
        torch, nn = _numpy_torch()
        monkeypatch.setitem(sys.modules, "torch", torch)
        monkeypatch.setitem(sys.modules, "torch.nn", nn)
    spec = importlib.util.spec_from_file_location(f"exported_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _multiply():
    from constructions.giannou2023.program import resolve_program

    program = resolve_program("multiply")
    sh = program.shape
    return program, f"{sh.s},{sh.m},{sh.n},{sh.N}"


def test_torch_file_needs_only_torch_and_embeds_the_exact_weights(capsys, tmp_path):
    from verify.export import network_json

    _, shape = _multiply()
    path, source = _torch_file(capsys, tmp_path, shape)
    tree = ast.parse(source)
    imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, (ast.Import, ast.ImportFrom))
                for alias in (node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")])}
    assert imported <= {"__future__", "fractions", "torch"}, "the module must run without this repository"
    (literal,) = [node.value for node in tree.body if isinstance(node, ast.Assign)
                  and [getattr(t, "id", None) for t in node.targets] == ["NETWORK"]]
    embedded = ast.literal_eval(literal)
    network = registry.build(NAME, shape=shape)
    assert embedded == network_json(network, NAME, {"shape": shape, "C": "100", "eps": "1/4"})
    for spec, layer in zip(embedded["layers"], network.layers, strict=True):  # names and shapes, one by one
        assert [h["name"] for h in spec["heads"]] == [h.name for h in layer.heads]
        for h, head in zip(spec["heads"], layer.heads):
            for key, m in head.matrices().items():
                assert (h[key]["rows"], h[key]["cols"]) == m.shape
                assert _exact(h[key]) == {k: as_fraction(v) for k, v in m.todok().items()}


def _run_against_the_evaluator(module, program, shape, loops=3):
    """Max |module − float64 evaluator| after every layer of ``loops`` loops, and the module's output."""
    from constructions.giannou2023 import encode
    from verify.forward import Evaluator
    from verify.semantics import Float

    evaluator = Evaluator(registry.build(NAME, shape=shape), Float(10))
    model = module.build(lam=10)
    X = evaluator.input(encode(program.shape, program.initial))
    T, worst = X, 0.0
    for _ in range(loops):
        for index, layer in enumerate(model.layers):
            X, T = evaluator.layer(index, X), layer(T, model.lam)
            assert T.shape == X.shape
            worst = max(worst, float(np.max(np.abs(np.asarray(T) - X))))
    np.testing.assert_array_equal(model(evaluator.input(encode(program.shape, program.initial)), loops=loops), T)
    return worst, np.asarray(T)


def test_torch_module_runs_like_the_float64_evaluator_without_torch(capsys, tmp_path, monkeypatch):
    """The exported module's own code, on the numpy stand-in: three loops agree with the evaluator, and the
    decoded state is the reference machine's after three steps."""
    from constructions.giannou2023 import decode, step

    program, shape = _multiply()
    path, _ = _torch_file(capsys, tmp_path, shape)
    module = _load_module(path, monkeypatch)
    worst, out = _run_against_the_evaluator(module, program, shape)
    assert worst < 1e-9
    state = decode(program.shape, out, tol=0.25).state
    expected = program.initial
    for _ in range(3):
        expected = step(expected)
    assert state == expected
    batch = module.build(lam=10)(np.stack([program_input(program)] * 2), loops=2)
    assert batch.shape == (2, *program_input(program).shape)
    np.testing.assert_array_equal(batch[0], batch[1])


def program_input(program):
    from constructions.giannou2023 import encode

    return np.asarray(encode(program.shape, program.initial), dtype=np.float64)


@pytest.mark.parametrize("break_it", ["weight", "softmax axis"])
def test_a_broken_torch_module_is_caught_without_torch(capsys, tmp_path, monkeypatch, break_it):
    """The sibling: one changed weight, or the softmax taken over the wrong axis, and the comparison above
    (tolerance 1e-9) fails by orders of magnitude.  (Most attention scores here are symmetric with one
    dominant entry per row and column, so the wrong axis changes a layer's output by ~6e-5 only.)"""
    program, shape = _multiply()
    path, source = _torch_file(capsys, tmp_path, shape)
    if break_it == "softmax axis":
        assert source.count("dim=-2") == 2
        path.write_text(source.replace("dim=-2", "dim=-1"))
    module = _load_module(path, monkeypatch)
    if break_it == "weight":  # the last layer's first output bias, doubled before the module is built
        entries = module.NETWORK["layers"][-1]["ffn"]["b2"]["entries"]
        i, j, value = entries[0]
        entries[0] = [i, j, str(Fraction(value) * 2)]
    worst, _ = _run_against_the_evaluator(module, program, shape, loops=1)
    assert worst > 1e-6


def test_torch_module_matches_the_float64_evaluator(capsys, tmp_path):
    """The same file on real torch, where torch is installed."""
    torch = pytest.importorskip("torch")
    from constructions.giannou2023 import encode
    from verify.forward import Evaluator
    from verify.semantics import Float

    program, shape = _multiply()
    path, _ = _torch_file(capsys, tmp_path, shape)
    model = _load_module(path).build(lam=10)
    evaluator = Evaluator(registry.build(NAME, shape=shape), Float(10))
    X = evaluator.input(encode(program.shape, program.initial))
    T = torch.tensor(X, dtype=torch.float64)
    assert torch.equal(model(T.to(torch.float32)), model(T))  # inputs are cast to the module's dtype
    for _ in range(3):
        X, T = evaluator.loop(X), model(T)
        assert np.max(np.abs(T.numpy() - X)) < 1e-9
    batch = model(torch.stack([T, T]), loops=2)
    assert batch.shape == (2, *T.shape)
    np.testing.assert_allclose(batch[1].numpy(), evaluator.run(X, 2), atol=1e-9, rtol=0)


@pytest.mark.parametrize("args, message", [
    (["no.such.construction", "--format", "json"], "unknown construction 'no.such.construction'"),
    ([NAME, "--format", "json", "--param", "C=abc"], "C=abc"),
    ([NAME, "--format", "json", "--param", "eps=1"], "eps < 1/2"),
    ([NAME, "--format", "json", "--param", "colour=red"], "has no parameter ['colour']"),
    ([NAME, "--format", "json", "--param", "shape=1,2"], "shape must be 's,m,n,N'"),
    ([NAME, "--format", "json", "--param", "shape"], "expected NAME=VALUE"),
    ([NAME, "--format", "yaml"], "invalid choice: 'yaml'"),
    ([NAME, "--format", "npz"], "give --out PATH"),
])
def test_bad_input_is_one_line_and_exit_2(capsys, args, message):
    code, out, err = cli(capsys, *args)
    assert code == 2 and not out
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_input_exits_2_from_a_real_process():
    r = subprocess.run([sys.executable, "-m", "verify", "export", "nope", "--format", "latex"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and r.stderr.startswith("error: unknown construction 'nope'")
    assert len(r.stderr.strip().splitlines()) == 1
