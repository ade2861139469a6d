"""Every test gets its own book file under tmp_path; Qt runs offscreen in test mode."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.pop("DEALBRIEF_BOOK", None)

# None, True and False made immortal before any Qt call (PySide6 6.12 on Python 3.11 takes a
# reference off True with every Signal.emit(): desktop/ui/none_guard.py)
import desktop.ui  # noqa: E402, F401
from desktop.domain.clock import FixedClock  # noqa: E402
from desktop.services.container import Services  # noqa: E402

NOW = datetime(2026, 11, 20, 9, 30)


@pytest.fixture(scope="session", autouse=True)
def _qt_test_mode() -> None:
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real data or config folders."""
    monkeypatch.setenv("DEALBRIEF_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("DEALBRIEF_BOOK", raising=False)


@pytest.fixture(autouse=True)
def _gc_unfrozen():
    """A test that starts the app's check freezes the collector's objects (desktop.app
    start_up_over): the test run is no app, let the next test's garbage go as before."""
    yield
    import gc

    gc.unfreeze()


@pytest.fixture(autouse=True)
def _english_by_default():
    """A test that switches the UI language must not leak it into the next test."""
    yield
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    return tmp_path / "book.dealbrief"


@pytest.fixture
def services(book_path: Path, clock: FixedClock):
    s = Services.open(book_path, clock)
    yield s
    s.close()


@pytest.fixture
def demo_services(services: Services) -> Services:
    from desktop.services.demo import fill_demo

    fill_demo(services)
    return services


@pytest.fixture
def deals_read(monkeypatch):  # noqa: ANN001, ANN201
    """`read = deals_read()`: from then on, the ids of the deals Today's plain-SQL reads bring in
    (storage/queries/today.deal_rows), in the order read."""
    import desktop.storage.queries.today as today_queries

    def start() -> list[int]:
        read: list[int] = []
        rows = today_queries.deal_rows

        def recording(conn, deal_ids=None, stage_ids=None):  # noqa: ANN001, ANN202
            found = rows(conn, deal_ids, stage_ids)
            read.extend(r.id for r in found)
            return found

        monkeypatch.setattr(today_queries, "deal_rows", recording)
        return read

    return start
