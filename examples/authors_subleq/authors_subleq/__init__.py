"""Worked example of weights written elsewhere: one SUBLEQ loop in the style of Giannou et al.'s official code.

``make_weights`` writes the float64 weights (column-0 constants as per-column
biases, no extra indicator row) and the layout file ``verify import`` reads,
from the formulas in the reference notes and without this repository's
construction code; ``machine`` decodes the authors' punchcard and checks the
imported network against the SUBLEQ reference step; ``claims`` proves it on
every valid state at small sizes and refutes a one-weight-mutated copy;
``plugin`` registers them through the ``looped_verify.papers`` entry point.
"""
