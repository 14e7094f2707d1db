"""Exit codes and the error raised for bad user input."""
from __future__ import annotations

__all__ = ["UsageError", "EXIT_OK", "EXIT_FAIL", "EXIT_USAGE", "EXIT_UNKNOWN", "EXIT_ERROR", "EXIT_REGRESSION"]

#: Every claim met its expected outcome / the run agreed with the reference.
EXIT_OK = 0
#: A claim was refuted against expectation, a run diverged, or the regression check failed.
EXIT_FAIL = 1
#: Bad input: malformed program, unknown claim id, bad option.
EXIT_USAGE = 2
#: Some claim is UNKNOWN, TIMEOUT or PROVED_CONDITIONALLY where something definite was expected.
EXIT_UNKNOWN = 3
#: Some claim raised an error while being checked.
EXIT_ERROR = 4
#: ``--check``: a claim or a certified bound got worse than in the committed baseline.
EXIT_REGRESSION = 5


class UsageError(Exception):
    """Bad input from the user: reported as one line on stderr, exit status 2."""
