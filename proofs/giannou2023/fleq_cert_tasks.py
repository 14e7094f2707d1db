"""Certified final errors of the FLEQ programs (Giannou et al. 2023, notes §7, §10): per-step errors composed
with certified Lipschitz constants of the exact step maps (:mod:`verify.lipschitz_chain`).

Two tasks, each returning an :class:`~verify.claims.Outcome`:

* :func:`fleq_program_certified` — the bound network run in Arb ball
  arithmetic at ``prec`` bits from the program's exact input (a thin input:
  no interval of states, so no wrapping beyond rounding).  Every loop the
  program counter is decided rigorously and compared with the exact program
  (ideal functions, Arb); the local error of the step (network result minus
  the ideal function of the network's own operands) is enclosed, and the
  per-cell chain ``E_dst = Σ L·E + local`` (other cells ``+ idle``) with
  Lipschitz constants of the ideal function certified on the hull
  ``exact ± E`` must dominate the directly enclosed deviation — a certified
  deviation above it is REFUTED (the composition is unsound).  The final
  error bound (the smaller of the two rigorous bounds) is compared with the
  tolerance: PROVED at this input, UNKNOWN (with the ratio) or REFUTED.
* :func:`fleq_program_box` — the same chain on an input box (non-zero input
  entries ± ``radius``), with the per-step error of every instruction taken
  from the blocks' certified bounds plus the derived movement term of
  :mod:`.fleq_tasks` (a sum of sigmoids' error certified again on the hull of
  its operand, a sub-interval of its box: sharper, as rigorous): a bound valid for every input of the box *if* the
  network meets that per-loop contract, which is derived [I] and checked on
  runs only — the claim declares it as a premise, so the result is at best
  PROVED_CONDITIONALLY.  A spread chain (the exact run's dependence on the
  input, local error 0) widens the hulls the constants are certified on.
"""
from __future__ import annotations

import time
from fractions import Fraction

import numpy as np

from constructions.giannou2023.fleq_programs import PROGRAMS, VALUE_BOX
from verify.arb import Arb, lower, precision, upper
from verify.bounds import arb_callable, fraction_ball, sup_abs
from verify.claims import Outcome, Status
from verify.evidence import produces
from verify.forward import Evaluator
from verify.lipschitz_chain import CellChain, sup_abs_on

from .block_algebra import TAYLOR
from .fleq_tasks import program_in_box, _arb_function, _idle_bound, _movement_bound, _lipschitz, fleq_function_bounds

__all__ = ["fleq_program_certified", "certify_network", "fleq_program_box", "step_lipschitz", "INPUT_CELLS"]

#: The cells holding a program's input data (their non-zero entries span the input box).
INPUT_CELLS = {"calculator": ("x1", "x2", "x3", "x4"), "newton": ("At", "X"), "power": ("At", "v"),
               "sgd": ("x0", "x1", "xt0", "xt1", "y0", "y1")}

#: Derivatives of the sigmoid sums' targets, on Arb balls (Lipschitz constants of the scalar functions).
_DERIVATIVE = {"square": lambda x: 2 * x, "reciprocal": lambda x: -1 / (x * x), "sqrt": lambda x: 1 / (2 * x.sqrt()),
               "rsqrt": lambda x: -x.rsqrt() / (2 * x)}


def _program(name: str, size):
    return PROGRAMS[name]() if size is None else PROGRAMS[name](size)


def _sup_entry(M) -> Fraction:
    return max(upper(abs(v)) for row in M for v in row)


def _column_sum(M) -> Fraction:
    """``max_j Σ_r sup |M_rj|`` over a matrix of balls."""
    return max(sum((upper(abs(row[j])) for row in M), Fraction(0)) for j in range(len(M[0])))


def step_lipschitz(f, A_hull, B_hull) -> tuple[Fraction, Fraction]:
    """Lipschitz constants (entrywise max norm) of the ideal ``f`` in its first and second argument on the
    hulls (k × k Arb matrices holding both runs' operands): ``Δ(AᵀB)_ij = Σ_r ΔA_ri B'_rj + A_ri ΔB_rj``, so
    the largest column sum of ``sup|B|`` and of ``sup|A|``; ``|α|``, ``|β|`` for ``αA + βB``; 1 for the
    transpose; ``sup |f'|`` for a scalar function."""
    if f.kind == "linear":
        return abs(Fraction(f.args[0])), abs(Fraction(f.args[1]))
    if f.kind == "transpose":
        return Fraction(1), Fraction(0)
    if f.kind == "matmul":
        return _column_sum(B_hull), _column_sum(A_hull)
    x = A_hull[0][0]
    return sup_abs_on(_DERIVATIVE[f.args[0]], lower(x), upper(x)), Fraction(0)


def _thin(memory, shape):
    zero = [[Fraction(0)] * shape.k for _ in range(shape.k)]
    return {c: [[fraction_ball(Fraction(v)) for v in row] for row in memory.get(c, zero)] for c in shape.cells}


def _flag_jumps(ball, where: str) -> bool:
    """The exact run's branch (flag ≤ 0), decided on a ball; counters are exact, so an undecided flag is a bug."""
    if ball <= 0:
        return True
    if ball > 0:
        return False
    raise ArithmeticError(f"{where}: the exact run's flag {ball} is undecided")


def _exact_step(P, fns, ref, pc):
    ins = P.program[pc]
    jump = _flag_jumps(ref[ins.flag][0][0], f"instruction {pc}")
    new = dict(ref)
    new[ins.dst] = fns[ins.f](ref[ins.a], ref[ins.b])
    nxt = (pc + 1 if ins.p is None else ins.p) if jump else pc + 1
    return new, nxt


def _certain_pc(shape, lay, X) -> int | None:
    """The command the PC rows encode, if every PC entry is certainly within 1/4 of ±1 (else None)."""
    bits = []
    for r in lay.rows("PC"):
        v = X[r, 0]
        if abs(v - 1) < fraction_ball(Fraction(1, 4)):
            bits.append(1)
        elif abs(v + 1) < fraction_ball(Fraction(1, 4)):
            bits.append(-1)
        else:
            return None
    return next((i for i in range(shape.commands) if tuple(bits) == tuple(lay.code(shape.command_column(i)))), None)


def _pair(ins, La, Lb, scale) -> dict:
    lips = {ins.a: La * scale}
    lips[ins.b] = lips.get(ins.b, Fraction(0)) + Lb * scale
    return lips


def _verdict(program, certified: Fraction, lower_err: Fraction, tol: Fraction, what: str, data: dict,
             counterexample: dict) -> Outcome:
    data.update({"certified_final_error": float(certified), "certified_final_error_exact": str(certified),
                 "tolerance": str(tol), "ratio_to_tolerance": float(certified / tol)})
    if certified <= tol:
        return Outcome(Status.PROVED, f"{program}: {what} ≤ {float(certified):.3g} ≤ tolerance {float(tol):.3g}",
                       data)
    if lower_err > tol:
        data["counterexample"] = counterexample
        return Outcome(Status.REFUTED, f"{program}: {what} is certainly ≥ {float(lower_err):.3g} > tolerance "
                       f"{float(tol):.3g}", data)
    return Outcome(Status.UNKNOWN, f"{program}: the best certified bound {float(certified):.3g} misses the "
                   f"tolerance {float(tol):.3g} by a factor {float(certified / tol):.3g} ({what})", data)


@produces("arb")
def fleq_program_certified(program: str, size: int | None = None, prec: int = 1024, lam: str = "24",
                           tol: str = "1/1000", perturb: str | None = None, lip_scale: str = "1",
                           contract_scale: str = "1", max_loops: int = 400) -> Outcome:
    """The network run in Arb from the program's exact input; see the module docstring.

    Every loop the enclosed local error is also compared with the per-loop contract of
    :func:`fleq_program_box` (block bound + movement term, idle term): a certified excess is REFUTED, so the
    contract is checked rigorously at this input (not on a box).  ``perturb`` = "param:delta" shifts a bound
    parameter (a broken machine); ``lip_scale`` multiplies every Lipschitz constant and ``contract_scale``
    every contract bound (< 1: deliberately too small, which the enclosed run must expose).
    """
    from constructions.giannou2023.fleq import default_parameters, fleq_network

    start = time.perf_counter()
    P, bad = program_in_box(program, size)  # the contract checked every loop is stated on the value box
    if bad is not None:
        return bad
    shape, tol, scale = P.shape, Fraction(tol), Fraction(lip_scale)
    params = default_parameters(shape, Fraction(lam))
    bind = dict(params)
    if perturb:
        name, delta = perturb.split(":")
        bind[name] = bind[name] + Fraction(delta)
    net = fleq_network(shape).bind(**bind)
    args = {"program": program, "size": size, "prec": prec, "lam": lam, "tol": str(tol), "perturb": perturb,
            "lip_scale": str(scale), "contract_scale": contract_scale}
    return certify_network(P, net, params, _contract(P, params, Fraction(contract_scale)), prec=prec, tol=tol,
                           lip_scale=scale, max_loops=max_loops, replay=args, start=start)


def certify_network(P, net, params: dict, contract: tuple, prec: int = 1024, tol: Fraction = Fraction(1, 1000),
                    lip_scale: Fraction = Fraction(1), max_loops: int = 400, replay: dict | None = None,
                    start: float | None = None) -> Outcome:
    """:func:`fleq_program_certified` on a given bound network ``net`` (e.g. a mutant) of program ``P``.

    ``params`` are the machine's parameters, ``contract`` the per-loop contract (:func:`_contract`, computed
    once per program and parameters), ``replay`` the arguments recorded in the counterexample.
    """
    from constructions.giannou2023.fleq_encoding import decode_memory, encode

    start = time.perf_counter() if start is None else start
    program, shape, k, scale = P.name, P.shape, P.shape.k, Fraction(lip_scale)
    tol = Fraction(tol)
    args = replay or {"program": program}
    size, lam = args.get("size"), args.get("lam", str(params["lam"]))
    lay = net.layout
    fns = {f.name: _arb_function(f) for f in shape.functions}
    fobj = {f.name: f for f in shape.functions}
    contract, contract_idle = contract
    ev = Evaluator(net, Arb(params["lam"], prec=prec))
    rows, problem, worst_ratio = [], None, Fraction(0)
    with precision(prec):
        X = ev.input(np.array(encode(shape, P.program, P.memory, lay), dtype=object))
        ref, pc = _thin(P.memory, shape), 0
        mem = decode_memory(shape, lay, X, to=lambda v: v)
        chain = CellChain(shape.cells)
        halted = False
        for loop in range(1, max_loops + 1):
            ins = P.program[pc]
            X = ev.loop(X)
            new = decode_memory(shape, lay, X, to=lambda v: v)
            want = fns[ins.f](mem[ins.a], mem[ins.b])
            local_d = [abs(new[ins.dst][i][j] - want[i][j]) for i in range(k) for j in range(k)]
            idle_d = [abs(new[c][i][j] - mem[c][i][j]) for c in shape.cells if c != ins.dst
                      for i in range(k) for j in range(k)]
            local, idle = max(upper(v) for v in local_d), max((upper(v) for v in idle_d), default=Fraction(0))
            worst_ratio = max(worst_ratio, local / contract[ins.f])
            if max(lower(v) for v in local_d) > contract[ins.f] or \
                    max((lower(v) for v in idle_d), default=Fraction(0)) > contract_idle:
                problem = (f"loop {loop}: {ins.f} errs by ≥ {float(max(lower(v) for v in local_d)):.3g} (or another "
                           f"cell moves by more than {float(contract_idle):.3g}): the per-loop contract (bound "
                           f"{float(contract[ins.f]):.3g}) fails at this input")
                rows.append([loop, ins.f, ins.dst, float(local), float(idle)] + [None] * 5)
                break
            hull_a = [[chain.hull(v, ins.a) for v in row] for row in ref[ins.a]]
            hull_b = [[chain.hull(v, ins.b) for v in row] for row in ref[ins.b]]
            La, Lb = step_lipschitz(fobj[ins.f], hull_a, hull_b)
            bound = chain.write(ins.dst, _pair(ins, La, Lb, scale), local, idle, label=f"{pc}:{ins.f}")
            ref, pc = _exact_step(P, fns, ref, pc)
            net_pc = _certain_pc(shape, lay, X)
            dev = {c: [abs(new[c][i][j] - ref[c][i][j]) for i in range(k) for j in range(k)] for c in shape.cells}
            dev_hi = max(upper(v) for vs in dev.values() for v in vs)
            over = [c for c in shape.cells if max(lower(v) for v in dev[c]) > chain.bound[c]]
            rows.append([loop, ins.f, ins.dst, float(local), float(idle), float(La), float(Lb), float(bound),
                         float(dev_hi), float(max(upper(abs(v.rad())) for v in X.flat))])
            if net_pc != pc:
                problem = f"loop {loop}: the network's program counter is {net_pc}, the exact run's {pc}"
                break
            if over:
                problem = (f"loop {loop}: the enclosed deviation of {over[0]} exceeds its composed bound "
                           f"{float(chain.bound[over[0]]):.3g}: a per-step error or Lipschitz constant is too small")
                break
            mem = new
            if pc == P.halt_index:
                halted = True
                break
        res = [(new[c][i][j], ref[c][i][j]) for c in P.results for i in range(k) for j in range(k)]
        direct_hi = max(upper(abs(a - b)) for a, b in res)
        direct_lo = max(lower(abs(a - b)) for a, b in res)
        composed = chain.worst(P.results)
    data = {"program": program, "size": size, "prec": prec, "lambda": lam, "loops": len(rows), "n": shape.n,
            "layers": len(net.layers), "evidence": "arb",
            "composed_bound": float(composed), "enclosed_error": float(direct_hi),
            "enclosed_error_by_cell": {c: float(max(upper(abs(new[c][i][j] - ref[c][i][j])) for i in range(k)
                                                    for j in range(k))) for c in P.results},
            "composed_bound_by_cell": {c: float(chain.bound[c]) for c in P.results},
            "worst_local_over_contract": float(worst_ratio),
            "trajectory": {"columns": ["loop", "function", "dst", "local error (enclosed)", "idle movement",
                                       "Lipschitz a", "Lipschitz b", "composed bound (dst)",
                                       "enclosed deviation (all cells)", "max Arb radius"], "rows": rows},
            "seconds": round(time.perf_counter() - start, 2)}
    if problem:
        data["counterexample"] = {**args, "loop": len(rows), "problem": problem}
        return Outcome(Status.REFUTED, f"{program}: {problem}", data)
    if not halted:
        return Outcome(Status.UNKNOWN, f"{program}: did not halt within {max_loops} loops", data)
    out = _verdict(program, min(composed, direct_hi), direct_lo, tol,
                   f"after {len(rows)} loops (Arb, {prec} bits), |network − exact program| on the results "
                   f"(composed bound {float(composed):.3g}, direct enclosure {float(direct_hi):.3g})", data,
                   {**args, "loop": len(rows)})
    return out


def _contract(P, params, scale: Fraction, value_box: Fraction = VALUE_BOX) -> tuple[dict, Fraction]:
    """The per-loop contract's bounds for cells within ``value_box``: per function, its block's certified error
    plus the derived movement term; the idle movement of every other cell (:mod:`.fleq_tasks`), times ``scale``."""
    shape = P.shape
    bounds = fleq_function_bounds(shape, params, P.product_box, value_box)
    step = {f.name: (bounds[f.name]["certified"] + _movement_bound(shape, params, _lipschitz(f), value_box)) * scale
            for f in shape.functions}
    return step, _idle_bound(shape, params, value_box) * scale


def _local_fit_error(f, n: int, lo: Fraction, hi: Fraction) -> Fraction:
    """Certified ``sup |sum of sigmoids − target|`` on ``[lo, hi]`` (the operand's hull), for the block embedded
    in ``n`` columns: the closed form of :func:`.fleq_tasks._sigmoid_fit_bound` on a sub-interval of its box."""
    import sympy as sp

    from constructions.giannou2023 import barron, sigmoid

    T, fit, x = barron.TARGETS[f.args[0]], barron.fitted(f.args[0], int(f.args[1])), sp.Symbol("x")
    closed = sigmoid.output_expression([((a,), b, c) for a, b, c in fit.terms], fit.c0, sigmoid.padding(n), n, [x])
    return sup_abs(arb_callable(closed - T.expr.subs(barron.X, x), [x]), [(lo, hi)], taylor=TAYLOR).certified


def _box(P, radius: Fraction):
    """Centre (thin balls) and the spread chain's start: non-zero entries of the input cells ± radius."""
    cells = INPUT_CELLS[P.name]
    spread = {c: radius for c in cells if any(v != 0 for row in P.memory[c] for v in row)}
    return spread


@produces("arb")
def fleq_program_box(program: str, size: int | None = None, radius: str = "1/1000", lam: str = "24",
                     tol: str = "1/1000", step_scale: str = "1", margin: str = "1/16", prec: int = 256,
                     max_loops: int = 400) -> Outcome:
    """The chain over an input box with the per-loop contract's per-step bounds; see the module docstring.

    ``step_scale`` multiplies every per-step bound (< 1: a deliberately too small bound, for the tests).
    A sum of sigmoids' per-step bound is its certified error on the operand's hull (not on its whole
    interval) plus the movement term.  The contract is stated for cells within ``VALUE_BOX + margin`` (a
    counter equal to ``VALUE_BOX`` moved by any error leaves ``VALUE_BOX`` itself), and every hull is checked
    to stay inside it.
    """
    from constructions.giannou2023.fleq import default_parameters

    start = time.perf_counter()
    P, bad = program_in_box(program, size)
    if bad is not None:
        return bad
    shape, tol, radius = P.shape, Fraction(tol), Fraction(radius)
    params = default_parameters(shape, Fraction(lam))
    vbox = VALUE_BOX + Fraction(margin)
    bounds = fleq_function_bounds(shape, params, P.product_box, vbox)
    step, idle = _contract(P, params, Fraction(step_scale), vbox)
    move = {f.name: _movement_bound(shape, params, _lipschitz(f), vbox) for f in shape.functions}
    fns = {f.name: _arb_function(f) for f in shape.functions}
    fobj = {f.name: f for f in shape.functions}
    rows, problem, halted = [], None, False
    with precision(prec):
        ref, pc = _thin(P.memory, shape), 0
        spread = _box(P, radius)
        D = CellChain(shape.cells, spread)   # the exact run over the box, around its centre
        E = CellChain(shape.cells)           # network − exact run, at the same input
        both = CellChain(shape.cells)        # D + E: the hull radius
        for loop in range(1, max_loops + 1):
            ins = P.program[pc]
            for c in shape.cells:
                both.bound[c] = D.bound[c] + E.bound[c]
            hull = {c: [[both.hull(v, c) for v in row] for row in ref[c]] for c in shape.cells}
            if both.bound[ins.flag] >= Fraction(1, 4):  # flags are exact integers in the exact run
                problem = f"loop {loop}: the flag {ins.flag} may be 1/4 or more away from its exact integer value"
                break
            b = bounds[ins.f]
            A = hull[ins.a]
            inside = (lower(A[0][0]) >= b["lo"] and upper(A[0][0]) <= b["hi"]) if b.get("scalar") else \
                all(_sup_entry(M) <= b["hi"] for M in (hull[ins.a], hull[ins.b]))
            if not inside:
                problem = f"loop {loop}: operands of {ins.f} may leave its certified box ({b['box']})"
                break
            La, Lb = step_lipschitz(fobj[ins.f], hull[ins.a], hull[ins.b])
            lips = _pair(ins, La, Lb, 1)
            eps = step[ins.f]
            if b.get("scalar"):
                eps = (_local_fit_error(fobj[ins.f], shape.n, lower(A[0][0]), upper(A[0][0])) + move[ins.f]) * \
                    Fraction(step_scale)
                eps = min(eps, step[ins.f])
            D.write(ins.dst, lips, 0, 0)
            e = E.write(ins.dst, lips, eps, idle, label=f"{pc}:{ins.f}")
            ref, pc = _exact_step(P, fns, ref, pc)
            if any(_sup_entry([[both.hull(v, c) for v in row] for row in ref[c]]) > vbox for c in shape.cells):
                problem = f"loop {loop}: a cell may leave the value box |x| <= {vbox}"
                break
            rows.append([loop, ins.f, ins.dst, float(eps), float(La), float(Lb), float(e),
                         float(D.bound[ins.dst])])
            if pc == P.halt_index:
                halted = True
                break
    data = {"program": program, "size": size, "radius": str(radius), "input_cells": sorted(spread),
            "value_box": str(vbox),
            "loops": len(rows), "evidence": "arb", "step_bounds": {f: float(v) for f, v in step.items()},
            "idle_per_loop": float(idle),
            "trajectory": {"columns": ["loop", "function", "dst", "per-step bound", "Lipschitz a", "Lipschitz b",
                                       "error bound (dst)", "spread over the box (dst)"], "rows": rows},
            "seconds": round(time.perf_counter() - start, 2)}
    if problem or not halted:
        return Outcome(Status.UNKNOWN, f"{program}: {problem or f'did not halt within {max_loops} loops'}", data)
    final = E.worst(P.results)
    return _verdict(program, final, Fraction(0), tol,
                    f"given the per-loop contract, on the box (non-zero entries of {', '.join(sorted(spread))} ± "
                    f"{radius}) |network − exact program| on the results", data, {})
