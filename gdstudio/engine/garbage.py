"""Python's cyclic garbage collector, run only where it cannot deadlock Qt.

An automatic collection runs wherever an allocation happens to cross the threshold, and when it
frees a dead Qt object (an old window, a rebuilt menu, a finished controller) it runs that object's
C++ destructor right there. Two places deadlocked:
- the worker thread: QObject::~QObject waited for the GIL there while the GUI thread, holding the
  GIL, waited for the same Qt mutex;
- inside another QObject's destructor, on the GUI thread: while Qt destroys an object it calls
  virtuals that PySide looks up in Python, the lookup allocates, the collection it triggers destroys
  a second QObject, and that one waits forever for the mutex the first destructor holds (seen as a
  test that hung on return with no Python frame below it; gdb showed ~QObject inside ~QObject).
So once a Qt application exists, automatic collection is off for good, and a timer on the GUI
thread collects by generation, between events, where no destructor is running (as pyqtgraph's
GarbageCollector does).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot


class GuiGarbageCollector(QObject):
    _installed: GuiGarbageCollector | None = None

    @classmethod
    def install(cls, interval_ms: int = 500) -> GuiGarbageCollector:
        """The one collector of this process, on the application's thread (made on the first call)."""
        if cls._installed is None:
            app = QCoreApplication.instance()
            if app is None:
                raise RuntimeError("the garbage collector needs a Qt application")
            cls._installed = cls(app, interval_ms)
        return cls._installed

    def __init__(self, app: QCoreApplication, interval_ms: int) -> None:
        super().__init__(app)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    @Slot()
    def collect_due(self) -> None:
        """Collect the oldest generation that is due (the younger ones come with it), as Python would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if all(counts[g] > self._threshold[g] for g in range(generation + 1)):
                gc.collect(generation)
                return
