"""Resource lookup and the language switch (Qt translators, persisted choice).

Resources live in ``resources/`` next to the package in a source checkout, and
in ``<bundle>/resources`` in a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

# Language code -> the name shown in the Language menu (each in its own language,
# so a user who cannot read the current one still finds theirs).
LANGUAGES: dict[str, str] = {"en": "English", "zh": "简体中文"}
_QM_NAMES = {"en": "fourgmon_en", "zh": "fourgmon_zh_CN"}
_QT_QM_NAMES = {"zh": "qtbase_zh_CN"}
SETTINGS_KEY = "ui/language"


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (source checkout or PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root.joinpath("resources", *parts)


def system_language() -> str:
    """'zh' when the system locale is Chinese, else 'en'."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def normalize_language(lang: str | None) -> str | None:
    """Map 'zh_CN', 'zh-cn', 'ZH', 'en_US'... to a key of LANGUAGES, or None."""
    if not lang:
        return None
    key = lang.strip().lower().replace("-", "_").split("_")[0]
    return key if key in LANGUAGES else None


class LanguageManager:
    """Installs the translators of one language at a time; remembers the choice.

    Installing a translator makes Qt send ``QEvent.LanguageChange`` to every
    widget, which retranslates itself in ``changeEvent``.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def initial_language(self, requested: str | None) -> str:
        """--lang wins, then the persisted choice, then the system locale."""
        return (
            normalize_language(requested)
            or normalize_language(str(QSettings().value(SETTINGS_KEY, "") or ""))
            or system_language()
        )

    def set_language(self, lang: str, *, persist: bool = False) -> bool:
        """Switch to ``lang``; returns False (and keeps English) if its catalogue is missing."""
        lang = normalize_language(lang) or "en"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        ok = True
        app_qm = resource_path("translations", _QM_NAMES[lang] + ".qm")
        translator = QTranslator(self._app)
        if translator.load(str(app_qm)):
            self._installed.append(translator)
        elif lang != "en":
            ok = False
        qt_name = _QT_QM_NAMES.get(lang)
        if qt_name:
            qt_translator = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_translator.load(qt_name, qt_dir) or qt_translator.load(
                str(resource_path("translations", qt_name + ".qm"))
            ):
                self._installed.append(qt_translator)
        for t in self._installed:
            self._app.installTranslator(t)
        self.language = lang if ok else "en"
        if persist:
            QSettings().setValue(SETTINGS_KEY, self.language)
        return ok
