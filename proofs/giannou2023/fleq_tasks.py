"""Tasks for the FLEQ machine of Giannou et al. 2023: exact sizes, and programs run with error tracking
against per-step bounds built from the blocks' certified errors.

Each task takes JSON-able keyword arguments and returns an :class:`~verify.claims.Outcome`.
"""
from __future__ import annotations

import time
from fractions import Fraction

import mpmath
import numpy as np
import sympy as sp
from flint import arb

from constructions.giannou2023 import barron, elementwise, sigmoid, transpose
from constructions.giannou2023.fleq_programs import PROGRAMS, VALUE_BOX
from verify.arb import precision, upper
from verify.bounds import arb_callable, fraction_ball, sup_abs
from verify.claims import Outcome, Status
from verify.forward import Evaluator
from verify.semantics import Mp

from .block_algebra import TAYLOR, arb_value
from .matmul_tasks import matmul_bound

__all__ = ['fleq_function_bounds', 'fleq_size', 'fleq_program_run', 'run_network']


def _lipschitz(f) -> Fraction:
    """A Lipschitz bound of the function on its box (entrywise max norm), for the movement term."""
    if f.kind == "linear":
        return abs(Fraction(f.args[0])) + abs(Fraction(f.args[1]))
    if f.kind == "transpose":
        return Fraction(1)
    if f.kind == "matmul":
        return Fraction(16)  # k·(G_A + G_B) + slack, k ≤ 2, entries ≤ 2
    return {"square": Fraction(2), "reciprocal": Fraction(4), "sqrt": Fraction(1), "rsqrt": Fraction(4)}[f.args[0]]


def _movement_bound(shape, params, lip: Fraction, value_box: Fraction = VALUE_BOX) -> Fraction:
    """A derived [I] bound of what moving data between columns adds to one instruction's result.

    Pointer heads put the weight ½·2/(2 + η) on the two intended columns with
    ``η ≤ (n − 2)e^{−2λ}`` (score gap 2, notes §5.3), the hub heads weight
    ``1/(1 + (n − 1)e^{−G})``; with entries ≤ D the inputs move by at most
    ``δ = (1.5η + (n − 1)e^{−G})·D`` and the output by ``((n − k)e^{−G}/k + 2η)·D``.  The bound is
    ``2·(Lip·δ + output move)``, rounded up; unwritten cells move by at most ``4(n − 1)e^{−2λ}·D``
    per loop (returned by :func:`_idle_bound`).
    """
    n, k = shape.n, shape.k
    lam, G = params["lam"], params["G"]
    with precision(128):
        eta = (n - 2) * (-2 * fraction_ball(lam)).exp()
        eG = (-fraction_ball(G)).exp()
        D = fraction_ball(value_box)
        delta = (eta * 3 / 2 + (n - 1) * eG) * D
        out = ((n - k) * eG / k + 2 * eta) * D
        return upper(2 * (fraction_ball(lip) * delta + out))


def _idle_bound(shape, params, value_box: Fraction = VALUE_BOX) -> Fraction:
    with precision(128):
        return upper(4 * (shape.n - 1) * (-2 * fraction_ball(params["lam"])).exp() * fraction_ball(value_box))


def _sigmoid_fit_bound(target: str, m: int, n: int) -> Fraction:
    """Certified sup error of the fitted sum on its interval, for the block embedded in ``n`` columns."""
    T = barron.TARGETS[target]
    fit = barron.fitted(target, m)
    x = sp.Symbol("x")
    closed = sigmoid.output_expression([((a,), b, c) for a, b, c in fit.terms], fit.c0, sigmoid.padding(n), n, [x])
    r = sup_abs(arb_callable(closed - T.expr.subs(barron.X, x), [x]), [(T.lo, T.hi)], taylor=TAYLOR)
    return r.certified


def fleq_function_bounds(shape, params, product_box=(2, 2), value_box: Fraction = VALUE_BOX) -> dict:
    """Per function: the certified entrywise error on its box (exact rational) and the box; entries of the
    linear and transpose blocks' arguments are bounded by ``value_box``."""
    out = {}
    n, k = shape.n, shape.k
    Dm = Fraction(value_box)
    for f in shape.functions:
        if f.kind == "linear":
            e = upper(arb_value(elementwise.linear_error(k, n, Fraction(f.args[0]), Fraction(f.args[1]), Dm, Dm,
                                                          params["G"])))
            out[f.name] = {"certified": e, "box": f"|entries| <= {Dm}", "lo": -Dm, "hi": Dm}
        elif f.kind == "transpose":
            e = upper(arb_value(transpose.transpose_error(k, n, Dm, params["G"])))
            out[f.name] = {"certified": e, "box": f"|entries| <= {Dm}", "lo": -Dm, "hi": Dm}
        elif f.kind == "matmul":
            GA, GB = (Fraction(v) for v in product_box)
            o = matmul_bound(k, str(params["c"]), str(params["C_mm"]), str(params["G"]), str(params["K"]), str(GA),
                             str(GB), n=n)
            if o.status != Status.PROVED:
                raise RuntimeError(f"the product's bound was not certified: {o.summary}")
            out[f.name] = {"certified": Fraction(o.data["certified_exact"]), "box": f"|A| <= {GA}, |B| <= {GB}",
                           "lo": -max(GA, GB), "hi": max(GA, GB)}
        elif f.kind == "sigmoid":
            T = barron.TARGETS[f.args[0]]
            out[f.name] = {"certified": _sigmoid_fit_bound(f.args[0], int(f.args[1]), n),
                           "box": f"x in [{T.lo}, {T.hi}]", "lo": T.lo, "hi": T.hi, "scalar": True}
    return out


def _program(name: str, size: int | None):
    """A shipped FLEQ program at its default size, or at ``size`` iterations."""
    return PROGRAMS[name]() if size is None else PROGRAMS[name](size)


def program_in_box(name: str, size: int | None):
    """``(program, None)``, or ``(None, an ERROR outcome)`` when its input leaves the value box (bad input)."""
    P = _program(name, size)
    try:
        P.check_value_box()
    except ValueError as err:
        return None, Outcome(Status.ERROR, str(err), {"program": name, "size": size})
    return P, None


def fleq_size(program: str, size: int | None = None, serial: bool = False) -> Outcome:
    """Exact layer and head counts of the FLEQ machine a program runs on, and of its function blocks."""
    from constructions.giannou2023.fleq import fleq_network, function_blocks

    P = _program(program, size)
    shape = P.shape
    net = fleq_network(shape, serial=serial)
    blocks, _ = function_blocks(shape)
    heads = [len(layer.heads) for layer in net.layers]
    per_block = {b.name: {"layers": b.depth, "heads": list(b.heads_per_layer), "total_heads": sum(b.heads_per_layer)}
                 for b in blocks}
    max_l = max(b.depth for b in blocks)
    sum_h = sum(sum(b.heads_per_layer) for b in blocks)
    data = {"program": program, "serial": serial, "layers": len(net.layers), "layer_names": [l.name for l in net.layers],
            "heads_per_layer": heads, "max_heads_per_layer": max(heads), "total_heads": sum(heads),
            "max_ffn_width": max(l.width for l in net.layers), "d": net.layout.d, "n": shape.n,
            "functions": [f.to_json() for f in shape.functions], "blocks": per_block, "max_l": max_l,
            "sum_h": sum_h, "skeleton_layers": len(net.layers) - (max_l if not serial else 0)}
    return Outcome(Status.PROVED, f"{program}{' (serial)' if serial else ''}: {len(net.layers)} layers, heads per "
                   f"layer {heads}, d = {net.layout.d}, n = {shape.n}; blocks: max l_m = {max_l}, Σ h_m = {sum_h}",
                   data)


def _arb_matrix(M):
    return [[fraction_ball(Fraction(v)) for v in row] for row in M]


def _arb_function(f):
    """``f`` on Arb balls (the enclosure run)."""
    if f.kind == "linear":
        al, be = (fraction_ball(Fraction(v)) for v in f.args)
        return lambda A, B: [[al * a + be * b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]
    if f.kind == "matmul":
        return lambda A, B: [[sum((A[r][i] * B[r][j] for r in range(len(A))), arb(0)) for j in range(len(A))]
                             for i in range(len(A))]
    if f.kind == "transpose":
        return lambda A, B: [[A[j][i] for j in range(len(A))] for i in range(len(A))]
    fn = {"square": lambda x: x * x, "reciprocal": lambda x: 1 / x, "sqrt": lambda x: x.sqrt(),
          "rsqrt": lambda x: x.rsqrt()}[f.args[0]]
    return lambda A, B: [[fn(A[0][0]) if (r, j) == (0, 0) else arb(0) for j in range(len(A))] for r in range(len(A))]


def _widen(M, eps: Fraction):
    w = fraction_ball(eps)
    ball = arb(0).union(w).union(-w)
    return [[v + ball for v in row] for row in M]


def _mpf(v) -> mpmath.mpf:
    return mpmath.mpf(Fraction(v).numerator) / Fraction(v).denominator


def fleq_program_run(program: str, size: int | None = None, digits: int = 40, lam: str = "24",
                     serial: bool = False, max_loops: int = 400, perturb: str | None = None) -> Outcome:
    """Run a FLEQ program on the looped transformer (mpmath, ``digits`` digits, softmax at λ) with error tracking.

    Every loop is compared with (i) the reference interpreter (the same
    instructions with the ideal functions, mpmath), (ii) the ideal function
    applied to the network's *own* operands (the local error of the step,
    checked against the block's certified error plus the derived movement
    term), and (iii) an Arb enclosure: the reference run in ball arithmetic
    with every step's result widened by that per-step bound — the network's
    memory must stay inside it.  At the end, the reference's results are
    compared with the algorithm written out directly (``FleqProgram.direct``).
    ``perturb`` = "param:delta" shifts one bound parameter (a broken machine).
    The run itself is :func:`run_network` on the network built here.
    """
    from constructions.giannou2023.fleq import default_parameters, fleq_network

    start = time.perf_counter()
    P, bad = program_in_box(program, size)
    if bad is not None:
        return bad
    shape = P.shape
    params = default_parameters(shape, Fraction(lam))
    bind = dict(params)
    if perturb:
        name, delta = perturb.split(":")
        bind[name] = bind[name] + Fraction(delta)
    net = fleq_network(shape, serial=serial).bind(**bind)
    return run_network(P, net, params, digits=digits, max_loops=max_loops, start=start,
                       replay={"program": program, "size": size, "lambda": str(lam), "digits": digits,
                               "serial": serial, "perturb": perturb})


def run_network(P, net, params: dict, digits: int = 40, max_loops: int = 400, checks: bool = True,
                replay: dict | None = None, start: float | None = None) -> Outcome:
    """:func:`fleq_program_run`'s run of program ``P`` on a given bound network ``net`` (e.g. a mutant).

    ``params`` are the machine's parameters (λ, and the bounds' parameters); ``replay`` the task arguments
    recorded in the data and the counterexample.  ``checks=False`` runs the same network the same way but
    skips the tool's own per-step checks (certified bounds, enclosure, value box): only a program counter
    that differs from the reference stops the run, and the data hold ``final_error_digits`` (the results'
    distance to the direct algorithm, 30 digits) — the independent ground truth of a mutation self-test.
    """
    from constructions.giannou2023.fleq_encoding import decode_memory, decode_pc, encode
    from constructions.giannou2023.fleq_isa import ideal_function, reference_step

    start = time.perf_counter() if start is None else start
    replay = replay or {}
    program, size, lam = replay.get("program", P.name), replay.get("size"), replay.get("lambda")
    serial = replay.get("serial", False)
    shape = P.shape
    lay = net.layout
    if checks:
        bounds = fleq_function_bounds(shape, params, P.product_box)
        move = {f.name: _movement_bound(shape, params, _lipschitz(f)) for f in shape.functions}
        idle = _idle_bound(shape, params)
    ev = Evaluator(net, Mp(params["lam"], digits=digits))
    X = ev.input(np.array(encode(shape, P.program, P.memory, lay), dtype=object))
    k = shape.k
    zero = [[Fraction(0)] * k for _ in range(k)]
    with mpmath.workdps(digits):
        ref = {c: [[_mpf(v) for v in row] for row in P.memory.get(c, zero)] for c in shape.cells}
    with precision(256):
        enc = {c: _arb_matrix(P.memory.get(c, zero)) for c in shape.cells}
    ideal = {f.name: ideal_function(f) for f in shape.functions}
    arbf = {f.name: _arb_function(f) for f in shape.functions}
    pc = 0
    rows = []
    problems = []
    halted = False
    with mpmath.workdps(digits):
        net_mem = decode_memory(shape, lay, X, to=lambda v: v)
        for loop in range(1, max_loops + 1):
            ins = P.program[pc]
            A_in, B_in = net_mem[ins.a], net_mem[ins.b]
            X = ev.loop(X)
            new_mem = decode_memory(shape, lay, X, to=lambda v: v)
            net_pc = decode_pc(shape, lay, X)
            # local error of this step, on the network's own operands
            want = ideal[ins.f](A_in, B_in) if checks else None
            local = max(abs(new_mem[ins.dst][i][j] - want[i][j]) for i in range(k) for j in range(k)) \
                if checks else None
            if checks:
                b = bounds[ins.f]
                if b.get("scalar"):
                    inside = b["lo"] <= Fraction(mpmath.nstr(A_in[0][0], 30)) <= b["hi"]
                else:
                    inside = all(abs(v) <= _mpf(b["hi"]) for M in (A_in, B_in) for row in M for v in row)
                step_bound = b["certified"] + move[ins.f]
                if not inside:
                    problems.append(f"loop {loop}: operands of {ins.f} leave its certified box ({b['box']})")
                elif local > _mpf(step_bound):
                    problems.append(f"loop {loop}: {ins.f} errs by {mpmath.nstr(local, 5)} > its bound "
                                    f"{float(step_bound):.3g}")
            # reference and enclosure
            ref_new, ref_pc, info = reference_step(shape, P.program, ref, pc, ideal)
            if checks:
                with precision(256):
                    # flags are integers (counters); the machine's test 1 − ReLU(x) + ReLU(x − 1) is 1 for x ≤ 0
                    # and 0 for x ≥ 1, so on an enclosure the branch is decided as x < 1/2
                    flag = enc[ins.flag][0][0] - fraction_ball(Fraction(1, 2))
                    if not (flag < 0 or flag > 0):
                        problems.append(f"loop {loop}: the enclosure cannot decide the branch (flag {flag})")
                        break
                    res = _widen(arbf[ins.f](enc[ins.a], enc[ins.b]), step_bound)
                    enc = {c: (res if c == ins.dst else _widen(enc[c], idle)) for c in shape.cells}
            if net_pc != ref_pc:
                problems.append(f"loop {loop}: program counter {net_pc}, reference {ref_pc}")
                rows.append((loop, ins.f, ins.dst, *((float(local), float(step_bound)) if checks else (None, None)),
                             None, None, None))
                break
            ref, pc = ref_new, ref_pc
            acc = max(abs(new_mem[c][i][j] - ref[c][i][j]) for c in shape.cells for i in range(k) for j in range(k))
            acc_res = max(abs(new_mem[c][i][j] - ref[c][i][j]) for c in P.results for i in range(k) for j in range(k))
            if checks:
                stated = Fraction(0)
                outside = []
                for c in shape.cells:
                    for i in range(k):
                        for j in range(k):
                            ball = enc[c][i][j]
                            stated = max(stated, upper(abs(ball - fraction_ball(Fraction(mpmath.nstr(ref[c][i][j],
                                                                                                     digits))))))
                            if not ball.overlaps(arb(mpmath.nstr(new_mem[c][i][j], digits))):
                                outside.append(f"{c}[{i},{j}]")
                            if abs(new_mem[c][i][j]) > _mpf(VALUE_BOX):
                                problems.append(f"loop {loop}: |{c}[{i},{j}]| exceeds {VALUE_BOX}")
                if outside:
                    problems.append(f"loop {loop}: the network leaves the enclosure at {', '.join(outside[:3])}")
                rows.append((loop, ins.f, ins.dst, float(local), float(step_bound), float(acc), float(acc_res),
                             float(stated)))
            else:
                rows.append((loop, ins.f, ins.dst, None, None, float(acc), float(acc_res), None))
            net_mem = new_mem
            if pc == P.halt_index and P.program[pc].p == pc and ins is P.program[pc]:
                halted = True
                break
            if problems:
                break
        direct = P.direct()
        final_gap = max((abs(ref[c][i][j] - direct[c][i][j]) for c in P.results if c in direct
                         for i in range(k) for j in range(k)), default=mpmath.mpf(0))
        final_err = max(abs(net_mem[c][i][j] - direct[c][i][j]) for c in P.results if c in direct
                        for i in range(k) for j in range(k))
        results = {c: [[mpmath.nstr(v, 20) for v in row] for row in net_mem[c]] for c in P.results}
        final_digits = mpmath.nstr(final_err, 30)
        direct_out = {c: [[mpmath.nstr(v, 20) for v in row] for row in (direct[c] if isinstance(direct[c], list)
                                                                          else direct[c].tolist())]
                      for c in direct}
    if halted and final_gap > mpmath.mpf(10) ** (-(digits - 10)):  # a program stopped early has no final result
        problems.append(f"the reference interpreter's results differ from the direct algorithm by "
                        f"{mpmath.nstr(final_gap, 5)}: the program does not implement the algorithm")
    if not halted and not problems:
        problems.append(f"did not halt within {max_loops} loops")
    lam = str(params["lam"]) if lam is None else lam
    data = {"program": program, "description": P.description, "size": size, "serial": serial, "lambda": str(lam),
            "digits": digits, "loops": len(rows), "n": shape.n, "d": lay.d, "layers": len(net.layers)}
    if checks:
        data["function_bounds"] = {f: {"certified": float(b["certified"]), "box": b["box"],
                                       "movement": float(move[f])} for f, b in bounds.items()}
        data["idle_movement_per_loop"] = float(idle)
    else:
        data["final_error_digits"] = final_digits
    data |= {"trajectory": {"columns": ["loop", "function", "dst", "local error", "step bound",
                                       "accumulated error (all cells)", "accumulated error (results)",
                                       "stated bound (enclosure)"], "rows": rows},
            "final_error_vs_direct": float(final_err), "results": results, "direct": direct_out,
            "seconds": round(time.perf_counter() - start, 2)}
    if problems:
        data["problems"] = problems[:10]
        if "cannot decide" in problems[0] or "did not halt" in problems[0]:
            # the check could not decide (an enclosure too wide, a loop budget): no divergence shown
            return Outcome(Status.UNKNOWN, f"{program}: {problems[0]}", data)
        data["counterexample"] = {"program": program, "size": size, "loop": len(rows), "problem": problems[0],
                                  "lambda": str(lam), "digits": digits, "serial": serial,
                                  "perturb": replay.get("perturb")}
        return Outcome(Status.REFUTED, f"{program}: {problems[0]}", data)
    if not checks:
        return Outcome(Status.SAMPLED_OK, f"{program}: {len(rows)} loops follow the reference's program counter; "
                       f"final error vs the direct algorithm {float(final_err):.3g} (per-step checks skipped)", data)
    worst_local = max(r[3] / r[4] for r in rows if r[4] > 0)
    return Outcome(Status.SAMPLED_OK, (
        f"{program}: {len(rows)} loops on the {len(net.layers)}-layer machine (mpmath {digits} digits, λ = {lam}) "
        f"agree with the reference step by step; final error vs the direct algorithm {float(final_err):.3g}, "
        f"inside the Arb enclosure built from the certified per-step bounds (stated bound at the end "
        f"{rows[-1][7]:.3g}); worst local error / its certified bound = {worst_local:.3g}"), data)
