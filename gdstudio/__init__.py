"""gdstudio: teach gradient descent live on a classroom projector."""

__version__ = "0.1.0"
