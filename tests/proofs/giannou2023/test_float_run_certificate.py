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
    assert not d["holds"] and d["end"] >= 0.25 and "reached 0.25" in d["reason"]
    assert certified_run("multiply", "3").status == Status.UNKNOWN


def test_a_broken_adder_is_caught_by_the_exact_run():
    d = run_certificate("multiply", 17, variant="adder_sign")
    assert not d["holds"] and d.get("exact_diverged") and "leaves the reference" in d["reason"]


def test_the_claim_names_its_programs():
    from proofs.giannou2023.temperature import CLAIMS

    claim = next(c for c in CLAIMS if c.id == RUNS)
    names = [ob.name for ob in claim.expand("full")]
    assert names == [f"float64@{p}" for p in ("factorial", "linear_search", "multiply", "reverse_list")]
    assert [ob.name for ob in claim.expand("ci")] == ["float64@multiply"]


def test_runs_in_shuffled_summation_orders_stay_inside_the_balls():
    # the enclosure claims every summation order: three shuffled-order float64 runs of multiply's first loops
    import numpy as np

    from constructions.giannou2023.encoding import encode
    from tests.verify.shuffled_float import ShuffledFloat
    from verify.balls import Balls
    from verify.float_enclosure import FloatEnclosure
    from verify.forward import Evaluator

    prog = resolve_program("multiply")
    net = machine(prog)
    enclosure = FloatEnclosure(net, 17, "float64")
    X0 = encode(prog.shape, prog.initial)
    X = Balls.exact(np.asarray(enclosure.evaluator.input(X0), dtype=np.float64))
    runs = [Evaluator(net, ShuffledFloat(17, np.float64, seed)) for seed in range(3)]
    states = [ev.input(X0) for ev in runs]
    for _ in range(4):
        for i in range(len(net.layers)):
            X = enclosure.layer(i, X)
            states = [ev.layer(i, F) for ev, F in zip(runs, states)]
            for F in states:  # rounding is monotone: a value inside never reads as outside (only sub-ulp escapes hide)
                assert np.all(np.abs(np.asarray(F, dtype=np.float64) - X.mid) <= X.rad)
