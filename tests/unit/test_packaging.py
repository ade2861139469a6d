"""Packaging files agree with each other and with the app: ids, version, icons, validators."""

from __future__ import annotations

import importlib.util
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from desktop import APP_ID, APP_NAME
from tests.needs import need_commands

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "packaging" / "icons"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_packaging_folder_is_not_a_python_package() -> None:
    # It would shadow the `packaging` library that pip and setuptools import.
    assert not (ROOT / "packaging" / "__init__.py").exists()


def test_desktop_entry_names_the_app_id_icon_binary_and_the_window_class_qt_sets() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "dealbrief"
    # Qt on X11: WM_CLASS = (argv[0] base name, QCoreApplication.applicationName()); app.py sets
    # applicationName to APP_NAME. On Wayland the app id is the desktop file name, set by
    # QGuiApplication.setDesktopFileName(APP_ID).
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Name"] == APP_NAME
    assert "Comment[zh_CN]" in entry


def test_metainfo_matches_the_desktop_entry_and_the_package_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == "dealbrief"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == version


def test_metainfo_speaks_english_and_chinese() -> None:
    root = ET.parse(METAINFO).getroot()
    for tag in ("name", "summary", "description/p", "description/ul/li",
                "screenshots/screenshot/caption"):
        langs = [el.get(XML_LANG) for el in root.findall(tag)]
        assert langs.count(None) == langs.count("zh_CN") >= 1, (tag, langs)
    names = {el.get(XML_LANG): el.text for el in root.findall("name")}
    entry = desktop_entry()
    assert (entry["Name"], entry["Name[zh_CN]"]) == (names[None], names["zh_CN"])


def test_metainfo_screenshots_are_the_committed_ones_in_both_languages() -> None:
    """Each image URL points at docs/screenshots/ on the main branch, with its real size."""
    root = ET.parse(METAINFO).getroot()
    shots = root.findall("screenshots/screenshot")
    assert len(shots) >= 2
    assert [s.get("type") for s in shots].count("default") == 1
    base = "https://raw.githubusercontent.com/dealbrief/dealbrief/main/"
    for shot in shots:
        images = shot.findall("image")
        assert sorted(str(i.get(XML_LANG)) for i in images) == ["None", "zh_CN"]
        for image in images:
            assert image.text is not None and image.text.startswith(base), image.text
            path = ROOT / image.text.removeprefix(base)
            assert path.parent == ROOT / "docs" / "screenshots", path
            assert png_size(path) == (int(image.get("width")), int(image.get("height"))), path


def test_metainfo_passes_appstreamcli_validate() -> None:
    need_commands("appstreamcli", apt="appstream")
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_entry_passes_desktop_file_validate() -> None:
    need_commands("desktop-file-validate", apt="desktop-file-utils")
    done = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_every_launcher_icon_size_is_rendered(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path) == (size, size)


def test_windows_and_macos_icons_and_the_svg_source_are_present() -> None:
    assert (ICONS / "dealbrief.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "dealbrief.icns").read_bytes()[:4] == b"icns"
    svg = ROOT / "resources" / "icons" / "dealbrief.svg"
    assert (ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == svg.read_bytes()


def load_windows_version_info():
    spec = importlib.util.spec_from_file_location(
        "dealbrief_version_info", ROOT / "packaging" / "windows" / "version_info.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("2.10", (2, 10, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)),
    ("1.0.0rc1", (1, 0, 0, 0)), ("1.4.0.dev2", (1, 4, 0, 0)),
])
def test_windows_version_numbers_come_from_the_package_version(version, numbers) -> None:
    assert load_windows_version_info().version_numbers(version) == numbers


def test_windows_exe_carries_the_package_version_that_the_installer_reads() -> None:
    """dealbrief.iss reads ProductVersion from the .exe: the version is written once, in pyproject."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    strings = load_windows_version_info().version_strings(version)
    assert strings["ProductVersion"] == strings["FileVersion"] == version
    assert strings["OriginalFilename"] == "dealbrief.exe"
    iss = (ROOT / "packaging" / "windows" / "dealbrief.iss").read_text(encoding="utf-8")
    assert 'GetStringFileInfo(BundledExe, "ProductVersion")' in iss
    spec = (ROOT / "packaging" / "dealbrief.spec").read_text(encoding="utf-8")
    assert 'version=windows_version_info(VERSION) if sys.platform == "win32"' in spec


def test_the_app_version_constant_is_the_package_version() -> None:
    """desktop.__version__ is a constant (importlib.metadata cost every start ~30 ms, issue 20):
    it must say what pyproject says, and so what the installed package's metadata says."""
    from importlib import metadata

    import desktop

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert desktop.__version__ == version
    try:
        assert metadata.version("dealbrief") == version
    except metadata.PackageNotFoundError:  # a source tree never installed: pyproject decides
        pass
