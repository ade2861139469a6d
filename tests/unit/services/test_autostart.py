"""The XDG autostart entry, written and removed under a temporary XDG_CONFIG_HOME."""

from __future__ import annotations

import configparser

from desktop.services import autostart


def test_enable_writes_a_desktop_entry_that_starts_in_the_tray(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert not autostart.is_enabled()
    path = autostart.enable(["/opt/dealbrief/dealbrief"])
    assert path == tmp_path / "cfg" / "autostart" / "io.github.dealbrief.Dealbrief.desktop"
    assert autostart.is_enabled()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "/opt/dealbrief/dealbrief --in-tray"
    autostart.disable()
    assert not autostart.is_enabled() and not path.exists()
    autostart.disable()  # twice: nothing to do


def test_a_path_with_spaces_is_quoted(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    text = autostart.entry_text(["/home/王/my apps/python", "-m", "desktop"])
    assert 'Exec="/home/王/my apps/python" -m desktop --in-tray' in text
    # "$" and '"' are escaped inside the quotes, and the backslash doubled for the string value
    assert autostart.exec_quote('/opt/a$b"c') == '"/opt/a\\\\$b\\\\"c"'


def test_the_default_command_runs_this_copy(monkeypatch):
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    command = autostart.launch_command()
    assert command[1:] == ["-m", "desktop"]
