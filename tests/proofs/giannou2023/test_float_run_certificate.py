"""The certified float64 run of a shipped program, and its siblings: a temperature too low for the float run to
be certified, and a broken adder whose exact run leaves the reference."""
from constructions.giannou2023.execute import machine
from constructions.giannou2023.program import resolve_program
from proofs.giannou2023.float_run_certificate import RUNS, certified_run, run_certificate
from verify.claims import Status


def test_multiply_runs_correctly_in_float64_at_the_design_temperature():
    outcome = certified_run("multiply", "17")
    d = outcome.data
    assert outcome.status == Status.PROVED, outcome.summary
    assert d["loops"] == 38 and d["outside"] <= 0  # until halted, plus the fixed-point loop; numpy inside the balls
    assert d["end"] < 1e-13 and d["entering"] < 1e-3  # the certified distances, far below eps = 1/4
    assert d["witnessed_end"] <= d["end"] and d["witnessed_entering"] <= d["entering"]


def test_too_low_a_temperature_is_not_certified():
    d = run_certificate("multiply", 3)
    assert not d["holds"] and d["end"] >= 0.25 and "not below eps" in d["reason"]
    assert certified_run("multiply", "3").status == Status.UNKNOWN


def test_a_broken_adder_is_caught_by_the_exact_run():
    broken = machine(resolve_program("multiply"), variant="adder_sign")
    d = run_certificate("multiply", 17, network=broken)
    assert not d["holds"] and d.get("exact_diverged") and "leaves the reference" in d["reason"]


def test_the_claim_names_its_programs():
    from proofs.giannou2023.temperature import CLAIMS

    claim = next(c for c in CLAIMS if c.id == RUNS)
    names = [ob.name for ob in claim.expand("full")]
    assert names == [f"float64@{p}" for p in ("factorial", "linear_search", "multiply", "reverse_list")]
    assert [ob.name for ob in claim.expand("ci")] == ["float64@multiply"]
