"""The temperature claims' conclude functions return the failing status on failing inputs."""
from verify.claims import Obligation, Outcome, Status

from proofs.giannou2023.temperature import _certificate_conclude, _paper_conclude

SHAPE = [1, 3, 8, 4]


def _ob(name):
    return Obligation("giannou2023.temperature.x", name, "m:f")


def _analysis(status=Status.PROVED, **paper):
    data = {"shape": SHAPE, "lambda_cert": "539/64", "lambda_emp": "321/64", "ratio": 1.68,
            "drift_at_lambda_cert": 0.2, "certified_just_below": False}
    data.update(paper)
    return _ob("s1m3n8N4"), Outcome(status, "analysis", data)


def test_paper_bound_certified_everywhere_is_loose():
    ob, o = _analysis(paper_simple={"lambda": 9.0, "certified": True})
    status, _, _ = _paper_conclude("simple")(None, [(ob, o)])
    assert status == Status.LOOSE


def test_paper_bound_with_a_failing_state_is_refuted():
    ob, o = _analysis(paper_simple={"lambda": 5.5, "certified": False, "fails_at_40_digits": 0.5})
    status, summary, _ = _paper_conclude("simple")(None, [(ob, o), _analysis(paper_simple={"lambda": 9.0,
                                                                                          "certified": True})])
    assert status == Status.REFUTED and "insufficient" in summary


def test_paper_bound_neither_certified_nor_failing_is_unknown():
    ob, o = _analysis(paper_simple={"lambda": 6.0, "certified": False})
    assert _paper_conclude("simple")(None, [(ob, o)])[0] == Status.UNKNOWN


def test_paper_conclude_passes_a_failed_analysis_through():
    ob, o = _ob("s1m3n8N4"), Outcome(Status.ERROR, "boom", {})
    assert _paper_conclude("full")(None, [(ob, o)])[0] == Status.ERROR


def test_certificate_conclude_proved_on_proved_analyses():
    status, _, details = _certificate_conclude(None, [_analysis()])
    assert status == Status.PROVED and details["metrics"]


def test_certificate_conclude_refuted_when_an_analysis_is_refuted():
    status, _, _ = _certificate_conclude(None, [_analysis(), (_ob("s1m3n8N8"), Outcome(Status.REFUTED, "unsound",
                                                                                       {"shape": [1, 3, 8, 8]}))])
    assert status == Status.REFUTED


def test_certificate_conclude_refuted_when_the_drift_exceeds_its_bound():
    curve = (_ob("drift@s8m8n32N8"), Outcome(Status.REFUTED, "a measured drift exceeds its certified bound", {}))
    status, summary, _ = _certificate_conclude(None, [_analysis(), curve])
    assert status == Status.REFUTED and "exceeds" in summary
