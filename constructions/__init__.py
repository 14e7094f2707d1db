"""The papers' networks, built from the layer model and layouts of :mod:`verify`."""
