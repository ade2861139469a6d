"""The first-call deck: 16:9 slides handed to the customer (one slide per page, big type).

Built from `DeckData` only, which has no internal field at all. Slides: cover, our understanding
of your business, your challenges and what they cost, how we solve them, why us, cases, expected
value (the CFO slide), proposed next step, contact with an optional WeChat QR code.
"""

from __future__ import annotations

import io
from typing import Any

from desktop.documents.base import (
    ACCENT,
    ACCENT_LIGHT,
    INK,
    MUTED,
    POSITIVE,
    RULE,
    SCALE,
    Document,
    Labels,
    PageInfo,
    format_date,
)
from desktop.documents.text import markup
from desktop.domain.briefing import DeckData
from desktop.domain.language import is_chinese

SLIDE_SIZE_MM = (338.7, 190.5)  # 16:9, the size of a 13.33 × 7.5 inch slide
SLIDE_SCALE = 2.0
COST = "#9a3412"
COST_LIGHT = "#fff4ec"

L = Labels({
    "doc": ("First meeting", "首次沟通"),
    "prepared_for": ("Prepared for", "专为"),
    "prepared_for_suffix": ("", "准备"),
    "presented_by": ("Presented by", "汇报人"),
    "business": ("Our understanding of your business", "我们对贵司业务的理解"),
    "industry": ("Industry", "行业"),
    "region": ("Region", "地区"),
    "size": ("Size", "规模"),
    "heard": ("What we heard", "我们了解到的情况"),
    "business_empty": ("We would like to hear how your operations run today and what started "
                       "this project.", "希望今天能听您介绍目前的运营情况，以及启动这个项目的原因。"),
    "challenges": ("Your challenges and what they cost", "您面临的挑战及其代价"),
    "problems": ("The challenges", "面临的挑战"),
    "costs": ("What they cost", "带来的代价"),
    "challenges_empty": ("To be confirmed together today.", "今天与您一起确认。"),
    "costs_empty": ("What they cost you: we will estimate it with you.",
                    "这些问题带来的损失，我们将与您一起估算。"),
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
    "outcomes_empty": ("Together we will set measurable targets for this project.",
                       "我们将与您一起为项目设定可衡量的目标。"),
    "next": ("Proposed next step", "建议的下一步"),
    "agreed": ("Already agreed", "已确认的事项"),
    "contact": ("Let's keep talking", "保持联系"),
    "phone": ("Phone", "电话"),
    "email": ("Email", "邮箱"),
    "wechat": ("WeChat", "微信"),
    "website": ("Website", "网址"),
    "address": ("Address", "地址"),
    "scan": ("Scan to add me on WeChat", "扫码添加微信"),
    "thanks": ("Thank you", "谢谢"),
})


class FirstCallDeck(Document):
    """One slide per page; `slides()` returns (key, flowables) so tests can read the story."""

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

    def style_scale(self) -> float:
        return SLIDE_SCALE

    def t(self, key: str) -> str:
        return L(key, self.lang)

    @staticmethod
    def occasion(data: DeckData) -> str:
        """The meeting the deck is for (from the deal's stage); "first meeting" when not given."""
        return data.occasion or L("doc", data.language)

    # --- page furniture
    def on_page(self, canvas: Any, doc: Any) -> None:
        from reportlab.lib import colors

        width, height = self.size()
        canvas.saveState()
        if canvas.getPageNumber() == 1:
            canvas.setFillColor(colors.HexColor(ACCENT))
            canvas.rect(0, 0, width * 0.64, height, stroke=0, fill=1)
            canvas.setFillColor(colors.HexColor("#2b63a8"))
            canvas.rect(width * 0.64, 0, 10, height, stroke=0, fill=1)
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
        y = bottom * 0.45
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor(RULE))
        canvas.setLineWidth(0.6)
        canvas.line(left, y + 16, width - right, y + 16)
        canvas.setFont(regular, SCALE["small"] * 1.5)
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.drawString(left, y, " · ".join(p for p in (self.data.seller_company,
                                                           self.data.customer) if p))
        canvas.setFont(bold, SCALE["small"] * 1.5)
        canvas.setFillColor(colors.HexColor(ACCENT))
        canvas.drawRightString(width - right, y, f"{number} / {total}")
        canvas.restoreState()

    # --- the story
    def story(self) -> list[Any]:
        from reportlab.platypus import KeepInFrame, PageBreak

        out: list[Any] = []
        width, height = self.frame_width(), self.frame_height()
        for i, (_, flowables) in enumerate(self.slides()):
            if i:
                out.append(PageBreak())
            # A slide never spills onto a second page: too much text shrinks to fit.
            out.append(KeepInFrame(width, height, flowables, mode="shrink"))
        return out

    def slides(self) -> list[tuple[str, list[Any]]]:
        """The slides in order. A slide the seller has nothing for (no solutions, reasons or
        cases in the profile yet) is left out rather than shown empty; the rest are numbered
        in order."""
        out = [("cover", self.cover())]
        for key, has_content, build in (
            ("business", True, self.business),
            ("challenges", True, self.challenges),
            ("solve", self.has_solutions(), self.solve),
            ("why", self.has_reasons(), self.why),
            ("cases", bool(self.data.cases), self.cases),
            ("value", True, self.value),
            ("next", True, self.next_step),
            ("contact", True, self.contact),
        ):
            if has_content:
                out.append((key, build(len(out))))
        return out

    def has_solutions(self) -> bool:
        return bool(self.data.solutions or self.data.seller_about.strip())

    def has_reasons(self) -> bool:
        return bool(self.data.value_statements or self.data.seller_about.strip())

    # --- building blocks
    def title(self, key: str, number: int) -> list[Any]:
        from reportlab.platypus import Spacer

        return [self.pm(f"{number:02d}", "eyebrow"), self.p(self.t(key), "slide_title"),
                Spacer(0, 14)]

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

        width = self.frame_width()
        w = (width - gutter * (columns - 1)) / columns
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
                              ("LEFTPADDING", (col_, rr), (col_, rr), 14),
                              ("RIGHTPADDING", (col_, rr), (col_, rr), 14),
                              ("TOPPADDING", (col_, rr), (col_, rr), 12),
                              ("BOTTOMPADDING", (col_, rr), (col_, rr), 14)]
            if rows:
                rows.append([""] * len(row))
            rows.append(row)
        # Spacer rows between tile rows (the odd indices) are `gutter` high.
        heights = [None if i % 2 == 0 else gutter for i in range(len(rows))]
        from reportlab.platypus import Table, TableStyle

        widths = []
        for c in range(columns):
            widths += ([gutter] if c else []) + [w]
        table = Table(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("FONTNAME", (0, 0), (-1, -1), _font())] + style))
        return table

    def bullet_list(self, items: tuple[str, ...], style: str = "slide_body",
                    mark: str = "●", colour: str = ACCENT) -> list[Any]:
        """Items with a hanging mark: wrapped lines align with the text, not the mark."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        base = self.styles[style]
        hanging = ParagraphStyle(f"{style}_hanging", base, leftIndent=base.fontSize * 1.5,
                                 bulletIndent=0, bulletFontName=base.fontName,
                                 bulletFontSize=base.fontSize * 0.8, bulletColor=_c(colour))
        return [Paragraph(markup(i), hanging, bulletText=mark) for i in items]

    # --- slides
    def cover(self) -> list[Any]:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        d = self.data
        left_w = self.size()[0] * 0.64 - self.margins[0] * mm - 18 * mm
        right_w = self.frame_width() - left_w
        prepared = (f"{self.t('prepared_for')} {d.customer} {self.t('prepared_for_suffix')}"
                    if is_chinese(self.lang) else f"{self.t('prepared_for')} {d.customer}")
        left = [Spacer(0, 56), self.p(prepared.strip(), "cover_eyebrow"),
                self.p(d.customer, _cover_title_style(d.customer)),
                self.p(d.deal_title, "cover_sub"),
                Spacer(0, 40),
                self.p(f"{self.occasion(d)} · {format_date(d.presented_on, self.lang)}", "cover_meta")]
        who = " · ".join(p for p in (d.seller_name, d.seller_title) if p)
        if who:
            left.append(self.p(f"{self.t('presented_by')}：{who}" if is_chinese(self.lang)
                               else f"{self.t('presented_by')} {who}", "cover_meta"))
        right = [Spacer(0, 56)] + self.logo_block(right_w - 30 * mm)
        if d.seller_tagline:
            right += [Spacer(0, 16), self.p(d.seller_tagline, "cover_tagline")]
        return [self.grid([[left, "", right]], [left_w, 30 * mm, right_w - 30 * mm], [])]

    def logo_block(self, width: float) -> list[Any]:
        from reportlab.lib import colors

        d = self.data
        if d.logo:
            image = _image(d.logo, width * 0.8, 110)
            if image is not None:
                return [image]
        box = self.grid([[self.p(d.seller_company or "LOGO", "logo_text")]], [width], [
            ("BOX", (0, 0), (-1, -1), 1, colors.HexColor(RULE)),
            ("TOPPADDING", (0, 0), (-1, -1), 28), ("BOTTOMPADDING", (0, 0), (-1, -1), 28),
            ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ])
        return [box]

    def business(self, number: int) -> list[Any]:
        d = self.data
        facts = [(self.t("industry"), d.industry), (self.t("region"), d.region),
                 (self.t("size"), d.size)]
        fact_cells = [[self.p(k, "tile_label"), self.p(v, "tile_value")] for k, v in facts if v]
        w = self.frame_width()
        left_w = w * 0.3
        left = [self.grid([[c] for c in fact_cells], [left_w], [
            ("LINEBEFORE", (0, 0), (0, -1), 3, _c(ACCENT)), ("LEFTPADDING", (0, 0), (-1, -1), 14),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 16),
        ])] if fact_cells else []
        heard = list(d.business) or [self.t("business_empty")]
        right = [self.p(self.t("heard"), "col_head")] + self.bullet_list(tuple(heard), "slide_big")
        return self.title("business", number) + [self.grid([[left, "", right]],
                                                      [left_w, w * 0.06, w * 0.64], [])]

    def challenges(self, number: int) -> list[Any]:
        d = self.data
        w = self.frame_width()
        col = (w - 24) / 2
        left = [self.p(self.t("problems"), "col_head")] + self.bullet_list(
            d.challenges or (self.t("challenges_empty"),), "slide_big")
        right = [self.p(self.t("costs"), "col_head_cost")] + self.bullet_list(
            d.costs or (self.t("costs_empty"),), "slide_big", mark="▲", colour=COST)
        table = self.grid([[left, "", right]], [col, 24, col], [
            ("BACKGROUND", (2, 0), (2, 0), _c(COST_LIGHT)),
            ("LEFTPADDING", (2, 0), (2, 0), 16), ("RIGHTPADDING", (2, 0), (2, 0), 16),
            ("TOPPADDING", (2, 0), (2, 0), 12), ("BOTTOMPADDING", (2, 0), (2, 0), 14),
            ("LINEBEFORE", (2, 0), (2, 0), 3, _c(COST)),
        ])
        return self.title("challenges", number) + [table]

    def solve(self, number: int) -> list[Any]:
        d = self.data
        items = d.solutions[:6]
        if not items:
            return self.title("solve", number) + [self.p(d.seller_about, "lead")]
        cells = [[self.p(s.name, "tile_title"), self.p(_sentence(s.description), "tile_body")]
                 for s in items]
        columns = 3 if len(items) in (3, 5, 6) else 2
        out = self.title("solve", number) + [self.tiles(cells, columns)]
        return out

    def why(self, number: int) -> list[Any]:
        """Who we are on the left, the numbered reasons two by two on the right."""
        d = self.data
        w = self.frame_width()
        items = d.value_statements[:6]
        right_w = w * 0.64 if d.seller_about else w
        col = (right_w - 20) / 2
        rows, style = [], []
        for r in range(0, len(items), 2):
            row: list[Any] = []
            for n, text in enumerate(items[r:r + 2], start=r + 1):
                row += [[self.pm(f"<font color='{ACCENT}'><b>{n:02d}</b></font>&nbsp;&nbsp;"
                                 f"{markup(text)}", "slide_body")], ""]
            rows.append((row + ["", ""])[:3])
        if rows:
            style = [("LINEABOVE", (0, 0), (0, -1), 2, _c(ACCENT)),
                     ("LINEABOVE", (2, 0), (2, -1), 2, _c(ACCENT)),
                     ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]
        reasons = [self.grid(rows, [col, 20, col], style)] if rows else []
        if not d.seller_about:
            return self.title("why", number) + reasons
        about = [self.p(d.seller_company, "tile_title"), self.p(d.seller_about, "about")]
        return self.title("why", number) + [self.grid([[about, "", reasons]],
                                                 [w * 0.3, w * 0.06, right_w], [])]

    def cases(self, number: int) -> list[Any]:
        d = self.data
        key = "cases" if d.cases_match_industry else "cases_other"
        out = self.title(key, number)
        if len(d.cases) == 1:
            return out + [self.single_case(d.cases[0])]
        cells = []
        for c in d.cases:
            cell = [self.p(c.customer, "tile_title"), self.p(c.title, "tile_small")]
            for k, v, style in (("challenge", c.challenge, "tile_body"),
                                ("solution", c.solution, "tile_body"),
                                ("result", c.result, "tile_result")):
                if v:
                    cell += [self.p(self.t(k), "tile_label"), self.p(v, style)]
            cells.append(cell)
        return out + [self.tiles(cells, max(2, len(cells)), fill="#f7f9fc")]

    def single_case(self, c: Any) -> Any:
        """One case across the slide: who, then challenge → what we did → result."""
        cells = [[self.p(self.t(k), "tile_label"), self.p(v, style)] for k, v, style in (
            ("challenge", c.challenge, "slide_body"), ("solution", c.solution, "slide_body"),
            ("result", c.result, "result_big")) if v]
        head = [self.p(c.customer, "tile_value"), self.p(c.title, "lead")]
        from reportlab.platypus import Spacer

        return self.grid([[head], [Spacer(0, 14)], [self.tiles(cells, max(1, len(cells)),
                                                               fill="#f7f9fc")]],
                         [self.frame_width()], [])

    def value(self, number: int) -> list[Any]:
        d = self.data
        w = self.frame_width()
        outcomes = d.outcomes or (self.t("outcomes_empty"),)
        left = [self.p(self.t("outcomes"), "col_head")] + self.bullet_list(
            outcomes, "slide_big", mark="✓", colour=POSITIVE)
        results = [c for c in d.cases if c.result][:3]
        right: list[Any] = []
        if results:
            rows = [[[self.p(c.result, "proof_value"), self.p(c.customer, "proof_label")]]
                    for c in results]
            right = [self.p(self.t("proof"), "col_head")] + [self.grid(rows, [w * 0.36], [
                ("BACKGROUND", (0, 0), (-1, -1), _c(ACCENT)),
                ("LEFTPADDING", (0, 0), (-1, -1), 14), ("RIGHTPADDING", (0, 0), (-1, -1), 14),
                ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
                ("LINEBELOW", (0, 0), (-1, -2), 2, _c("#ffffff")),
            ])]
        widths = [w * 0.58, w * 0.06, w * 0.36] if right else [w, 0, 0]
        return self.title("value", number) + [self.grid([[left, "", right]], widths, [])]

    def next_step(self, number: int) -> list[Any]:
        from reportlab.platypus import Spacer

        d = self.data
        w = self.frame_width()
        box = self.grid([[self.p(d.proposed_step, "next_big")]], [w * 0.8], [
            ("BACKGROUND", (0, 0), (-1, -1), _c(ACCENT)),
            ("LEFTPADDING", (0, 0), (-1, -1), 22), ("RIGHTPADDING", (0, 0), (-1, -1), 22),
            ("TOPPADDING", (0, 0), (-1, -1), 20), ("BOTTOMPADDING", (0, 0), (-1, -1), 24),
        ])
        box.hAlign = "LEFT"
        out = self.title("next", number) + [box]
        if d.agreed_steps:
            out += [Spacer(0, 20), self.p(self.t("agreed"), "col_head")]
            for step in d.agreed_steps[:4]:
                due = format_date(step.due, self.lang)
                out += self.bullet_list(
                    (f"{step.text}（{due}）" if is_chinese(self.lang) and due else
                     f"{step.text} ({due})" if due else step.text,), mark="■")
        return out

    def contact(self, number: int) -> list[Any]:
        d = self.data
        w = self.frame_width()
        rows = []
        for key in ("phone", "email", "wechat", "website", "address"):
            value = getattr(d, key)
            if value:
                rows.append([self.p(self.t(key), "contact_label"), self.p(value, "contact_value")])
        details = [self.p(d.seller_name, "contact_name"),
                   self.p(" · ".join(p for p in (d.seller_title, d.seller_company) if p),
                          "contact_role")]
        if rows:
            details.append(self.grid(rows, [w * 0.14, w * 0.5], [
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        qr = self.qr_block()
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


def _font() -> str:
    from desktop.documents import fonts

    return fonts.register()[0]


def _cover_title_style(name: str) -> str:
    """The largest cover size at which the customer's name stays on one line (a Chinese name
    broken as "…有限 / 公司" reads badly); a long name gets the small size and wraps by word."""
    wide = sum(1 for ch in name if ord(ch) > 0x2E80)
    units = wide + (len(name) - wide) / 2
    if units <= 8:
        return "cover_title"
    if units <= 11:
        return "cover_title_mid"
    return "cover_title_long"


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
    """Slide styles: the shared scale times SLIDE_SCALE, a few colour variants."""
    from reportlab.lib.styles import ParagraphStyle

    from desktop.documents import fonts

    regular, bold = fonts.register()
    k = SLIDE_SCALE

    def s(name: str, size_key: str, font: str = regular, colour: str = INK, **kw: Any):
        size = SCALE[size_key] * k
        return ParagraphStyle(name, styles["body"], fontName=font, fontSize=size,
                              leading=size * kw.pop("leading", 1.4), textColor=_c(colour), **kw)

    white, pale = "#ffffff", "#c9d8ee"
    return {**styles,
            "eyebrow": s("eyebrow", "small", bold, MUTED, spaceAfter=2),
            "slide_title": s("slide_title", "h1", bold, ACCENT, leading=1.25),
            "slide_body": s("slide_body", "body", spaceAfter=8),
            "slide_big": s("slide_big", "h3", spaceAfter=10),
            "lead": s("lead", "h3", colour=MUTED),
            "col_head": s("col_head", "h3", bold, ACCENT, spaceAfter=10),
            "col_head_cost": s("col_head_cost", "h3", bold, COST, spaceAfter=10),
            "tile_title": s("tile_title", "h3", bold, INK, spaceAfter=4),
            "tile_small": s("tile_small", "small", colour=MUTED, spaceAfter=6),
            "tile_label": s("tile_label", "small", bold, MUTED, spaceBefore=4),
            "tile_value": s("tile_value", "h2", bold, INK),
            "tile_body": s("tile_body", "body", leading=1.45),
            "tile_result": s("tile_result", "body", bold, POSITIVE),
            "result_big": s("result_big", "h2", bold, POSITIVE, leading=1.35),
            "big_number": s("big_number", "h1", bold, ACCENT, spaceAfter=4),
            "why_number": s("why_number", "h2", bold, ACCENT, spaceAfter=2),
            "about": s("about", "small", colour=MUTED, leading=1.5),
            "proof_value": s("proof_value", "h3", bold, white),
            "proof_label": s("proof_label", "small", colour=pale, spaceBefore=3),
            "next_big": s("next_big", "h1", bold, white, leading=1.35),
            "cover_eyebrow": s("cover_eyebrow", "h3", colour=pale, spaceAfter=10),
            "cover_title": s("cover_title", "display", bold, white, leading=1.2, spaceAfter=12),
            "cover_title_mid": s("cover_title_mid", "title", bold, white, leading=1.25,
                                 spaceAfter=12),
            "cover_title_long": s("cover_title_long", "h1", bold, white, leading=1.25,
                                  spaceAfter=12),
            "cover_sub": s("cover_sub", "h2", colour=white),
            "cover_meta": s("cover_meta", "body", colour=pale, spaceAfter=4),
            "cover_tagline": s("cover_tagline", "h3", colour=MUTED),
            "logo_text": s("logo_text", "h2", bold, ACCENT, alignment=1),
            "contact_name": s("contact_name", "title", bold, INK, leading=1.2, spaceAfter=4),
            "contact_role": s("contact_role", "h3", colour=MUTED, spaceAfter=18),
            "contact_label": s("contact_label", "body", colour=MUTED),
            "contact_value": s("contact_value", "body", bold, INK),
            "qr_caption": s("qr_caption", "small", colour=MUTED, spaceBefore=6),
            }
