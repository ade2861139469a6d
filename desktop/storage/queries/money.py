"""Reading contracts, payment plans, payments, invoices and attachments (never commits).

Collected money is summed from the allocations of payments that are not deleted; attachment
bytes are read only by `attachment_bytes`, so lists stay fast with hundreds of files.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from desktop.storage.queries import live
from desktop.storage.tables import (
    Attachment,
    AttachmentData,
    Contract,
    Deal,
    Instalment,
    Invoice,
    Payment,
    PaymentAllocation,
)


def contract_for_deal(s: Session, deal_id: int) -> Contract | None:
    """The deal's contract (the latest signed when there were several)."""
    stmt = live(select(Contract), Contract).where(Contract.deal_id == deal_id)
    return s.exec(stmt.order_by(Contract.signed_on.desc(), Contract.id.desc())).first()


def instalments(s: Session, contract_id: int) -> list[Instalment]:
    stmt = select(Instalment).where(Instalment.contract_id == contract_id)
    return list(s.exec(stmt.order_by(Instalment.position, Instalment.id)))


def payments(s: Session, contract_id: int) -> list[Payment]:
    stmt = live(select(Payment), Payment).where(Payment.contract_id == contract_id)
    return list(s.exec(stmt.order_by(Payment.received_on, Payment.id)))


def allocations(s: Session, payment_ids: list[int]) -> list[PaymentAllocation]:
    if not payment_ids:
        return []
    stmt = select(PaymentAllocation).where(PaymentAllocation.payment_id.in_(payment_ids))
    return list(s.exec(stmt))


def collected_by_instalment(s: Session, instalment_ids: list[int] | None = None) -> dict[int, int]:
    """instalment id → fen collected on it (payments not deleted)."""
    stmt = (select(PaymentAllocation.instalment_id, func.sum(PaymentAllocation.amount_fen))
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(Payment.deleted_at.is_(None)).group_by(PaymentAllocation.instalment_id))
    if instalment_ids is not None:
        stmt = stmt.where(PaymentAllocation.instalment_id.in_(instalment_ids))
    return {iid: int(total or 0) for iid, total in s.exec(stmt)}


def invoices(s: Session, contract_id: int) -> list[Invoice]:
    stmt = live(select(Invoice), Invoice).where(Invoice.contract_id == contract_id)
    return list(s.exec(stmt.order_by(Invoice.id)))


def invoices_of_instalment(s: Session, instalment_id: int) -> list[Invoice]:
    return list(s.exec(select(Invoice).where(Invoice.instalment_id == instalment_id)))


def collected_on_contract(s: Session, contract_id: int) -> tuple[int, date | None]:
    """(fen received, the day of the last payment)."""
    stmt = live(select(func.sum(Payment.amount_fen), func.max(Payment.received_on)), Payment)
    total, last = s.exec(stmt.where(Payment.contract_id == contract_id)).one()
    return int(total or 0), last


def void_instalments(s: Session) -> list[Instalment]:
    """Instalments marked void (作废) on live contracts."""
    stmt = (select(Instalment).join(Contract, Contract.id == Instalment.contract_id)
            .where(Instalment.void.is_(True), Contract.deleted_at.is_(None)))
    return list(s.exec(stmt))


def live_contracts(s: Session) -> list[Contract]:
    stmt = live(select(Contract), Contract).join(Deal, Deal.id == Contract.deal_id)
    return list(s.exec(stmt.where(Deal.deleted_at.is_(None)).order_by(Contract.id)))


def collected_by_contract(s: Session) -> dict[int, int]:
    stmt = live(select(Payment.contract_id, func.sum(Payment.amount_fen)), Payment)
    return {cid: int(total or 0) for cid, total in s.exec(stmt.group_by(Payment.contract_id))}


def payments_between(s: Session, start: date, end: date) -> list[tuple[Payment, Contract]]:
    """Payments received from `start` to `end` (both included) on live deals' contracts."""
    stmt = (live(select(Payment, Contract), Payment, Contract)
            .join(Contract, Contract.id == Payment.contract_id)
            .join(Deal, Deal.id == Contract.deal_id)
            .where(Deal.deleted_at.is_(None), Payment.received_on >= start, Payment.received_on <= end)
            .order_by(Payment.received_on, Payment.id))
    return list(s.exec(stmt))


# --- attachments -------------------------------------------------------------------------------
def attachments(s: Session, *, deal_id: int | None = None, company_id: int | None = None) -> list[Attachment]:
    stmt = live(select(Attachment), Attachment)
    if deal_id is not None:
        stmt = stmt.where(Attachment.deal_id == deal_id)
    if company_id is not None:
        stmt = stmt.where(Attachment.company_id == company_id)
    return list(s.exec(stmt.order_by(Attachment.added_at.desc(), Attachment.id.desc())))


def attachment_bytes(s: Session, attachment_id: int) -> bytes | None:
    row = s.get(AttachmentData, attachment_id)
    return bytes(row.data) if row is not None else None
