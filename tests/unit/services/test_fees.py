"""Fee rules: finder's fee when a referred deal leaves Lead, success fee when won (follows the
won amount, cancelled on reopen), fixed and percentage policies, payments and waivers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain.errors import ValidationFailed
from desktop.domain.partners import FeeKind, FeeStatus, fee_amount
from desktop.services.fees import sync_fees
from tests.builders import make_deal, move, set_amount

T0 = datetime(2026, 9, 1, 10, 0)


def partner(services, finder=("none", 0), success=("none", 0), name="钱斌"):
    p = services.partners.mark(new_contact_name=name)
    return services.partners.save(replace(
        p, finder_fee_kind=finder[0], finder_fee_value=finder[1],
        success_fee_kind=success[0], success_fee_value=success[1],
    ))


def fees(services, pid):
    return {(f.kind, f.status): f for f in services.partners.fees(pid)}


def test_policy_amounts():
    assert fee_amount("fixed", 5000, None) == 5000
    assert fee_amount("percent", 8, 1_250_000) == 100_000
    assert fee_amount("percent", 8, None) == 0
    assert fee_amount("none", 5, 1000) is None


def test_finder_fee_becomes_due_when_the_deal_leaves_lead(services):
    p = partner(services, finder=("fixed", 5000))
    deal = make_deal(services, "华东精密", "MES", 1_000_000, at=T0, referrer_id=p.id)
    assert services.partners.fees(p.id) == []
    move(services, deal, "first_call", datetime(2026, 9, 10, 15))
    [fee] = services.partners.fees(p.id)
    assert (fee.kind, fee.status, fee.amount, fee.due_since) == (FeeKind.FINDER, FeeStatus.DUE, 5000, date(2026, 9, 10))
    move(services, deal, "discovery", datetime(2026, 9, 20))
    move(services, deal, "lost", datetime(2026, 10, 1))  # the introduction was made: still owed
    [fee] = services.partners.fees(p.id)
    assert (fee.status, fee.due_since) == (FeeStatus.DUE, date(2026, 9, 10))


def test_a_lead_dropped_straight_to_lost_owes_no_finder_fee(services):
    p = partner(services, finder=("fixed", 5000))
    deal = make_deal(services, "华东精密", "MES", at=T0, referrer_id=p.id)
    move(services, deal, "lost", datetime(2026, 9, 3))
    assert services.partners.fees(p.id) == []


def test_success_fee_percent_of_the_won_amount_follows_changes_and_reopen(services):
    p = partner(services, success=("percent", 10))
    deal = make_deal(services, "康宁医疗", "追溯", 800_000, stage="negotiation", at=T0, referrer_id=p.id)
    assert services.partners.fees(p.id) == []  # percent-only finder: none; not won yet
    move(services, deal, "won", datetime(2026, 10, 8))
    [fee] = services.partners.fees(p.id)
    assert (fee.kind, fee.amount, fee.due_since) == (FeeKind.SUCCESS, 80_000, date(2026, 10, 8))
    set_amount(services, deal, 950_000)  # the contract was signed for more
    [fee] = services.partners.fees(p.id)
    assert fee.amount == 95_000 and fee.id is not None
    first_id = fee.id
    move(services, deal, "negotiation", datetime(2026, 10, 9))  # reopened
    assert services.partners.fees(p.id) == []
    assert services.partners.deals(p.id)[0].fees == ()
    move(services, deal, "won", datetime(2026, 10, 20))
    [fee] = services.partners.fees(p.id)
    assert (fee.id, fee.status, fee.amount, fee.due_since) == (first_id, FeeStatus.DUE, 95_000, date(2026, 10, 20))


def test_both_fees_fixed_and_percent(services):
    p = partner(services, finder=("fixed", 3000), success=("percent", 5))
    deal = make_deal(services, "云达物流", "WMS", 600_000, at=T0, referrer_id=p.id)
    move(services, deal, "solution", datetime(2026, 9, 5))
    move(services, deal, "won", datetime(2026, 11, 1))
    got = fees(services, p.id)
    assert got[(FeeKind.FINDER, FeeStatus.DUE)].amount == 3000
    assert got[(FeeKind.SUCCESS, FeeStatus.DUE)].amount == 30_000


def test_sync_is_idempotent(services):
    p = partner(services, finder=("fixed", 3000), success=("percent", 5))
    deal = make_deal(services, "云达物流", "WMS", 600_000, at=T0, referrer_id=p.id)
    move(services, deal, "won", datetime(2026, 11, 1))
    before = services.partners.fees(p.id)
    for _ in range(3):
        with services.book.session() as s:
            sync_fees(s, deal, services.clock)
    assert services.partners.fees(p.id) == before


def test_paid_and_waived_fees_are_history(services):
    p = partner(services, finder=("fixed", 3000), success=("percent", 10))
    deal = make_deal(services, "云达物流", "WMS", 500_000, at=T0, referrer_id=p.id)
    move(services, deal, "won", datetime(2026, 11, 1))
    got = fees(services, p.id)
    finder, success = got[(FeeKind.FINDER, FeeStatus.DUE)], got[(FeeKind.SUCCESS, FeeStatus.DUE)]
    paid = services.partners.record_payment(success.id, 48_000, date(2026, 11, 15), "按合同回款比例")
    assert (paid.status, paid.paid_amount, paid.paid_on) == (FeeStatus.PAID, 48_000, date(2026, 11, 15))
    services.partners.waive(finder.id, "他说不用了")
    set_amount(services, deal, 900_000)
    move(services, deal, "negotiation", datetime(2026, 11, 16))  # reopened after payment
    got = fees(services, p.id)
    assert got[(FeeKind.SUCCESS, FeeStatus.PAID)].amount == 50_000
    assert (FeeKind.FINDER, FeeStatus.WAIVED) in got
    with pytest.raises(ValidationFailed):
        services.partners.waive(finder.id)  # only a due fee can be settled


def test_payment_needs_an_amount_and_a_past_date(services):
    p = partner(services, finder=("fixed", 3000))
    deal = make_deal(services, "云达物流", "WMS", at=T0, referrer_id=p.id)
    move(services, deal, "discovery", datetime(2026, 9, 2))
    [fee] = services.partners.fees(p.id)
    with pytest.raises(ValidationFailed) as exc:
        services.partners.record_payment(fee.id, 0, date(2027, 1, 1))
    assert {e.code for e in exc.value.errors} == {"amount_invalid", "date_in_future"}
    assert services.partners.fees(p.id)[0].status == FeeStatus.DUE


def test_policy_change_recomputes_due_fees_and_referrer_change_cancels(services):
    p = partner(services, finder=("fixed", 3000))
    other = partner(services, finder=("percent", 1), name="姚明亮")
    deal = make_deal(services, "云达物流", "WMS", 700_000, at=T0, referrer_id=p.id)
    move(services, deal, "discovery", datetime(2026, 9, 2))
    services.partners.save(replace(services.partners.get(p.id), finder_fee_value=4000))
    assert services.partners.fees(p.id)[0].amount == 4000
    services.partners.set_referral(deal, other.id, date(2026, 8, 30))
    assert services.partners.fees(p.id) == []
    [fee] = services.partners.fees(other.id)
    assert (fee.amount, fee.due_since) == (7000, date(2026, 9, 2))
    services.partners.set_referral(deal, None)
    assert services.partners.fees(other.id) == []


def test_policy_validation(services):
    p = services.partners.mark(new_contact_name="钱斌")
    with pytest.raises(ValidationFailed) as exc:
        services.partners.save(replace(p, finder_fee_kind="percent", finder_fee_value=150,
                                       success_fee_kind="fixed", success_fee_value=0))
    assert {(e.field, e.code) for e in exc.value.errors} == {
        ("finder_fee_value", "percent_range"), ("success_fee_value", "amount_invalid")}


def test_mark_contact_once_and_back_after_removal(services):
    p = services.partners.mark(new_contact_name="钱斌")
    with pytest.raises(ValidationFailed):
        services.partners.mark(p.contact_id)
    services.partners.delete(p.id)
    assert services.partners.list() == []
    again = services.partners.mark(p.contact_id)
    assert again.id == p.id
