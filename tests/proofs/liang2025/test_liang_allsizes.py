"""``liang2025.loop.all_sizes``: the gadget lemmas prove, every broken gadget is refuted by the same z3
queries, the conformance obligation catches a one-weight change, and the claim reports per block."""
import pytest

from proofs.liang2025 import CLAIMS
from proofs.liang2025.allsizes import TRUSTED, prove_lemma, weights_conformance
from proofs.liang2025.allsizes_claims import ID, _conclude
from proofs.liang2025.allsizes_lemmas import BROKEN, LEMMAS
from proofs.liang2025.common import BLOCKS
from verify.claims import Outcome, Status
from verify.runner import run_claims


@pytest.mark.parametrize("lemma", list(LEMMAS))
def test_lemma_proves_for_all_sizes(lemma):
    o = prove_lemma(lemma)
    assert o.status == Status.PROVED, o.summary
    assert all(s == "proved" for _, s in o.data["results"])


def test_every_lemma_has_a_broken_sibling():
    assert {lemma for lemma, _ in BROKEN.values()} == set(LEMMAS)


@pytest.mark.parametrize("broken", list(BROKEN))
def test_broken_gadget_is_refuted_with_a_model(broken):
    lemma = BROKEN[broken][0]
    o = prove_lemma(lemma, broken)
    assert o.status == Status.REFUTED, o.summary
    model = o.data["counterexample"]["model"]
    assert model  # sat, with the values that break it
    if broken.endswith("_at3"):
        assert model["r"] == "3"  # the step fails exactly at the broken bit position
    if broken == "inc_at2":
        assert model["t"] == "2"


def _subtract(A, B, N, coef_at=None):
    """The network's carry-lookahead formulas evaluated on concrete words (optionally D's −2 made −1 at a bit)."""
    a = [(A >> r) & 1 for r in range(N)]
    b = [(B >> r) & 1 for r in range(N)]
    g = [int(b[r] and not a[r]) for r in range(N)]
    k = [int(a[r] and not b[r]) for r in range(N)]
    p = [1 - g[r] - k[r] for r in range(N)]

    def T(j, r):
        return int((j < 0 or g[j]) and all(p[i] for i in range(j + 1, r)))

    out = 0
    for r in range(N):
        c = 1 if r == 0 else sum(T(j, r) for j in range(-1, r))
        pc = sum(T(j, r + 1) for j in range(-1, r))
        D = p[r] + c + (-1 if r == coef_at else -2) * pc
        out += D << r
    return out


def test_subtractor_formulas_concretely_and_the_broken_bit():
    N = 5
    assert all(_subtract(A, B, N) == (B - A) % 2 ** N for A in range(2 ** N) for B in range(2 ** N))
    assert any(_subtract(A, B, N, coef_at=3) != (B - A) % 2 ** N for A in range(2 ** N) for B in range(2 ** N))


def test_increment_formulas_concretely_and_the_broken_bit():
    L = 4

    def inc(pc, coef_at=None):
        bits = [(pc >> t) & 1 for t in range(L)]
        C = [int(all(bits[: t + 1])) for t in range(L)]
        return sum((bits[t] + (C[t - 1] if t else 1) + (-1 if t == coef_at else -2) * C[t]) << t for t in range(L))

    assert all(inc(pc) == (pc + 1) % 2 ** L for pc in range(2 ** L))
    assert any(inc(pc, coef_at=2) != (pc + 1) % 2 ** L for pc in range(2 ** L))


SHAPES = [[1, 2, 4, 2], [2, 3, 8, 3]]


def test_conformance_holds_on_the_built_network():
    o = weights_conformance(SHAPES)
    assert o.status == Status.PROVED, o.summary
    assert set(o.data["families"]) == set(BLOCKS)


@pytest.mark.parametrize("mutant, where", [
    ([0, 0, 36, 1], "read-instr.match unit 0"),  # the address-match weight of PC_0 (column 9 + 27 = 36)
    ([0, 0, "bias", 1], "read-instr.match unit 0"),  # the match bias −(L−1) made −(L−2)
    ([5, 3, 0, 1], "subtract.lookahead unit 3"),  # one weight of a carry-lookahead term T_{j,r}
])
def test_conformance_fails_on_a_one_weight_change(mutant, where):
    o = weights_conformance([[2, 3, 8, 3]], mutant=mutant)
    assert o.status != Status.PROVED
    assert where in o.summary, o.summary


def test_the_claim_through_the_runner():
    claim = next(c for c in CLAIMS if c.id == ID)
    summary = run_claims([claim], "ci", jobs=1, progress=False)
    result = summary.results[0]
    assert result.status == Status.PROVED and result.met
    rows = result.details["table"]["rows"]
    assert [r[0] for r in rows[:len(BLOCKS)]] == list(BLOCKS)
    assert all(r[1].startswith("PROVED for all sizes (given the gadget forms, checked at sizes") for r in rows[:6])
    assert result.details["TRUSTED"] == list(TRUSTED)


class _Ob:
    def __init__(self, name):
        self.name = name


def test_a_failed_lemma_downgrades_only_the_blocks_resting_on_it():
    claim = next(c for c in CLAIMS if c.id == ID)
    outcomes = [(_Ob(f"lemma/{n}"), Outcome(Status.PROVED, "")) for n in LEMMAS if n != "increment"]
    outcomes.append((_Ob("lemma/increment"), Outcome(Status.UNKNOWN, "timeout")))
    conf = weights_conformance(SHAPES)
    outcomes.append((_Ob("conformance"), conf))
    status, _, details = _conclude(claim, outcomes)
    verdict = {r[0]: r[1] for r in details["table"]["rows"]}
    assert status == Status.UNKNOWN
    # q = pc + 1 is a value read (copied) by the branch block's first layer: the increment lemma is its premise
    assert verdict["branch"].startswith("enumerated sizes only")
    assert verdict["next-pc"].startswith("PROVED for all sizes")
    assert verdict["subtract"].startswith("PROVED for all sizes")
    bad_conf = [(ob, o) for ob, o in outcomes if ob.name != "conformance"]
    bad_conf.append((_Ob("conformance"), weights_conformance([[2, 3, 8, 3]], mutant=[5, 3, 0, 1])))
    _, _, details = _conclude(claim, [(ob, o) if ob.name != "lemma/increment" else (ob, Outcome(Status.PROVED, ""))
                                      for ob, o in bad_conf])
    assert all(r[1].startswith("enumerated sizes only") for r in details["table"]["rows"][:6])


def test_every_family_names_proved_lemmas_and_a_written_glue():
    from proofs.liang2025.allsizes_forms import FAMILY_LEMMAS, GLUE

    assert set(GLUE) == set(FAMILY_LEMMAS)
    assert all(lem in LEMMAS for lems in FAMILY_LEMMAS.values() for lem in lems)
    used = {f for counts in weights_conformance(SHAPES).data["families"].values() for f in counts}
    assert used == set(FAMILY_LEMMAS)
