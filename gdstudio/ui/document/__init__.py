"""The document's life: files, sessions, export, undo, autosave and recovery."""
