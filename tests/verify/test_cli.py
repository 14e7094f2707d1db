"""The command line: readable output, one-line errors, exit codes."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "verify", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


def test_run_factorial_exact_reaches_5040():
    r = cli("run", "factorial", "--semantics", "exact")
    assert r.returncode == 0, r.stderr
    assert "OK: factorial halted after 248 loops" in r.stdout
    assert "expect F = 5040: reference 5040, ok" in r.stdout
    line = next(l for l in r.stdout.splitlines() if l.strip().startswith("F "))
    assert line.split() == ["F", "5040", "5040"]


def test_run_divergence_is_reported_with_layer_and_cell():
    r = cli("run", "factorial", "--lam", "10")
    assert r.returncode == 1
    assert "DIVERGED at loop 11" in r.stdout
    assert "layer      5 of 10 (add) is the first to go wrong" in r.stdout
    assert "row S_b[0], scratch[0] (column 0)" in r.stdout


@pytest.mark.parametrize("args, message", [
    (("run", "no-such-program"), "no shipped program"),
    (("run", "factorial", "--lam", "x"), "is not a number"),
    (("run", "factorial", "--lam", "0"), "must be a positive finite number"),
    (("run", "factorial", "--max-steps", "0"), "must be at least 1"),
    (("run", "factorial", "--semantics", "float8"), "invalid choice"),
    (("all", "--only", "no.such.claim"), "no claim matches"),
    (("list", "--only", "zzz*"), "no claim matches"),
    (("prove", "--layer", "nope"), "unknown layer 'nope'"),
])
def test_bad_input_is_one_line_and_exit_2(capsys, args, message):
    """In this process (a real process: tests/verify/test_bad_input_cli.py and the test below)."""
    from verify.cli import main

    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    assert code == 2 and not out
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_malformed_program_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.sbq"
    bad.write_text(".data\nX: 1\n.code\n subleq X, Y\n halt\n")
    r = cli("run", str(bad))
    assert r.returncode == 2
    assert f"{bad}:4: unknown memory cell 'Y'" in r.stderr


def test_list_prints_every_claim():
    r = cli("list")
    assert r.returncode == 0
    assert "giannou2023.subleq.onehot" in r.stdout and "expect REFUTED" in r.stdout
