"""The worker thread's safety rules (see gdstudio/engine/worker.py and garbage.py)."""

import gc
import weakref

from gdstudio.assets import default_dataset
from gdstudio.engine import worker as worker_module
from gdstudio.engine.controller import Controller
from gdstudio.engine.garbage import GuiGarbageCollector


class Node:
    pass


def test_garbage_is_collected_only_on_the_gui_thread_between_events(qapp, qtbot):
    # An automatic collection once ran in the worker thread, once inside a QObject's destructor: it
    # destroyed dead Qt objects there and deadlocked. Off once a worker exists, and it stays off after.
    controller = Controller(default_dataset())
    controller.shutdown()
    assert not gc.isenabled()
    collector = GuiGarbageCollector.install()
    assert GuiGarbageCollector.install() is collector and collector.thread() is qapp.thread()
    freed = []
    node = Node()
    node.me = node  # a cycle: only the collector frees it
    probe = weakref.ref(node, lambda ref: freed.append(ref))
    del node
    new_objects = [Node() for _ in range(1000)]  # more than generation 0's threshold
    qtbot.waitUntil(lambda: bool(freed), timeout=2000)  # its timer, on the GUI thread
    assert probe() is None and not gc.isenabled()
    del new_objects


def test_requests_made_stale_in_the_queue_are_skipped(qapp, monkeypatch):
    controller = Controller(default_dataset())
    try:
        computed = []
        monkeypatch.setattr(worker_module, "run_tasks", lambda request: computed.append(request.generation) or ())
        worker = controller.player._workers.worker
        worker.latest_generation = 5
        worker.on_request(worker_module.StepRequest(4, (), 10, None, False))  # stale: skipped
        worker.on_request(worker_module.StepRequest(5, (), 10, None, False))
        assert computed == [5]
    finally:
        controller.shutdown()
