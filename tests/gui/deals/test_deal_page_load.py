"""Opening a deal's page does a fixed amount of work, however big the deal and the book.

No timing (bench/measures/deal_page.py times it on the large book): the SQL statements are
counted, and the pickers are watched for being rebuilt, which is what made it slow.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from sqlalchemy import event

from desktop.domain.deals import NextStepRecord
from desktop.domain.notes import CallNoteRecord, NoteAttendeeRecord
from desktop.domain.people import CompanyRecord
from desktop.services.container import Services
from desktop.ui.bus import Bus
from desktop.ui.deals.deal_view import DealView
from tests.builders import deal_with_committee


def add_notes(services: Services, ids: dict[str, int], contacts: list[str], n: int) -> None:
    start = datetime(2026, 1, 5, 10)
    for i in range(n):
        services.notes.save(CallNoteRecord(
            deal_id=ids["deal"], occurred_at=start + timedelta(days=3 * i), goal=f"第{i}次拜访",
            situation="三个工厂", problem="排产靠 Excel",
            attendees=tuple(NoteAttendeeRecord(ids[name]) for name in contacts[:3]),
            next_steps=(NextStepRecord(text=f"发资料{i}", owner="我"),),
        ))


def statements(services: Services, action: Callable[[], object]) -> int:
    """SQL statements run while `action` runs, raw ones included (sqlite3's own trace)."""
    seen: list[str] = []

    def trace(dbapi, _record, _proxy) -> None:  # noqa: ANN001
        dbapi.set_trace_callback(seen.append)

    event.listen(services.book.engine, "checkout", trace)
    try:
        action()
    finally:
        event.remove(services.book.engine, "checkout", trace)
    return len([s for s in seen if not s.startswith(("BEGIN", "COMMIT", "ROLLBACK"))])


@pytest.fixture
def deals(services: Services) -> tuple[int, int]:
    """A deal with 2 stakeholders and 2 notes, and one with 12 stakeholders and 30 notes."""
    small_people = ["王建国", "李敏"]
    small = deal_with_committee(services, committee=dict.fromkeys(small_people, ("user",)))
    add_notes(services, small, small_people, 2)
    big_people = [f"联系人{i}" for i in range(12)]
    big = deal_with_committee(services, title="集团 MES 三期", company="启航重工",
                    committee=dict.fromkeys(big_people, ("user", "evaluator")))
    add_notes(services, big, big_people, 30)
    return small["deal"], big["deal"]


@pytest.fixture
def view(qtbot, services: Services) -> DealView:
    w = DealView(services, Bus())
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    return w


def test_a_deal_page_with_30_notes_takes_as_many_statements_as_one_with_2(view, services, deals) -> None:
    small, big = deals
    view.show_deal(small)  # the first page shown reads the lists that do not grow (stages…)
    for_small = statements(services, lambda: view.show_deal(small))
    for_big = statements(services, lambda: view.show_deal(big))
    assert for_big == for_small
    assert view.notes_panel.model.rowCount() == 30


def _counting_names(services: Services, monkeypatch) -> Counter:
    """How often the company and partner lists are read (each is every row of its table)."""
    read: Counter = Counter()
    for kind, service in (("companies", services.companies), ("partners", services.partners)):
        whole = service.names
        monkeypatch.setattr(service, "names", lambda whole=whole, kind=kind: (read.update([kind]), whole())[1])
    return read


def _reach(combo: QComboBox) -> None:
    """The seller clicks into the picker (the list opens for a picker that is not editable)."""
    QTest.mouseClick(combo.lineEdit() if combo.isEditable() else combo, Qt.MouseButton.LeftButton)
    combo.hidePopup()


def test_showing_a_deal_reads_no_company_or_partner_list(qtbot, services, deals, monkeypatch) -> None:
    """At 10× the bench book every deal shown read 20,000 companies and 2,000 partners to
    compare with the pickers' lists (issue 20); they are read when the seller reaches for one."""
    small, big = deals
    partner = services.partners.mark(new_contact_name="姚明亮")
    services.partners.set_referral(big, partner.id, date(2026, 9, 20))
    for n in range(5):
        services.companies.save(CompanyRecord(name=f"其他公司{n}"))
    companies = len(services.companies.names())
    read = _counting_names(services, monkeypatch)
    view = DealView(services, Bus())
    qtbot.addWidget(view)
    view.show()
    view.show_deal(small)
    view.show_deal(big)
    assert read == Counter()
    assert (view.form.company.currentText(), view.form.company.count()) == ("启航重工", 2)
    assert (view.referral.partner.currentText(), view.referral.partner.count()) == ("姚明亮", 2)
    assert not view.dirty

    _reach(view.form.company)
    _reach(view.referral.partner)
    assert read == Counter(companies=1, partners=1)
    assert view.form.company.count() == 1 + companies
    assert view.form.company.currentData() == services.deals.get(big).company_id  # still its own
    assert view.referral.partner.currentData() == partner.id and not view.dirty
    view.show_deal(small)  # the lists read are kept while nothing changes
    _reach(view.form.company)
    assert read == Counter(companies=1, partners=1)
    assert view.form.company.currentText() == "华东精密制造集团"


def test_a_company_renamed_is_shown_and_offered_under_its_new_name(view, services, deals) -> None:
    small, _big = deals
    view.show_deal(small)
    _reach(view.form.company)
    company = services.companies.get(services.deals.get(small).company_id)
    services.companies.save(replace(company, name="华东精密（集团）"))
    view.bus.announce("companies")
    view.show_deal(small)
    assert view.form.company.currentText() == "华东精密（集团）"
    _reach(view.form.company)
    assert view.form.company.findText("华东精密制造集团") < 0
    assert view.form.company.findText("华东精密（集团）") >= 0


def test_another_companys_name_typed_is_that_company_not_a_new_one(view, services, deals) -> None:
    small, big = deals
    companies = len(services.companies.names())
    view.show_deal(small)
    view.form.company.setEditText("启航重工")  # typed without opening the list
    view.form.edited.emit()
    assert view.save()
    assert services.deals.get(small).company_id == services.deals.get(big).company_id
    assert len(services.companies.names()) == companies
