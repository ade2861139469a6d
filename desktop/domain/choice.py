"""One entry of a pick list (a company, partner or committee member picker): one shape everywhere."""

from __future__ import annotations

from typing import NamedTuple


class Choice(NamedTuple):
    """What the seller reads, then the id it stands for (the order `QComboBox.addItem` takes)."""

    name: str
    id: int
