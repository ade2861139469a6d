"""Writing calendar entries (desktop.domain.calendar) as an iCalendar file (RFC 5545).

Timed events carry the laptop's zone as a TZID with its VTIMEZONE, so a phone in another zone
still shows the visit at the right moment; when the zone is unknown the times are written
floating (the importing calendar reads them as its own local time). All-day entries are dates,
which have no zone. Every event has a DISPLAY alarm when its entry has one.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop import __version__
from desktop.domain.calendar import CalendarEntry, EntryKind

PRODID = f"-//Dealbrief//Dealbrief {__version__}//EN"
CATEGORIES = {EntryKind.VISIT: "Visit", EntryKind.NEXT_STEP: "Next step",
              EntryKind.COLLECTION: "Collection"}


class UnknownZone(ValueError):
    """A time zone name that is not in the zone database."""


def zone_info(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownZone(name) from exc


def local_zone_name() -> str | None:
    """The laptop's zone as an IANA name (Asia/Shanghai), or None when it cannot be told.

    $TZ first, then where /etc/localtime points (Linux, macOS), then /etc/timezone (Debian).
    The app passes Qt's answer instead (QTimeZone.systemTimeZoneId, which knows Windows too).
    """
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    for name in candidates:
        if name and ("/" in name or name == "UTC"):
            try:
                zone_info(name)
            except UnknownZone:
                continue
            return name
    return None


def calendar_bytes(entries: list[CalendarEntry], *, zone: str | None, stamp: datetime,
                   name: str = "Dealbrief") -> bytes:
    """The .ics file's bytes. `stamp` is the local time of the export (DTSTAMP, in UTC)."""
    # icalendar (and dateutil under it) loads in about a third of a second: only when a file
    # is written, not at start-up
    from icalendar import Alarm, Calendar, Event, Timezone

    tz = zone_info(zone) if zone else None
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    if zone:
        cal.add("x-wr-timezone", zone)
    utc_stamp = (stamp.replace(tzinfo=tz) if stamp.tzinfo is None else stamp).astimezone(UTC)
    if tz is not None and zone:
        # the zone's rules over the years the file spans (and the export's own), put in once
        # rather than searched for event by event (add_missing_timezones walks every component)
        days = [e.day for e in entries] + [stamp.date()]
        cal.add_component(Timezone.from_tzinfo(
            tz, zone, first_date=date(min(days).year - 1, 1, 1),
            last_date=date(max(days).year + 2, 1, 1)))
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", utc_stamp)
        event.add("summary", entry.summary)
        if entry.all_day:
            event.add("dtstart", entry.start)
            event.add("dtend", entry.end)
            event.add("transp", "TRANSPARENT")  # a reminder for the day, not a busy slot
        else:
            event.add("dtstart", entry.start.replace(tzinfo=tz))  # type: ignore[union-attr]
            event.add("dtend", entry.end.replace(tzinfo=tz))  # type: ignore[union-attr]
        if entry.location:
            event.add("location", entry.location)
        if entry.description:
            event.add("description", entry.description)
        event.add("categories", [CATEGORIES[entry.kind]])
        if entry.alarm is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", entry.summary)
            alarm.add("trigger", entry.alarm)
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical(sorted=False)  # properties in the order added: faster, same meaning


_STAMP = re.compile(rb"^DTSTAMP:[^\r\n]*\r?\n", re.MULTILINE)


def same_calendar(a: bytes, b: bytes) -> bool:
    """True when two files differ at most in their export time (DTSTAMP)."""
    return _STAMP.sub(b"", a) == _STAMP.sub(b"", b)
