"""Wall time of ``python -m verify all --profile ci``, cold and then warm (nothing changed).

Both runs are subprocesses with the same fresh temporary cache directory and
a temporary report directory, so the repository's ``.verify-cache`` and
``reports/`` are left alone.  They run a snapshot of the tool's packages taken
at the start, so that edits made to the working tree meanwhile (which change
the cache's source hash) cannot turn the warm run cold.  The first run
computes every obligation; the second should find them all in the cache.
Prints each run's wall time, CPU time (the run and its workers), exit status and cache hits/misses (from its
``report.json``), and the claims whose obligations cost the most.  Usage:
``python benchmarks/verify_all.py [--jobs J] [--profile ci|full] [--top K]``.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("verify", "constructions", "proofs")


def snapshot(dest: Path) -> Path:
    """Copy the tool's packages into ``dest`` (which becomes the runs' working directory)."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, dest / package, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def slowest(report: dict, top: int) -> list[tuple[float, str]]:
    """The ``top`` claims by the CPU seconds of the obligations computed for them (an obligation listed by
    several claims, a shared premise, is counted under each)."""
    per_claim = {c["id"]: sum(ob["seconds"] for ob in c["obligations"] if not ob["cached"])
                 for c in report["claims"]}
    return sorted(((s, c) for c, s in per_claim.items()), reverse=True)[:top]


def timed_run(source: Path, profile: str, cache: Path, reports: Path, jobs: int | None) -> tuple[float, int, dict]:
    """One ``verify all`` in a subprocess: (wall seconds, exit status, report header's cache counts)."""
    command = [sys.executable, "-m", "verify", "all", "--profile", profile, "--cache-dir", str(cache),
               "--report-dir", str(reports), "--quiet"]
    if jobs:
        command += ["--jobs", str(jobs)]
    start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, cwd=source, capture_output=True, text=True)
    seconds, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)  # the run and its workers
    if done.returncode not in (0, 1, 3, 4, 5):  # 2: bad usage, 130: interrupted — no report to read
        sys.exit(f"verify all failed with exit status {done.returncode}:\n{done.stderr}")
    report = json.loads((reports / "report.json").read_text())
    return seconds, done.returncode, report["header"]["cache"] | {"claims": report["summary"]["claims"],
                                                                   "report": report, "cpu": cpu}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: verify's own, the CPU count)")
    ap.add_argument("--profile", choices=["ci", "full"], default="ci")
    ap.add_argument("--top", type=int, default=10, help="list the claims costing the most CPU in the cold run")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="verify-bench-") as tmp:
        source = snapshot(Path(tmp) / "src")
        cache, reports = Path(tmp) / "cache", Path(tmp) / "reports"
        runs = [("cold", *timed_run(source, args.profile, cache, reports, args.jobs)),
                ("warm", *timed_run(source, args.profile, cache, reports, args.jobs))]
    print(f"python -m verify all --profile {args.profile}; {os.cpu_count()} CPUs, jobs = {args.jobs or 'default'}, "
          f"Python {sys.version.split()[0]}")
    for name, seconds, code, cache_counts in runs:
        print(f"{name}: {seconds:7.1f} s wall, {cache_counts['cpu']:7.1f} s CPU, exit {code}, "
              f"{cache_counts['claims']} claims, "
              f"{cache_counts['hits']} cache hits, {cache_counts['misses']} computed")
    report = runs[0][3]["report"]
    print(f"the {args.top} claims whose obligations cost the most CPU in the cold run (a shared premise counts "
          f"under each claim listing it):")
    for seconds, claim in slowest(report, args.top):
        print(f"  {seconds:6.1f} s  {claim}")
    cold, warm = runs[0][1], runs[1][1]
    print(f"speed-up of the unchanged re-run: {cold / warm:.1f}x")


if __name__ == "__main__":
    main()
