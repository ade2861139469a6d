"""The progress update a partner is sent (the cure for the lag effect), built from safe fields only.

What a partner may read about a deal: the customer's name, the project's title, the stage in
customer-safe words (data: resources/data/partner_words.json), the day of the last activity, what
happens next, and their own fees. The seller's free text (notes, next-step text, call notes,
stakeholders, lost reasons) is never read here, so it cannot leak: next steps are written by
the seller for themselves ("get 李总 to sideline IT"), so "what happens next" is the stage's
customer-safe next milestone instead.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from desktop.domain.clock import Clock, system_clock
from desktop.domain.language import LANGUAGES, is_chinese, pick
from desktop.domain.partners import (
    FeeKind,
    FeeStatus,
    PolicyKind,
    ProgressUpdate,
    UpdateFee,
    UpdateItem,
    policy_text,
)
from desktop.resources import resource
from desktop.services.seller_profile import SellerProfileService
from desktop.storage.book import Book
from desktop.storage.queries import get_live
from desktop.storage.queries import partners as q
from desktop.storage.tables import (
    Contact,
    Fee,
    Partner,
)


@cache
def stage_words() -> dict[str, Any]:
    with resource("data", "partner_words.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def safe_words(stage_key: str, stage_kind: str, language: str) -> tuple[str, str]:
    """(status, next) for a stage in words a partner may read; by key, else by kind."""
    words = stage_words()
    entry = words["stages"].get(stage_key) if stage_kind == "open" else None
    entry = entry or words["kinds"].get(stage_kind) or words["kinds"]["open"]
    suffix = "zh" if is_chinese(language) else "en"
    return entry[f"status_{suffix}"], entry[f"next_{suffix}"]


class PartnerUpdateService:
    def __init__(self, book: Book, clock: Clock = system_clock,
                 profiles: SellerProfileService | None = None) -> None:
        self.book = book
        self.clock = clock
        self.profiles = profiles  # the sender block comes from the seller profile

    def build(self, partner_id: int, language: str = "zh_CN") -> ProgressUpdate:
        """The update for a partner as of today (reads only; `record_update_sent` notes it)."""
        if language not in LANGUAGES:
            raise ValueError(language)
        with self.book.reading() as s:
            partner = get_live(s, Partner, partner_id)
            contact = s.get(Contact, partner.contact_id)
            deals = q.update_deals(s, partner_id)
            ids = [d[0] for d in deals]
            last = q.last_activity(s, ids)
            fees: dict[int, dict[str, Fee]] = {}
            for fee in q.open_fees(s, partner_id, ids):
                fees.setdefault(fee.deal_id, {})[fee.kind] = fee
            items = []
            paid_total = due_total = 0
            for deal_id, title, currency, _stage_id, customer, key, kind in deals:
                status, next_text = safe_words(key, kind, language)
                shown = []
                for fee_kind, policy_kind, value in (
                    (FeeKind.FINDER, partner.finder_fee_kind, partner.finder_fee_value),
                    (FeeKind.SUCCESS, partner.success_fee_kind, partner.success_fee_value),
                ):
                    row = fees.get(deal_id, {}).get(fee_kind.value)
                    if row is not None:
                        amount = row.paid_amount if row.status == FeeStatus.PAID else row.amount
                        if row.status == FeeStatus.DUE and not amount and policy_kind == PolicyKind.PERCENT:
                            # a percentage of a deal with no amount yet: say so, never "¥0 due"
                            shown.append(UpdateFee(fee_kind, row.status, None, policy=policy_text(
                                policy_kind, value, language, currency)))
                            continue
                        shown.append(UpdateFee(fee_kind, row.status, amount, row.paid_on))
                        if row.status == FeeStatus.PAID:
                            paid_total += amount or 0
                        elif row.status == FeeStatus.DUE:
                            due_total += amount or 0
                    elif policy_kind != PolicyKind.NONE and kind in ("open", "on_hold"):
                        shown.append(UpdateFee(fee_kind, "pending",
                                               policy=policy_text(policy_kind, value, language, currency)))
                items.append(UpdateItem(
                    customer=customer, project=title, status=status, last_activity=last.get(deal_id),
                    next=next_text, currency=currency, fees=tuple(shown),
                ))
            return ProgressUpdate(
                partner_name=pick(language, contact.name_alt, contact.name),
                language=language, as_of=self.clock().date(),
                items=tuple(items), fees_paid_total=paid_total, fees_due_total=due_total,
                sender=self.profiles.sender(language) if self.profiles else None,
            )
