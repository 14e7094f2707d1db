"""Worked example of a plug-in written as a user would: von Oswald et al. 2023, Proposition 1.

``network`` builds the linear self-attention layer with the engine's layer
model; ``claims`` states what it computes and proves it exactly with the
engine's sympy forward pass; ``plugin`` registers both through the
``looped_verify.papers`` entry point (see this folder's ``pyproject.toml``).
"""
