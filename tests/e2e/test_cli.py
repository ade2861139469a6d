"""The `dealbrief` command as a seller or a script runs it: a real process, a real book."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop import __version__


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=full_env,
        timeout=120, cwd=cwd,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Dealbrief {__version__}"


def test_demo_fills_the_book_named_by_option_then_by_environment(tmp_path):
    by_option = tmp_path / "a.dealbrief"
    result = run("--book", str(by_option), "demo")
    assert result.returncode == 0, result.stderr
    assert "8 companies, 23 contacts" in result.stdout
    assert by_option.exists()

    by_env = tmp_path / "b.dealbrief"
    result = run("demo", env={"DEALBRIEF_BOOK": str(by_env)})
    assert result.returncode == 0, result.stderr
    assert by_env.exists()

    again = run("--book", str(by_option), "demo")
    assert again.returncode == 0 and "already" in again.stdout


def test_default_book_lives_in_the_user_data_folder(tmp_path):
    result = run("demo", env={"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "Dealbrief" / "book.dealbrief").exists()


def test_a_file_that_is_not_a_book_gets_a_plain_message_and_is_untouched(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("不是账本", encoding="utf-8")
    result = run("--book", str(notes), "demo")
    assert result.returncode == 2
    assert "not a Dealbrief book" in result.stderr
    assert "Traceback" not in result.stderr
    assert notes.read_text(encoding="utf-8") == "不是账本"


def test_python_dash_m_and_help_list_the_commands():
    result = run("--help")
    assert result.returncode == 0
    assert "demo" in result.stdout and "--book" in result.stdout


def test_the_app_s_own_options_are_read_without_the_commands_and_a_command_still_gets_its_parser():
    """`dealbrief` alone (or with the app's options) starts the window without importing every
    command's module (issue 20); a command, help or an unknown option goes to the whole parser."""
    from desktop.cli import gui_args

    args = gui_args(["--book", "b.dealbrief", "--lang", "en", "--in-tray"])
    assert args is not None and args.command is None
    assert (args.book, args.lang, args.in_tray, args.demo) == ("b.dealbrief", "en", True, False)
    assert gui_args(["--book", "b.dealbrief", "deals"]) is None
    assert gui_args(["--help"]) is None and gui_args(["--bogus"]) is None
    result = run("--bogus")
    assert result.returncode == 2 and "unrecognized arguments: --bogus" in result.stderr
    assert "COMMAND" in run("--help").stdout
