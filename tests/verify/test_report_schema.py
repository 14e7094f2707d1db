"""report.json follows verify/report_schema.json, and the schema rejects broken reports."""
import copy
import json
from importlib import resources
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema")

from verify.claims import Claim, Obligation, Outcome, PaperRef, Status, default_conclude  # noqa: E402
from verify.report import write_report  # noqa: E402
from verify.report_json import SCHEMA_VERSION  # noqa: E402
from verify.runner import run_claims  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
REF = PaperRef("Test paper", "§2", "[P]", "a statement")


def task_sampled(value: int) -> Outcome:
    data = {"value": value}
    if value < 0:
        data["counterexample"] = {"value": value}
        return Outcome(Status.REFUTED, f"{value} is negative", data, {"note.txt": "why"})
    return Outcome(Status.SAMPLED_OK, f"value {value}", data)


def _with_everything(claim, outcomes):
    status, summary, details = default_conclude(claim, outcomes)
    return status, summary, {
        **details,
        "metrics": {"gap": {"value": 2.0, "better": "higher", "tolerance": 1e-9}},
        "table": {"columns": ["a", "b"], "rows": [[1, "x"], [2, "y"]]},
        "plots": [
            {"kind": "line", "title": "error by loop", "xlabel": "loop", "ylabel": "error", "logy": True,
             "x": [1, 2, 3], "series": {"float64": [1e-9, 2e-9, None]}},
            {"kind": "heatmap", "title": "weights", "matrix": [[0.0, 1.0], [1.0, 0.0]], "xlabels": ["p", "q"]},
        ],
    }


def _claim(cid, values, expected, conclude=default_conclude):
    return Claim(cid, "a title", REF, "test.construction", "a method", expected,
                 obligations=lambda claim, profile: [Obligation(claim.id, f"v{v}", "tests.verify.test_report_schema:task_sampled",
                                                         (("value", v),)) for v in values],
                 parameters=lambda profile: {"n": 3, "eps": "1/4", "shapes": [[1, 2]]}, conclude=conclude)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads((resources.files("verify") / "report_schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    claims = [
        _claim("t.sampled", [1, 2], (Status.SAMPLED_OK,), _with_everything),
        _claim("t.refuted", [-1], (Status.REFUTED,)),
        _claim("t.missed", [3], (Status.PROVED,)),
    ]
    summary = run_claims(claims, jobs=1, progress=False)
    return write_report(summary, tmp_path_factory.mktemp("report"), command=["verify", "all"])


def test_the_schema_is_versioned_like_the_report(validator):
    assert validator.schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
    assert set(validator.schema["$defs"]["status"]["enum"]) == {s.value for s in Status}


def test_an_in_process_report_validates(validator, report):
    errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    # the report exercises what the schema describes: artefacts, table, metrics, both kinds of plot
    assert {c["status"] for c in report["claims"]} == {"SAMPLED_OK", "REFUTED"}
    assert [p["file"] is not None for p in report["claims"][0]["plots"]] == [True, True]


def test_a_report_of_real_claims_validates(validator):
    """Reports are generated, not committed: build one from an installed paper's quick claims and validate it."""
    from proofs import all_claims
    from verify.report_json import build_report
    from verify.runner import run_claims, select_claims

    claims = select_claims(all_claims(), ["giannou2023.codes"])
    report = build_report(run_claims(claims, "ci", jobs=1, progress=False), ["verify", "all"])
    assert report["schema_version"] == SCHEMA_VERSION and len(report["claims"]) == len(claims) >= 2
    errors = list(validator.iter_errors(report))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def _broken(report, edit):
    bad = copy.deepcopy(report)
    edit(bad)
    return bad


@pytest.mark.parametrize("what, edit", [
    ("bad claim status", lambda r: r["claims"][0].update(status="PROBABLY")),
    ("bad obligation status", lambda r: r["claims"][1]["obligations"][0].update(status="proved")),
    ("bad expected status", lambda r: r["claims"][0].update(expected=["FINE"])),
    ("missing header field", lambda r: r["header"].pop("git_commit")),
    ("wrong schema version", lambda r: r.update(schema_version=1)),
    ("unknown evidence kind", lambda r: r["claims"][0]["obligations"][0].update(evidence="hunch")),
    ("premise status unknown", lambda r: r["claims"][0].update(premises={"t.sampled/v1": {"t.x/o": "FINE"}})),
    ("premise graph not keyed by obligation id", lambda r: r["claims"][0].update(premises={"v1": {"t.x/o": "PROVED"}})),
    ("unknown top-level key", lambda r: r.update(extra=1)),
    ("met not a boolean", lambda r: r["claims"][0].update(met="yes")),
    ("negative time", lambda r: r["claims"][0].update(seconds=-1)),
    ("artefact outside artefacts/", lambda r: r["claims"][1]["obligations"][0]["artefacts"].append("/etc/passwd")),
    ("heatmap without matrix", lambda r: r["claims"][0]["details"]["plots"][1].pop("matrix")),
    ("unknown plot kind", lambda r: r["claims"][0]["details"]["plots"][0].update(kind="pie")),
    ("undrawn plot without reason", lambda r: r["claims"][0]["plots"][0].update(file=None)),
    ("bad metric direction", lambda r: r["claims"][0]["details"]["metrics"]["gap"].update(better="bigger")),
    ("bad profile", lambda r: r["header"].update(profile="nightly")),
])
def test_a_broken_report_fails_validation(validator, report, what, edit):
    assert validator.is_valid(report)
    assert not validator.is_valid(_broken(report, edit)), what


def test_the_schema_knows_every_evidence_kind(validator):
    from verify.evidence import KINDS

    assert set(validator.schema["$defs"]["obligation"]["properties"]["evidence"]["enum"]) == KINDS | {None}
