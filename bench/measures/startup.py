"""Cold start: process start → main window shown and the event loop running, on the large book,
beside an empty PySide6 window measured the same way in the same run.

Both report their own age (from /proc, so interpreter start-up is included) on the event loop's
turn after the window's first paint (Qt paints on the turn after `show()`, after a zero-timer,
so a report from a zero-timer came before the paint): the app through
DEALBRIEF_EXIT_AFTER_SHOWN=1 (desktop/app.py, `after_first_paint`), the empty window through the
small script below. The app's window is the real one: Today painted with its rows, the book's
check started only then. One warm-up launch of each fills the page cache, as
a second launch on a laptop would.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from bench.measures import Context, Row

ROWS = (
    Row("start", "cold start to a usable main window (large book)", 800),
    Row("empty", "  empty PySide6 window, same run", None),
    Row("ratio", "  start ÷ empty window (median)", 3.0, unit="x", p95=False),  # issue 20
)

EMPTY_WINDOW = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
def process_age_ms():  # as desktop.app.process_age_ms, without importing the app
    ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return (uptime - ticks / os.sysconf("SC_CLK_TCK")) * 1000
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 760)
def done():
    print(f"window shown after {process_age_ms():.0f} ms", flush=True); app.quit()
class FirstPaint(QObject):  # as desktop.app.after_first_paint
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self); QTimer.singleShot(0, done)
        return False
first_paint = FirstPaint(); w.installEventFilter(first_paint); w.show()
app.exec()
"""
SHOWN = re.compile(r"window shown after (\d+) ms")


def _env(ctx: Context) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", DEALBRIEF_EXIT_AFTER_SHOWN="1",
               DEALBRIEF_CONFIG_DIR=str(ctx.work / "startup-config"))
    return env


def _once(cmd: list[str], env: dict[str, str]) -> float:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
    found = SHOWN.search(done.stdout)
    if not found:
        raise RuntimeError(f"no start-up report from {cmd[:3]}: {done.stdout}{done.stderr}")
    return float(found.group(1)) / 1000


def measure(ctx: Context) -> dict[str, list[float]]:
    env = _env(ctx)
    book = ctx.book
    Path(env["DEALBRIEF_CONFIG_DIR"]).mkdir(parents=True, exist_ok=True)
    app = [sys.executable, "-m", "desktop", "--book", str(book), "--lang", ctx.language]
    empty = [sys.executable, "-c", EMPTY_WINDOW]
    _once(empty, env)
    _once(app, env)
    starts, empties = [], []
    for _ in range(ctx.runs):  # interleaved, so both see the same machine load
        empties.append(_once(empty, env))
        starts.append(_once(app, env))
    return {"start": starts, "empty": empties}
