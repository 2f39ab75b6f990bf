"""SteadyLabel: text that changes every frame without laying the window out again."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gdstudio.ui.style import SteadyLabel


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_new_text_of_the_usual_width_causes_no_relayout(qtbot, qapp):
    parent = QWidget()
    qtbot.addWidget(parent)
    label = SteadyLabel("-0.00000")
    QVBoxLayout(parent).addWidget(label)
    parent.show()
    label.setText("1.2345")
    qapp.processEvents()
    width = label.width()
    requests = LayoutRequests()
    parent.installEventFilter(requests)
    for text in ("2.5", "-0.12345", "17", "0.99999"):
        label.setText(text)
        qapp.processEvents()
    assert requests.count == 0 and label.width() == width and label.text() == "0.99999"


def test_a_longer_text_widens_it_once_and_is_never_clipped(qtbot, qapp):
    label = SteadyLabel("-0.00000")
    qtbot.addWidget(label)
    label.setText("1.2")
    narrow = label.width()
    label.setText("-1.2346e-300")
    assert label.width() > narrow and label.width() >= label.fontMetrics().horizontalAdvance("-1.2346e-300")
    label.setText("1.2")
    assert label.width() > narrow  # it does not shrink back (no jitter)
