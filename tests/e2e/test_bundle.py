"""The Linux bundle runs without Python, and its archive installs and uninstalls cleanly.

Builds the bundle once per run with packaging/build.sh (about a minute and a half), or reuses one
built earlier: DEALBRIEF_BUNDLE_DIR=dist (the folder holding dealbrief/ and the .tar.gz).
Skipped only when PyInstaller is not installed (`pip install .[bundle]`), and never under CI=true:
there a missing PyInstaller or X tool fails the test (.ci/run sets CI=true).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from desktop import APP_ID
from tests.needs import in_ci, need_commands, need_module

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder with the one-folder bundle (dealbrief/) and the release archive."""
    given = os.environ.get("DEALBRIEF_BUNDLE_DIR")
    if given:
        return Path(given).resolve()
    need_module("PyInstaller", pip=".[bundle]")
    scratch = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, DEALBRIEF_PYTHON=sys.executable, DIST=str(scratch / "dist"),
               BUILD=str(scratch / "build"))
    done = subprocess.run([str(ROOT / "packaging" / "build.sh")], env=env, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return scratch / "dist"


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """A seller's environment: no venv on PATH, no PYTHONPATH, only the system's tools."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def test_bundle_reports_the_version_from_the_package_metadata(dist: Path, tmp_path: Path) -> None:
    done = run([str(dist / "dealbrief" / "dealbrief"), "--version"], bare_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Dealbrief {project_version()}"


def test_bundle_fills_a_demo_book_and_prints_a_visit_brief(dist: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    exe = str(dist / "dealbrief" / "dealbrief")
    env = bare_env(tmp_path)
    book = tmp_path / "B.dealbrief"
    done = run([exe, "--book", str(book), "demo"], env)
    assert done.returncode == 0, done.stderr
    assert "Added the demo" in done.stdout
    assert book.stat().st_size > 0

    pdf = tmp_path / "brief.pdf"
    # Deal 1 of the demo is 华东精密制造集团's 数字化车间 MES 升级 (the first of demo/deals.json).
    done = run([exe, "--book", str(book), "--lang", "zh_CN", "brief", "1", "-o", str(pdf)], env)
    assert done.returncode == 0, done.stderr
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert "华东精密制造集团" in text, text[:300]
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("DealbriefSans" in name for name in fonts), fonts


def test_bundle_carries_the_apps_compiled_translations(dist: Path) -> None:
    compiled = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    assert compiled
    bundled = dist / "dealbrief" / "_internal" / "resources" / "translations"
    for qm in compiled:
        assert (bundled / qm.name).read_bytes() == qm.read_bytes(), qm.name


@pytest.mark.parametrize(("lang", "file_menu"), [("zh_CN", "文件(&F)"), ("en", "&File")])
def test_bundle_opens_its_window_in_the_chosen_language(dist: Path, tmp_path: Path, lang: str,
                                                        file_menu: str) -> None:
    env = bare_env(tmp_path, DEALBRIEF_EXIT_AFTER_SHOWN="1",
                   DEALBRIEF_CONFIG_DIR=str(tmp_path / "config"))
    book = tmp_path / "B.dealbrief"
    done = run([str(dist / "dealbrief" / "dealbrief"), "--book", str(book), "--lang", lang], env)
    assert done.returncode == 0, done.stderr
    shown = [line for line in done.stdout.splitlines() if line.startswith("window shown after")]
    assert len(shown) == 1, done.stdout + done.stderr
    assert shown[0].split("; menus: ")[1].split()[0] == file_menu, shown[0]
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr


def test_bundled_window_has_the_launchers_window_class_and_the_icon(dist: Path, tmp_path: Path) -> None:
    """On X11 the launcher groups windows by StartupWMClass = the class part of WM_CLASS."""
    need_commands("xvfb-run", "xauth", "xwininfo", "xprop", apt="xvfb xauth x11-utils")
    script = tmp_path / "wmclass.sh"
    script.write_text(
        '"$@" & pid=$!\n'
        "for i in $(seq 1 100); do\n"
        "  id=$(xwininfo -root -tree | grep '\"Dealbrief —' | awk '{print $1}')\n"
        '  [ -n "$id" ] && break; sleep 0.2\n'
        "done\n"
        'xprop -id "$id" WM_CLASS; xprop -id "$id" _NET_WM_ICON | head -n 1; kill $pid\n'
    )
    env = bare_env(tmp_path, DEALBRIEF_CONFIG_DIR=str(tmp_path / "config"))
    del env["QT_QPA_PLATFORM"]
    book = tmp_path / "B.dealbrief"
    done = run(["xvfb-run", "-a", "sh", str(script), str(dist / "dealbrief" / "dealbrief"),
                "--book", str(book)], env)
    assert 'WM_CLASS(STRING) = "dealbrief", "Dealbrief"' in done.stdout, done.stdout + done.stderr
    # The window carries the app icon (the SVG, drawn by the bundled Qt SVG plugins).
    assert "_NET_WM_ICON(CARDINAL) =" in done.stdout, done.stdout
    desktop_entry = (ROOT / "packaging" / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "StartupWMClass=Dealbrief\n" in desktop_entry


def installed_files(home: Path) -> list[str]:
    """Everything under ~/.local except the app folder's contents and desktop caches."""
    local = home / ".local"
    found = []
    for path in sorted(local.rglob("*")):
        rel = path.relative_to(local).as_posix()
        if rel.startswith("opt/dealbrief/") or path.name == "mimeinfo.cache":
            continue
        if path.is_file() or path.is_symlink():
            found.append(rel)
    return found


def test_archive_installs_into_home_and_uninstalls_keeping_the_book(dist: Path, tmp_path: Path) -> None:
    (archive,) = dist.glob(f"dealbrief-{project_version()}-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    assert {p.name for p in unpacked.iterdir()} == {
        "dealbrief", "install.sh", "uninstall.sh", "README.txt", "LICENSE.txt", "share"}
    home = tmp_path / "home"
    home.mkdir()
    env = bare_env(home)

    done = run(["sh", str(unpacked / "install.sh")], env)
    assert done.returncode == 0, done.stderr
    sizes = ("16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512")
    assert installed_files(home) == sorted(
        ["bin/dealbrief", f"share/applications/{APP_ID}.desktop",
         f"share/metainfo/{APP_ID}.metainfo.xml", f"share/icons/hicolor/scalable/apps/{APP_ID}.svg"]
        + [f"share/icons/hicolor/{s}/apps/{APP_ID}.png" for s in sizes]
    )
    local = home / ".local"
    assert (local / "bin" / "dealbrief").is_symlink()
    entry = (local / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{local}/opt/dealbrief/dealbrief"' in entry
    if shutil.which("desktop-file-validate") or in_ci():  # CI has it; a laptop may not
        check = run(["desktop-file-validate", str(local / "share" / "applications" / f"{APP_ID}.desktop")], env)
        assert check.returncode == 0, check.stdout + check.stderr

    done = run([str(local / "bin" / "dealbrief"), "--version"], env)
    assert done.stdout.strip() == f"Dealbrief {project_version()}", done.stderr
    done = run([str(local / "bin" / "dealbrief"), "demo"], env)  # the seller's own book
    assert done.returncode == 0, done.stderr
    book = local / "share" / "Dealbrief" / "book.dealbrief"
    assert book.is_file()
    # The seller starts the app once: it writes its settings and the day's backup.
    done = run([str(local / "bin" / "dealbrief")], dict(env, DEALBRIEF_EXIT_AFTER_SHOWN="1"))
    assert "window shown after" in done.stdout, done.stdout + done.stderr
    settings = home / ".config" / "Dealbrief" / "settings.ini"
    assert settings.is_file()
    kept = [p for p in installed_files(home) if p.startswith("share/Dealbrief/")]
    assert "share/Dealbrief/book.dealbrief" in kept
    assert any(p.startswith("share/Dealbrief/backups/") for p in kept), kept

    done = run(["sh", str(local / "opt" / "dealbrief" / "uninstall.sh")], env)
    assert done.returncode == 0, done.stderr
    assert installed_files(home) == kept  # the book, its backups and its lock file: nothing else
    assert not (local / "opt").exists()
    assert not any((local / "bin").iterdir())
    assert settings.is_file()


def test_bundle_locks_a_book_and_opens_it_with_its_passphrase(dist: Path, tmp_path: Path) -> None:
    """sqlcipher3 travels with the bundle: a book encrypted by the bundle opens with its
    passphrase file, not without it, and its bytes hold no plaintext."""
    exe = str(dist / "dealbrief" / "dealbrief")
    env = bare_env(tmp_path)
    book = tmp_path / "B.dealbrief"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    assert run([exe, "--book", str(book), "demo"], env).returncode == 0
    done = run([exe, "--book", str(book), "encrypt", "--new-passphrase-file", str(secret)], env)
    assert done.returncode == 0, done.stderr
    data = book.read_bytes()
    assert not data.startswith(b"SQLite format 3") and "华东精密".encode() not in data
    done = run([exe, "--book", str(book), "--passphrase-file", str(secret), "deals"], env)
    assert done.returncode == 0, done.stderr
    assert "华东精密" in done.stdout
    done = run([exe, "--book", str(book), "deals"], env)
    assert done.returncode != 0 and "locked with a passphrase" in done.stderr
