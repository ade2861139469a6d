"""The minutes PDF (会议纪要) sent to the customer after a call: built from the customer-safe
Minutes record only, so nothing internal can appear in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.documents import fonts
from desktop.documents.base import RULE, Document, Labels, PageInfo, format_date
from desktop.domain.language import is_chinese
from desktop.domain.minutes import Minutes, discussed_heading
from desktop.domain.notes import KIND_NAMES

LABELS = Labels({
    "title": ("Minutes", "会议纪要"),
    "customer": ("Customer", "客户"),
    "time": ("Date and time", "时间"),
    "kind": ("Meeting", "形式"),
    "attendees": ("Attendees", "参会人"),
    "our_side": ("From our side", "我方"),
    "goal": ("Purpose", "会议目的"),
    "discussed": ("What we discussed", "沟通内容"),
    "steps": ("Agreed next steps", "后续安排"),
    "step": ("Action", "事项"),
    "owner": ("Owner", "负责人"),
    "due": ("Due", "完成时间"),
    "none": ("None recorded.", "暂无。"),
    "footer": ("Please reply if anything here needs correcting.",
               "如有遗漏或不准确之处，请回复指正。"),
})


class MinutesDocument(Document):
    """One or more A4 pages: header facts, what was discussed, agreed next steps."""

    def __init__(self, minutes: Minutes) -> None:
        self.minutes = minutes
        lang = minutes.language
        super().__init__(PageInfo(
            title=f"{LABELS('title', lang)} · {minutes.customer}",
            subtitle=format_date(minutes.occurred_at.date(), lang),
            footer_left=LABELS("footer", lang),
            language=lang,
        ))

    def _heading(self, key: str) -> str:
        return discussed_heading(key, self.minutes.language)

    def _first_lines(self, text: str) -> list[Any]:
        """The first paragraph of a section (kept with its heading)."""
        parts = [t for t in text.split("\n") if t.strip()]
        return [self.p(parts[0])] if parts else []

    def _rest(self, text: str) -> list[Any]:
        parts = [t for t in text.split("\n") if t.strip()]
        return [self.p(t) for t in parts[1:]]

    def story(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

        m, lang = self.minutes, self.minutes.language
        zh = is_chinese(lang)
        sep = "、" if zh else ", "
        people = sep.join(f"{a.name}（{a.title}）" if zh and a.title else
                          f"{a.name} ({a.title})" if a.title else a.name for a in m.attendees)
        kind_en, kind_zh = KIND_NAMES.get(m.kind, (m.kind, m.kind))
        facts = [("customer", m.customer),
                 ("time", f"{format_date(m.occurred_at.date(), lang)} {m.occurred_at:%H:%M}"),
                 ("kind", kind_zh if zh else kind_en)]
        if people:
            facts.append(("attendees", people))
        if m.our_side:
            facts.append(("our_side", sep.join(m.our_side)))
        if m.goal:
            facts.append(("goal", m.goal))
        width = self.size()[0] - (self.margins[0] + self.margins[1]) * mm
        table = Table([[self.p(LABELS(k, lang), "cell_bold"), self.p(v, "cell")] for k, v in facts],
                      colWidths=[32 * mm, width - 32 * mm])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.register()[0]),  # else Helvetica is referenced
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        story: list[Any] = [self.p(f"{LABELS('title', lang)}｜{m.customer}" if zh else
                                   f"{LABELS('title', lang)} — {m.customer}", "title")]
        story += self.sender_block(m.sender)
        story += [table, Spacer(1, 4 * mm)]
        if m.discussed:
            # A heading never ends a page: it is kept with the start of what it heads.
            first = True
            for key, text in m.discussed:
                head = [self.p(LABELS("discussed", lang), "h1")] if first else []
                story += [KeepTogether(head + [self.p(self._heading(key), "h3"),
                                               *self._first_lines(text)]),
                          *self._rest(text), Spacer(1, 2 * mm)]
                first = False
        if not m.agreed_steps:
            story.append(KeepTogether([self.p(LABELS("steps", lang), "h1"),
                                       self.p(LABELS("none", lang), "muted")]))
        else:
            story += [CondPageBreak(60 * mm if len(m.agreed_steps) > 3 else 40 * mm),
                      self.p(LABELS("steps", lang), "h1")]
            rows = [[self.p("#", "cell_bold"), self.p(LABELS("step", lang), "cell_bold"),
                     self.p(LABELS("owner", lang), "cell_bold"), self.p(LABELS("due", lang), "cell_bold")]]
            for i, s in enumerate(m.agreed_steps, start=1):
                rows.append([self.p(str(i), "cell"), self.p(s.text, "cell"), self.p(s.owner, "cell"),
                             self.p(format_date(s.due, lang), "cell")])
            steps = Table(rows, colWidths=[8 * mm, width - 78 * mm, 35 * mm, 35 * mm], repeatRows=1)
            steps.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), fonts.register()[0]),  # else Helvetica is referenced
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
            ]))
            story.append(steps)
        return story


def write_minutes_pdf(minutes: Minutes, target: Path | str | None = None) -> bytes:
    """Render the minutes; write them to `target` when given; return the PDF bytes."""
    return MinutesDocument(minutes).render(target)
