"""Start-up stays light: the main window comes up without what only later actions need.

No timing here (bench/ measures it): the tests look at which modules a started app has loaded
and at how much work opening a page does, which is what made it slow when it regressed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import argparse, json, sys
from desktop.app import run_gui
code = run_gui(argparse.Namespace(demo=False, book=sys.argv[1], lang="zh_CN"))
print("@@MODULES@@" + json.dumps(sorted(sys.modules)))
sys.exit(code)
"""
# Loaded only when the seller makes a document, reads or writes a vCard, or picks a logo.
NOT_AT_START = ("reportlab", "desktop.documents", "vobject", "PIL", "pypdf", "charset_normalizer",
                "pypinyin", "icalendar")


def test_the_started_app_has_not_loaded_reportlab_vobject_or_the_documents(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONPATH=str(ROOT),
               DEALBRIEF_EXIT_AFTER_SHOWN="1", DEALBRIEF_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "book.dealbrief")], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert "window shown after" in done.stdout, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("@@MODULES@@"))
    loaded = json.loads(line.removeprefix("@@MODULES@@"))
    heavy = [m for m in loaded if m.split(".")[0] in NOT_AT_START or m.startswith(NOT_AT_START)]
    assert heavy == []
