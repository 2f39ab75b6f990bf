"""The transport buttons' icons: shipped SVG shapes in the theme's text colour, as big as the text at
every size, crisp at 2×, and a Play button that keeps its width when it turns into Pause."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from gdstudio.engine.controller import RunState
from gdstudio.ui import style as S
from gdstudio.ui.controls.control_bar import buttons
from gdstudio.ui.widgets import icons
from tests.ui.conftest import wait_idle


@pytest.fixture(autouse=True)
def light_look_afterwards(qapp):
    yield
    S.apply_to_application(QApplication.instance(), S.Look())


def painted_colours(icon: QIcon, size: int, mode: QIcon.Mode = QIcon.Mode.Normal, ratio: float = 1.0) -> set[str]:
    """The colours of the fully opaque pixels of the icon's pixmap (its edges are antialiased)."""
    image = icon.pixmap(QSize(size, size), ratio, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    pixels = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    return {QColor.fromRgba(p).name() for p in pixels if QColor.fromRgba(p).alpha() == 255}


@pytest.mark.parametrize("name", icons.TRANSPORT + (icons.APP_ICON,))
def test_every_icon_is_a_valid_shipped_svg(name):
    assert icons.svg(name).isValid()


def test_a_missing_icon_says_so(qapp):
    with pytest.raises(ValueError, match="no-such-icon"):
        icons.svg("no-such-icon")


@pytest.mark.parametrize("theme", list(S.THEMES))
def test_buttons_icons_are_in_the_themes_text_colour(qtbot, window, theme):
    window.classroom.set_theme(theme)
    ink, muted = S.THEMES[theme].ink.lower(), S.THEMES[theme].muted.lower()
    controls = window.controls
    for button in (controls.play_button, controls.back_button, controls.step_button, controls.reset_button,
                   window.grid_search.start_button, window.grid_search.cancel_button):
        assert not button.icon().isNull(), button.text()
        size = button.iconSize().width()
        assert painted_colours(button.icon(), size) == {ink}, button.text()
        assert painted_colours(button.icon(), size, QIcon.Mode.Disabled) == {muted}, button.text()


def test_the_icon_follows_the_look_it_is_given(qapp):
    dark = S.Look.of("dark", 2.0)
    icon, size = icons.look_icon("reset", dark)
    assert painted_colours(icon, size.width()) == {S.THEMES["dark"].ink.lower()}
    assert size.width() == icons.button_icon_size(dark) > icons.button_icon_size(S.Look.of("light", 1.0))


def test_button_labels_carry_no_symbols(window):
    """The shapes are icons now; the labels are words (a symbol missing from a font is a box)."""
    c = window.controls
    assert [b.text() for b in (c.play_button, c.back_button, c.step_button, c.reset_button)] == [
        "Play", "Back", "Step", "Reset"]
    assert (window.grid_search.start_button.text(), window.grid_search.cancel_button.text()) == ("Start", "Cancel")


def test_icons_grow_with_the_size_setting(qtbot, window):
    normal = window.controls.play_button.iconSize().width()
    assert normal == icons.button_icon_size(window.look) > 8
    window.classroom.set_scale(1.5)
    assert window.controls.play_button.iconSize().width() == pytest.approx(1.5 * normal, abs=1.5)
    window.classroom.set_scale(3.0)
    assert window.controls.step_button.iconSize().width() == pytest.approx(3 * normal, abs=2)
    assert window.grid_search.start_button.iconSize().width() > window.controls.step_button.iconSize().width()


def test_icons_are_drawn_for_hidpi_not_scaled_up(qapp):
    size = 20
    icon = icons.themed_icon("play", size, "#000000", "#888888")
    pixmap = icon.pixmap(QSize(size, size), 2.0)
    assert pixmap.devicePixelRatio() == 2.0 and pixmap.size() == QSize(2 * size, 2 * size)
    rendered = icons.render(icons.svg("play"), size, 2.0, "#000000")
    assert pixmap.toImage() == rendered.toImage()  # the vector drawn at 40 px, not a 20 px pixmap enlarged


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_play_button_keeps_its_width_when_it_becomes_pause(qtbot, window, controller, scale):
    window.classroom.set_scale(scale)
    button = window.controls.play_button
    QApplication.processEvents()
    before = button.width()
    icon_before = button.icon().cacheKey()
    controller.set_speed(1)
    controller.play()
    assert controller.run_state is RunState.PLAYING
    qtbot.waitUntil(lambda: button.text() == "Pause")
    QApplication.processEvents()
    assert button.icon().cacheKey() != icon_before
    assert button.width() == before
    assert button.sizeHint().width() <= before  # "Pause" fits; it is not clipped
    controller.pause()
    wait_idle(qtbot, controller)
    assert button.text() == "Play" and button.width() == before


def test_play_button_fits_both_labels_in_japanese(qtbot, window, controller):
    from gdstudio import i18n

    try:
        window.resize(1920, 1080)  # (wide enough for the labels at 200 %, beside the Menu button)
        window.classroom.set_language("ja")
        window.classroom.set_scale(2.0)
        button = window.controls.play_button
        QApplication.processEvents()
        assert not window.controls.icons_only
        width = button.width()
        for _, text, _, _ in buttons().values():
            button.setText(text)
            assert button.sizeHint().width() <= width, text
    finally:
        i18n.install_language(QApplication.instance(), "en")


def test_app_icon_is_not_null(qapp):
    icon = icons.app_icon()
    assert not icon.isNull()
    assert QSize(256, 256) in icon.availableSizes()
