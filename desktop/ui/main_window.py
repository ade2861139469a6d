"""The main window: navigation on the left, one page per area, menus with standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from desktop import APP_NAME
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import settings as opt
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.calendar_keeper import CalendarKeeper
from desktop.ui.data.menu import install_file_menu
from desktop.ui.messages import CommandText
from desktop.ui.operations import run_op
from desktop.ui.partners.waiting import PartnerReminders
from desktop.ui.security.exports import Agreed
from desktop.ui.security.idle import IdleLocker
from desktop.ui.settings import Settings
from desktop.ui.today.page import TodayPage
from desktop.ui.undo import TypingFirst, push_write

if TYPE_CHECKING:
    from desktop.ui.reminders import Reminders

# Where the platform has no binding for a standard key (Linux without a desktop theme has none
# for Quit and Preferences), the one sellers know from other apps.
FALLBACK_KEYS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Preferences: "Ctrl+,",
    QKeySequence.StandardKey.HelpContents: "F1",
}


def set_shortcuts(action: QAction, key: QKeySequence | QKeySequence.StandardKey) -> None:
    """Every binding of a standard key (Close is Ctrl+W and Ctrl+F4; `setShortcut` would keep
    only the first), or the usual key where the platform defines none."""
    if isinstance(key, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(key)
        if bindings:
            action.setShortcuts(bindings)
        elif key in FALLBACK_KEYS:
            action.setShortcut(QKeySequence(FALLBACK_KEYS[key]))
        return
    action.setShortcut(key)


class LazyPages(dict[str, QWidget]):
    """The window's pages by key, each built the first time it is asked for.

    Start-up builds only the page shown; the others (a board of 600 deals, 10,000 contacts) wait
    until the seller goes there. Iterating gives the pages built so far (the only ones that can
    hold unsaved edits); `keys_in_order` lists every page, in navigation order.
    """

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__()
        self.stack = stack
        self.keys_in_order: list[str] = []
        self._factories: dict[str, Callable[[], QWidget]] = {}

    def declare(self, key: str, factory: Callable[[], QWidget]) -> None:
        self.keys_in_order.append(key)
        self._factories[key] = factory
        self.stack.addWidget(QWidget(self.stack))  # holds the page's place until it is built

    def __missing__(self, key: str) -> QWidget:
        page = self._factories[key]()
        page.setObjectName(f"page_{key}")
        row = self.keys_in_order.index(key)
        slot = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        self.stack.setCurrentIndex(current)
        self[key] = page
        return page


# Each page but Today is imported when first shown: start-up does not pay for it
# (tests/e2e/test_startup_weight.py).
def _deals_page(services: Services, bus: Bus, undo: QUndoStack, agreed: Agreed) -> QWidget:
    from desktop.ui.deals.page import DealsPage

    return DealsPage(services, bus, undo, agreed=agreed)


def _companies_page(services: Services, bus: Bus, undo: QUndoStack, agreed: Agreed) -> QWidget:
    from desktop.ui.people.companies import CompaniesPage

    return CompaniesPage(services, bus, undo, agreed=agreed)


def _contacts_page(services: Services, bus: Bus, undo: QUndoStack) -> QWidget:
    from desktop.ui.people.contacts import ContactsPage

    return ContactsPage(services, bus, undo)


def _partners_page(services: Services, bus: Bus, undo: QUndoStack, settings: Settings) -> QWidget:
    from desktop.ui.partners.page import PartnersPage

    return PartnersPage(services, bus, undo, settings)


def _reports_page(services: Services, bus: Bus, agreed: Agreed) -> QWidget:
    from desktop.ui.reports.page import ReportsPage

    return ReportsPage(services, bus, agreed=agreed)


class MainWindow(QMainWindow):
    """Pages by key: today, deals, companies, contacts, partners, reports.

    The pages are declared once (`_page_factories`): navigation, the Go menu and its Ctrl+1…9
    shortcuts follow that list, so a new page is one line there.
    """

    language_changed = Signal(str)  # the composition root rebuilds the window in that language

    def __init__(self, services: Services, settings: Settings, parent: QWidget | None = None,
                 *, agreed: Agreed | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        # What the seller agreed to until Dealbrief closes (plain exports and copies of a locked
        # book): the Shell's, so a language switch keeps it; a window alone (a test) has its own.
        self.agreed = agreed if agreed is not None else Agreed()
        self.bus = Bus(self)
        self.undo_stack = QUndoStack(self)
        # Ctrl+Z in a field with nothing typed to undo reaches Edit → Undo (ui/undo.py)
        self.typing_first = TypingFirst(self)
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"{APP_NAME} — {services.book.path.name}")
        self.resize(1200, 760)

        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet(style.NAV_LIST)
        self.stack = QStackedWidget(self)
        self.pages = LazyPages(self.stack)  # a page is built the first time it is shown
        for key, title, factory in self._page_factories():
            self.pages.declare(key, self._with_splitter(key, factory))
            item = QListWidgetItem(title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.currentRowChanged.connect(self._on_nav_row)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._quitting = False  # Quit (not Close window): leave the tray too
        self._to_tray = False  # Close window (Ctrl+W) may keep the app in the tray
        # Reminders (tray icon, notices) and the calendar file kept in a folder, while this
        # window lives; without a system tray the reminders stay silent and Today says it all.
        # The tray and its calendar rules are built after the window's first paint (issue 20).
        self._reminders: Reminders | None = None
        self._painted = False
        self.calendar_keeper = CalendarKeeper(services, settings, self.bus, self)
        self._build_menus()
        self.bus.open_requested.connect(self.open_record)
        self.idle_locker = IdleLocker(self, services, settings, services.clock)
        self.bus.changed.connect(self._on_changed)
        self._restore_geometry()
        self.show_page(settings.get(opt.LAST_PAGE) or "today")

    # --- reminders (the tray)
    @property
    def reminders(self) -> Reminders:
        """The tray icon and notices, built when first asked for (or after the first paint)."""
        if self._reminders is None:
            from desktop.ui.reminders import Reminders

            self._reminders = Reminders(self.services, self.settings, self)
        return self._reminders

    def _tray(self) -> QSystemTrayIcon | None:
        return None if self._reminders is None else self._reminders.tray

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:  # Today is on screen: the rest comes on the loop's next turn
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """What Today's first paint does not wait for (issue 20): the partners waiting for news
        above Today's list (every open referral read), then the tray."""
        today = self.pages.get("today")
        reminders = getattr(today, "partner_reminders", None)
        if isinstance(reminders, PartnerReminders) and not reminders.filled:
            reminders.reload()
        self._start_reminders()

    def _start_reminders(self) -> None:
        """Without a system tray nothing is built: the reminders stay silent (built if asked)."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.reminders  # noqa: B018 - builds the tray icon and starts its timer

    # --- pages
    def _page_factories(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        s, b, u, a = self.services, self.bus, self.undo_stack, self.agreed
        return [
            ("today", self.tr("Today"), self._today_page),
            ("deals", self.tr("Deals"), lambda: _deals_page(s, b, u, a)),
            ("companies", self.tr("Companies"), lambda: _companies_page(s, b, u, a)),
            ("contacts", self.tr("Contacts"), lambda: _contacts_page(s, b, u)),
            ("partners", self.tr("Partners"), lambda: _partners_page(s, b, u, self.settings)),
            ("reports", self.tr("Reports"), lambda: _reports_page(s, b, a)),
        ]

    def _today_page(self) -> TodayPage:
        s, b = self.services, self.bus
        # Built before the first paint, the partners waiting for news are read after it.
        waiting = PartnerReminders(s, b, self.settings, fill=self._painted)
        page = TodayPage(s, b, undo_stack=self.undo_stack, partner_reminders=waiting)
        page.first_company_requested.connect(self.new_company)
        page.guide_requested.connect(self.open_guide)
        return page

    def print_week_briefs(self) -> None:
        """The briefs of every visit in the next seven days in one preview: print or save."""
        from desktop.ui.print import generate
        from desktop.ui.print.preview import DocumentPreview

        preview = DocumentPreview(self.services, generate.WEEK_BRIEFS, 0, parent=self, bus=self.bus)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.week_briefs_preview = preview
        preview.show()

    def new_company(self) -> None:
        """The Companies page with an empty form, ready for the first (or next) company."""
        self.show_page("companies").new_record()  # type: ignore[attr-defined]

    def open_guide(self) -> None:
        from desktop.ui.guide import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide_dialog = dialog
        dialog.show()

    # A list-and-form page keeps the seller's split between list and form.
    SPLITTERS = {"contacts": opt.CONTACTS_SPLITTER, "companies": opt.COMPANIES_SPLITTER}

    def _with_splitter(self, key: str, factory: Callable[[], QWidget]) -> Callable[[], QWidget]:
        option = self.SPLITTERS.get(key)
        if option is None:
            return factory

        def build() -> QWidget:
            page = factory()
            state = self.settings.get(option)
            if not state.isEmpty():
                page.splitter.restoreState(state)  # type: ignore[attr-defined]
            return page

        return build

    def current_page_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "today"

    def show_page(self, key: str) -> QWidget:
        if key not in self.pages.keys_in_order:
            key = "today"
        row = self.pages.keys_in_order.index(key)
        self.nav.setCurrentRow(row)
        return self.pages[key]

    def _on_nav_row(self, row: int) -> None:
        if row < 0:
            return
        leaving = self.stack.currentWidget()
        keep = getattr(leaving, "maybe_keep_edits", None)
        if keep is not None and leaving is not self.stack.widget(row) and not keep():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.pages[self.pages.keys_in_order[row]]  # build it on first visit
        self.stack.setCurrentIndex(row)
        self.settings.set(opt.LAST_PAGE, self.current_page_key())

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record wherever it lives (used by Today, search, links between pages)."""
        key = {"contact": "contacts", "company": "companies", "deal": "deals", "partner": "partners",
               "next_step": "deals", "visit": "deals", "committee": "deals", "money": "deals"}.get(kind)
        if key is None:
            return
        page = self.show_page(key)
        opener = (getattr(page, f"open_{kind}", None) or getattr(page, "open_record", None)
                  or getattr(page, "select_id", None))
        if opener is not None:
            opener(record_id)

    # --- menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(file_menu, self.tr("&New"), QKeySequence.StandardKey.New, self._new_record)
        self.week_briefs_action = self._action(
            file_menu, self.tr("&Print this week's briefs…"), QKeySequence.StandardKey.Print,
            self.print_week_briefs)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("C&lose window"), QKeySequence.StandardKey.Close, self.close_window)
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.quit_app)
        self.file_menu = file_menu
        install_file_menu(self)
        # beside the other exports: File → Export calendar…
        after = self.data_actions.get("export_book")  # type: ignore[attr-defined]
        actions = file_menu.actions()
        before = actions[actions.index(after) + 1] if after in actions else None
        self.export_calendar_action = QAction(self.tr("Export &calendar…"), self)
        self.export_calendar_action.setObjectName("action_export_calendar")
        self.export_calendar_action.triggered.connect(lambda _c=False: self.export_calendar())
        file_menu.insertAction(before, self.export_calendar_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        set_shortcuts(undo, QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        set_shortcuts(redo, QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        # Qt puts the command's text (a deal's or contact's name) after the prefix as it is;
        # set it again with "&" escaped, or "A & B" shows as "A _B".
        CommandText(undo, self.tr("&Undo"), self.undo_stack.undoTextChanged)
        CommandText(redo, self.tr("&Redo"), self.undo_stack.redoTextChanged)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Find in list"), QKeySequence.StandardKey.Find, self._focus_filter)
        self.search_action = self._action(
            edit_menu, self.tr("&Search everything…"), QKeySequence("Ctrl+K"), self.open_search
        )
        self.edit_menu = edit_menu

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.go_actions: dict[str, QAction] = {}
        for row, key in enumerate(self.pages.keys_in_order):
            # partial, not a lambda with a default: triggered(bool) would fill the default
            shortcut = QKeySequence(f"Ctrl+{row + 1}") if row < 9 else None
            self.go_actions[key] = self._action(
                go_menu, self.nav.item(row).text(), shortcut, partial(self.show_page, key)
            )
        self.go_menu = go_menu

        self.settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self._action(
            self.settings_menu,
            self.tr("&Preferences…"),
            QKeySequence.StandardKey.Preferences,
            self._preferences,
        )
        # The deals page's own action, without building that page at start-up.
        self.pipeline_action = QAction(  # the text of DealsPage.pipeline_text()
            QCoreApplication.translate("DealsPage", "Pipeline, &roles and lost reasons…"), self)
        self.pipeline_action.triggered.connect(lambda: self.pages["deals"].edit_pipeline())  # type: ignore[attr-defined]
        self.settings_menu.addAction(self.pipeline_action)
        self._action(self.settings_menu, self.tr("&Seller profile…"), None, self._seller_profile)
        self.security_action = self._action(self.settings_menu, self.tr("Se&curity…"), None,
                                            self.edit_security)
        self._action(self.settings_menu, self.tr("&Question library…"), None, self._edit_questions)
        self.objections_action = self._action(self.settings_menu, self.tr("&Objection library…"),
                                              None, self._edit_objections)

        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.help_menu, self.tr("&User guide"),
                                         QKeySequence.StandardKey.HelpContents, self.open_guide)
        self._action(self.help_menu, self.tr("&About Dealbrief"), None, self._about)

    def _action(self, menu, text: str, shortcut, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            set_shortcuts(action, shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _new_record(self) -> None:
        page = self.stack.currentWidget()
        new = getattr(page, "new_record", None)
        if new is None:
            page = self.show_page("contacts")
            new = page.new_record  # type: ignore[attr-defined]
        new()

    def edit_security(self) -> QWidget:
        """Settings → Security…: the book's passphrase (set, change, remove), idle lock."""
        from desktop.ui.security.dialog import SecurityDialog

        dialog = SecurityDialog(self.services, self.bus, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.security_dialog = dialog
        dialog.open()
        return dialog

    def _seller_profile(self) -> None:
        from desktop.ui.print.profile_dialog import SellerProfileDialog

        SellerProfileDialog(self.services, self.bus, self).exec()

    def open_search(self) -> None:
        from desktop.ui.search.dialog import SearchDialog

        dialog = SearchDialog(self.services, self.bus, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.search_dialog = dialog
        dialog.open()

    def _edit_objections(self) -> None:
        from desktop.ui.notes.objections_dialog import ObjectionLibraryDialog

        library = self.services.objections
        self._edit_library(ObjectionLibraryDialog(self.services, self), library.list, library.replace_all,
                           self.tr("Edit the objection library"))

    def _edit_questions(self) -> None:
        from desktop.ui.notes.questions_dialog import QuestionLibraryDialog

        library = self.services.questions
        self._edit_library(QuestionLibraryDialog(self.services, self), library.list, library.replace_all,
                           self.tr("Edit the question library"))

    def _edit_library(self, dialog: QWidget, read: Callable[[], list], write: Callable[[list], object],
                      label: str) -> None:
        """A library dialog's OK is one undoable action: undo puts the whole library back."""
        before = read()
        accepted = dialog.exec()  # type: ignore[attr-defined]
        dialog.deleteLater()
        after = read()
        if accepted and after != before:
            push_write(self.undo_stack, label, undo=partial(write, before), redo=partial(write, after),
                       run=partial(run_op, self, bus=self.bus, changes=(changes.SETTINGS,)))

    def _focus_filter(self) -> None:
        focus = getattr(self.stack.currentWidget(), "focus_filter", None)
        if focus is not None:
            focus()

    def _preferences(self) -> None:
        from desktop.ui.preferences import PreferencesDialog

        before = self.settings.get(opt.LANGUAGE)
        dialog = PreferencesDialog(self.settings, self, tray_available=QSystemTrayIcon.isSystemTrayAvailable())
        if not dialog.exec():
            return
        self.bus.announce(changes.SETTINGS)  # the calendar file follows its folder and alarms
        if self._tray() is not None:
            self.reminders.tick()
        if dialog.chosen_language() != before:
            self.language_changed.emit(dialog.chosen_language())

    def export_calendar(self) -> QWidget:
        """File → Export calendar…: the next 30 days or a range, to an .ics file."""
        from desktop.ui.calendar_file import export_calendar  # when asked for (issue 20)

        return export_calendar(self, self.services, self.settings, self.agreed)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.DEALS, changes.NOTES} and self._tray() is not None:
            self.reminders.tick()  # the overdue count, a visit planned for the next minutes

    def _about(self) -> None:
        from desktop.ui.about import AboutDialog

        AboutDialog(self.services.book.path, self.settings.path.parent, self).exec()

    # --- geometry and closing
    def _restore_geometry(self) -> None:
        geometry = self.settings.get(opt.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(opt.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def close_window(self) -> None:
        """File → Close window: into the tray when the seller chose so, else closed."""
        self._to_tray = True
        try:
            self.close()
        finally:
            self._to_tray = False

    def quit_app(self) -> None:
        """File → Quit (and the tray's Quit): close for good, even when kept in the tray."""
        self._quitting = True
        if self.close():
            if self._reminders is not None:
                self._reminders.close()
            if not QApplication.quitOnLastWindowClosed():
                QApplication.quit()
        else:
            self._quitting = False

    def keeps_in_tray(self) -> bool:
        return bool(self.settings.get(opt.KEEP_IN_TRAY)) and self._tray() is not None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # The window's own close button (spontaneous) or Close window, with "keep in the tray":
        # hide; anything else (Quit, a language switch rebuilding the window) closes.
        if not self._quitting and (event.spontaneous() or self._to_tray) and self.keeps_in_tray():
            self.settings.set(opt.WINDOW_GEOMETRY, self.saveGeometry())
            self.settings.sync()
            QApplication.setQuitOnLastWindowClosed(False)  # a preview closed later must not quit
            self.hide()
            event.ignore()
            return
        for page in self.pages.values():
            keep = getattr(page, "maybe_keep_edits", None)
            if keep is not None and not keep():
                event.ignore()
                return
        self.settings.set(opt.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(opt.WINDOW_STATE, self.saveState())
        for key, option in self.SPLITTERS.items():
            if key in self.pages:  # built, so the seller may have moved it
                self.settings.set(option, self.pages[key].splitter.saveState())  # type: ignore[attr-defined]
        self.settings.sync()
        if self._reminders is not None:
            self._reminders.close()
        event.accept()
