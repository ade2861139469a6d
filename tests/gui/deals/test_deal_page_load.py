"""Opening a deal's page does a fixed amount of work, however big the deal and the book.

No timing (bench/measures/deal_page.py times it on the large book): the SQL statements are
counted, and the pickers are watched for being rebuilt, which is what made it slow.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
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
    view.show_deal(small)  # the first page shown also fills the pickers
    for_small = statements(services, lambda: view.show_deal(small))
    for_big = statements(services, lambda: view.show_deal(big))
    assert for_big == for_small
    assert view.notes_panel.model.rowCount() == 30


def test_showing_another_deal_does_not_rebuild_the_company_and_partner_pickers(view, services, deals) -> None:
    small, big = deals
    view.show_deal(small)
    rebuilt: list[str] = []
    view.form.company.model().rowsInserted.connect(lambda *_: rebuilt.append("company"))
    view.referral.partner.model().rowsInserted.connect(lambda *_: rebuilt.append("partner"))
    view.show_deal(big)
    view.show_deal(small)
    assert rebuilt == []
    # a company added meanwhile is offered the next time a deal is shown
    services.companies.save(CompanyRecord(name="新来的公司"))
    view.show_deal(big)
    assert view.form.company.findText("新来的公司") >= 0
