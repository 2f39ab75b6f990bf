"""Sessions ↔ the controller: what a session file holds of the live app, and putting it back.

A session (gdstudio.core.session) is plain validated values; the controller holds the
live objects. `session_from_controller` takes the data, the model and optimizer settings,
the start point, the view toggles and the speed; `apply_session` puts them back without
recording an edit (opening a file is not an undoable edit), restarts the runs from the
session's start point and lets the views refit to the data.
"""

from __future__ import annotations

import dataclasses

from gdstudio.controller import Controller, Snapshot
from gdstudio.core.session import Session
from gdstudio.core.standardize import Standardize


def session_from_controller(controller: Controller, theme: str | None = None) -> Session:
    """The controller's state as a Session (SessionError if some value cannot be stored); the theme
    is the one in use unless given."""
    from gdstudio.ui import style

    theme = theme or style.THEME.name
    snap = controller.snapshot()
    return Session.from_objects(
        snap.data, loss_form=snap.loss_form, lr=snap.lr, start=snap.start, sampler=snap.sampler,
        optimizers=snap.optimizers, optimizer_params={key: dict(values) for key, values in snap.params},
        schedule=snap.schedule, speed=controller.speed, view=controller.view, theme=theme,
        standardize=snap.standardize.value,
    )


def snapshot_from_session(session: Session, base: Snapshot | None = None) -> Snapshot:
    """The controller snapshot a session describes (data and settings; not view or speed).
    Settings a session file does not hold keep their values in `base` (their defaults without one)."""
    params = tuple(sorted((key, tuple(sorted(values.items()))) for key, values in session.optimizer_settings().items()))
    fields = dict(data=session.to_dataset(), lr=session.lr, loss_form=session.to_loss_form(),
                  start=tuple(session.start), sampler=session.to_sampler(), schedule=session.to_schedule(),
                  optimizers=tuple(session.optimizers), params=params,
                  standardize=Standardize(session.standardize))
    return Snapshot(**fields) if base is None else dataclasses.replace(base, **fields)


def apply_session(controller: Controller, session: Session) -> None:
    """Make the controller show the session: data, settings, view and speed; runs restart
    from the session's start point and the views refit. Not recorded as an edit."""
    controller.pause()
    controller.restore(snapshot_from_session(session, controller.snapshot()))
    controller.set_view(**dict(session.view))
    controller.set_speed(session.speed)
    controller.reset()
    controller.sig_data_loaded.emit()
