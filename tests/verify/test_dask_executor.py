"""Distributed runs for real: the runner through a ``dask.distributed`` cluster of worker processes.

The runner accepts any :class:`concurrent.futures.Executor`; a Dask cluster is
reached through ``Client.get_executor()``.  This test starts a local cluster of
two worker *processes* (the same interface a user points at a remote
scheduler) and checks that its results and the cache it fills are the ones of
the local process pool: the same statuses, the same summaries, the same cache
keys, and a warm re-run through either executor that recomputes nothing.
"""
from __future__ import annotations

import re

import pytest

from verify.cache import Cache
from verify.claims import Claim, Obligation, Outcome, PaperRef, Status
from verify.runner import run_claims

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

REF = PaperRef("toy", "nowhere", "[I]", "a toy statement")


def square_is_even(value: int) -> Outcome:
    """A toy task that runs in a worker process: PROVED for even squares, REFUTED with the witness otherwise."""
    sq = value * value
    if sq % 2 == 0:
        return Outcome(Status.PROVED, f"{value}² = {sq} is even")
    return Outcome(Status.REFUTED, f"{value}² = {sq} is odd", {"counterexample": {"value": value}})


def _toy_claims() -> list[Claim]:
    def obligations(values):
        return lambda claim, profile: [
            Obligation(claim.id, f"v={v}",
                       "tests.verify.test_dask_executor:square_is_even", (("value", v),))
            for v in values
        ]

    return [
        Claim("toy.even", "squares of even numbers are even", REF, "toy", "arithmetic",
              (Status.PROVED,), obligations([0, 2, 4, 6])),
        Claim("toy.odd", "squares of odd numbers are even (false)", REF, "toy", "arithmetic",
              (Status.REFUTED,), obligations([1, 3])),
    ]


def _paper_claims() -> list[Claim]:
    """A few quick claims of a real paper plug-in (positional-code lemmas: z3 in the workers)."""
    from verify.runner import select_claims

    from proofs import all_claims

    return select_claims(all_claims(), ["giannou2023.codes"])


def _untimed(text: str) -> str:
    """A summary without its wall-clock figures (they differ between any two runs)."""
    return re.sub(r"\d+(\.\d+)? ?s\b", "<t>", text)


def _fingerprint(summary) -> list[tuple]:
    return [(r.claim.id, r.status.value, _untimed(r.summary),
             tuple((ob.id, o.status.value, _untimed(o.summary), sorted(o.data))
                   for ob, o in r.outcomes)) for r in summary.results]


def test_dask_cluster_gives_the_process_pool_results_and_cache(tmp_path):
    claims = _toy_claims() + _paper_claims()
    local_cache = Cache(tmp_path / "local")
    local = run_claims(claims, "ci", jobs=2, cache=local_cache, progress=False)
    assert local.cache_misses > 0 and local.cache_hits == 0

    dask_cache = Cache(tmp_path / "dask")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        remote = run_claims(claims, "ci", cache=dask_cache, executor=client.get_executor(), progress=False)
        # the results came from other processes than ours
        assert len(client.scheduler_info()["workers"]) == 2

    assert _fingerprint(remote) == _fingerprint(local)
    assert {r.claim.id: r.status for r in remote.results}["toy.odd"] == Status.REFUTED
    assert all(r.met for r in remote.results), [(r.claim.id, r.status) for r in remote.results if not r.met]
    # the same cache entries, keyed alike: each cache serves the other executor's run
    local_keys = sorted(p.name for p in (tmp_path / "local").rglob("*.json") if "timing" not in p.name)
    dask_keys = sorted(p.name for p in (tmp_path / "dask").rglob("*.json") if "timing" not in p.name)
    assert local_keys and local_keys == dask_keys
    warm = run_claims(claims, "ci", jobs=2, cache=Cache(tmp_path / "dask"), progress=False)
    assert warm.cache_misses == 0 and _fingerprint(warm) == _fingerprint(local)
