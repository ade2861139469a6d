"""`dealbrief --in-tray` (what start at login runs): the app starts with its tray icon and no
window where the desktop has a tray, and with its window where it has none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
from PySide6.QtWidgets import QSystemTrayIcon
if sys.argv[2] == "tray":
    QSystemTrayIcon.isSystemTrayAvailable = staticmethod(lambda: True)  # offscreen has none
import desktop.app
shown = desktop.app._report_shown_and_quit


def report(shell, *rest):  # once the event loop ran: is the window up, is there a tray icon?
    window = shell.window
    print("@@", window.isVisible(), window.reminders.tray is not None, flush=True)
    shown(shell, *rest)


desktop.app._report_shown_and_quit = report
from desktop.cli import main
main(["--book", sys.argv[1], "--in-tray"])
"""


def _start(tmp_path: Path, tray: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONPATH=str(ROOT),
               DEALBRIEF_EXIT_AFTER_SHOWN="1", DEALBRIEF_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "book.dealbrief"), tray],
                          env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    return next(x for x in done.stdout.splitlines() if x.startswith("@@")).removeprefix("@@ ")


def test_in_tray_starts_without_the_window_where_there_is_a_tray(tmp_path):
    assert _start(tmp_path, "tray") == "False True"


def test_in_tray_shows_the_window_where_there_is_none(tmp_path):
    assert _start(tmp_path, "none") == "True False"
