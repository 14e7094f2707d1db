"""Re-check exported SMT-LIB2 obligations with a second, independent solver (cvc5).

The obligations :mod:`verify.smt` records are standard SMT-LIB2 scripts
separated by ``(reset)``; :func:`cvc5_results` runs each through cvc5's own
parser and solver and returns its ``check-sat`` answers, so a z3 verdict can
be confirmed without trusting z3 (or this tool's translation to z3's API: the
text is all cvc5 sees).  cvc5 is an optional dependency (the test extra).

What this re-checks is exactly the text that was saved, and only that:

* per layer proof, the z3 query of every cell (or case) that did not reduce
  to TRUE under :mod:`verify.symbolic`'s rewriting; cells settled "by
  identity" produce no query and are *not* re-checked here (the rewrite rules
  are checked against evaluation in the tests);
* per chain proof, the z3 queries left after rewriting (often none) and, at the
  machines where the chain is re-proved with the modular rewrites off
  (``solver_recheck``), those queries too — elsewhere the chain's SMT-LIB may
  be empty and there is nothing for cvc5 to check;
* the ε-ball queries of error correction (the first row's) and the steps of
  the concentration lemma (nonlinear real arithmetic).

A query is re-checked only if a test or a user feeds its file to
:func:`cvc5_results`; ``verify all`` itself does not call cvc5.
"""
from __future__ import annotations

__all__ = ["split_scripts", "cvc5_results"]


def split_scripts(text: str) -> list[str]:
    """The individual scripts of an exported obligation file."""
    return [t for t in text.split("(reset)\n") if "(check-sat)" in t]


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
        out = command.invoke(solver, symbols).strip()
        if out in ("sat", "unsat", "unknown"):
            answers.append(out)
    return answers
