"""Deals of the large book with three years of stage history, committees and partner fees."""

from __future__ import annotations

from datetime import datetime, timedelta

from bench import spin_text
from bench.world import BENCH_DEAL_MARK, BENCH_STAKEHOLDERS, DealPlan, World, ds, ts

# Share of deals by outcome; open deals are then spread over every open stage.
KIND_SHARES = (("open", 0.30), ("won", 0.22), ("lost", 0.36), ("on_hold", 0.12))
OPEN_STAGE_WEIGHTS = (25, 20, 18, 15, 12, 10)  # lead … negotiation: fewer deals further on
PHASES = ("一期", "二期", "三期", "升级", "试点", "全厂推广", "集团项目", "pilot")
STANCES = ("supporter", "neutral", "opponent", "unknown")
STANCE_WEIGHTS = (35, 35, 12, 18)
INFLUENCES = ("high", "medium", "low")
ROLE_ORDER = (
    "decision_maker", "budget_holder", "user", "evaluator", "signer", "coach", "gatekeeper"
)
THREE_YEARS = timedelta(days=3 * 365)


def _kinds(w: World, n: int) -> list[str]:
    """Exact counts per outcome, shuffled; deal 1 (the bench deal) is open."""
    counts = [round(share * n) for _, share in KIND_SHARES]
    counts[2] += n - sum(counts)
    kinds = [k for (k, _), c in zip(KIND_SHARES, counts, strict=True) for _ in range(c)]
    w.rng.shuffle(kinds)
    if kinds[0] != "open":
        kinds[kinds.index("open")] = kinds[0]
        kinds[0] = "open"
    return kinds


def _path(w: World, kind: str, open_index: int) -> list[int]:
    """Stage ids the deal went through, in order; the last one is where it is now."""
    r = w.rng
    stages = w.open_stages
    if kind == "open":
        if open_index < len(stages):  # the first open deals cover every stage
            last = open_index
        else:
            last = r.choices(range(len(stages)), weights=OPEN_STAGE_WEIGHTS[: len(stages)])[0]
        path = stages[: last + 1]
    elif kind == "won":
        path = stages + [w.stages["won"]]
    else:
        path = stages[: r.randrange(1, len(stages) + 1)] + [w.stages[kind]]
    if len(path) > 3 and r.random() < 0.15:  # skipped a stage
        del path[r.randrange(1, len(path) - 1)]
    if len(path) > 3 and r.random() < 0.05:  # went back a step, then on again
        i = r.randrange(2, len(path) - 1)
        path[i:i] = [path[i - 1], path[i - 2]]
    return path


def _timeline(w: World, created: datetime, steps: int, until: datetime) -> list[datetime]:
    """`steps` moments from `created`, spaced like real stage durations, never after `until`."""
    r = w.rng
    gaps = [r.expovariate(1 / 35) + 1 for _ in range(steps - 1)]
    total = sum(gaps) or 1.0
    room = (until - created).total_seconds() / 86400
    factor = min(1.0, room * 0.95 / total)
    moments = [created]
    for gap in gaps:
        moments.append(moments[-1] + timedelta(days=gap * factor, hours=r.randrange(0, 8)))
    return [m.replace(microsecond=0) for m in moments]


def add_deals(w: World) -> None:
    r = w.rng
    n = w.size("deals", least=10)
    kinds = _kinds(w, n)
    candidates = [c for c, people in w.company_contacts.items() if len(people) >= 2]
    weights = [{"S": 12, "A": 6, "B": 3, "C": 1, "": 1}[w.company_tier[c - 1]] for c in candidates]
    deal_rows, change_rows, open_seen = [], [], 0
    for did, kind in enumerate(kinds, start=1):
        bench = did == 1
        company_id = 1 if bench else r.choices(candidates, weights=weights)[0]
        if bench:
            path = list(w.open_stages)
            created = w.now - timedelta(days=220)
        else:
            path = _path(w, kind, open_seen)
            created = (w.now - timedelta(seconds=r.randrange(int(THREE_YEARS.total_seconds()))))
            created = max(created, w.now - THREE_YEARS).replace(microsecond=0)
            if (w.now - created).days < 20:
                created -= timedelta(days=20)
        open_seen += kind == "open"
        until = w.now - timedelta(hours=2) if kind == "open" else w.now - timedelta(days=3)
        moments = _timeline(w, created, len(path), until)
        previous = None
        for stage_id, moment in zip(path, moments, strict=True):
            change_rows.append((did, previous, stage_id, ts(moment), r.choice(("", "", "客户确认"))))
            previous = stage_id
        entered = moments[-1]
        amount = r.choice((3, 5, 8, 12, 20, 30, 50, 80, 120, 200, 350)) * 10_000
        amount += r.randrange(0, 50) * 1000
        plan = DealPlan(did, company_id, kind, created, entered, amount, is_bench=bench)
        if not bench and w.partners and r.random() < 0.2:
            plan.referrer_index = r.randrange(len(w.partners))
        w.deals.append(plan)
        brand = w.company_brand[company_id - 1]
        system = r.choice(spin_text.SYSTEMS[:6])
        title = f"{brand} {system} {r.choice(PHASES)}"
        if bench:
            title = f"{BENCH_DEAL_MARK} {brand} MES 三期"
        expected = (
            (w.now + timedelta(days=r.randrange(-30, 240))).date() if kind == "open"
            else entered.date()
        )
        lost_reason = r.choice(w.lost_reasons) if kind == "lost" else None
        lost_text = r.choice(("", "", "对方老板的亲戚在竞争对手那边", "价格差了30%")) if lost_reason else ""
        hold_until = (w.now + timedelta(days=r.randrange(-20, 180))).date() if kind == "on_hold" else None
        referrer = w.partners[plan.referrer_index][0] if plan.referrer_index is not None else None
        deal_rows.append((
            did, company_id, title, amount, "CNY", ds(expected),
            "转介绍" if referrer else r.choice(("展会", "官网咨询", "老客户", "陌拜", "招标网")),
            path[-1], ts(entered), None, lost_reason, lost_text,
            ds(hold_until) if hold_until else None,
            "、".join(r.sample(spin_text.COMPETITORS, r.randrange(0, 3))), "",
            referrer, ds(created.date()) if referrer else None,
            ts(created), ts(entered), None,
        ))
    w.insert(
        "deal",
        ("id", "company_id", "title", "amount", "currency", "expected_close", "lead_source",
         "stage_id", "stage_entered_at", "probability_override", "lost_reason_id",
         "lost_reason_text", "on_hold_until", "competitors", "remarks", "referrer_id",
         "referred_on", "created_at", "updated_at", "deleted_at"),
        deal_rows,
    )
    w.insert(
        "stage_change", ("deal_id", "from_stage_id", "to_stage_id", "changed_at", "comment"),
        change_rows,
    )


def add_committees(w: World) -> None:
    r = w.rng
    text = spin_text.NoteText(r)
    roles = [w.roles[k] for k in ROLE_ORDER if k in w.roles]
    people_rows, role_rows, sid = [], [], 0
    for deal in w.deals:
        people = w.company_contacts[deal.company_id]
        if deal.is_bench:
            size = BENCH_STAKEHOLDERS
        else:
            size = min(len(people), 2 + min(int(r.expovariate(1 / 3)), 10))
        deal.stakeholder_contacts = r.sample(people, size)
        for position, contact_id in enumerate(deal.stakeholder_contacts):
            sid += 1
            met = r.random() < 0.7
            last_met = w.moment_between(deal.created, deal.entered).date() if met else None
            people_rows.append((
                sid, deal.id, contact_id, r.choices(STANCES, weights=STANCE_WEIGHTS)[0],
                r.choice(INFLUENCES), met, ds(last_met) if last_met else None,
                text.one(spin_text.CARES), text.one(spin_text.INTERESTS) if r.random() < 0.6 else "",
                r.choice(spin_text.COMPETITORS) if r.random() < 0.12 else "",
                text.one(spin_text.HOW_TO_TALK) if r.random() < 0.5 else "", position,
            ))
            mine = {roles[position % len(roles)]}
            if r.random() < 0.25:
                mine.add(r.choice(roles))
            role_rows += [(sid, role_id) for role_id in sorted(mine)]
    w.insert(
        "stakeholder",
        ("id", "deal_id", "contact_id", "stance", "influence", "met", "last_met", "cares_about",
         "personal_interests", "competitor_backed", "how_to_talk", "position"),
        people_rows,
    )
    w.insert("stakeholder_role", ("stakeholder_id", "role_id"), role_rows)


def add_fees(w: World) -> None:
    """A finder's fee when a referred deal came in; a success fee when it was won."""
    rows = []
    for deal in w.deals:
        if deal.referrer_index is None:
            continue
        pid, finder, finder_value, success, success_value = w.partners[deal.referrer_index]
        if finder != "none":
            amount = int(finder_value if finder == "fixed" else deal.amount * finder_value / 100)
            rows.append(_fee(w, deal.id, pid, "finder", amount, deal.created))
        if deal.kind == "won" and success != "none":
            amount = int(success_value if success == "fixed" else deal.amount * success_value / 100)
            rows.append(_fee(w, deal.id, pid, "success", amount, deal.entered))
    w.insert(
        "fee",
        ("deal_id", "partner_id", "kind", "amount", "status", "due_since", "paid_on",
         "paid_amount", "note"),
        rows,
    )


def _fee(w: World, deal_id: int, partner_id: int, kind: str, amount: int, since: datetime) -> tuple:
    r = w.rng
    old = (w.now - since).days > 90
    status = "paid" if old and r.random() < 0.7 else r.choice(("due", "due", "waived"))
    paid_on = (since + timedelta(days=r.randrange(10, 80))).date() if status == "paid" else None
    return (
        deal_id, partner_id, kind, amount, status, ds(since.date()),
        ds(paid_on) if paid_on else None, amount if status == "paid" else None, "",
    )
