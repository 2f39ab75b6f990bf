"""The controls: the control bar, the settings row, the layer toggles and the optimizer dialogs."""
