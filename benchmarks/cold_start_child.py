"""Child process for the cold-start benchmark: build the window as gdstudio.app does, render it once, exit.

argv[1] is the parent's time.perf_counter() just before it started this process. On Linux,
perf_counter is CLOCK_MONOTONIC, shared by all processes, so the difference measures from
process start (interpreter start-up and every import included) to the first rendered frame.
Prints "<seconds to first frame> <seconds spent importing>" and exits without teardown.

Deliberately imports nothing from the benchmarks folder: the import cost is the app's alone.
"""

import os
import sys
import time

T_LAUNCH = float(sys.argv[1]) if len(sys.argv) > 1 else time.perf_counter()
T_MAIN = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from gdstudio.assets import default_dataset
    from gdstudio.engine.controller import Controller
    from gdstudio.ui.main_window import MainWindow
    from gdstudio.ui.style import configure_pyqtgraph

    t_imported = time.perf_counter()
    app = QApplication(sys.argv[:1])
    configure_pyqtgraph()
    controller = Controller(default_dataset())
    window = MainWindow(controller)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    image = window.grab()  # every widget painted once, into a pixmap
    t_painted = time.perf_counter()
    ok = not image.isNull()
    print(f"{t_painted - T_LAUNCH:.6f} {t_imported - T_MAIN:.6f} {int(ok)}", flush=True)
    controller.shutdown()
    os._exit(0 if ok else 1)  # the benchmark ends at the first frame; skip Qt's teardown


if __name__ == "__main__":
    main()
