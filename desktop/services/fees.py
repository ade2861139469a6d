"""Partners' fees follow the deal: `sync_fees` recomputes them from the deal's state and history.

The deals service calls `sync_fees(session, deal_id, clock)` in the same transaction after a
stage move or an edit (amount, referrer); the partners service calls it after a referral or a
commission policy changes. It is idempotent: calling it twice changes nothing.

Rules (one fee row per deal, partner and kind; paid and waived fees are history, never touched):
- finder's fee: due once the deal was accepted, i.e. reached an open stage after Lead or was won
  (a lead dropped straight to Lost or On hold was never accepted). It stays due if the deal is
  later lost: the introduction was made.
- success fee: due while the deal is won, recomputed when the won amount changes, cancelled when
  the deal is reopened (brought back to due if it is won again).
- success fee on collection (the partner's `success_fee_on` is "collection"): it follows the
  money received on the deal's contract instead — the full fee (on the contract's amount) times
  collected / contract, due since the last payment; what was already paid or waived is taken
  off, so each payment received makes the rest fall due.
- a fee still due for a partner who is no longer the deal's referrer is cancelled.
- percentages apply to the deal's amount; a due fee follows the amount until it is paid.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from desktop.domain.clock import Clock
from desktop.domain.fees import ON_COLLECTION, DealState, Move, Policy, fees_due
from desktop.domain.money import fen_to_yuan, share_of_collected
from desktop.domain.partners import FeeKind, FeeStatus, fee_amount
from desktop.storage.queries import live
from desktop.storage.queries import money as money_q
from desktop.storage.queries.deals import stage_changes
from desktop.storage.queries.pipeline import load_stages
from desktop.storage.tables import Deal, Fee, Partner


def expected_fees(session: Session, deal: Deal) -> dict[str, tuple[int, date]]:
    """kind → (amount, due since) for the fees the deal's referrer is owed now (the rules are in
    domain/fees.py; this reads what they need)."""
    if deal.referrer_id is None or deal.deleted_at is not None:
        return {}
    partner = session.get(Partner, deal.referrer_id)
    if partner is None:
        return {}
    policy = Policy(partner.finder_fee_kind, partner.finder_fee_value, partner.success_fee_kind,
                    partner.success_fee_value, partner.success_fee_on)
    history = [Move(to_id, changed_at.date()) for _, _, _, to_id, changed_at, _ in stage_changes(session, deal.id)]
    state = DealState(deal.stage_id, deal.stage_entered_at.date(), deal.amount)
    collected = _collected_share(session, deal, partner) if policy.follows_money else None
    return fees_due(state, policy, history, load_stages(session, with_removed=True), collected)


def _collected_share(session: Session, deal: Deal, partner: Partner) -> tuple[int, date] | None:
    """(fee earned by the money collected so far, the day of the last payment)."""
    contract = money_q.contract_for_deal(session, deal.id)
    if contract is None:
        return None
    collected, last = money_q.collected_on_contract(session, contract.id)
    full = fee_amount(partner.success_fee_kind, partner.success_fee_value, fen_to_yuan(contract.amount_fen))
    share = share_of_collected(full or 0, contract.amount_fen, collected)
    return (share, last) if share > 0 and last is not None else None


def _settled_amount(fee: Fee) -> int:
    return fee.paid_amount if fee.status == FeeStatus.PAID and fee.paid_amount is not None else fee.amount


def sync_fees(session: Session, deal_id: int, clock: Clock) -> None:
    """Bring the deal's fee rows in line with its current state (never commits)."""
    del clock  # the dates come from the deal's history; kept for the callers' one signature
    session.flush()
    deal = session.get(Deal, deal_id)
    if deal is None:
        return
    expected = expected_fees(session, deal)
    rows = list(session.exec(select(Fee).where(Fee.deal_id == deal_id).order_by(Fee.id)))
    for fee in rows:
        is_current = fee.partner_id == deal.referrer_id and fee.kind in expected
        if fee.status == FeeStatus.DUE and not is_current:
            fee.status = FeeStatus.CANCELLED.value
            session.add(fee)
    if deal.referrer_id is None:
        return
    partner = session.get(Partner, deal.referrer_id)
    follows_money = partner is not None and partner.success_fee_on == ON_COLLECTION
    for kind, (amount, since) in expected.items():
        mine = [f for f in rows if f.partner_id == deal.referrer_id and f.kind == kind]
        settled = [f for f in mine if f.status in (FeeStatus.PAID, FeeStatus.WAIVED)]
        open_rows = [f for f in mine if f not in settled]
        if settled and not (follows_money and kind == FeeKind.SUCCESS):
            continue
        if settled:  # on collection: what is left of the fee earned so far falls due
            amount -= sum(_settled_amount(f) for f in settled)
            if amount <= 0:
                for f in open_rows:
                    if f.status == FeeStatus.DUE:
                        f.status = FeeStatus.CANCELLED.value
                        session.add(f)
                continue
        fee = (next((f for f in open_rows if f.status == FeeStatus.DUE), None)
               or (open_rows[0] if open_rows else None))
        if fee is None:
            fee = Fee(deal_id=deal_id, partner_id=deal.referrer_id, kind=kind, amount=amount,
                      due_since=since)
        fee.status, fee.amount, fee.due_since = FeeStatus.DUE.value, amount, since
        session.add(fee)
    session.flush()


def sync_partner_fees(session: Session, partner_id: int, clock: Clock) -> None:
    """After a policy change: every deal the partner referred."""
    deal_ids = session.exec(live(select(Deal.id), Deal).where(Deal.referrer_id == partner_id)).all()
    for deal_id in deal_ids:
        sync_fees(session, deal_id, clock)
