"""Papers as plug-ins: discovery through entry points, the commands over every paper, per-paper cache keys.

The toy papers are real packages written into a temporary directory and
registered by replacing the entry-point lookup (``verify.plugins.entry_points``);
the last tests check the real entry point of this repository's paper.
"""
import importlib.metadata
import itertools
import sys
import textwrap
from pathlib import Path

import pytest

import verify.plugins as plugins
from verify import cache as cache_module
from verify.cache import Cache, obligation_salt
from verify.claims import Obligation, Status
from verify.cli import main
from verify.runner import run_claims

ROOT = Path(__file__).resolve().parents[2]
_serial = itertools.count()

TASKS = '''
"""Toy tasks."""
from verify.claims import Outcome, Status


def check(value):
    if value < 0:
        return Outcome(Status.REFUTED, f"value {value} is negative", {"counterexample": {"value": value}})
    return Outcome(Status.PROVED, f"value {value} is non-negative", {"value": value})
'''

PLUGIN = '''
"""Toy paper {paper}."""
from verify.claims import Claim, Obligation, PaperRef, Status
from verify.plugins import Command, MachineEntry, Plugin

REF = PaperRef("Toy paper {paper}", "§1", "[S]", "every value is non-negative")


def _claim(cid, value, expected):
    return Claim(cid, f"claim {{cid}}", REF, "{paper}.net", "evaluation", expected,
                 obligations=lambda claim, profile: [Obligation(claim.id, "v", "{package}.tasks:check", (("value", value),))])


def _claims():
    return [_claim(cid, value, (Status[expected],)) for cid, value, expected in {claims!r}]


def _runner(name):
    def run(args):
        print(f"{paper} machine {{name}} runs {{args.program}} ({{args.semantics}}, flag {{args.flag}})")
        return 0
    return run


def _prove(args):
    print(f"{paper} proves at shape {{args.shape}}")
    return 0


def _options(command, group):
    if command == "run":
        group.add_argument("--flag", default="off")


def _hello(args):
    print(f"hello from {paper}, {{args.who}}")
    return 0


MACHINES = tuple(
    MachineEntry(name, f"toy machine {{name}}", run=_runner(name), prove=_prove, formats=(f".{{name}}",),
            default_shape="2,2", shapes="a,b", options=_options)
    for name in {machines!r})

PLUGIN = Plugin(name="{paper}", title="Toy paper {paper}", claims=_claims, machines=MACHINES,
                commands=tuple(Command(name, "say hello", lambda p: p.add_argument("--who", default="world"), _hello)
                               for name in {commands!r}))
'''


def write_paper(root: Path, paper: str, claims=(), machines=(), commands=(), plugin_text=None) -> str:
    """A toy paper package under ``root``; returns the entry point's value."""
    package = f"toy_{paper}_{next(_serial)}"
    pkg = root / package
    pkg.mkdir()
    (pkg / "__init__.py").write_text('"""A toy paper."""\n')
    (pkg / "tasks.py").write_text(TASKS)
    text = plugin_text if plugin_text is not None else PLUGIN.format(
        paper=paper, package=package, claims=list(claims), machines=list(machines), commands=list(commands))
    (pkg / "plugin.py").write_text(textwrap.dedent(text))
    return f"{package}.plugin:PLUGIN"


@pytest.fixture()
def papers(tmp_path, monkeypatch):
    """``papers(name=value, …)`` installs exactly these entry points."""
    monkeypatch.syspath_prepend(str(tmp_path))

    def install(**eps):
        points = [importlib.metadata.EntryPoint(name, value, plugins.ENTRY_POINT_GROUP) for name, value in eps.items()]
        monkeypatch.setattr(plugins, "entry_points", lambda group: [ep for ep in points if ep.group == group])
        plugins.installed_papers.cache_clear()
        cache_module.tool_salt.cache_clear()
        cache_module.source_hash.cache_clear()

    yield install
    plugins.installed_papers.cache_clear()
    cache_module.tool_salt.cache_clear()
    cache_module.source_hash.cache_clear()


def one_line_error(capsys, code, expected_code, *fragments):
    err = capsys.readouterr().err
    assert code == expected_code, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    for fragment in fragments:
        assert fragment in err, err


def test_list_and_all_cover_every_installed_paper_and_paper_filters(papers, tmp_path, capsys):
    papers(toya=write_paper(tmp_path, "toya", [("toya.one", 1, "PROVED")]),
           toyb=write_paper(tmp_path, "toyb", [("toyb.one", 2, "PROVED"), ("toyb.neg", -1, "REFUTED")]))
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "paper toya: Toy paper toya" in out and "paper toyb: Toy paper toyb" in out
    assert "toya.one" in out and "toyb.neg" in out and "3 claims from 2 papers" in out
    assert main(["list", "--paper", "toyb"]) == 0
    out = capsys.readouterr().out
    assert "toya.one" not in out and "toyb.one" in out and "2 claims from 1 paper" in out

    args = ["--report-dir", str(tmp_path / "rep"), "--cache-dir", str(tmp_path / "cache"), "--jobs", "1", "--quiet"]
    assert main(["all", *args]) == 0
    out = capsys.readouterr().out
    assert "3/3 claims met" in out and "toya.one" in out and "toyb.neg" in out
    assert main(["all", "--paper", "toya", *args]) == 0
    out = capsys.readouterr().out
    assert "1/1 claims met" in out and "toyb" not in out


def test_an_unknown_paper_is_one_line_and_exit_2(papers, tmp_path, capsys):
    papers(toya=write_paper(tmp_path, "toya", [("toya.one", 1, "PROVED")]))
    one_line_error(capsys, main(["list", "--paper", "nope"]), 2, "unknown paper 'nope'", "installed: toya")
    one_line_error(capsys, main(["all", "--paper", "nope", "--report-dir", str(tmp_path)]), 2, "unknown paper")


def test_duplicate_claim_ids_across_papers_are_one_line(papers, tmp_path, capsys):
    papers(toya=write_paper(tmp_path, "toya", [("shared.id", 1, "PROVED")]),
           toyb=write_paper(tmp_path, "toyb", [("shared.id", 2, "PROVED")]))
    one_line_error(capsys, main(["list"]), 4, "claim id shared.id is registered by toya and toyb")
    # also when only one of the two papers is asked for: the conflict is still there
    one_line_error(capsys, main(["list", "--paper", "toya"]), 4, "shared.id")


@pytest.mark.parametrize("text, fragment", [
    ("import no_such_module_anywhere\n", "ModuleNotFoundError"),
    ("raise RuntimeError('broken on purpose')\n", "broken on purpose"),
    ("PLUGIN = 42\n", "is a int, not a verify.Plugin"),
])
def test_a_broken_plugin_is_one_line_naming_it(papers, tmp_path, capsys, text, fragment):
    papers(toya=write_paper(tmp_path, "toya", [("toya.one", 1, "PROVED")]),
           broken=write_paper(tmp_path, "broken", plugin_text=text))
    for argv in (["list"], ["run", "x.toya"], ["all", "--report-dir", str(tmp_path / "r")]):
        one_line_error(capsys, main(argv), 4, "paper plug-in broken", fragment)


def test_a_plugin_whose_claims_fail_to_load_is_named(papers, tmp_path, capsys):
    text = PLUGIN.format(paper="toyc", package="x", claims=[], machines=[], commands=[]).replace(
        "def _claims():\n", "def _claims():\n    raise ValueError('no claims today')\n")
    papers(toyc=write_paper(tmp_path, "toyc", plugin_text=text))
    one_line_error(capsys, main(["list"]), 4, "paper plug-in toyc", "no claims today")


def test_a_plugin_must_carry_its_entry_point_name(papers, tmp_path, capsys):
    papers(other=write_paper(tmp_path, "toya", [("toya.one", 1, "PROVED")]))
    one_line_error(capsys, main(["list"]), 4, "paper plug-in other", "calls itself 'toya'")


def test_run_and_prove_go_to_the_machine_the_format_or_option_names(papers, tmp_path, capsys):
    papers(toya=write_paper(tmp_path, "toya", [("toya.one", 1, "PROVED")], machines=["alpha", "beta"]))
    assert main(["run", "prog.beta", "--flag", "on", "--semantics", "exact"]) == 0
    assert capsys.readouterr().out.strip() == "toya machine beta runs prog.beta (exact, flag on)"
    assert main(["run", "prog.txt", "--machine", "alpha"]) == 0
    assert capsys.readouterr().out.strip() == "toya machine alpha runs prog.txt (float64, flag off)"
    one_line_error(capsys, main(["run", "prog.txt"]), 2, "no machine reads its format", "--machine")
    one_line_error(capsys, main(["run", "prog.beta", "--machine", "gamma"]), 2, "unknown machine 'gamma'")
    one_line_error(capsys, main(["prove"]), 2, "choose a machine with --machine (alpha, beta)")
    assert main(["prove", "--machine", "beta"]) == 0
    assert capsys.readouterr().out.strip() == "toya proves at shape 2,2"
    # a machine's own option belongs to that machine only
    one_line_error(capsys, main(["prove", "--machine", "beta", "--flag", "on"]), 2, "unrecognized arguments")


def test_two_papers_may_not_register_one_machine_name(papers, tmp_path, capsys):
    papers(toya=write_paper(tmp_path, "toya", machines=["alpha"]), toyb=write_paper(tmp_path, "toyb", machines=["alpha"]))
    one_line_error(capsys, main(["run", "p.alpha"]), 4, "machine alpha is registered by toya and toyb")


def test_a_plugin_adds_subcommands_but_not_over_builtin_ones(papers, tmp_path, capsys):
    papers(toya=write_paper(tmp_path, "toya", commands=["hello"]))
    assert main(["hello", "--who", "you"]) == 0
    assert capsys.readouterr().out.strip() == "hello from toya, you"
    papers(toya=write_paper(tmp_path, "toya", commands=["list"]))
    one_line_error(capsys, main(["list"]), 4, "paper plug-in toya adds a subcommand 'list'")


def test_editing_one_paper_invalidates_exactly_its_obligations(papers, tmp_path):
    a = write_paper(tmp_path, "toya", [("toya.one", 1, "PROVED"), ("toya.two", 2, "PROVED")])
    b = write_paper(tmp_path, "toyb", [("toyb.one", 3, "PROVED")])
    papers(toya=a, toyb=b)
    claims = plugins.installed_papers().claims()
    cache = Cache(tmp_path / "cache")
    first = run_claims(claims, cache=cache, jobs=1, progress=False)
    assert (first.cache_hits, first.cache_misses) == (0, 3)
    again = run_claims(claims, cache=cache, jobs=1, progress=False)
    assert (again.cache_hits, again.cache_misses) == (3, 0)

    salt_a = {ob.id: obligation_salt(ob) for c in claims if c.id.startswith("toya") for ob in c.expand("ci")}
    tasks_b = tmp_path / b.partition(".")[0] / "tasks.py"
    tasks_b.write_text(tasks_b.read_text() + "\n# an edit to paper toyb only\n")
    cache_module.source_hash.cache_clear()  # a new process would hash the files afresh
    cache_module.tool_salt.cache_clear()
    edited = run_claims(claims, cache=cache, jobs=1, progress=False)
    assert (edited.cache_hits, edited.cache_misses) == (2, 1)
    recomputed = [r.claim.id for r in edited.results for _, o in r.outcomes if not o.cached]
    assert recomputed == ["toyb.one"]
    assert salt_a == {ob.id: obligation_salt(ob) for c in claims if c.id.startswith("toya")
                      for ob in c.expand("ci")}


def test_an_obligation_of_no_paper_is_salted_with_its_task_package(papers, tmp_path):
    papers()
    ob = Obligation("loose.claim", "o", "tests.verify.test_plugins:nothing")
    engine_only = cache_module.tool_salt()
    assert obligation_salt(ob) != engine_only and '"name": ""' in obligation_salt(ob)
    assert obligation_salt(Obligation("loose.claim", "o", "verify.claims:run_obligation")) == engine_only


def test_no_paper_installed_lists_nothing_and_says_so(papers, capsys):
    papers()
    assert main(["list"]) == 0
    assert "0 claims from 0 papers" in capsys.readouterr().out
    one_line_error(capsys, main(["run", "factorial"]), 2, "no installed paper has a machine that can run")
    one_line_error(capsys, main(["all", "--report-dir", "/nonexistent"]), 2, "no paper plug-in is installed")


def test_the_engine_names_no_paper():
    """``grep -rn giannou2023 verify/`` finds nothing: the engine knows papers only as plug-ins."""
    hits = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "verify").rglob("*"))
            if path.is_file() and path.suffix in (".py", ".json", ".md", ".txt")
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "giannou2023" in line]
    assert hits == []


def _installed() -> bool:
    try:
        importlib.metadata.distribution("looped-verify")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


@pytest.mark.skipif(not _installed(), reason="looped-verify is not installed (pip install -e .)")
def test_the_real_entry_point_registers_this_repositorys_paper():
    plugins.installed_papers.cache_clear()
    names = {ep.name: ep.value for ep in importlib.metadata.entry_points(group=plugins.ENTRY_POINT_GROUP)}
    assert names.get("giannou2023") == "proofs.giannou2023.plugin:PLUGIN"
    registry = plugins.installed_papers()
    assert "giannou2023" in registry.names()
    ids = {c.id for c in registry.claims("giannou2023")}
    assert "giannou2023.subleq.onehot" in ids and "giannou2023.loop.chained" in ids
    assert "giannou2023.subleq" in registry.constructions()
    subleq = registry.machine_for("run", None, "factorial")
    assert subleq.name == "subleq" and registry.machine_for("run", None, "my.sbq") is subleq
    assert set(registry.sources("giannou2023")) == {"constructions.giannou2023", "proofs.giannou2023"}
    assert registry.owner("giannou2023.subleq.onehot") == "giannou2023"
    assert sys.modules["proofs.giannou2023.plugin"].PLUGIN is registry.plugins["giannou2023"]


def test_export_finds_constructions_through_the_registry(papers, tmp_path, capsys):
    papers(toya=write_paper(tmp_path, "toya", [("toya.one", 1, "PROVED")]))
    one_line_error(capsys, main(["export", "giannou2023.subleq", "--format", "layout"]), 2,
                   "unknown construction 'giannou2023.subleq'; known: none")
