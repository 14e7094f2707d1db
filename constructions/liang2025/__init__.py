"""Liang et al. 2025 (arXiv 2410.09375 v2): a looped ReLU-MLP SUBLEQ computer, reconstructed from secondary sources."""
