"""The visit brief: what the seller reads before a meeting (A4 portrait, internal, 1–2 pages).

Built from `VisitBriefData` only. Sections follow the domain: header and key facts, who attends,
customer snapshot, one card per attendee, coverage gaps, the latest S/P/I/N answers, objectives
with the six things, questions, competitors and objections, open promises, materials, and ruled
S/P/I/N boxes for handwritten notes.
"""

from __future__ import annotations

from typing import Any

from desktop.documents.base import (
    ACCENT,
    ACCENT_LIGHT,
    MUTED,
    POSITIVE,
    RULE,
    WARNING,
    WARNING_LIGHT,
    Document,
    Labels,
    PageInfo,
    Section,
    format_date,
    format_money,
)
from desktop.documents.text import markup
from desktop.domain.briefing import AttendeeCard, VisitBriefData
from desktop.domain.language import is_chinese

L = Labels({
    "doc": ("Visit brief", "拜访简报"),
    "internal": ("Internal — not for the customer", "内部资料 · 请勿外传"),
    "printed": ("Printed", "打印于"),
    "stage": ("Stage", "阶段"),
    "days": ("Days in stage", "本阶段天数"),
    "days_value": ("{n} days", "{n} 天"),
    "tier": ("Tier", "客户级别"),
    "amount": ("Amount", "金额"),
    "close": ("Expected close", "预计成交"),
    "source": ("Source / referrer", "来源 / 介绍人"),
    "when": ("When", "时间"),
    "where": ("Where", "地点"),
    "no_visit": ("No visit planned", "尚未安排拜访"),
    "attend": ("Who attends", "参会人员"),
    "ours": ("Our side", "我方"),
    "theirs": ("Customer", "客户方"),
    "snapshot": ("Customer snapshot", "客户概况"),
    "industry": ("Industry", "行业"),
    "region": ("Region", "地区"),
    "size": ("Size", "规模"),
    "revenue": ("Annual revenue", "年营收"),
    "address": ("Address", "地址"),
    "website": ("Website", "网址"),
    "people": ("The people in the room", "参会人画像"),
    "cares": ("Cares about", "关注点"),
    "interests": ("Personal interests", "个人诉求"),
    "talk": ("How to talk to them", "沟通方式"),
    "backs": ("Backs competitor", "倾向竞品"),
    "last_met": ("Last met", "上次见面"),
    "never_met": ("Not met yet", "尚未见面"),
    "gaps": ("Coverage gaps", "决策链覆盖缺口"),
    "spin": ("Needs: the latest S / P / I / N", "需求：最新的 S / P / I / N"),
    "situation": ("Situation", "现状"),
    "problem": ("Problem", "问题"),
    "implication": ("Implication", "影响"),
    "need_payoff": ("Need-payoff", "收益"),
    "no_answer": ("Not asked yet", "尚未了解"),
    "objectives": ("Objectives for this visit", "本次拜访目标"),
    "six": ("Every visit achieves six things", "每次拜访要完成的六件事"),
    "questions": ("Questions to ask", "要问的问题"),
    "competition": ("Competitors", "竞争对手"),
    "objections": ("Likely objections and risks", "可能的异议和风险"),
    "none": ("None recorded", "暂无记录"),
    "steps": ("Open promises and next steps", "未完成的承诺与下一步"),
    "step": ("What", "事项"),
    "owner": ("Who", "负责人"),
    "due": ("By", "截止"),
    "overdue": ("overdue", "已逾期"),
    "step_agreed": ("· agreed with customer", "· 客户已确认"),
    "step_internal": ("· internal", "· 内部待办"),
    "materials": ("Materials to bring", "需要携带的材料"),
    "handwritten": ("Notes from the meeting", "会谈记录（手写）"),
})
STANCE = Labels({
    "supporter": ("Supporter", "支持者"),
    "neutral": ("Neutral", "中立"),
    "opponent": ("Opponent", "反对者"),
    "unknown": ("Stance unknown", "立场未知"),
})
INFLUENCE = Labels({
    "high": ("High influence", "影响力高"),
    "medium": ("Medium influence", "影响力中"),
    "low": ("Low influence", "影响力低"),
})
STANCE_COLOURS = {
    "supporter": (POSITIVE, "#e6f4f1"),
    "neutral": ("#8a5a00", "#fdf3dc"),
    "opponent": (WARNING, WARNING_LIGHT),
    "unknown": (MUTED, "#ffffff"),
}
INFLUENCE_COLOURS = {
    "high": ("#ffffff", ACCENT),
    "medium": (ACCENT, ACCENT_LIGHT),
    "low": (MUTED, "#f1f3f5"),
}
SPIN_LETTERS = {"situation": "S", "problem": "P", "implication": "I", "need_payoff": "N"}


def page_info(data: VisitBriefData) -> PageInfo:
    lang = data.language
    when = format_date(data.header.visit_at.date(), lang) if data.header.visit_at else ""
    return PageInfo(
        title=f"{L('doc', lang)} · {data.header.customer}",
        subtitle=" · ".join(p for p in (data.header.deal_title, when) if p),
        confidential=L("internal", lang),
        footer_left=f"{L('printed', lang)} {format_date(data.printed_on, lang)}",
        language=lang,
    )


class VisitBrief(Document):
    """One or more briefs (several: each starts on a new page, numbered on its own)."""

    margins = (16.0, 16.0, 20.0, 18.0)

    def __init__(self, briefs: VisitBriefData | list[VisitBriefData]) -> None:
        self.briefs = briefs if isinstance(briefs, list) else [briefs]
        if not self.briefs:
            raise ValueError("no brief to print")
        super().__init__(page_info(self.briefs[0]))
        self.styles = brief_styles(self.styles)

    def story(self) -> list[Any]:
        from reportlab.platypus import PageBreak

        out: list[Any] = []
        for i, data in enumerate(self.briefs):
            if i:
                out.append(PageBreak())
            out.append(Section.start(page_info(data)))
            out += BriefStory(self, data).build()
        return out


class BriefStory:
    """The flowables of one brief."""

    def __init__(self, doc: Document, data: VisitBriefData) -> None:
        self.doc = doc
        self.data = data
        self.lang = data.language
        self.width = doc.frame_width()

    def t(self, key: str) -> str:
        return L(key, self.lang)

    def build(self) -> list[Any]:
        out = self.title_block() + self.attendance() + self.snapshot() + self.people()
        out += self.gaps() + self.spin() + self.plan() + self.competition() + self.steps()
        out += self.materials() + self.handwriting()
        return out

    # --- building blocks
    def heading(self, text: str) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import HRFlowable

        return [
            self.doc.pm(f"<b>{markup(text)}</b>", "section"),
            HRFlowable(width="100%", thickness=0.8, color=colors.HexColor(ACCENT),
                       spaceBefore=0, spaceAfter=4),
        ]

    def section(self, title: str, body: list[Any]) -> list[Any]:
        """A heading kept with the start of its body (never alone at a page bottom)."""
        from reportlab.platypus import KeepTogether, Spacer

        if not body:
            return []
        return [Spacer(0, 6), KeepTogether(self.heading(title) + body[:1])] + body[1:]

    def grid(self, rows: list[list[Any]], widths: list[float], style: list[tuple], **kw: Any):
        from reportlab.platypus import Table, TableStyle

        table = Table(rows, colWidths=widths, **kw)
        # FONTNAME: empty string cells would otherwise pull an unembedded Helvetica in.
        base = [("FONTNAME", (0, 0), (-1, -1), _font()),
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
        table.setStyle(TableStyle(base + style))
        return table

    def label_value(self, label: str, value: str) -> list[Any]:
        return [self.doc.p(label, "small"), self.doc.p(value or "—", "cell_bold")]

    def bullets(self, items: tuple[str, ...], numbered: bool = False) -> list[Any]:
        from reportlab.platypus import ListFlowable, ListItem

        if not items:
            return [self.doc.p(self.t("none"), "muted")]
        flow = [ListItem(self.doc.p(i, "cell"), leftIndent=12) for i in items]
        kind = "1" if numbered else "bullet"
        return [ListFlowable(flow, bulletType=kind, start="1" if numbered else "•",
                             bulletFontSize=8, bulletFontName=_font(), leftIndent=12,
                             bulletColor=ACCENT)]

    def checks(self, items: tuple[str, ...]) -> list[Any]:
        from desktop.documents.parts import CheckBox

        rows = [[CheckBox(), self.doc.p(i, "cell")] for i in items]
        if not rows:
            return []
        return [self.grid(rows, [14, None], [("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)])]

    # --- sections
    def title_block(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import Spacer

        h, d = self.data.header, self.doc
        left = [d.p(h.customer, "title"), d.p(h.deal_title, "h2muted")]
        if h.visit_at:
            when = format_date(h.visit_at.date(), self.lang) + h.visit_at.strftime("  %H:%M")
            right = [d.p(self.t("when"), "small_on_accent"), d.p(when, "h3_on_accent"),
                     d.p(self.t("where"), "small_on_accent"), d.p(h.place or "—", "cell_on_accent")]
        else:
            right = [d.p(self.t("no_visit"), "cell_on_accent")]
        box = self.grid([[right]], [62 * 2.8346], [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(ACCENT)),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("ROUNDEDCORNERS", [3, 3, 3, 3]),
        ])
        top = self.grid([[left, box]], [self.width - 62 * 2.8346, 62 * 2.8346],
                        [("ALIGN", (1, 0), (1, 0), "RIGHT")])
        source = " · ".join(p for p in (h.lead_source, h.referrer) if p)
        facts = [
            self.label_value(self.t("stage"), h.stage),
            self.label_value(self.t("days"), self.t("days_value").format(n=h.days_in_stage)),
            self.label_value(self.t("tier"), h.tier),
            self.label_value(self.t("amount"), format_money(h.amount, self.lang, h.currency)),
            self.label_value(self.t("close"), format_date(h.expected_close, self.lang)),
            self.label_value(self.t("source"), source),
        ]
        # Short values (days, tier) get narrow columns so "Referral · 姚明亮" fits on one line.
        shares = (1.3, 0.7, 0.5, 0.95, 1.0, 1.55)
        strip = self.grid([facts], [self.width * s / sum(shares) for s in shares], [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(ACCENT_LIGHT)),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.HexColor("#ffffff")),
        ])
        return [top, Spacer(0, 8), strip]

    def attendance(self) -> list[Any]:
        h, d = self.data.header, self.doc
        comma = "、" if is_chinese(self.lang) else ", "
        people = []
        for p in h.their_side:
            extra = " · ".join(x for x in (p.title, comma.join(p.roles)) if x)
            people.append(d.pm(f"<b>{markup(p.name)}</b>" + (
                f"　<font color='{MUTED}'>{markup(extra)}</font>" if extra else ""), "cell"))
        label_w = 24 * 2.8346
        half = (self.width - label_w) / 2
        rows = [[d.p(self.t("ours"), "small"), d.p(comma.join(h.our_side) or "—", "cell"), ""]]
        pairs = [people[i:i + 2] for i in range(0, len(people), 2)] or [[d.p("—", "cell")]]
        for n, pair in enumerate(pairs):
            rows.append([d.p(self.t("theirs"), "small") if n == 0 else ""] + pair
                        + [""] * (2 - len(pair)))
        body = [self.grid(rows, [label_w, half, half], [
            ("SPAN", (1, 0), (2, 0)), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (1, 0), (1, -1), 6)])]
        if self.data.objectives:
            body += [d.p(self.t("objectives"), "small")] + self.bullets(self.data.objectives)
        return self.section(self.t("attend"), body)

    def snapshot(self) -> list[Any]:
        s = self.data.snapshot
        pairs = [(self.t("industry"), s.industry), (self.t("region"), s.region),
                 (self.t("size"), s.size), (self.t("revenue"), s.annual_revenue)]
        cells = [self.label_value(k, v) for k, v in pairs]
        w = self.width / 4
        body: list[Any] = [self.grid([cells], [w] * 4, [])]
        extra = [(self.t("address"), s.address), (self.t("website"), s.website)]
        line = "　".join(f"<font color='{MUTED}'>{markup(k)}</font> {markup(v)}"
                        for k, v in extra if v)
        if line:
            body.append(self.doc.pm(line, "cell_spaced"))
        if s.notes:
            body.append(self.doc.p(s.notes, "cell_spaced"))
        return self.section(self.t("snapshot"), body)

    def card(self, a: AttendeeCard) -> tuple[list[Any], str]:
        """The flowables of one attendee's card and its stance colour."""
        from desktop.documents.parts import Tag, Tags

        d = self.doc
        fg, bg = STANCE_COLOURS.get(a.stance, STANCE_COLOURS["unknown"])
        ifg, ibg = INFLUENCE_COLOURS.get(a.influence, INFLUENCE_COLOURS["medium"])
        tags = [Tag(STANCE(a.stance if a.stance in STANCE.table else "unknown", self.lang), fg, bg,
                    border=fg if a.stance == "unknown" else None),
                Tag(INFLUENCE(a.influence if a.influence in INFLUENCE.table else "medium",
                              self.lang), ifg, ibg)]
        tags += [Tag(r, "#334155", "#eef1f4") for r in a.roles]
        role_line = " · ".join(x for x in (a.title, a.department) if x)
        met = format_date(a.last_met, self.lang) if a.last_met else (
            "" if a.met else self.t("never_met"))
        cell: list[Any] = [d.pm(f"<b>{markup(a.name)}</b>", "h3"), d.p(role_line, "small"),
                           Tags(tags), _gap(1.5)]
        for key, value in (("cares", a.cares_about), ("interests", a.personal_interests),
                           ("talk", a.how_to_talk), ("backs", a.competitor_backed),
                           ("last_met", met)):
            if value:
                cell.append(d.pm(f"<font color='{MUTED}'>{markup(self.t(key))}</font>　"
                                 f"{markup(value)}", "card_line"))
        return cell, fg

    def people(self) -> list[Any]:
        """Cards two per row; both cards of a row get the same height."""
        from reportlab.lib import colors

        gutter = 8
        w = (self.width - gutter) / 2
        cards = [self.card(a) for a in self.data.attendees]
        rows = []
        for i in range(0, len(cards), 2):
            pair = cards[i:i + 2]
            style = [("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
            cells: list[Any] = []
            for n, (cell, colour) in enumerate(pair):
                col_ = n * 2
                style += [("BOX", (col_, 0), (col_, 0), 0.6, colors.HexColor(RULE)),
                          ("LINEBEFORE", (col_, 0), (col_, 0), 2.5, colors.HexColor(colour)),
                          ("LEFTPADDING", (col_, 0), (col_, 0), 7),
                          ("RIGHTPADDING", (col_, 0), (col_, 0), 6)]
                cells += [cell, ""]
            row = self.grid([cells[:3] + [""] * (3 - len(cells[:3]))], [w, gutter, w], style)
            rows += [row, _gap(gutter)]
        return self.section(self.t("people"), rows[:-1])

    def gaps(self) -> list[Any]:
        from reportlab.lib import colors

        if not self.data.gaps:
            return []
        d = self.doc
        lines = [d.pm(f"<b>{markup(self.t('gaps'))}</b>", "warning_bold")]
        lines += [d.pm(f"▲ {markup(g)}", "warning") for g in self.data.gaps]
        from reportlab.platypus import Spacer

        box = self.grid([[lines]], [self.width], [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(WARNING_LIGHT)),
            ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(WARNING)),
            ("LEFTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ])
        return [Spacer(0, 8), box]

    def spin(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import KeepTogether

        d = self.doc
        answers = {a.key: a for a in self.data.spin}
        rows = []
        for key, letter in SPIN_LETTERS.items():
            a = answers.get(key)
            text = d.p(a.text, "cell") if a else d.p(self.t("no_answer"), "muted")
            when = d.p(format_date(a.on, self.lang), "small") if a else ""
            rows.append([d.pm(f"<b>{letter}</b>", "badge"), d.p(self.t(key), "cell_bold"), text,
                         when])
        style = [
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(ACCENT)),
            ("LEFTPADDING", (1, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (1, 0), (-1, -1), 0.5, colors.HexColor(RULE)),
            ("LINEBELOW", (0, 0), (0, -1), 1.5, colors.white),
            ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        ]
        label = 46 if is_chinese(self.lang) else 74  # "Implication", "Need-payoff" on one line
        widths = [16, label, self.width - 16 - label - 66, 66]
        # Rows go in pairs (S+P, I+N): a page break never leaves one row alone.
        first = self.grid(rows[:2], widths, style)
        second = self.grid(rows[2:], widths, style)
        return self.section(self.t("spin"), [first, KeepTogether([second])])

    def two_columns(self, left: list[Any], right: list[Any]) -> Any:
        gutter = 14
        w = (self.width - gutter) / 2
        return self.grid([[left, "", right]], [w, gutter, w], [])

    def plan(self) -> list[Any]:
        from reportlab.platypus import Spacer

        left = self.heading(self.t("six")) + self.checks(self.data.checklist)
        right = self.heading(self.t("questions")) + self.bullets(self.data.questions, True)
        return [Spacer(0, 8), self.two_columns(left, right)]

    def competition(self) -> list[Any]:
        from reportlab.platypus import Spacer

        left = self.heading(self.t("competition")) + self.bullets(self.data.competitors)
        right = self.heading(self.t("objections")) + self.bullets(self.data.objections)
        return [Spacer(0, 8), self.two_columns(left, right)]

    def steps(self) -> list[Any]:
        from reportlab.lib import colors

        d = self.doc
        if not self.data.steps:
            return self.section(self.t("steps"), [d.p(self.t("none"), "muted")])
        rows = [[d.p(self.t("step"), "small"), d.p(self.t("owner"), "small"),
                 d.p(self.t("due"), "small")]]
        style = [("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor(RULE)),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                 ("LEFTPADDING", (1, 0), (-1, -1), 6)]
        for s in self.data.steps:
            due = format_date(s.due, self.lang)
            if s.overdue:
                due = f"<font color='{WARNING}'><b>{markup(due)}</b><br/>{self.t('overdue')}</font>"
            else:
                due = markup(due or "—")
            # Which steps the customer agreed to (and so expects) and which are ours alone.
            mark = (f"<font color='{POSITIVE}'>{markup(self.t('step_agreed'))}</font>" if s.agreed
                    else f"<font color='{MUTED}'>{markup(self.t('step_internal'))}</font>")
            what = f"{markup(s.text)}  {mark}"
            rows.append([d.pm(what, "cell"), d.p(s.owner or "—", "cell"), d.pm(due, "cell")])
        table = self.grid(rows, [self.width - 180, 64, 116], style, repeatRows=1)
        if len(rows) <= 6:
            return self.section(self.t("steps"), [table])
        # A long list splits across pages (its header row repeats) instead of leaving half a
        # page empty; the heading still never ends a page without the first rows under it.
        from reportlab.platypus import CondPageBreak, Spacer

        return [Spacer(0, 6), CondPageBreak(110)] + self.heading(self.t("steps")) + [table]

    def materials(self) -> list[Any]:
        items = self.data.materials
        half = (len(items) + 1) // 2
        return self.section(
            self.t("materials"), [self.two_columns(self.checks(items[:half]),
                                                   self.checks(items[half:]))]
        )

    def handwriting(self) -> list[Any]:
        from reportlab.platypus import KeepTogether, Spacer

        from desktop.documents.parts import RuledBox

        boxes = [RuledBox(letter, self.t(key), lines=3) for key, letter in SPIN_LETTERS.items()]
        first = self.two_columns([boxes[0]], [boxes[1]])
        second = self.two_columns([boxes[2]], [boxes[3]])
        return [Spacer(0, 8), KeepTogether(self.heading(self.t("handwritten")) + [first]),
                Spacer(0, 8), second]


def _font() -> str:
    from desktop.documents import fonts

    return fonts.register()[0]


def _gap(height: float) -> Any:
    from reportlab.platypus import Spacer

    return Spacer(0, height)


def brief_styles(styles: dict[str, Any]) -> dict[str, Any]:
    """The brief's extra paragraph styles, derived from the shared scale."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    from desktop.documents import fonts
    from desktop.documents.base import SCALE

    regular, bold = fonts.register()
    body, small = styles["body"], styles["small"]
    white = colors.white
    extra = {
        "eyebrow": ParagraphStyle("eyebrow", small, fontName=bold,
                                  textColor=colors.HexColor(ACCENT), spaceAfter=2),
        "section": ParagraphStyle("section", styles["h3"], textColor=colors.HexColor(ACCENT),
                                  spaceAfter=2),
        "h2muted": ParagraphStyle("h2muted", styles["h2"], fontName=regular,
                                  textColor=colors.HexColor(MUTED), spaceBefore=0),
        "small_on_accent": ParagraphStyle("small_on_accent", small,
                                          textColor=colors.HexColor("#c9d8ee")),
        "h3_on_accent": ParagraphStyle("h3_on_accent", styles["h3"], textColor=white,
                                       spaceAfter=3),
        "cell_on_accent": ParagraphStyle("cell_on_accent", body, textColor=white),
        "card_line": ParagraphStyle("card_line", body, fontSize=SCALE["body"] - 0.5,
                                    leading=(SCALE["body"] - 0.5) * 1.4, spaceBefore=1.5),
        "cell_spaced": ParagraphStyle("cell_spaced", body, spaceBefore=4),
        "warning_bold": ParagraphStyle("warning_bold", styles["warning"], fontName=bold,
                                       spaceAfter=2),
        "badge": ParagraphStyle("badge", styles["h3"], textColor=white, alignment=1),
    }
    return {**styles, **extra}


def render_briefs(briefs: list[VisitBriefData]) -> bytes:
    """One PDF with every brief (each on new pages, numbered on its own)."""
    return VisitBrief(briefs).render()
