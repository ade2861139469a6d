"""Every visible string has a zh_CN translation, and the compiled .qm files are up to date."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
i18n = importlib.util.module_from_spec(spec)
sys.modules["i18n_tool"] = i18n
spec.loader.exec_module(i18n)

pytestmark = pytest.mark.skipif(
    shutil.which(i18n.tool("pyside6-lupdate")) is None and not Path(i18n.tool("pyside6-lupdate")).exists(),
    reason="pyside6-lupdate is not installed",
)


@pytest.mark.parametrize("area", sorted(i18n.areas()))
def test_every_visible_string_has_a_chinese_translation(area, tmp_path):
    """lupdate the current sources into a scratch file and compare with the committed .ts."""
    fresh = i18n.run_lupdate(area, i18n.areas()[area], "zh_CN", folder=tmp_path)
    committed = i18n.ts_path(area, "zh_CN")
    assert committed.exists(), f"{committed.name} is missing: run scripts/i18n.py update"
    translated = {
        (ctx, src)
        for ctx, src, _msg, _tree in i18n.messages(committed)
    } - set(i18n.unfinished(committed))
    needed = {(ctx, src) for ctx, src, _msg, _tree in i18n.messages(fresh)}
    missing = sorted(needed - translated)
    assert not missing, f"{len(missing)} strings lack a zh_CN translation in {committed.name}: {missing[:10]}"


@pytest.mark.parametrize("ts", sorted((ROOT / "resources" / "translations").glob("*.ts")), ids=lambda p: p.name)
def test_compiled_translations_are_fresh(ts, tmp_path):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} missing: run scripts/i18n.py update"
    scratch = tmp_path / qm.name
    i18n.run_lrelease(ts, scratch)
    assert scratch.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run scripts/i18n.py update"


def test_translations_load_and_translate(qapp):
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("MainWindow", "Contacts") == "联系人"
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("MainWindow", "Contacts") == "Contacts"


@pytest.mark.parametrize("ts", sorted((ROOT / "resources" / "translations").glob("*_en.ts")), ids=lambda p: p.name)
def test_every_english_plural_has_its_singular_and_plural_form(ts):
    """Without them Qt shows the source: "3 row(s)", "1 new companies"."""
    missing = i18n.unfinished_plurals(ts)
    assert not missing, f"{ts.name}: %n strings without English forms: {missing[:10]}"


def test_english_plurals_read_naturally(qapp):
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    try:
        def tr(context: str, source: str, n: int) -> str:
            return QCoreApplication.translate(context, source, "", n)

        assert tr("ImportDialog", "%n new companies", 1) == "1 new company"
        assert tr("ImportDialog", "%n new companies", 3) == "3 new companies"
        assert tr("ImportDialog", "%1 with %n row(s). Check what will happen to each row, then import.", 3) \
            .startswith("%1 with 3 rows.")
        assert tr("DealTexts", "This stage still has %n deal(s). Move them to another stage first.", 1) \
            == "This stage still has 1 deal. Move it to another stage first."
    finally:
        remove_translators(qapp, translators)
