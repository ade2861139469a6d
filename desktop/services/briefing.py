"""Loading what the visit brief and the first-call deck print, as plain data (style.md pattern 8).

`visit_brief()` gathers everything the seller should know before a meeting (internal);
`deck()` gathers only customer-safe fields: it never reads stances, influence, personal
interests, how-to-talk, internal notes, risks, competitors, lost reasons or next steps that were
not agreed with the customer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session

from desktop.domain import visit_prep
from desktop.domain.briefing import (
    NAMES_PERSON,
    SPIN_SECTIONS,
    AttendeeCard,
    BriefHeader,
    CommitteeRow,
    CustomerSnapshot,
    DeckCase,
    DeckData,
    DeckStep,
    LastMeeting,
    LeftOut,
    OpenStep,
    Person,
    SpinAnswer,
    VisitBriefData,
    split_lines,
)
from desktop.domain.choice import Choice
from desktop.domain.clock import Clock, system_clock
from desktop.domain.coverage import coverage_gaps, gap_text, missing_role_keys
from desktop.domain.deals import StageKind, days_in_stage
from desktop.domain.errors import NotFound
from desktop.domain.language import LANGUAGES, is_chinese, pick
from desktop.domain.note_reading import (
    QUESTION_FIELDS,
    NoteText,
    customer_lines_withheld,
)
from desktop.domain.objections import likely_objections
from desktop.storage.book import Book
from desktop.storage.queries import briefing as q
from desktop.storage.queries import find_live, get_live
from desktop.storage.queries.committee import load_stakeholders
from desktop.storage.queries.objections import library as objection_library
from desktop.storage.queries.pipeline import load_roles, load_rules, load_stages, stage_record
from desktop.storage.queries.questions import library, shipped_questions
from desktop.storage.queries.seller_profile import load_profile
from desktop.storage.tables import (
    CallNote,
    Company,
    Deal,
    Stage,
    Visit,
)

SPIN_KEYS = ("situation", "problem", "implication", "need_payoff")


class AmbiguousDeal(LookupError):
    """Several deals match a part of a title; `candidates` are (id, title, customer)."""

    def __init__(self, query: str, candidates: list[tuple[int, str, str]]) -> None:
        super().__init__(query)
        self.query = query
        self.candidates = candidates


@dataclass(frozen=True)
class VisitPlan:
    """A planned meeting given by hand (CLI options) instead of a Visit row."""

    at: datetime | None = None
    place: str = ""
    our_side: tuple[str, ...] = ()
    contact_ids: tuple[int, ...] = ()
    goal: str = ""


@dataclass(frozen=True)
class PlannedVisit:
    visit_id: int
    deal_id: int
    at: datetime
    customer: str
    deal_title: str


def _split_list(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,，、;；\n]", text or "") if p.strip()]


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in _split_list(text) if p.isdigit())


class BriefingService:
    """The data of the printed documents, one read per document."""

    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    # --- finding deals and visits
    def resolve_deal(self, query: str) -> int:
        """A deal id from an id or a unique part of the title (or of the customer's name)."""
        query = query.strip()
        with self.book.reading() as session:
            if query.isdigit() and find_live(session, Deal, int(query)) is not None:
                return int(query)
            rows = q.deal_titles(session)
        needle = query.casefold()
        if not needle:
            raise NotFound(query)
        exact = [r for r in rows if r[1].casefold() == needle]
        if len(exact) == 1:
            return exact[0][0]
        hits = [r for r in rows if needle in r[1].casefold()] or [
            r for r in rows if needle in r[2].casefold()
        ]
        if not hits:
            raise NotFound(query)
        if len(hits) > 1:
            raise AmbiguousDeal(query, [(r[0], r[1], r[2]) for r in hits])
        return hits[0][0]

    def visits_between(self, start: datetime, end: datetime) -> list[PlannedVisit]:
        """Planned visits from `start` (inclusive) to `end` (exclusive), by time."""
        with self.book.reading() as session:
            rows = q.visits_between(session, start, end)
            return [PlannedVisit(v.id, v.deal_id, v.planned_at, c, t) for v, t, c in rows]

    def committee_contacts(self, deal_id: int) -> list[Choice]:
        """The deal's buying committee as a pick list (name, contact id), in committee order."""
        with self.book.reading() as session:
            get_live(session, Deal, deal_id)
            return [Choice(p.name, p.contact_id) for p in load_stakeholders(session, [deal_id])[deal_id]]

    def week_ahead(self) -> list[PlannedVisit]:
        """Visits planned from today for the next seven days."""
        start = datetime.combine(self.clock().date(), datetime.min.time())
        return self.visits_between(start, start + timedelta(days=7))

    # --- the visit brief
    def visit_brief(
        self, deal_id: int, language: str, plan: VisitPlan | None = None,
        visit_id: int | None = None,
    ) -> VisitBriefData:
        """Everything the seller should know before meeting the customer of `deal_id`.

        The meeting is `plan` when given, else Visit `visit_id`, else the deal's next planned
        visit (none: a brief without date and place).
        """
        with self.book.reading() as session:
            # Rows expire when the reading session ends: build the data inside it.
            return self._brief(session, deal_id, language, plan, visit_id)

    def _brief(
        self, session: Session, deal_id: int, language: str, plan: VisitPlan | None,
        visit_id: int | None,
    ) -> VisitBriefData:
        now = self.clock()
        deal = get_live(session, Deal, deal_id)
        company = session.get(Company, deal.company_id)
        stage = stage_record(session.get(Stage, deal.stage_id))
        plan = plan or self._plan(session, deal.id, visit_id, now)
        roles = {r.id: r for r in load_roles(session)}
        members = load_stakeholders(session, [deal.id]).get(deal.id, [])  # the committee, read once
        contacts = q.contacts(session, [m.contact_id for m in members] + list(plan.contact_ids))
        notes = q.notes(session, deal.id)
        steps = q.open_steps(session, deal.id)
        referrer = q.referrer_name(session, deal.referrer_id)

        role_names = {m.id: tuple(roles[r].name(language) for r in sorted(m.role_ids)) for m in members}
        role_keys = {m.id: frozenset(roles[r].key for r in m.role_ids) for m in members}
        by_contact = {m.contact_id: m for m in members}
        # Cards for those attending; with no attendee list, for the most influential (the
        # committee table lists everyone).
        ranked = sorted(members, key=lambda m: {"high": 0, "medium": 1}.get(m.influence.value, 2))
        attending = list(plan.contact_ids) or [m.contact_id for m in ranked[:4]]
        cards = []
        their_side = []
        for cid in attending:
            contact = contacts.get(cid)
            if contact is None:
                continue
            member = by_contact.get(cid)
            names = role_names.get(member.id, ()) if member else ()
            their_side.append(Person(contact.name, contact.title, names))
            cards.append(
                AttendeeCard(
                    name=contact.name,
                    title=contact.title,
                    department=contact.department,
                    roles=names,
                    stance=member.stance.value if member else "unknown",
                    influence=member.influence.value if member else "medium",
                    met=bool(member and member.met),
                    last_met=member.last_met if member else None,
                    cares_about=member.cares_about if member else "",
                    personal_interests=member.personal_interests if member else "",
                    how_to_talk=member.how_to_talk if member else "",
                    competitor_backed=member.competitor_backed if member else "",
                )
            )

        # The same gaps as on the deal page, and the roles nobody holds: one rule (domain/coverage).
        stages, rules = load_stages(session, with_removed=True), load_rules(session)
        live_stages = [st for st in stages if st.kind != StageKind.REMOVED]
        gaps = tuple(gap_text(g, language) for g in coverage_gaps(stage, live_stages, members, rules, roles.values()))
        spin = self._latest_spin(notes)
        missing_roles = missing_role_keys(stage.position, stages, members, rules, roles.values())
        questions = visit_prep.questions(
            tuple(NoteText({k: getattr(n, k) or "" for k in QUESTION_FIELDS}) for n in notes),
            self._library(session, language),
            missing_roles,
            language,
            stage.key,
        )
        attending_roles = (
            frozenset().union(*(role_keys.get(by_contact[c].id, frozenset()) for c in attending if c in by_contact))
            if attending
            else frozenset()
        )

        committee = tuple(
            CommitteeRow(m.name, m.title, role_names.get(m.id, ()), m.stance.value, m.influence.value, m.met,
                         m.contact_id in plan.contact_ids)
            for m in members)
        unmet = tuple(card.name for card in cards if not card.met)
        latest = notes[0] if notes else None
        header = BriefHeader(
            customer=company.name,
            deal_title=deal.title,
            stage=stage.name(language),
            days_in_stage=days_in_stage(deal.stage_entered_at, now.date()),
            tier=company.tier,
            amount=deal.amount,
            currency=deal.currency,
            expected_close=deal.expected_close,
            lead_source=deal.lead_source or company.lead_source,
            referrer=referrer,
            visit_at=plan.at,
            place=plan.place,
            our_side=plan.our_side,
            their_side=tuple(their_side),
            goal=plan.goal,
        )
        return VisitBriefData(
            language=language,
            header=header,
            snapshot=CustomerSnapshot(
                industry=company.industry,
                region=company.region,
                size=company.size,
                annual_revenue=company.annual_revenue,
                address=company.address,
                website=company.website,
                remarks=company.remarks,
            ),
            attendees=tuple(cards),
            gaps=gaps,
            spin=spin,
            objectives=split_lines(plan.goal),
            checklist=visit_prep.visit_purpose(
                stage.key, frozenset(a.key for a in spin), gaps, unmet,
                visit_prep.proposed_step(stage.key, language), language),
            questions=questions,
            competitors=self._competitors(deal, notes, members, contacts, language),
            objections=tuple(dict.fromkeys(line for n in notes[:3] for line in split_lines(n.risks))),
            steps=tuple(OpenStep(s.text, s.owner, s.due, bool(s.due and s.due < now.date()), s.agreed) for s in steps),
            materials=tuple(dict.fromkeys(
                visit_prep.materials(stage.key, attending_roles, language))),
            printed_on=now.date(),
            committee=committee,
            budget=next((n.budget.strip() for n in notes if n.budget.strip()), ""),
            timeline=next((n.timeline.strip() for n in notes if n.timeline.strip()), ""),
            strategy=tuple(t for t in (deal.remarks.strip(),
                                       latest.internal_notes.strip() if latest else "") if t),
            last_meeting=self._last_meeting(session, latest, language) if latest else None,
            answers=likely_objections(objection_library(session), [
                deal.competitors, *(t for n in notes[:3] for t in (n.risks, n.competitors))],
                language),
        )

    # --- the first-call deck (customer-safe)
    def deck(self, deal_id: int, language: str, include: frozenset[str] = frozenset()) -> DeckData:
        """The first-call deck's content: the customer's own words and the seller's profile.

        A line about a named person is left off the slides and listed in `withheld`; the lines
        in `include` (as they were listed there) are shown all the same."""
        with self.book.reading() as session:
            return self._deck(session, deal_id, language, include)

    def _deck(self, session: Session, deal_id: int, language: str,
              include: frozenset[str] = frozenset()) -> DeckData:
        deal = get_live(session, Deal, deal_id)
        company = session.get(Company, deal.company_id)
        stage = session.get(Stage, deal.stage_id)
        # Only the customer-safe columns are read: no stance, risks or internal notes. Every note
        # counts, newest first (customer_lines keeps a few lines per section, each once).
        spin_rows = q.spin_lines(session, deal.id)
        # Only steps agreed with the customer ("ask our coach to introduce us to ..." stays out).
        agreed = q.agreed_steps(session, deal.id)
        profile = load_profile(session, language)
        if profile.is_empty:
            others = [load_profile(session, o) for o in LANGUAGES if o != language]
            profile = next((p for p in others if not p.is_empty), profile)
        customer, industry = company.name, company.industry
        region, size = company.region, company.size

        # Names of the customer's people and of the deal's committee (and who referred it): "李敏：…"
        # in a note becomes "…" on a slide, and a line still about a named person is left out.
        committee_ids = [p.contact_id for p in load_stakeholders(session, [deal.id]).get(deal.id, [])]
        names = q.people_names(session, company.id, committee_ids)
        referrer = q.referrer_name(session, deal.referrer_id)
        if referrer:
            names |= {referrer}
        heard: dict[str, tuple[str, ...]] = {}
        withheld: list[LeftOut] = []
        for i, key in enumerate(SPIN_KEYS):
            heard[key], left = customer_lines_withheld((row[i] for row in spin_rows), names,
                                                       include=include)
            section = pick(language, *SPIN_SECTIONS[key])
            withheld += [LeftOut(section, line, NAMES_PERSON) for line in left]
        picked, cases_match = visit_prep.pick_cases(
            industry, [(c.industry, f"{c.customer} {c.title}") for c in profile.cases]
        )
        cases = [profile.cases[i] for i in picked]
        solutions = visit_prep.for_industry(profile.solutions, lambda s: s.industries, industry)
        today = self.clock().date()
        return DeckData(
            language=language,
            customer=customer,
            industry=industry,
            region=region,
            size=size,
            deal_title=deal.title,
            presented_on=self._presented_on(session, deal.id),
            business=heard["situation"],
            challenges=heard["problem"],
            costs=heard["implication"],
            outcomes=heard["need_payoff"],
            solutions=tuple(solutions),
            value_statements=profile.value_statements,
            cases=tuple(DeckCase(c.customer, c.industry, c.title, c.challenge, c.solution, c.result) for c in cases),
            cases_match_industry=cases_match,
            proposed_step=visit_prep.proposed_step(stage.key, language),
            # Agreed and still ahead: a step already overdue is not shown to the customer.
            agreed_steps=tuple(DeckStep(text, due) for text, due in agreed
                               if due is None or due >= today),
            seller_company=profile.company_name,
            seller_tagline=visit_prep.pick_tagline(profile.tagline, industry),
            seller_about=profile.about,
            seller_name=profile.seller_name,
            seller_title=profile.seller_title,
            phone=profile.phone,
            email=profile.email,
            wechat=profile.wechat,
            wechat_qr_text=profile.wechat_qr_text,
            website=profile.website,
            address=profile.address,
            logo=profile.logo,
            qr_image=profile.qr_image,
            occasion=visit_prep.deck_occasion(stage.key, language),
            withheld=tuple(withheld),
        )

    # --- helpers (each reads in the caller's session)
    def _presented_on(self, session: Session, deal_id: int) -> date:
        """The day of the deal's next planned visit (the deck is shown there), else today."""
        plan = self._plan(session, deal_id, None, self.clock())
        return plan.at.date() if plan.at else self.clock().date()

    @staticmethod
    def _plan(session: Session, deal_id: int, visit_id: int | None, now: datetime) -> VisitPlan:
        if visit_id is not None:
            visit = find_live(session, Visit, visit_id)
        else:
            visit = q.next_visit(session, deal_id, datetime.combine(now.date(), datetime.min.time()))
        if visit is None or visit.deal_id != deal_id:
            return VisitPlan()
        return VisitPlan(
            at=visit.planned_at,
            place=visit.place,
            our_side=tuple(_split_list(visit.our_attendees)),
            contact_ids=_ids(visit.attendee_contact_ids),
            goal=visit.goal,
        )

    @staticmethod
    def _library(session: Session, language: str) -> dict[str, tuple[tuple[str, str], ...]]:
        """The seller's question library per section as (section, text) in `language` (the other
        language when a question has none); the shipped set while the book has none yet."""
        out: dict[str, list[tuple[str, str]]] = {}
        for question in library(session) or shipped_questions():
            text = pick(language, question.text_en, question.text_zh).strip()
            if text:
                out.setdefault(question.section, []).append((question.section, text))
        return {k: tuple(v) for k, v in out.items()}

    @staticmethod
    def _last_meeting(session: Session, note: CallNote, language: str) -> LastMeeting:
        """The latest note in a few lines: its goal, who was there, the first line of each
        answer and of the product feedback."""
        from desktop.domain.notes import KIND_NAMES

        names = q.attendee_names(session, note.id)
        points = [lines[0] for key in (*SPIN_KEYS, "product_feedback")
                  if (lines := split_lines(getattr(note, key) or ""))]
        kind_en, kind_zh = KIND_NAMES.get(note.kind, (note.kind, note.kind))
        return LastMeeting(
            on=note.occurred_at.date(), kind=pick(language, kind_en, kind_zh),
            attendees=tuple(names), goal=note.goal.strip(),
            points=tuple(points))  # (its steps are in the brief's list of steps)

    @staticmethod
    def _latest_spin(notes: list[CallNote]) -> tuple[SpinAnswer, ...]:
        out = []
        for key in SPIN_KEYS:
            for note in notes:
                text = (getattr(note, key) or "").strip()
                if text:
                    out.append(SpinAnswer(key, text, note.occurred_at.date()))
                    break
        return tuple(out)

    @staticmethod
    def _competitors(deal, notes, members, contacts, language: str) -> tuple[str, ...]:  # noqa: ANN001
        """Each competitor once: its name, who favours it, and what the notes say of it
        ("鼎捷（赵磊倾向）：报价约 180 万，我们目前排第二"); a note's line naming no known
        competitor is its own entry."""
        zh = is_chinese(language)
        names = list(dict.fromkeys(_split_list(deal.competitors)))
        said: dict[str, list[str]] = {n: [] for n in names}
        loose: list[str] = []
        for note in notes[:3]:
            # A note's line is a sentence ("鼎捷报价约 180 万，我们目前排第二"): split lines only.
            for line in (p.strip() for p in re.split(r"[;；\n]", note.competitors or "")):
                if not line:
                    continue
                name = next((n for n in names if n in line), None)
                if name is None:
                    if line not in loose:
                        loose.append(line)
                elif line != name and line not in said[name]:
                    said[name].append(line)
        backers: dict[str, list[str]] = {}
        for m in members:
            backed = m.competitor_backed.strip()
            if backed and m.contact_id in contacts:
                backers.setdefault(backed, []).append(contacts[m.contact_id].name)
        out = []
        sep = "、" if zh else ", "
        for name in names + [b for b in backers if b not in names]:
            entry = name
            if name in backers:
                who = sep.join(backers[name])
                entry += f"（{who}倾向）" if zh else f" (favoured by {who})"
            if said.get(name):
                entry += ("：" if zh else ": ") + ("；" if zh else "; ").join(said[name])
            out.append(entry)
        return tuple(out + loose)
