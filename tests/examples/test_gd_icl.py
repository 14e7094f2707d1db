"""The von Oswald example plug-in: its proofs, its refutations, and that a broken layer is refuted."""
from __future__ import annotations

from fractions import Fraction

import sympy as sp

from tests.examples.conftest import require
from verify import Status

claims = require("gd_icl.claims")
network = require("gd_icl.network")


def test_one_layer_is_one_gradient_step():
    out = claims.gd_step(2, 2, 2)
    assert out.status == Status.PROVED and "every token" in out.summary


def test_summing_over_the_query_too_is_refuted_with_a_point_the_evaluator_confirms():
    out = claims.gd_step(1, 1, 2, keys="all", tokens="query")
    assert out.status == Status.REFUTED
    cex = out.data["counterexample"]
    assert Fraction(cex["expected"]) != Fraction(cex["network"]) and "eta" in cex["point"]


def test_with_w0_zero_and_an_empty_query_label_the_query_is_still_right():
    assert claims.gd_step(2, 1, 2, keys="all", w0="zero", query_y="zero", tokens="query").status == Status.PROVED


def test_the_wrong_learning_rate_scaling_is_refuted():
    assert claims.gd_step(1, 1, 2, scale="eta").status == Status.REFUTED
    assert claims.gd_step(1, 1, 1, scale="eta").status == Status.PROVED  # with N = 1 the two scalings agree


def test_the_inductive_step_holds_and_a_broken_layer_breaks_it(monkeypatch):
    assert claims.gd_loop_induction(1, 1, 2).status == Status.PROVED
    real = network.lsa_network

    def broken(dx, dy, N, keys="context", scale=None):  # the layer adds y instead of subtracting it
        net = real(dx, dy, N, keys, scale)
        head = net.layers[0].heads[0]
        V = sp.Matrix(head.V)
        V[dx:, dx:] = sp.eye(dy)
        from dataclasses import replace
        layer = replace(net.layers[0], heads=(replace(head, V=sp.ImmutableSparseMatrix(V)),))
        return replace(net, layers=(layer,))

    monkeypatch.setattr(claims, "lsa_network", broken)
    assert claims.gd_step(1, 1, 2).status == Status.REFUTED
    assert claims.gd_loop_induction(1, 1, 2).status == Status.REFUTED
