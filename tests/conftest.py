"""Test setup shared by every test: no display needed, and no thread may outlive a test."""

import os

# Must be set before any QApplication exists: there is no display on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
