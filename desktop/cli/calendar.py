"""`dealbrief calendar -o FILE.ics [--days N]`: the coming visits, next steps and collections
as a calendar file that any phone or desktop calendar imports (again: events are updated, not
doubled). Nothing internal goes in: the customer, the place and the goal only."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desktop.services.container import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("calendar", help="write visits, next steps and collections to an .ics file")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics", help="the file to write")
    p.add_argument("--days", type=int, default=None, metavar="N",
                   help="the next N days, today included (default: 30)")
    p.add_argument("--from", dest="first", metavar="DATE", help="first day, e.g. 2026-12-01")
    p.add_argument("--to", dest="last", metavar="DATE", help="last day, e.g. 2026-12-31")
    p.add_argument("--zone", metavar="ZONE",
                   help="time zone of the times, e.g. Asia/Shanghai (default: this computer's)")
    p.add_argument("--no-alarms", action="store_true", help="write the events without alarms")
    p.add_argument("--lang", dest="cal_lang", choices=("zh_CN", "en"),
                   help="language of the event titles (default: the global --lang, else zh_CN)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli.common import with_services

    return with_services(create=False)(_run)(args)


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{what} must be a date like 2026-12-01, not {text!r}") from None


def _fail(message: str) -> int:
    print(f"dealbrief: {message}", file=sys.stderr)
    return 1


def _run(args: argparse.Namespace, services: Services) -> int:
    from desktop.domain.calendar import DEFAULT_DAYS, CalendarOptions, export_range
    from desktop.services.ics import UnknownZone, local_zone_name

    if args.days is not None and (args.first or args.last):
        return _fail("give either --days or --from/--to, not both.")
    if args.days is not None and not 1 <= args.days <= 3660:
        return _fail(f"--days must be from 1 to 3660, not {args.days}.")
    try:
        if args.first or args.last:
            if not (args.first and args.last):
                return _fail("give both --from and --to.")
            first, last = _day(args.first, "--from"), _day(args.last, "--to")
            if last < first:
                return _fail(f"--to ({last}) is before --from ({first}).")
        else:
            first, last = export_range(services.clock().date(), args.days or DEFAULT_DAYS)
    except ValueError as exc:
        return _fail(f"{exc}.")
    lang = args.cal_lang or getattr(args, "lang", None) or "zh_CN"
    options = CalendarOptions(language=lang)
    if args.no_alarms:
        options = CalendarOptions(language=lang, visit_alarm_minutes=None, day_alarm_at=None)
    zone = args.zone or local_zone_name()
    try:
        result = services.calendar.export(args.output, first=first, last=last, zone=zone,
                                          options=options)
    except UnknownZone:
        return _fail(f"unknown time zone {args.zone!r}; use a name like Asia/Shanghai.")
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}. Nothing was written.")
    where = f" ({zone})" if zone else " (floating local times: the zone is unknown)"
    print(f"Wrote {result.count} events from {first} to {last}{where} to {result.path}.")
    return 0
