"""Papers as plug-ins: what a paper registers, and the registry of the installed ones.

The engine knows no paper.  A paper package registers one :class:`Plugin`
object through a Python entry point in the group :data:`ENTRY_POINT_GROUP`
(``looped_verify.papers``), e.g. in its ``pyproject.toml``::

    [project.entry-points."looped_verify.papers"]
    mypaper = "mypaper.plugin:PLUGIN"

The entry point's name is the paper's name (``--paper NAME``).  A plug-in
gives its claims (a function, so that listing the papers stays cheap), its
named constructions (for ``verify export``), its machines (for ``verify run``
and ``verify prove``: the program formats a machine reads, what its shapes
mean, and the functions that run and prove it) and optionally extra
subcommands.  ``sources`` names the packages whose files are the plug-in's
source: the cache key of the plug-in's obligations hashes them (and the
engine's own source), so editing one paper re-runs exactly its obligations.

:func:`installed_papers` finds the installed plug-ins with
:func:`importlib.metadata.entry_points` (nothing else is scanned).  A plug-in
that fails to import, an entry point that names no :class:`Plugin`, two
papers with the same claim id, construction, machine or subcommand: each is a
one-line :class:`PluginError` naming the plug-in.
"""
from __future__ import annotations

import argparse
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .claims import Claim
from .errors import UsageError
from .layer import LoopedNetwork

__all__ = [
    "ENTRY_POINT_GROUP",
    "Construction",
    "MachineEntry",
    "Command",
    "Plugin",
    "PluginError",
    "Registry",
    "installed_papers",
    "source_files",
]

ENTRY_POINT_GROUP = "looped_verify.papers"


class PluginError(Exception):
    """A broken or conflicting plug-in: reported as one line naming it, never a traceback."""


@dataclass(frozen=True)
class Construction:
    """A named network, built from text parameters (``verify export NAME --param k=v``)."""

    name: str
    doc: str
    #: parameter name -> (default as text, help)
    params: dict[str, tuple[str, str]]
    #: structural parameters (text) -> symbolic network
    make: Callable[..., LoopedNetwork]
    #: names of the parameters that are bound symbols rather than structure
    bound: tuple[str, ...] = ()

    def split(self, params: dict) -> tuple[dict, dict]:
        """``params`` completed with defaults, as (structural, bound) parameters; unknown names raise KeyError."""
        unknown = set(params) - set(self.params)
        if unknown:
            raise KeyError(f"{self.name} has no parameter {sorted(unknown)}; parameters: {sorted(self.params)}")
        full = {k: params.get(k, default) for k, (default, _) in self.params.items()}
        return ({k: v for k, v in full.items() if k not in self.bound},
                {k: v for k, v in full.items() if k in self.bound})

    def symbolic(self, **params) -> LoopedNetwork:
        """The network before its bound symbols get values."""
        structure, _ = self.split(params)
        return self.make(**structure)

    def build(self, **params) -> LoopedNetwork:
        """The bound network (defaults for the parameters not given)."""
        structure, values = self.split(params)
        return self.make(**structure).bind(**values)


@dataclass(frozen=True)
class MachineEntry:
    """A looped machine that ``verify run`` executes and ``verify prove`` proves.

    ``run(args)`` and ``prove(args)`` get the parsed command line and return
    the exit status (raise :class:`~verify.errors.UsageError` for bad input).
    The engine parses ``run PROGRAM --semantics --lam --max-steps --digits
    --quiet`` and ``prove --shape``; ``options(command, group)`` adds the
    machine's own options (``command`` is ``"run"`` or ``"prove"``).
    ``run PROGRAM`` picks the machine whose ``formats`` (file suffixes, e.g.
    ``".sbq"``) or shipped ``programs()`` match, unless ``--machine`` says.
    A machine that runs another machine's programs (a second construction
    of the same instruction set) leaves ``formats`` empty and is chosen with
    ``--machine``; ``prove`` without ``--machine`` picks the one machine
    whose format is declared, when exactly one is.
    """

    name: str
    doc: str
    run: Callable[[argparse.Namespace], int] | None = None
    prove: Callable[[argparse.Namespace], int] | None = None
    formats: tuple[str, ...] = ()
    programs: Callable[[], Iterable[str]] = lambda: ()
    #: what ``prove --shape`` means, and its default
    shapes: str = ""
    default_shape: str | None = None
    options: Callable[[str, Any], None] | None = None
    #: the machine as a :class:`verify.machine.Machine` (states, encode, decode, step), for
    #: ``verify import FILE --machine NAME --shape S`` to check imported weights against its ``step``
    model: Callable[[], Any] | None = None
    #: ``shape text → shape`` for ``model`` (default: comma-separated integers as a tuple)
    parse_shape: Callable[[str], Any] | None = None

    def reads(self, program: str) -> bool:
        """Whether ``run PROGRAM`` is for this machine: its file format, or one of its shipped programs."""
        return Path(program).suffix in self.formats or program in set(self.programs())


@dataclass(frozen=True)
class Command:
    """An extra subcommand: ``python -m verify NAME …``."""

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Plugin:
    """What one paper registers (see the module docstring)."""

    name: str
    title: str
    claims: Callable[[], Sequence[Claim]]
    constructions: Sequence[Construction] = ()
    machines: Sequence[MachineEntry] = ()
    commands: Sequence[Command] = ()
    #: import names of the packages (or modules) whose files are this plug-in's source;
    #: default: the package of the module that defines the plug-in
    sources: tuple[str, ...] = ()


def source_files(name: str) -> list[tuple[str, Path]]:
    """``(label, path)`` of every file of package or module ``name`` (no bytecode), sorted.

    Labels are ``name/relative/path``, so the hash of the files does not
    depend on where they are installed.
    """
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError) as err:
        raise PluginError(f"source package {name!r} cannot be found: {err}") from None
    if spec is None:
        raise PluginError(f"source package {name!r} cannot be found")
    if spec.submodule_search_locations:
        out = []
        for location in spec.submodule_search_locations:
            root = Path(location)
            for path in root.rglob("*"):
                if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
                    out.append((f"{name}/{path.relative_to(root).as_posix()}", path))
        return sorted(out)
    if spec.origin and Path(spec.origin).is_file():
        return [(f"{name}/{Path(spec.origin).name}", Path(spec.origin))]
    raise PluginError(f"source package {name!r} has no files")


class Registry:
    """The installed papers, by name, and what they register."""

    def __init__(self, plugins: Iterable[Plugin], modules: dict[str, str] | None = None):
        self.plugins: dict[str, Plugin] = {}
        modules = modules or {}
        self._sources: dict[str, tuple[str, ...]] = {}
        for p in plugins:
            if p.name in self.plugins:
                raise PluginError(f"paper plug-in {p.name} is registered twice")
            self.plugins[p.name] = p
            module = modules.get(p.name, "")
            self._sources[p.name] = tuple(p.sources) or ((module.rpartition(".")[0] or module,) if module else ())
        self._claims: dict[str, list[Claim]] = {}
        self._owner: dict[str, str] = {}

    def names(self) -> list[str]:
        return list(self.plugins)

    def select(self, paper: str | None) -> list[Plugin]:
        """Every plug-in, or the one named ``paper`` (unknown: a usage error)."""
        if paper is None:
            return list(self.plugins.values())
        if paper not in self.plugins:
            known = ", ".join(self.plugins) or "none installed"
            raise UsageError(f"unknown paper {paper!r}; installed: {known}")
        return [self.plugins[paper]]

    def sources(self, paper: str) -> tuple[str, ...]:
        """The import names whose files are paper ``paper``'s source (for the cache key)."""
        return self._sources[paper]

    def _load_claims(self, p: Plugin) -> list[Claim]:
        if p.name not in self._claims:
            try:
                claims = list(p.claims())
            except Exception as err:
                raise PluginError(f"paper plug-in {p.name}: its claims failed to load: "
                                  f"{type(err).__name__}: {err}") from None
            bad = [c for c in claims if not isinstance(c, Claim)]
            if bad:
                raise PluginError(f"paper plug-in {p.name}: claims() returned a {type(bad[0]).__name__}, not a Claim")
            self._claims[p.name] = claims
        return self._claims[p.name]

    def claims(self, paper: str | None = None) -> list[Claim]:
        """The claims of every paper (or of ``paper``), in registration order; ids must be unique across papers."""
        owner: dict[str, str] = {}
        for p in self.plugins.values():  # every paper, so that duplicates are found whatever the filter
            for c in self._load_claims(p):
                if c.id in owner:
                    where = "twice" if owner[c.id] == p.name else f"by {owner[c.id]} and {p.name}"
                    raise PluginError(f"claim id {c.id} is registered {where}")
                owner[c.id] = p.name
        self._owner = owner
        return [c for p in self.select(paper) for c in self._claims[p.name]]

    def owner(self, claim_id: str) -> str | None:
        """The paper that registered ``claim_id`` (None for a claim no installed paper registers)."""
        if not self._owner:
            self.claims()
        return self._owner.get(claim_id)

    def paper_of_module(self, module: str) -> str | None:
        """The paper whose source packages hold ``module`` (e.g. an obligation's task)."""
        for name, sources in self._sources.items():
            if any(module == s or module.startswith(s + ".") for s in sources):
                return name
        return None

    def _unique(self, kind: str, items: Iterable[tuple[str, str, Any]]) -> dict[str, Any]:
        out: dict[str, tuple[str, Any]] = {}
        for paper, name, item in items:
            if name in out:
                raise PluginError(f"{kind} {name} is registered by {out[name][0]} and {paper}")
            out[name] = (paper, item)
        return {name: item for name, (_, item) in out.items()}

    def provider(self, item: MachineEntry | Command | Construction) -> str:
        """The paper that registered ``item``."""
        for p in self.plugins.values():
            if any(x is item for x in (*p.machines, *p.commands, *p.constructions)):
                return p.name
        return "?"

    def constructions(self) -> dict[str, Construction]:
        return self._unique("construction", ((p.name, c.name, c) for p in self.plugins.values()
                                             for c in p.constructions))

    def construction(self, name: str) -> Construction:
        known = self.constructions()
        if name not in known:
            raise UsageError(f"unknown construction {name!r}; known: {', '.join(sorted(known)) or 'none'}")
        return known[name]

    def machines(self) -> dict[str, MachineEntry]:
        return self._unique("machine", ((p.name, m.name, m) for p in self.plugins.values() for m in p.machines))

    def commands(self) -> dict[str, Command]:
        return self._unique("subcommand", ((p.name, c.name, c) for p in self.plugins.values() for c in p.commands))

    def machine_for(self, command: str, name: str | None, program: str | None = None) -> MachineEntry:
        """The machine ``command`` (run/prove) is about: ``--machine NAME``, else the one that reads
        ``program``, else the only one that can do ``command``."""
        attribute = "model" if command == "import" else command
        machines = {k: m for k, m in self.machines().items() if getattr(m, attribute) is not None}
        if name is not None:
            if name not in machines:
                raise UsageError(f"unknown machine {name!r} for {command}; known: {', '.join(machines) or 'none'}")
            return machines[name]
        fits = [m for m in machines.values() if m.reads(program)] if program is not None else []
        if len(fits) == 1:
            return fits[0]
        if len(fits) > 1:
            raise UsageError(f"{program}: several machines read it ({', '.join(m.name for m in fits)}); "
                             f"choose one with --machine")
        if len(machines) == 1:  # the only machine: it reports what is wrong with the program itself
            return next(iter(machines.values()))
        owners = [m for m in machines.values() if m.formats]
        if program is None and len(owners) == 1:  # prove: the machine that owns a program format
            return owners[0]
        if not machines:
            raise UsageError(f"no installed paper has a machine that can {command}")
        if program is not None:
            formats = "; ".join(f"{k}: {' '.join(m.formats) or 'no file format'}" for k, m in machines.items())
            raise UsageError(f"{program}: no shipped program of that name and no machine reads its format "
                             f"({formats}); give --machine NAME")
        raise UsageError(f"{command}: choose a machine with --machine ({', '.join(machines)})")


def _load(ep: EntryPoint) -> Plugin:
    try:
        obj = ep.load()
    except Exception as err:
        raise PluginError(f"paper plug-in {ep.name} ({ep.value}) failed to load: {type(err).__name__}: {err}") from None
    if not isinstance(obj, Plugin):
        raise PluginError(f"paper plug-in {ep.name} ({ep.value}) is a {type(obj).__name__}, not a verify.Plugin")
    if obj.name != ep.name:
        raise PluginError(f"paper plug-in {ep.name} ({ep.value}) calls itself {obj.name!r}")
    return obj


@lru_cache(maxsize=None)
def installed_papers() -> Registry:
    """The registry of every installed paper (cached; ``installed_papers.cache_clear()`` forgets it)."""
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in found and found[ep.name].value != ep.value:
            raise PluginError(f"paper plug-in {ep.name} is registered twice ({found[ep.name].value}, {ep.value})")
        found.setdefault(ep.name, ep)
    eps = sorted(found.values(), key=lambda ep: ep.name)
    return Registry([_load(ep) for ep in eps], {ep.name: ep.module for ep in eps})
