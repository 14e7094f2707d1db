"""``python -m verify list [--paper NAME]``: the installed papers and their claims."""
from __future__ import annotations

from ..plugins import installed_papers
from ..runner import select_claims

__all__ = ["list_command"]


def list_command(args) -> int:
    registry = installed_papers()
    papers = registry.select(args.paper)
    claims = select_claims(registry.claims(args.paper), args.only)
    width = max((len(c.id) for c in claims), default=10)
    chosen = {c.id for c in claims}
    for paper in papers:
        own = [c for c in registry.claims(paper.name) if c.id in chosen]
        if not own:
            continue
        print(f"paper {paper.name}: {paper.title}")
        for c in own:
            expected = "/".join(s.value for s in c.expected)
            print(f"  {c.id:<{width}}  expect {expected:<10} {c.ref.tag:<4} {c.title}")
            if args.verbose:
                print(f"  {'':<{width}}  paper: {c.ref.where} — {c.ref.statement}")
                print(f"  {'':<{width}}  method: {c.method}")
        if args.verbose:
            for m in paper.machines:
                print(f"  machine {m.name}: {m.doc} (programs: {' '.join(m.formats) or '—'})")
            for k in paper.constructions:
                print(f"  construction {k.name}: {k.doc}")
    print(f"{len(claims)} claims from {len(papers)} paper{'s' if len(papers) != 1 else ''}")
    return 0
