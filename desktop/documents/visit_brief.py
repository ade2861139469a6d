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
from desktop.documents.text import clip, markup
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
    "objections": ("Likely objections and how to answer", "可能的异议与应对"),
    "none": ("None recorded", "暂无记录"),
    "steps": ("Open promises and next steps", "未完成的承诺与下一步"),
    "step": ("What", "事项"),
    "owner": ("Who", "负责人"),
    "due": ("By", "截止"),
    "overdue": ("overdue", "已逾期"),
    "step_agreed": ("· agreed with customer", "· 客户已确认"),
    "step_internal": ("· internal", "· 内部待办"),
    "materials": ("Materials to bring", "需要携带的材料"),
    "committee": ("The whole committee", "决策链全貌"),
    "name": ("Name", "姓名"),
    "roles": ("Roles", "角色"),
    "stance": ("Stance", "立场"),
    "influence": ("Influence", "影响力"),
    "here": ("Attends", "本次参会"),
    "yes": ("yes", "是"),
    "money": ("Budget and timeline", "预算与时间线"),
    "budget": ("Budget", "预算"),
    "timeline": ("Timeline", "时间线"),
    "strategy": ("Strategy and deal notes", "内部策略与备注"),
    "last": ("Last meeting", "上次会谈"),
    "answers": ("Prepared answers", "应对话术"),
    "more_steps": ("{n} more open steps later", "之后还有 {n} 项未完成"),
    "more_overdue": ("{n} older overdue steps not listed", "另有 {n} 项更早的逾期事项未列出"),
    "purpose": ("What this visit is for", "本次拜访要完成的六件事"),
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
LEVEL = Labels({"high": ("High", "高"), "medium": ("Medium", "中"), "low": ("Low", "低")})
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
        out = self.title_block() + self.attendance() + self.plan() + self.people()
        out += self.committee() + self.gaps() + self.snapshot() + self.money_and_strategy()
        out += self.last_meeting() + self.spin() + self.competition() + self.steps()
        out += self.materials() + self.handwriting()
        return out

    def cut(self, text: str, style: str, width: float, lines: int) -> str:
        """`text` cut with "…" to `lines` lines (the brief is 1–2 pages, 3 at most)."""
        return clip(text, self.doc.styles[style], width, lines)[0]

    # --- building blocks
    def heading(self, text: str) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import HRFlowable

        return [
            self.doc.pm(f"<b>{markup(text)}</b>", "section"),
            HRFlowable(width="100%", thickness=0.8, color=colors.HexColor(ACCENT),
                       spaceBefore=0, spaceAfter=3),
        ]

    def section(self, title: str, body: list[Any]) -> list[Any]:
        """A heading kept with the start of its body (never alone at a page bottom)."""
        from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

        if not body:
            return []
        first = body[0]
        if hasattr(first, "_cellvalues") and len(first._cellvalues) > 4:
            # A long table splits (its header row repeats); its heading keeps a few rows.
            return [Spacer(0, 3), CondPageBreak(90)] + self.heading(title) + body
        return [Spacer(0, 3), KeepTogether(self.heading(title) + body[:1])] + body[1:]

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
        return [self.grid(rows, [14, None], [("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)])]

    # --- sections
    def title_block(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import Spacer

        h, d = self.data.header, self.doc
        text_w = self.width - 62 * 2.8346 - 8
        left = [d.p(self.cut(h.customer, "title", text_w, 2), "title"),
                d.p(self.cut(h.deal_title, "h2muted", text_w, 2), "h2muted")]
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
        many = len(h.their_side) > 4  # the cards below say who they are
        for p in h.their_side:
            extra = "" if many else " · ".join(x for x in (p.title, comma.join(p.roles)) if x)
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
        if s.remarks:
            body.append(self.doc.p(self.cut(s.remarks, "cell_spaced", self.width, 3),
                                   "cell_spaced"))
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
        inner = (self.width - 8) / 2 - 14
        cell: list[Any] = [d.pm(f"<b>{markup(self.cut(a.name, 'h3', inner, 2))}</b>", "h3"),
                           d.p(self.cut(role_line, "small", inner, 1), "small"),
                           Tags(tags), _gap(1.5)]
        # More than four cards: one line per fact, so the brief stays within three pages.
        many = len(self.data.attendees) > 4
        for key, value in (("cares", a.cares_about), ("interests", a.personal_interests),
                           ("talk", a.how_to_talk), ("backs", a.competitor_backed),
                           ("last_met", met)):
            if many and key in ("backs", "last_met"):
                continue  # (the competitors list says who favours whom)
            if value:
                label = self.t(key)
                lines = 1 if many or key in ("interests", "backs", "last_met") else 2
                value = self.cut(f"{label}　{value}", "card_line", inner, lines)[len(label) + 1:]
                cell.append(d.pm(f"<font color='{MUTED}'>{markup(label)}</font>　"
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
        return [Spacer(0, 5), box]

    def spin(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import KeepTogether

        d = self.doc
        answers = {a.key: a for a in self.data.spin}
        rows = []
        for key, letter in SPIN_LETTERS.items():
            a = answers.get(key)
            text = (d.p(self.cut(a.text, "cell", self.width - 16 - 74 - 66 - 12, 2), "cell") if a
                    else d.p(self.t("no_answer"), "muted"))
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
        """What this visit is for (the six things, worded for this deal) and what to ask."""
        from reportlab.platypus import Spacer

        col = (self.width - 14) / 2 - 16
        left = self.heading(self.t("purpose")) + self.checks(tuple(
            self.cut(i, "cell", col, 2) for i in self.data.checklist))
        right = self.heading(self.t("questions")) + self.bullets(tuple(
            self.cut(q, "cell", col, 2) for q in self.data.questions[:5]), True)
        return [Spacer(0, 4), self.two_columns(left, right)]

    def committee(self) -> list[Any]:
        """Everyone on the committee in one compact table, absent decision-makers and
        opponents included (the cards above are only for those attending)."""
        from reportlab.lib import colors

        d = self.doc
        rows_ = self.data.committee
        if all(r.attending for r in rows_):
            return []  # everyone has a card above
        comma = "、" if is_chinese(self.lang) else ", "
        widths = [0.26, 0.30, 0.16, 0.16, 0.12]
        w = [self.width * x for x in widths]
        head = [d.p(self.t(k), "small") for k in ("name", "roles", "stance", "influence", "here")]
        rows = [head]
        style = [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        for n, r in enumerate(rows_, start=1):
            fg, _ = STANCE_COLOURS.get(r.stance, STANCE_COLOURS["unknown"])
            stance = STANCE(r.stance if r.stance in STANCE.table else "unknown", self.lang)
            influence = LEVEL(r.influence if r.influence in LEVEL.table else "medium", self.lang)
            who = self.cut(" · ".join(x for x in (r.name, r.title) if x), "cell", w[0] - 4, 1)
            rows.append([d.p(who, "cell"), d.p(self.cut(comma.join(r.roles) or "—", "cell",
                                                        w[1] - 4, 1), "cell"),
                         d.pm(f"<font color='{fg}'>{markup(stance)}</font>", "cell"),
                         d.p(influence, "cell"), d.p(self.t("yes") if r.attending else "", "cell")])
            if r.stance == "opponent":
                style.append(("BACKGROUND", (0, n), (-1, n), colors.HexColor(WARNING_LIGHT)))
        return self.section(self.t("committee"), [self.grid(rows, w, style, repeatRows=1)])

    def money_and_strategy(self) -> list[Any]:
        d, data = self.doc, self.data
        col = (self.width - 14) / 2
        left: list[Any] = []
        for key, value in (("budget", data.budget), ("timeline", data.timeline)):
            if value:
                left.append(d.pm(f"<font color='{MUTED}'>{markup(self.t(key))}</font>　"
                                 f"{markup(self.cut(value, 'cell', col - 40, 2))}", "cell"))
        right = [d.p(self.cut(t, "cell", col, 2), "cell") for t in data.strategy]
        if not (left or right):
            return []
        body = self.two_columns(
            self.heading(self.t("money")) + (left or [d.p(self.t("none"), "muted")]),
            self.heading(self.t("strategy")) + (right or [d.p(self.t("none"), "muted")]))
        from reportlab.platypus import Spacer

        return [Spacer(0, 4), body]

    def last_meeting(self) -> list[Any]:
        m = self.data.last_meeting
        if m is None:
            return []
        d = self.doc
        comma = "、" if is_chinese(self.lang) else ", "
        head = " · ".join(x for x in (format_date(m.on, self.lang), m.kind,
                                       comma.join(m.attendees)) if x)
        line = f"<b>{markup(head)}</b>"
        if m.goal:
            goal = self.cut(f"{head} — {m.goal}", "cell_bold", self.width, 1)[len(head) + 3:]
            line += f"<font color='{MUTED}'> — {markup(goal)}</font>"
        body = [d.pm(line, "cell")]
        # What the S/P/I/N table below already says is not repeated here.
        spin = tuple(a.text for a in self.data.spin)
        points = [p for p in m.points if not any(t.startswith(p) for t in spin)]
        if points:
            body += self.bullets(tuple(self.cut(p, "cell", self.width - 14, 1)
                                       for p in points[:5]))
        return self.section(self.t("last"), body)

    def competition(self) -> list[Any]:
        """Competitors (each once) beside the likely objections: the risks the notes raise and
        the objection library's prepared answers that fit them."""
        from reportlab.platypus import Spacer

        d = self.doc
        col = (self.width - 14) / 2 - 14
        left = self.heading(self.t("competition")) + self.bullets(tuple(
            self.cut(c, "cell", col, 2) for c in self.data.competitors[:5]))
        right = self.heading(self.t("objections")) + self.bullets(tuple(
            self.cut(o, "cell", col, 2) for o in self.data.objections[:2]))
        for a in self.data.answers[:2]:
            colon = "：" if is_chinese(self.lang) else ": "
            answer = self.cut(f"{a.objection}{colon}{a.answer}", "cell", col + 14, 3)
            answer = answer[len(a.objection) + len(colon):]
            right.append(d.pm(f"<font color='{POSITIVE}'><b>{markup(a.objection)}</b></font>"
                              f"{colon}{markup(answer)}", "cell_spaced"))
        return [Spacer(0, 4), self.two_columns(left, right)]

    def steps(self) -> list[Any]:
        """The overdue steps and the next five; how many more come later."""
        from reportlab.lib import colors

        d = self.doc
        if not self.data.steps:
            return self.section(self.t("steps"), [d.p(self.t("none"), "muted")])
        overdue = [s for s in self.data.steps if s.overdue]
        ahead = [s for s in self.data.steps if not s.overdue]
        shown = overdue[-5:] + ahead[:5]  # the five most recently overdue, the next five
        rows = [[d.p(self.t("step"), "small"), d.p(self.t("owner"), "small"),
                 d.p(self.t("due"), "small")]]
        style = [("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor(RULE)),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                 ("LEFTPADDING", (1, 0), (-1, -1), 6)]
        widths = [self.width - 230, 100, 130]
        for s in shown:
            due = format_date(s.due, self.lang)
            if s.overdue:
                due = f"<font color='{WARNING}'><b>{markup(due)} {self.t('overdue')}</b></font>"
            else:
                due = markup(due or "—")
            # Which steps the customer agreed to (and so expects) and which are ours alone.
            mark = (f"<font color='{POSITIVE}'>{markup(self.t('step_agreed'))}</font>" if s.agreed
                    else f"<font color='{MUTED}'>{markup(self.t('step_internal'))}</font>")
            from reportlab.pdfbase.pdfmetrics import stringWidth

            room = widths[0] - stringWidth(self.t("step_agreed" if s.agreed else "step_internal")
                                           + "  ", _font(), d.styles["cell"].fontSize) - 4
            what = f"{markup(self.cut(s.text, 'cell', room, 1))}  {mark}"
            rows.append([d.pm(what, "cell"),
                         d.p(self.cut(s.owner or "—", "cell", widths[1] - 8, 1), "cell"),
                         d.pm(due, "cell")])
        body: list[Any] = [self.grid(rows, widths, style, repeatRows=1)]
        if len(overdue) > 5:
            body.append(d.p(self.t("more_overdue").format(n=len(overdue) - 5), "warning"))
        later = len(ahead) - 5
        if later > 0:
            body.append(d.p(self.t("more_steps").format(n=later), "muted"))
        return self.section(self.t("steps"), body)

    def materials(self) -> list[Any]:
        """One box to tick per material (each once), three to a row."""
        items = self.data.materials
        if not items:
            return []
        third = -(-len(items) // 3)
        w = self.width / 3
        columns = [self.checks(items[i * third:(i + 1) * third]) for i in range(3)]
        return self.section(self.t("materials"), [self.grid([columns], [w, w, w], [])])

    def handwriting(self) -> list[Any]:
        """Four ruled boxes for the meeting's notes, on one page, filling the space left."""
        from reportlab.platypus import Spacer

        return [Spacer(0, 4), HandwritingGrid(
            self.t("handwritten"), [(letter, self.t(key)) for key, letter in SPIN_LETTERS.items()],
            self.doc.styles["section"])]


class HandwritingGrid:
    """Factory stand-in: see `_grid_class()` (reportlab is imported lazily)."""

    def __new__(cls, title: str, boxes: list[tuple[str, str]], style: Any) -> Any:  # type: ignore[misc]
        return _grid_class()(title, boxes, style)


def _grid_class() -> type:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable

    from desktop.documents.parts import RuledBox

    class Grid(Flowable):
        """A heading and 2 × 2 ruled boxes taking the height left on the page (at least
        MIN, at most MAX): never split over two pages."""

        MIN = 34 * mm
        MAX = 130 * mm

        def __init__(self, title: str, boxes: list[tuple[str, str]], style: Any) -> None:
            super().__init__()
            self.title, self.boxes, self.style = title, boxes, style

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            # Too little room left: ask for more than there is, so the frame moves it on.
            self.height = min(self.MAX, avail_height - 2)
            if avail_height < self.MIN:
                self.height = avail_height + 1
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            return []  # one page, never split

        def draw(self) -> None:
            from desktop.documents import fonts

            _, bold = fonts.register()
            c = self.canv
            head = self.style.fontSize * 1.6
            c.setFont(bold, self.style.fontSize)
            c.setFillColor(self.style.textColor)
            c.drawString(0, self.height - self.style.fontSize, self.title)
            c.setStrokeColor(colors.HexColor(ACCENT))
            c.setLineWidth(0.8)
            c.line(0, self.height - head, self.width, self.height - head)
            gutter = 14
            box_w = (self.width - gutter) / 2
            box_h = (self.height - head - 4 - gutter / 2) / 2
            lines = max(2, int((box_h - 9 * mm) / (7.5 * mm)))
            for n, (letter, label) in enumerate(self.boxes):
                x = (n % 2) * (box_w + gutter)
                y = (1 - n // 2) * (box_h + gutter / 2)
                box = RuledBox(letter, label, lines=lines)
                box.wrap(box_w, box_h)
                box.height = box_h
                box.drawOn(c, x, y)

    return Grid


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
