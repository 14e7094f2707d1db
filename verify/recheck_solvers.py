"""The solvers that re-check recorded z3 queries (:mod:`verify.recheck`): cvc5 on every query, and Bitwuzla on
the bit-vector and propositional ones.

cvc5 reads each query in logic ALL.  Where a query is a pure bit-vector or
propositional problem — its declared sorts are ``Bool`` and ``(_ BitVec w)``
only and it holds no integer or real arithmetic — Bitwuzla, a solver built for
exactly that logic (a separate implementation from z3's and cvc5's), answers it
as well, from the same SMT-LIB2 text read by its own parser.

:func:`in_fragment` decides Bitwuzla's fragment syntactically and
conservatively: a script with an ``Int``/``Real`` sort, an arithmetic
conversion, or a bare numeral outside an indexed ``(_ …)`` term is left to
cvc5 alone.  A script that passes the test and that Bitwuzla still cannot read
(it refuses, for one, z3's one-argument ``(and x)``) is counted as a Bitwuzla
failure, never as agreement.
"""
from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from typing import Callable

__all__ = ["Rechecker", "CVC5", "BITWUZLA", "recheckers", "rechecker", "cvc5_version", "cvc5_results", "available",
           "in_fragment", "bitwuzla_version", "bitwuzla_results"]

#: Sorts and conversions outside QF_BV (plus quantifiers, which Bitwuzla reads but z3 never emits here).
_OUTSIDE = re.compile(r"\b(Int|Real|to_real|to_int|is_int|bv2int|int2bv|bv2nat|nat2bv|Array|FloatingPoint|String)\b")
#: Indexed terms ``(_ bv5 8)``, ``(_ BitVec 8)``, ``(_ extract 3 0)``: their numerals are indices, not Ints.
_INDEXED = re.compile(r"\(_ [^()]*\)")
#: A numeral or decimal as a whole token, between white space and parentheses (an Int or Real literal once
#: indexed terms are removed; digits inside a symbol such as ``a!1`` or ``?x565`` are not tokens of their own).
_NUMERAL = re.compile(r"(?<=[\s(])\d+(\.\d+)?(?=[\s)])")
#: ``|quoted symbols|`` may hold anything (``|mem2[0]|``); comments likewise.
_QUOTED = re.compile(r"\|[^|]*\|")
_COMMENT = re.compile(r";[^\n]*")


def available() -> bool:
    """Whether Bitwuzla's Python package is installed."""
    return importlib.util.find_spec("bitwuzla") is not None


def in_fragment(script: str) -> bool:
    """Whether ``script`` is a bit-vector / propositional problem (Bitwuzla's logic), by its text."""
    body = _QUOTED.sub("x", _COMMENT.sub("", script))
    body = re.sub(r"\(set-info[^()]*\)", "", body)
    if _OUTSIDE.search(body):
        return False
    return _NUMERAL.search(_INDEXED.sub("x", body)) is None


def bitwuzla_version() -> str:
    import bitwuzla

    return f"bitwuzla {bitwuzla.version()}"


def bitwuzla_results(script: str, timeout_ms: int) -> list[str]:
    """Bitwuzla's answer (``sat`` / ``unsat`` / ``unknown``) to the one ``check-sat`` of ``script``.

    The script is parsed by Bitwuzla's own SMT-LIB2 parser (assertions only), then solved; a script with
    more than one ``check-sat`` is refused (ValueError), so that no answer is paired with the wrong query.
    """
    import bitwuzla

    if script.count("(check-sat)") != 1:
        raise ValueError(f"{script.count('(check-sat)')} check-sat commands in one query")
    tm = bitwuzla.TermManager()
    options = bitwuzla.Options()
    options.set(bitwuzla.Option.TIME_LIMIT_PER, int(timeout_ms))
    parser = bitwuzla.Parser(tm, options, "smt2")
    parser.parse(script.replace("(check-sat)", ""), True, False)
    result = parser.bitwuzla().check_sat()
    return [{bitwuzla.Result.SAT: "sat", bitwuzla.Result.UNSAT: "unsat"}.get(result, "unknown")]


def cvc5_version() -> str:
    import cvc5

    version = cvc5.Solver(cvc5.TermManager()).getVersion()
    return "cvc5 " + (version.decode() if isinstance(version, bytes) else str(version))


def cvc5_results(script: str, timeout_ms: int = 60_000) -> list[str]:
    """cvc5's answers (``sat`` / ``unsat`` / ``unknown``) to the ``check-sat`` commands of ``script``."""
    import cvc5

    tm = cvc5.TermManager()
    solver = cvc5.Solver(tm)
    solver.setOption("tlimit-per", str(int(timeout_ms)))
    solver.setLogic("ALL")
    symbols = cvc5.SymbolManager(tm)
    parser = cvc5.InputParser(solver, symbols)
    parser.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, script, "obligation")
    answers = []
    while True:
        command = parser.nextCommand()
        if command.isNull():
            break
        out = command.invoke(solver, symbols).split()
        if out and out[0] in ("sat", "unsat", "unknown"):  # "unknown (TIMEOUT)" is unknown
            answers.append(out[0])
    return answers


def _cvc5_results(script: str, timeout_ms: int) -> list[str]:
    return cvc5_results(script, timeout_ms)  # looked up at call time (tests replace it)


def _everything(script: str) -> bool:
    return True


@dataclass(frozen=True)
class Rechecker:
    """A solver that re-checks recorded queries: its answers go to ``outcome.data[field]``, and its stored
    answers to ``<store>/<name>/``; ``accepts`` says which scripts are in its logic (the others get ``.``)."""

    name: str
    field: str
    version: Callable[[], str]
    results: Callable[[str, int], list[str]]
    accepts: Callable[[str], bool]


#: Every query, in logic ALL.
CVC5 = Rechecker("cvc5", "recheck", cvc5_version, _cvc5_results, _everything)
#: The bit-vector and propositional queries (:func:`in_fragment`).
BITWUZLA = Rechecker("bitwuzla", "recheck_bv", bitwuzla_version, bitwuzla_results, in_fragment)


def rechecker(name: str) -> Rechecker:
    """The re-checking solver called ``name`` (KeyError if there is none)."""
    return {r.name: r for r in (CVC5, BITWUZLA)}[name]


def recheckers() -> tuple[Rechecker, ...]:
    """The re-checking solvers installed here: cvc5 (required by the caller), Bitwuzla if importable."""
    return (CVC5, BITWUZLA) if available() else (CVC5,)
