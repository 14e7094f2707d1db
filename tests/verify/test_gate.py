"""The publication gate: Ctrl-C leaves the previous report, both profiles run, executors are pluggable."""
import json
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from verify.claims import Claim, Obligation, Outcome, PaperRef, Status
from verify.runner import run_claims

ROOT = Path(__file__).resolve().parents[2]
#: Two obligations of about ten seconds each: still running when the signal arrives.
SLOW_CLAIM = "giannou2023.selftest.mutants"  # four obligations of several seconds each
FAST_CLAIM = "giannou2023.subleq.onehot"


def _descendants(pid: int) -> list[int]:
    """Processes below ``pid`` (Linux ``/proc``)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
    found, frontier = [], [pid]
    while frontier:
        children = [p for p, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def _previous_report(directory: Path) -> dict[str, bytes]:
    (directory / "artefacts" / "old.claim").mkdir(parents=True)
    files = {"index.md": b"# previous report\n", "report.json": b'{"previous": true}\n',
             "index.html": b"<!DOCTYPE html><p>previous</p>\n", "artefacts/old.claim/cex.json": b"{}\n"}
    for name, content in files.items():
        (directory / name).write_bytes(content)
    return files


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to see the workers start")
def test_ctrl_c_exits_130_quietly_and_keeps_the_previous_report(tmp_path):
    report_dir = tmp_path / "reports"
    report_dir.mkdir()
    before = _previous_report(report_dir)
    proc = subprocess.Popen(
        [sys.executable, "-m", "verify", "all", "--only", SLOW_CLAIM, "--report-dir", str(report_dir),
         "--cache-dir", str(tmp_path / "cache"), "--no-cache", "--jobs", "2", "--quiet"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not _descendants(proc.pid):  # the worker processes exist: the obligations are running
            assert proc.poll() is None, f"finished before it could be interrupted: {proc.communicate()}"
            assert time.monotonic() < deadline, "no worker process started within 60 s"
            time.sleep(0.05)
        time.sleep(0.5)
        assert proc.poll() is None, f"{SLOW_CLAIM} finished too fast to test an interruption"
        workers = _descendants(proc.pid)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, (out, err)
    assert "Traceback" not in err and err.strip() == "interrupted"
    for name, content in before.items():
        assert (report_dir / name).read_bytes() == content, name
    assert sorted(p.name for p in report_dir.iterdir()) == ["artefacts", "index.html", "index.md", "report.json"]
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)], "worker processes outlived the interrupted run"


def test_profile_full_is_accepted(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "verify", "all", "--profile", "full", "--only", FAST_CLAIM, "--report-dir",
         str(tmp_path), "--no-cache", "--jobs", "1", "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert r.returncode == 0, r.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["header"]["profile"] == "full"
    assert [c["id"] for c in report["claims"]] == [FAST_CLAIM] and report["claims"][0]["met"]


def test_an_unknown_profile_is_a_usage_error(tmp_path):
    r = subprocess.run([sys.executable, "-m", "verify", "all", "--profile", "nightly", "--report-dir", str(tmp_path)],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "invalid choice: 'nightly'" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and not list(tmp_path.iterdir())


# -- pluggable executors ------------------------------------------------------------------------------------------

REF = PaperRef("Test paper", "§1", "[I]", "a statement")


def task_square(value: int) -> Outcome:
    time.sleep(0.01 * (5 - value % 5))  # finish out of order
    if value < 0:  # a refutation carries its counterexample
        return Outcome(Status.REFUTED, f"{value} < 0", {"square": value * value, "counterexample": {"value": value}})
    return Outcome(Status.PROVED, f"{value}² = {value * value}", {"square": value * value})


def _claims() -> list[Claim]:
    def make(cid, values, expected):
        return Claim(cid, "t", REF, "c", "m", expected, obligations=lambda claim, profile: [
            Obligation(claim.id, f"v{v}", "tests.verify.test_gate:task_square", (("value", v),)) for v in values])

    return [make("a", [1, 2, 3], (Status.PROVED,)), make("b", [-4, 5], (Status.REFUTED,)),
            make("c", [6, 7, 8, 9], (Status.PROVED,))]


class CountingExecutor(ThreadPoolExecutor):
    """Any :class:`concurrent.futures.Executor` will do: Dask's ``Client.get_executor()`` plugs in the same way."""

    def __init__(self, workers: int):
        super().__init__(max_workers=workers)
        self.submitted = 0

    def submit(self, fn, /, *args, **kwargs):
        self.submitted += 1
        return super().submit(fn, *args, **kwargs)


def _essence(summary):
    return [(r.claim.id, r.status, r.summary, [(ob.name, o.status, o.summary, o.data) for ob, o in r.outcomes])
            for r in summary.results]


def test_a_custom_executor_gives_the_same_results():
    serial = run_claims(_claims(), jobs=1, progress=False)
    with CountingExecutor(3) as pool:
        pooled = run_claims(_claims(), executor=pool, progress=False)
        assert pool.submitted == 9  # every obligation went through the executor passed in
        assert pool.submit(task_square, 2).result().data == {"square": 4}  # and the runner left it open
    assert _essence(pooled) == _essence(serial)
    assert [r.status for r in pooled.results] == [Status.PROVED, Status.REFUTED, Status.PROVED]
    assert all(r.met for r in pooled.results)


def test_changing_one_weight_makes_the_check_fail_and_name_the_claim(tmp_path, monkeypatch, capsys):
    """The regression gate end to end: baseline from the construction, then one weight changed."""

    import constructions.giannou2023.subleq as subleq
    from constructions.giannou2023.variants import change_weight
    from verify.cli import main

    # three machines suffice to show the gate: the flag layer is proved at them, the change breaks it there
    monkeypatch.setattr("proofs.giannou2023.blocks.proof_shapes",
                        lambda profile: [(1, 2, 4, 2), (2, 3, 8, 3), (2, 1, 4, 4)])
    args = ["all", "--only", "giannou2023.flag", "--report-dir", str(tmp_path / "reports"), "--jobs", "1",
            "--no-cache", "--quiet", "--baseline", str(tmp_path / "baseline.json")]
    from proofs import all_claims
    from verify.baseline import save_baseline
    from verify.report_json import build_report
    from verify.runner import run_claims, select_claims

    save_baseline(build_report(run_claims(select_claims(all_claims(), ["giannou2023.flag"]), jobs=1,
                                          progress=False)), tmp_path / "baseline.json")
    assert main([*args, "--check"]) == 0

    original = subleq.subleq_network

    def one_weight_changed(shape):  # the flag's constant 1 − N becomes −N
        net = original(shape)
        layer = net.layer("flag")
        unit = layer.ffn.units.index("flag zero")
        ind0 = net.layout.row("ind0")
        return change_weight(net, "flag", "W1", unit, ind0, -1)

    monkeypatch.setattr("constructions.giannou2023.variants.subleq_network", one_weight_changed)
    capsys.readouterr()
    code = main([*args, "--check"])
    out = capsys.readouterr().out
    assert code != 0
    assert "REGRESSION" in out and "giannou2023.flag:" in out
