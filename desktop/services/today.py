"""Today: what the seller should do now, most urgent first. Each item names what it opens.

Overdue next steps come first, then money overdue (instalments past their due date), deals that
have stalled and late-stage deals with gaps in the buying committee, then what is due and planned
today and in the next seven days, money falling due in the next seven days and invoices to issue,
and on-hold deals whose date to look again has come.

Everything here is read in plain SQL (storage/queries/today.py through `Book.raw_reading()`):
the app paints Today before SQLModel and the other services are loaded (issue 20), and refreshes
it the same way afterwards. The partners waiting for news, shown above the list, too.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from desktop.domain.clock import Clock, system_clock
from desktop.domain.deals import StageKind, late_stage_ids
from desktop.domain.overview import DealOverview, TodayFirst, TodayItem, TodaySection
from desktop.domain.partner_news import UpdateReminder
from desktop.services.overviews import deal_overviews
from desktop.storage.queries import today as q

if TYPE_CHECKING:
    from desktop.services.collections import BookMoney
    from desktop.storage.book import Book

WEEK_DAYS = 7  # "this week" is today and the six days after it
FIRST_ROWS = 25  # rows of each section Today shows before "Show all"
SECTION_ORDER = tuple(TodaySection)


class TodayService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    @cached_property
    def money(self) -> BookMoney:
        """The book's money reads (the whole agenda): the money and contracts rules load when
        first used; Today's first rows count and cut the money sections in SQL (issue 20)."""
        from desktop.services.collections import BookMoney

        return BookMoney(self.book, self.clock)

    def _money_items(self, today: date) -> list[TodayItem]:
        """Collections overdue and due in the next 7 days, invoices to issue: each opens the
        deal's Money tab."""
        from desktop.domain.money import InstalmentStatus

        items = []
        for c in self.money.collections(today, ahead_days=WEEK_DAYS - 1):
            section = TodaySection.MONEY_OVERDUE if c.status == InstalmentStatus.OVERDUE else TodaySection.MONEY_DUE
            items.append(TodayItem(section=section, opens=("money", c.deal_id), deal_id=c.deal_id,
                                   company=c.company, deal_title=c.deal_title, text=c.name, due=c.due,
                                   days=c.days_overdue, item_id=c.instalment_id, amount_fen=c.outstanding_fen,
                                   currency=c.currency))
        for v in self.money.invoices_to_issue(today, WEEK_DAYS - 1):
            items.append(TodayItem(section=TodaySection.INVOICES_TO_ISSUE, opens=("money", v.deal_id),
                                   deal_id=v.deal_id, company=v.company, deal_title=v.deal_title,
                                   text=v.instalment, due=v.due, item_id=v.invoice_id or v.instalment_id,
                                   amount_fen=v.amount_fen, currency=v.currency))
        return items

    def _first_money_items(self, today: date, limit: int,
                           counts: dict[TodaySection, int]) -> list[TodayItem]:
        """The first `limit` rows of each money section (as _money_items lists them) and each
        section's count, cut and counted in SQL: not every open instalment and payment of the
        book read to show 25 (issue 20)."""
        items = []
        with self.book.raw_reading() as conn:
            for section, first, last in (
                (TodaySection.MONEY_OVERDUE, None, today - timedelta(days=1)),
                (TodaySection.MONEY_DUE, today, today + timedelta(days=WEEK_DAYS - 1)),
            ):
                owed, counts[section] = q.owed_between(conn, first, last, limit)
                items += [TodayItem(section=section, opens=("money", c.deal_id), deal_id=c.deal_id,
                                    company=c.company, deal_title=c.deal_title, text=c.name, due=c.due,
                                    days=max(0, (today - c.due).days), item_id=c.id,
                                    amount_fen=max(0, c.amount_fen - c.collected_fen),
                                    currency=c.currency) for c in owed]
            to_make, counts[TodaySection.INVOICES_TO_ISSUE] = q.invoices_to_make(
                conn, today + timedelta(days=WEEK_DAYS - 1), limit)
        items += [TodayItem(section=TodaySection.INVOICES_TO_ISSUE, opens=("money", v.deal_id),
                            deal_id=v.deal_id, company=v.company, deal_title=v.deal_title,
                            text=v.instalment, due=v.due, item_id=v.invoice_id or v.instalment_id,
                            amount_fen=v.amount_fen, currency=v.currency) for v in to_make]
        return items

    def agenda(self, today: date | None = None) -> list[TodayItem]:
        """Every item for `today` (default: the clock's day), in section order."""
        today = today or self.clock().date()
        week_end = today + timedelta(days=WEEK_DAYS - 1)
        with self.book.raw_reading() as conn:
            late = late_stage_ids(q.stages(conn))
            steps = q.steps_due_by(conn, week_end)
            visits = q.visits_in(conn, datetime.combine(today, time.min),
                                 datetime.combine(week_end + timedelta(days=1), time.min))
            # Only deals still being worked can be due, stale, at risk or up for review; a won
            # deal still has its promised steps (the last payment, the go-live), a lost one has
            # none. Only late-stage deals can be "at risk": only their committees are read.
            overviews = {o.id: o for o in deal_overviews(
                conn, self.clock().date(), kinds={StageKind.OPEN, StageKind.ON_HOLD}, gaps_in=late)}
            # A won deal is never stale, at risk or on hold: only those with a step or a visit
            # in the list are read, not the years of won deals (flat as the book grows, issue 20).
            won = sorted({x.deal_id for x in (*steps, *visits)} - set(overviews))
            if won:
                overviews.update((o.id, o) for o in deal_overviews(
                    conn, self.clock().date(), deal_ids=won, kinds={StageKind.WON}, gaps_in=late))
        live = set(overviews)
        items: list[TodayItem] = []
        for step in steps:
            if step.deal_id not in live:
                continue
            section = (TodaySection.OVERDUE if step.due < today
                       else TodaySection.DUE_TODAY if step.due == today else TodaySection.DUE_THIS_WEEK)
            items.append(_item(section, overviews[step.deal_id], text=step.text, due=step.due,
                               days=max(0, (today - step.due).days), item_id=step.id,
                               opens=("next_step", step.id)))
        for v in visits:
            if v.deal_id not in live:
                continue
            section = TodaySection.VISITS_TODAY if v.planned_at.date() == today else TodaySection.VISITS_THIS_WEEK
            items.append(_item(section, overviews[v.deal_id], text=v.goal, when=v.planned_at,
                               place=v.place, item_id=v.id, opens=("visit", v.id)))
        ordered = sorted(overviews.values(), key=lambda o: -o.days_in_stage)
        for o in ordered:
            if o.stale:
                items.append(_item(TodaySection.STALE, o, days=o.days_in_stage))
        for o in sorted(overviews.values(), key=lambda o: (-o.stage.position, -(o.deal.amount or 0))):
            if o.status == StageKind.OPEN and o.stage.id in late and o.gaps:
                items.append(_item(TodaySection.AT_RISK, o, gaps=o.gaps, opens=("committee", o.id)))
        items += self._money_items(today)
        for o in overviews.values():
            until = o.deal.on_hold_until
            if o.status == StageKind.ON_HOLD and until is not None and until <= today:
                items.append(_item(TodaySection.ON_HOLD_REVIEW, o, due=until, days=(today - until).days))
        return sorted(items, key=lambda i: SECTION_ORDER.index(i.section))

    def at_risk(self, limit: int = FIRST_ROWS) -> tuple[list[TodayItem], int]:
        """Late-stage deals with gaps in their committee: the first `limit` (latest stage, then
        largest first) and how many. Every late-stage deal's committee is read to know."""
        with self.book.raw_reading() as conn:
            late = late_stage_ids(q.stages(conn))
            ids = q.deal_ids_in(conn, late)
            found = deal_overviews(conn, self.clock().date(), deal_ids=ids, gaps_in=late) if ids else []
        risky = sorted((o for o in found if o.status == StageKind.OPEN and o.gaps),
                       key=lambda o: (-o.stage.position, -(o.deal.amount or 0)))
        return ([_item(TodaySection.AT_RISK, o, gaps=o.gaps, opens=("committee", o.id))
                 for o in risky[:limit]], len(risky))

    def late_deal_count(self) -> int:
        """How many deals are in the late stages (what at_risk() reads committees for)."""
        with self.book.raw_reading() as conn:
            return q.count_deals_in(conn, late_stage_ids(q.stages(conn)))

    def first(self, limit: int = FIRST_ROWS, today: date | None = None, *,
              with_at_risk: bool = True) -> TodayFirst:
        """The first `limit` items of each section and each section's count, read without
        walking the book: steps, visits, stale and on-hold deals are counted and cut in SQL, and
        only the deals shown are read whole (issue 20). The same items, in the same order, as
        the start of each section of agenda(). Deals at risk need every late-stage committee
        read: `with_at_risk=False` leaves them to at_risk() (the page reads them on the thread
        pool when there are many)."""
        today = today or self.clock().date()
        week_end = today + timedelta(days=WEEK_DAYS - 1)
        day_start = datetime.combine(today, time.min)
        next_day = day_start + timedelta(days=1)
        after_week = datetime.combine(week_end + timedelta(days=1), time.min)
        counts: dict[TodaySection, int] = {}
        steps: list = []
        visits: list = []
        with self.book.raw_reading() as conn:
            for section, first, last in (
                (TodaySection.OVERDUE, None, today - timedelta(days=1)),
                (TodaySection.DUE_TODAY, today, today),
                (TodaySection.DUE_THIS_WEEK, today + timedelta(days=1), week_end),
            ):
                found, counts[section] = q.steps_between(conn, first, last, limit)
                steps += [(section, step) for step in found]
            for section, start, end in ((TodaySection.VISITS_TODAY, day_start, next_day),
                                        (TodaySection.VISITS_THIS_WEEK, next_day, after_week)):
                found_visits, counts[section] = q.visits_between(conn, start, end, limit)
                visits += [(section, v) for v in found_visits]
            stale, counts[TodaySection.STALE] = q.stale_deal_ids(conn, today, limit)
            on_hold, counts[TodaySection.ON_HOLD_REVIEW] = q.on_hold_due_ids(conn, today, limit)
            wanted = {st.deal_id for _, st in steps} | {v.deal_id for _, v in visits}
            wanted |= set(stale) | set(on_hold)
            overviews = {o.id: o for o in deal_overviews(conn, self.clock().date(),
                                                          deal_ids=sorted(wanted))} if wanted else {}
        items: list[TodayItem] = []
        for section, step in steps:
            if step.deal_id in overviews:
                items.append(_item(section, overviews[step.deal_id], text=step.text, due=step.due,
                                   days=max(0, (today - step.due).days), item_id=step.id,
                                   opens=("next_step", step.id)))
        for section, v in visits:
            if v.deal_id in overviews:
                items.append(_item(section, overviews[v.deal_id], text=v.goal, when=v.planned_at,
                                   place=v.place, item_id=v.id, opens=("visit", v.id)))
        items += [_item(TodaySection.STALE, overviews[i], days=overviews[i].days_in_stage)
                  for i in stale if i in overviews]
        if with_at_risk:
            risky, counts[TodaySection.AT_RISK] = self.at_risk(limit)
            items += risky
        items += self._first_money_items(today, limit, counts)
        for i in on_hold:
            if i in overviews and (until := overviews[i].deal.on_hold_until) is not None:
                items.append(_item(TodaySection.ON_HOLD_REVIEW, overviews[i], due=until,
                                   days=(today - until).days))
        items.sort(key=lambda i: SECTION_ORDER.index(i.section))
        return TodayFirst(tuple(items), {k: v for k, v in counts.items() if v})

    def company_count(self) -> int:
        """How many companies the book holds (0: a new, empty book gets the first-run hint)."""
        with self.book.raw_reading() as conn:
            return q.company_count(conn)

    def partners_waiting(self, today: date, days: int) -> list[UpdateReminder]:
        """Partners with open referred deals who have heard nothing for `days` days or more
        (shown above Today's list). Without any update sent, the wait counts from their earliest
        open referral."""
        with self.book.raw_reading() as conn:
            return partners_waiting(conn, today, days)

    def partners_waiting_count(self, today: date, days: int) -> int:
        """How many partners `partners_waiting` would list: one index-only count, read before
        Today's first paint so the panel above the list has its height from the start."""
        with self.book.raw_reading() as conn:
            return q.partners_waiting_count(conn, today, days)


def partners_waiting(conn: q.Connection, today: date, days: int) -> list[UpdateReminder]:
    """Partners waiting for news (TodayService.partners_waiting; PartnerService.due_for_update)."""
    first_open: dict[int, date] = {}
    open_count: dict[int, int] = defaultdict(int)
    for pid, referred_on, created_at in q.open_referrals(conn):
        since = referred_on or created_at.date()
        first_open[pid] = min(first_open.get(pid, since), since)
        open_count[pid] += 1
    sent = q.last_updates(conn)
    names = q.partner_names(conn)
    found = []
    for pid, first in first_open.items():
        last = sent[pid].date() if pid in sent else None
        since = last or first
        waited = (today - since).days
        if waited >= days:
            found.append(UpdateReminder(pid, names[pid], open_count[pid], last, since, waited))
    return sorted(found, key=lambda r: (-r.days_waiting, r.name))


def _item(section: TodaySection, o: DealOverview, opens: tuple[str, int] | None = None,
          **kwargs: object) -> TodayItem:
    """A row of Today; by default it opens its deal (a next step, a visit or the committee when
    that is what the row is about)."""
    return TodayItem(section=section, opens=opens or ("deal", o.id), deal_id=o.id,
                     company=o.deal.company_name, deal_title=o.deal.title, stage=o.stage,
                     **kwargs)  # type: ignore[arg-type]
