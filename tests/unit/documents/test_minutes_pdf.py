"""The minutes PDF: the meeting is in it, nothing internal is (checked on the PDF's text)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop.documents.minutes import write_minutes_pdf
from tests.unit.services.test_minutes_and_questions import MARK, planted_note


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_minutes_pdf_has_the_meeting_and_none_of_the_internal_fields(services, language, tmp_path):
    note_id, _ = planted_note(services)
    target = tmp_path / "minutes.pdf"
    data = write_minutes_pdf(services.minutes.build(note_id, language), target)
    assert target.read_bytes() == data
    text = pdf_text(data)
    assert MARK not in text.replace(" ", "").replace("\n", "")
    for word in ("opponent", "反对"):
        assert word not in text
    flat = text.replace("\n", "").replace(" ", "")
    for shown in ("华东精密制造集团", "李敏", "三个工厂", "每月延误交付约12单", "移动端报工", "发送二期方案"):
        assert shown in flat
    assert ("会议纪要" in flat) == (language == "zh_CN")
    assert ("期望的成果" in flat) == (language == "zh_CN") and "Need-payoff" not in flat
    assert ("第1页，共1页" in flat) == (language == "zh_CN")


def test_long_minutes_run_over_pages(services):
    from dataclasses import replace

    note_id, _ = planted_note(services)
    minutes = services.minutes.build(note_id)
    minutes = replace(minutes, discussed=minutes.discussed * 12)
    reader = PdfReader(io.BytesIO(write_minutes_pdf(minutes)))
    assert len(reader.pages) >= 2
    assert MARK not in pdf_text(write_minutes_pdf(minutes))
