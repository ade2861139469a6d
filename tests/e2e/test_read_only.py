"""A book whose file and folder are made read-only (chmod) while it is open, and on open."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_book_refuses_the_save_and_keeps_what_was_there() -> None:
    folder = Path(tempfile.mkdtemp(prefix="dealbrief-ro-"))  # outside tmp_path: "nobody" must reach it
    try:
        folder.chmod(0o755)
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("readonly_probe.py")), str(folder)],
            capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.splitlines() == ["save refused: read_only", "open refused: read_only", "names: 张伟"]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
