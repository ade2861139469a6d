"""Every window and dialog fits a 1366×768 laptop (a 40 px taskbar leaves 1366×728): its frame is
inside the screen's available area, its buttons show, and a dialog comes back at the size the
seller left it at. (The brief preview asked for 900×1000, the seller profile for 820×911.)"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from desktop.ui.main_window import MainWindow
from desktop.ui.windows import install_screen_fitter

LAPTOP = QRect(0, 0, 1366, 728)


@pytest.fixture
def fitter(settings):
    app = QApplication.instance()
    fitter = install_screen_fitter(app, settings, available=lambda _w: QRect(LAPTOP))
    yield fitter
    app.removeEventFilter(fitter)
    fitter.deleteLater()


@pytest.fixture
def window(qtbot, demo_services, settings, fitter):
    win = MainWindow(demo_services, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def assert_inside(widget: QWidget) -> None:
    frame = widget.frameGeometry()
    assert LAPTOP.contains(frame), (type(widget).__name__, widget.geometry())
    assert widget.height() >= widget.minimumSizeHint().height(), type(widget).__name__
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget) and button.window() is widget and not scrolls(button, widget):
            top_left = button.mapTo(widget, button.rect().topLeft())
            assert widget.rect().contains(QRect(top_left, button.size())), (
                type(widget).__name__, button.text())


def scrolls(button: QWidget, window: QWidget) -> bool:
    """The button lives in scrolled content (a table's corner, a form's row): it may scroll."""
    parent = button.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def dialogs(services, window):
    """Every dialog of the app, as its entry point builds it, over the demo book."""
    from desktop.domain.deals import NextStepRecord, VisitRecord
    from desktop.ui.about import AboutDialog
    from desktop.ui.bus import Bus
    from desktop.ui.deals.dialogs import MoveDialog, StakeholderDialog
    from desktop.ui.deals.next_steps_panel import NextStepDialog
    from desktop.ui.deals.pipeline_dialog import PipelineDialog
    from desktop.ui.deals.visit_dialog import VisitDialog
    from desktop.ui.notes.editor import NoteEditor
    from desktop.ui.notes.minutes_dialog import MinutesDialog
    from desktop.ui.notes.questions_dialog import QuestionLibraryDialog
    from desktop.ui.partners.dialogs import MarkPartnerDialog, PaymentDialog, ReportDialog, UpdateDialog
    from desktop.ui.preferences import PreferencesDialog
    from desktop.ui.print import generate
    from desktop.ui.print.preview import DocumentPreview
    from desktop.ui.print.profile_dialog import SellerProfileDialog
    from desktop.ui.search.dialog import SearchDialog
    from desktop.ui.today.step_actions import DueDateDialog

    s, bus = services, Bus()
    deal = s.deals.list()[0].deal
    lost = next(st for st in s.pipeline.stages() if st.key == "lost")
    partner = s.partners.list()[0].partner
    fee = s.partners.fees()[0]
    deal = next(o.deal for o in s.deals.list() if s.notes.list(deal_id=o.deal.id)
                and s.committee.list(o.deal.id))
    note_id = s.notes.list(deal_id=deal.id)[0].id
    today = s.clock().date()
    return [
        lambda: AboutDialog(s.book.path, window.settings.path.parent, window),
        lambda: PreferencesDialog(window.settings, window),
        lambda: SellerProfileDialog(s, bus, window),
        lambda: QuestionLibraryDialog(s, window),
        lambda: PipelineDialog(s, window),
        lambda: SearchDialog(s, bus, window),
        lambda: MoveDialog(lost, s.pipeline.lost_reasons(), today, window),
        lambda: StakeholderDialog(s.committee.list(deal.id)[0], s.contacts.list(),
                                  s.pipeline.roles(), window),
        lambda: NextStepDialog(NextStepRecord(deal_id=deal.id, due=today + timedelta(days=1)), window),
        lambda: VisitDialog(VisitRecord(deal_id=deal.id), [], window),
        lambda: DueDateDialog("发送报价", today, window),
        lambda: MarkPartnerDialog(s, window),
        lambda: PaymentDialog(s, fee, window),
        lambda: UpdateDialog(s, partner.id, window),
        lambda: ReportDialog(s, window),
        lambda: MinutesDialog(s, note_id, window),
        lambda: NoteEditor(s, bus, s.notes.get(note_id), window),
        lambda: DocumentPreview(s, generate.BRIEF, deal.id, "zh_CN", window, bus=bus),
        lambda: DocumentPreview(s, generate.DECK, deal.id, "zh_CN", window, bus=bus),
    ]


def test_every_dialog_fits_a_1366_by_768_laptop(qtbot, window, demo_services) -> None:
    assert_inside(window)
    for make in dialogs(demo_services, window):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert_inside(dialog)
        dialog.hide()


def test_a_dialog_comes_back_at_the_size_it_was_left(qtbot, window, demo_services) -> None:
    from desktop.ui.bus import Bus
    from desktop.ui.print.profile_dialog import SellerProfileDialog

    first = SellerProfileDialog(demo_services, Bus(), window)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)
    first.hide()
    again = SellerProfileDialog(demo_services, Bus(), window)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (700, 520)
    assert_inside(again)


def test_the_shell_fits_the_main_window_with_the_fitter_off_until_its_first_paint(
        qtbot, demo_services, settings, fitter) -> None:
    """The fitter (a filter on the whole application) is off while the main window is built and
    first painted (issue 20): the window is fitted before it shows, and a dialog opened after
    the first paint is fitted again."""
    from PySide6.QtWidgets import QDialog

    from desktop.app import Shell

    shell = Shell(QApplication.instance(), settings)
    shell.fitter = fitter
    window = shell.show_main_window(demo_services)  # asks for 1200×760: taller than the laptop
    qtbot.addWidget(window)
    assert_inside(window)
    qtbot.waitUntil(lambda: window.pages["today"].partner_reminders.filled)  # after the paint
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.resize(900, 1000)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_inside(dialog)
