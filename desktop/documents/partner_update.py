"""A partner's progress update: text to paste into WeChat, and a one-page PDF (zh_CN or en).

Plain data in (`desktop.domain.partners.ProgressUpdate`, already customer-safe), words out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.documents import fonts
from desktop.documents.base import ACCENT_LIGHT, RULE, Document, Labels, PageInfo, format_date
from desktop.domain.language import is_chinese
from desktop.domain.money import symbol
from desktop.domain.partners import FeeKind, ProgressUpdate, UpdateFee, UpdateItem

LABELS = Labels({
    "title": ("Progress on the projects you referred", "您引荐项目的进展通报"),
    "greeting": ("Hello {name},", "{name}，您好！"),
    "intro": ("Thank you for your introductions. Here is where each project stands as of {date}.",
              "感谢您的引荐！以下是截至{date}各项目的最新进展。"),
    "customer": ("Customer / project", "客户 / 项目"),
    "status": ("Where it stands", "当前进展"),
    "last": ("Last activity", "最近进展"),
    "next": ("What happens next", "下一步"),
    "fees": ("Your fees", "您的费用"),
    "finder": ("Finder's fee", "介绍费"),
    "success": ("Success fee", "成交佣金"),
    "due": ("{amount} due, to be paid", "{amount}，待支付"),
    "paid": ("{amount} paid on {date}", "{amount}，已于{date}支付"),
    "due_unpriced": ("{policy} of the amount, due (the amount is not set yet)",
                     "按金额的{policy}，待支付（金额待确定）"),
    "waived": ("waived as agreed", "按约定免除"),
    "pending_finder": ("{policy} once the customer takes the project forward",
                       "{policy}，项目正式推进后结算"),
    "pending_success": ("{policy} when the contract is signed", "{policy}，签约后结算"),
    "pending_plain": ("when the contract is signed", "签约后结算"),
    "totals": ("Paid to you so far: {paid}. Due to you: {due}.",
               "已支付给您：{paid}；待支付：{due}。"),
    "none": ("There are no referred projects yet.", "目前还没有您引荐的项目。"),
    "closing": ("Thank you again. Do get in touch with any question.",
                "再次感谢您的信任与支持，有任何问题随时联系我。"),
    "footer": ("Prepared for {name} · {date}", "致{name} · {date}"),
    "last_prefix": ("last activity", "最近进展"),
})


def money(amount: int | float | None, currency: str = "CNY") -> str:
    """One amount style for the whole update, in both languages: ¥5,000 and ¥125,000 (not
    "¥5,000" beside "¥12.5万"): fees are exact sums the partner checks against a transfer."""
    if amount is None:
        return ""
    return symbol(currency) + f"{amount:,.2f}".rstrip("0").rstrip(".")


def fee_line(fee: UpdateFee, currency: str, language: str) -> str:
    name = LABELS(fee.kind.value if isinstance(fee.kind, FeeKind) else fee.kind, language)
    amount = money(fee.amount, currency) if fee.amount is not None else ""
    if fee.status == "paid":
        text = LABELS("paid", language).format(amount=amount, date=format_date(fee.paid_on, language))
    elif fee.status == "due" and fee.amount is None and fee.policy:
        text = LABELS("due_unpriced", language).format(policy=fee.policy)
    elif fee.status == "due":
        text = LABELS("due", language).format(amount=amount)
    elif fee.status == "waived":
        text = LABELS("waived", language)
    elif fee.policy:
        key = "pending_finder" if fee.kind == FeeKind.FINDER else "pending_success"
        text = LABELS(key, language).format(policy=fee.policy)
    else:
        text = LABELS("pending_plain", language)
    sep = "：" if is_chinese(language) else ": "
    return f"{name}{sep}{text}"


def _project(item: UpdateItem, language: str) -> str:
    if not item.project:
        return item.customer
    return f"{item.customer} · {item.project}"


def update_text(update: ProgressUpdate) -> str:
    """The update as a WeChat message: short lines, numbered projects, no markup."""
    lang = update.language
    zh = is_chinese(lang)
    lines = [LABELS("greeting", lang).format(name=update.partner_name),
             LABELS("intro", lang).format(date=format_date(update.as_of, lang)), ""]
    if not update.items:
        lines.append(LABELS("none", lang))
    sep = "：" if zh else ": "
    for number, item in enumerate(update.items, start=1):
        lines.append(f"{number}. {_project(item, lang)}")
        status = f"   {LABELS('status', lang)}{sep}{item.status}"
        if item.last_activity:
            when = format_date(item.last_activity, lang)
            status += f"（{LABELS('last_prefix', lang)} {when}）" if zh else f" ({LABELS('last_prefix', lang)} {when})"
        lines.append(status)
        if item.next:
            lines.append(f"   {LABELS('next', lang)}{sep}{item.next}")
        for fee in item.fees:
            lines.append(f"   {fee_line(fee, item.currency, lang)}")
        lines.append("")
    if update.fees_paid_total or update.fees_due_total:
        lines.append(LABELS("totals", lang).format(paid=money(update.fees_paid_total),
                                                   due=money(update.fees_due_total)))
    lines.append(LABELS("closing", lang))
    return "\n".join(lines).strip() + "\n"


class PartnerUpdateDocument(Document):
    """One A4 page: greeting, a table of referred projects, fee totals, thanks."""

    margins = (16.0, 16.0, 20.0, 16.0)

    def __init__(self, update: ProgressUpdate) -> None:
        lang = update.language
        super().__init__(PageInfo(
            title=LABELS("title", lang),
            subtitle=format_date(update.as_of, lang),
            footer_left=LABELS("footer", lang).format(name=update.partner_name,
                                                      date=format_date(update.as_of, lang)),
            language=lang,
        ))
        self.update = update

    def story(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer, Table, TableStyle

        u, lang = self.update, self.update.language
        L = lambda key: LABELS(key, lang)  # noqa: E731, N806
        story: list[Any] = [
            self.p(L("title"), "title"),
            *self.sender_block(u.sender),
            self.p(L("greeting").format(name=u.partner_name), "h3"),
            self.p(L("intro").format(date=format_date(u.as_of, lang)), "body"),
            Spacer(1, 4 * mm),
        ]
        if not u.items:
            story.append(self.p(L("none"), "muted"))
        else:
            head = [self.p(L(k), "cell_bold") for k in ("customer", "status", "last", "next", "fees")]
            rows = [head]
            for item in u.items:
                rows.append([
                    self.pm(f"<b>{_esc(item.customer)}</b><br/>{_esc(item.project)}", "cell"),
                    self.p(item.status, "cell"),
                    self.p(format_date(item.last_activity, lang), "cell"),
                    self.p(item.next or "—", "cell"),
                    self.p("\n".join(fee_line(f, item.currency, lang) for f in item.fees) or "—",
                           "cell"),
                ])
            # a Chinese date is wider than "21 Nov 2026"; each fee fits on one line
            # The fee column is the widest: each fee reads at body size, on one or two lines.
            columns = (38, 22, 30, 27, 61) if is_chinese(lang) else (38, 24, 24, 31, 61)
            widths = [c * mm for c in columns]
            table = Table(rows, colWidths=widths, repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), fonts.register()[0]),  # else Helvetica is referenced
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ACCENT_LIGHT)),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
            story.append(table)
        story.append(Spacer(1, 5 * mm))
        if u.fees_paid_total or u.fees_due_total:
            story.append(
                self.p(
                    L("totals").format(
                        paid=money(u.fees_paid_total),
                        due=money(u.fees_due_total),
                    ),
                    "h3",
                )
            )
        story.append(self.p(L("closing"), "body"))
        return story


def _esc(text: str) -> str:
    from desktop.documents.text import markup

    return markup(text)


def render_update(update: ProgressUpdate, target: Path | str | None = None) -> bytes:
    return PartnerUpdateDocument(update).render(target)
