"""``python -m verify list``: the registered claims."""
from __future__ import annotations

from ..runner import select_claims

__all__ = ["list_command"]


def list_command(args) -> int:
    from proofs import all_claims

    claims = select_claims(all_claims(), args.only)
    width = max(len(c.id) for c in claims)
    for c in claims:
        expected = "/".join(s.value for s in c.expected)
        print(f"{c.id:<{width}}  expect {expected:<10} {c.ref.tag:<4} {c.title}")
        if args.verbose:
            print(f"{'':<{width}}  paper: {c.ref.where} — {c.ref.statement}")
            print(f"{'':<{width}}  method: {c.method}")
    print(f"{len(claims)} claims")
    return 0
