"""Demo call notes on the demo deals: bilingual S/P/I/N, attendees with interests, next steps."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from desktop.domain.notes import CallNoteRecord, NextStepRecord, NoteAttendeeRecord

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.demo import DemoSummary

TEXTS = ("goal", "situation", "problem", "implication", "need_payoff", "budget", "timeline",
         "risks", "competitors", "product_feedback", "internal_notes")


def add(services: Services, ids: dict[str, int], summary: DemoSummary) -> None:
    """Needs the demo deals (ids["deal:<key>"]) and contacts."""
    from desktop.services.demo import load_demo_data

    now = services.clock()
    today = now.date()
    notes = load_demo_data("notes.json")["notes"]
    for n in notes:
        when = datetime.combine(today - timedelta(days=n["days_ago"]), time(n["hour"]))
        services.notes.save(CallNoteRecord(
            deal_id=ids[f"deal:{n['deal']}"], occurred_at=when, kind=n["kind"],
            **{f: n.get(f, "") for f in TEXTS},
            attendees=tuple(
                NoteAttendeeRecord(contact_id=ids[a["contact"]], personal_interests=a["interests"],
                                   stance_seen=a["stance"], mark_met=a["met"], update_stance=a["update"])
                for a in n["attendees"]
            ),
            next_steps=tuple(
                NextStepRecord(text=s["text"], owner=s["owner"], due=today + timedelta(days=s["due_days"]),
                               done_at=when + timedelta(days=1) if s.get("done") else None,
                               agreed=s.get("agreed", False))
                for s in n["steps"]
            ),
        ))
    summary.add("call notes", len(notes))
