"""Shortcut lists without doubles: a platform's standard key may be the very key also listed by
hand (F11 is Linux's FullScreen), and one key on two bindings of an action makes Qt call the
shortcut ambiguous and ignore it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QKeySequence


def key_sequences(shortcuts: Iterable[str | QKeySequence.StandardKey | QKeySequence]) -> list[QKeySequence]:
    """Every binding of each shortcut (all of a standard key's, on this platform), each key once, in order."""
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys += QKeySequence.keyBindings(shortcut)
        else:
            keys.append(QKeySequence(shortcut))
    seen: set[str] = set()
    unique = []
    for key in keys:
        text = key.toString(QKeySequence.SequenceFormat.PortableText)
        if text and text not in seen:
            seen.add(text)
            unique.append(key)
    return unique
