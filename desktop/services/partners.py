"""Referral partners: mark a contact as partner, edit the policy, the given log, referrals, fees.

Reminders (`due_for_update`) and the period report live here too; the progress update itself is
built by `desktop.services.partner_update`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime

from desktop.domain.changes import CONTACTS, DEALS, PARTNERS, writes
from desktop.domain.choice import Choice
from desktop.domain.clock import Clock, system_clock
from desktop.domain.errors import FieldError, NotFound, ValidationFailed
from desktop.domain.partners import (
    FeeRecord,
    FeeStatus,
    GivenRecord,
    PartnerRecord,
    PartnerSummary,
    PolicyKind,
    ReferredDeal,
    ReportRow,
    UpdateReminder,
)
from desktop.services.fees import sync_fees, sync_partner_fees
from desktop.services.people import delete_made_contact
from desktop.services.today import partners_waiting
from desktop.storage.book import Book
from desktop.storage.pinyin import fill_name_alt
from desktop.storage.queries import get_deleted, get_live, linked_live
from desktop.storage.queries import partners as q
from desktop.storage.queries.partners import PARTNER_FIELDS, fee_record, given_record, record_of
from desktop.storage.tables import (
    Contact,
    Deal,
    Fee,
    Partner,
    PartnerGiven,
    PartnerUpdate,
)


def check_policy(record: PartnerRecord) -> list[FieldError]:
    errors: list[FieldError] = []
    for prefix in ("finder_fee", "success_fee"):
        kind, value = getattr(record, f"{prefix}_kind"), getattr(record, f"{prefix}_value")
        if kind not in {k.value for k in PolicyKind}:
            errors.append(FieldError(f"{prefix}_kind", "invalid", kind))
        elif kind == PolicyKind.PERCENT and not 0 < value <= 100:
            errors.append(FieldError(f"{prefix}_value", "percent_range", str(value)))
        elif kind == PolicyKind.FIXED and value <= 0:
            errors.append(FieldError(f"{prefix}_value", "amount_invalid", str(value)))
    if record.success_fee_on not in ("signing", "collection"):
        errors.append(FieldError("success_fee_on", "invalid", record.success_fee_on))
    return errors


class PartnerService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    # --- partners
    def list(self) -> list[PartnerSummary]:
        """Every partner with referred deals by kind, fees owed and paid, last update and contact."""
        with self.book.reading() as s:
            rows = q.partners(s)
            counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
            for pid, kind in q.referral_kinds(s):
                counts[pid][kind] += 1
            due: dict[int, int] = defaultdict(int)
            paid: dict[int, int] = defaultdict(int)
            for fee in q.live_fees(s):
                if fee.status == FeeStatus.DUE:
                    due[fee.partner_id] += fee.amount
                elif fee.status == FeeStatus.PAID:
                    paid[fee.partner_id] += fee.paid_amount or 0
            sent = q.last_updates(s)
            contact = q.last_contacts(s)
            return [
                PartnerSummary(
                    partner=q.partner_record(p, c, cname or ""),
                    open_deals=counts[p.id]["open"] + counts[p.id]["on_hold"],
                    won_deals=counts[p.id]["won"], lost_deals=counts[p.id]["lost"],
                    fees_due=due[p.id], fees_paid=paid[p.id], last_update_sent=sent.get(p.id),
                    last_contact=_latest(contact.get(p.id), sent.get(p.id)),
                )
                for p, c, cname in rows
            ]

    def names(self) -> list[Choice]:
        """Every partner as a pick list (name, id), by name (one query)."""
        with self.book.reading() as s:
            return [Choice(*r) for r in q.names(s, Partner, Contact)]

    def name(self, partner_id: int) -> str:
        """One partner's name, for a picker that shows it before the list is read ('' if gone)."""
        with self.book.reading() as s:
            return q.name_of(s, partner_id) or ""

    def get(self, partner_id: int) -> PartnerRecord:
        with self.book.reading() as s:
            return record_of(s, get_live(s, Partner, partner_id))

    def for_contact(self, contact_id: int) -> PartnerRecord | None:
        with self.book.reading() as s:
            row = q.of_contact(s, contact_id)
            return record_of(s, row) if row else None

    @writes(PARTNERS, CONTACTS)
    def mark(self, contact_id: int | None = None, new_contact_name: str = "") -> PartnerRecord:
        """Make a contact a partner (or create the contact by name first), in one transaction.

        A contact who was a partner before gets their old record back, policy and log included.
        """
        now = self.clock()
        name = " ".join(new_contact_name.split())
        with self.book.session() as s:
            if contact_id is None:
                if not name:
                    raise ValidationFailed([FieldError("contact_id", "required")])
                contact = Contact(name=name, name_alt=fill_name_alt(name, ""),
                                  created_at=now, updated_at=now)
                s.add(contact)
                s.flush()
            else:
                contact = linked_live(s, Contact, contact_id, "contact_id", "contact_missing")
            row = q.of_contact(s, contact.id, live_only=False)
            if row is not None and row.deleted_at is None:
                raise ValidationFailed([FieldError("contact_id", "already_partner")])
            if row is None:
                row = Partner(contact_id=contact.id, created_at=now, updated_at=now)
            row.deleted_at, row.updated_at = None, now
            s.add(row)
            s.flush()
            return record_of(s, row)

    @writes(PARTNERS)
    def save(self, record: PartnerRecord) -> PartnerRecord:
        """Save a partner's details and policy; due fees of their deals follow the new policy."""
        record = replace(record, city=record.city.strip(), offering=record.offering.strip())
        errors = check_policy(record)
        if errors:
            raise ValidationFailed(errors)
        with self.book.session() as s:
            row = get_live(s, Partner, record.id)
            for f in PARTNER_FIELDS:
                setattr(row, f, getattr(record, f))
            row.updated_at = self.clock()
            s.add(row)
            sync_partner_fees(s, row.id, self.clock)
            return record_of(s, row)

    @writes(PARTNERS, CONTACTS)
    def delete(self, partner_id: int, *, with_contact: bool = False) -> None:
        """No longer a partner (the contact stays; fees and deals keep their history).

        `with_contact` (undo of Add partner… that made the contact) deletes the contact too, in
        the same transaction; refused (ValidationFailed 'contact_in_committee', 'contact_in_note'…,
        nothing changed) when something else now holds them."""
        with self.book.session() as s:
            row = get_live(s, Partner, partner_id)
            row.deleted_at = self.clock()
            if with_contact:
                delete_made_contact(s, row.contact_id, row.deleted_at, partner_id=row.id)

    @writes(PARTNERS, CONTACTS)
    def restore(self, partner_id: int, *, with_contact: bool = False) -> None:
        """Bring a deleted partner back (`with_contact`: their deleted contact too, same ids)."""
        with self.book.session() as s:
            row = get_deleted(s, Partner, partner_id)
            row.deleted_at = None
            if with_contact and (contact := s.get(Contact, row.contact_id)) is not None:
                contact.deleted_at = None
                s.add(contact)

    # --- what was given to them
    def given(self, partner_id: int) -> list[GivenRecord]:
        with self.book.reading() as s:
            return q.given(s, partner_id)

    @writes(PARTNERS)
    def add_given(self, partner_id: int, given_on: date | None, description: str) -> GivenRecord:
        errors = []
        if not description.strip():
            errors.append(FieldError("description", "required"))
        if given_on is None:
            errors.append(FieldError("given_on", "required"))
        if errors:
            raise ValidationFailed(errors)
        with self.book.session() as s:
            get_live(s, Partner, partner_id)
            row = PartnerGiven(partner_id=partner_id, given_on=given_on,
                               description=description.strip())
            s.add(row)
            s.flush()
            return given_record(row)

    @writes(PARTNERS)
    def remove_given(self, given_id: int) -> None:
        with self.book.session() as s:
            row = s.get(PartnerGiven, given_id)
            if row is None:
                raise NotFound(given_id)
            s.delete(row)

    # --- referrals and fees
    def referral(self, deal_id: int) -> tuple[int | None, date | None]:
        with self.book.reading() as s:
            deal = get_live(s, Deal, deal_id)
            return deal.referrer_id, deal.referred_on

    @writes(PARTNERS, DEALS)
    def set_referral(self, deal_id: int, partner_id: int | None, referred_on: date | None = None) -> None:
        """Name the partner who referred a deal (None: nobody) and when; fees follow at once."""
        with self.book.session() as s:
            deal = get_live(s, Deal, deal_id)
            if partner_id is not None:
                get_live(s, Partner, partner_id)
            deal.referrer_id = partner_id
            deal.referred_on = (referred_on or deal.referred_on or deal.created_at.date()) if partner_id else None
            deal.updated_at = self.clock()
            s.add(deal)
            sync_fees(s, deal_id, self.clock)

    def deals(self, partner_id: int) -> list[ReferredDeal]:
        """The partner's referred deals, newest referral first, each with its fees."""
        with self.book.reading() as s:
            rows = q.referred_deals(s, partner_id)
            fees = defaultdict(list)
            for fee in q.fees_of_partner(s, partner_id):
                fees[fee.deal_id].append(fee)
            return [
                ReferredDeal(
                    deal_id=d.id, company_name=cname, title=d.title, stage_key=st.key,
                    stage_name_en=st.name_en, stage_name_zh=st.name_zh, stage_kind=st.kind,
                    amount=d.amount, currency=d.currency, referred_on=d.referred_on,
                    fees=tuple(fee_record(f, d, cname) for f in fees[d.id]
                               if f.status != FeeStatus.CANCELLED),
                )
                for d, cname, st in rows
            ]

    def fees(self, partner_id: int | None = None) -> list[FeeRecord]:
        """Fees (not cancelled) of live deals, oldest due first."""
        with self.book.reading() as s:
            return [fee_record(f, d, cname) for f, d, cname in q.fee_rows(s, partner_id)]

    @writes(PARTNERS)
    def record_payment(self, fee_id: int, amount: int | None, paid_on: date | None, note: str = "") -> FeeRecord:
        """The seller paid a fee (all or an agreed amount) on a day."""
        errors = []
        if amount is None or amount <= 0:
            errors.append(FieldError("paid_amount", "amount_invalid"))
        if paid_on is None:
            errors.append(FieldError("paid_on", "required"))
        elif paid_on > self.clock().date():
            errors.append(FieldError("paid_on", "date_in_future"))
        if errors:
            raise ValidationFailed(errors)
        return self._settle(fee_id, FeeStatus.PAID, paid_on, amount, note)

    @writes(PARTNERS)
    def waive(self, fee_id: int, note: str = "") -> FeeRecord:
        return self._settle(fee_id, FeeStatus.WAIVED, None, None, note)

    @writes(PARTNERS)
    def reopen_fee(self, fee_id: int) -> FeeRecord:
        """Undo a payment or waiver recorded by mistake; the fee is due (or recomputed) again."""
        with self.book.session() as s:
            row = get_live(s, Fee, fee_id)
            row.status, row.paid_on, row.paid_amount = FeeStatus.DUE.value, None, None
            s.add(row)
            sync_fees(s, row.deal_id, self.clock)
            s.refresh(row)
            return fee_record(row, s.get(Deal, row.deal_id))

    def deal_fees(self, deal_id: int) -> tuple[FeeRecord, ...]:
        """Every fee row of a deal as stored, cancelled ones too: what `put_back_fees` restores."""
        with self.book.reading() as s:
            return tuple(fee_record(f) for f in q.fees_of_deal(s, deal_id))

    @writes(PARTNERS)
    def put_back_fees(self, deal_id: int, fees: tuple[FeeRecord, ...]) -> None:
        """Make the deal's fees exactly `fees` again (from `deal_fees`): undo and redo of a
        payment, a waiver or a fee brought back to due. A fee row made since is cancelled."""
        wanted = {f.id: f for f in fees}
        with self.book.session() as s:
            get_live(s, Deal, deal_id)
            for row in q.fees_of_deal(s, deal_id):
                fee = wanted.get(row.id)
                if fee is None:
                    row.status = FeeStatus.CANCELLED.value
                else:
                    row.status, row.amount, row.due_since = fee.status.value, fee.amount, fee.due_since
                    row.paid_on, row.paid_amount, row.note = fee.paid_on, fee.paid_amount, fee.note
                s.add(row)

    def _settle(self, fee_id: int, status: FeeStatus, paid_on: date | None, amount: int | None,
                note: str) -> FeeRecord:
        with self.book.session() as s:
            row = get_live(s, Fee, fee_id)
            if row.status != FeeStatus.DUE:
                raise ValidationFailed([FieldError("status", "fee_not_due", row.status)])
            row.status, row.paid_on, row.paid_amount = status.value, paid_on, amount
            row.note = note.strip() or row.note
            s.add(row)
            s.flush()
            return fee_record(row, s.get(Deal, row.deal_id))

    # --- updates, reminders, report
    @writes(PARTNERS)
    def record_update_sent(self, partner_id: int, language: str, at: datetime | None = None) -> datetime:
        """Note that a progress update was produced for the partner (now, unless `at`)."""
        now = at or self.clock()
        with self.book.session() as s:
            get_live(s, Partner, partner_id)
            s.add(PartnerUpdate(partner_id=partner_id, sent_at=now, language=language))
        return now

    def due_for_update(self, today: date, days: int) -> list[UpdateReminder]:
        """Partners with open referred deals who have heard nothing for `days` days or more
        (read as Today reads them: services/today.py)."""
        with self.book.raw_reading() as conn:
            return partners_waiting(conn, today, days)

    def report(self, start: date, end: date) -> list[ReportRow]:
        """Per partner: deals referred in [start, end] and how they went; fees earned and paid."""
        with self.book.reading() as s:
            names = {pid: name for name, pid in q.names(s, Partner)}
            rows = {pid: defaultdict(int) for pid in names}
            for deal, kind in q.referred_with_kind(s):
                referred = deal.referred_on or deal.created_at.date()
                if deal.referrer_id not in rows or not start <= referred <= end:
                    continue
                r = rows[deal.referrer_id]
                r["referrals"] += 1
                r[{"won": "won", "lost": "lost"}.get(kind, "still_open")] += 1
                if kind == "won":
                    r["won_amount"] += deal.amount or 0
            for fee in q.live_fees(s):
                if fee.partner_id not in rows:
                    continue
                if fee.status in (FeeStatus.DUE, FeeStatus.PAID) and start <= fee.due_since <= end:
                    rows[fee.partner_id]["fees_earned"] += fee.amount
                if fee.status == FeeStatus.PAID and fee.paid_on and start <= fee.paid_on <= end:
                    rows[fee.partner_id]["fees_paid"] += fee.paid_amount or 0
        return sorted(
            (ReportRow(pid, names[pid], **values) for pid, values in rows.items()),
            key=lambda r: (-r.referrals, -r.fees_earned, -r.fees_paid, r.name),
        )


def _latest(day: date | None, moment: datetime | None) -> date | None:
    days = [d for d in (day, moment.date() if moment else None) if d is not None]
    return max(days) if days else None

