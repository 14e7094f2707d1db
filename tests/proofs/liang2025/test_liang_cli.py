"""The relu-mlp machine through the engine's command line (registered by the liang2025 plug-in)."""
from __future__ import annotations

from verify.cli import main


def test_run_a_shipped_program_beside_the_reference(capsys):
    assert main(["run", "factorial", "--machine", "relu-mlp", "--semantics", "float64"]) == 0
    out = capsys.readouterr().out
    assert "OK: factorial halted" in out and "5040" in out


def test_a_program_alone_still_goes_to_the_transformer(capsys):
    assert main(["run", "factorial", "--quiet", "--semantics", "exact"]) == 0
    assert "relu-mlp" not in capsys.readouterr().out


def test_prove_one_size_and_refuse_bad_input(capsys):
    assert main(["prove", "--machine", "relu-mlp", "--shape", "1,2,4,2"]) == 0
    assert capsys.readouterr().out.startswith("PROVED")
    assert main(["prove", "--machine", "relu-mlp", "--shape", "1,2,5,2"]) == 2
    assert main(["run", "factorial", "--machine", "relu-mlp", "--lam", "10"]) == 2
    assert main(["run", "factorial", "--machine", "relu-mlp", "--semantics", "mp"]) == 2
    err = capsys.readouterr().err
    assert all(line.startswith("error:") for line in err.splitlines()) and "Traceback" not in err
