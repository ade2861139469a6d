"""Minutes and partner updates: a sender block, headings kept with their text, every font
embedded (no Helvetica), one amount style and a fee column at body size."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.documents.minutes import write_minutes_pdf
from desktop.documents.partner_update import render_update
from desktop.domain.briefing import SellerProfileRecord
from tests.documents_checker import read_pages
from tests.unit.documents.helpers import pdf_pages, pdffonts
from tests.unit.services.test_minutes_and_questions import planted_note

PROFILE = SellerProfileRecord(language="zh_CN", company_name="智衡工业软件", seller_name="王磊",
                              seller_title="大客户经理", phone="139 1234 5678",
                              email="wanglei@zhiheng.example.cn", wechat="wanglei_zh")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_minutes_carry_a_sender_block_and_embed_every_font(services, language, tmp_path):
    services.seller_profile.save(PROFILE)
    note_id, _ = planted_note(services)
    path = tmp_path / "minutes.pdf"
    first = pdf_pages(write_minutes_pdf(services.minutes.build(note_id, language), path))[0]
    flat = first.replace(" ", "")
    assert ("发件人：王磊·大客户经理·智衡工业软件" if language == "zh_CN" else
            "From:王磊·大客户经理·智衡工业软件") in flat
    assert "13912345678" in flat and "wanglei@zhiheng.example.cn" in flat
    fonts = pdffonts(str(path))
    assert fonts and all(row[0].split("+")[-1].startswith("DealbriefSans") for row in fonts)
    assert all(row[-5] == "yes" for row in fonts)


def test_minutes_without_a_profile_have_no_empty_sender_block(services):
    note_id, _ = planted_note(services)
    text = "".join(pdf_pages(write_minutes_pdf(services.minutes.build(note_id, "zh_CN"))))
    assert "发件人" not in text


def test_a_minutes_heading_never_ends_a_page(services):
    note_id, _ = planted_note(services)
    minutes = services.minutes.build(note_id, "zh_CN")
    headings = {"沟通内容", "现状", "存在的问题", "带来的影响", "期望的成果", "对产品的意见", "后续安排"}
    for repeat in range(3, 14):
        long = replace(minutes, discussed=minutes.discussed * repeat)
        pages = read_pages(write_minutes_pdf(long))
        for page in pages[:-1]:
            body = [line for line in page.lines
                    if line.words[0].y1 < page.height - 16 * 72 / 25.4]
            last = "".join(w.text for w in body[-1].words)
            assert last not in headings, (repeat, page.number, last)


def test_the_partner_update_has_a_sender_one_amount_style_and_readable_fees(demo_services):
    from sqlmodel import select

    from desktop.storage.tables import Contact, Partner

    with demo_services.book.reading() as s:
        partner_id = s.exec(select(Partner.id).join(Contact, Contact.id == Partner.contact_id)
                            .where(Contact.name == "钱斌")).one()
    update = demo_services.partner_updates.build(partner_id, "zh_CN")
    pdf = render_update(update)
    text = "".join(pdf_pages(pdf)).replace(" ", "")
    assert "发件人：" in text
    assert "¥16,000" in text and "万" not in text.split("您的费用")[-1]  # no ¥1.6万 beside ¥5,000
    fee_words = [w for p in read_pages(pdf) for w in p.words if "介绍费" in w.text
                 or "成交佣金" in w.text]
    assert fee_words and min(w.size for w in fee_words) >= 9  # body size, not the small style
