"""The board's filter runs in the book, column by column (issue 20): the first character typed
read every open deal (6,000 at 10× the bench book). Each column shows a page of the deals that
match, its header counts and adds up all of them, "Show more" says how many matching deals are
not shown, and the filter finds what a card's own filter text holds. No timing: the deals read
are deals_read."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.domain.deals import StageKind
from desktop.domain.people import CompanyRecord
from desktop.storage.tables import Deal, Stage
from desktop.ui.deals import texts
from desktop.ui.deals.models import deal_search_text
from desktop.ui.models import filter_words
from tests.gui.deals.test_board_closed_pages import add_closed
from tests.gui.deals.test_board_open_pages import OPEN, _column, _page, _titles, add_open


def test_each_column_shows_a_page_of_the_matching_deals_with_their_totals(qtbot, services, deals_read):
    add_open(services, "discovery", OPEN)
    add_open(services, "negotiation", OPEN)
    add_closed(services, "won", 45)
    page = _page(qtbot, services)
    discovery, negotiation, won = (_column(page, k) for k in ("discovery", "negotiation", "won"))
    deals_read.clear()
    page.filter_edit.setText("discovery00")  # ten small deals, far past the first page
    assert _titles(discovery) == [f"discovery{i:03d}" for i in range(9, -1, -1)]  # largest first
    assert discovery.title.text().endswith("(10)") and not discovery.more_button.isVisible()
    weighted = sum(1000 * (i + 1) for i in range(10)) * discovery.model.stage.probability / 100
    assert texts.money(weighted) in discovery.summary.text()
    assert negotiation.model.rowCount() == 0 and negotiation.title.text().endswith("(0)")
    assert page.summary.text().startswith(f"10 of {2 * OPEN} open") and texts.money(weighted) in page.summary.text()
    assert sum(deals_read) == 10  # the deals shown, nothing else
    page.filter_edit.setText("won0")  # every won deal matches: a page of them, and Show more
    assert won.model.rowCount() == page.CLOSED_PAGE and won.title.text().endswith("(45)")
    assert won.more_button.isVisible() and "(15 not shown)" in won.more_button.text()
    qtbot.mouseClick(won.more_button, Qt.MouseButton.LeftButton)
    assert won.model.rowCount() == 45 and not won.more_button.isVisible()
    page.filter_edit.setText("won0 zzz")  # every word must be there
    assert won.model.rowCount() == 0 and won.title.text().endswith("(0)")
    page.filter_edit.clear()  # every column back to its first page, the stage's own totals
    assert won.model.rowCount() == page.CLOSED_PAGE and won.title.text().endswith("(45)")
    assert discovery.model.rowCount() == page.OPEN_PAGE and discovery.title.text().endswith(f"({OPEN})")
    assert page.summary.text().startswith(f"{2 * OPEN} open")


def test_the_first_character_typed_reads_pages_not_every_open_deal(qtbot, services, deals_read):
    typed, added = [], 0
    for size in (1, 3):  # the book, then three times over
        add_open(services, "discovery", (size - added) * OPEN, start=added * OPEN)
        add_open(services, "negotiation", (size - added) * OPEN, start=added * OPEN)
        added = size
        page = _page(qtbot, services)
        deals_read.clear()
        page.filter_edit.setText("n")  # every "negotiation…" deal, no "discovery…" one
        typed.append(sum(deals_read))
        negotiation, discovery = _column(page, "negotiation"), _column(page, "discovery")
        assert negotiation.model.rowCount() == page.OPEN_PAGE
        assert negotiation.title.text().endswith(f"({size * OPEN})")
        assert discovery.model.rowCount() == 0 and discovery.title.text().endswith("(0)")
    assert typed[0] == typed[1] == page.OPEN_PAGE, typed


@pytest.mark.parametrize("typed", ["华东", "sap", "样", "won", "赢单", "lost 官网", "mes 一期", "x y", "a", "科技"])
def test_the_book_finds_what_the_cards_filter_text_holds(demo_services, typed):
    deal = demo_services.deals.list(kinds={StageKind.OPEN})[0]
    demo_services.deals.add_next_step(deal.id, "寄样品给 Xavier Yu", date(2026, 12, 20))
    assert _book_finds_what_the_cards_hold(demo_services, typed) or typed == "x y"


# Upper and lower case beyond ASCII: the book folds them as the cards' filter text does (SQLite's
# own lower() folds A-Z only, so "åberg" missed "Åberg" in the book and not on a card).
@pytest.mark.parametrize(("typed", "finds"), [
    ("åberg", True), ("ÅBERG maskin", True), ("école", True), ("ÉCOLE lyon", True),
    ("ольге", True), ("ПИСЬМО", True), ("straße", True), ("GESCHÄFTSFÜHRUNG", True),
    ("STRASSE", False),  # str.lower, as the cards: ß is not "ss"
])
def test_the_book_folds_case_beyond_ascii_as_the_cards_do(demo_services, typed, finds):
    company = demo_services.companies.save(CompanyRecord(name="Åberg Maskin AB"))
    when = datetime(2026, 11, 1, 9, 0)
    with demo_services.book.session() as s:
        stage = s.exec(select(Stage).where(Stage.kind == StageKind.OPEN)).first()
        s.add(Deal(company_id=company.id, title="ÉCOLE Lyon pilot", competitors="Straße GmbH",
                   lead_source="Geschäftsführung", amount=5000, stage_id=stage.id,
                   stage_entered_at=when, created_at=when, updated_at=when))
    deal = next(o for o in demo_services.deals.list() if o.deal.company_id == company.id)
    demo_services.deals.add_next_step(deal.id, "Письмо Ольге", date(2026, 12, 20))
    assert (deal.id in _book_finds_what_the_cards_hold(demo_services, typed)) is finds


def _book_finds_what_the_cards_hold(services, typed: str) -> set[int]:
    """The deals the book's filter finds for `typed`, checked against the cards' filter text."""
    words = filter_words(typed)
    everyone = services.deals.list()
    expected = {o.id for o in everyone if all(w in deal_search_text(o) for w in words)}
    found = set()
    stages = services.pipeline.stages()
    board = services.deals.board_columns([(st.id, 2, st.kind == StageKind.OPEN) for st in stages],
                                         words)  # the board's one pass over the deals
    for st in stages:
        open_stage = st.kind == StageKind.OPEN
        page = services.deals.stage_page(st.id, 0, 10_000, largest_first=open_stage, words=words)
        total = services.deals.stage_total(st.id, weighted=open_stage, words=words)
        first, board_total = board[st.id]
        assert [o.id for o in first] == [o.id for o in page[:2]]  # the same order, ties too
        assert board_total[:2] == total[:2] and board_total[2] == pytest.approx(total[2])
        assert total[0] == len(page)
        assert total[1] == sum(o.deal.amount or 0 for o in page)
        if open_stage:
            assert total[2] == pytest.approx(sum(o.weighted for o in page))
        found |= {o.id for o in page}
    assert found == expected
    return found
