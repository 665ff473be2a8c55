"""Light / dark / system look. 'system' keeps the platform style's own palette.

The Fusion style with an explicit palette is used for forced light or dark,
so the result is the same on every platform (and in offscreen screenshots).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

THEMES = ("system", "light", "dark")
_system_palette: QPalette | None = None
_system_style: str | None = None


def dark_palette() -> QPalette:
    """A neutral dark palette with enough contrast for tables and plots."""
    p = QPalette()
    roles = QPalette.ColorRole
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#e6e6e6")
    for role, color in (
        (roles.Window, window),
        (roles.WindowText, text),
        (roles.Base, base),
        (roles.AlternateBase, QColor("#262626")),
        (roles.ToolTipBase, QColor("#3a3a3a")),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, QColor("#8c8c8c")),
        (roles.Text, text),
        (roles.Button, QColor("#353535")),
        (roles.ButtonText, text),
        (roles.BrightText, QColor("#ff6e6e")),
        (roles.Highlight, QColor("#2f65ca")),
        (roles.HighlightedText, QColor("#ffffff")),
        (roles.Link, QColor("#6fa8ff")),
        (roles.Mid, QColor("#454545")),
        (roles.Dark, QColor("#191919")),
        (roles.Light, QColor("#505050")),
    ):
        p.setColor(role, color)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        p.setColor(disabled, role, QColor("#7a7a7a"))
    return p


INDICATOR_FRAME = QColor("#9a9a9a")  # an unticked box on the dark Window colour, clearly


class DarkFusion(QProxyStyle):
    """Fusion with check boxes and radio buttons whose frame shows on a dark palette.

    Fusion draws their frame a shade darker than the window colour: on the dark theme's
    #2b2b2b that is near black on near black, and an unticked box all but vanishes.
    This draws Fusion's indicator, then a light frame over its edge.
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: Any,
        painter: QPainter,
        widget: Any = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        box = element == QStyle.PrimitiveElement.PE_IndicatorCheckBox
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not (box or radio):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, radio)
        frame = QColor(INDICATOR_FRAME)
        if not option.state & QStyle.StateFlag.State_Enabled:
            frame = frame.darker(160)
        painter.setPen(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect.adjusted(0, 0, -1, -1)
        if radio:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to 'system', 'light' or 'dark'."""
    global _system_palette, _system_style
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _system_style = app.style().name()
    if theme == "dark":
        app.setStyle(DarkFusion())
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setStyle("Fusion")
        app.setPalette(light_palette())
    else:
        if _system_style:
            app.setStyle(_system_style)
        app.setPalette(_system_palette)


def is_dark(palette: QPalette) -> bool:
    """True when the window background is darker than its text."""
    roles = QPalette.ColorRole
    return palette.color(roles.Window).lightness() < palette.color(roles.WindowText).lightness()
