"""Languages: the shipped catalogues load and the window retranslates live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from fourgmon.gui.device_model import Col
from fourgmon.gui.i18n import LanguageManager, normalize_language, resource_path
from tests.gui.conftest import settle, window_on_server


def test_catalogues_are_shipped() -> None:
    for name in ("fourgmon_zh_CN", "fourgmon_en"):
        assert resource_path("translations", name + ".ts").is_file()
        assert resource_path("translations", name + ".qm").is_file()
    assert resource_path("icons", "fourgmon.svg").is_file()


def test_normalize_language() -> None:
    assert normalize_language("zh_CN") == "zh"
    assert normalize_language("en-US") == "en"
    assert normalize_language("fr") is None
    assert normalize_language(None) is None


def test_switching_to_chinese_retranslates_the_window(
    run, qapp: QApplication, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    languages = LanguageManager(qapp)
    languages.set_language("en")

    async def scenario() -> None:
        async with window_on_server(tmp_path / "data", languages) as h:
            w = h.window
            info = w.findChild(QPushButton, "btnInfo")
            assert info is not None and info.text() == "Query info"
            w.language_actions["zh"].trigger()
            await settle()
            assert languages.language == "zh"
            assert info.text() == "查询信息"
            assert w.findChild(QPushButton, "btnUpdate").text() == "固件升级…"
            assert w.findChild(QPushButton, "btnTimeSync").text() == "时间同步"
            header = w.model.headerData(Col.ALIAS, Qt.Orientation.Horizontal)
            assert header == "别名"
            # Issue 10 §4: "适配" read oddly for the plots' one-off auto range.
            assert w.plot_panel.fit_button.text() == "自动缩放"
            assert w.message_log.follow_box.text() == "跟随所选"
            assert QSettings().value("ui/language") == "zh"  # persisted
            w.language_actions["en"].trigger()
            await settle()
            assert info.text() == "Query info"

    try:
        run(scenario())
    finally:
        languages.set_language("en")


def test_initial_language_prefers_cli_then_persisted(qapp: QApplication) -> None:
    languages = LanguageManager(qapp)
    QSettings().setValue("ui/language", "zh")
    assert languages.initial_language(None) == "zh"
    assert languages.initial_language("en") == "en"


def test_every_visible_string_has_a_chinese_translation() -> None:
    """Regenerating the .ts (pyside6-lupdate) after adding a string leaves it unfinished."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    ts = resource_path("translations", "fourgmon_zh_CN.ts")
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<numerusform></numerusform>" not in text  # plural forms must be filled too
    # And the .ts knows every tr() string in the GUI sources right now.
    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    out = root / "build" / "check_zh.ts"
    out.parent.mkdir(exist_ok=True)
    out.write_text(text, encoding="utf-8")
    sources = sorted(str(p) for p in (root / "fourgmon" / "gui").glob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(out)], check=True, capture_output=True
    )
    regenerated = out.read_text(encoding="utf-8")
    missing = re.findall(
        r"<source>([^<]*)</source>\s*<translation type=\"unfinished\"", regenerated
    )
    assert not missing, f"untranslated: {missing[:5]}"
