"""The first document of a process stays light (issue 20): what `dealbrief brief` and `deck`
load and compile, looked at in a process of their own. No timing here (bench/measures/documents.py
times it): the tests look at the work that made the first document slow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.container import Services
from tests.printing_data import add_full_deal

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
from desktop.cli import main
code = main(sys.argv[1:])
from desktop.documents.loading import LazyPattern
patterns = {f"{name}.{attr}": value.compiled
            for name, module in list(sys.modules.items()) if name.startswith("reportlab")
            for attr, value in vars(module).items() if isinstance(value, LazyPattern)}
print("@@DONE@@" + json.dumps({"code": code, "lazy": patterns}))
"""


def _run(book: Path, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", SCRIPT, "--book", str(book), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    lines = [line for line in done.stdout.splitlines() if line.startswith("@@DONE@@")]
    assert lines, done.stderr
    return json.loads(lines[0].removeprefix("@@DONE@@"))


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("weight") / "book.dealbrief"
    services = Services.open(path)
    add_full_deal(services)
    services.close()
    return path


@pytest.mark.parametrize("command", ["brief", "deck"])
def test_reportlab_patterns_no_document_uses_are_never_compiled(book, tmp_path, command) -> None:
    """platypus.paragraph's URL pattern (case-insensitive over \\xa1-\\uffff) took 40 of the 70 ms
    of importing reportlab; it is used only with uriWasteReduce, which no style of ours sets."""
    out = _run(book, command, "1", "-o", str(tmp_path / f"{command}.pdf"))
    assert out["code"] == 0 and (tmp_path / f"{command}.pdf").exists()
    assert out["lazy"]["reportlab.platypus.paragraph.uri_pat"] is False
    assert len(out["lazy"]) >= 15  # reportlab's own patterns, each compiled only when used
    assert sum(out["lazy"].values()) <= 4
