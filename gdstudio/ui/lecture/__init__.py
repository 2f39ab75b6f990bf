"""Lecture mode's widgets: the caption strip, the clicker's keys and menu, the scene index."""
