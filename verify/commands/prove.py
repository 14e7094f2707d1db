"""``python -m verify prove [--machine NAME] --shape …``: prove a paper's looped machine at one size.

The machine (:class:`verify.plugins.MachineEntry`) declares what its shapes mean and
does the proving; this command only hands the parsed options over.
"""
from __future__ import annotations

__all__ = ["prove_command"]


def prove_command(args, machine) -> int:
    return machine.prove(args)
