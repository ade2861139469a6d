"""The first-call deck: 16:9 slides handed to the customer, on one fixed type scale.

Built from `DeckData` only, which has no internal field at all. Slides: cover, agenda, our
understanding of your business, your challenges and what they cost, how we solve them, why us,
cases, expected value (the CFO slide), proposed next step, contact with an optional WeChat QR
code. A deal with almost nothing known gets one "questions for today" slide instead of the
business, challenges and value slides.

Type never shrinks to make text fit (DECK_SCALE; nothing in a slide's frame below 18 pt): a
point longer than its line limit is cut with "…", points that do not fit continue on a
"（续）/ (cont.)" slide, and what was cut or left out is listed in `left_out` for the preview.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from desktop.documents.base import (
    ACCENT,
    ACCENT_LIGHT,
    INK,
    MUTED,
    POSITIVE,
    RULE,
    Document,
    Labels,
    PageInfo,
    format_date,
)
from desktop.documents.text import Para, clip, fit, markup, printable
from desktop.domain.briefing import CUT, NO_ROOM, DeckData, LeftOut, RenderedDocument
from desktop.domain.language import is_chinese, pick
from desktop.domain.visit_prep import questions_for_today

SLIDE_SIZE_MM = (338.7, 190.5)  # 16:9, the size of a 13.33 × 7.5 inch slide
# The deck's one type scale (points on a 960 × 540 pt slide). Nothing inside a slide's frame is
# smaller than "label"; only the footer, outside the frame, is.
DECK_SCALE = {"footer": 12, "label": 18, "body": 20, "lead": 24, "title": 32, "cover": 40}
MIN_BODY = DECK_SCALE["label"]
SLIDE_SCALE = 2.0  # kept for callers that size slide images from the shared scale
COST = "#9a3412"
COST_LIGHT = "#fff4ec"
MAX_CONTINUED = 2  # a section takes at most this many continuation slides

L = Labels({
    "doc": ("First meeting", "首次沟通"),
    "prepared_for": ("Prepared for", "专为"),
    "prepared_for_suffix": ("", "准备"),
    "presented_by": ("Presented by", "汇报人"),
    "agenda": ("Agenda", "目录"),
    "business": ("Our understanding of your business", "我们对贵司业务的理解"),
    "industry": ("Industry", "行业"),
    "region": ("Region", "地区"),
    "size": ("Size", "规模"),
    "heard": ("What we heard", "我们了解到的情况"),
    "today": ("Questions for today", "今天想与您确认的问题"),
    "today_lead": ("We would like to understand your situation before proposing anything.",
                   "在提出方案之前，我们希望先了解贵司的情况。"),
    "challenges": ("Your challenges and what they cost", "您面临的挑战及其代价"),
    "problems": ("The challenges", "面临的挑战"),
    "costs": ("What they cost", "带来的代价"),
    "solve": ("How we solve them", "我们如何解决"),
    "why": ("Why us", "为什么选择我们"),
    "cases": ("Customers like you", "同行业客户案例"),
    "cases_other": ("Customers we have helped", "我们服务过的客户"),
    "challenge": ("Challenge", "挑战"),
    "solution": ("What we did", "解决方案"),
    "result": ("Result", "成果"),
    "value": ("Expected value", "预期价值"),
    "outcomes": ("The outcome you want", "您期望的成果"),
    "proof": ("What customers achieved", "客户已实现的成果"),
    "next": ("Proposed next step", "建议的下一步"),
    "agreed": ("What we agreed to do together", "双方已约定共同推进的事项"),
    "contact": ("Let's keep talking", "保持联系"),
    "phone": ("Phone", "电话"),
    "email": ("Email", "邮箱"),
    "wechat": ("WeChat", "微信"),
    "website": ("Website", "网址"),
    "address": ("Address", "地址"),
    "scan": ("Scan to add me on WeChat", "扫码添加微信"),
    "thanks": ("Thank you", "谢谢"),
    "continued": (" (cont.)", "（续）"),
    "by": ("by {date}", "{date}前"),
})

Slide = tuple[str, list[Any]]


class FirstCallDeck(Document):
    """One slide per page; `slides()` returns (key, flowables) so tests can read the story, and
    `left_out` lists what was cut or not shown (filled by `slides()`)."""

    page_size = tuple(v * 72 / 25.4 for v in SLIDE_SIZE_MM)  # type: ignore[assignment]
    margins = (24.0, 24.0, 24.0, 22.0)
    draw_header = False

    def __init__(self, data: DeckData) -> None:
        self.data = data
        self.lang = data.language
        super().__init__(PageInfo(
            title=f"{data.customer} · {self.occasion(data)}",
            subtitle=data.seller_company, language=data.language,
        ))
        self.styles = deck_styles(self.styles)
        self.left_out: list[LeftOut] = []
        self._slides: list[Slide] | None = None

    def t(self, key: str) -> str:
        return L(key, self.lang)

    @staticmethod
    def occasion(data: DeckData) -> str:
        """The meeting the deck is for (from the deal's stage); "first meeting" when not given."""
        return data.occasion or L("doc", data.language)

    def render_with_report(self) -> RenderedDocument:
        """The PDF and what it left out (for the preview)."""
        pdf = self.render()
        return RenderedDocument(pdf, tuple(self.left_out))

    # --- page furniture
    def on_page(self, canvas: Any, doc: Any) -> None:
        from reportlab.lib import colors

        width, height = self.size()
        canvas.saveState()
        if canvas.getPageNumber() == 1:
            # Without a logo, company or tagline the panel spans the slide (no empty half).
            panel = width * (0.64 if self.has_seller_side() else 1.0)
            canvas.setFillColor(colors.HexColor(ACCENT))
            canvas.rect(0, 0, panel, height, stroke=0, fill=1)
            canvas.setFillColor(colors.HexColor("#2b63a8"))
            canvas.rect(panel, 0, 10, height, stroke=0, fill=1)
        else:
            canvas.setFillColor(colors.HexColor(ACCENT))
            canvas.rect(0, height - 12, width, 12, stroke=0, fill=1)
        canvas.restoreState()

    def finish_page(self, canvas: Any, number: int, total: int, info: PageInfo) -> None:
        from reportlab.lib import colors
        from reportlab.lib.units import mm

        from desktop.documents import fonts

        if number == 1:
            return
        regular, bold = fonts.register()
        width, _ = self.size()
        left, right, _, bottom = (m * mm for m in self.margins)
        size = DECK_SCALE["footer"]
        y = bottom * 0.45
        label = f"{number} / {total}"
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor(RULE))
        canvas.setLineWidth(0.6)
        canvas.line(left, y + 16, width - right, y + 16)
        canvas.setFont(bold, size)
        canvas.setFillColor(colors.HexColor(ACCENT))
        canvas.drawRightString(width - right, y, label)
        # The names are cut with "…" before they reach the page number.
        room = width - left - right - canvas.stringWidth(label, bold, size) - 12 * mm
        canvas.setFont(regular, size)
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.drawString(left, y, fit(" · ".join(p for p in (self.data.seller_company,
                                                               self.data.customer) if p),
                                       regular, size, room))
        canvas.restoreState()

    # --- the story
    def story(self) -> list[Any]:
        from reportlab.platypus import KeepInFrame, PageBreak

        out: list[Any] = []
        width, height = self.frame_width(), self.frame_height()
        for i, (_, flowables) in enumerate(self.slides()):
            if i:
                out.append(PageBreak())
            # Slides are measured to fit; "truncate" only guards the page (never shrinks type).
            out.append(KeepInFrame(width, height, flowables, mode="truncate"))
        return out

    def slides(self) -> list[Slide]:
        """The slides in order (made once). A slide the seller has nothing for is left out
        rather than shown empty; sections are numbered in order, continuations keep the number."""
        if self._slides is not None:
            return self._slides
        self.left_out = []
        sections: list[tuple[str, Callable[[int], list[Slide]]]] = []
        if self.knows_little():
            sections.append(("today", self.today))
        else:
            if self.data.business or self.facts():
                sections.append(("business", self.business))
            if self.data.challenges or self.data.costs:
                sections.append(("challenges", self.challenges))
        if self.has_solutions():
            sections.append(("solve", self.solve))
        if self.has_reasons():
            sections.append(("why", self.why))
        if self.data.cases:
            sections.append(("cases", self.cases))
        if not self.knows_little() and (self.data.outcomes or self.results()):
            sections.append(("value", self.value))
        sections.append(("next", self.next_step))
        body: list[Slide] = []
        titles: list[str] = []
        for number, (key, build) in enumerate(sections, start=1):
            made = build(number)
            body += made
            titles.append(self.section_title(key))
        out: list[Slide] = [("cover", self.cover()), ("agenda", self.agenda(titles))]
        out += body
        out.append(("contact", self.contact(len(sections) + 1)))
        self._slides = out
        return out

    def knows_little(self) -> bool:
        d = self.data
        return not (d.business or d.challenges or d.costs or d.outcomes)

    def section_title(self, key: str) -> str:
        if key == "cases" and not self.data.cases_match_industry:
            return self.t("cases_other")
        return self.t(key)

    def has_solutions(self) -> bool:
        return bool(self.data.solutions or self.data.seller_about.strip())

    def has_reasons(self) -> bool:
        return bool(self.data.value_statements or self.data.seller_about.strip())

    def facts(self) -> list[tuple[str, str]]:
        d = self.data
        return [(self.t(k), v) for k, v in (("industry", d.industry), ("region", d.region),
                                           ("size", d.size)) if v]

    def results(self) -> list[Any]:
        return [c for c in self.data.cases if c.result][:3]

    # --- measuring and cutting
    def content_height(self, title: list[Any]) -> float:
        return self.frame_height() - _height(title, self.frame_width()) - 4

    def cut(self, section: str, text: str, style: str, width: float, lines: int) -> str:
        """`text` cut to `lines` lines; a cut is recorded for the preview."""
        shown, was_cut = clip(text, self.styles[style], width, lines)
        if was_cut:
            self.left_out.append(LeftOut(section, printable(text), CUT, shown))
        return shown

    def not_shown(self, section: str, texts: Sequence[str]) -> None:
        self.left_out += [LeftOut(section, printable(t), NO_ROOM) for t in texts]

    def paged(self, key: str, number: int, items: Sequence[Any],
              build: Callable[[Sequence[Any]], list[Any]],
              describe: Callable[[Any], str] = str) -> list[Slide]:
        """Slides of `items`: as many per slide as fit under the title, the rest continued on
        (at most MAX_CONTINUED) "（续）" slides; what still does not fit is reported."""
        out: list[Slide] = []
        rest = list(items)
        while rest and len(out) <= MAX_CONTINUED:
            title = self.title(key, number, continued=bool(out))
            room = self.content_height(title)
            count = 1
            while count < len(rest) and _height(build(rest[:count + 1]),
                                                self.frame_width()) <= room:
                count += 1
            out.append((key if not out else f"{key}+{len(out)}", title + build(rest[:count])))
            rest = rest[count:]
        if rest:
            self.not_shown(self.section_title(key), [describe(r) for r in rest])
        return out

    # --- building blocks
    def p(self, text: str | None, style: str = "body") -> Any:
        return Para(markup(text), self.styles[style])

    def title(self, key: str, number: int, continued: bool = False) -> list[Any]:
        from reportlab.platypus import Spacer

        text = self.section_title(key) + (self.t("continued") if continued else "")
        return [self.pm(f"{number:02d}", "eyebrow"), self.p(text, "slide_title"), Spacer(0, 14)]

    def grid(self, rows: list[list[Any]], widths: list[float], style: list[tuple]) -> Any:
        from reportlab.platypus import Table, TableStyle

        table = Table(rows, colWidths=widths, hAlign="LEFT")
        # FONTNAME: empty string cells would otherwise pull an unembedded Helvetica in.
        base = [("FONTNAME", (0, 0), (-1, -1), _font()),
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
        table.setStyle(TableStyle(base + style))
        return table

    def tiles(self, cells: list[list[Any]], columns: int, fill: str = ACCENT_LIGHT,
              edge: str = ACCENT, gutter: float = 18) -> Any:
        """Cells as boxed tiles, `columns` per row, all of a row the same height."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        w = self.tile_width(columns, gutter)
        rows, style = [], []
        for r in range(0, len(cells), columns):
            chunk = cells[r:r + columns] + [[] for _ in range(columns - len(cells[r:r + columns]))]
            row: list[Any] = []
            for c, cell in enumerate(chunk):
                if c:
                    row.append("")
                row.append(cell)
                col_ = c * 2
                rr = len(rows) * 2
                if cell:
                    style += [("BACKGROUND", (col_, rr), (col_, rr), colors.HexColor(fill)),
                              ("LINEABOVE", (col_, rr), (col_, rr), 3, colors.HexColor(edge)),
                              ("LEFTPADDING", (col_, rr), (col_, rr), TILE_PAD),
                              ("RIGHTPADDING", (col_, rr), (col_, rr), TILE_PAD),
                              ("TOPPADDING", (col_, rr), (col_, rr), 12),
                              ("BOTTOMPADDING", (col_, rr), (col_, rr), 14)]
            if rows:
                rows.append([""] * len(row))
            rows.append(row)
        heights = [None if i % 2 == 0 else gutter for i in range(len(rows))]
        widths: list[float] = []
        for c in range(columns):
            widths += ([gutter] if c else []) + [w]
        table = Table(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("FONTNAME", (0, 0), (-1, -1), _font())] + style))
        return table

    def tile_width(self, columns: int, gutter: float = 18) -> float:
        return (self.frame_width() - gutter * (columns - 1)) / columns

    def bullet_list(self, items: Sequence[str], style: str = "slide_body",
                    mark: str = "●", colour: str = ACCENT) -> list[Any]:
        """Items with a hanging mark: wrapped lines align with the text, not the mark."""
        return [Para(markup(i), self.hanging(style, colour), bulletText=mark) for i in items]

    def hanging(self, style: str, colour: str = ACCENT) -> Any:
        from reportlab.lib.styles import ParagraphStyle

        base = self.styles[style]
        return ParagraphStyle(f"{style}_hanging", base, leftIndent=base.fontSize * 1.5,
                              bulletIndent=0, bulletFontName=base.fontName,
                              bulletFontSize=base.fontSize * 0.9, bulletColor=_c(colour))

    def points(self, section: str, items: Sequence[str], width: float, lines: int = 3,
               style: str = "slide_body") -> list[str]:
        """Bullet points cut to `lines` lines each at `width` (the mark's indent taken off)."""
        indent = self.styles[style].fontSize * 1.5
        return [self.cut(section, i, style, width - indent, lines) for i in items]

    # --- slides
    def cover(self) -> list[Any]:
        """The customer's name and the deal on the colour panel, the seller on the right."""
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        d = self.data
        if not self.has_seller_side():
            panel = self.frame_width()
        else:
            panel = self.size()[0] * 0.64 - self.margins[0] * mm - 14 * mm
        gap = 28 * mm + 10  # the panel's inner margin, its edge stripe, the white margin
        right_w = self.frame_width() - panel - gap
        name_style = self.cover_title_style(d.customer, panel)
        name = self.cut(self.t("doc"), d.customer, name_style, panel, 3)
        title = self.cut(self.t("doc"), d.deal_title, "cover_sub", panel, 2)
        meta = [f"{self.occasion(d)} · {format_date(d.presented_on, self.lang)}"]
        who = " · ".join(p for p in (d.seller_name, d.seller_title) if p)
        if who:
            meta.append(f"{self.t('presented_by')}：{who}" if is_chinese(self.lang)
                        else f"{self.t('presented_by')} {who}")
        prepared = pick(self.lang, self.t("prepared_for"), "专为您准备")
        left = [Spacer(0, 40), self.p(prepared, "cover_eyebrow"), self.p(name, name_style),
                self.p(title, "cover_sub"), Spacer(0, 28)]
        left += [self.p(self.cut(self.t("doc"), m, "cover_meta", panel, 2), "cover_meta")
                 for m in meta]
        if not self.has_seller_side():
            return left
        right: list[Any] = [Spacer(0, 40)] + self.logo_block(right_w)
        if d.seller_tagline:
            right += [Spacer(0, 16), self.p(self.cut(self.t("doc"), d.seller_tagline,
                                                     "cover_tagline", right_w, 5),
                                            "cover_tagline")]
        return [self.grid([[left, "", right]], [panel, gap, right_w], [])]

    def has_seller_side(self) -> bool:
        d = self.data
        return bool(d.seller_company or d.seller_tagline or
                    (d.logo and _image(d.logo, 10, 10) is not None))

    def cover_title_style(self, name: str, width: float) -> str:
        """The largest cover size at which the customer's name takes at most two lines."""
        for style in ("cover_title", "cover_title_mid", "cover_title_long"):
            _, was_cut = clip(name, self.styles[style], width, 1 if style == "cover_title" else 2)
            if not was_cut:
                return style
        return "cover_title_long"

    def logo_block(self, width: float) -> list[Any]:
        d = self.data
        if d.logo:
            image = _image(d.logo, width * 0.8, 110)
            if image is not None:
                return [image]
        if not d.seller_company:
            return []
        name = self.cut(self.t("doc"), d.seller_company, "logo_text", width - 24, 3)
        return [self.grid([[self.p(name, "logo_text")]], [width], [
            ("BOX", (0, 0), (-1, -1), 1, _c(RULE)),
            ("TOPPADDING", (0, 0), (-1, -1), 24), ("BOTTOMPADDING", (0, 0), (-1, -1), 24),
            ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ])]

    def agenda(self, titles: list[str]) -> list[Any]:
        from reportlab.platypus import Spacer

        rows = [[self.pm(f"<font color='{ACCENT}'><b>{n:02d}</b></font>", "agenda"),
                 self.p(t, "agenda")] for n, t in enumerate(titles, start=1)]
        w = self.frame_width()
        pad = [("BOTTOMPADDING", (0, 0), (-1, -1), 14)]
        if len(rows) <= 5:
            return [self.p(self.t("agenda"), "slide_title"), Spacer(0, 24),
                    self.grid(rows, [56, w - 56], pad)]
        half = (len(rows) + 1) // 2
        cells = [self.grid(rows[:half], [56, w * 0.46 - 56], pad), "",
                 self.grid(rows[half:], [56, w * 0.46 - 56], pad)]
        return [self.p(self.t("agenda"), "slide_title"), Spacer(0, 24),
                self.grid([cells], [w * 0.46, w * 0.08, w * 0.46], [])]

    def today(self, number: int) -> list[Slide]:
        """Almost nothing known yet: the questions the meeting is for, on one slide."""
        from reportlab.platypus import Spacer

        questions = questions_for_today(self.lang)
        body = [self.p(self.t("today_lead"), "lead"), Spacer(0, 16)]
        body += self.bullet_list(questions, "slide_big", mark="?")
        if self.facts():
            body += [Spacer(0, 8), self.p("　".join(f"{k}：{v}" if is_chinese(self.lang) else
                                                  f"{k}: {v}" for k, v in self.facts()),
                                          "muted_big")]
        return [("today", self.title("today", number) + body)]

    def business(self, number: int) -> list[Slide]:
        w = self.frame_width()
        facts = self.facts()
        left_w = w * 0.3 if facts else 0
        right_w = w - left_w - (w * 0.06 if facts else 0)
        section = self.t("business")
        fact_cells = [[self.p(k, "tile_label"), self.p(self.cut(section, v, "tile_value",
                                                                left_w - 14, 2), "tile_value")]
                      for k, v in facts]
        left = [self.grid([[c] for c in fact_cells], [left_w], [
            ("LINEBEFORE", (0, 0), (0, -1), 3, _c(ACCENT)), ("LEFTPADDING", (0, 0), (-1, -1), 14),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 16),
        ])] if fact_cells else []
        heard = self.points(section, self.data.business, right_w)

        def build(items: Sequence[str]) -> list[Any]:
            right = ([self.p(self.t("heard"), "col_head")] + self.bullet_list(items)
                     if items else [])
            if not facts:
                return right
            return [self.grid([[left, "", right]], [left_w, w * 0.06, right_w], [])]

        if not heard:
            return [("business", self.title("business", number) + build([]))]
        return self.paged("business", number, heard, build)

    def challenges(self, number: int) -> list[Slide]:
        d = self.data
        w = self.frame_width()
        both = bool(d.challenges and d.costs)
        col = (w - 24) / 2 if both else w
        section = self.t("challenges")
        problems = self.points(section, d.challenges, col, style="slide_body")
        costs = self.points(section, d.costs, col - 32, style="slide_body")
        items = [("p", t) for t in problems] + [("c", t) for t in costs]

        def build(chunk: Sequence[tuple[str, str]]) -> list[Any]:
            left = [t for k, t in chunk if k == "p"]
            right = [t for k, t in chunk if k == "c"]
            lcol = [self.p(self.t("problems"), "col_head")] + self.bullet_list(left) if left else []
            rcol = ([self.p(self.t("costs"), "col_head_cost")]
                    + self.bullet_list(right, mark="▲", colour=COST)) if right else []
            cost_style = [("BACKGROUND", (2, 0), (2, 0), _c(COST_LIGHT)),
                          ("LEFTPADDING", (2, 0), (2, 0), 16), ("RIGHTPADDING", (2, 0), (2, 0), 16),
                          ("TOPPADDING", (2, 0), (2, 0), 12), ("BOTTOMPADDING", (2, 0), (2, 0), 14),
                          ("LINEBEFORE", (2, 0), (2, 0), 3, _c(COST))]
            if both:
                return [self.grid([[lcol, "", rcol]], [col, 24, col], cost_style if rcol else [])]
            if lcol:
                return lcol
            return [self.grid([["", "", rcol]], [0, 0, w], cost_style)]

        # Problems and costs side by side: a slide takes the next problems and the next costs.
        return self._two_columns("challenges", number, [t for k, t in items if k == "p"],
                                 [t for k, t in items if k == "c"], build)

    def _two_columns(self, key: str, number: int, left: list[str], right: list[str],
                     build: Callable[[Sequence[tuple[str, str]]], list[Any]]) -> list[Slide]:
        out: list[Slide] = []
        while (left or right) and len(out) <= MAX_CONTINUED:
            title = self.title(key, number, continued=bool(out))
            room = self.content_height(title)
            nl = min(1, len(left))
            nr = min(1, len(right))
            grown = True
            while grown:
                grown = False
                for side in ("l", "r"):
                    more_l = nl + (side == "l")
                    more_r = nr + (side == "r")
                    if more_l > len(left) or more_r > len(right):
                        continue
                    chunk = [("p", t) for t in left[:more_l]] + [("c", t) for t in right[:more_r]]
                    if _height(build(chunk), self.frame_width()) <= room:
                        nl, nr, grown = more_l, more_r, True
            chunk = [("p", t) for t in left[:nl]] + [("c", t) for t in right[:nr]]
            out.append((key if not out else f"{key}+{len(out)}", title + build(chunk)))
            left, right = left[nl:], right[nr:]
        if left or right:
            self.not_shown(self.section_title(key), left + right)
        return out

    def solve(self, number: int) -> list[Slide]:
        d = self.data
        section = self.t("solve")
        if not d.solutions:
            about = self.cut(section, d.seller_about, "lead", self.frame_width(), 8)
            return [("solve", self.title("solve", number) + [self.p(about, "lead")])]
        columns = 3 if len(d.solutions) >= 3 else max(1, len(d.solutions))
        inner = self.tile_width(columns) - 2 * TILE_PAD
        cells = [[self.p(self.cut(section, s.name, "tile_title", inner, 2), "tile_title"),
                  self.p(self.cut(section, _sentence(s.description), "tile_body", inner, 4),
                         "tile_body")] for s in d.solutions]
        return self.paged("solve", number, cells, lambda chunk: [self.tiles(list(chunk), columns)],
                          describe=lambda cell: cell[0].getPlainText())

    def why(self, number: int) -> list[Slide]:
        """Who we are on the left, the numbered reasons two by two on the right."""
        d = self.data
        w = self.frame_width()
        section = self.t("why")
        right_w = w * 0.64 if d.seller_about else w
        col = (right_w - 20) / 2
        reasons = [(n, self.cut(section, text, "slide_body", col - 40, 5))
                   for n, text in enumerate(d.value_statements, start=1)]
        about: list[Any] = []
        if d.seller_about:
            about = [self.p(self.cut(section, d.seller_company, "tile_title", w * 0.3, 2),
                            "tile_title"),
                     self.p(self.cut(section, d.seller_about, "about", w * 0.3, 12), "about")]

        def build(chunk: Sequence[tuple[int, str]]) -> list[Any]:
            rows = []
            for r in range(0, len(chunk), 2):
                row: list[Any] = []
                for n, text in chunk[r:r + 2]:
                    row += [[self.pm(f"<font color='{ACCENT}'><b>{n:02d}</b></font>&nbsp;&nbsp;"
                                     f"{markup(text)}", "slide_body")], ""]
                rows.append((row + ["", ""])[:3])
            style = [("LINEABOVE", (0, 0), (0, -1), 2, _c(ACCENT)),
                     ("LINEABOVE", (2, 0), (2, -1), 2, _c(ACCENT)),
                     ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]
            grid = [self.grid(rows, [col, 20, col], style)] if rows else []
            if not about:
                return grid
            return [self.grid([[about, "", grid]], [w * 0.3, w * 0.06, right_w], [])]

        if not reasons:
            return [("why", self.title("why", number) + build([]))]
        return self.paged("why", number, reasons, build, describe=lambda r: r[1])

    def cases(self, number: int) -> list[Slide]:
        d = self.data
        columns = min(3, max(1, len(d.cases)))
        inner = self.tile_width(columns) - 2 * TILE_PAD
        section = self.section_title("cases")
        title = self.title("cases", number)
        room = self.content_height(title)
        for lines in ((4, 4, 3), (3, 3, 2), (2, 2, 2), (1, 1, 2)):
            mark = len(self.left_out)
            cells = [self.case_cell(c, inner, lines, section) for c in d.cases[:3]]
            table = self.tiles(cells, columns, fill="#f7f9fc")
            if _height([table], self.frame_width()) <= room:
                break
            del self.left_out[mark:]  # cut again, shorter
        return [("cases", title + [table])]

    def case_cell(self, c: Any, width: float, lines: tuple[int, int, int],
                  section: str) -> list[Any]:
        cell = [self.p(self.cut(section, c.customer, "tile_title", width, 2), "tile_title"),
                self.p(self.cut(section, c.title, "tile_small", width, 2), "tile_small")]
        for (k, v, style), n in zip((("challenge", c.challenge, "tile_body"),
                                     ("solution", c.solution, "tile_body"),
                                     ("result", c.result, "tile_result")), lines, strict=True):
            if v:
                cell += [self.p(self.t(k), "tile_label"),
                         self.p(self.cut(section, v, style, width, n), style)]
        return cell

    def value(self, number: int) -> list[Slide]:
        d = self.data
        w = self.frame_width()
        section = self.t("value")
        results = self.results()
        left_w = w * 0.58 if results else w
        outcomes = self.points(section, d.outcomes, left_w)
        right: list[Any] = []
        if results:
            inner = w * 0.36 - 28
            rows = [[[self.p(self.cut(section, c.result, "proof_value", inner, 3), "proof_value"),
                      self.p(self.cut(section, c.customer, "proof_label", inner, 2),
                             "proof_label")]] for c in results]
            right = [self.p(self.t("proof"), "col_head")] + [self.grid(rows, [w * 0.36], [
                ("BACKGROUND", (0, 0), (-1, -1), _c(ACCENT)),
                ("LEFTPADDING", (0, 0), (-1, -1), 14), ("RIGHTPADDING", (0, 0), (-1, -1), 14),
                ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
                ("LINEBELOW", (0, 0), (-1, -2), 2, _c("#ffffff")),
            ])]

        def build(chunk: Sequence[str]) -> list[Any]:
            left = ([self.p(self.t("outcomes"), "col_head")]
                    + self.bullet_list(chunk, mark="✓", colour=POSITIVE)) if chunk else []
            if not right:
                return left
            return [self.grid([[left, "", right]], [w * 0.58, w * 0.06, w * 0.36], [])]

        if not outcomes:
            return [("value", self.title("value", number) + build([]))]
        return self.paged("value", number, outcomes, build)

    def next_step(self, number: int) -> list[Slide]:
        """The step we propose, and what was agreed and is still ahead, as joint actions."""
        from reportlab.platypus import Spacer

        d = self.data
        w = self.frame_width()
        section = self.t("next")
        box = self.grid([[self.p(self.cut(section, d.proposed_step, "next_big", w * 0.8 - 44, 2),
                                 "next_big")]], [w * 0.8], [
            ("BACKGROUND", (0, 0), (-1, -1), _c(ACCENT)),
            ("LEFTPADDING", (0, 0), (-1, -1), 22), ("RIGHTPADDING", (0, 0), (-1, -1), 22),
            ("TOPPADDING", (0, 0), (-1, -1), 16), ("BOTTOMPADDING", (0, 0), (-1, -1), 20),
        ])
        steps = []
        for step in d.agreed_steps:
            due = format_date(step.due, self.lang)
            text = step.text + (("（" + self.t("by").format(date=due) + "）") if due and
                                is_chinese(self.lang) else f" ({self.t('by').format(date=due)})"
                                if due else "")
            steps.append(self.cut(section, text, "slide_body", w - 30, 2))
        head = [box, Spacer(0, 18)]

        def build(chunk: Sequence[str]) -> list[Any]:
            if not chunk:
                return head
            return head + [self.p(self.t("agreed"), "col_head")] + self.bullet_list(chunk,
                                                                                    mark="■")

        if not steps:
            return [("next", self.title("next", number) + head)]
        # One slide: the agreed steps nearest in time; the others are listed for the seller.
        title = self.title("next", number)
        room = self.content_height(title)
        count = 1
        while count < len(steps) and _height(build(steps[:count + 1]), w) <= room:
            count += 1
        self.not_shown(section, steps[count:])
        return [("next", title + build(steps[:count]))]

    def contact(self, number: int) -> list[Any]:
        d = self.data
        w = self.frame_width()
        section = self.t("contact")
        qr = self.qr_block()
        text_w = w * 0.64 if qr else w
        rows = []
        for key in ("phone", "email", "wechat", "website", "address"):
            value = getattr(d, key)
            if value:
                rows.append([self.p(self.t(key), "contact_label"),
                             self.p(self.cut(section, value, "contact_value",
                                             text_w - w * 0.14, 2), "contact_value")])
        details = [self.p(self.cut(section, d.seller_name, "contact_name", text_w, 1),
                          "contact_name"),
                   self.p(self.cut(section, " · ".join(p for p in (d.seller_title,
                                                                   d.seller_company) if p),
                                   "contact_role", text_w, 2), "contact_role")]
        if rows:
            details.append(self.grid(rows, [w * 0.14, text_w - w * 0.14], [
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        out = self.title("contact", number)
        if not (rows or qr or d.seller_name or d.seller_title or d.seller_company):
            # No profile yet: a closing slide rather than an empty one.
            return out + [self.p(self.t("thanks"), "contact_name")]
        if qr:
            return out + [self.grid([[details, "", qr]], [w * 0.64, w * 0.08, w * 0.28], [])]
        return out + details

    def qr_block(self) -> list[Any]:
        d = self.data
        size = 150
        if d.qr_image:
            image = _image(d.qr_image, size, size)
            if image is not None:
                return [image, self.p(self.t("scan"), "qr_caption")]
        if d.wechat_qr_text:
            return [_qr(d.wechat_qr_text, size), self.p(self.t("scan"), "qr_caption")]
        return []


TILE_PAD = 14


def render_deck(data: DeckData) -> RenderedDocument:
    """The deck's PDF and what it cut or left out."""
    return FirstCallDeck(data).render_with_report()


def _height(flowables: list[Any], width: float) -> float:
    total = 0.0
    for f in flowables:
        _, h = f.wrap(width, 1e6)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _font() -> str:
    from desktop.documents import fonts

    return fonts.register()[0]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _c(hex_colour: str) -> Any:
    from reportlab.lib import colors

    return colors.HexColor(hex_colour)


def _image(data: bytes, max_w: float, max_h: float) -> Any:
    """An image scaled to fit, or None when the bytes are not a readable image."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        reader = ImageReader(io.BytesIO(data))
        iw, ih = reader.getSize()
    except (OSError, ValueError, RuntimeError, ImportError):  # unreadable, or no Pillow
        return None
    scale = min(max_w / iw, max_h / ih)
    image = Image(io.BytesIO(data), width=iw * scale, height=ih * scale)
    image.hAlign = "LEFT"
    return image


def _qr(text: str, size: float) -> Any:
    from desktop.documents.parts import QrCode

    qr = QrCode(text, size)
    qr.hAlign = "LEFT"
    return qr


def deck_styles(styles: dict[str, Any]) -> dict[str, Any]:
    """Slide styles on DECK_SCALE (never smaller than its label size inside the frame)."""
    from reportlab.lib.styles import ParagraphStyle

    from desktop.documents import fonts

    regular, bold = fonts.register()
    k = DECK_SCALE

    def s(name: str, size_key: str, font: str = regular, colour: str = INK, **kw: Any):
        size = k[size_key]
        return ParagraphStyle(name, styles["body"], fontName=font, fontSize=size,
                              leading=size * kw.pop("leading", 1.35), textColor=_c(colour), **kw)

    white, pale = "#ffffff", "#c9d8ee"
    return {**styles,
            "eyebrow": s("eyebrow", "label", bold, MUTED, spaceAfter=2, leading=1.2),
            "slide_title": s("slide_title", "title", bold, ACCENT, leading=1.2),
            "slide_body": s("slide_body", "body", spaceAfter=8),
            "slide_big": s("slide_big", "lead", spaceAfter=12),
            "lead": s("lead", "lead", colour=MUTED),
            "muted_big": s("muted_big", "body", colour=MUTED),
            "agenda": s("agenda", "lead", bold, INK, leading=1.25),
            "col_head": s("col_head", "lead", bold, ACCENT, spaceAfter=10, leading=1.25),
            "col_head_cost": s("col_head_cost", "lead", bold, COST, spaceAfter=10, leading=1.25),
            "tile_title": s("tile_title", "lead", bold, INK, spaceAfter=4, leading=1.25),
            "tile_small": s("tile_small", "label", colour=MUTED, spaceAfter=6),
            "tile_label": s("tile_label", "label", bold, MUTED, spaceBefore=4),
            "tile_value": s("tile_value", "lead", bold, INK, leading=1.25),
            "tile_body": s("tile_body", "label"),
            "tile_result": s("tile_result", "label", bold, POSITIVE),
            "result_big": s("result_big", "lead", bold, POSITIVE),
            "about": s("about", "label", colour=MUTED),
            "proof_value": s("proof_value", "body", bold, white),
            "proof_label": s("proof_label", "label", colour=pale, spaceBefore=3),
            "next_big": s("next_big", "title", bold, white, leading=1.3),
            "cover_eyebrow": s("cover_eyebrow", "body", colour=pale, spaceAfter=10),
            "cover_title": s("cover_title", "cover", bold, white, leading=1.2, spaceAfter=12),
            "cover_title_mid": s("cover_title_mid", "title", bold, white, leading=1.25,
                                 spaceAfter=12),
            "cover_title_long": s("cover_title_long", "lead", bold, white, leading=1.25,
                                  spaceAfter=12),
            "cover_sub": s("cover_sub", "lead", colour=white),
            "cover_meta": s("cover_meta", "label", colour=pale, spaceAfter=4),
            "cover_tagline": s("cover_tagline", "body", colour=MUTED),
            "logo_text": s("logo_text", "lead", bold, ACCENT, alignment=1, leading=1.25),
            "contact_name": s("contact_name", "title", bold, INK, leading=1.2, spaceAfter=4),
            "contact_role": s("contact_role", "lead", colour=MUTED, spaceAfter=18),
            "contact_label": s("contact_label", "label", colour=MUTED, leading=1.5),
            "contact_value": s("contact_value", "body", bold, INK),
            "qr_caption": s("qr_caption", "label", colour=MUTED, spaceBefore=6),
            }
