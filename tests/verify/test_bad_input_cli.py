"""Bad command lines for every command: exit 2 and one line on stderr, never a traceback, never a silent pass.

Property-based (hypothesis) and in-process: ``verify.cli.main`` is called directly and ``SystemExit`` codes
(argparse's own errors) are caught; one test starts a real process.  Every generated argument is invalid by
construction (valid ones are filtered out), so no example runs a program, a proof or an export.
"""
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from constructions.giannou2023 import LAYER_NAMES, SubleqShape
from constructions.giannou2023.program import ProgramError, parse_program, shipped_programs
from tests.constructions.giannou2023.test_bad_input_program import one_bad_line
from verify.cli import MAX_DIGITS, main
from verify.export import FORMATS

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = settings(max_examples=20, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
SUBLEQ = "giannou2023.subleq"
#: one valid invocation of each command, to which a bad argument is added (none of them runs: the bad one stops it)
COMMANDS = {
    "run": ["run", "factorial"],
    "all": ["all"],
    "list": ["list"],
    "prove": ["prove"],
    "export": ["export", SUBLEQ, "--format", "json"],
}

# user text as argv can hold it (no NUL, no lone surrogates); never starting with "-" unless meant to
text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)


def cli(capsys, argv):
    """``main(argv)`` in this process: (exit status, stdout, stderr)."""
    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse's own errors
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, argv, fragment=""):
    """Exit 2, nothing on stdout, one line on stderr (containing ``fragment``), no traceback."""
    code, out, err = cli(capsys, argv)
    assert code == 2, (argv, code, out[-300:], err)
    assert out == "", (argv, out[:300])
    assert len(err.splitlines()) == 1 and err.endswith("\n") and "Traceback" not in err, (argv, err)
    assert fragment in err, (argv, err)
    return err


def _number(value: str):
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        return None


def _valid_shape(value: str) -> bool:
    try:
        SubleqShape(*(int(v) for v in value.split(",")))
    except (TypeError, ValueError):
        return False
    return True


# -- unknown options and commands ---------------------------------------------------------------------------------

@SETTINGS
@given(command=st.sampled_from(sorted(COMMANDS)),
       option=st.from_regex(r"--zz[a-z0-9_-]{0,12}(=[^\x00\n]{0,8})?", fullmatch=True) | st.sampled_from(["-Z", "-x"]))
def test_unknown_options_are_refused(capsys, command, option):
    refused(capsys, [*COMMANDS[command], option], "unrecognized arguments")


@SETTINGS
@given(st.text(min_size=1, max_size=20).filter(lambda c: c not in COMMANDS and not c.startswith("-")
                                                and "\x00" not in c))
def test_unknown_commands_are_refused(capsys, command):
    refused(capsys, [command], "invalid choice")


def test_no_command_is_refused(capsys):
    refused(capsys, [], "required: command")


def test_user_text_with_line_breaks_stays_on_one_line(capsys):
    refused(capsys, ["list", "--zz\nsecond line"], "unrecognized arguments")
    refused(capsys, ["run", "no such\nprogram"], "no shipped program")


# -- bad numbers --------------------------------------------------------------------------------------------------

non_positive = st.one_of(
    st.floats(max_value=0).map(repr), st.integers(max_value=0).map(str),
    st.sampled_from(["0", "-1", "0/5", "-1/3", "-0.0", "-1e400"]),
)
not_finite = st.sampled_from(["nan", "inf", "-inf", "NaN", "Infinity", "1e400", "1e-400", "1/0", "2**8"])
not_numbers = text.filter(lambda t: _number(t) is None)


@pytest.mark.parametrize("lam", ["0", "-1", "nan", "inf", "-0", "0.0"])
def test_a_non_positive_or_non_finite_lambda_is_refused(capsys, lam):
    refused(capsys, ["run", "factorial", f"--lam={lam}"], "argument --lam")
    refused(capsys, ["run", "factorial", "--lam", lam], "--lam")


@SETTINGS
@given(value=non_positive | not_finite | not_numbers, option=st.sampled_from(["--lam", "--C"]))
def test_run_refuses_bad_lambda_and_gating_constant(capsys, value, option):
    refused(capsys, ["run", "factorial", f"{option}={value}"], f"argument {option}")


@SETTINGS
@given(value=st.integers(max_value=0).map(str) | not_numbers | st.floats(allow_nan=True).map(repr)
       | st.sampled_from(["1e3", "1.0", "0x10", " "]),
       where=st.sampled_from([("run", "--max-steps"), ("run", "--digits"), ("all", "--jobs")]))
def test_counts_must_be_positive_integers(capsys, value, where):
    command, option = where
    refused(capsys, [*COMMANDS[command], f"{option}={value}"], f"argument {option}")


@SETTINGS
@given(st.integers(min_value=MAX_DIGITS + 1))
def test_mp_digits_are_capped(capsys, digits):
    refused(capsys, ["run", "factorial", "--semantics", "mp", f"--digits={digits}"], f"at most {MAX_DIGITS}")


@SETTINGS
@given(value=non_positive | not_numbers | st.sampled_from(["1/2", "0.5", "3", "1e9", "nan"]),
       option=st.sampled_from(["--C", "--eps"]))
def test_prove_refuses_bad_parameters(capsys, value, option):
    number = _number(value)
    if option == "--C":
        if number is not None and number > 0:
            value = f"-{value}"  # a positive C is fine: make it negative
    else:
        assert number is None or not 0 < number < Fraction(1, 2)
    refused(capsys, ["prove", "--shape", "1,2,4,2", f"{option}={value}"], f"argument {option}")


# -- unknown names: claims, programs, layers, variants, formats, constructions, parameters ------------------------

@SETTINGS
@given(pattern=text.map(lambda t: "zz-no-claim" + t), command=st.sampled_from(["all", "list"]))
def test_unknown_claim_ids_are_refused(capsys, pattern, command):
    refused(capsys, [command, "--only", pattern], "no claim matches")


@SETTINGS
@given(text.filter(lambda t: t not in shipped_programs() and not t.startswith("-")))
@example("")
@example(".")
@example("tests")
@example("README.md")
def test_unknown_programs_are_refused(capsys, name):
    refused(capsys, ["run", name], "error: ")


@SETTINGS
@given(text.filter(lambda t: t not in LAYER_NAMES and not t.startswith("-")))
def test_unknown_layers_are_refused(capsys, layer):
    refused(capsys, ["prove", "--shape", "1,2,4,2", "--layer", layer], "unknown layer")


@SETTINGS
@given(text.filter(lambda t: t != "correct" and not t.startswith("-")))
def test_unknown_variants_are_refused(capsys, variant):
    from constructions.giannou2023.variants import VARIANTS

    if variant in VARIANTS:
        variant += "-no-such"
    refused(capsys, ["prove", "--shape", "1,2,4,2", "--variant", variant], "unknown variant")


@SETTINGS
@given(text.filter(lambda t: t not in FORMATS and not t.startswith("-")))
def test_unknown_formats_are_refused(capsys, fmt):
    refused(capsys, ["export", SUBLEQ, "--format", fmt], "argument --format")


@SETTINGS
@given(text.filter(lambda t: not t.startswith("-")))
def test_unknown_constructions_are_refused(capsys, name):
    from constructions import registry

    if name in registry.names():
        name += "-no-such"
    refused(capsys, ["export", name, "--format", "json"], "unknown construction")


@SETTINGS
@given(st.one_of(
    text.filter(lambda t: "=" not in t and not t.startswith("-")),  # no NAME=VALUE
    st.builds(lambda v: f"={v}", text), st.builds(lambda n: f"{n}=", text.filter(lambda t: "=" not in t)),
    st.builds(lambda n, v: f"zz{n}={v}", st.from_regex(r"[a-z]{0,6}", fullmatch=True), text.filter(bool)),
    st.builds(lambda v: f"C={v}", non_positive | not_numbers),
    st.builds(lambda v: f"eps={v}", non_positive | not_numbers | st.sampled_from(["1/2", "1", "7"])),
).filter(lambda p: p.strip() == p))
def test_bad_export_parameters_are_refused(capsys, param):
    refused(capsys, [*COMMANDS["export"], "--param", param], "error: ")


def test_a_parameter_given_twice_is_refused(capsys):
    refused(capsys, [*COMMANDS["export"], "--param", "C=5", "--param", "C=6"], "given twice")


# -- bad shapes ---------------------------------------------------------------------------------------------------

shapes = st.one_of(
    st.lists(st.integers(-5, 70), max_size=6).map(lambda v: ",".join(map(str, v))),
    st.tuples(st.integers(-2, 9), st.integers(-2, 9), st.integers(-2, 70), st.integers(-2, 70)).map(
        lambda v: ",".join(map(str, v))),
    text,
).filter(lambda s: not _valid_shape(s) and not s.startswith("-"))


@SETTINGS
@given(shapes)
@example("1,2,3")
@example("1,2,5,2")
@example("1,3,4,2")
@example("1,2,4,1")
def test_bad_shapes_are_refused(capsys, shape):
    refused(capsys, ["prove", "--shape", shape], "--shape")
    refused(capsys, [*COMMANDS["export"], "--param", f"shape={shape}"], "shape")


# -- malformed programs through `run` -----------------------------------------------------------------------------

@SETTINGS
@given(one_bad_line())
def test_malformed_programs_are_one_line_naming_file_and_line(capsys, tmp_path_factory, case):
    program, bad = case
    path = tmp_path_factory.getbasetemp() / "bad.sbq"
    path.write_text(program, encoding="utf-8")
    with pytest.raises(ProgramError) as info:
        parse_program(program, str(path))
    err = refused(capsys, ["run", str(path)], f"error: {path}:{bad}: ")
    assert err == f"error: {info.value}\n"


# -- a real process, and a fixed bug ---------------------------------------------------------------------------------

def test_lambda_zero_exits_2_from_a_real_process():
    r = subprocess.run([sys.executable, "-m", "verify", "run", "factorial", "--lam", "0"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == "python -m verify run: error: argument --lam: '0' must be a positive finite number " \
                       "(float64 range)\n"


def test_an_exact_zero_over_a_huge_denominator_is_not_an_overflow():
    import numpy as np

    from verify.rational import RatArray

    zero = RatArray(np.zeros(2, dtype=np.int64), 2**70)
    assert zero.den == 1 and not zero.num.any()
