"""The layering rule, executable: only desktop/ui and desktop/app.py import Qt; lower layers
never import higher ones. The order is read from the import-linter contract in pyproject.toml
(one source of truth; `lint-imports` checks the same order, this test adds Qt and storage rules)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "desktop"


def layer_order() -> list[str]:
    """The layers bottom-up, as pyproject's import-linter contract lists them top-down."""
    config = tomllib.loads((ROOT.parent / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    return [name.removeprefix("desktop.") for name in reversed(contract["layers"])]


ORDER = layer_order()
ALLOWED_STDLIB_ONLY = "domain"


def layer_of(path: Path) -> str:
    rel = path.relative_to(ROOT)
    if rel.parts[0] in ORDER:
        return rel.parts[0]
    if rel.name == "app.py":
        return "app"
    return "root"  # desktop/__init__.py, __main__.py, resources.py


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


SOURCES = sorted(ROOT.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_only_ui_and_app_import_qt(path):
    layer = layer_of(path)
    qt = [n for n in imports_of(path) if n.split(".")[0] in ("PySide6", "shiboken6")]
    if layer not in ("ui", "app"):
        assert qt == [], f"{path} imports {qt}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_lower_layers_do_not_import_higher_ones(path):
    layer = layer_of(path)
    if layer not in ORDER:
        return
    rank = ORDER.index(layer)
    for name in imports_of(path):
        parts = name.split(".")
        if parts[0] != "desktop" or len(parts) < 2:
            continue
        target = "app" if parts[1] == "app" else parts[1]
        if target in ORDER and target != layer:
            assert ORDER.index(target) < rank, f"{path.relative_to(ROOT)} ({layer}) imports {name} ({target})"
    if ORDER.index(layer) > ORDER.index("services"):
        reached = [
            n
            for n in imports_of(path)
            if n.startswith("desktop.storage") or n.split(".")[0] in ("sqlmodel", "sqlalchemy")
        ]
        assert reached == [], f"{path} reaches into storage: {reached} (go through desktop.services)"


def test_the_domain_uses_the_standard_library_only():
    import sys

    for path in (ROOT / "domain").rglob("*.py"):
        for name in imports_of(path):
            top = name.split(".")[0]
            assert top in sys.stdlib_module_names or top in ("desktop", "__future__"), f"{path}: {name}"
