"""The evidence rule: no status may claim more than the evidence behind it.

Three checks, enforced in code (the README's "Statuses" table states them for users):

(a) :func:`check_outcome` — an obligation's outcome that is REFUTED without a
    replayable ``data["counterexample"]`` becomes ERROR;
(b) :func:`check_outcome` — an obligation declares what kind of evidence its task
    produces, one of :data:`KINDS`: on the task function (``@produces("smt")`` or
    ``task.evidence = "smt"``), on the obligation (``Obligation.evidence``) or in the
    outcome (``Outcome.data["evidence"]``); declarations that disagree are an ERROR,
    and a ``"sampled"`` or ``"illustration"`` obligation that reports PROVED, LOOSE
    or PROVED_CONDITIONALLY becomes ERROR, naming the task;
(c) :func:`cap` — after the claim's ``conclude``, the claim's status is checked
    against its obligations (:func:`unsupported`); a conclusion stronger than
    they support becomes ERROR naming the conclude function, and a PROVED or
    LOOSE conclusion resting on a PROVED_CONDITIONALLY obligation becomes
    PROVED_CONDITIONALLY with the unmet premises listed.

What each claim status requires of its obligations (after the premise downgrade):

* PROVED, LOOSE: at least one obligation PROVED or LOOSE; every obligation PROVED,
  LOOSE, PROVED_CONDITIONALLY (then the claim is capped to PROVED_CONDITIONALLY)
  or REFUTED (a refutation with a counterexample is rigorous evidence too, e.g.
  "C = 15/8 fails").
* An ``"illustration"`` obligation (a measured curve or a figure shown beside a
  proof) supports nothing: while it is SAMPLED_OK, UNKNOWN or TIMEOUT it is left
  out of these requirements; its REFUTED or ERROR counts like any other.
* PROVED_CONDITIONALLY: the same.
* SAMPLED_OK: at least one obligation; every obligation PROVED, LOOSE,
  PROVED_CONDITIONALLY, SAMPLED_OK or REFUTED (none UNKNOWN, TIMEOUT or ERROR).
* REFUTED: some obligation carries a replayable ``data["counterexample"]``.
* UNKNOWN, TIMEOUT, ERROR: claim nothing, always allowed.
"""
from __future__ import annotations

import importlib
from dataclasses import replace

from .claims import Obligation, Outcome, Status

__all__ = ["KINDS", "RIGOROUS", "SAMPLED", "ILLUSTRATION", "produces", "evidence_kind", "check_outcome",
           "unsupported", "cap", "unmet_premises"]

#: Evidence from a solver or an exact/rigorous computation: may support PROVED ("interval": float balls with
#: rigorous outward rounding bounds, :mod:`verify.balls`).
RIGOROUS = frozenset({"smt", "exact", "arb", "interval", "symbolic", "enumeration"})
#: Evidence from tested inputs only: at most SAMPLED_OK (or REFUTED, with a counterexample).
SAMPLED = "sampled"
#: A sampled check shown alongside a proof (a plot, a measured curve): it supports nothing, but its
#: REFUTED or ERROR still counts against the claim.
ILLUSTRATION = "illustration"
KINDS = RIGOROUS | {SAMPLED, ILLUSTRATION}

_PROVED = frozenset({Status.PROVED, Status.LOOSE})
_PROVED_ANY = _PROVED | {Status.PROVED_CONDITIONALLY}
_NO_CLAIM = frozenset({Status.UNKNOWN, Status.TIMEOUT, Status.ERROR})
#: Statuses of an illustration that neither support nor contradict a claim.
_NEUTRAL = frozenset({Status.SAMPLED_OK, Status.UNKNOWN, Status.TIMEOUT})


def produces(kind: str):
    """Decorator: the task produces evidence of ``kind`` (sets ``task.evidence``)."""
    if kind not in KINDS:
        raise ValueError(f"unknown evidence kind {kind!r}")

    def mark(task):
        task.evidence = kind
        return task

    return mark


def _task_kind(task: str) -> str:
    module, _, name = task.partition(":")
    try:
        return getattr(getattr(importlib.import_module(module), name), "evidence", "") or ""
    except (ImportError, AttributeError, ValueError):
        return ""  # a task that cannot be imported fails when it is run, not here


def evidence_kind(ob: Obligation, outcome: Outcome) -> str:
    """The declared evidence kind ("" if undeclared); ValueError for an unknown or contradictory declaration."""
    sources = {"the task": _task_kind(ob.task), "the obligation": ob.evidence,
               "the outcome": outcome.data.get("evidence", "")}
    declared = {k for k in sources.values() if k}
    for kind in declared:
        if kind not in KINDS:
            raise ValueError(f"unknown evidence kind {kind!r} (known: {', '.join(sorted(KINDS))})")
    if len(declared) > 1:
        raise ValueError("contradictory evidence declarations: "
                         + ", ".join(f"{where} says {k!r}" for where, k in sources.items() if k))
    return declared.pop() if declared else ""


def _error(outcome: Outcome, message: str) -> Outcome:
    data = {**outcome.data, "rejected": {"status": outcome.status.value, "summary": outcome.summary}}
    return replace(outcome, status=Status.ERROR, summary=message, data=data)


def check_outcome(ob: Obligation, outcome: Outcome) -> Outcome:
    """Rules (a) and (b) for one obligation's outcome; returns it unchanged or as an ERROR (idempotent)."""
    if outcome.status == Status.ERROR:  # claims nothing; keep what went wrong first
        return outcome
    try:
        kind = evidence_kind(ob, outcome)
    except ValueError as err:
        return _error(outcome, f"{ob.task}: {err}")
    if outcome.status == Status.REFUTED and not outcome.data.get("counterexample"):
        return _error(outcome, f"{ob.task}: REFUTED without a replayable counterexample "
                               f"(data['counterexample']); it said: {outcome.summary}")
    if kind in (SAMPLED, ILLUSTRATION) and outcome.status in _PROVED_ANY:
        return _error(outcome, f"{ob.task}: {outcome.status.value} from {kind} evidence (at most SAMPLED_OK); "
                               f"it said: {outcome.summary}")
    return outcome


def _illustration(ob: Obligation, outcome: Outcome) -> bool:
    try:
        return evidence_kind(ob, outcome) == ILLUSTRATION
    except ValueError:
        return False


def unsupported(status: Status, outcomes: list[tuple[Obligation, Outcome]]) -> str | None:
    """Why ``status`` claims more than ``outcomes`` support, or None if they support it (rule (c))."""
    if status in _NO_CLAIM:
        return None
    if status == Status.REFUTED:
        if any(o.data.get("counterexample") for _, o in outcomes):
            return None
        return "no obligation carries a replayable counterexample"
    if not outcomes:
        return "it has no obligations"
    if status == Status.SAMPLED_OK:
        allowed = _PROVED_ANY | {Status.SAMPLED_OK, Status.REFUTED}
    else:  # PROVED, LOOSE, PROVED_CONDITIONALLY
        if not any(o.status in _PROVED_ANY for _, o in outcomes):
            return "no obligation is proved"
        allowed = _PROVED_ANY | {Status.REFUTED}
    weak = [(ob, o) for ob, o in outcomes
            if o.status not in allowed and not (o.status in _NEUTRAL and _illustration(ob, o))]
    if weak:
        listed = ", ".join(f"{ob.name} is {o.status.value}" for ob, o in weak[:4])
        more = f" and {len(weak) - 4} more" if len(weak) > 4 else ""
        return f"{listed}{more}"
    return None


def _conclude_name(claim) -> str:
    fn = claim.conclude
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


def unmet_premises(outcomes: list[tuple[Obligation, Outcome]], premises: dict) -> list[tuple[str, str]]:
    """The premises, not PROVED or LOOSE, of the obligations that were downgraded to PROVED_CONDITIONALLY."""
    unmet = set()
    for ob, o in outcomes:
        if o.status == Status.PROVED_CONDITIONALLY:
            unmet |= {(p, st) for p, st in premises.get(ob.id, {}).items() if st not in ("PROVED", "LOOSE")}
    return sorted(unmet)


def cap(claim, status: Status, summary: str, outcomes: list[tuple[Obligation, Outcome]],
        premises: dict) -> tuple[Status, str]:
    """The claim's final status and summary: ``conclude``'s, unless it claims more than its evidence."""
    why = unsupported(status, outcomes)
    if why is not None:
        return Status.ERROR, (f"{_conclude_name(claim)} concluded {status.value}, more than its evidence supports: "
                              f"{why}")
    if status in _PROVED and any(o.status == Status.PROVED_CONDITIONALLY for _, o in outcomes):
        unmet = unmet_premises(outcomes, premises)
        listed = ", ".join(f"{p} ({st})" for p, st in unmet) or "an obligation is itself PROVED_CONDITIONALLY"
        return (Status.PROVED_CONDITIONALLY,
                f"{summary} — conditional ({status.value} once these are proved): unproved premises: {listed}")
    return status, summary
