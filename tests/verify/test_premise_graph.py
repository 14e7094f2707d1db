"""Premises: scheduled even when not selected, downgrade PROVED to PROVED_CONDITIONALLY, never cached as such."""
import json

from verify.cache import Cache, obligation_salt
from verify.claims import Claim, Obligation, Outcome, PaperRef, Status
from verify.errors import EXIT_OK, EXIT_UNKNOWN
from verify.html import html_page
from verify.report import exit_status
from verify.report_json import build_report
from verify.report_markdown import render_markdown
from verify.runner import run_claims, select_claims

REF = PaperRef("Toy paper", "§1", "[I]", "a toy statement")
TASK = "tests.verify.test_premise_graph:task"


def task(status: str, tag: str = "") -> Outcome:
    data = {"counterexample": {"x": 1}} if status == "REFUTED" else {}
    return Outcome(Status(status), f"{tag} {status}", data)


def toy(cid, status="PROVED", premises=(), expected=(Status.PROVED,), profiles=("ci", "full"), name="o",
        only_in=None, conclude=None):
    """A claim with one obligation ``cid/name`` of the given raw status and premises (in ``only_in`` profiles)."""

    def obligations(claim, profile):
        if only_in is not None and profile not in only_in:
            return []
        return [Obligation(claim.id, name, TASK, (("status", status), ("tag", cid)), premises=tuple(premises))]

    kw = {"conclude": conclude} if conclude else {}
    return Claim(cid, "toy", REF, "toy.construction", "toy method", expected, obligations, profiles=profiles, **kw)


def run(selected, registry, profile="ci", **kw):
    return run_claims(selected, profile=profile, jobs=1, progress=False, registry=registry, **kw)


def by_id(summary):
    return {r.claim.id: r for r in summary.results}


def test_an_unselected_premise_is_run_and_a_proved_premise_keeps_proved():
    lemma, theorem = toy("t.lemma"), toy("t.theorem", premises=["t.lemma/o"])
    summary = run(select_claims([lemma, theorem], ["t.theorem"]), [lemma, theorem])
    assert summary.cache_misses == 2  # the lemma ran although --only selected the theorem alone
    (r,) = summary.results  # but only the selected claim is reported
    assert r.status == Status.PROVED and r.met
    assert r.premises == {"t.theorem/o": {"t.lemma/o": "PROVED"}}


def test_an_unproved_premise_makes_the_claim_proved_conditionally_and_names_it():
    lemma = toy("t.lemma", status="SAMPLED_OK", expected=(Status.SAMPLED_OK,))
    theorem = toy("t.theorem", premises=["t.lemma/o"])
    r = by_id(run([theorem], [lemma, theorem]))["t.theorem"]
    assert r.status == Status.PROVED_CONDITIONALLY and not r.met
    assert "t.lemma/o (SAMPLED_OK)" in r.summary
    (ob, outcome), = r.outcomes
    assert outcome.status == Status.PROVED_CONDITIONALLY and outcome.data["raw_status"] == "PROVED"
    assert outcome.data["unmet_premises"] == {"t.lemma/o": "SAMPLED_OK"}


def test_conditional_is_transitive_and_a_conditional_premise_does_not_count():
    base = toy("t.base", status="UNKNOWN", expected=(Status.UNKNOWN,))
    mid = toy("t.mid", premises=["t.base/o"])
    top = toy("t.top", premises=["t.mid/o"])
    loose = toy("t.loose", status="LOOSE", premises=["t.mid/o"], expected=(Status.LOOSE,))
    results = by_id(run([top, loose], [base, mid, top, loose]))
    assert results["t.top"].status == Status.PROVED_CONDITIONALLY
    assert results["t.loose"].status == Status.PROVED_CONDITIONALLY  # LOOSE is downgraded as well
    assert results["t.top"].premises == {"t.top/o": {"t.mid/o": "PROVED_CONDITIONALLY"},
                                         "t.mid/o": {"t.base/o": "UNKNOWN"}}
    # and once the base is proved, the whole chain is PROVED
    fixed = by_id(run([top], [toy("t.base"), mid, top]))["t.top"]
    assert fixed.status == Status.PROVED and fixed.premises["t.mid/o"] == {"t.base/o": "PROVED"}


def test_only_proved_and_loose_outcomes_are_downgraded():
    lemma = toy("t.lemma", status="ERROR", expected=(Status.ERROR,))
    sampled = toy("t.sampled", status="SAMPLED_OK", premises=["t.lemma/o"], expected=(Status.SAMPLED_OK,))
    refuted = toy("t.refuted", status="REFUTED", premises=["t.lemma/o"], expected=(Status.REFUTED,))
    results = by_id(run([sampled, refuted], [lemma, sampled, refuted]))
    assert results["t.sampled"].status == Status.SAMPLED_OK
    assert results["t.refuted"].status == Status.REFUTED


def test_a_premise_declared_only_in_another_profile_is_missing_not_an_error():
    lemma = toy("t.lemma", only_in=("full",))
    theorem = toy("t.theorem", premises=["t.lemma/o"])
    ci = by_id(run([theorem], [lemma, theorem], profile="ci"))["t.theorem"]
    assert ci.status == Status.PROVED_CONDITIONALLY and "t.lemma/o (MISSING)" in ci.summary
    assert ci.premises == {"t.theorem/o": {"t.lemma/o": "MISSING"}}
    full = by_id(run([theorem], [lemma, theorem], profile="full"))["t.theorem"]
    assert full.status == Status.PROVED


def test_a_premise_no_claim_declares_is_an_error():
    theorem = toy("t.theorem", premises=["t.lemma/typo"])
    lemma = toy("t.lemma")
    r = by_id(run([theorem], [lemma, theorem]))["t.theorem"]
    assert r.status == Status.ERROR and "t.lemma/typo" in r.summary and "any profile" in r.summary
    unknown_claim = toy("t.other", premises=["t.nowhere/o"])
    r = by_id(run([unknown_claim], [unknown_claim]))["t.other"]
    assert r.status == Status.ERROR and "no registered claim 't.nowhere'" in r.summary


def test_a_premise_cycle_is_an_error_and_what_rests_on_it_is_conditional():
    a = toy("t.a", premises=["t.b/o"])
    b = toy("t.b", premises=["t.a/o"])
    c = toy("t.c", premises=["t.a/o"])
    results = by_id(run([a, b, c], [a, b, c]))
    assert results["t.a"].status == results["t.b"].status == Status.ERROR
    assert "premise cycle" in results["t.a"].summary
    assert results["t.c"].status == Status.PROVED_CONDITIONALLY and "t.a/o (ERROR)" in results["t.c"].summary
    self_loop = toy("t.self", premises=["t.self/o"])
    assert by_id(run([self_loop], [self_loop]))["t.self"].status == Status.ERROR


def test_the_cache_keeps_the_raw_outcome_and_the_downgrade_is_reapplied(tmp_path):
    cache = Cache(tmp_path)
    weak = toy("t.lemma", status="UNKNOWN", expected=(Status.UNKNOWN,))
    theorem = toy("t.theorem", premises=["t.lemma/o"])
    first = by_id(run([theorem], [weak, theorem], cache=cache))["t.theorem"]
    assert first.status == Status.PROVED_CONDITIONALLY
    ob = theorem.expand("ci")[0]
    key = ob.key(obligation_salt(ob))
    stored = json.loads(next(tmp_path.rglob(f"{key}.json")).read_text())
    assert stored["outcome"]["status"] == "PROVED"  # raw, not downgraded
    again = run([theorem], [toy("t.lemma"), theorem], cache=cache)  # lemma now proved: same cached theorem
    assert again.results[0].status == Status.PROVED and again.results[0].outcomes[0][1].cached


def test_conclude_sees_the_downgrade_and_a_stubborn_conclude_is_capped():
    seen = []

    def always_proved(claim, outcomes):
        seen.extend(o.status for _, o in outcomes)
        return Status.PROVED, "everything is fine", {}

    lemma = toy("t.lemma", status="UNKNOWN", expected=(Status.UNKNOWN,))
    theorem = toy("t.theorem", premises=["t.lemma/o"], conclude=always_proved)
    r = by_id(run([theorem], [lemma, theorem]))["t.theorem"]
    assert seen == [Status.PROVED_CONDITIONALLY]
    assert r.status == Status.PROVED_CONDITIONALLY and "t.lemma/o (UNKNOWN)" in r.summary


def test_proved_conditionally_does_not_meet_proved_and_exits_as_undecided():
    lemma = toy("t.lemma", status="UNKNOWN", expected=(Status.UNKNOWN,))
    theorem = toy("t.theorem", premises=["t.lemma/o"])
    assert exit_status(run([theorem], [lemma, theorem])) == EXIT_UNKNOWN
    accepted = toy("t.theorem", premises=["t.lemma/o"], expected=(Status.PROVED_CONDITIONALLY,))
    assert exit_status(run([accepted], [lemma, accepted])) == EXIT_OK


def test_the_reports_draw_the_premise_graph():
    base = toy("t.base", status="UNKNOWN", expected=(Status.UNKNOWN,))
    mid = toy("t.mid", premises=["t.base/o"])
    top = toy("t.top", premises=["t.mid/o", "t.other/o"])
    other = toy("t.other")
    report = build_report(run([top], [base, mid, top, other]), ["verify", "all"])
    (c,) = report["claims"]
    assert c["premises"] == {"t.top/o": {"t.mid/o": "PROVED_CONDITIONALLY", "t.other/o": "PROVED"},
                             "t.mid/o": {"t.base/o": "UNKNOWN"}}
    md = render_markdown(report)
    assert "- premise graph" in md
    lines = md.splitlines()
    mid_line = next(i for i, line in enumerate(lines) if "→ `t.mid/o` **PROVED_CONDITIONALLY**" in line)
    assert "→ `t.base/o` **UNKNOWN**" in lines[mid_line + 1]  # nested one level deeper
    assert len(lines[mid_line + 1]) - len(lines[mid_line + 1].lstrip()) > len(lines[mid_line]) - len(
        lines[mid_line].lstrip())
    page = html_page(report)
    assert "Premise graph" in page
    mid_at, base_at = page.index("<code>t.mid/o</code>"), page.index("<code>t.base/o</code>")
    assert mid_at < base_at and page[mid_at:base_at].count('<ul class="premises">') == 1  # base nested in mid
    assert 'style="background:#f9dc8c">UNKNOWN' in page
    plain = build_report(run([other], [other]), ["verify", "all"])
    assert plain["claims"][0]["premises"] == {} and "premise graph" not in render_markdown(plain)
    assert "Premise graph" not in html_page(plain)


def test_verify_all_runs_the_premises_of_the_selected_claims(tmp_path, monkeypatch, capsys):
    from tests.verify.toys import use_toy_papers
    from verify.cli import main

    lemma = toy("t.lemma", status="UNKNOWN", expected=(Status.UNKNOWN,))
    theorem = toy("t.theorem", premises=["t.lemma/o"])
    use_toy_papers(monkeypatch, lambda: [lemma, theorem], source=__name__)
    code = main(["all", "--only", "t.theorem", "--report-dir", str(tmp_path), "--no-cache", "--jobs", "1",
                 "--quiet"])
    out = capsys.readouterr().out
    assert code == EXIT_UNKNOWN
    assert "MISS t.theorem  PROVED_CONDITIONALLY" in out and "t.lemma/o (UNKNOWN)" in out
    report = json.loads((tmp_path / "report.json").read_text())
    assert [c["id"] for c in report["claims"]] == ["t.theorem"]
    assert report["claims"][0]["premises"] == {"t.theorem/o": {"t.lemma/o": "UNKNOWN"}}
    assert "Premise graph" in (tmp_path / "index.html").read_text()
