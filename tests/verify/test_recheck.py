"""A second solver on every proof: z3 queries recorded (verify.solver), re-checked in cvc5 (verify.recheck).

Toy claims whose tasks ask z3 through every route (verify.solver.check directly, the engine's
check_cells in integers and bit-vectors, nonlinear reals), a deliberately wrong recorded answer
that must become an ERROR, and the plug-ins: no z3 query of theirs may bypass the recording.
"""
import json
import re
from pathlib import Path

import pytest
import z3

from verify import symbolic as sym
from verify.claims import Claim, Obligation, Outcome, PaperRef, Status, run_obligation
from verify.evidence import produces
from verify.recheck import apply, compare, headline, recheck_text, tally
from verify.runner import run_claims
from verify.solver import ARTEFACT, check, parse_queries, recording

cvc5 = pytest.importorskip("cvc5")

ROOT = Path(__file__).resolve().parents[2]
HERE = "tests.verify.test_recheck"
REF = PaperRef("Toy paper", "§1", "[I]", "a toy statement")


@produces("smt")
def toy_direct() -> Outcome:
    """Two routed queries: one unsat (the proof), one sat (a witness that the premise is satisfiable)."""
    x = z3.Int("x")
    s = z3.Solver()
    s.add(x >= -1, x <= 1, z3.Not(-x <= 1))
    proved = check(s, label="negation stays in [-1, 1]") == z3.unsat
    s2 = z3.Solver()
    s2.add(x >= -1, x <= 1)
    witnessed = check(s2, label="the premise has a model") == z3.sat
    return Outcome(Status.PROVED if proved and witnessed else Status.REFUTED, "toy", {"counterexample": {"x": 0}})


@produces("smt")
def toy_cells(theory: str) -> Outcome:
    """The engine's route: ReLU(x + y) ≤ ReLU(x) + ReLU(y) for x, y ∈ {−1, 0, 1}, in integers or bit-vectors
    (a condition the rewriter leaves to the solver)."""
    from verify.smt import check_cells

    with sym.scope():
        x, y = sym.var("x", (-1, 0, 1)), sym.var("y", (-1, 0, 1))
        cond = sym.le(sym.relu(x + y), sym.relu(x) + sym.relu(y))
        assert cond is not sym.TRUE
        results, _ = check_cells([("relu subadditive", (0, 0), cond)], theory=theory)
    ok = all(r.status == "proved" for r in results)
    return Outcome(Status.PROVED if ok else Status.UNKNOWN, f"{len(results)} cells")


@produces("smt")
def toy_nonlinear() -> Outcome:
    """Nonlinear real arithmetic: x² + 1 > 0."""
    x = z3.Real("x")
    s = z3.Solver()
    s.add(z3.Not(x * x + 1 > 0))
    return Outcome(Status.PROVED if check(s) == z3.unsat else Status.UNKNOWN, "x^2 + 1 > 0")


def toy_unrouted() -> Outcome:
    """A query that bypasses verify.solver.check: still recorded, but counted as unrouted."""
    s = z3.Solver()
    s.add(z3.Int("y") > 2)
    return Outcome(Status.PROVED if s.check() == z3.sat else Status.UNKNOWN, "y > 2 is satisfiable")


def _claim(cid: str, task: str, **args) -> Claim:
    ob = Obligation(cid, "only", f"{HERE}:{task}", tuple(sorted(args.items())))
    return Claim(cid, cid, REF, "toy", "z3", (Status.PROVED,), lambda claim, profile: [ob])


def toy_claims() -> list[Claim]:
    return [_claim("toy.direct", "toy_direct"), _claim("toy.int", "toy_cells", theory="int"),
            _claim("toy.bv", "toy_cells", theory="bv"), _claim("toy.nra", "toy_nonlinear")]


def test_every_query_is_recorded_with_z3s_answer():
    o = run_obligation(Obligation("c", "o", f"{HERE}:toy_direct"))
    assert o.status == Status.PROVED
    q = o.data["queries"]
    assert q["count"] == 2 and q["answers"] == {"unsat": 1, "sat": 1} and q["unrouted"] == 0
    assert q["solver"] == f"z3 {z3.get_version_string()}"
    parsed = parse_queries(o.artefacts[ARTEFACT])
    assert [a for _, a, _ in parsed] == ["unsat", "sat"]
    assert all("(check-sat)" in script and "declare-fun x" in script for _, _, script in parsed)


def test_a_query_bypassing_the_door_is_recorded_and_flagged():
    o = run_obligation(Obligation("c", "o", f"{HERE}:toy_unrouted"))
    assert o.status == Status.PROVED and o.data["queries"]["unrouted"] == 1 and o.data["queries"]["count"] == 1
    assert z3.Solver.check is not None and z3.Solver.check.__name__ == "check"  # the guard is gone after the task
    with recording() as log:  # nested recordings: the innermost gets the query
        with recording() as inner:
            s = z3.Solver()
            check(s)
    assert len(inner) == 1 and log == []


def test_toy_claims_rechecked_in_cvc5_all_agree(tmp_path):
    summary = run_claims(toy_claims(), jobs=1, progress=False, recheck=True)
    assert [r.status for r in summary.results] == [Status.PROVED] * 4, [r.summary for r in summary.results]
    t = summary.recheck
    assert t["eligible"] == t["rechecked"] == 4 and t["without_queries"] == 0
    assert t["queries"] == t["agreed"] == 5 and t["disagreed"] == t["unknown"] == t["failed"] == 0
    assert headline(t).startswith("4 of 4 PROVED obligations with solver queries re-checked by cvc5, 0 disagreements")
    # the figures reach the report (index.md, the summary, the HTML page) and satisfy the schema
    from verify.html import render_html
    from verify.report import write_report

    report = write_report(summary, tmp_path, command=["test"], extra_renderers=[render_html])
    assert report["header"]["recheck"]["agreed"] == 5
    for name in ("index.md", "index.html", "summary-ci.md"):
        assert "4 of 4 PROVED obligations with solver queries re-checked by cvc5, 0 disagreements" in \
            (tmp_path / name).read_text(), name
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(report, json.loads((ROOT / "verify" / "report_schema.json").read_text()))


def test_a_wrong_z3_answer_is_caught_by_cvc5(monkeypatch):
    """A doctored recorded answer (as if z3 had said sat where the query is unsat) is an ERROR naming both."""
    import verify.solver

    real = verify.solver._record

    def lying(solver, assumptions, answer, label, routed):
        real(solver, assumptions, z3.sat if answer == z3.unsat else answer, label, routed)

    monkeypatch.setattr(verify.solver, "_record", lying)
    summary = run_claims(toy_claims()[:1], jobs=1, progress=False, recheck=True)
    (r,) = summary.results
    assert r.status == Status.ERROR
    _, o = r.outcomes[0]
    cvc5_version = f"cvc5 {cvc5.Solver(cvc5.TermManager()).getVersion().decode()}"
    assert f"z3 answered sat (z3 {z3.get_version_string()}), cvc5 answered unsat ({cvc5_version})" in o.summary
    assert summary.recheck["disagreed"] == 1 and summary.recheck["agreed"] == 1
    # without the doctoring, the same claim is PROVED (the test above); and without the re-check the lie passes
    assert run_claims(toy_claims()[:1], jobs=1, progress=False).results[0].status == Status.PROVED


def test_a_doctored_artefact_after_the_recheck_is_an_error():
    o = run_obligation(Obligation("c", "o", f"{HERE}:toy_direct"))
    o.data["recheck"] = recheck_text(o.artefacts[ARTEFACT])
    ob = Obligation("c", "o", f"{HERE}:toy_direct")
    assert apply(ob, o).status == Status.PROVED
    doctored = Outcome(o.status, o.summary, dict(o.data), dict(o.artefacts))
    doctored.artefacts[ARTEFACT] = o.artefacts[ARTEFACT].replace("answered unsat", "answered sat", 1)
    bad = apply(ob, doctored)
    assert bad.status == Status.ERROR and "solvers disagree on query 0" in bad.summary
    truncated = Outcome(o.status, o.summary, {**o.data, "recheck": {**o.data["recheck"], "answers": "u"}},
                        dict(o.artefacts))
    assert apply(ob, truncated).status == Status.ERROR
    not_asked = Outcome(o.status, o.summary, {**o.data, "recheck": {**o.data["recheck"], "answers": "--"}},
                        dict(o.artefacts))
    assert apply(ob, not_asked).status == Status.ERROR  # z3 said unsat/sat: cvc5 must have been asked


def test_cvc5_unknown_and_failures_are_never_agreement():
    o = run_obligation(Obligation("c", "o", f"{HERE}:toy_direct"))
    ob = Obligation("c", "o", f"{HERE}:toy_direct")
    for codes, field in (("?s", "unknown"), ("!s", "failed")):
        o.data["recheck"] = {"solver": "cvc5 test", "answers": codes, "seconds": 0.0, "errors": []}
        found = compare(o)
        assert found[field] == 1 and found["agreed"] == 1 and not found["disagreed"]
        assert apply(ob, o).status == Status.PROVED  # undecided is not a disagreement ...
        t = tally([(ob, o)])
        assert t[field] == 1 and t["agreed"] == 1  # ... and not an agreement either
    # a script cvc5 cannot read is a failure, not an answer
    text = "; query 0: z3 0 answered unsat\n(assert (frobnicate))\n(check-sat)\n(reset)\n"
    assert recheck_text(text)["answers"] == "!"


def _source_files():
    from verify.plugins import installed_papers, source_files

    registry = installed_papers()
    seen = set()
    for name in ["verify", *(m for p in registry.names() for m in registry.sources(p))]:
        for _, path in source_files(name):
            if path.suffix == ".py" and path not in seen:
                seen.add(path)
                yield path


def test_no_plugin_or_engine_code_calls_z3_check_directly():
    """Every ``.check(`` of a z3 solver in the engine and the installed plug-ins goes through verify.solver."""
    offenders = []
    for path in _source_files():
        if path.name == "solver.py" and path.parent.name == "verify":
            continue
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if re.search(r"\.check\(", line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path}:{n}: {line.strip()}")
    assert not offenders, "z3 queries that bypass verify.solver.check:\n" + "\n".join(offenders)


def test_the_source_scan_finds_a_direct_call(tmp_path, monkeypatch):
    """The scan above fails on a file that calls ``solver.check()`` (its sibling)."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f(s):\n    return s.check()\n")
    monkeypatch.setitem(globals(), "_source_files", lambda: iter([bad]))
    with pytest.raises(AssertionError, match="bypass verify.solver.check"):
        test_no_plugin_or_engine_code_calls_z3_check_directly()


def test_every_smt_task_of_the_installed_papers_records_its_queries():
    """Every smt-kind obligation of the CI profile, grouped by task; one (the smallest) of each task is run:
    its z3 queries are all recorded through the door, at least as many as the task itself reports."""
    from verify.evidence import evidence_kind
    from verify.plugins import installed_papers

    registry = installed_papers()
    by_task: dict[str, list[Obligation]] = {}
    for claim in registry.claims():
        if "ci" in claim.profiles and set(claim.expected) & {Status.PROVED, Status.LOOSE}:
            for ob in claim.expand("ci"):
                if evidence_kind(ob, Outcome(Status.UNKNOWN, "")) == "smt":
                    by_task.setdefault(ob.task, []).append(ob)
    assert len(by_task) >= 10, sorted(by_task)  # the three papers' z3 tasks (a lost declaration shows here)
    for task, obs in sorted(by_task.items()):
        ob = min(obs, key=lambda o: (len(json.dumps(o.args, default=str)), o.id))
        o = run_obligation(ob)
        assert o.status in (Status.PROVED, Status.LOOSE), (ob.id, o.summary)
        q = o.data.get("queries", {"count": 0, "unrouted": 0})
        assert q["unrouted"] == 0, (ob.id, "z3 queries bypassing verify.solver.check")
        assert q["count"] >= o.data.get("solver_queries", 0), ob.id
        if q["count"] == 0:  # proved without a solver query: the task must say so itself
            assert o.data.get("solver_queries") == 0, (ob.id, "PROVED smt obligation with no recorded query")
        else:
            assert len(parse_queries(o.artefacts[ARTEFACT])) == q["count"]


def test_the_recheck_runs_in_a_pool_and_is_cached_with_the_outcome(tmp_path):
    from verify.cache import Cache

    first = run_claims(toy_claims(), jobs=2, progress=False, recheck=True, cache=Cache(tmp_path))
    assert first.recheck["rechecked_now"] == 4 and first.recheck["agreed"] == 5
    again = run_claims(toy_claims(), jobs=2, progress=False, recheck=True, cache=Cache(tmp_path))
    assert again.cache_hits == 4 and again.recheck["rechecked_now"] == 0  # cvc5's answers came from the cache
    assert {k: again.recheck[k] for k in ("rechecked", "queries", "agreed", "disagreed")} == \
        {"rechecked": 4, "queries": 5, "agreed": 5, "disagreed": 0}


def test_answers_are_stored_by_script_text_and_reused_across_obligation_keys(tmp_path, monkeypatch):
    """A recomputed obligation (new key, same query text) asks cvc5 nothing; a changed text is asked afresh."""
    import verify.recheck_solvers
    from verify.recheck import Answers, cvc5_version

    o = run_obligation(Obligation("c", "o", f"{HERE}:toy_direct"))
    text = o.artefacts[ARTEFACT]
    store = Answers(tmp_path, cvc5_version())
    first = recheck_text(text, answers=store)
    assert first["answers"] == "us" and len(list(tmp_path.rglob("*.json"))) == 2
    asked = []
    real = verify.recheck_solvers.cvc5_results
    monkeypatch.setattr(verify.recheck_solvers, "cvc5_results", lambda s, t: asked.append(s) or real(s, t))
    assert recheck_text(text, answers=store)["answers"] == "us" and asked == []
    # a different script text is a different question
    changed = text.replace("(check-sat)", "(assert true)\n(check-sat)", 1)
    assert recheck_text(changed, answers=store)["answers"] == "us" and len(asked) == 1
    # another cvc5 version shares nothing
    assert Answers(tmp_path, "cvc5 0.0.0").get(parse_queries(text)[0][2], 1000) is None


def test_a_stored_answer_is_trusted_only_as_far_as_it_goes(tmp_path):
    """unknown is reused only at a time limit no larger than its own; a doctored or foreign entry is a miss;
    a wrong stored answer is a disagreement, never a silent agreement."""
    from verify.recheck import Answers, cvc5_version

    store = Answers(tmp_path, "cvc5 test")
    store.put("(check-sat)\n", "unknown", 20_000)
    assert store.get("(check-sat)\n", 20_000) == "unknown" and store.get("(check-sat)\n", 60_000) is None
    store.put("(check-sat)\n", "unsat", 1)
    assert store.get("(check-sat)\n", 60_000) == "unsat"
    (path,) = list(tmp_path.rglob("*.json"))
    entry = json.loads(path.read_text())
    path.write_text(json.dumps({**entry, "answer": "maybe"}))
    assert store.get("(check-sat)\n", 1) is None
    path.write_text(json.dumps({**entry, "solver": "cvc5 other"}))
    assert store.get("(check-sat)\n", 1) is None
    path.write_text("{not json")
    assert store.get("(check-sat)\n", 1) is None
    # a store holding the wrong answer makes the obligation an ERROR
    o = run_obligation(Obligation("c", "o", f"{HERE}:toy_direct"))
    real = Answers(tmp_path / "real", cvc5_version())
    unsat_script = parse_queries(o.artefacts[ARTEFACT])[0][2]
    real.put(unsat_script, "sat", 60_000)
    o.data["recheck"] = recheck_text(o.artefacts[ARTEFACT], answers=real)
    bad = apply(Obligation("c", "o", f"{HERE}:toy_direct"), o)
    assert bad.status == Status.ERROR and "solvers disagree on query 0" in bad.summary


def test_the_runner_keeps_answers_beside_the_cache(tmp_path):
    from verify.cache import Cache

    run_claims(toy_claims(), jobs=1, progress=False, recheck=True, cache=Cache(tmp_path))
    assert len(list((tmp_path / "cvc5").rglob("*.json"))) == 5
    from verify.recheck_solvers import available

    assert len(list((tmp_path / "bitwuzla").rglob("*.json"))) == (1 if available() else 0)


# --- Bitwuzla on the bit-vector and propositional queries (verify.recheck_solvers) --------------------------

def test_the_bitwuzla_fragment_is_decided_by_the_script_text():
    from verify.recheck_solvers import in_fragment

    bv = "(declare-fun |mem2[0]| () (_ BitVec 13))\n(assert (= ((_ extract 3 0) |mem2[0]|) (_ bv5 4)))\n(check-sat)\n"
    boolean = "; query 7\n(declare-fun P_2_1 () Bool)\n(assert (and P_2_1 (not P_2_1)))\n(check-sat)\n"
    assert in_fragment(bv) and in_fragment(boolean)
    # digits inside z3's let names and hex/binary literals are not numerals
    assert in_fragment("(declare-fun p () Bool)\n(assert (let ((a!1 (not p))) (and a!1 p)))\n(check-sat)\n")
    assert in_fragment("(declare-fun b () (_ BitVec 4))\n(assert (= b #b0101))\n(check-sat)\n")
    assert not in_fragment("(declare-fun x () Int)\n(assert (> x 0))\n(check-sat)\n")
    assert not in_fragment("(declare-fun x () Real)\n(assert (> x 0.5))\n(check-sat)\n")
    # Bool variables, but integer arithmetic on ite terms: not Bitwuzla's logic
    assert not in_fragment("(declare-fun p () Bool)\n(assert (= 0 (+ 1 (ite p 1 0))))\n(check-sat)\n")
    assert not in_fragment("(declare-fun b () (_ BitVec 4))\n(assert (= (bv2nat b) 3))\n(check-sat)\n")


def test_toy_claims_rechecked_by_bitwuzla_where_their_queries_are_bit_vectors(tmp_path):
    pytest.importorskip("bitwuzla")
    summary = run_claims(toy_claims(), jobs=1, progress=False, recheck=True)
    assert [r.status for r in summary.results] == [Status.PROVED] * 4
    b = summary.recheck["bitwuzla"]
    # toy.bv asks one bit-vector query; the integer and real ones are left to cvc5
    assert b["rechecked"] == 4 and b["queries"] == b["agreed"] == 1 and b["outside"] == 4
    assert b["disagreed"] == b["unknown"] == b["failed"] == 0
    assert any(s.startswith("bitwuzla ") for s in summary.recheck["solvers"])
    assert "Bitwuzla re-checked the 1 bit-vector and propositional queries of 4 of them, 0 disagreements" in \
        headline(summary.recheck)
    from verify.report import write_report

    report = write_report(summary, tmp_path, command=["test"])
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(report, json.loads((ROOT / "verify" / "report_schema.json").read_text()))


def _bv_outcome():
    ob = Obligation("c", "o", f"{HERE}:toy_cells", (("theory", "bv"),))
    o = run_obligation(ob)
    assert o.status == Status.PROVED
    return ob, o


def test_a_bitwuzla_disagreement_is_an_error_naming_it():
    pytest.importorskip("bitwuzla")
    from verify.recheck_solvers import BITWUZLA

    ob, o = _bv_outcome()
    o.data["recheck_bv"] = recheck_text(o.artefacts[ARTEFACT], solver=BITWUZLA)
    assert o.data["recheck_bv"]["answers"] == "u" and apply(ob, o).status == Status.PROVED
    flipped = Outcome(o.status, o.summary, {**o.data, "recheck_bv": {**o.data["recheck_bv"], "answers": "s"}},
                      dict(o.artefacts))
    bad = apply(ob, flipped)
    assert bad.status == Status.ERROR and "bitwuzla answered sat" in bad.summary
    # a record that calls an in-fragment query "outside" (as if never asked) is inconsistent, not a pass
    skipped = Outcome(o.status, o.summary, {**o.data, "recheck_bv": {**o.data["recheck_bv"], "answers": "."}},
                      dict(o.artefacts))
    assert apply(ob, skipped).status == Status.ERROR


def test_a_script_bitwuzla_cannot_read_is_a_failure_not_agreement():
    pytest.importorskip("bitwuzla")
    from verify.recheck_solvers import BITWUZLA

    # z3 writes one-argument conjunctions, which Bitwuzla's parser refuses
    text = "; query 0: z3 0 answered unsat\n(assert (let (($x (and true))) (not $x)))\n(check-sat)\n(reset)\n"
    done = recheck_text(text, solver=BITWUZLA)
    assert done["answers"] == "!" and done["errors"]
    assert recheck_text(text)["answers"] == "u"  # cvc5 reads it


def test_an_outcome_rechecked_by_cvc5_alone_is_given_only_to_bitwuzla(monkeypatch):
    """A cached outcome re-checked before Bitwuzla was installed asks Bitwuzla, not cvc5 again."""
    pytest.importorskip("bitwuzla")
    import verify.recheck_solvers
    from verify.recheck import recheck_outcomes

    ob, o = _bv_outcome()
    o.data["recheck"] = recheck_text(o.artefacts[ARTEFACT])
    asked = []
    monkeypatch.setattr(verify.recheck_solvers, "cvc5_results", lambda s, t: asked.append(s) or ["unknown"])
    assert recheck_outcomes([(ob, o)], jobs=1) == [o]
    assert asked == [] and o.data["recheck_bv"]["answers"] == "u" and o.data["recheck"]["answers"] == "u"
    assert recheck_outcomes([(ob, o)], jobs=1) == []  # both records current: nothing to do


def test_the_recheck_reports_its_progress_in_a_log(capsys, monkeypatch):
    import verify.runner

    monkeypatch.setattr(verify.runner, "PROGRESS_EVERY", 0.0)
    run_claims(toy_claims(), jobs=1, progress=True, recheck=True)
    lines = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("re-check ")]
    assert [ln.split()[1] for ln in lines] == ["[1/4]", "[2/4]", "[3/4]", "[4/4]", "[4/4]"]
