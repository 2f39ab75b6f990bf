"""Qt without widgets: the Controller facade over the Document, the Player that paces the
steps on the worker thread, and the view state kept apart from the Document."""
