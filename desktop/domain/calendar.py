"""The seller's calendar as plain data: which events a calendar file holds, and at which times.

Three kinds of entry reach the phone:
- a planned visit: a timed event (start, end = start + the visit's length) at its place, with
  the customer, the deal, the goal and whom we meet; an alarm some minutes before (30 by default);
- a next step with a due date: an all-day event on that day with an alarm at 9:00. Not a VTODO:
  iOS Calendar, Google Calendar (web import and Android) and most Android calendar apps ignore
  VTODO in an imported .ics file (tasks live in separate apps there), so a VTODO would simply
  not show on the seller's phone, while an all-day event shows at the top of the day everywhere;
- an instalment due (collections, 回款): an all-day event on its due date, alarm at 9:00.

What goes in is what the customer would not mind seeing: company, deal title, place, goal, the
names and titles of the people met, the step's text. Never the seller's reading of people
(stance, influence, personal interests, how to talk to them) or internal notes: the file lands
where other apps and clouds read it.

UIDs are stable per record (`dealbrief-visit-12`), so importing a newer file updates the events
instead of adding copies. Times here are naive local wall-clock times, as the book keeps them;
the writer attaches the laptop's time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from desktop.domain.language import pick

DEFAULT_DAYS = 30  # File → Export calendar and the CLI: the next 30 days
UID_DOMAIN = "dealbrief"


class EntryKind(StrEnum):
    VISIT = "visit"
    NEXT_STEP = "next-step"
    COLLECTION = "collection"


@dataclass(frozen=True)
class CalendarOptions:
    """How entries are timed and worded."""

    language: str = "zh_CN"
    visit_length: timedelta = timedelta(hours=1)  # a visit has a start; the calendar needs an end
    visit_alarm_minutes: int | None = 30  # None: no alarm
    day_alarm_at: time | None = time(9, 0)  # all-day entries (steps, collections); None: no alarm


DEFAULT_OPTIONS = CalendarOptions()


@dataclass(frozen=True)
class Attendee:
    """Someone the seller meets: name and job title, nothing of the seller's reading of them."""

    name: str
    title: str = ""


@dataclass(frozen=True)
class VisitFacts:
    """A planned visit as the calendar needs it."""

    id: int
    planned_at: datetime
    company: str
    deal_title: str
    place: str = ""
    goal: str = ""
    attendees: tuple[Attendee, ...] = ()
    deal_id: int = 0


@dataclass(frozen=True)
class StepFacts:
    """An open next step with a due date."""

    id: int
    due: date
    text: str
    company: str
    deal_title: str
    owner: str = ""


@dataclass(frozen=True)
class CollectionFacts:
    """An instalment of a payment plan that is due (filled by the collections service)."""

    id: int
    due: date
    company: str
    deal_title: str
    label: str = ""  # 预付款, 尾款… (the amount stays out: it is the seller's business)


@dataclass(frozen=True)
class CalendarEntry:
    """One event of the calendar file. `start`/`end` are datetimes for a timed event, dates for
    an all-day one (`end` exclusive, as iCalendar wants); `alarm` is how long after `start` the
    alarm rings (negative: before)."""

    uid: str
    kind: EntryKind
    record_id: int
    summary: str
    start: datetime | date
    end: datetime | date
    location: str = ""
    description: str = ""
    alarm: timedelta | None = None

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def day(self) -> date:
        return self.start.date() if isinstance(self.start, datetime) else self.start


def entry_uid(kind: EntryKind, record_id: int) -> str:
    return f"{UID_DOMAIN}-{kind.value}-{record_id}@{UID_DOMAIN}"


def export_range(today: date, days: int = DEFAULT_DAYS) -> tuple[date, date]:
    """The first and last day of an export of `days` days from `today` (today counts)."""
    if days < 1:
        raise ValueError("days must be at least 1")
    return today, today + timedelta(days=days - 1)


def _day_alarm(options: CalendarOptions) -> timedelta | None:
    at = options.day_alarm_at
    return None if at is None else timedelta(hours=at.hour, minutes=at.minute)


def attendees_text(attendees: tuple[Attendee, ...]) -> str:
    return "、".join(f"{a.name}（{a.title}）" if a.title else a.name for a in attendees)


def visit_entry(visit: VisitFacts, options: CalendarOptions = CalendarOptions()) -> CalendarEntry:
    lang = options.language
    summary = pick(lang, "Visit: ", "拜访：") + visit.company
    if visit.goal:
        summary += pick(lang, " — ", " — ") + visit.goal
    lines = [pick(lang, "Deal: ", "商机：") + visit.deal_title]
    if visit.goal:
        lines.append(pick(lang, "Goal: ", "目标：") + visit.goal)
    if visit.attendees:
        lines.append(pick(lang, "We meet: ", "见面：") + attendees_text(visit.attendees))
    alarm = options.visit_alarm_minutes
    return CalendarEntry(
        uid=entry_uid(EntryKind.VISIT, visit.id), kind=EntryKind.VISIT, record_id=visit.id,
        summary=summary, start=visit.planned_at, end=visit.planned_at + options.visit_length,
        location=visit.place, description="\n".join(lines),
        alarm=None if alarm is None else -timedelta(minutes=alarm),
    )


def step_entry(step: StepFacts, options: CalendarOptions = CalendarOptions()) -> CalendarEntry:
    lang = options.language
    lines = [pick(lang, "Customer: ", "客户：") + step.company,
             pick(lang, "Deal: ", "商机：") + step.deal_title]
    if step.owner:
        lines.append(pick(lang, "Who: ", "负责：") + step.owner)
    return CalendarEntry(
        uid=entry_uid(EntryKind.NEXT_STEP, step.id), kind=EntryKind.NEXT_STEP, record_id=step.id,
        summary=f"{step.text} · {step.company}", start=step.due, end=step.due + timedelta(days=1),
        description="\n".join(lines), alarm=_day_alarm(options),
    )


def collection_entry(item: CollectionFacts,
                     options: CalendarOptions = CalendarOptions()) -> CalendarEntry:
    lang = options.language
    summary = pick(lang, "Payment due: ", "回款到期：") + item.company + (
        f" · {item.label}" if item.label else "")
    return CalendarEntry(
        uid=entry_uid(EntryKind.COLLECTION, item.id), kind=EntryKind.COLLECTION,
        record_id=item.id, summary=summary, start=item.due, end=item.due + timedelta(days=1),
        description=pick(lang, "Deal: ", "商机：") + item.deal_title, alarm=_day_alarm(options),
    )


def calendar_entries(
    visits: list[VisitFacts] | tuple[VisitFacts, ...] = (),
    steps: list[StepFacts] | tuple[StepFacts, ...] = (),
    collections: list[CollectionFacts] | tuple[CollectionFacts, ...] = (),
    options: CalendarOptions = CalendarOptions(),
) -> list[CalendarEntry]:
    """Every entry, by day (all-day entries first in a day), then by time and kind."""
    entries = ([visit_entry(v, options) for v in visits] + [step_entry(s, options) for s in steps]
               + [collection_entry(c, options) for c in collections])

    def key(e: CalendarEntry) -> tuple:
        at = e.start.time() if isinstance(e.start, datetime) else time.min
        return (e.day, not e.all_day, at, e.kind.value, e.record_id)

    return sorted(entries, key=key)
