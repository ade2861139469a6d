"""Call notes with attendees, next steps (some overdue) and visits of the large book."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from bench import spin_text
from bench.world import BENCH_NOTES, DealPlan, World, ds, ts

KINDS = ("visit", "phone", "wechat", "video", "email")
KIND_WEIGHTS = (35, 25, 25, 8, 7)
NO_DEAL_SHARE = 0.08  # notes about a company outside any deal
STANCE_SEEN = ("", "", "", "supporter", "neutral", "opponent")
OWNERS = ("我方", "我", "售前张工", "客户", "", "技术同事")


def _end(w: World, deal: DealPlan) -> datetime:
    return w.now - timedelta(hours=1) if deal.kind == "open" else deal.entered


def _allocate(w: World, n: int) -> Counter[int]:
    """Notes per deal index: exactly BENCH_NOTES for the bench deal, the rest by deal lifetime."""
    r = w.rng
    others = [i for i, d in enumerate(w.deals) if not d.is_bench]
    weights = [(_end(w, w.deals[i]) - w.deals[i].created).days + 15 for i in others]
    on_deals = max(0, round((n - BENCH_NOTES) * (1 - NO_DEAL_SHARE)))
    counts = Counter(r.choices(others, weights=weights, k=on_deals))
    counts[next(i for i, d in enumerate(w.deals) if d.is_bench)] = BENCH_NOTES
    return counts


def add_notes(w: World) -> None:
    r = w.rng
    text = spin_text.NoteText(r)
    n = w.size("notes", least=BENCH_NOTES + 20)
    per_deal = _allocate(w, n)
    companies_with_people = sorted(w.company_contacts)
    note_rows, attendee_rows, step_rows = [], [], []
    nid = 0

    def add(deal: DealPlan | None, company_id: int, people: list[int], start: datetime,
            end: datetime) -> None:
        nonlocal nid
        nid += 1
        occurred = w.moment_between(start, end)
        created = occurred + timedelta(hours=r.randrange(0, 6))
        note_rows.append((
            nid, deal.id if deal else None, company_id, ts(occurred),
            r.choices(KINDS, weights=KIND_WEIGHTS)[0], *text.note_fields(),
            ts(created), ts(created), None,
        ))
        for contact_id in r.sample(people, min(len(people), r.randrange(1, 5))):
            attendee_rows.append((
                nid, contact_id, text.one(spin_text.INTERESTS) if r.random() < 0.2 else "",
                r.choice(STANCE_SEEN),
            ))
        if r.random() < 0.4:
            for _ in range(r.choice((1, 1, 2))):
                step_rows.append(_next_step(w, text, deal, nid, occurred, end))

    for index, count in sorted(per_deal.items()):
        deal = w.deals[index]
        for _ in range(count):
            add(deal, deal.company_id, deal.stakeholder_contacts, deal.created, _end(w, deal))
    while nid < n:
        company_id = r.choice(companies_with_people)
        start = w.now - timedelta(days=3 * 365)
        add(None, company_id, w.company_contacts[company_id], start, w.now - timedelta(hours=1))
    w.insert(
        "call_note",
        ("id", "deal_id", "company_id", "occurred_at", "kind", "goal", "situation", "problem",
         "implication", "need_payoff", "budget", "timeline", "risks", "competitors",
         "product_feedback", "internal_notes", "created_at", "updated_at", "deleted_at"),
        note_rows,
    )
    w.insert(
        "note_attendee", ("note_id", "contact_id", "personal_interests", "stance_seen"),
        attendee_rows,
    )
    w.insert(
        "next_step",
        ("deal_id", "note_id", "text", "owner", "due", "done_at", "created_at", "deleted_at",
         "agreed"),
        step_rows,
    )


def _next_step(w: World, text: spin_text.NoteText, deal: DealPlan | None, note_id: int,
               occurred: datetime, end: datetime) -> tuple:
    """A step agreed in a meeting; older ones are mostly done, the rest open (some overdue)."""
    r = w.rng
    due = (occurred + timedelta(days=r.randrange(1, 30))).date() if r.random() < 0.95 else None
    settled = deal is not None and deal.kind != "open"
    age = (w.now.date() - due).days if due is not None else 0  # days past due
    # A working seller ticks off most steps; a few old ones linger, recent ones are open.
    done = r.random() < (0.98 if settled else 0.97 if age > 30 else 0.7 if age > 0 else 0.15)
    done_at = None
    if done:
        done_at = min(occurred + timedelta(days=r.randrange(0, 20), hours=r.randrange(1, 9)), end)
    return (
        deal.id if deal else None, note_id, text.one(spin_text.NEXT_STEPS), r.choice(OWNERS),
        ds(due) if due else None, ts(done_at) if done_at else None,
        ts(occurred + timedelta(minutes=30)), None,
        note_id % 3 != 0,  # two in three agreed with the customer (no draw: the rest stays seeded)
    )


def add_visits(w: World) -> None:
    """Past visits for every deal that got somewhere; upcoming ones for open deals."""
    r = w.rng
    text = spin_text.NoteText(r)
    rows = []
    for deal in w.deals:
        planned: list[datetime] = []
        if deal.kind != "open" and r.random() < 0.5:
            planned.append(w.moment_between(deal.created, deal.entered))
        if deal.kind == "open":
            planned.append(w.moment_between(deal.created, w.now - timedelta(hours=2)))
            if deal.is_bench or r.random() < 0.5:
                planned.append(w.moment_between(w.now + timedelta(hours=20), w.now + timedelta(days=21)))
        for moment in planned:
            people = r.sample(deal.stakeholder_contacts, min(len(deal.stakeholder_contacts), r.randrange(1, 5)))
            rows.append((
                deal.id, ts(moment), r.choice(("客户会议室", "客户工厂", "对方总部三楼", "茶楼", "线上")),
                r.choice(("我", "我, 售前张工", "我, 技术总监李工")), ",".join(map(str, people)),
                text.one(spin_text.GOALS), None,
            ))
    w.insert(
        "visit",
        ("deal_id", "planned_at", "place", "our_attendees", "attendee_contact_ids", "goal",
         "deleted_at"),
        rows,
    )

