"""Qt's own translation (standard buttons, context menus): found where PySide6 ships it (also inside the
standalone bundle), and said once on stderr when it is missing, so a broken bundle shows."""

from __future__ import annotations


def test_a_missing_qt_translation_is_said_once(qapp, monkeypatch, tmp_path, capsys):
    from gdstudio import i18n

    class NoTranslations:
        LibraryPath = i18n.QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which):
            return str(tmp_path)

    monkeypatch.setattr(i18n, "QLibraryInfo", NoTranslations)
    monkeypatch.setattr(i18n, "_qt_missing", set())
    assert i18n._qt_translator("ja") is None
    assert i18n._qt_translator("ja") is None
    err = capsys.readouterr().err
    assert err.count("translation qtbase_ja.qm is missing") == 1 and str(tmp_path) in err
    assert i18n._qt_translator("en") is None and capsys.readouterr().err == ""  # English needs none


def test_qt_translation_is_found_where_pyside_ships_it(qapp, capsys):
    from gdstudio import i18n

    assert i18n._qt_translator("ja") is not None
    assert "missing" not in capsys.readouterr().err
