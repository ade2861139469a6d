"""Translations: Qt's own base translation plus the app's, one .qm per area of the app.

The .ts sources live in resources/translations/ as <area>_<lang>.ts (area = a folder or module of
desktop/ui); scripts/i18n.py runs lupdate/lrelease. English is the source language; the en files
hold only plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.language import LANGUAGES, is_chinese
from desktop.resources import resource


def system_language() -> str:
    name = QLocale.system().name()
    return "zh_CN" if is_chinese(name) else "en"


def resolve_language(chosen: str | None) -> str:
    return chosen if chosen in LANGUAGES else system_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's base translation and every app .qm for `language`; returns them (keep a ref)."""
    translators: list[QTranslator] = []
    base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if base.load(QLocale(language), "qtbase", "_", qt_dir):
        translators.append(base)
    for qm in sorted(resource("translations").glob(f"*_{language}.qm")):
        tr = QTranslator(app)
        if tr.load(str(qm)):
            translators.append(tr)
    for tr in translators:
        app.installTranslator(tr)
    QLocale.setDefault(QLocale(language))
    return translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for tr in translators:
        app.removeTranslator(tr)
    QLocale.setDefault(QLocale.system())


def current_language() -> str:
    """The language the UI is shown in ("zh_CN" or "en"): documents follow it by default."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
