"""The authors'-style SUBLEQ example plug-in: proved at every shipped size, the mutated copy refuted with a
counterexample that replays, broken weights caught, the shipped files reproducible and importable."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from tests.examples.conftest import require
from verify import DecodeError, Machine, Status, check_states, replay
from verify.importer import import_weights
from verify.rational import RatArray

claims = require("authors_subleq.claims")
machine_mod = require("authors_subleq.machine")
make = require("authors_subleq.make_weights")
AuthorsSubleq = machine_mod.AuthorsSubleq


def test_it_is_a_machine_and_encode_decode_round_trip():
    m, shape = AuthorsSubleq(), (1, 2, 4, 2)
    assert isinstance(m, Machine)
    states = list(m.states(shape))
    assert len(states) == machine_mod.state_count(shape) == 320
    for state in states:
        X = m.encode(shape, state)
        assert m.decode(shape, X) == (state[0], None)
        assert m.decode(shape, RatArray(X, 1)) == (state[0], None)
        assert m.state_from_json(json.loads(json.dumps(m.state_to_json(state)))) == state


def test_decode_refuses_off_grid_and_invalid_matrices():
    m, shape = AuthorsSubleq(), (1, 2, 4, 2)
    state = next(iter(m.states(shape)))
    X = m.encode(shape, state)
    half = RatArray(X * 2, 2).num.copy()
    half[3, 0] = 1  # 1/2 somewhere in the program rows
    with pytest.raises(DecodeError):
        m.decode(shape, RatArray(half, 2))
    Y = X.copy()
    Y[-1, 2] = 1  # the scratch indicator on a memory column
    with pytest.raises(DecodeError, match="ind"):
        m.decode(shape, Y)


@pytest.mark.parametrize("shape", make.SIZES)
def test_the_imported_loop_is_one_subleq_step_on_every_valid_state(shape):
    out = claims.loop_equals_step(*shape)
    assert out.status == Status.PROVED, out.summary
    assert out.data["states"] == machine_mod.state_count(shape)
    report = out.data["import"]
    assert report["exact"] and report["unsnapped"] == 0
    assert 0 < report["max_snap_distance_float"] < 1e-15  # ε = 0.1 is no binary fraction
    assert report["worst_entry"]["array"].startswith("l10.")
    assert report["per_column_bias_entries"] > 0
    assert report["per_column_bias_columns"] == ["scratch[0] (column 0)"]
    assert set(report["per_column_bias_by_layer"]) == {
        f"{layer}.{mat}" for layer, mat in [("flip", "B2"), ("add_one", "B1"), ("add_one", "B2"),
                                            ("add_and_clear", "B1"), ("add_and_clear", "B2"), ("flag", "B1"),
                                            ("pc_plus_one", "B1"), ("pc_plus_one", "B2"), ("select_pc", "B1")]}


def test_the_mutated_copy_is_refuted_with_a_counterexample_that_replays():
    shape = make.MUTATED[0]
    out = claims.loop_equals_step(*shape, weights="mutated")
    assert out.status == Status.REFUTED
    cex = out.data["counterexample"]
    assert cex["verdict"] == "differs" and cex["expected"] != cex["actual"]
    assert cex["first_departure_from_original"]["layer"] == "flag"
    again = replay(AuthorsSubleq(mutated=True), shape, cex["state"])
    assert (again.verdict, again.actual) == (cex["verdict"], cex["actual"])
    assert replay(AuthorsSubleq(), shape, cex["state"]).agrees


class _Patched(AuthorsSubleq):
    """The shipped weights of one shape with one array entry changed, imported from memory."""

    def __init__(self, shape, array, index, value):
        super().__init__()
        arrays, spec = make.build(*shape)
        arrays[array] = arrays[array].copy()
        arrays[array][index] = value
        self._result = import_weights(arrays, spec)

    def imported(self, shape):
        return self._result


@pytest.mark.parametrize("array, index, value", [
    ("l04.B2", None, -1.0),   # the adder's output bias −3 → −1 (None: the first nonzero entry)
    ("l02.b1", 0, -1.0),      # the read gate −C → −1: the gate is open on every column
    ("l05.w1", None, 0.0),    # an adder unit loses an input
    ("l09.B1", (0, 0), 0.0),  # the branch's column-0 bias
], ids=["adder-bias", "read-gate", "adder-input", "branch-bias"])
def test_broken_weights_are_caught(array, index, value):
    shape = (1, 2, 4, 2)
    arrays, _ = make.build(*shape)
    if index is None:
        index = tuple(int(v) for v in np.argwhere(arrays[array] != 0)[0])
    broken = _Patched(shape, array, index, value)
    count, failures = check_states(broken, shape)
    assert failures and failures[0].verdict in ("differs", "undecodable")


def test_the_import_claim_is_refuted_when_a_weight_is_no_small_rational(monkeypatch):
    assert claims.import_is_exact(1, 2, 4, 2).status == Status.PROVED
    monkeypatch.setattr(claims, "AuthorsSubleq", lambda: _Patched((1, 2, 4, 2), "l10.b1", 0, 0.9 + 1e-9))
    out = claims.import_is_exact(1, 2, 4, 2)
    assert out.status == Status.REFUTED and out.data["counterexample"]["array"] == "l10.b1"


def test_regenerating_the_shipped_files_reproduces_them(tmp_path):
    make.write(tmp_path)
    shipped = sorted(p.name for p in make.DATA.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == shipped
    for name in shipped:
        new, old = tmp_path / name, make.DATA / name
        if name.endswith(".json"):
            assert new.read_text() == old.read_text(), name
            continue
        with np.load(new) as a, np.load(old) as b:
            assert sorted(a.files) == sorted(b.files), name
            for key in a.files:
                assert a[key].dtype == np.float64 and np.array_equal(a[key], b[key]), f"{name}: {key}"


def test_the_mutated_file_differs_from_the_original_in_exactly_one_weight():
    npz, _ = machine_mod.weights_files(make.MUTATED[0])
    mutated, _ = machine_mod.weights_files(make.MUTATED[0], mutated=True)
    with np.load(npz) as a, np.load(mutated) as b:
        assert sum(int(np.count_nonzero(a[k] != b[k])) for k in a.files) == 1


def test_verify_import_reads_the_shipped_files():
    npz, layout = machine_mod.weights_files((1, 2, 4, 2))
    done = subprocess.run([sys.executable, "-m", "verify", "import", str(npz), "--layout", str(layout),
                           "--require-exact", "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["exact"] and report["d"] == 29 and len(report["layers"]) == 10
    assert 0 < report["max_snap_distance"] < 1e-15 and report["per_column_bias_sites"]


def _import_cli(*args):
    return subprocess.run([sys.executable, "-m", "verify", "import", *map(str, args)], capture_output=True, text=True)


@pytest.mark.parametrize("shape", [(1, 2, 4, 2), (1, 2, 4, 4)])
def test_verify_import_proves_the_shipped_weights_against_the_machine(shape):
    npz, layout = machine_mod.weights_files(shape)
    done = _import_cli(npz, "--layout", layout, "--machine", "authors-subleq", "--shape", ",".join(map(str, shape)))
    assert done.returncode == 0, done.stderr
    count = machine_mod.state_count(shape)
    assert f"PROVED  one loop of" in done.stdout and f"every one of {count} valid states" in done.stdout


def test_verify_import_refutes_the_mutated_copy_with_a_decoded_state():
    npz, layout = machine_mod.weights_files((1, 2, 4, 2), mutated=True)
    done = _import_cli(npz, "--layout", layout, "--machine", "authors-subleq", "--shape", "1,2,4,2")
    assert done.returncode == 1, done.stderr
    head = done.stdout[done.stdout.index("REFUTED"):].splitlines()
    state = json.loads(head[0].split("state ", 1)[1].rstrip(":"))
    assert not replay(AuthorsSubleq(mutated=True), (1, 2, 4, 2), state).agrees
    assert replay(AuthorsSubleq(), (1, 2, 4, 2), state).agrees
    assert head[1].startswith("  reference step") and head[2].startswith("  network")


@pytest.mark.parametrize("args, message", [
    (("--machine", "authors-subleq"), "--machine and --shape go together"),
    (("--machine", "nope", "--shape", "1,2,4,2"), "unknown machine 'nope'"),
    (("--machine", "authors-subleq", "--shape", "1,x"), "not comma-separated integers"),
    (("--machine", "authors-subleq", "--shape", "1,2,4,4"), "encodes a"),
])
def test_verify_import_machine_check_refuses_bad_arguments_in_one_line(args, message):
    npz, layout = machine_mod.weights_files((1, 2, 4, 2))
    done = _import_cli(npz, "--layout", layout, *args)
    assert done.returncode == 2 and message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
