"""The document preview: made off the GUI thread, shown in QPdfView, printed and saved."""

from __future__ import annotations

import re

import pytest

from desktop.ui.bus import Bus
from desktop.ui.print import generate
from desktop.ui.print.actions import DocumentActions
from desktop.ui.print.preview import DocumentPreview
from tests.printing_data import add_full_deal
from tests.unit.documents.helpers import pdf_pages


@pytest.fixture
def previews(qtbot):
    """Make previews and dispose of them the way the app does (deleteLater, never a direct
    delete: QPdfView keeps guarded pointers that a direct delete corrupts)."""
    made: list[DocumentPreview] = []

    def make(*args, **kwargs) -> DocumentPreview:
        preview = DocumentPreview(*args, **kwargs)
        made.append(preview)
        return preview

    yield make
    for preview in made:
        preview.close()
        preview.deleteLater()
    qtbot.wait(10)


def test_visit_brief_preview_loads_and_saves(qtbot, previews, services, tmp_path):
    ids = add_full_deal(services)
    preview = previews(services, generate.BRIEF, ids.deal, language="zh_CN")
    with qtbot.waitSignal(preview.loaded, timeout=15000) as blocker:
        pass
    assert blocker.args[0] == preview.page_count() == 2
    assert preview.print_button.isEnabled()
    target = tmp_path / "saved"
    assert preview.save_to(str(target))
    assert "拜访简报" in pdf_pages((tmp_path / "saved.pdf").read_bytes())[0]


def test_switching_language_makes_the_deck_again(qtbot, previews, demo_services):
    ids = add_full_deal(demo_services)
    preview = previews(demo_services, generate.DECK, ids.deal, language="zh_CN")
    qtbot.waitSignal(preview.loaded, timeout=15000).wait()
    with qtbot.waitSignal(preview.loaded, timeout=15000) as blocker:
        preview.language.setCurrentIndex(1)
    assert blocker.args[0] == 10
    assert "Expected value" in pdf_pages(preview.pdf_bytes)[7]


def test_a_deck_without_seller_profile_says_what_it_leaves_out(qtbot, previews, services):
    from desktop.domain.briefing import SellerProfileRecord, Solution

    ids = add_full_deal(services)
    preview = previews(services, generate.DECK, ids.deal, language="zh_CN")
    with qtbot.waitSignal(preview.loaded, timeout=15000) as blocker:
        pass
    assert blocker.args[0] == 7  # no solutions, reasons or cases: those slides are left out
    assert not preview.hint_box.isHidden()
    assert "empty" in preview.profile_hint.text() or "为空" in preview.profile_hint.text()
    services.seller_profile.save(SellerProfileRecord(
        language="zh_CN", company_name="智衡软件", solutions=(Solution("智衡 MES", "排产"),),
        value_statements=("本地化实施",)))
    with qtbot.waitSignal(preview.loaded, timeout=15000) as blocker:
        preview.refresh()  # what saving the profile from the hint's button does
    assert blocker.args[0] == 9 and preview.hint_box.isHidden()


def test_a_deleted_deal_shows_a_plain_message(qtbot, previews, services):
    preview = previews(services, generate.BRIEF, 999, language="en")
    with qtbot.waitSignal(preview.failed, timeout=15000) as blocker:
        pass
    assert blocker.args[0] == "This deal is no longer in the book."
    assert not preview.save_button.isEnabled()


def test_print_draws_every_page_onto_the_printer(qtbot, previews, services, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    ids = add_full_deal(services)
    preview = previews(services, generate.BRIEF, ids.deal, language="en")
    qtbot.waitSignal(preview.loaded, timeout=15000).wait()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert len(pdf_pages((tmp_path / "printed.pdf").read_bytes())) == 2


def test_deal_page_buttons_open_the_preview(qtbot, services):
    ids = add_full_deal(services)
    actions = DocumentActions(services, Bus(), None)
    assert not actions.deck_button.isEnabled()
    actions.set_deal(ids.deal)
    actions.brief_button.click()
    assert actions.preview is not None and actions.preview.kind == generate.BRIEF
    qtbot.waitSignal(actions.preview.loaded, timeout=15000).wait()
    actions.preview.close()  # deletes itself on close
    actions.deleteLater()
    qtbot.wait(10)


def test_the_deal_page_offers_the_documents_of_the_shown_deal(qtbot, demo_services):
    from desktop.ui.deals.deal_view import DealView

    view = DealView(demo_services, Bus())
    qtbot.addWidget(view)
    view.new_deal()
    assert not view.documents.brief_button.isEnabled()
    deal_id = demo_services.briefing.resolve_deal("数字化车间 MES 升级")
    view.show_deal(deal_id)
    assert view.documents.deal_id == deal_id and view.documents.deck_button.isEnabled()
    assert view.documents.minutes_button.isEnabled()
    view.show_deal(demo_services.briefing.resolve_deal("三厂设备联网"))  # no call notes yet
    assert not view.documents.minutes_button.isEnabled()


def test_the_preview_says_what_the_deck_cut_and_left_out(qtbot, previews, services):
    from tests.printing_data import add_heavy_deal

    ids = add_heavy_deal(services)
    preview = previews(services, generate.DECK, ids.deal, language="en")
    qtbot.waitSignal(preview.loaded, timeout=30000).wait()
    assert not preview.left_out.isHidden()
    text = preview.left_out.text()
    assert "shortened to fit" in text and "left out" in text
    assert "Proposed next step:" in text  # the agreed steps the slide had no room for
    assert preview.left_out_items and all(i.text for i in preview.left_out_items)


def test_a_deck_that_fits_says_nothing_was_left_out(qtbot, previews, services):
    ids = add_full_deal(services)
    preview = previews(services, generate.DECK, ids.deal, language="zh_CN")
    qtbot.waitSignal(preview.loaded, timeout=15000).wait()
    assert preview.left_out.isHidden() and preview.left_out_items == ()


def test_the_deck_says_which_problem_it_kept_off_for_naming_a_person_and_shows_it_on_request(
        qtbot, previews, services, clock):
    """"今天与您一起确认。" instead of the customer's problem: the line named 李敏. The preview now
    says so, and the seller can put it on the slides."""
    from dataclasses import replace

    from desktop.domain.deals import DealRecord
    from desktop.domain.people import CompanyRecord, ContactRecord

    company = services.companies.save(CompanyRecord(name="华东精密", industry="制造业"))
    services.contacts.save(ContactRecord(name="李敏", company_id=company.id))
    deal = services.deals.save(DealRecord(company_id=company.id, title="MES 升级"))
    note = services.notes.blank(deal_id=deal.id, company_id=company.id)
    services.notes.save(replace(note, occurred_at=clock(), problem="李敏的团队每月手工对账两天"))
    preview = previews(services, generate.DECK, deal.id, language="zh_CN")
    qtbot.waitSignal(preview.loaded, timeout=15000).wait()
    assert not preview.left_out.isHidden()
    # in the UI's language: Chinese, or English with its plural forms ("it names a person") or without
    assert re.search("因为提到了具体的人|names? a person", preview.left_out.text())
    assert "李敏的团队每月手工对账两天" in preview.left_out.text()
    assert "李敏的团队每月手工对账两天" not in "".join(pdf_pages(preview.pdf_bytes))
    assert not preview.include_button.isHidden()

    [show] = [a for a in preview.include_menu.actions() if "李敏" in a.text()]
    with qtbot.waitSignal(preview.loaded, timeout=15000):
        show.trigger()
    assert "李敏的团队每月手工对账两天" in "".join(pdf_pages(preview.pdf_bytes)).replace("\n", "")
    assert preview.include_button.isHidden()
