"""A company's page shows its contacts, its deals and one activity timeline newest first; a
person's page shows the deals they sit on (roles and stance) and their timeline. Every row opens
what it names."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.deals import DealRecord, StakeholderRecord, Stance
from desktop.domain.notes import NoteAttendeeRecord
from desktop.domain.people import CompanyRecord, ContactRecord
from desktop.ui.main_window import MainWindow
from desktop.ui.people.related import ActivityModel, RelatedContactsModel, RelatedDealsModel


@pytest.fixture
def book(services, clock):
    """华东精密 with two people, an open and a lost deal, a note, a visit, a step, a move."""
    s = services
    company = s.companies.save(CompanyRecord(name="华东精密"))
    wang = s.contacts.save(ContactRecord(name="王建国", company_id=company.id, title="总经理"))
    li = s.contacts.save(ContactRecord(name="李敏", company_id=company.id, title="采购经理"))
    mes = s.deals.save(DealRecord(company_id=company.id, title="MES 升级", amount=1_280_000),
                       at=clock() - timedelta(days=30))
    old = s.deals.save(DealRecord(company_id=company.id, title="WMS 试点"), at=clock() - timedelta(days=60))
    lost = next(st for st in s.pipeline.stages() if st.key == "lost")
    reason = s.pipeline.lost_reasons()[0]
    s.deals.move_stage(old.id, lost.id, lost_reason_id=reason.id, at=clock() - timedelta(days=40))
    solution = next(st for st in s.pipeline.stages() if st.key == "solution")
    s.deals.move_stage(mes.id, solution.id, "方案评审通过", at=clock() - timedelta(days=3))
    decider = next(r for r in s.pipeline.roles() if r.key == "decision_maker")
    s.committee.save(StakeholderRecord(deal_id=mes.id, contact_id=wang.id, role_ids=(decider.id,),
                                       stance=Stance.SUPPORTER))
    s.committee.save(StakeholderRecord(deal_id=old.id, contact_id=wang.id, stance=Stance.OPPONENT))
    note = s.notes.blank(deal_id=mes.id, company_id=company.id)
    from dataclasses import replace

    note = s.notes.save(replace(note, occurred_at=clock() - timedelta(days=5), goal="确认 MES 范围",
                                attendees=(NoteAttendeeRecord(contact_id=wang.id),)))
    visit = s.deals.plan_visit(mes.id, clock() + timedelta(days=2), "苏州工厂", "走产线",
                               attendee_contact_ids=(wang.id,))
    step = s.deals.add_next_step(mes.id, "发送报价", clock().date() + timedelta(days=1), "我方")
    return {"company": company, "wang": wang, "li": li, "mes": mes, "old": old, "note": note, "visit": visit,
            "step": step}


@pytest.fixture
def window(qtbot, services, settings):
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    return win


def rows(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_models_pass_the_model_tester(qtmodeltester, services, book) -> None:
    related = services.related.for_company(book["company"].id)
    for model, data in ((ActivityModel(), related.activity), (RelatedContactsModel(), related.contacts),
                        (RelatedDealsModel(True), services.related.for_contact(book["wang"].id).deals)):
        model.set_rows(data)
        qtmodeltester.check(model)


def test_the_company_page_shows_contacts_deals_and_a_timeline_newest_first(qtbot, window, book) -> None:
    page = window.show_page("companies")
    page.select_id(book["company"].id)
    tabs = page.related
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Activity (7)", "Deals (2)", "Contacts (2)", "Call notes", "Files"]
    assert rows(tabs.contacts_model, 0) == ["李敏", "王建国"]
    assert rows(tabs.deals_model, 0) == ["MES 升级", "WMS 试点"]
    assert rows(tabs.deals_model, 2) == ["Solution & demo", "Lost (closed)"]
    what = rows(tabs.activity_model, 1)
    assert what == ["Visit planned", "Next step", "Stage change", "Call note", "Stage change",
                    "Stage change", "Stage change"]
    when = [tabs.activity_model._rows[r].when for r in range(tabs.activity_model.rowCount())]
    assert when == sorted(when, reverse=True)
    assert rows(tabs.activity_model, 3)[2] == "Moved to Solution & demo · 方案评审通过"
    assert rows(tabs.activity_model, 2)[3] == "MES 升级"


@pytest.mark.parametrize(("row", "page_key", "check"), [
    (2, "deals", lambda w, b: w.pages["deals"].deal_view.deal.id == b["mes"].id),
    (1, "deals", lambda w, b: w.pages["deals"].deal_view.deal.id == b["mes"].id),
])
def test_each_timeline_row_opens_what_it_names(qtbot, window, book, row, page_key, check) -> None:
    page = window.show_page("companies")
    page.select_id(book["company"].id)
    view = page.related.activity_view
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_page_key() == page_key
    assert check(window, book)


def test_a_call_note_row_opens_the_note_and_a_contact_row_the_person(qtbot, window, book) -> None:
    page = window.show_page("companies")
    page.select_id(book["company"].id)
    tabs = page.related
    note_row = rows(tabs.activity_model, 1).index("Call note")
    tabs.activity_view.doubleClicked.emit(tabs.activity_model.index(note_row, 0))
    editors = [w for w in QApplication.topLevelWidgets()
               if type(w).__name__ == "NoteEditor" and w.isVisible()]
    assert len(editors) == 1 and editors[0].record.id == book["note"].id
    editors[0].close()

    tabs.setCurrentIndex(2)
    tabs.contacts_view.setCurrentIndex(tabs.contacts_model.index(1, 0))
    qtbot.keyClick(tabs.contacts_view, Qt.Key.Key_Return)
    assert window.current_page_key() == "contacts"
    assert window.pages["contacts"].current_id == book["wang"].id


def test_the_contact_page_shows_their_deals_with_roles_and_stance(qtbot, window, book) -> None:
    page = window.show_page("contacts")
    page.select_id(book["wang"].id)
    tabs = page.related
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Activity (7)", "Deals (2)"]
    deals = tabs.deals_model
    assert [[deals.index(r, c).data() for c in (0, 2, 4, 5)] for r in range(deals.rowCount())] == [
        ["MES 升级", "Solution & demo", "Decision-maker", "Supporter"],
        ["WMS 试点", "Lost (closed)", "", "Opponent"],
    ]
    assert "Call note" in rows(tabs.activity_model, 1) and "Visit planned" in rows(tabs.activity_model, 1)
    page.select_id(book["li"].id)  # on no committee, at no meeting
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Activity (0)", "Deals (0)"]


def test_screenshot_of_the_company_page_zh_cn(qtbot, services, settings, book, tmp_path) -> None:
    from desktop.ui.fonts import register_fonts
    from desktop.ui.i18n import install_translators, remove_translators

    app = QApplication.instance()
    register_fonts(app)
    installed = install_translators(app, "zh_CN")
    try:
        win = MainWindow(services, settings)
        qtbot.addWidget(win)
        win.resize(1366, 740)
        win.show()
        page = win.show_page("companies")
        page.select_id(book["company"].id)
        qtbot.waitExposed(win)
        out = Path(__import__("os").environ.get("DEALBRIEF_SHOTS", tmp_path))
        out.mkdir(parents=True, exist_ok=True)
        assert win.grab().save(str(out / "company_page_zh_CN_1366.png"))
        assert page.related.tabText(0).startswith("动态")
    finally:
        remove_translators(app, installed)


