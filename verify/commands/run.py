"""``python -m verify run PROGRAM [--machine NAME]``: a program on a paper's looped machine, next to its reference.

The engine parses the common options (semantics, temperature, loop budget);
the machine (:class:`verify.plugins.MachineEntry`) loads the program, runs it and
prints the comparison.  :class:`LoopProgress` is the progress line machines
may use.
"""
from __future__ import annotations

import sys
import time

__all__ = ["run_command", "LoopProgress"]


class LoopProgress:
    """``loop k / K`` on a terminal's stderr, at most five times a second; silent otherwise."""

    def __init__(self, total: int):
        self.total, self.last, self.tty = total, 0.0, sys.stderr.isatty()

    def __call__(self, loop: int, _state) -> None:
        now = time.monotonic()
        if self.tty and now - self.last > 0.2:
            self.last = now
            print(f"\r  loop {loop}/{self.total} …", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.tty and self.last:
            print("\r" + " " * 40 + "\r", end="", file=sys.stderr, flush=True)


def run_command(args, machine) -> int:
    return machine.run(args)
