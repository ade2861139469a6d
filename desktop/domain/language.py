"""The two languages of the app and its documents, and the one way to pick a text by language."""

from __future__ import annotations

from typing import Literal

Language = Literal["zh_CN", "en"]
LANGUAGES: tuple[Language, ...] = ("zh_CN", "en")


def is_chinese(language: str) -> bool:
    """True for zh_CN (and any zh variant a system may report)."""
    return language.startswith("zh")


def pick(language: str, en: str, zh: str) -> str:
    """The text for `language`, falling back to the other one when it is empty."""
    if is_chinese(language):
        return zh or en
    return en or zh


class NamedInBothLanguages:
    """A record with `name_en` and `name_zh` (stages, roles, lost reasons): its name in a language."""

    name_en: str
    name_zh: str

    def name(self, language: str) -> str:
        return pick(language, self.name_en, self.name_zh)
