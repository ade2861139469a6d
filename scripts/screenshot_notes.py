"""Grab the note editor (with its question prompts) and the Ctrl+K search on a demo book, offscreen.

    python scripts/screenshot_notes.py --lang zh_CN --what editor -o out/note_editor_zh.png
    python scripts/screenshot_notes.py --lang en --what search --query 预算 -o out/search_en.png
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
    parser.add_argument("--what", default="editor", choices=("editor", "search", "deal"))
    parser.add_argument("--query", default="预算")
    parser.add_argument("--deal", default="数字化车间 MES 升级", help="title of the demo deal to use")
    parser.add_argument("-o", "--output", default="out/notes.png")
    args = parser.parse_args()

    from desktop.app import open_demo
    from desktop.ui.main_window import MainWindow
    from desktop.ui.notes.editor import NoteEditor

    shell, services = open_demo(Path(tempfile.mkdtemp(prefix="dealbrief-shot-")), args.lang)
    app, settings = shell.app, shell.settings
    window = MainWindow(services, settings)
    window.resize(1280, 800)
    window.show()
    deal = next(o for o in services.deals.list() if o.deal.title == args.deal)
    if args.what == "editor":
        note_id = services.notes.list(deal_id=deal.id)[-1].id
        widget = NoteEditor(services, window.bus, services.notes.get(note_id), window)
        widget.show()
        widget.texts["problem"].setFocus()
        widget.set_section("problem")
    elif args.what == "deal":
        window.open_record("deal", deal.id)
        view = window.pages["deals"].deal_view
        view.tabs.setCurrentWidget(view.notes_panel)
        widget = window
    else:
        window.open_search()
        widget = window.search_dialog
        widget.edit.setText(args.query)
        widget.run_search()
    for _ in range(10):
        app.processEvents()
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(out))
    print(out)
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
