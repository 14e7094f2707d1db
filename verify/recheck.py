"""A second solver on every proof: re-run each recorded z3 query in cvc5 and compare the answers.

:mod:`verify.solver` records every z3 query a task makes (its SMT-LIB2 and
z3's answer) in the artefact :data:`verify.solver.ARTEFACT`.  With
``--recheck`` (the default in the full profile) the runner hands every
*eligible* obligation — PROVED or LOOSE, and of evidence kind ``"smt"`` or
with recorded queries — to :func:`recheck_text`: each query z3 answered
``sat`` or ``unsat`` is parsed by cvc5's own SMT-LIB parser and solved by a
fresh cvc5 solver (logic ALL: linear and nonlinear arithmetic, bit-vectors,
quantifiers), so the check trusts neither z3 nor this tool's translation to
z3's API — the text is all cvc5 sees.  cvc5's answers are stored on the
outcome (``data["recheck"]``, cached with it).  Where Bitwuzla is installed,
the queries in its logic — bit-vectors and propositional logic, no
arithmetic (:mod:`verify.recheck_solvers`) — are also read and answered by it
(``data["recheck_bv"]``); each solver is a :class:`Rechecker`.

:func:`apply` compares, every time results are concluded, cvc5's stored
answers with z3's answers as written in the artefact: a query where one says
``sat`` and the other ``unsat`` turns the obligation into an ERROR naming the
query, both answers and both solver versions (likewise for Bitwuzla).  cvc5 answering ``unknown``
(timeout, incompleteness on nonlinear arithmetic or quantifiers) is counted
as such, never as agreement; a script cvc5 cannot read is counted as a cvc5
failure.  Queries z3 itself answered ``unknown`` claim nothing and are
skipped.  :func:`tally` gives the run's figures for the report ("N of M
PROVED obligations re-checked by cvc5 ...").

cvc5's answer is a function of the script text alone (and of cvc5's version
and time limit), so :class:`Answers` also keeps each answer under the hash of
the text it answered (``<cache>/cvc5/``, ``<cache>/bitwuzla/``): an obligation recomputed after an
edit elsewhere — which changes every obligation key — asks cvc5 only the
queries whose text changed.  A stored ``sat``/``unsat`` is reused at any time
limit; a stored ``unknown`` only at a limit no larger than the one it was
given.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Callable

from .claims import Obligation, Outcome, Status
from .recheck_solvers import BITWUZLA, CVC5, Rechecker, cvc5_results, cvc5_version, rechecker, recheckers
from .solver import ARTEFACT, parse_queries

__all__ = ["split_scripts", "cvc5_results", "cvc5_version", "recheck_text", "eligible", "apply", "tally",
           "headline", "recheck_outcomes", "Answers", "TIMEOUT_MS", "Rechecker", "CVC5", "BITWUZLA", "recheckers"]

#: cvc5's time limit per query (milliseconds) unless the caller gives another.
TIMEOUT_MS = 60_000
#: One character per query in ``data["recheck"]["answers"]``.
_CODE = {"sat": "s", "unsat": "u", "unknown": "?"}
_NOT_ASKED, _FAILED, _OUTSIDE = "-", "!", "."
_ANSWER = {v: k for k, v in _CODE.items()}


def split_scripts(text: str) -> list[str]:
    """The individual scripts of an exported obligation file."""
    return [t for t in text.split("(reset)\n") if "(check-sat)" in t]


class Answers:
    """cvc5's answers stored by the hash of the script text they answer (a directory of small JSON files).

    ``get`` returns a stored answer only when its record names the same
    script hash and cvc5 version, and (for ``unknown``) a time limit at least
    the one asked for; anything unreadable is a miss, never an answer.
    """

    def __init__(self, root: Path | str, solver: str):
        self.root, self.solver = Path(root), solver

    def _key(self, script: str) -> str:
        return hashlib.sha256(f"{self.solver}\n{script}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, script: str, timeout_ms: int) -> str | None:
        key = self._key(script)
        try:
            entry = json.loads(self._path(key).read_text())
            if entry["key"] != key or entry["solver"] != self.solver or entry["answer"] not in _CODE:
                return None
            if entry["answer"] == "unknown" and int(entry["timeout_ms"]) < timeout_ms:
                return None  # may be answered with more time
            return entry["answer"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, script: str, answer: str, timeout_ms: int) -> None:
        from .cache import write_json_atomic

        key = self._key(script)
        try:
            write_json_atomic(self._path(key), {"key": key, "solver": self.solver, "answer": answer,
                                                "timeout_ms": int(timeout_ms)})
        except OSError:  # an unwritable store only costs time
            pass


def recheck_text(text: str, timeout_ms: int = TIMEOUT_MS, answers: Answers | None = None,
                 solver: Rechecker = CVC5) -> dict:
    """``solver``'s answer (cvc5 by default) to every query of an :data:`~verify.solver.ARTEFACT` text z3
    answered sat or unsat and that is in the solver's logic.

    Returns ``{"solver", "answers", "seconds", "errors"}``: ``answers`` has one
    character per query — ``u`` unsat, ``s`` sat, ``?`` unknown, ``-`` not asked
    (z3 said unknown), ``.`` outside the solver's logic, ``!`` the solver failed
    (its message in ``errors``, first few).
    ``answers``: look each script up there first, and store what the solver answers.
    """
    import time

    start = time.perf_counter()
    codes, errors = [], []
    for i, (_, answer, script) in enumerate(parse_queries(text)):
        if answer == "unknown":
            codes.append(_NOT_ASKED)
            continue
        if not solver.accepts(script):
            codes.append(_OUTSIDE)
            continue
        stored = answers.get(script, timeout_ms) if answers is not None else None
        if stored is not None:
            codes.append(_CODE[stored])
            continue
        try:
            got = solver.results(script, timeout_ms)
            if len(got) == 1 and answers is not None:
                answers.put(script, got[0], timeout_ms)
            codes.append(_CODE[got[0]] if len(got) == 1 else _FAILED)
            if len(got) != 1:
                errors.append(f"query {i}: {len(got)} check-sat answers")
        except Exception as err:  # a script the solver cannot read: counted as a failure, not as agreement
            codes.append(_FAILED)
            errors.append(f"query {i}: {type(err).__name__}: {str(err)[:200]}")
    return {"solver": solver.version(), "answers": "".join(codes),
            "seconds": round(time.perf_counter() - start, 3), "errors": errors[:5]}


def _kind(ob: Obligation, outcome: Outcome) -> str:
    from .evidence import evidence_kind

    try:
        return evidence_kind(ob, outcome)
    except ValueError:
        return ""


def eligible(ob: Obligation, outcome: Outcome) -> bool:
    """Whether the re-check covers this obligation: PROVED or LOOSE, and smt evidence or recorded queries."""
    return (outcome.status in (Status.PROVED, Status.LOOSE)
            and (_kind(ob, outcome) == "smt" or bool(outcome.data.get("queries"))))


def compare(outcome: Outcome, solver: Rechecker = CVC5) -> dict | None:
    """z3's answers (from the artefact) against ``solver``'s (stored): counts and the disagreements; None if
    that solver did not re-check this outcome."""
    done = outcome.data.get(solver.field)
    if not done:
        return None
    text = outcome.artefacts.get(ARTEFACT, "")
    queries = parse_queries(text) if text else []
    codes = done.get("answers", "")
    if len(codes) != len(queries):
        raise ValueError(f"{solver.name} answered {len(codes)} queries, {ARTEFACT} holds {len(queries)}")
    out = {"queries": 0, "agreed": 0, "unknown": 0, "failed": 0, "skipped": 0, "outside": 0, "disagreed": []}
    for i, ((z3_solver, z3_answer, script), code) in enumerate(zip(queries, codes)):
        if (z3_answer == "unknown") != (code == _NOT_ASKED):
            raise ValueError(f"query {i}: z3 answered {z3_answer}, the re-check record says {code!r}")
        if z3_answer == "unknown":
            out["skipped"] += 1
            continue
        if (code == _OUTSIDE) != (not solver.accepts(script)):
            raise ValueError(f"query {i}: the {solver.name} record says {code!r}, but the script is "
                             f"{'outside' if code != _OUTSIDE else 'inside'} its logic")
        if code == _OUTSIDE:
            out["outside"] += 1
            continue
        out["queries"] += 1
        if code == _FAILED:
            out["failed"] += 1
        elif code == "?":
            out["unknown"] += 1
        elif _ANSWER[code] == z3_answer:
            out["agreed"] += 1
        else:
            out["disagreed"].append({"query": i, "z3": f"{z3_answer} ({z3_solver})",
                                     "other": f"{_ANSWER[code]} ({done['solver']})"})
    return out


def apply(ob: Obligation, outcome: Outcome) -> Outcome:
    """``outcome``, or an ERROR if cvc5 or Bitwuzla disagreed with z3 on one of its queries (or a re-check record
    is inconsistent)."""
    if outcome.status == Status.ERROR:
        return outcome
    for solver in (CVC5, BITWUZLA):
        try:
            found = compare(outcome, solver)
        except ValueError as err:
            return _error(outcome, f"{ob.task}: the {solver.name} re-check record is inconsistent: {err}")
        if not found or not found["disagreed"]:
            continue
        d = found["disagreed"][0]
        more = f" (and {len(found['disagreed']) - 1} more)" if len(found["disagreed"]) > 1 else ""
        return _error(outcome, f"{ob.task}: solvers disagree on query {d['query']} of {ARTEFACT}: z3 answered "
                               f"{d['z3']}, {solver.name} answered {d['other']}{more}; it said: {outcome.summary}")
    return outcome


def _error(outcome: Outcome, message: str) -> Outcome:
    data = {**outcome.data, "rejected": {"status": outcome.status.value, "summary": outcome.summary}}
    return replace(outcome, status=Status.ERROR, summary=message, data=data)


def tally(pairs) -> dict:
    """The run's re-check figures over ``(obligation, raw outcome)`` pairs (each obligation once).

    Raw outcomes are the tasks' own (already checked by the evidence rule, before
    :func:`apply`), so an obligation :func:`apply` turns into an ERROR is counted, as disagreeing.
    cvc5's figures are at the top level; Bitwuzla's, over the queries in its logic, under ``"bitwuzla"``
    (present when it re-checked at least one obligation).
    """
    t = {"eligible": 0, "rechecked": 0, "without_queries": 0, "queries": 0, "agreed": 0, "unknown": 0,
         "failed": 0, "disagreed": 0, "skipped": 0, "seconds": 0.0, "solvers": []}
    bv = {"rechecked": 0, "queries": 0, "agreed": 0, "unknown": 0, "failed": 0, "disagreed": 0, "outside": 0,
          "seconds": 0.0}
    solvers = set()
    for ob, o in pairs:
        if not eligible(ob, o):
            continue
        t["eligible"] += 1
        if not o.data.get("queries"):
            t["without_queries"] += 1  # proved with no solver query (e.g. every cell settled by rewriting)
            continue
        for solver, into in ((CVC5, t), (BITWUZLA, bv)):
            try:
                found = compare(o, solver)
            except ValueError:
                found = None
            if found is None:
                continue
            into["rechecked"] += 1
            solvers.add(o.data["queries"]["solver"])
            solvers.add(o.data[solver.field]["solver"])
            into["seconds"] += o.data[solver.field].get("seconds", 0.0)
            for k in ("queries", "agreed", "unknown", "failed") + (("skipped",) if solver is CVC5 else ("outside",)):
                into[k] += found[k]
            into["disagreed"] += len(found["disagreed"])
    t["seconds"] = round(t["seconds"], 3)
    t["solvers"] = sorted(solvers)
    if bv["rechecked"]:
        t["bitwuzla"] = {**bv, "seconds": round(bv["seconds"], 3)}
    return t


def headline(t: dict) -> str:
    """One line: "N of M PROVED obligations re-checked by cvc5, D disagreements (Q queries: ...)", then
    Bitwuzla's figures on the bit-vector and propositional queries if it took part."""
    with_queries = t["eligible"] - t["without_queries"]
    line = (f"{t['rechecked']} of {with_queries} PROVED obligations with solver queries re-checked by cvc5, "
            f"{t['disagreed']} disagreements ({t['queries']} queries: agreed {t['agreed']}, "
            f"cvc5 unknown {t['unknown']}, cvc5 failed {t['failed']}, disagreed {t['disagreed']})")
    if t["without_queries"]:
        line += f"; {t['without_queries']} more PROVED smt obligations made no solver query"
    if t["skipped"]:
        line += f"; {t['skipped']} queries z3 itself left unknown were not re-checked"
    b = t.get("bitwuzla")
    if b:
        line += (f"; Bitwuzla re-checked the {b['queries']} bit-vector and propositional queries of "
                 f"{b['rechecked']} of them, {b['disagreed']} disagreements (agreed {b['agreed']}, "
                 f"unknown {b['unknown']}, failed {b['failed']})")
    return line


def _job(args: tuple[str, int, str | None, tuple[str, ...]]) -> dict:
    """The named solvers' re-check records of one artefact text, by outcome field."""
    text, timeout_ms, store, names = args
    out = {}
    for name in names:
        solver = rechecker(name)
        answers = None if store is None else Answers(Path(store) / solver.name, solver.version())
        out[solver.field] = recheck_text(text, timeout_ms, answers, solver)
    return out


def recheck_outcomes(pairs, jobs: int, executor=None, timeout_ms: int = TIMEOUT_MS,
                     on_done: Callable[[Outcome], None] | None = None,
                     store: Path | str | None = None,
                     on_todo: Callable[[int], None] | None = None) -> list[Outcome]:
    """Re-check every eligible ``(obligation, raw outcome)`` in cvc5 (and, where Bitwuzla is installed, its
    bit-vector and propositional queries in Bitwuzla) that these solver versions have not re-checked yet.

    Stores each solver's answers in the outcome (``data["recheck"]``, ``data["recheck_bv"]``), calls
    ``on_done(outcome)`` as each one finishes (the runner caches it then, so an interrupted run keeps what was
    done) and returns the outcomes re-checked now.  Runs in ``executor``, else in a pool of
    ``jobs`` processes (in this process if ``jobs`` is 1 or there is one outcome).
    ``store``: the directory holding one :class:`Answers` store per solver (``<store>/cvc5``, ...), shared by
    the workers (None: none).  ``on_todo(n)`` is told how many outcomes are to be re-checked, before the first.
    """
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from .evidence import check_outcome

    versions = {solver: solver.version() for solver in recheckers()}
    todo, seen = [], set()
    for ob, o in pairs:
        if id(o) in seen or not o.artefacts.get(ARTEFACT) or not eligible(ob, check_outcome(ob, o)):
            continue
        seen.add(id(o))
        names = tuple(s.name for s, v in versions.items() if (o.data.get(s.field) or {}).get("solver") != v)
        if names:
            todo.append((o, names))
    todo.sort(key=lambda item: -len(item[0].artefacts[ARTEFACT]))  # longest first: a short tail
    if on_todo is not None:
        on_todo(len(todo))

    def done(o: Outcome, result: dict) -> None:
        o.data.update(result)
        if on_done is not None:
            on_done(o)

    where = None if store is None else str(store)
    if executor is None and (jobs == 1 or len(todo) <= 1):
        for o, names in todo:
            done(o, _job((o.artefacts[ARTEFACT], timeout_ms, where, names)))
        return [o for o, _ in todo]
    pool = executor or ProcessPoolExecutor(max_workers=min(jobs, len(todo)))
    try:
        futures = {pool.submit(_job, (o.artefacts[ARTEFACT], timeout_ms, where, names)): o for o, names in todo}
        for fut in as_completed(futures):
            done(futures[fut], fut.result())
    finally:
        if executor is None:
            pool.shutdown(wait=True, cancel_futures=True)
    return [o for o, _ in todo]
