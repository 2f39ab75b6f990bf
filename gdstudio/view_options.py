"""Which teaching layers are shown. The controller holds one ViewOptions; panels read it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class GradientField(str, Enum):
    OFF = "off"
    DESCENT = "descent"  # −∇E: the way the optimizer goes
    ASCENT = "ascent"    # ∇E: the way E rises fastest


@dataclass(frozen=True)
class ViewOptions:
    constraint_lines: bool = False   # each point (xᵢ, yᵢ) as the line w0 + w1·xᵢ = yᵢ in parameter space
    squared_residuals: bool = False  # residuals drawn as squares: their total area is 2E
    gradient_field: GradientField = GradientField.OFF
    slice_cuts: bool = False         # the two cut lines of the derivative slices on the surface
    race_lines: bool = True          # in a race, every run's line in the data panel (else the first only)

    def __post_init__(self) -> None:  # Qt item data hands enums back as plain strings
        object.__setattr__(self, "gradient_field", GradientField(self.gradient_field))
