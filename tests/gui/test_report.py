"""The site report: a PDF of every module for a range, in English or Chinese."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from fourgmon.domain.calibration import Calibration, CalibrationRow, CalibrationTable
from fourgmon.gui.report import gather, write_pdf
from fourgmon.store import Store
from fourgmon.store import history as h
from tests.store.history_data import ALIAS_A, IMEI_A, IMEI_B, T0, Site, build_site

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (packaging/system-packages.txt, role test) not installed",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return build_site(tmp_path_factory.mktemp("report") / "data")


@pytest.fixture
def store(site: Site) -> Iterator[Store]:
    s = Store.open(site.data_dir, readonly=True)
    yield s
    s._close_readers()


CALIBRATION = CalibrationTable(
    [CalibrationRow("*", k, Calibration(0.01, -100.0, "kPa")) for k in range(9)]
)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_gather_has_every_module_with_its_completeness_and_alarms(store: Store, site: Site) -> None:
    data = gather(store, T0 - 60, site.end, CALIBRATION)
    assert [m.device.imei for m in data.modules] == [IMEI_A, IMEI_B]
    a = data.modules[0]
    assert a.device.alias == ALIAS_A
    assert a.completeness.lost == 5 and a.completeness.received == len(site.packets[IMEI_A])
    assert sorted(a.trend) == list(range(9))
    assert [c.kind for c in a.commands] == ["version"]
    assert [e.fields["version"] for e in a.versions if e.kind == h.VERSION] == ["1.2.0", "1.3.0"]
    assert a.calibration[0].unit == "kPa"
    assert sorted(x.kind for x in data.alarms) == ["offline", "sensor_offline"]
    # a range before anything happened: no alarms in it
    assert gather(store, T0 - 7200, T0 - 3600, CALIBRATION).alarms == []


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_pdf_names_every_module_and_renders(
    store: Store, site: Site, tmp_path: Path, lang: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"report-{lang}.pdf"
    write_pdf(gather(store, T0 - 60, site.end, CALIBRATION), path, lang)
    text = pdf_text(path)
    for imei in (IMEI_A, IMEI_B):
        assert text.count(imei) >= 2, imei  # the summary and its own section
    assert ALIAS_A.replace(" ", "") in text.replace(" ", "")  # Chinese glyphs came through
    assert "PM9 1.3.0" in text and "89860000000000000001" in text
    received = len(site.packets[IMEI_A])
    assert f"{received} / {received + 5}" in text
    if lang == "en":
        assert "Site report" in text and "Command history" in text
        assert "module offline" in text
    else:
        assert "模块离线" in text  # alarm kinds in Chinese
        assert "查询版本" in text  # the command's name
        assert text.lstrip().startswith("现场报告") and "命令记录" in text
    # render the first page and check it is a real page (text, tables, plots)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "2", str(path), str(tmp_path / "page")],
        check=True,
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 2
    image = QImage(str(pages[0]))
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert len(colours) > 20  # not blank: text, table shading, plot bands


def test_an_unwritable_path_is_an_oserror(store: Store, site: Site, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_pdf(gather(store, T0, site.end, CALIBRATION), tmp_path / "no" / "r.pdf", "en")
