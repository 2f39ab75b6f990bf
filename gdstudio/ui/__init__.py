"""Qt widgets: the main window, one module per panel, the controls."""
