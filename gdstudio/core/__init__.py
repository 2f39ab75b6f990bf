"""Pure-numpy core of gdstudio: data, the linear model and its error, gradient descent.

Nothing in this package may import Qt or pyqtgraph (tests/core/test_no_qt.py checks it),
so every piece can be tested, scripted and benchmarked without a display.
"""
