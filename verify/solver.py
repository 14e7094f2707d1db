"""One door for every z3 query a task makes: its SMT-LIB2 and z3's answer are recorded.

A task asks z3 through :func:`check` (``check(solver)`` instead of
``solver.check()``).  While :func:`recording` is active — and
:func:`verify.claims.run_obligation` runs every task inside it — each call
appends a :class:`Query`: the solver's assertions as an SMT-LIB2 script
(``solver.to_smt2()``, the text another solver reads) and the answer z3 gave.
:func:`attach` stores the queries on the task's outcome, once per obligation:
the scripts as the artefact :data:`ARTEFACT` (each preceded by a comment line
``; z3 <version> answered <answer>``) and counts in ``outcome.data["queries"]``.
:mod:`verify.recheck` re-runs them in cvc5.

A ``z3.Solver.check`` that bypasses :func:`check` while recording is still
recorded (nothing escapes the re-check), but flagged ``routed=False`` and
counted as ``unrouted``: a test requires that count to be zero for every
obligation of every installed paper, so a new call site cannot silently
leave the door.
"""
from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

import z3

__all__ = ["Query", "check", "recording", "attach", "parse_queries", "z3_version", "ARTEFACT"]

#: The artefact (file name) holding an obligation's recorded queries.
ARTEFACT = "solver-queries.smt2"
_HEADER = re.compile(r"^; query (\d+): (z3 \S+) answered (sat|unsat|unknown)(?: \[(.*)\])?$")

_ORIGINAL_CHECK = z3.Solver.check
_logs: list[list["Query"]] = []  # the active recordings, innermost last


@dataclass(frozen=True)
class Query:
    """One ``check-sat``: the script z3 was given, its answer and where it came from."""

    smt2: str
    answer: str  # "sat" | "unsat" | "unknown"
    label: str = ""
    routed: bool = True


def z3_version() -> str:
    return f"z3 {z3.get_version_string()}"


def _script(solver: z3.Solver, assumptions: tuple) -> str:
    if not assumptions:
        return solver.to_smt2()
    copy = z3.Solver()
    copy.add(*solver.assertions())
    copy.add(*assumptions)
    return copy.to_smt2()


def _record(solver, assumptions, answer, label: str, routed: bool) -> None:
    if _logs:
        _logs[-1].append(Query(_script(solver, assumptions), str(answer), label, routed))


def check(solver: z3.Solver, *assumptions, label: str = ""):
    """``solver.check(*assumptions)``, recorded (with ``label``) if a recording is active."""
    answer = _ORIGINAL_CHECK(solver, *assumptions)
    _record(solver, assumptions, answer, label, True)
    return answer


def _unrouted_check(self, *assumptions):
    answer = _ORIGINAL_CHECK(self, *assumptions)
    _record(self, assumptions, answer, "", False)
    return answer


@contextlib.contextmanager
def recording():
    """Record every z3 query made inside the block; yields the list of :class:`Query`."""
    log: list[Query] = []
    _logs.append(log)
    outermost = len(_logs) == 1
    if outermost:
        z3.Solver.check = _unrouted_check
    try:
        yield log
    finally:
        _logs.pop()
        if outermost:
            z3.Solver.check = _ORIGINAL_CHECK


def attach(outcome, queries: list[Query]) -> None:
    """Store ``queries`` on ``outcome``: the :data:`ARTEFACT` text and the counts in ``data["queries"]``."""
    if not queries:
        return
    version = z3_version()
    answers: dict[str, int] = {}
    parts = []
    for i, q in enumerate(queries):
        answers[q.answer] = answers.get(q.answer, 0) + 1
        label = f" [{' '.join(q.label.split())}]" if q.label else ""
        parts.append(f"; query {i}: {version} answered {q.answer}{label}\n{q.smt2}(reset)\n")
    outcome.artefacts[ARTEFACT] = "".join(parts)
    outcome.data["queries"] = {"solver": version, "count": len(queries), "answers": answers,
                               "unrouted": sum(not q.routed for q in queries)}


def parse_queries(text: str) -> list[tuple[str, str, str]]:
    """``(solver, answer, script)`` for each query of an :data:`ARTEFACT` text (ValueError if malformed)."""
    out = []
    for chunk in text.split("(reset)\n"):
        if not chunk.strip():
            continue
        head, _, script = chunk.partition("\n")
        m = _HEADER.match(head)
        if m is None or int(m.group(1)) != len(out) or "(check-sat)" not in script:
            raise ValueError(f"malformed query {len(out)} in {ARTEFACT}: {head[:80]!r}")
        out.append((m.group(2), m.group(3), script))
    return out
