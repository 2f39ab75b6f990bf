"""View state: what the pointer is over, the tab shown (and the derivative cuts with it), a lesson's
open question, what the loss curve's x axis counts, the attempt by hand, the message line.

It is not part of the Document: it is never undone and never written to a file."""

from __future__ import annotations

from enum import Enum

import numpy as np
from PySide6.QtCore import QObject, Signal

from gdstudio.core.lesson import Tab
from gdstudio.core.prediction import Prediction
from gdstudio.engine.hand_attempt import HandAttempt


class MessageLevel(Enum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"


class LossX(str, Enum):
    """What the loss curve's x axis counts."""

    STEPS = "steps"    # iterations: one per update
    POINTS = "points"  # data points used so far: batch, mini-batch and SGD compared fairly
    EPOCHS = "epochs"  # passes through the data (points used / N)


class ViewState(QObject):
    sig_hover_changed = Signal()   # the hovered data point or parameter-space position changed
    sig_cuts_changed = Signal()    # the derivative slices' cut lines shown or hidden
    sig_message = Signal(str, object)  # text ("" clears), MessageLevel
    sig_tab_changed = Signal(object)   # Tab: the bottom row's tab to show
    sig_prediction_changed = Signal()  # a lesson's question asked, guessed, revealed or put away
    sig_loss_x_changed = Signal()      # the loss curve's x axis counts something else
    sig_chain_rule_changed = Signal(bool)  # the Update tab shows the chain-rule table (True) or the rule

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hover_point = -1                   # data point under the mouse (in either panel), or -1
        self.hover_w: np.ndarray | None = None  # parameter-space position under the mouse
        self.slice_cuts = False                 # follows the Slices tab
        self.message: tuple[str, MessageLevel] = ("", MessageLevel.INFO)
        self.tab = Tab.VALUES
        self.prediction: Prediction | None = None  # a lesson's open question (clicks in parameter space answer it)
        self.loss_x = LossX.STEPS
        self.chain_rule = False                 # the Update tab's page: the chain-rule table instead of the rule
        self.by_hand = HandAttempt(self)        # the w dragged through by hand, beside the optimizer's

    def set_hover_point(self, index: int) -> None:
        if index != self.hover_point:
            self.hover_point = index
            self.sig_hover_changed.emit()

    def set_hover_w(self, w) -> None:
        w = None if w is None else np.array(w, dtype=float)
        same = (w is None and self.hover_w is None) or (
            w is not None and self.hover_w is not None and np.array_equal(w, self.hover_w))
        if not same:
            self.hover_w = w
            self.sig_hover_changed.emit()

    def set_slice_cuts(self, on: bool) -> None:
        if bool(on) != self.slice_cuts:
            self.slice_cuts = bool(on)
            self.sig_cuts_changed.emit()

    def set_tab(self, tab: Tab) -> None:
        if Tab(tab) is not self.tab:
            self.tab = Tab(tab)
            self.sig_tab_changed.emit(self.tab)

    def show(self, tab: Tab) -> None:
        """A lesson's tab: CHAIN is the Update tab on its chain-rule page, UPDATE the same tab on the rule."""
        tab = Tab(tab)
        if tab in (Tab.UPDATE, Tab.CHAIN):
            self.set_chain_rule(tab is Tab.CHAIN)
            tab = Tab.UPDATE
        self.set_tab(tab)

    @property
    def shown(self) -> Tab:
        """What show() would take to bring back the tab (and the Update tab's page) on screen now."""
        return Tab.CHAIN if self.tab is Tab.UPDATE and self.chain_rule else self.tab

    def set_loss_x(self, loss_x: LossX) -> None:
        if LossX(loss_x) is not self.loss_x:
            self.loss_x = LossX(loss_x)
            self.sig_loss_x_changed.emit()

    def set_chain_rule(self, on: bool) -> None:
        if bool(on) != self.chain_rule:
            self.chain_rule = bool(on)
            self.sig_chain_rule_changed.emit(self.chain_rule)

    def set_prediction(self, prediction: Prediction | None) -> None:
        if prediction != self.prediction:
            self.prediction = prediction
            self.sig_prediction_changed.emit()

    @property
    def wants_guess(self) -> bool:
        """A question is asked and not yet revealed: a click in parameter space is the class's guess."""
        return self.prediction is not None and not self.prediction.revealed

    def guess(self, w) -> None:
        if self.wants_guess:
            assert self.prediction is not None
            self.set_prediction(self.prediction.with_guess(w))

    def say(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        if (text, level) != self.message:
            self.message = (text, level)
            self.sig_message.emit(text, level)
