"""A process that writes to a book without pause, for the crash test (tests/e2e/test_crash.py).

Each write is one transaction through the services or one session; after its commit returns,
the writer prints what it wrote ("contact ID", "note ID", "move CHANGE_ID DEAL_ID STAGE_ID") and
flushes, so every printed line is a promise that the write is durable.
"""

from __future__ import annotations

import sys
from itertools import count

from sqlmodel import select

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage.tables import CallNote, Deal, Stage, StageChange


def main(book: str, company_id: int, deal_id: int) -> None:
    services = Services.open(book, create=False)
    with services.book.reading() as s:
        stages = [st.id for st in s.exec(select(Stage).order_by(Stage.position))]
    for n in count():
        contact = services.contacts.save(
            ContactRecord(name=f"客户{n}", mobile=f"138{n % 100000000:08d}", remarks="拜访记录 " * 20),
        )
        print(f"contact {contact.id}", flush=True)
        now = services.clock()
        with services.book.session() as s:
            note = CallNote(company_id=company_id, occurred_at=now, situation="现状 " * 50,
                            problem="问题", created_at=now, updated_at=now)
            s.add(note)
            s.flush()
            note_id = note.id
        print(f"note {note_id}", flush=True)
        with services.book.session() as s:
            deal = s.get(Deal, deal_id)
            target = stages[(stages.index(deal.stage_id) + 1) % len(stages)]
            change = StageChange(deal_id=deal_id, from_stage_id=deal.stage_id, to_stage_id=target, changed_at=now)
            deal.stage_id = target
            deal.stage_entered_at = now
            s.add(change)
            s.flush()
            change_id = change.id
        print(f"move {change_id} {deal_id} {target}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
