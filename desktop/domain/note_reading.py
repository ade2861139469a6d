"""Reading a deal's call notes for the printed documents (stdlib only).

For the visit brief (internal): which questions are still open — lines the seller marked as a
question (ending in ? or ？), deal facts still unknown (budget, timeline), and which SPIN sections
are empty or thin, so the question library can fill them.

For the first-call deck (customer-facing): the customer-safe S/P/I/N lines phrased for the
customer — the seller's open questions left out, "who said it" prefixes removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

SPIN_KEYS: tuple[str, ...] = ("situation", "problem", "implication", "need_payoff")
# Fields scanned for lines the seller marked as a question.
QUESTION_FIELDS: tuple[str, ...] = (
    "goal", *SPIN_KEYS, "budget", "timeline", "risks", "competitors", "product_feedback",
    "internal_notes",
)
# A section with less than this much text (CJK characters + words) in the latest notes is thin.
THIN_BELOW = 12
# Words that say a fact is not known yet ("budget: to be confirmed").
_UNKNOWN = re.compile(r"待确认|待定|未定|未知|不清楚|不详|不确定|\btbd\b|\bunknown\b|not (?:yet )?known"
                      r"|not (?:yet )?confirmed|to be confirmed|[?？]\s*$", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*")
_BULLET = "-•·*●○■□✓"


@dataclass(frozen=True)
class NoteText:
    """The text fields of one call note, newest first in a sequence."""

    fields: dict[str, str]

    def get(self, key: str) -> str:
        return (self.fields.get(key) or "").strip()


def lines(text: str) -> tuple[str, ...]:
    """The non-empty lines of a text typed by the seller, bullets removed."""
    out = []
    for line in (text or "").splitlines():
        line = line.strip().lstrip(_BULLET).strip()
        if line:
            out.append(line)
    return tuple(out)


def is_question(line: str) -> bool:
    return line.rstrip().endswith(("?", "？"))


def amount_of_text(text: str) -> int:
    """CJK characters plus latin words: a rough, language-neutral measure of what was written."""
    return len(_CJK.findall(text or "")) + len(_WORD.findall(text or ""))


def marked_questions(notes: Sequence[NoteText]) -> tuple[str, ...]:
    """Lines ending in ?/？ in the notes' fields, in note order then field order, once each."""
    out: list[str] = []
    for note in notes:
        for key in QUESTION_FIELDS:
            out += [line for line in lines(note.get(key)) if is_question(line)]
    return tuple(dict.fromkeys(out))


def fact_unknown(notes: Sequence[NoteText], key: str) -> bool:
    """Whether a deal fact (budget, timeline) is still unknown: its latest value is missing or
    says it is not known yet."""
    latest = next((n.get(key) for n in notes if n.get(key)), "")
    return not latest or bool(_UNKNOWN.search(latest))


def section_strength(notes: Sequence[NoteText]) -> dict[str, int]:
    """How much was written per SPIN section in `notes` (marked questions do not count)."""
    return {
        key: sum(amount_of_text(line) for n in notes for line in lines(n.get(key))
                 if not is_question(line))
        for key in SPIN_KEYS
    }


def weakest_sections(notes: Sequence[NoteText]) -> tuple[tuple[str, int], ...]:
    """(section, how many library questions to suggest), weakest first.

    Empty sections get two questions, thin ones one; when no section is empty or thin, the
    weakest of all still gets one, so every brief has a fresh question to try.
    """
    strength = section_strength(notes)
    ranked = sorted(SPIN_KEYS, key=lambda k: (strength[k], SPIN_KEYS.index(k)))
    out = [(k, 2 if strength[k] == 0 else 1) for k in ranked if strength[k] < THIN_BELOW]
    if not out:
        out = [(ranked[0], 1)]
    return tuple(out)


def filled_count(notes: Sequence[NoteText], key: str) -> int:
    """In how many of `notes` the section has an answer (the library's earlier questions for it
    were likely asked already)."""
    return sum(1 for n in notes if any(not is_question(line) for line in lines(n.get(key))))


def pick_library_questions(
    library: Sequence[tuple[str, str]], count: int, skip: int, asked: Iterable[str] = (),
) -> tuple[str, ...]:
    """`count` questions of one section's library (section order, one language), starting after
    the first `skip` and leaving out those already `asked`; wraps around when the list is short."""
    taken = set(asked)
    texts = [t for _, t in library if t and t not in taken]
    if not texts:
        return ()
    start = min(skip, len(texts) - 1)
    ordered = texts[start:] + texts[:start]
    return tuple(ordered[:count])


# --- the deck: phrased for the customer --------------------------------------------------------
_SPEAKER = re.compile(r"^(?P<who>[^:：。！？!?,，；;]{1,14})[:：]\s*(?P<rest>.+)$")


def _speaker_prefix(who: str, names: frozenset[str]) -> bool:
    """Whether `who` (before a colon) says who said or wants something: a known name, a title
    such as 王总, or "X cares about"."""
    who = who.strip()
    if who.casefold() in {n.casefold() for n in names}:
        return True
    if _CJK.search(who):
        return bool(re.fullmatch(r"[\u3400-\u9fff]{1,3}总(监|经理)?", who)
                    or re.search(r"关心|看重|认为|希望|表示|提到|反馈|觉得|强调|说$", who))
    return bool(re.search(r"\b(says?|said|wants?|cares? about|thinks?|noted)\b", who,
                          re.IGNORECASE))


# Who holds the budget, who decides, who backs whom: the seller's map of the committee. A line
# saying so is an internal note however it is phrased, so it never reaches a slide.
_COMMITTEE_WORDS = re.compile(
    r"预算审[核批]|审批预算|预算(?:负责|拍板|决策|方)|负责[^。；;]{0,8}预算|拍板|决策人|决策者|关键人"
    r"|签字|内线|教练|倾向|支持我们|反对我们|站队|组织评标|负责[^。；;]{0,12}(?:招标|评标|选型|采购|审批)"
    r"|budget holder|holds? the budget|signs? off|sign-off|decision[- ]maker|makes? the (?:final )?call"
    r"|approves? the budget|\bcoach\b|\bchampion\b|backs? (?:us|them)|\bfavou?rs?\b",
    re.IGNORECASE)
# A person called by surname and title (王总, 陈经理): whom the line is about, not the business.
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
             "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾"
             "毛郝龚邵万钱严武戴莫孔汤")
_TITLED = re.compile(rf"[{_SURNAMES}](?:总(?!部|体|结|计|量|数|额|共|装|线|成|之|的|是|包|投|价|值|台|账|控)"
                     r"|经理|主任|处长|科长|部长|厂长)")
# "陈静希望…" → "希望…"; "李敏提到…" → "…" (the verb only says who said it).
_SAID_KEEP = "希望|要求|担心|关心|看重|期望|期待"
_SAID_DROP = "认为|表示|提到|提出|说|强调|觉得|反馈"
_SAID_EN = re.compile(r"^(?:says?|said|mentioned|noted|thinks?|told us)(?: that)?\s+", re.IGNORECASE)


@lru_cache(maxsize=8)
def _people(names: frozenset[str]) -> tuple[tuple[tuple[str, bool], ...], tuple[str, ...],
                                           re.Pattern[str] | None]:
    """The names as `_about_the_business` reads them, worked out once per set of names (a deck
    reads every line of every note against the same names; issue 20): those of two characters
    or more, longest first, each with whether it is Chinese; the Chinese ones, found as they
    are; one pattern for the others, each a whole word in any case."""
    named = tuple(sorted((n for n in names if len(n) >= 2), key=len, reverse=True))
    marked = tuple((n, bool(_CJK.search(n))) for n in named)
    latin = [n for n, cjk in marked if not cjk]
    pattern = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(re.escape(n) for n in latin)})(?![A-Za-z])",
                         re.IGNORECASE) if latin else None
    return marked, tuple(n for n, cjk in marked if cjk), pattern


def _about_the_business(line: str, names: frozenset[str]) -> str | None:
    """The line without a leading "name + said/wants", or None when it still names a person of
    the committee, a surname-and-title, or who decides or holds the budget."""
    marked, chinese, latin = _people(names)
    for name, cjk in marked:
        if cjk and line.startswith(name):
            rest = line[len(name):]
            if re.match(rf"(?:{_SAID_KEEP})", rest):
                line = rest
            elif m := re.match(rf"(?:{_SAID_DROP})[，,：:]?\s*", rest):
                line = rest[m.end():]
        elif not cjk and line.casefold().startswith(name.casefold() + " "):
            rest = line[len(name) + 1:]
            if m := _SAID_EN.match(rest):
                line = rest[m.end():]
                line = line[:1].upper() + line[1:]
    if any(name in line for name in chinese) or (latin is not None and latin.search(line)):
        return None
    if _TITLED.search(line) or _COMMITTEE_WORDS.search(line):
        return None
    return line or None


def for_customer(text: str, names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """A section's lines as the customer may read them: no open questions of the seller's, no
    "name:" or "X cares about:" prefix (the deck speaks to the whole committee), and no line
    about people: one that still names someone of the committee (`names`), calls someone by
    surname and title, or says who decides or holds the budget is left out."""
    return read_for_customer(text, names)[0]


def read_for_customer(text: str, names: frozenset[str] = frozenset(),
                      include: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the lines the customer may read, the lines left out because they are about people).

    A left-out line the seller chose to show anyway (in `include`, as it was left out) is kept."""
    out: list[str] = []
    withheld: list[str] = []
    for line in lines(text):
        if is_question(line):
            continue
        match = _SPEAKER.match(line)
        if match and _speaker_prefix(match["who"], names):
            line = match["rest"].strip()
            if line[:1].isascii():
                line = line[:1].upper() + line[1:]
        kept = _about_the_business(line, names)
        if kept:
            out.append(kept)
        elif line in include:
            out.append(line)
        elif line:
            withheld.append(line)
    return tuple(out), tuple(withheld)


def for_minutes(text: str) -> str:
    """A section as the minutes may print it to the people who were there: their names stay (they
    said it), but the seller's open questions and the lines that map the committee (who holds the
    budget, who decides, who backs whom) are the seller's own and are left out."""
    return "\n".join(line for line in lines(text)
                     if not is_question(line) and not _COMMITTEE_WORDS.search(line))


def customer_lines_withheld(texts: Iterable[str], names: frozenset[str] = frozenset(),
                            limit: int = 4, include: frozenset[str] = frozenset(),
                            ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`customer_lines`, and the lines it left out because they name a person (each once)."""
    out: list[str] = []
    withheld: list[str] = []
    for text in texts:
        kept, left = read_for_customer(text, names, include)
        out += [line for line in kept if line not in out]
        withheld += [line for line in left if line not in withheld]
    return tuple(out[:limit]), tuple(withheld)


def customer_lines(texts: Iterable[str], names: frozenset[str] = frozenset(),
                   limit: int = 4) -> tuple[str, ...]:
    """One section's lines over several notes (newest first), phrased for the customer, each once,
    at most `limit`."""
    out: list[str] = []
    for text in texts:
        for line in for_customer(text, names):
            if line not in out:
                out.append(line)
    return tuple(out[:limit])
