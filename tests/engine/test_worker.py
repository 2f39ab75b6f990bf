"""The worker thread's safety rules (see gdstudio/worker.py)."""

import gc
import weakref

from gdstudio.assets import default_dataset
from gdstudio.engine import worker as worker_module
from gdstudio.engine.controller import Controller


class Node:
    pass


def test_garbage_is_collected_only_on_the_gui_thread_while_a_worker_lives(qapp):
    # A collection inside the worker thread once destroyed dead Qt objects there and deadlocked.
    assert gc.isenabled()
    first, second = Controller(default_dataset()), Controller(default_dataset())
    try:
        assert not gc.isenabled()
        freed = []
        node = Node()
        node.me = node  # a cycle: only the collector frees it
        probe = weakref.ref(node, lambda ref: freed.append(ref))
        del node
        collector = first.player._workers.collector
        collector._threshold = (0, 0, 0)
        collector.check()  # what its timer on the GUI thread does
        assert freed and probe() is None
        first.shutdown()
        assert not gc.isenabled()  # the second worker still runs
    finally:
        first.shutdown()
        second.shutdown()
    assert gc.isenabled()


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
