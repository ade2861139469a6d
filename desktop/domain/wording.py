"""Sentences joined the way each language writes them: a space after an English full stop,
nothing after a Chinese one (。 already spaces the text)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.language import is_chinese

_ZH_ENDS = "。！？；…"


def join_sentences(sentences: Iterable[str], language: str) -> str:
    """Join full sentences for `language` ("zh_CN" or "en"); empty ones are left out.

    A Chinese sentence without its closing mark gets "。", so the next one never runs on."""
    parts = [s.strip() for s in sentences if s and s.strip()]
    if not is_chinese(language):
        return " ".join(parts)
    return "".join(p if p.endswith(tuple(_ZH_ENDS)) or i == len(parts) - 1 else p + "。"
                   for i, p in enumerate(parts))
