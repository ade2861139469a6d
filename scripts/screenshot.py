"""Grab the main window on a fresh demo book, offscreen: python scripts/screenshot.py --page contacts.

Used to look at what a seller sees after a UI change, and for the README's pictures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--page", default="contacts")
    parser.add_argument("--select", type=int, help="open this record id on the page")
    parser.add_argument("--tab", help="show this tab: a tab widget's object name (e.g. visits, "
                        "next_steps) or the index of the page's own tabs")
    parser.add_argument("--section", help="on the reports page: show this report (funnel, pareto…)")
    parser.add_argument("--period", help="on the reports page: this_month, this_quarter, this_year, "
                        "last_quarter, last_12_months")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--import-file", help="grab the import dialog for this file instead")
    parser.add_argument("--about", type=int, metavar="TAB", help="grab Help → About on this tab instead")
    parser.add_argument("-o", "--output", default="out/screenshot.png")
    args = parser.parse_args()

    from desktop.app import open_demo
    from desktop.ui.main_window import MainWindow

    shell, services = open_demo(Path(tempfile.mkdtemp(prefix="dealbrief-shot-")), args.lang)
    app, settings = shell.app, shell.settings
    window = MainWindow(services, settings)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    page = window.show_page(args.page)
    if args.select is not None:
        window.open_record({"contacts": "contact", "companies": "company", "deals": "deal",
                            "partners": "partner"}.get(args.page, args.page), args.select)
    if args.tab and args.tab.isdigit() and hasattr(page, "tabs"):
        page.tabs.setCurrentIndex(int(args.tab))
    elif args.tab:
        from PySide6.QtWidgets import QTabWidget

        for tabs in window.findChildren(QTabWidget):
            for i in range(tabs.count()):
                if tabs.widget(i).objectName() in (args.tab, f"{args.tab}_panel") and tabs.isVisible():
                    tabs.setCurrentIndex(i)
    if args.period and hasattr(page, "set_preset"):
        from desktop.domain.reports.period import Preset

        page.set_preset(Preset(args.period))
    if args.section and hasattr(page, "show_section"):
        page.show_section(args.section)
    import time

    for _ in range(500):  # pages that read the book on the thread pool (Reports) finish first
        app.processEvents()
        if not getattr(page, "loading", False):
            break
        time.sleep(0.01)
    target = window
    if args.import_file:
        from desktop.ui.data.menu import open_import

        target = open_import(window, Path(args.import_file))
        target.show()
    for _ in range(5):
        app.processEvents()
    del page
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    shown = target
    if args.about is not None:
        from desktop.ui.about import AboutDialog

        shown = AboutDialog(services.book.path, settings.path.parent, window)
        shown.tabs.setCurrentIndex(args.about)
        shown.show()
        for _ in range(5):
            app.processEvents()
    shown.grab().save(str(out))
    print(out)
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
