"""Premises: a PROVED that rests on an unproved lemma is only PROVED_CONDITIONALLY.

An obligation lists, in ``Obligation.premises``, the ids (``claim-id/obligation-name``)
of the obligations its PROVED rests on.  :class:`PremiseGraph` resolves them against
the whole registry of claims at one profile:

* every premise is scheduled (transitively) even when its claim was not selected —
  :attr:`PremiseGraph.extra` lists the obligations to run besides the selected ones;
* a premise that no registered claim declares in this profile is *missing*: the
  obligation resting on it cannot be better than PROVED_CONDITIONALLY;
* a premise that no claim declares in any profile is a declaration bug, and a cycle
  of premises is one too: the obligations concerned are ERROR.

:meth:`PremiseGraph.apply` takes the raw outcomes (as computed or cached) and returns
new ones: an outcome PROVED or LOOSE whose premises are not all PROVED or LOOSE
(transitively: a PROVED_CONDITIONALLY premise does not count) becomes
PROVED_CONDITIONALLY, its summary naming the unmet premises with their statuses.
The raw outcomes are never changed, so the cache keeps what was computed.
"""
from __future__ import annotations

from dataclasses import replace

from .claims import Claim, Obligation, Outcome, Status

__all__ = ["PremiseGraph", "MISSING"]

#: The status shown for a premise no claim declares in this profile.
MISSING = "MISSING"
_MET = ("PROVED", "LOOSE")


class PremiseGraph:
    """The premises reachable from ``plan`` (claims with their obligations) within ``registry`` at ``profile``."""

    def __init__(self, plan: list[tuple[Claim, list[Obligation]]], registry: list[Claim], profile: str):
        self.profile = profile
        self._claims = {c.id: c for c in registry}
        for claim, _ in plan:
            self._claims.setdefault(claim.id, claim)
        self._expanded = {(claim.id, profile): {ob.id: ob for ob in obs} for claim, obs in plan}
        self.nodes: dict[str, Obligation] = {ob.id: ob for _, obs in plan for ob in obs}
        self.extra: list[Obligation] = []
        self.missing: set[str] = set()
        self.errors: dict[str, str] = {}  # obligation id -> why its premises are a declaration bug
        self._resolve()
        self._find_cycles()

    # -- resolution ---------------------------------------------------------------------------------------------

    def _obligations_of(self, claim: Claim, profile: str) -> dict[str, Obligation]:
        key = (claim.id, profile)
        if key not in self._expanded:
            obs = claim.expand(profile) if profile in claim.profiles else []
            self._expanded[key] = {ob.id: ob for ob in obs}
        return self._expanded[key]

    def _lookup(self, pid: str) -> Obligation | str:
        """The obligation ``pid`` at this profile, else MISSING, else an error message."""
        cid = pid.partition("/")[0]
        claim = self._claims.get(cid)
        if claim is None:
            return f"premise {pid!r}: no registered claim {cid!r}"
        found = self._obligations_of(claim, self.profile).get(pid)
        if found is not None:
            return found
        for other in claim.profiles:
            if other != self.profile and pid in self._obligations_of(claim, other):
                return MISSING
        return f"premise {pid!r}: claim {cid!r} declares no such obligation in any profile"

    def _resolve(self) -> None:
        frontier = list(self.nodes.values())
        while frontier:
            ob = frontier.pop()
            for pid in ob.premises:
                if pid in self.nodes or pid in self.missing:
                    continue
                found = self._lookup(pid)
                if isinstance(found, Obligation):
                    self.nodes[pid] = found
                    self.extra.append(found)
                    frontier.append(found)
                elif found == MISSING:
                    self.missing.add(pid)
                else:
                    self.errors[ob.id] = "; ".join(filter(None, [self.errors.get(ob.id), found]))

    def _find_cycles(self) -> None:
        """Mark every obligation on a premise cycle as a declaration error (iterative three-colour DFS)."""
        colour: dict[str, int] = {}  # 1 on the stack, 2 done
        for root in self.nodes:
            if colour.get(root):
                continue
            stack = [(root, iter(self.nodes[root].premises))]
            path = [root]
            colour[root] = 1
            while stack:
                node, children = stack[-1]
                child = next((p for p in children if p in self.nodes), None)
                if child is None:
                    colour[node] = 2
                    stack.pop()
                    path.pop()
                elif colour.get(child) == 1:
                    cycle = path[path.index(child):] + [child]
                    for member in cycle[:-1]:
                        self.errors[member] = "premise cycle: " + " → ".join(cycle)
                elif not colour.get(child):
                    colour[child] = 1
                    stack.append((child, iter(self.nodes[child].premises)))
                    path.append(child)

    # -- the downgrade ------------------------------------------------------------------------------------------

    def apply(self, raw: dict[str, Outcome]) -> dict[str, Outcome]:
        """Outcome by obligation id after the premise rule (new objects where changed; ``raw`` is not touched)."""
        done: dict[str, Outcome] = {}

        def status_of(pid: str) -> str:
            return MISSING if pid in self.missing else effective(pid).status.value

        def effective(oid: str) -> Outcome:
            if oid in done:
                return done[oid]
            out = raw[oid]
            if oid in self.errors:
                out = replace(out, status=Status.ERROR, summary=f"premise declaration bug: {self.errors[oid]}",
                              data={**out.data, "raw_status": out.status.value})
            elif out.status in (Status.PROVED, Status.LOOSE):
                unmet = [(p, status_of(p)) for p in self.nodes[oid].premises]
                unmet = [(p, st) for p, st in unmet if st not in _MET]
                if unmet:
                    listed = ", ".join(f"{p} ({st})" for p, st in unmet)
                    out = replace(out, status=Status.PROVED_CONDITIONALLY,
                                  summary=f"{out.summary} — conditional on unproved premises: {listed}",
                                  data={**out.data, "raw_status": out.status.value,
                                        "unmet_premises": dict(unmet)})
            done[oid] = out
            return out

        # premises first (deepest first), so the recursion stays shallow
        for oid in self._topological():
            effective(oid)
        return done

    def _topological(self) -> list[str]:
        order, seen = [], set()
        for root in self.nodes:
            stack = [(root, False)]
            while stack:
                node, expanded = stack.pop()
                if expanded:
                    order.append(node)
                    continue
                if node in seen:
                    continue
                seen.add(node)
                stack.append((node, True))
                stack += [(p, False) for p in self.nodes[node].premises if p in self.nodes and p not in seen]
        return order

    def graph_of(self, obligations: list[Obligation], outcomes: dict[str, Outcome]) -> dict[str, dict[str, str]]:
        """The premise graph reachable from ``obligations``: obligation id → {premise id: its status}."""
        graph: dict[str, dict[str, str]] = {}
        frontier = [ob.id for ob in obligations]
        while frontier:
            oid = frontier.pop()
            if oid in graph or oid not in self.nodes or not self.nodes[oid].premises:
                continue
            graph[oid] = {p: MISSING if p in self.missing else
                          (outcomes[p].status.value if p in outcomes else Status.ERROR.value)
                          for p in self.nodes[oid].premises}
            frontier += [p for p in self.nodes[oid].premises if p in self.nodes]
        return graph
