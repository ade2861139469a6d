"""The deals area's tests: counting the deals the board reads."""

from __future__ import annotations

import pytest


@pytest.fixture
def deals_read(services, monkeypatch) -> list[int]:
    """How many deals each DealService.list call read (the board builds its cards from them)."""
    read: list[int] = []
    listing = services.deals.list

    def counting(*args, **kwargs):  # noqa: ANN002, ANN003
        found = listing(*args, **kwargs)
        read.append(len(found))
        return found

    monkeypatch.setattr(services.deals, "list", counting)
    return read
