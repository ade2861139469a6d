"""Minutes from the deal page: the latest call's minutes in the document preview, a picker for
the other calls, disabled with a reason when the deal has no call notes."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.notes import CallNoteRecord
from desktop.ui.bus import NOTES, Bus
from desktop.ui.print import generate
from desktop.ui.print.actions import DocumentActions
from tests.printing_data import AMOUNT_SHOWN, LEAK_MARKERS, REFERRER, add_full_deal
from tests.unit.documents.helpers import pdf_pages


def close(qtbot, actions: DocumentActions) -> None:
    if actions.preview is not None:
        actions.preview.close()  # deletes itself on close (never a direct delete: QPdfView)
    actions.deleteLater()
    qtbot.wait(10)


def test_minutes_button_previews_the_latest_call_and_picks_another(qtbot, demo_services):
    deal = demo_services.briefing.resolve_deal("数字化车间 MES 升级")
    actions = DocumentActions(demo_services, Bus(), deal)
    button = actions.minutes_button
    assert button.isEnabled()
    menu = [a.text() for a in button.menu().actions()]
    assert len(menu) == 2 and "Phone call" in menu[0] and "Visit" in menu[1]  # newest first

    button.click()
    preview = actions.preview
    assert preview is not None and preview.kind == generate.MINUTES
    with qtbot.waitSignal(preview.loaded, timeout=15000) as blocker:
        pass
    assert blocker.args[0] == preview.page_count() > 0
    assert preview.windowTitle() == "Minutes"
    text = "\n".join(pdf_pages(preview.pdf_bytes))
    assert "向财务总监说明投资回报" in text and "Wang Lei" in text  # our side: the seller
    preview.close()

    button.menu().actions()[1].trigger()
    with qtbot.waitSignal(actions.preview.loaded, timeout=15000):
        pass
    assert "首访：了解二厂生产现状" in "\n".join(pdf_pages(actions.preview.pdf_bytes))
    close(qtbot, actions)


def test_minutes_button_is_disabled_with_a_reason_until_the_deal_has_a_note(qtbot, services, clock):
    ids = add_full_deal(services, notes=0)
    bus = Bus()
    actions = DocumentActions(services, bus, ids.deal)
    button = actions.minutes_button
    assert not button.isEnabled()
    assert "No call notes" in button.toolTip()
    assert actions.open_minutes(None) is None

    services.notes.save(CallNoteRecord(deal_id=ids.deal, occurred_at=datetime(2026, 11, 19, 10),
                                       goal="电话确认 POC 范围", situation="三个工厂"))
    bus.announce(NOTES)
    assert button.isEnabled() and button.menu() is None  # one note: nothing to pick
    actions.open_minutes(None)
    with qtbot.waitSignal(actions.preview.loaded, timeout=15000) as blocker:
        pass
    assert blocker.args[0] > 0
    close(qtbot, actions)


def test_minutes_made_for_the_deal_page_carry_nothing_internal(services):
    ids = add_full_deal(services, leak=True)
    for language in ("zh_CN", "en"):
        text = "\n".join(pdf_pages(generate.make(generate.MINUTES, services, ids.deal, language).pdf))
        assert "华东精密制造集团" in text
        flat = text.replace("\n", "").replace(" ", "")
        for field, marker in LEAK_MARKERS.items():
            assert marker not in flat, field
        for internal in (REFERRER, *AMOUNT_SHOWN):
            assert internal.replace(" ", "") not in flat
        # the note's internal step is left out (a marker above), its agreed ones are printed
        assert "发送ROI测算给李敏" in flat and "安排产线现场调研" in flat
