"""Meeting minutes (会议纪要) from a call note: customer-safe by construction, as text for WeChat
or email and as data for the PDF (desktop/documents/minutes.py).

Only these parts of a note reach the minutes: the goal, the S/P/I/N sections and the product
feedback (the customer's own words, less the seller's open questions and the lines that map the
committee: desktop/domain/note_reading.for_minutes), the attendees' names and titles, and the next steps
marked as agreed with the customer (the seller's internal to-dos are left out). Budget, timeline,
risks, competitors, internal notes, personal interests and stances never do: the Minutes record has no place for them.
"""

from __future__ import annotations

from desktop.domain.language import is_chinese, pick
from desktop.domain.minutes import Minutes, MinutesAttendee, MinutesStep, discussed_heading
from desktop.domain.note_reading import for_minutes
from desktop.domain.notes import KIND_NAMES, SECTION_HEADINGS, SPIN_SECTIONS
from desktop.services.notes import NoteService
from desktop.services.seller_profile import SellerProfileService

DISCUSSED = (*SPIN_SECTIONS, "product_feedback")

LABELS: dict[str, tuple[str, str]] = {  # key: (en, zh)
    "title": ("Minutes", "会议纪要"),
    "time": ("Date", "时间"),
    "attendees": ("Attendees", "参会人"),
    "our_side": ("From our side", "我方"),
    "goal": ("Purpose", "会议目的"),
    "discussed": ("What we discussed", "沟通内容"),
    "steps": ("Agreed next steps", "后续安排"),
    "owner": ("Owner", "负责人"),
    "due": ("by", "完成时间"),
    "none": ("(none recorded)", "（暂无）"),
}


def label(key: str, language: str) -> str:
    en, zh = LABELS.get(key) or SECTION_HEADINGS[key]
    return pick(language, en, zh)


def section_heading(key: str, language: str) -> str:
    return discussed_heading(key, language)


def kind_name(kind: str, language: str) -> str:
    en, zh = KIND_NAMES.get(kind, (kind, kind))
    return pick(language, en, zh)


class MinutesService:
    def __init__(self, notes: NoteService, profiles: SellerProfileService | None = None) -> None:
        self.notes = notes
        self.profiles = profiles  # the sender block comes from the seller profile

    def build(self, note_id: int, language: str = "zh_CN", our_side: tuple[str, ...] = ()) -> Minutes:
        note = self.notes.get(note_id)
        return Minutes(
            customer=note.company_name,
            occurred_at=note.occurred_at,
            kind=note.kind,
            goal=note.goal,
            attendees=tuple(
                MinutesAttendee(name=a.name, title=a.title, company=note.company_name) for a in note.attendees
            ),
            our_side=tuple(p for p in our_side if p.strip()),
            discussed=tuple((k, text) for k in DISCUSSED if (text := for_minutes(getattr(note, k)))),
            agreed_steps=tuple(
                MinutesStep(text=s.text, owner=s.owner, due=s.due)
                for s in note.next_steps
                if s.agreed  # the seller's own to-dos stay internal
            ),
            language=language,
            sender=self.profiles.sender(language) if self.profiles else None,
        )

    def text(self, note_id: int, language: str = "zh_CN", our_side: tuple[str, ...] = ()) -> str:
        return render_text(self.build(note_id, language, our_side))


def _date(m: Minutes) -> str:
    if is_chinese(m.language):
        return f"{m.occurred_at.year}年{m.occurred_at.month}月{m.occurred_at.day}日 {m.occurred_at:%H:%M}"
    return f"{m.occurred_at:%d %b %Y, %H:%M}"


def _step_line(i: int, step: MinutesStep, zh: bool) -> str:
    line = f"{i}. {step.text}"
    extra = []
    if step.owner:
        extra.append(f"{label('owner', 'zh' if zh else 'en')}{'：' if zh else ': '}{step.owner}")
    if step.due:
        due = f"{step.due.month}月{step.due.day}日" if zh else f"{step.due:%d %b %Y}"
        extra.append(f"{label('due', 'zh' if zh else 'en')}{'：' if zh else ' '}{due}")
    if extra:
        line += ("（" + "，".join(extra) + "）") if zh else " (" + ", ".join(extra) + ")"
    return line


def render_text(m: Minutes) -> str:
    """Plain text to paste into WeChat or an email."""
    zh = is_chinese(m.language)
    lang = m.language
    colon = "：" if zh else ": "
    sep = "、" if zh else ", "
    people = sep.join(
        f"{a.name}（{a.title}）" if zh and a.title else f"{a.name} ({a.title})" if a.title else a.name
        for a in m.attendees
    )
    lines = [
        f"{label('title', lang)}{'｜' if zh else ' — '}{m.customer}",
        f"{label('time', lang)}{colon}{_date(m)}（{kind_name(m.kind, lang)}）"
        if zh
        else f"{label('time', lang)}{colon}{_date(m)} ({kind_name(m.kind, lang)})",
    ]
    if people:
        lines.append(f"{label('attendees', lang)}{colon}{people}")
    if m.our_side:
        lines.append(f"{label('our_side', lang)}{colon}{sep.join(m.our_side)}")
    if m.goal:
        lines.append(f"{label('goal', lang)}{colon}{m.goal}")
    if m.discussed:
        lines += ["", f"{label('discussed', lang)}{colon if zh else ':'}"]
        for key, text in m.discussed:
            lines += [f"【{section_heading(key, lang)}】" if zh else f"[{section_heading(key, lang)}]", text.strip()]
    lines += ["", f"{label('steps', lang)}{colon if zh else ':'}"]
    if m.agreed_steps:
        lines += [_step_line(i, s, zh) for i, s in enumerate(m.agreed_steps, start=1)]
    else:
        lines.append(label("none", lang))
    return "\n".join(lines) + "\n"
