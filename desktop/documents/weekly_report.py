"""The weekly report (周报): text to paste into WeChat and a one-page PDF, zh_CN or en.

Plain data in (desktop.domain.reports.weekly.WeeklyReport, which never loads internal fields:
personal interests, how to talk to someone, risks, internal notes), words out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.documents.base import Document, Labels, PageInfo, format_date
from desktop.domain.language import is_chinese
from desktop.domain.money import format_amount
from desktop.domain.reports.weekly import WeeklyReport

LABELS = Labels({
    "title": ("Weekly report", "周报"),
    "week": ("Week of {start} – {end}", "{start}至{end}"),
    "visits": ("Visits this week", "本周拜访"),
    "notes": ("Call notes this week", "本周沟通记录"),
    "moved": ("Deals moved", "商机推进"),
    "won": ("Won", "赢单"),
    "lost": ("Lost", "丢单"),
    "planned": ("Visits planned next week", "下周计划拜访"),
    "steps": ("Next steps due this week and next", "本周及下周待办"),
    "none": ("None.", "无。"),
    "total_won": ("Won this week: {amount}", "本周赢单金额：{amount}"),
    "kind_visit": ("visit", "拜访"), "kind_phone": ("phone", "电话"), "kind_wechat": ("WeChat", "微信"),
    "kind_video": ("video call", "视频会议"), "kind_email": ("email", "邮件"),
})


def _day(value, language: str) -> str:
    if value is None:
        return ""
    day = value.date() if hasattr(value, "date") and callable(value.date) else value
    return f"{day.month}月{day.day}日" if is_chinese(language) else day.strftime("%-d %b")


def _amount(deal, language: str) -> str:
    text = format_amount(deal.amount, deal.currency, language)
    return f"（{text}）" if is_chinese(language) and text else (f" ({text})" if text else "")


def sections(report: WeeklyReport, language: str) -> list[tuple[str, list[str]]]:
    """The report's sections as (heading, lines), shared by the text and the PDF."""
    def stage(stage_id: int | None) -> str:
        found = report.book.stage(stage_id)
        return found.name(language) if found else ""

    sep = "：" if is_chinese(language) else ": "
    arrow = " → "
    visits = [f"{_day(v.planned_at, language)} {d.company_name} · {d.title}"
              + (f"{sep}{v.goal}" if v.goal else "") for v, d in report.visits]
    notes = []
    for n in report.notes:
        kind = LABELS(f"kind_{n.kind}", language) if f"kind_{n.kind}" in LABELS.table else n.kind
        notes.append(f"{_day(n.occurred_at, language)} {n.company_name}（{kind}）" if is_chinese(language)
                     else f"{_day(n.occurred_at, language)} {n.company_name} ({kind})")
        if n.goal:
            notes[-1] += f"{sep}{n.goal}"
    moved = [f"{m.deal.company_name} · {m.deal.title}{sep}{stage(m.from_stage_id)}{arrow}{stage(m.to_stage_id)}"
             for m in report.moved]
    won = [f"{d.company_name} · {d.title}{_amount(d, language)}" for d in report.won]
    lost = [f"{d.company_name} · {d.title}{_amount(d, language)}" for d in report.lost]
    planned = [f"{_day(v.planned_at, language)} {d.company_name} · {d.title}"
               + (f"{sep}{v.goal}" if v.goal else "") for v, d in report.planned_visits]
    steps = [f"{_day(s.due, language)} {s.text}" + (f"（{d.company_name}）" if d and is_chinese(language)
                                                    else (f" ({d.company_name})" if d else ""))
             for s, d in report.steps]
    return [(LABELS("visits", language), visits), (LABELS("notes", language), notes),
            (LABELS("moved", language), moved), (LABELS("won", language), won),
            (LABELS("lost", language), lost), (LABELS("planned", language), planned),
            (LABELS("steps", language), steps)]


def week_text(report: WeeklyReport, language: str) -> str:
    return LABELS("week", language).format(start=format_date(report.week.start, language),
                                           end=format_date(report.week.end, language))


def weekly_text(report: WeeklyReport, language: str) -> str:
    """The 周报 as a WeChat message: a heading, numbered sections, short lines."""
    lines = [f"{LABELS('title', language)} · {week_text(report, language)}", ""]
    for number, (heading, items) in enumerate(sections(report, language), start=1):
        lines.append(f"{number}. {heading}" + (f"（{len(items)}）" if is_chinese(language) and items
                                               else (f" ({len(items)})" if items else "")))
        lines.extend(f"   - {item}" for item in items)
        if not items:
            lines.append(f"   {LABELS('none', language)}")
        lines.append("")
    won = report.won_amounts
    if won.totals:
        amount = "，".join(format_amount(a, c, language) for c, a in won.totals) if is_chinese(language) \
            else ", ".join(format_amount(a, c, language) for c, a in won.totals)
        lines.append(LABELS("total_won", language).format(amount=amount))
    return "\n".join(lines).rstrip() + "\n"


def weekly_json(report: WeeklyReport, language: str) -> dict:
    return {
        "report": "week", "language": language,
        "week": {"from": report.week.start.isoformat(), "to": report.week.end.isoformat()},
        "sections": [{"title": heading, "items": items} for heading, items in sections(report, language)],
        "won_amounts": dict(report.won_amounts.totals),
        "deal_ids": {"won": [d.id for d in report.won], "lost": [d.id for d in report.lost],
                     "moved": [m.deal.id for m in report.moved]},
    }


class WeeklyDocument(Document):
    margins = (18.0, 18.0, 20.0, 16.0)

    def __init__(self, report: WeeklyReport, language: str) -> None:
        super().__init__(PageInfo(title=LABELS("title", language), subtitle=week_text(report, language),
                                  language=language))
        self.report, self.language = report, language

    def story(self) -> list[Any]:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        lang = self.language
        story: list[Any] = [self.p(LABELS("title", lang), "title"), self.p(week_text(self.report, lang), "muted"),
                            Spacer(1, 3 * mm)]
        for heading, items in sections(self.report, lang):
            story.append(self.p(heading, "h2"))
            for item in items or [LABELS("none", lang)]:
                story.append(self.p(f"• {item}", "body" if items else "muted"))
        won = self.report.won_amounts
        if won.totals:
            story.append(Spacer(1, 3 * mm))
            amount = ", ".join(format_amount(a, c, lang) for c, a in won.totals)
            story.append(self.p(LABELS("total_won", lang).format(amount=amount), "h3"))
        return story


def render_weekly(report: WeeklyReport, language: str, target: Path | str | None = None) -> bytes:
    return WeeklyDocument(report, language).render(target)
