"""Where the files under resources/ are: the source tree, or the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources/ folder shipped with the app."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A path inside resources/, e.g. resource("fonts", "DealbriefSans-Regular.ttf")."""
    return resources_dir().joinpath(*parts)
