"""Claims, obligations and outcomes.

A :class:`Claim` is one statement of a paper (or of its official code) that
the tool checks: an id, the paper reference with its certainty tag, the
construction and parameters it is about, the method that discharges it, and
the *expected* outcome — some papers' statements are expected to be refuted
or loose, which is a finding, not a failure.

A claim expands, per profile, into :class:`Obligation` s (:meth:`Claim.expand`
calls the claim's builder with the claim itself, so a plug-in writes each id
once and the builder reads ``claim.id``): independent units of work, each a call of a plain function named by its import path with
JSON-able arguments, so that it can be cached by content and run in another
process.  Each returns an :class:`Outcome`; the claim's ``conclude``
function folds the outcomes into the claim's status.

Statuses (documented for users in the README):

``PROVED``      a solver or a rigorous (Arb) computation established it
``LOOSE``       proved true, and a strictly sharper statement was proved too
``PROVED_CONDITIONALLY``  proved, but a premise it rests on is not PROVED at the
                same parameters (the report lists the missing premises)
``SAMPLED_OK``  held on every tested input (the report says which, with seeds)
``REFUTED``     false: the report carries a replayable counterexample
``UNKNOWN``     undecided (a comparison Arb could not decide, solver gave up)
``TIMEOUT``     the budget ran out
``ERROR``       the check itself failed (a bug or a bad environment)

No status may claim more than its evidence (:mod:`verify.evidence`): a
REFUTED outcome carries a replayable counterexample, an obligation whose
evidence is sampled is never PROVED, and a claim's conclusion is capped by
what its obligations established.  Premises (:mod:`verify.premises`) turn a
PROVED that rests on an unproved premise into PROVED_CONDITIONALLY.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import time
import traceback
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Callable, Iterable, Mapping

__all__ = [
    "Status",
    "PaperRef",
    "Obligation",
    "Outcome",
    "Claim",
    "ClaimResult",
    "run_obligation",
    "fold_statuses",
    "default_conclude",
    "ClaimDeclarationError",
    "claim_id",
    "PROFILES",
]

PROFILES = ("ci", "full")


class Status(str, Enum):
    PROVED = "PROVED"
    LOOSE = "LOOSE"
    PROVED_CONDITIONALLY = "PROVED_CONDITIONALLY"
    SAMPLED_OK = "SAMPLED_OK"
    REFUTED = "REFUTED"
    UNKNOWN = "UNKNOWN"
    TIMEOUT = "TIMEOUT"
    ERROR = "ERROR"

    def __str__(self) -> str:
        return self.value


#: Strength of evidence, best first; used to fold obligations and to rank regressions.
_SEVERITY = [Status.ERROR, Status.REFUTED, Status.TIMEOUT, Status.UNKNOWN, Status.SAMPLED_OK,
             Status.PROVED_CONDITIONALLY, Status.LOOSE, Status.PROVED]


def fold_statuses(statuses: Iterable[Status]) -> Status:
    """The status of a conjunction: the weakest piece of evidence wins.

    ERROR, then REFUTED, TIMEOUT, UNKNOWN, SAMPLED_OK, PROVED_CONDITIONALLY,
    LOOSE; PROVED only if every part is PROVED.
    """
    statuses = list(statuses)
    if not statuses:
        return Status.ERROR
    return min(statuses, key=_SEVERITY.index)


@dataclass(frozen=True)
class PaperRef:
    """Where a claim comes from and how sure the reference notes are of it."""

    paper: str
    where: str
    tag: str
    statement: str


@dataclass(frozen=True)
class Obligation:
    """One unit of checking work: ``task(**args)`` → :class:`Outcome`."""

    claim: str
    name: str
    task: str  # "package.module:function"
    args: tuple[tuple[str, object], ...] = ()
    #: Hash of everything the result depends on beyond ``args`` (weights, sources).
    fingerprint: str = ""
    #: Ids (``claim/name``) of the obligations whose PROVED this one's PROVED rests on.
    #: They do not change what the task computes, so they are not part of the key.
    premises: tuple[str, ...] = ()
    #: What kind of evidence the task produces (:data:`verify.evidence.KINDS`); "" = undeclared.
    #: A "sampled" or "illustration" obligation can never be PROVED or LOOSE.
    evidence: str = ""
    #: Obligations with the same non-empty affinity are run one after another in one worker process, so
    #: that what the first builds (a network at one size, say) is still in that process's memory for the
    #: rest.  A scheduling hint only: not part of the key, and never a change in what a task computes.
    affinity: str = ""

    @property
    def id(self) -> str:
        return f"{self.claim}/{self.name}"

    def kwargs(self) -> dict:
        return dict(self.args)

    def key(self, salt: str = "") -> str:
        payload = json.dumps([self.task, self.args, self.fingerprint, salt], sort_keys=True, default=str)
        return hashlib.sha256(payload.encode()).hexdigest()


@dataclass
class Outcome:
    """What one obligation established (JSON-serialisable)."""

    status: Status
    summary: str
    data: dict = field(default_factory=dict)
    artefacts: dict = field(default_factory=dict)  # file name -> text
    seconds: float = 0.0
    cached: bool = False

    def to_json(self) -> dict:
        out = asdict(self)
        out["status"] = self.status.value
        return out

    @staticmethod
    def from_json(d: Mapping) -> "Outcome":
        return Outcome(
            Status(d["status"]), d["summary"], dict(d.get("data", {})), dict(d.get("artefacts", {})),
            float(d.get("seconds", 0.0)), bool(d.get("cached", False)),
        )


@dataclass
class ClaimResult:
    """A claim's folded result, next to what was expected."""

    claim: "Claim"
    status: Status
    summary: str
    outcomes: list[tuple[Obligation, Outcome]]
    details: dict = field(default_factory=dict)
    #: The premise graph reachable from this claim's obligations: obligation id → {premise id: status}
    #: (a status value, or ``"MISSING"`` for a premise no claim declares in this profile).
    premises: dict = field(default_factory=dict)

    @property
    def met(self) -> bool:
        return self.status in self.claim.expected

    @property
    def seconds(self) -> float:
        return sum(o.seconds for _, o in self.outcomes)


def default_conclude(claim: "Claim", outcomes: list[tuple[Obligation, Outcome]]) -> tuple[Status, str, dict]:
    """Fold the obligations' statuses; summarise one outcome, or tally many."""
    status = fold_statuses(o.status for _, o in outcomes)
    worst = [o for _, o in outcomes if o.status == status]
    if len(outcomes) == 1:
        return status, outcomes[0][1].summary, {}
    counts = {}
    for _, o in outcomes:
        counts[o.status.value] = counts.get(o.status.value, 0) + 1
    tally = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
    lead = worst[0].summary if status not in (Status.PROVED, Status.SAMPLED_OK) else ""
    return status, f"{len(outcomes)} obligations: {tally}" + (f"; first: {lead}" if lead else ""), {}


class ClaimDeclarationError(ValueError):
    """A claim's builder produced work that is not the claim's own (a declaration bug)."""


@dataclass(frozen=True)
class Claim:
    """A checkable statement: reference, construction, method, expectation, work.

    ``obligations(claim, profile)`` builds the work; it receives the claim so that
    the id is written once (``claim.id``).  Callers use :meth:`expand`.
    """

    id: str
    title: str
    ref: PaperRef
    construction: str
    method: str
    expected: tuple[Status, ...]
    obligations: Callable[["Claim", str], list[Obligation]]  # (claim, profile) -> work; see expand
    parameters: Callable[[str], dict] = lambda profile: {}
    conclude: Callable = default_conclude
    profiles: tuple[str, ...] = PROFILES

    def expand(self, profile: str) -> list[Obligation]:
        """The claim's obligations at ``profile``: ``self.obligations(self, profile)``.

        Raises :class:`ClaimDeclarationError` if the builder returns an obligation
        carrying another claim's id (its outcome would be filed under that claim).
        """
        obs = list(self.obligations(self, profile))
        foreign = [ob.id for ob in obs if ob.claim != self.id]
        if foreign:
            raise ClaimDeclarationError(
                f"claim {self.id!r} built {len(foreign)} obligation(s) of another claim at profile "
                f"{profile!r}: {', '.join(foreign[:3])}{' …' if len(foreign) > 3 else ''} — build them "
                f"with claim.id (another claim's obligation is named as a premise, not declared)")
        return obs

    def result(self, outcomes: list[tuple[Obligation, Outcome]], premises: dict | None = None) -> ClaimResult:
        """Conclude, then cap the conclusion by its evidence and its premises (:func:`verify.evidence.cap`).

        ``outcomes`` are the obligations' outcomes *after* the premise downgrade
        (:mod:`verify.premises`); ``premises`` is the claim's premise graph.
        """
        from .evidence import cap

        premises = dict(premises or {})
        try:
            status, summary, details = self.conclude(self, outcomes)
        except Exception as err:  # a bug in the folding is an ERROR of the claim, not a crash
            return ClaimResult(self, Status.ERROR, f"concluding failed: {err!r}", outcomes, premises=premises)
        status, summary = cap(self, status, summary, outcomes, premises)
        return ClaimResult(self, status, summary, outcomes, details, premises)


def claim_id(claim: "Claim | str") -> str:
    """The id of ``claim`` (a :class:`Claim`, or already its id): for obligation helpers taking either."""
    return claim.id if isinstance(claim, Claim) else claim


def _import(path: str) -> Callable:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def run_obligation(ob: Obligation) -> Outcome:
    """Run one obligation in this process; exceptions become ``ERROR`` outcomes.

    The task's z3 queries are recorded and stored on the outcome (:mod:`verify.solver`).
    The outcome is checked against the evidence rule (:func:`verify.evidence.check_outcome`):
    a REFUTED without a counterexample, or a PROVED from sampled evidence, is an ERROR.
    """
    from .evidence import check_outcome
    from .solver import attach, recording

    start = time.perf_counter()
    try:
        with recording() as queries:  # every z3 query of the task, for the re-check (verify.solver)
            outcome = _import(ob.task)(**ob.kwargs())
        if not isinstance(outcome, Outcome):
            raise TypeError(f"{ob.task} returned {type(outcome).__name__}, not an Outcome")
        attach(outcome, queries)
    except Exception as err:
        tb = traceback.format_exc(limit=6)
        outcome = Outcome(Status.ERROR, f"{type(err).__name__}: {err}", {"traceback": tb})
    outcome = check_outcome(ob, outcome)
    outcome.seconds = time.perf_counter() - start
    return outcome
