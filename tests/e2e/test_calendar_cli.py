"""`dealbrief calendar -o FILE.ics [--days N]` on a real book file, and its errors."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar

from desktop.cli import main
from desktop.domain.clock import system_clock
from desktop.services.container import Services
from tests.printing_data import add_full_deal


def _book(tmp_path, days_ahead=3):
    path = tmp_path / "book.dealbrief"
    s = Services.open(path)
    at = (system_clock() + timedelta(days=days_ahead)).replace(hour=14, minute=0)
    add_full_deal(s, visit_at=at)
    s.close()
    return path


def _uids(path):
    return {str(e["UID"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_writes_the_next_30_days_in_the_given_zone(tmp_path, capsys):
    book = _book(tmp_path)
    out = tmp_path / "cal.ics"
    assert main(["--book", str(book), "calendar", "-o", str(out), "--zone", "Asia/Shanghai"]) == 0
    cal = Calendar.from_ical(out.read_bytes())
    [visit] = [e for e in cal.walk("VEVENT") if "visit" in str(e["UID"])]
    assert visit["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert "(Asia/Shanghai)" in capsys.readouterr().out


def test_days_limits_the_range(tmp_path, capsys):
    book = _book(tmp_path, days_ahead=5)
    near, far = tmp_path / "near.ics", tmp_path / "far.ics"
    assert main(["--book", str(book), "calendar", "-o", str(near), "--days", "2"]) == 0
    assert main(["--book", str(book), "calendar", "-o", str(far), "--days", "10"]) == 0
    assert not any("visit" in u for u in _uids(near))
    assert any("visit" in u for u in _uids(far))


def test_a_date_range_in_english(tmp_path, capsys):
    book = _book(tmp_path)
    out = tmp_path / "cal.ics"
    start = system_clock().date()
    code = main(["--book", str(book), "calendar", "-o", str(out), "--lang", "en",
                 "--from", start.isoformat(), "--to", (start + timedelta(days=7)).isoformat(),
                 "--no-alarms", "--zone", "Europe/Berlin"])
    assert code == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert any(str(e["SUMMARY"]).startswith("Visit: ") for e in events)
    assert not any(e.walk("VALARM") for e in events)


def test_errors_are_plain_and_write_nothing(tmp_path, capsys):
    book = _book(tmp_path)
    out = tmp_path / "cal.ics"
    cases = [
        (["--days", "0"], "--days must be from 1 to 3660"),
        (["--days", "5", "--from", "2026-12-01", "--to", "2026-12-02"], "either --days or --from"),
        (["--from", "2026-12-01"], "give both --from and --to"),
        (["--from", "2026-12-05", "--to", "2026-12-01"], "is before --from"),
        (["--from", "1.12.2026", "--to", "2026-12-01"], "--from must be a date like 2026-12-01"),
        (["--zone", "Mars/Olympus"], "unknown time zone 'Mars/Olympus'"),
    ]
    for extra, words in cases:
        assert main(["--book", str(book), "calendar", "-o", str(out), *extra]) == 1, extra
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err, (extra, err)
        assert not out.exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["--book", str(book), "calendar", "-o", str(blocker / "cal.ics")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_a_missing_book_is_a_plain_error(tmp_path, capsys):
    code = main(["--book", str(tmp_path / "none.dealbrief"), "calendar", "-o",
                 str(tmp_path / "c.ics")])
    assert code == 2
    assert "dealbrief:" in capsys.readouterr().err
    assert not (tmp_path / "c.ics").exists() and not (tmp_path / "none.dealbrief").exists()


def test_a_visit_moved_keeps_its_uid(tmp_path):
    book = _book(tmp_path)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert main(["--book", str(book), "calendar", "-o", str(first)]) == 0
    s = Services.open(book)
    visit = s.calendar.visits(datetime(2000, 1, 1), datetime(2100, 1, 1))[0]
    s.deals.update_visit(visit.id, visit.planned_at + timedelta(hours=2), place="别处")
    s.close()
    assert main(["--book", str(book), "calendar", "-o", str(second)]) == 0
    assert _uids(first) == _uids(second)
