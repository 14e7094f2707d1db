"""The regression gate cannot be fooled: two-sided metrics, recorded scope, NaN, and a recorded reason.

End to end through ``python -m verify all`` with a toy registry: the toy construction's "code" is a module-level
setting that the tests change, as a code change would.
"""
import json
import math

import pytest

from tests.verify.toys import use_toy_papers
from verify.baseline import BASELINE_SCHEMA, compare, load_baseline
from verify.claims import Claim, Obligation, Outcome, PaperRef, Status
from verify.cli import main

REF = PaperRef("Toy paper", "§1", "[I]", "a toy bound")
#: The toy construction's code: its certified bound and the shapes its proof covers.
CODE = {"bound": 0.25, "shapes": [2, 3, 4]}


def certify(shape: int, bound: float) -> Outcome:
    return Outcome(Status.PROVED, f"certified ≤ {bound} at shape {shape}", {"certified": bound})


def _conclude(claim, outcomes):
    value = max(o.data["certified"] for _, o in outcomes)
    return Status.PROVED, f"≤ {value}", {"metrics": {"bound": {"value": value, "better": "lower",
                                                               "tolerance": 1e-9}}}


def toy_registry():
    shapes, bound = list(CODE["shapes"]), CODE["bound"]
    return [Claim("toy.bound", "a certified bound", REF, "toy", "arb", (Status.PROVED,),
                  obligations=lambda claim, profile: [Obligation(claim.id, f"shape={s}", f"{__name__}:certify",
                                                          (("shape", s), ("bound", bound))) for s in shapes],
                  parameters=lambda profile: {"shapes": ", ".join(map(str, shapes)), "tolerance": "1e-9"},
                  conclude=_conclude)]


@pytest.fixture
def gate(tmp_path, monkeypatch, capsys):
    use_toy_papers(monkeypatch, toy_registry, source=__name__)
    monkeypatch.setitem(CODE, "bound", 0.25)
    monkeypatch.setitem(CODE, "shapes", [2, 3, 4])
    baseline = tmp_path / "baseline.json"
    common = ["all", "--report-dir", str(tmp_path / "reports"), "--baseline", str(baseline), "--jobs", "1",
              "--no-cache", "--quiet"]

    def run(*extra):
        capsys.readouterr()
        code = main([*common, *extra])
        out = capsys.readouterr()
        return code, out.out, out.err

    code, _, _ = run("--update-baseline", "--reason", "first certified run")
    assert code == 0
    return run, baseline


def test_the_baseline_records_reason_and_scope(gate):
    run, baseline = gate
    data = load_baseline(baseline)
    assert data["schema_version"] == BASELINE_SCHEMA and data["reason"] == "first certified run"
    assert data["claims"]["toy.bound"]["scope"] == {"parameters": {"shapes": "2, 3, 4", "tolerance": "1e-9"},
                                                    "obligations": ["shape=2", "shape=3", "shape=4"]}
    assert run("--check")[0] == 0


def test_updating_the_baseline_needs_a_reason(gate):
    run, baseline = gate
    code, _, err = run("--update-baseline")
    assert code == 2
    assert err.strip() == "error: --update-baseline needs --reason TEXT: say why the new baseline is right"
    code, _, err = run("--check", "--reason", "why not")
    assert code == 2 and "--reason goes with --update-baseline" in err


def test_a_smaller_certified_bound_fails_the_check(gate, monkeypatch):
    run, baseline = gate
    monkeypatch.setitem(CODE, "bound", 0.125)  # an (unsound?) change made the certified bound smaller
    code, out, _ = run("--check")
    assert code == 5
    assert "toy.bound: bound changed (got better), 0.25 → 0.125" in out and "--update-baseline --reason" in out
    assert run("--update-baseline", "--reason", "tighter enclosure of the tail (reviewed)")[0] == 0
    assert load_baseline(baseline)["reason"] == "tighter enclosure of the tail (reviewed)"
    assert run("--check")[0] == 0


def test_a_larger_certified_bound_fails_the_check(gate, monkeypatch):
    run, _ = gate
    monkeypatch.setitem(CODE, "bound", 0.5)
    code, out, _ = run("--check")
    assert code == 5 and "toy.bound: bound got worse, 0.25 → 0.5" in out


def test_a_removed_proof_shape_fails_the_check(gate, monkeypatch):
    run, _ = gate
    monkeypatch.setitem(CODE, "shapes", [2, 3])  # still PROVED, but over less
    code, out, _ = run("--check")
    assert code == 5
    assert "toy.bound: scope shrank, 1 obligation(s) no longer checked: shape=4" in out
    assert "toy.bound: scope changed, shapes: 2, 3, 4 → 2, 3" in out


def test_a_grown_scope_is_a_note_not_a_failure(gate, monkeypatch):
    run, _ = gate
    monkeypatch.setitem(CODE, "shapes", [2, 3, 4, 5])
    code, out, _ = run("--check")
    assert code == 0, out
    assert "changed: toy.bound: scope grew by 1 obligation(s): shape=5" in out
    assert "changed: toy.bound: scope grew, shapes: 2, 3, 4 → 2, 3, 4, 5" in out


def test_a_nan_metric_fails_the_check(gate, monkeypatch):
    run, _ = gate
    monkeypatch.setitem(CODE, "bound", math.nan)
    code, out, _ = run("--check")
    assert code == 5 and "toy.bound: metric bound is nan, not a finite number" in out


def test_missing_and_non_numeric_metrics_are_regressions(gate):
    _, baseline = gate
    base = load_baseline(baseline)
    report = {"header": {"profile": "ci"}, "claims": [{
        "id": "toy.bound", "status": "PROVED", "met": True, "parameters": {"shapes": "2, 3, 4", "tolerance": "1e-9"},
        "obligations": [{"name": f"shape={s}"} for s in (2, 3, 4)], "details": {"metrics": {}}}]}
    assert compare(report, base)[0] == ["toy.bound: metric bound is no longer reported"]
    report["claims"][0]["details"]["metrics"] = {"bound": {"value": "a quarter", "better": "lower"}}
    assert compare(report, base)[0] == ["toy.bound: metric bound is 'a quarter', not a finite number"]
    report["claims"][0]["details"]["metrics"] = {"bound": {"value": 0.25, "better": "lower"}}
    assert compare(report, base) == ([], [])


def test_an_old_baseline_is_one_clear_line(gate):
    run, baseline = gate
    old = json.loads(baseline.read_text())
    old["schema_version"] = 1
    baseline.write_text(json.dumps(old))
    code, _, err = run("--check")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "baseline schema 1 is not 2" in err and "--update-baseline --reason TEXT" in err


def test_a_tuple_parameter_is_the_same_scope_as_the_list_json_stores():
    from verify.baseline import _compare_scope

    regressions, notes = [], []
    stored = {"parameters": {"configs": [["01", "minimal"]]}, "obligations": ["o"]}
    current = {"parameters": {"configs": (("01", "minimal"),)}, "obligations": [{"name": "o"}]}
    _compare_scope("c", stored, current, regressions, notes)
    assert regressions == [] and notes == []
    _compare_scope("c", stored, {**current, "parameters": {"configs": (("01", "paper"),)}}, regressions, notes)
    assert regressions and "configs" in regressions[0]
