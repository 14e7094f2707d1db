"""Claims, the runner, the cache, the reports and the baseline check."""
import json
import re

import pytest

from verify.baseline import compare, load_baseline, save_baseline
from verify.cache import Cache
from verify.claims import (Claim, ClaimDeclarationError, Obligation, Outcome, PaperRef, Status, fold_statuses,
                           run_obligation)
from verify.errors import UsageError
from verify.report import exit_status, write_report
from verify.report_json import SCHEMA_VERSION, build_report
from verify.runner import run_claims, select_claims

REF = PaperRef("Test paper", "§1", "[I]", "a statement")


def task_ok(value: int) -> Outcome:
    return Outcome(Status.PROVED, f"value {value}", {"value": value,
                                                    "counterexample": {"x": value}} if value < 0 else {"value": value})


def task_metric(value: float) -> Outcome:
    return Outcome(Status.PROVED, "metric", {"metric": value})


def task_boom() -> Outcome:
    raise RuntimeError("boom")


def claim(cid, task="tests.verify.test_claims_runner:task_ok", args=(("value", 1),), expected=(Status.PROVED,),
          conclude=None):
    kw = {} if conclude is None else {"conclude": conclude}
    return Claim(cid, "t", REF, "c", "m", expected,
                 obligations=lambda claim, profile: [Obligation(claim.id, "o", task, args)], **kw)


def test_fold_takes_the_weakest_evidence():
    assert fold_statuses([Status.PROVED, Status.PROVED]) == Status.PROVED
    assert fold_statuses([Status.PROVED, Status.SAMPLED_OK]) == Status.SAMPLED_OK
    assert fold_statuses([Status.SAMPLED_OK, Status.UNKNOWN, Status.REFUTED]) == Status.REFUTED
    assert fold_statuses([Status.REFUTED, Status.ERROR]) == Status.ERROR
    assert fold_statuses([]) == Status.ERROR


def test_the_builder_receives_the_claim_and_writes_its_id_once():
    c = claim("t.own", args=(("value", 5),))
    [ob] = c.expand("ci")
    assert ob.claim == "t.own" and ob.id == "t.own/o" and ob.kwargs() == {"value": 5}


def test_a_builder_declaring_another_claims_obligation_is_refused(tmp_path):
    import dataclasses

    good = claim("t.own")
    stray = Obligation("t.other", "o", "tests.verify.test_claims_runner:task_ok", (("value", 1),))
    bad = dataclasses.replace(good, obligations=lambda c, profile: [*good.obligations(c, profile), stray])
    with pytest.raises(ClaimDeclarationError, match=r"claim 't\.own' built 1 obligation\(s\) of another claim.*t\.other/o"):
        bad.expand("ci")
    with pytest.raises(ClaimDeclarationError):  # the runner expands through it: no outcome filed under t.other
        run_claims([bad], jobs=1, progress=False, cache=Cache(tmp_path))


def test_errors_become_outcomes_not_crashes():
    o = run_obligation(Obligation("c", "o", "tests.verify.test_claims_runner:task_boom"))
    assert o.status == Status.ERROR and "boom" in o.summary


def test_select_by_id_prefix_and_glob():
    cs = [claim("a.b.c"), claim("a.b.d"), claim("a.e")]
    assert [c.id for c in select_claims(cs, ["a.b"])] == ["a.b.c", "a.b.d"]
    assert [c.id for c in select_claims(cs, ["*.e", "a.b.c"])] == ["a.b.c", "a.e"]
    with pytest.raises(UsageError):
        select_claims(cs, ["zzz"])


def test_cache_hits_and_corruption_is_recomputed(tmp_path):
    cache = Cache(tmp_path)
    cs = [claim("x")]
    first = run_claims(cs, jobs=1, cache=cache, progress=False)
    assert (first.cache_hits, first.cache_misses) == (0, 1)
    second = run_claims(cs, jobs=1, cache=cache, progress=False)
    assert (second.cache_hits, second.cache_misses) == (1, 0)
    assert second.results[0].outcomes[0][1].cached
    entry = next(p for p in tmp_path.rglob("*.json") if p.name != "timings.json")
    data = json.loads(entry.read_text())
    data["outcome"]["status"] = "REFUTED"  # tampered: checksum no longer matches
    entry.write_text(json.dumps(data))
    third = run_claims(cs, jobs=1, cache=cache, progress=False)
    assert third.cache_misses == 1 and third.cache_corrupted
    assert third.results[0].status == Status.PROVED
    entry.write_text("{ not json")
    assert Cache(tmp_path).get(data["key"]) is None


def test_errors_are_not_cached(tmp_path):
    cache = Cache(tmp_path)
    cs = [claim("x", task="tests.verify.test_claims_runner:task_boom", args=())]
    run_claims(cs, jobs=1, cache=cache, progress=False)
    assert run_claims(cs, jobs=1, cache=cache, progress=False).cache_hits == 0


def test_process_pool_keeps_claim_order(tmp_path):
    cs = [claim(f"c{i}", args=(("value", i),)) for i in range(6)]
    summary = run_claims(cs, jobs=2, progress=False)
    assert [r.claim.id for r in summary.results] == [f"c{i}" for i in range(6)]
    assert all(r.status == Status.PROVED for r in summary.results)


def test_exit_status_distinguishes_kinds_of_miss():
    def status_of(cs):
        return exit_status(run_claims(cs, jobs=1, progress=False))

    assert status_of([claim("ok")]) == 0
    assert status_of([claim("r", expected=(Status.REFUTED,))]) == 1
    unknown = claim("u", conclude=lambda c, outs: (Status.UNKNOWN, "undecided", {}))
    assert status_of([unknown]) == 3
    assert status_of([claim("e", task="tests.verify.test_claims_runner:task_boom", args=())]) == 4


def test_report_is_written_atomically_with_artefacts(tmp_path):
    summary = run_claims([claim("neg", args=(("value", -3),))], jobs=1, progress=False)
    report = write_report(summary, tmp_path, command=["verify", "all"])
    assert (tmp_path / "index.md").read_text().startswith("# Verification report")
    on_disk = json.loads((tmp_path / "report.json").read_text())
    [path] = on_disk["claims"][0]["obligations"][0]["artefacts"]
    assert re.fullmatch(r"artefacts/[0-9a-f]{16}/counterexample\.json", path)
    assert json.loads((tmp_path / path).read_text()) == {"x": -3}
    assert report["schema_version"] == SCHEMA_VERSION == 2
    assert not list(tmp_path.glob(".tmp*"))


def test_a_failing_renderer_leaves_the_previous_report(tmp_path):
    summary = run_claims([claim("a")], jobs=1, progress=False)
    write_report(summary, tmp_path)
    before = (tmp_path / "report.json").read_text()

    def broken(report, directory):
        (directory / "index.html").write_text("half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_report(run_claims([claim("b")], jobs=1, progress=False), tmp_path, extra_renderers=[broken])
    assert (tmp_path / "report.json").read_text() == before
    assert not (tmp_path / "index.html").exists() and not list(tmp_path.glob(".tmp*"))


def metric_claim(value):
    def conclude(c, outs):
        v = outs[0][1].data["metric"]
        return Status.PROVED, "m", {"metrics": {"lam": {"value": v, "better": "lower", "tolerance": 1e-9}}}

    return claim("m", task="tests.verify.test_claims_runner:task_metric", args=(("value", value),),
                 conclude=conclude)


def test_baseline_flags_worse_status_and_worse_metrics(tmp_path):
    base = build_report(run_claims([claim("s"), metric_claim(2.0)], jobs=1, progress=False))
    save_baseline(base, tmp_path / "b.json")
    baseline = load_baseline(tmp_path / "b.json")
    same = build_report(run_claims([claim("s"), metric_claim(2.0)], jobs=1, progress=False))
    assert compare(same, baseline) == ([], [])
    worse = build_report(run_claims([claim("s", expected=(Status.REFUTED,)), metric_claim(2.5)], jobs=1,
                                    progress=False))
    regressions, _ = compare(worse, baseline)
    assert any(r.startswith("s: PROVED → PROVED") or "no longer meets" in r for r in regressions)
    assert any("m: lam got worse, 2 → 2.5" in r for r in regressions)
    better = build_report(run_claims([claim("s"), metric_claim(1.5)], jobs=1, progress=False))
    regressions, notes = compare(better, baseline)  # better is a change to review, not a free pass
    assert regressions == ["m: lam changed (got better), 2 → 1.5 (better is lower): review and re-baseline with "
                           "--update-baseline --reason TEXT"]
    missing = build_report(run_claims([claim("s")], jobs=1, progress=False))
    assert compare(missing, baseline)[0] and not compare(missing, baseline, subset=True)[0]


def test_obligations_sharing_an_affinity_are_submitted_together_in_order():
    from concurrent.futures import Executor, Future

    class Recording(Executor):  # runs each submission at once and remembers what it was given
        def __init__(self):
            self.submitted = []

        def submit(self, fn, *args):
            self.submitted.append([ob.name for ob in args[0]])
            future = Future()
            future.set_result(fn(*args))
            return future

    def obligations(claim, profile):  # 40 obligations on 2 jobs: affinity runs of at most 3
        return [Obligation(claim.id, f"o{k}", "tests.verify.test_claims_runner:task_ok", (("value", k),),
                           affinity="even" if k % 2 == 0 else "") for k in range(40)]

    pool = Recording()
    summary = run_claims([Claim("a", "t", REF, "c", "m", (Status.PROVED,), obligations)], jobs=2, progress=False,
                         executor=pool)
    assert ["o0", "o2", "o4"] in pool.submitted and ["o1"] in pool.submitted
    assert sorted(n for batch in pool.submitted for n in batch) == sorted(f"o{k}" for k in range(40))
    assert [o.summary for _, o in summary.results[0].outcomes] == [f"value {k}" for k in range(40)]


def test_batches_group_by_affinity_capped_and_longest_first():
    from verify.runner import _batches

    obs = [Obligation("c", f"o{k}", "t:f", affinity="net" if k < 5 else "") for k in range(8)]
    previous = {f"c/o{k}": float(k) for k in range(8)}
    batches = _batches(obs, previous, jobs=1)  # cap: 8 obligations / (8 × 1 job) = 1 → no grouping
    assert sorted(len(b) for b in batches) == [1] * 8
    many = obs * 4  # 32 obligations: cap 4
    batches = _batches(many, previous, jobs=1)
    grouped = [b for b in batches if b[0].affinity]
    assert all(len(b) <= 4 and {ob.affinity for ob in b} == {"net"} for b in grouped)
    assert sum(len(b) for b in batches) == 32 and sum(len(b) for b in grouped) == 20
    costs = [sum(previous[ob.id] for ob in b) for b in batches]
    assert costs == sorted(costs, reverse=True)
    assert _batches([Obligation("c", "new", "t:f")] + obs, previous, jobs=1)[0][0].name == "new"  # unknown first


def test_progress_goes_to_a_log_as_plain_lines_when_stderr_is_not_a_terminal(capsys, monkeypatch):
    """A background or CI run (stderr a file) gets plain progress lines, never carriage-return redraws."""
    import verify.runner

    claims = [claim(f"p.{i}", args=(("value", i),)) for i in range(3)]
    monkeypatch.setattr(verify.runner, "PROGRESS_EVERY", 0.0)
    run_claims(claims, jobs=1, progress=True)
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert "\r" not in err and [ln.split()[0] for ln in lines] == ["[1/3]", "[2/3]", "[3/3]", "[3/3]"]
    assert lines[0].endswith("p.0/o") and lines[-1].endswith("done")
    # at the default interval a short run prints nothing; progress=False never does
    monkeypatch.setattr(verify.runner, "PROGRESS_EVERY", 60.0)
    run_claims(claims, jobs=1, progress=True)
    run_claims(claims, jobs=1, progress=False, recheck=False)
    assert capsys.readouterr().err == ""
