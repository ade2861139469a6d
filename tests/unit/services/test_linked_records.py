"""A record that links to a company, deal or contact deleted meanwhile is not saved: the form
hears which field, and nothing is written (storage/queries.linked_live)."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.domain.deals import StakeholderRecord
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.notes import CallNoteRecord, NoteAttendeeRecord
from desktop.domain.people import ContactRecord
from tests.builders import make_deal


def _errors(action) -> list[FieldError]:
    with pytest.raises(ValidationFailed) as raised:
        action()
    return raised.value.errors


def test_a_note_for_a_deleted_deal_says_the_deal_is_missing(services) -> None:
    deal_id = make_deal(services, "华东精密制造集团", "二厂 MES")
    services.deals.delete(deal_id)
    note = CallNoteRecord(deal_id=deal_id, occurred_at=datetime(2026, 12, 1, 10))
    assert _errors(lambda: services.notes.save(note)) == [FieldError("deal_id", "deal_missing")]
    assert services.notes.list(deal_id=deal_id) == []


def test_a_note_with_a_deleted_attendee_names_that_person(services) -> None:
    deal_id = make_deal(services, "华东精密制造集团", "二厂 MES")
    company_id = services.deals.get(deal_id).company_id
    contact = services.contacts.save(ContactRecord(name="李敏", company_id=company_id))
    services.contacts.delete(contact.id)
    note = CallNoteRecord(deal_id=deal_id, occurred_at=datetime(2026, 12, 1, 10),
                          attendees=(NoteAttendeeRecord(contact.id),))
    assert _errors(lambda: services.notes.save(note)) == [
        FieldError("attendees", "contact_missing", str(contact.id))]


def test_a_committee_member_for_a_deleted_contact_is_refused(services) -> None:
    deal_id = make_deal(services, "华东精密制造集团", "二厂 MES")
    company_id = services.deals.get(deal_id).company_id
    contact = services.contacts.save(ContactRecord(name="王强", company_id=company_id))
    services.contacts.delete(contact.id)
    member = StakeholderRecord(deal_id=deal_id, contact_id=contact.id)
    assert _errors(lambda: services.committee.save(member)) == [FieldError("contact_id", "not_found")]
    assert services.committee.list(deal_id) == []
