"""The evidence rule: no status claims more than its evidence — for toy claims and for every registered claim."""
import json
from pathlib import Path

import pytest

from verify.claims import Claim, Obligation, Outcome, PaperRef, Status, default_conclude, run_obligation
from verify.errors import EXIT_ERROR
from verify.evidence import produces, unsupported
from verify.report import exit_status
from verify.runner import run_claims

ROOT = Path(__file__).resolve().parents[2]
REF = PaperRef("Toy paper", "§1", "[I]", "a toy statement")
HERE = "tests.verify.test_evidence"


def refuted_bare() -> Outcome:
    return Outcome(Status.REFUTED, "it fails somewhere")


def refuted_with_state() -> Outcome:
    return Outcome(Status.REFUTED, "it fails at x = 3", {"counterexample": {"x": 3}})


@produces("sampled")
def sampled_but_proved() -> Outcome:
    return Outcome(Status.PROVED, "held on 16 points")


@produces("sampled")
def sampled_honest() -> Outcome:
    return Outcome(Status.SAMPLED_OK, "held on 16 points")


@produces("smt")
def smt_proved() -> Outcome:
    return Outcome(Status.PROVED, "z3: unsat")


def says(status: str, evidence: str = "") -> Outcome:
    return Outcome(Status(status), f"says {status}", {"evidence": evidence} if evidence else {})


def test_a_refutation_without_a_counterexample_is_an_error():
    o = run_obligation(Obligation("c", "o", f"{HERE}:refuted_bare"))
    assert o.status == Status.ERROR and "REFUTED without a replayable counterexample" in o.summary
    assert f"{HERE}:refuted_bare" in o.summary and o.data["rejected"]["status"] == "REFUTED"
    assert run_obligation(Obligation("c", "o", f"{HERE}:refuted_with_state")).status == Status.REFUTED


def test_sampled_evidence_cannot_prove():
    o = run_obligation(Obligation("c", "o", f"{HERE}:sampled_but_proved"))
    assert o.status == Status.ERROR and f"{HERE}:sampled_but_proved" in o.summary and "sampled" in o.summary
    assert run_obligation(Obligation("c", "o", f"{HERE}:sampled_honest")).status == Status.SAMPLED_OK
    assert run_obligation(Obligation("c", "o", f"{HERE}:smt_proved")).status == Status.PROVED
    # declared on the obligation, or by the outcome itself
    on_obligation = Obligation("c", "o", f"{HERE}:says", (("status", "PROVED"),), evidence="sampled")
    assert run_obligation(on_obligation).status == Status.ERROR
    by_outcome = Obligation("c", "o", f"{HERE}:says", (("status", "LOOSE"), ("evidence", "sampled")))
    assert run_obligation(by_outcome).status == Status.ERROR
    illustration = Obligation("c", "o", f"{HERE}:says", (("status", "PROVED"), ("evidence", "illustration")))
    assert run_obligation(illustration).status == Status.ERROR
    rigorous = Obligation("c", "o", f"{HERE}:says", (("status", "PROVED"), ("evidence", "arb")))
    assert run_obligation(rigorous).status == Status.PROVED


def test_bad_evidence_declarations_are_errors():
    unknown = Obligation("c", "o", f"{HERE}:says", (("status", "SAMPLED_OK"), ("evidence", "vibes")))
    o = run_obligation(unknown)
    assert o.status == Status.ERROR and "unknown evidence kind 'vibes'" in o.summary
    contradictory = Obligation("c", "o", f"{HERE}:smt_proved", evidence="sampled")
    o = run_obligation(contradictory)
    assert o.status == Status.ERROR and "contradictory" in o.summary
    with pytest.raises(ValueError):
        produces("hunch")


# -- rule (c): the claim's conclusion is capped by its obligations ------------------------------------------------

def _ob(name, task="x:y", evidence=""):
    return Obligation("toy", name, task, evidence=evidence)


def _claim(conclude=default_conclude, expected=(Status.PROVED,)):
    return Claim("toy", "toy", REF, "toy", "toy", expected, obligations=lambda claim, p: [], conclude=conclude)


def dishonest(claim, outcomes):
    """Calls anything PROVED as long as nothing was refuted."""
    if any(o.status == Status.REFUTED for _, o in outcomes):
        return Status.REFUTED, "refuted", {}
    return Status.PROVED, "proved (trust me)", {}


@pytest.mark.parametrize("weak", [Status.SAMPLED_OK, Status.UNKNOWN, Status.TIMEOUT, Status.ERROR])
def test_a_dishonest_conclude_is_caught(weak):
    outcomes = [(_ob("a"), Outcome(Status.PROVED, "z3")), (_ob("b"), Outcome(weak, "weak"))]
    r = _claim(dishonest).result(outcomes)
    assert r.status == Status.ERROR and "test_evidence.dishonest concluded PROVED" in r.summary
    assert f"b is {weak.value}" in r.summary
    honest = _claim().result(outcomes)
    assert honest.status == weak  # default_conclude folds to the weakest: nothing to cap


def test_a_refutation_needs_a_counterexample_somewhere():
    bare = [(_ob("a"), Outcome(Status.REFUTED, "fails"))]
    r = _claim(dishonest).result(bare)
    assert r.status == Status.ERROR and "counterexample" in r.summary
    witnessed = [(_ob("a"), Outcome(Status.PROVED, "certificate", {"counterexample": {"state": 1}})),
                 (_ob("b"), Outcome(Status.REFUTED, "fails", {"counterexample": {"x": 1}}))]
    assert _claim(dishonest).result(witnessed).status == Status.REFUTED

    def claims_refuted(claim, outcomes):
        return Status.REFUTED, "the derived bound is exceeded", {}

    r = _claim(claims_refuted).result([(_ob("a"), Outcome(Status.PROVED, "an upper bound"))])
    assert r.status == Status.ERROR and "claims_refuted concluded REFUTED" in r.summary


def test_what_each_status_may_rest_on():
    P, R, S = (Outcome(Status.PROVED, "p"), Outcome(Status.REFUTED, "r", {"counterexample": {}}),
               Outcome(Status.SAMPLED_OK, "s"))
    R.data["counterexample"] = {"x": 1}
    a, b = _ob("a"), _ob("b")
    assert unsupported(Status.LOOSE, [(a, P), (b, R)]) is None  # e.g. C = 2 proved and C = 15/8 refuted
    assert unsupported(Status.PROVED, [(a, R)]) == "no obligation is proved"
    assert unsupported(Status.PROVED, []) == "it has no obligations"
    assert unsupported(Status.SAMPLED_OK, [(a, P), (b, S)]) is None
    assert unsupported(Status.SAMPLED_OK, [(a, S), (b, Outcome(Status.UNKNOWN, "u"))]) == "b is UNKNOWN"
    assert unsupported(Status.PROVED_CONDITIONALLY, [(a, P), (b, S)]) == "b is SAMPLED_OK"
    for nothing in (Status.UNKNOWN, Status.TIMEOUT, Status.ERROR):
        assert unsupported(nothing, []) is None
    # an illustration beside a proof supports nothing and is left out — unless it refutes or errs
    curve = _ob("curve", evidence="illustration")
    assert unsupported(Status.PROVED, [(a, P), (curve, S)]) is None
    assert unsupported(Status.PROVED, [(curve, S)]) == "no obligation is proved"
    assert unsupported(Status.PROVED, [(a, P), (curve, Outcome(Status.ERROR, "e"))]) == "curve is ERROR"


def test_a_dishonest_claim_fails_the_run():
    claim = Claim("toy.dishonest", "toy", REF, "toy", "toy", (Status.PROVED,), conclude=dishonest,
                  obligations=lambda claim, p: [Obligation(claim.id, "o", f"{HERE}:sampled_honest")])
    summary = run_claims([claim], jobs=1, progress=False)
    assert summary.results[0].status == Status.ERROR and exit_status(summary) == EXIT_ERROR


# -- every registered claim -----------------------------------------------------------------------------------------

#: Conclude functions the rule flags on some synthetic input, with why.  The test fails when one of these is no
#: longer flagged (then remove it here) or when another one is (then fix the conclude function or its evidence).
KNOWN_OVERCLAIMS: dict[str, str] = {}  # claim id -> why its conclude overclaims (empty: every one is honest)
STATUSES_TRIED = (Status.SAMPLED_OK, Status.UNKNOWN, Status.ERROR, Status.PROVED_CONDITIONALLY)


def _reported() -> dict:
    """Obligation data of the committed CI report, by claim id and obligation name (realistic synthetic data)."""
    path = ROOT / "reports" / "report.json"
    if not path.exists():
        return {}
    return {c["id"]: {o["name"]: o for o in c["obligations"]} for c in json.loads(path.read_text())["claims"]}


def _cases(claim, profile, reported):
    obs = claim.expand(profile)
    known = reported.get(claim.id, {})
    first = next(iter(known.values()), None)

    made = {}

    def outcome(ob, status):  # one object per obligation and status, shared by the cases (conclude only reads)
        if (ob.name, status) not in made:
            template = known.get(ob.name, first)
            data = json.loads(json.dumps(template["data"])) if template else {}
            made[ob.name, status] = Outcome(status, template["summary"] if template else "synthetic", data)
        return made[ob.name, status]

    bases = {"all PROVED": [Status.PROVED] * len(obs),
             "as reported": [Status(known[ob.name]["status"]) if ob.name in known else Status.PROVED for ob in obs]}
    for base_name, base in bases.items():
        yield base_name, [(ob, outcome(ob, s)) for ob, s in zip(obs, base)]
        for i, ob in enumerate(obs):
            for s in STATUSES_TRIED:
                statuses = base[:i] + [s] + base[i + 1:]
                yield f"{base_name}, {ob.name} {s.value}", [(o, outcome(o, st)) for o, st in zip(obs, statuses)]


def test_every_registered_conclude_claims_only_what_its_evidence_supports():
    from proofs import all_claims

    reported = _reported()
    flagged, tried, crashed = {}, 0, 0
    for profile in ("ci", "full"):
        for claim in all_claims():
            if profile not in claim.profiles:
                continue
            for case, outcomes in _cases(claim, profile, reported):
                tried += 1
                try:
                    status, _, _ = claim.conclude(claim, outcomes)
                except Exception:  # synthetic data a conclude cannot read: the claim is ERROR, nothing claimed
                    crashed += 1
                    continue
                why = unsupported(status, outcomes)
                if why is not None:
                    flagged.setdefault(claim.id, f"[{profile}] {case}: {status.value} but {why}")
                final = claim.result(outcomes)
                assert unsupported(final.status, outcomes) is None, (claim.id, case, final.status, final.summary)
                if any(o.status == Status.PROVED_CONDITIONALLY for _, o in outcomes):  # never PROVED on a premise
                    assert final.status not in (Status.PROVED, Status.LOOSE), (claim.id, case, final.summary)
                if why is not None:
                    assert final.status == Status.ERROR and "more than its evidence supports" in final.summary
    assert tried > 1000 and crashed < tried / 10, (tried, crashed)  # the walk exercised the conclude functions
    unexpected = {cid: why for cid, why in flagged.items() if cid not in KNOWN_OVERCLAIMS}
    assert not unexpected, f"conclude functions that claim more than their evidence: {unexpected}"
    fixed = sorted(set(KNOWN_OVERCLAIMS) - set(flagged))
    assert not fixed, f"no longer flagged, remove from KNOWN_OVERCLAIMS: {fixed}"


def test_a_cached_outcome_obeys_todays_declarations(tmp_path):
    from verify.cache import Cache

    def claim(evidence):
        ob = Obligation("toy.cached", "o", f"{HERE}:says", (("status", "PROVED"),), evidence=evidence)
        return Claim("toy.cached", "toy", REF, "toy", "toy", (Status.PROVED,), obligations=lambda claim, p: [ob])

    cache = Cache(tmp_path)
    assert run_claims([claim("")], jobs=1, cache=cache, progress=False).results[0].status == Status.PROVED
    again = run_claims([claim("sampled")], jobs=1, cache=cache, progress=False)  # same key: a cache hit
    assert again.cache_hits == 1
    (ob, outcome), = again.results[0].outcomes
    assert outcome.status == Status.ERROR and "from sampled evidence" in outcome.summary
