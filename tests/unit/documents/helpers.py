"""Reading stories and PDFs in tests: the plain text of flowables, pypdf text, pdffonts."""

from __future__ import annotations

import io
import subprocess
from typing import Any


def story_text(flowables: list[Any]) -> list[str]:
    """The text of every paragraph in a story, in reading order (tables row by row)."""
    from reportlab.platypus import Paragraph, Table

    out: list[str] = []

    def walk(item: Any) -> None:
        if isinstance(item, Paragraph):
            out.append(item.getPlainText())
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    walk(cell)
        elif isinstance(item, (list, tuple)):
            for sub in item:
                walk(sub)
        else:
            for attr in ("_content", "_flowables"):
                if hasattr(item, attr):
                    walk(getattr(item, attr))
            if hasattr(item, "_items"):  # ListItem / ListFlowable
                walk(item._items)
            if hasattr(item, "tags"):
                out.extend(t.text for t in item.tags)

    walk(flowables)
    return out


def pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pdf_page_size(data: bytes) -> tuple[float, float]:
    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    return float(box.width), float(box.height)


def pdffonts(path: str) -> list[list[str]]:
    """Rows of `pdffonts`: name, type, encoding, emb, sub, uni, object, id."""
    out = subprocess.run(["pdffonts", path], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]
