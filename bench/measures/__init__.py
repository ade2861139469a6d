"""The measures of `python -m bench`: one module per area, each run in its own process.

A measure module declares `ROWS` (what it reports, with budgets) and `measure(ctx)`, which returns
samples per row key (seconds, or MB for memory). A row left out of the result, or a module that
raises NotBuilt or fails to import a feature, is shown as "n/a (not built)".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# In the order of the table.
MODULES = (
    "startup", "people", "board", "deal_page", "today", "search", "documents", "importing", "memory",
    "calendar", "money", "reports", "encrypted",
)


# What `--scale` measures by default: the costs that should stay flat as the book grows.
SCALED = ("people", "board", "deal_page", "today", "search", "importing", "reports", "money",
          "calendar")


class NotBuilt(Exception):
    """The feature this measure needs is not in this checkout yet."""


@dataclass(frozen=True)
class Row:
    """One line of the table: a measure with its budget."""

    key: str
    label: str
    budget: float | None  # in `unit`; None: reported for comparison, no budget
    unit: str = "ms"  # ms | s | MB | x
    p95: bool = True  # show the 95th percentile


@dataclass(frozen=True)
class Context:
    """What a measure gets: the large book (a private copy it may read), a scratch folder for
    copies it writes to, how many runs to take, and the language of the UI."""

    book: Path
    reference: Path  # the cached large book: copy it before writing
    work: Path
    runs: int
    language: str = "zh_CN"
