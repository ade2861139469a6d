"""The partner update: what it says (customer-safe stage words, last activity, next, fees) and
what it never says (planted markers in every internal field), in the text and in the PDF."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from desktop.documents.partner_update import render_update, update_text
from desktop.domain.deals import StakeholderRecord, Stance
from desktop.domain.people import ContactRecord
from desktop.storage.tables import CallNote, Company, NoteAttendee
from tests.builders import make_deal, move, set_amount

T0 = datetime(2026, 8, 1, 10, 0)
INTERNAL = (
    "deal.notes", "deal.competitors", "deal.lost_reason_text", "stage_change.comment",
    "stakeholder.cares_about", "stakeholder.personal_interests", "stakeholder.competitor_backed",
    "stakeholder.how_to_talk", "note.internal_notes", "note.risks", "note.competitors",
    "note.situation", "note.problem", "note.goal", "attendee.personal_interests",
    "attendee.stance_seen", "next_step.text", "partner.notes", "contact.notes", "company.notes",
)


def marker(field: str) -> str:
    return "LEAK" + field.replace(".", "").replace("_", "").upper()


@pytest.fixture
def referred(services):
    """A partner with three referred deals: one open with a rich history, one won, one lost."""
    sv = services
    p = sv.partners.mark(new_contact_name="钱斌")
    p = sv.partners.save(replace(p, finder_fee_kind="fixed", finder_fee_value=5000,
                                 success_fee_kind="percent", success_fee_value=5,
                                 remarks=marker("partner.notes")))
    open_deal = make_deal(sv, "华东精密制造集团", "数字化车间 MES", 1_280_000, at=T0, referrer_id=p.id)
    deal = sv.deals.get(open_deal)
    sv.deals.save(replace(deal, remarks=marker("deal.notes"), competitors=marker("deal.competitors")))
    sid = next(s.id for s in sv.pipeline.stages() if s.key == "solution")
    sv.deals.move_stage(open_deal, sid, marker("stage_change.comment"), at=datetime(2026, 9, 1, 9))
    contact = sv.contacts.save(ContactRecord(name="周总", remarks=marker("contact.notes")))
    sv.committee.save(StakeholderRecord(
        deal_id=open_deal, contact_id=contact.id, stance=Stance.OPPONENT,
        cares_about=marker("stakeholder.cares_about"),
        personal_interests=marker("stakeholder.personal_interests"),
        competitor_backed=marker("stakeholder.competitor_backed"),
        how_to_talk=marker("stakeholder.how_to_talk"),
    ))
    with sv.book.session() as s:
        company = s.get(Company, deal.company_id)
        company.remarks = marker("company.notes")
        note = CallNote(deal_id=open_deal, company_id=deal.company_id, occurred_at=datetime(2026, 10, 12, 14),
                        goal=marker("note.goal"), situation=marker("note.situation"),
                        problem=marker("note.problem"), risks=marker("note.risks"),
                        competitors=marker("note.competitors"), internal_notes=marker("note.internal_notes"),
                        created_at=T0, updated_at=T0)
        s.add(note)
        s.flush()
        s.add(NoteAttendee(note_id=note.id, contact_id=contact.id,
                           personal_interests=marker("attendee.personal_interests"),
                           stance_seen=marker("attendee.stance_seen")))
    sv.deals.add_next_step(open_deal, marker("next_step.text"), date(2026, 12, 1))
    won = make_deal(sv, "海天食品", "品控数据化", 320_000, stage="negotiation", at=T0, referrer_id=p.id)
    move(sv, won, "won", datetime(2026, 10, 30, 16))
    lost = make_deal(sv, "星河连锁", "门店收银", 500_000, stage="discovery", at=T0, referrer_id=p.id)
    reason = sv.pipeline.lost_reasons()[0].id
    lost_id = next(s.id for s in sv.pipeline.stages() if s.key == "lost")
    sv.deals.move_stage(lost, lost_id, lost_reason_id=reason,
                        lost_reason_text=marker("deal.lost_reason_text"), at=datetime(2026, 9, 20, 9))
    fee = next(f for f in sv.partners.fees(p.id) if f.deal_id == won and f.kind == "finder")
    sv.partners.record_payment(fee.id, 5000, date(2026, 8, 15))
    return p, open_deal, won, lost


def test_update_lists_each_deal_in_safe_words_with_last_activity_next_and_fees(services, referred):
    p, _open_deal, _won, _lost = referred
    update = services.partner_updates.build(p.id, "zh_CN")
    assert update.partner_name == "钱斌" and update.as_of == date(2026, 11, 20)
    by_customer = {i.customer: i for i in update.items}
    assert update.items[0].customer == "华东精密制造集团"  # open deals first
    mes = by_customer["华东精密制造集团"]
    assert (mes.status, mes.next) == ("方案评审中", "与客户确认方案价值")
    assert mes.last_activity == date(2026, 10, 12)  # the call note, after the stage move
    assert [(f.kind, f.status, f.amount) for f in mes.fees] == [("finder", "due", 5000), ("success", "pending", None)]
    assert by_customer["海天食品"].status == "已签约"
    assert [(f.kind, f.status, f.amount) for f in by_customer["海天食品"].fees] == [
        ("finder", "paid", 5000), ("success", "due", 16_000)]
    assert by_customer["星河连锁"].status == "暂未达成合作"
    assert (update.fees_paid_total, update.fees_due_total) == (5000, 5000 + 5000 + 16_000)

    text = update_text(update)
    assert "钱斌，您好！" in text
    assert "1. 华东精密制造集团 · 数字化车间 MES" in text
    assert "当前进展：方案评审中（最近进展 2026年10月12日）" in text
    # One amount style in the whole update: exact sums, as the partner sees them on a transfer.
    assert "成交佣金：¥16,000，待支付" in text
    assert "介绍费：¥5,000，已于2026年8月15日支付" in text
    en = update_text(services.partner_updates.build(p.id, "en"))
    assert "Where it stands: Proposal under review (last activity 12 Oct 2026)" in en
    assert "Success fee: 5% when the contract is signed" in en


def test_nothing_internal_reaches_the_text_or_the_pdf(services, referred):
    p = referred[0]
    for language in ("zh_CN", "en"):
        update = services.partner_updates.build(p.id, language)
        text = update_text(update)
        pdf = render_update(update)
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1
        extracted = "".join(page.extract_text() for page in reader.pages).replace("\n", "")
        assert "华东精密制造集团" in extracted  # the extraction works, so absence below means something
        for field in INTERNAL:
            assert marker(field) not in text, field
            assert marker(field) not in extracted, field


def test_producing_an_update_records_it(services, referred, clock):
    p = referred[0]
    assert services.partners.list()[0].last_update_sent is None
    services.partners.record_update_sent(p.id, "en")
    assert services.partners.list()[0].last_update_sent == clock()


def test_a_partner_without_deals_gets_a_plain_update(services):
    p = services.partners.mark(new_contact_name="周海燕")
    update = services.partner_updates.build(p.id, "zh_CN")
    assert update.items == ()
    assert "目前还没有您引荐的项目。" in update_text(update)
    assert len(PdfReader(io.BytesIO(render_update(update))).pages) == 1


def test_added_stages_fall_back_to_words_by_kind():
    from desktop.services.partner_update import safe_words

    assert safe_words("stage-9", "open", "en") == ("In progress", "The next meeting with the customer")
    assert safe_words("solution", "won", "zh_CN")[0] == "已签约"


def test_a_percentage_fee_on_a_deal_without_an_amount_is_never_shown_as_zero(services):
    p = services.partners.mark(new_contact_name="孙洁")
    p = services.partners.save(replace(p, finder_fee_kind="percent", finder_fee_value=2))
    deal = make_deal(services, "江南物流", "仓储系统", None, at=T0, referrer_id=p.id)
    move(services, deal, "first_call", datetime(2026, 9, 10, 15))
    [fee] = services.partners.fees(p.id)
    assert (fee.status, fee.amount) == ("due", 0)  # due since the deal left Lead; no amount yet
    update = services.partner_updates.build(p.id, "zh_CN")
    [shown] = update.items[0].fees
    assert (shown.status, shown.amount, shown.policy) == ("due", None, "2%")
    assert "介绍费：按金额的2%，待支付（金额待确定）" in update_text(update)
    assert "¥0" not in update_text(update)
    assert "Finder's fee: 2% of the amount, due (the amount is not set yet)" in update_text(
        services.partner_updates.build(p.id, "en"))
    set_amount(services, deal, 600_000)
    [shown] = services.partner_updates.build(p.id, "zh_CN").items[0].fees
    assert (shown.status, shown.amount) == ("due", 12_000)
