"""``python -m verify prove``: prove the SUBLEQ loop at one size, block by block, and show any counterexample."""
from __future__ import annotations

import sys
import time

from constructions.giannou2023 import LAYER_NAMES, SubleqShape
from constructions.giannou2023.contracts import CONTRACT_TEXT
from constructions.giannou2023.variants import VARIANTS

from ..errors import EXIT_FAIL, EXIT_OK, EXIT_UNKNOWN, UsageError

__all__ = ["prove_command"]


def _shape(text: str) -> SubleqShape:
    try:
        return SubleqShape(*(int(v) for v in text.split(",")))
    except (TypeError, ValueError) as err:
        raise UsageError(f"--shape must be s,m,n,N with n a power of two (got {text!r}): {err}") from None


def prove_command(args) -> int:
    from proofs.giannou2023.proving import prove_chain, prove_layer

    shape = _shape(args.shape)
    if args.variant not in ("correct", *VARIANTS):
        raise UsageError(f"unknown variant {args.variant!r}; known: correct, {', '.join(VARIANTS)}")
    layers = range(10) if args.layer is None else [LAYER_NAMES.index(args.layer)]
    print(f"proving the SUBLEQ loop at {shape}, C = {args.C}, eps = {args.eps}, variant {args.variant}"
          + (", one-hot argmax" if args.one_hot else ""))
    worst, start = "PROVED", time.perf_counter()
    for i in layers:
        o = prove_layer([shape.s, shape.m, shape.n, shape.N], i, variant=args.variant, C=args.C, eps=args.eps,
                        one_hot=args.one_hot, keep_smt2=False, stop_on_failure=True)
        print(f"  {i + 1:2d} {LAYER_NAMES[i]:<17} {o.status.value:<8} {o.data.get('seconds', 0):6.2f} s  "
              f"{o.data.get('solver_queries', 0):4d} z3 queries")
        if o.status.value != "PROVED":
            worst = o.status.value
            _print_counterexample(o)
            break
    else:
        if args.layer is None and args.variant == "correct":
            o = prove_chain([shape.s, shape.m, shape.n, shape.N])
            print(f"     {'chain':<17} {o.status.value:<8} {o.data['seconds']:6.2f} s  contracts 1-10 = one SUBLEQ step")
            worst = o.status.value
    print(f"{worst} in {time.perf_counter() - start:.1f} s")
    sys.stdout.flush()
    return {"PROVED": EXIT_OK, "REFUTED": EXIT_FAIL}.get(worst, EXIT_UNKNOWN)


def _print_counterexample(o) -> None:
    cex = o.data.get("counterexample")
    print(f"  {o.summary}")
    if not cex:
        return
    if not cex.get("reachable"):
        print(f"  {cex['note']}")
        return
    rows = [cex]
    if isinstance(cex.get("loop_level"), dict):
        rows.append(cex["loop_level"])
    print("  block            field                                       expected  actual  input")
    for r in rows:
        i = r["input"]
        print(f"  {r['layer']:<16} {r['cell']:<43} {r['expected']:>8}  {r['actual']:>6}  pc {i['pc']}: "
              f"{i['instruction at pc']}, mem[a] = {i['mem[a]']}, mem[b] = {i['mem[b]']}")
    last = rows[-1]
    print(f"  contract: {CONTRACT_TEXT.get(cex['layer'], '')}")
    print(f"  replay: exact: {last['replay']['exact']}")
    if "float64 (lambda = 10)" in last["replay"]:
        print(f"          float64: {last['replay']['float64 (lambda = 10)']}")
    print(f"  state (JSON): {last['state']}")
