"""Start at login (Linux): an XDG autostart entry, `~/.config/autostart/<app id>.desktop`.

The desktop (GNOME, KDE, Xfce, Deepin, UOS…) starts every entry of that folder when the seller
logs in. The entry starts Dealbrief in the tray (`--in-tray`), so reminders run without a window
in the way. Windows and macOS are described in the README (a shortcut in the Startup folder;
Login Items), not written here.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from desktop import APP_ID, APP_NAME
from desktop.storage.files import write_atomically

IN_TRAY_FLAG = "--in-tray"


def supported() -> bool:
    """XDG autostart is a Linux (and BSD) desktop convention."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def entry_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def launch_command() -> list[str]:
    """How this copy of Dealbrief is started: the bundle's executable, the `dealbrief` command,
    or this Python with `-m desktop`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    installed = shutil.which("dealbrief")
    if installed:
        return [installed]
    return [sys.executable, "-m", "desktop"]


RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


def exec_quote(arg: str) -> str:
    """An argument of an Exec line as the Desktop Entry spec wants it: in double quotes when
    it holds a reserved character, with `"`, backquote, `$` and backslash escaped; backslashes
    are then doubled again because the value itself is a string (spec, "The Exec key")."""
    if arg and not RESERVED & set(arg):
        return arg
    inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
    return '"' + inner.replace("\\", "\\\\") + '"'


def entry_text(command: list[str] | None = None) -> str:
    exec_line = " ".join(exec_quote(part) for part in [*(command or launch_command()),
                                                        IN_TRAY_FLAG])
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Name[zh_CN]=Dealbrief 商机简报",
        "Comment=Reminders of visits, next steps and collections",
        "Comment[zh_CN]=拜访、下一步和回款提醒",
        f"Exec={exec_line}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def is_enabled() -> bool:
    return entry_path().is_file()


def enable(command: list[str] | None = None) -> Path:
    """Write the autostart entry (atomically); raises OSError when it cannot be written."""
    path = entry_path()
    write_atomically(path, entry_text(command).encode("utf-8"))
    return path


def disable() -> None:
    """Remove the autostart entry; nothing to do when there is none."""
    try:
        entry_path().unlink()
    except FileNotFoundError:
        pass
