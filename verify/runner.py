"""Run claims: expand them into obligations, use the cache, farm out the rest.

Obligations run in a process pool by default (``jobs`` processes; mpmath and
python-flint keep global precision state, so threads would be unsafe).  Any
:class:`concurrent.futures.Executor` can be passed instead — a Dask
``distributed.Client.get_executor()`` or a Ray ``ray.util.ActorPool``-backed
executor lets a cluster do the work; tasks are importable functions with
JSON-able arguments, so they pickle cheaply.  Results come back in the
claims' order whatever order the workers finish in.
"""
from __future__ import annotations

import fnmatch
import os
import signal
import sys
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field

from . import memo
from .cache import Cache
from .claims import Claim, ClaimResult, Obligation, Outcome, run_obligation
from .errors import UsageError
from .evidence import check_outcome
from .premises import PremiseGraph

__all__ = ["select_claims", "run_claims", "RunSummary"]


def select_claims(claims: list[Claim], patterns: list[str] | None) -> list[Claim]:
    """Claims whose id matches any pattern: the id, a dotted prefix of it, or a glob."""
    if not patterns:
        return list(claims)
    chosen, seen = [], set()
    for pattern in patterns:
        hits = [c for c in claims
                if c.id == pattern or c.id.startswith(pattern + ".") or fnmatch.fnmatchcase(c.id, pattern)]
        if not hits:
            raise UsageError(f"no claim matches {pattern!r} (see `python -m verify list`)")
        for c in hits:
            if c.id not in seen:
                seen.add(c.id)
                chosen.append(c)
    order = {c.id: i for i, c in enumerate(claims)}
    return sorted(chosen, key=lambda c: order[c.id])


@dataclass
class RunSummary:
    results: list[ClaimResult]
    profile: str
    seconds: float
    jobs: int
    cache_hits: int = 0
    cache_misses: int = 0
    cache_corrupted: list[str] = field(default_factory=list)
    #: The cvc5 re-check's figures (:func:`verify.recheck.tally`), or None if it was not run.
    recheck: dict | None = None


#: Seconds between two progress lines when stderr is not a terminal.
PROGRESS_EVERY = 60.0


class _Progress:
    """``[done/total] elapsed  current`` for a long run: redrawn in place on a terminal; when stderr is a file
    or a pipe (a background run, CI), one plain line at most every :data:`PROGRESS_EVERY` seconds and one at
    the end."""

    def __init__(self, total: int, enabled: bool, label: str = ""):
        self.total, self.done, self.start = total, 0, time.monotonic()
        self.enabled, self.tty = enabled, sys.stderr.isatty()
        self.label, self.every, self.last = label, PROGRESS_EVERY, self.start

    def _line(self, current: str) -> str:
        return f"{self.label}[{self.done}/{self.total}] {time.monotonic() - self.start:6.1f}s  {current}"

    def update(self, ob: Obligation | None) -> None:
        if ob is not None:
            self.done += 1
        if not self.enabled:
            return
        current = ob.id if ob is not None else ""
        if self.tty:
            print("\r" + self._line(current)[:110].ljust(110), end="", file=sys.stderr, flush=True)
        elif ob is not None and time.monotonic() - self.last >= self.every:
            self.last = time.monotonic()
            print(self._line(current), file=sys.stderr, flush=True)

    def close(self) -> None:
        if not self.enabled:
            return
        if self.tty:
            print("\r" + " " * 110 + "\r", end="", file=sys.stderr, flush=True)
        elif self.done and self.last != self.start:  # a run long enough to have reported: say it ended
            print(self._line("done"), file=sys.stderr, flush=True)


def _ignore_sigint() -> None:  # workers leave Ctrl-C to the parent
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_batch(batch: list[Obligation]) -> list[Outcome]:
    """One worker's share: the obligations of a batch in order (:func:`_batches`)."""
    return [run_obligation(ob) for ob in batch]


def _batches(todo: list[Obligation], previous: dict[str, float], jobs: int) -> list[list[Obligation]]:
    """The work in submission order: obligations sharing an affinity together (in runs of at most an eighth
    of each worker's share, so that the pool stays balanced), every other one alone; longest first by last
    run's timings (unknown ones first), so that the pool's tail is short."""
    cap = max(1, -(-len(todo) // (8 * max(jobs, 1))))
    groups: dict[str, list[Obligation]] = {}
    batches: list[list[Obligation]] = []
    for ob in todo:
        if ob.affinity:
            groups.setdefault(ob.affinity, []).append(ob)
        else:
            batches.append([ob])
    for group in groups.values():
        batches += [group[k:k + cap] for k in range(0, len(group), cap)]
    batches.sort(key=lambda batch: -sum(previous.get(ob.id, float("inf")) for ob in batch))
    return batches


def run_claims(
    claims: list[Claim],
    profile: str = "ci",
    jobs: int | None = None,
    cache: Cache | None = None,
    executor: Executor | None = None,
    progress: bool = True,
    registry: list[Claim] | None = None,
    recheck: bool = False,
    recheck_timeout_ms: int = 60_000,
) -> RunSummary:
    """Check ``claims`` under ``profile``; see the module docstring for executors.

    ``registry`` is every registered claim (default: ``claims``): the premises of the
    selected claims' obligations are looked up there and run too (:mod:`verify.premises`).
    ``recheck``: re-run every recorded z3 query of the PROVED obligations in cvc5
    (:mod:`verify.recheck`, ``recheck_timeout_ms`` per query); its answers are cached
    with the outcomes and its figures are in ``RunSummary.recheck``.
    """
    start = time.perf_counter()
    jobs = jobs or os.cpu_count() or 1
    cache = cache or Cache(".verify-cache", enabled=False)
    from .cache import obligation_salt

    salts: dict[tuple[str, str], str] = {}  # (claim, task) -> the cache salt of the paper the obligation is of

    def key_of(ob: Obligation) -> str:
        if (ob.claim, ob.task) not in salts:
            salts[ob.claim, ob.task] = obligation_salt(ob)
        return ob.key(salts[ob.claim, ob.task])

    plan: list[tuple[Claim, list[Obligation]]] = []
    with memo.active(cache.root if cache.enabled else None):  # e.g. weight fingerprints in obligation keys
        for claim in claims:
            if profile not in claim.profiles:
                continue
            plan.append((claim, claim.expand(profile)))
        premises = PremiseGraph(plan, registry if registry is not None else claims, profile)
    outcomes: dict[str, Outcome] = {}  # by key: claims sharing an obligation share its outcome
    todo: list[Obligation] = []
    hits = 0
    for _, obs in [*plan, (None, premises.extra)]:  # the plan, then the premises it needs
        for ob in obs:
            key = key_of(ob)
            if key in outcomes:
                continue
            hit = cache.get(key)
            if hit is not None:
                outcomes[key] = hit
                hits += 1
            else:
                outcomes[key] = None
                todo.append(ob)
    batches = _batches(todo, cache.timings(), jobs)
    bar = _Progress(len(todo), progress)

    def finish(ob: Obligation, outcome: Outcome) -> None:
        outcomes[key_of(ob)] = outcome
        if outcome.status.value != "ERROR":  # errors may be transient: never cache them
            cache.put(key_of(ob), outcome)
        bar.update(ob)

    if todo:
        bar.update(None)
        if executor is None and (jobs == 1 or len(batches) == 1):
            for batch in batches:
                for ob in batch:
                    finish(ob, run_obligation(ob))
        else:
            own = executor is None
            pool = executor or ProcessPoolExecutor(max_workers=min(jobs, len(batches)), initializer=_ignore_sigint)
            futures: dict[Future, list[Obligation]] = {}
            try:
                futures = {pool.submit(_run_batch, batch): batch for batch in batches}
                for fut in as_completed(futures):
                    for ob, outcome in zip(futures[fut], fut.result()):
                        finish(ob, outcome)
            except KeyboardInterrupt:
                for fut in futures:
                    fut.cancel()
                if own:
                    for proc in list(getattr(pool, "_processes", {}).values()):
                        proc.terminate()
                    pool.shutdown(wait=False, cancel_futures=True)
                bar.close()
                raise
            finally:
                if own:
                    pool.shutdown(wait=True, cancel_futures=True)
    bar.close()
    rechecked, recheck_start = 0, time.perf_counter()
    if recheck:  # a second solver on every proof (verify.recheck)
        from .recheck import recheck_outcomes

        pairs = [(ob, outcomes[key_of(ob)]) for ob in premises.nodes.values()]
        owner = {id(o): ob for ob, o in pairs}  # an outcome shared by several claims: cached under one key
        rebar = _Progress(0, progress, label="re-check ")

        def rechecked_one(o: Outcome) -> None:
            cache.put(key_of(owner[id(o)]), o)
            rebar.update(owner[id(o)])

        done = recheck_outcomes(pairs, jobs, executor, recheck_timeout_ms, on_done=rechecked_one,
                                store=cache.root if cache.enabled else None,
                                on_todo=lambda n: setattr(rebar, "total", n))
        rebar.close()
        rechecked = len(done)
    recheck_wall = time.perf_counter() - recheck_start
    if todo:
        try:
            cache.save_timings({ob.id: outcomes[key_of(ob)].seconds for ob in todo})
        except OSError:  # scheduling hints only: an unwritable cache directory is not an error
            pass
    raw = {ob.id: outcomes[key_of(ob)] for ob in premises.nodes.values()}
    results = _conclude(plan, premises, raw)
    figures = None
    if recheck:
        from .recheck import tally

        figures = {**tally((premises.nodes[oid], o) for oid, o in raw.items()), "rechecked_now": rechecked,
                   "wall_seconds": round(recheck_wall, 3)}
    return RunSummary(results, profile, time.perf_counter() - start, jobs, hits, len(todo), list(cache.corrupted),
                      figures)


def _conclude(plan: list[tuple[Claim, list[Obligation]]], premises: PremiseGraph,
              raw: dict[str, Outcome]) -> list[ClaimResult]:
    """Each claim's result from the raw outcomes: the premise downgrade first, then ``conclude`` and its caps.

    The evidence rule is checked again here, so that a cached outcome obeys the declarations of today's code,
    and so is the cvc5 re-check: an outcome on whose queries cvc5 disagreed with z3 is an ERROR.
    """
    from .recheck import apply

    effective = premises.apply({oid: apply(premises.nodes[oid], check_outcome(premises.nodes[oid], o))
                                for oid, o in raw.items()})
    return [claim.result([(ob, effective[ob.id]) for ob in obs], premises.graph_of(obs, effective))
            for claim, obs in plan]
