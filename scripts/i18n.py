"""Translation sources: one .ts per area of desktop/ui, kept in resources/translations/.

  python scripts/i18n.py update          run lupdate (zh_CN full, en plurals only) and lrelease
  python scripts/i18n.py missing         list zh_CN messages without a finished translation
  python scripts/i18n.py fill FILE.tsv   set translations from lines "source<TAB>translation"
                                         (or "context<TAB>source<TAB>translation"), then update
  python scripts/i18n.py plurals FILE.tsv   set the English plural forms of %n strings from lines
                                         "source<TAB>one<TAB>other" ("%n row" / "%n rows"), then update

English needs no translation except for %n strings: Qt shows their source ("%n row(s)") unless
the en .ts gives the two forms. `missing` lists those too.

An area is a sub-package of desktop/ui (desktop/ui/people → people_zh_CN.ts); modules directly in
desktop/ui and desktop/app.py form the area "core". tests/unit/test_translations.py fails when a
visible string has no zh_CN translation or a compiled .qm is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def areas() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {"core": sorted(UI.glob("*.py")) + [ROOT / "desktop" / "app.py"]}
    for pkg in sorted(p for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        found[pkg.name] = sorted(pkg.rglob("*.py"))
    return found


def ts_path(area: str, lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{area}_{lang}.ts"


def run_lupdate(area: str, files: list[Path], lang: str, folder: Path = TRANSLATIONS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = ts_path(area, lang, folder)
    cmd = [tool("pyside6-lupdate"), *map(str, files), "-no-obsolete", "-locations", "none", "-target-language", lang,
           "-ts", str(target)]
    if lang == "en":
        cmd.insert(-2, "-pluralonly")
    subprocess.run(cmd, check=True, capture_output=True)
    return target


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def update() -> None:
    for area, files in areas().items():
        for lang in LANGS:
            ts = run_lupdate(area, files, lang)
            run_lrelease(ts, ts.with_suffix(".qm"))
    for stale in TRANSLATIONS.glob("*.ts"):
        if stale.name.startswith("qtextra_"):  # Qt's own words, kept by hand (see the file)
            continue
        if stale.name.rsplit("_", 2)[0] not in areas() and stale.stem.split("_")[0] not in areas():
            print(f"note: {stale.name} belongs to no area any more")


def messages(ts: Path):  # noqa: ANN201 - yields (context, source, message element)
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message, tree


def unfinished(ts: Path) -> list[tuple[str, str]]:
    missing = []
    for context, source, message, _ in messages(ts):
        translation = message.find("translation")
        if translation is None:
            missing.append((context, source))
            continue
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append((context, source))
            continue
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        if not all(t and t.strip() for t in texts):
            missing.append((context, source))
    return missing


def unfinished_plurals(ts: Path) -> list[tuple[str, str]]:
    """%n messages of an English .ts without both forms ("1 row", "2 rows")."""
    missing = []
    for context, source, message, _ in messages(ts):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        forms = [] if translation is None else [f.text for f in translation.findall("numerusform")]
        if (translation is None or translation.get("type") is not None or len(forms) < 2
                or not all(t and t.strip() for t in forms)):
            missing.append((context, source))
    return missing


def fill_plurals(tsv: Path) -> None:
    table: dict[str, tuple[str, str]] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            source, one, other = line.split("\t")
            table[source] = (one, other)
    for ts in sorted(TRANSLATIONS.glob("*_en.ts")):
        changed = False
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            forms_text = table.get(message.findtext("source") or "")
            if message.get("numerus") != "yes" or forms_text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for form in translation.findall("numerusform"):
                translation.remove(form)
            for text in forms_text:
                ET.SubElement(translation, "numerusform").text = text
            translation.attrib.pop("type", None)
            changed = True
        if changed:
            ET.indent(tree)
            tree.write(ts, encoding="utf-8", xml_declaration=True)


def fill(tsv: Path) -> None:
    table: dict[tuple[str | None, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 2:
            table[(None, parts[0].replace("\\n", "\n"))] = parts[1].replace("\\n", "\n")
        elif len(parts) == 3:
            table[(parts[0], parts[1].replace("\\n", "\n"))] = parts[2].replace("\\n", "\n")
    for ts in sorted(TRANSLATIONS.glob("*_zh_CN.ts")):
        changed = False
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            cname = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                done = translation is not None and translation.get("type") is None and (
                    (translation.text or "").strip() or translation.findall("numerusform")
                )
                # A context-free line fills only what is untranslated; a line naming the
                # context may replace a finished translation (a word that differs by context).
                text = table.get((cname, source))
                if text is None and not done:
                    text = table.get((None, source))
                if text is None:
                    continue
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                forms = translation.findall("numerusform")
                if forms or message.get("numerus") == "yes":
                    if not forms:
                        forms = [ET.SubElement(translation, "numerusform")]
                    for form in forms:
                        form.text = text
                else:
                    translation.text = text
                translation.attrib.pop("type", None)
                changed = True
        if changed:
            ET.indent(tree)
            tree.write(ts, encoding="utf-8", xml_declaration=True)
            run_lrelease(ts, ts.with_suffix(".qm"))


def main(argv: list[str]) -> int:
    if not argv or argv[0] == "update":
        update()
    elif argv[0] == "missing":
        total = 0
        for ts in sorted(TRANSLATIONS.glob("*_zh_CN.ts")):
            for context, source in unfinished(ts):
                print(f"{ts.name}\t{context}\t{source!r}")
                total += 1
        for ts in sorted(TRANSLATIONS.glob("*_en.ts")):
            for context, source in unfinished_plurals(ts):
                print(f"{ts.name}\t{context}\t{source!r} (English plural forms)")
                total += 1
        print(f"{total} missing")
        return 1 if total else 0
    elif argv[0] == "fill":
        fill(Path(argv[1]))
        update()
    elif argv[0] == "plurals":
        fill_plurals(Path(argv[1]))
        update()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
