"""Claims about Liang et al. 2025 (arXiv 2410.09375 v2), the looped ReLU-MLP computer."""
