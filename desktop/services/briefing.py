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

from sqlmodel import Session, col, select

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
from desktop.domain.coverage import coverage_gaps, gap_text
from desktop.domain.errors import NotFound
from desktop.domain.language import LANGUAGES, is_chinese, pick
from desktop.domain.note_reading import (
    QUESTION_FIELDS,
    NoteText,
    customer_lines_withheld,
)
from desktop.domain.notes import QuestionPromptRecord
from desktop.domain.objections import likely_objections
from desktop.services.objections import library as objection_library
from desktop.services.questions import shipped_questions
from desktop.services.seller_profile import load_profile
from desktop.storage.book import Book
from desktop.storage.queries import get_live
from desktop.storage.queries.committee import load_stakeholders
from desktop.storage.queries.pipeline import load_roles, load_rules, load_stages, stage_record
from desktop.storage.tables import (
    BuyingRole,
    CallNote,
    Company,
    Contact,
    CoverageRule,
    Deal,
    NextStep,
    Partner,
    QuestionPrompt,
    Stage,
    Stakeholder,
    StakeholderRole,
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
            if query.isdigit():
                deal = session.get(Deal, int(query))
                if deal is not None and deal.deleted_at is None:
                    return deal.id
            rows = session.exec(
                select(Deal.id, Deal.title, Company.name)
                .join(Company, Company.id == Deal.company_id)
                .where(Deal.deleted_at.is_(None))
                .order_by(Deal.id)
            ).all()
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
            rows = session.exec(
                select(Visit, Deal.title, Company.name)
                .join(Deal, Deal.id == Visit.deal_id)
                .join(Company, Company.id == Deal.company_id)
                .where(Visit.deleted_at.is_(None), Deal.deleted_at.is_(None))
                .where(Visit.planned_at >= start, Visit.planned_at < end)
                .order_by(Visit.planned_at, Visit.id)
            ).all()
            return [PlannedVisit(v.id, v.deal_id, v.planned_at, c, t) for v, t, c in rows]

    def committee_contacts(self, deal_id: int) -> list[Choice]:
        """The deal's buying committee as a pick list (name, contact id), in committee order."""
        with self.book.reading() as session:
            self._deal(session, deal_id)
            return [Choice(c.name, c.id) for _, c, _ in self._committee(session, deal_id)]

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
        deal = self._deal(session, deal_id)
        company = session.get(Company, deal.company_id)
        stage = session.get(Stage, deal.stage_id)
        plan = plan or self._plan(session, deal.id, visit_id, now)
        roles = {r.id: r for r in session.exec(select(BuyingRole))}
        members = self._committee(session, deal.id)
        contacts = self._contacts(session, [c.id for _, c, _ in members] + list(plan.contact_ids))
        notes = session.exec(
            select(CallNote).where(CallNote.deal_id == deal.id, CallNote.deleted_at.is_(None))
            .order_by(col(CallNote.occurred_at).desc(), col(CallNote.id).desc())
        ).all()
        steps = session.exec(
            select(NextStep).where(
                NextStep.deal_id == deal.id, NextStep.deleted_at.is_(None),
                NextStep.done_at.is_(None),
            ).order_by(col(NextStep.due).is_(None), NextStep.due, NextStep.id)
        ).all()
        rules = self._rules(session, roles, language)
        referrer = self._referrer(session, deal.referrer_id)

        role_names = {
            m.id: tuple(pick(language, roles[r].name_en, roles[r].name_zh) for r in rids) for m, _, rids in members
        }
        role_keys = {m.id: frozenset(roles[r].key for r in rids) for m, _, rids in members}
        by_contact = {m.contact_id: m for m, _, _ in members}
        # Cards for those attending; with no attendee list, for the most influential (the
        # committee table lists everyone).
        ranked = sorted(members, key=lambda r: {"high": 0, "medium": 1}.get(r[0].influence, 2))
        attending = list(plan.contact_ids) or [m.contact_id for m, _, _ in ranked[:4]]
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
                    stance=member.stance if member else "unknown",
                    influence=member.influence if member else "medium",
                    met=bool(member and member.met),
                    last_met=member.last_met if member else None,
                    cares_about=member.cares_about if member else "",
                    personal_interests=member.personal_interests if member else "",
                    how_to_talk=member.how_to_talk if member else "",
                    competitor_backed=member.competitor_backed if member else "",
                )
            )

        # The same gaps as on the deal page (one rule, one wording).
        gaps = tuple(
            gap_text(g, language)
            for g in coverage_gaps(
                stage_record(stage),
                load_stages(session),
                load_stakeholders(session, [deal.id]).get(deal.id, []),
                load_rules(session),
                load_roles(session),
            )
        )
        spin = self._latest_spin(notes)
        held = frozenset().union(*role_keys.values()) if role_keys else frozenset()
        missing_roles = tuple(r.role_key for r in rules if r.from_position <= stage.position and r.role_key not in held)
        questions = visit_prep.questions(
            tuple(NoteText({k: getattr(n, k) or "" for k in QUESTION_FIELDS}) for n in notes),
            self._library(session, language),
            tuple(dict.fromkeys(missing_roles)),
            language,
            stage.key,
        )
        attending_roles = (
            frozenset().union(*(role_keys.get(by_contact[c].id, frozenset()) for c in attending if c in by_contact))
            if attending
            else frozenset()
        )

        committee = tuple(
            CommitteeRow(c.name, c.title, role_names.get(m.id, ()), m.stance, m.influence, m.met,
                         c.id in plan.contact_ids)
            for m, c, _ in members)
        unmet = tuple(card.name for card in cards if not card.met)
        latest = notes[0] if notes else None
        header = BriefHeader(
            customer=company.name,
            deal_title=deal.title,
            stage=pick(language, stage.name_en, stage.name_zh),
            days_in_stage=max(0, (now.date() - deal.stage_entered_at.date()).days),
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
            strategy=tuple(t for t in (deal.notes.strip(),
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
        deal = self._deal(session, deal_id)
        company = session.get(Company, deal.company_id)
        stage = session.get(Stage, deal.stage_id)
        # Only the customer-safe columns are read: no stance, risks or internal notes. Every note
        # counts, newest first (customer_lines keeps a few lines per section, each once).
        spin_rows = session.exec(
            select(CallNote.situation, CallNote.problem, CallNote.implication, CallNote.need_payoff)
            .where(CallNote.deal_id == deal.id, CallNote.deleted_at.is_(None))
            .order_by(col(CallNote.occurred_at).desc(), col(CallNote.id).desc())
        ).all()
        # Only steps agreed with the customer: the seller's own to-dos ("ask our coach to
        # introduce us to ...") never reach the deck, whether typed in a note or on the deal.
        agreed = session.exec(
            select(NextStep.text, NextStep.due)
            .where(
                NextStep.deal_id == deal.id,
                NextStep.deleted_at.is_(None),
                NextStep.done_at.is_(None),
                NextStep.agreed == True,  # noqa: E712
            )
            .order_by(col(NextStep.due).is_(None), NextStep.due, NextStep.id)
        ).all()
        profile = load_profile(session, language)
        if profile.is_empty:
            others = [load_profile(session, o) for o in LANGUAGES if o != language]
            profile = next((p for p in others if not p.is_empty), profile)
        customer, industry = company.name, company.industry
        region, size = company.region, company.size

        # Names of the customer's people and of the deal's committee (and who referred it): "李敏：…"
        # in a note becomes "…" on a slide, and a line still about a named person is left out.
        committee_ids = [c.id for _, c, _ in self._committee(session, deal.id)]
        names = frozenset(
            n.strip()
            for row in session.exec(
                select(Contact.name, Contact.name_alt).where(
                    (Contact.company_id == company.id) | col(Contact.id).in_(committee_ids)
                )
            )
            for n in row
            if n and n.strip()
        )
        referrer = self._referrer(session, deal.referrer_id)
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
    def _deal(session: Session, deal_id: int) -> Deal:
        return get_live(session, Deal, deal_id)

    @staticmethod
    def _plan(session: Session, deal_id: int, visit_id: int | None, now: datetime) -> VisitPlan:
        if visit_id is not None:
            visit = session.get(Visit, visit_id)
        else:
            start = datetime.combine(now.date(), datetime.min.time())
            visit = session.exec(
                select(Visit)
                .where(Visit.deal_id == deal_id, Visit.deleted_at.is_(None), Visit.planned_at >= start)
                .order_by(Visit.planned_at)
            ).first()
        if visit is None or visit.deleted_at is not None or visit.deal_id != deal_id:
            return VisitPlan()
        return VisitPlan(
            at=visit.planned_at,
            place=visit.place,
            our_side=tuple(_split_list(visit.our_attendees)),
            contact_ids=_ids(visit.attendee_contact_ids),
            goal=visit.goal,
        )

    @staticmethod
    def _committee(session: Session, deal_id: int) -> list[tuple[Stakeholder, Contact, list[int]]]:
        rows = session.exec(
            select(Stakeholder, Contact)
            .join(Contact, Contact.id == Stakeholder.contact_id)
            .where(Stakeholder.deal_id == deal_id, Contact.deleted_at.is_(None))
            .order_by(Stakeholder.position, Stakeholder.id)
        ).all()
        ids = [s.id for s, _ in rows]
        links: dict[int, list[int]] = {i: [] for i in ids}
        if ids:
            for link in session.exec(select(StakeholderRole).where(col(StakeholderRole.stakeholder_id).in_(ids))):
                links[link.stakeholder_id].append(link.role_id)
        return [(s, c, sorted(links[s.id])) for s, c in rows]

    @staticmethod
    def _contacts(session: Session, ids: list[int]) -> dict[int, Contact]:
        if not ids:
            return {}
        rows = session.exec(select(Contact).where(col(Contact.id).in_(set(ids)), Contact.deleted_at.is_(None))).all()
        return {c.id: c for c in rows}

    @staticmethod
    def _rules(session: Session, roles: dict[int, BuyingRole], language: str):
        rows = session.exec(
            select(CoverageRule, Stage.position)
            .join(Stage, Stage.id == CoverageRule.from_stage_id)
            .order_by(Stage.position, CoverageRule.id)
        ).all()
        return tuple(
            visit_prep.RoleRule(
                roles[r.role_id].key,
                pick(language, roles[r.role_id].name_en, roles[r.role_id].name_zh),
                pos,
                r.require_met,
            )
            for r, pos in rows
        )

    @staticmethod
    def _referrer(session: Session, partner_id: int | None) -> str:
        if partner_id is None:
            return ""
        partner = session.get(Partner, partner_id)
        contact = session.get(Contact, partner.contact_id) if partner else None
        return contact.name if contact else ""

    @staticmethod
    def _library(session: Session, language: str) -> dict[str, tuple[tuple[str, str], ...]]:
        """The seller's question library per section as (section, text) in `language` (the other
        language when a question has none); the shipped set while the book has none yet."""
        rows = [
            QuestionPromptRecord(section=q.section, text_en=q.text_en, text_zh=q.text_zh, position=q.position)
            for q in session.exec(select(QuestionPrompt).order_by(QuestionPrompt.position, QuestionPrompt.id))
        ]
        out: dict[str, list[tuple[str, str]]] = {}
        for q in rows or shipped_questions():
            first, second = (q.text_zh, q.text_en) if is_chinese(language) else (q.text_en, q.text_zh)
            text = (first or second).strip()
            if text:
                out.setdefault(q.section, []).append((q.section, text))
        return {k: tuple(v) for k, v in out.items()}

    @staticmethod
    def _last_meeting(session: Session, note: CallNote, language: str) -> LastMeeting:
        """The latest note in a few lines: its goal, who was there, the first line of each
        answer and of the product feedback."""
        from desktop.domain.notes import KIND_NAMES
        from desktop.storage.tables import NoteAttendee

        names = session.exec(
            select(Contact.name).join(NoteAttendee, NoteAttendee.contact_id == Contact.id)
            .where(NoteAttendee.note_id == note.id, Contact.deleted_at.is_(None))
        ).all()
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
        for m, _, _ in members:
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
