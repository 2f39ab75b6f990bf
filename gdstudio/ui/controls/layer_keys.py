"""Keys for the teaching layers and the sampling, so that the presentation layout (F5), which hides
the panels' check boxes, loses nothing: Q squared residuals, D points as lines (duality),
A the gradient arrows, V the valley's axes (eigen-directions), M the next sampling mode
(batch → mini-batch → SGD), Shift+M the three racing (and back to one run)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

from gdstudio.core.document import GradientField
from gdstudio.core.sampling import Sampling
from gdstudio.engine.controller import Controller
from gdstudio.i18n import translate

SAMPLING_ORDER = (Sampling.BATCH, Sampling.MINIBATCH, Sampling.SGD)


class LayerKeys(QObject):
    def __init__(self, window, controller: Controller) -> None:
        super().__init__(window)
        self.window, self.controller = window, controller
        self._checks: dict[str, object] = {}
        self._race: QAction | None = None
        controller.sig_view_changed.connect(self._on_view_changed)
        controller.sig_settings_changed.connect(self._on_settings_changed)

    def build_menu(self, menu) -> None:
        """The Layers menu (View → Layers) and the sampling entry; rebuilt with the other menus."""
        w = self.window
        self._checks = {}
        for field, text, key in (("squared_residuals", translate("LayerKeys", "&Squared residuals"), "Q"),
                                 ("constraint_lines", translate("LayerKeys", "&Points as lines"), "D"),
                                 ("gradient_field", translate("LayerKeys", "&Gradient arrows (−∇E)"), "A"),
                                 ("eigen_directions", translate("LayerKeys", "&Valley axes (eigen-directions)"), "V")):
            action = w.add_action(menu, text, lambda on, f=field: self.set_layer(f, on), [key])
            action.setCheckable(True)
            self._checks[field] = action
        menu.addSeparator()
        w.add_action(menu, translate("LayerKeys", "Next &sampling: batch → mini-batch → SGD"), self.next_sampling,
                     ["M"])
        self._race = w.add_action(menu, translate("LayerKeys", "&Race the sampling modes"), self.race_sampling,
                                  ["Shift+M"], translate("LayerKeys", "Batch, mini-batch and SGD from the same start, "
                                                                      "on equal numbers of data points"))
        self._race.setCheckable(True)
        self._on_view_changed()
        self._on_settings_changed()

    def set_layer(self, field: str, on: bool) -> None:
        value = (GradientField.DESCENT if on else GradientField.OFF) if field == "gradient_field" else on
        self.controller.set_layers(**{field: value})

    @Slot()
    def next_sampling(self) -> None:
        sampler = self.controller.sampler
        following = SAMPLING_ORDER[(SAMPLING_ORDER.index(sampler.mode) + 1) % len(SAMPLING_ORDER)]
        self.controller.set_sampler(replace(sampler, mode=following))

    @Slot(bool)
    def race_sampling(self, on: bool) -> None:
        """Start the race of samplings, or end it (one run again, with the sampling chosen before)."""
        self.controller.race_sampling() if on else self.controller.end_sampling_race()

    @Slot()
    def _on_settings_changed(self) -> None:
        if self._race is not None:
            self._race.setChecked(self.controller.racing_sampling)

    @Slot()
    def _on_view_changed(self) -> None:
        layers = self.controller.layers
        for field, action in self._checks.items():
            value = getattr(layers, field)
            action.setChecked(value is not GradientField.OFF if field == "gradient_field" else bool(value))
