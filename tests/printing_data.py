"""Rows for the print tests: a full deal written straight into the book's tables.

Independent of other features' services, so the documents are tested on exactly known data.
`leak=True` plants a marker in every internal field; `people=N` makes a very full committee.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import select

from desktop.services.container import Services
from desktop.storage.tables import (
    BuyingRole,
    CallNote,
    Company,
    Contact,
    Deal,
    Fee,
    NextStep,
    NoteAttendee,
    Partner,
    PartnerGiven,
    Stage,
    StageChange,
    Stakeholder,
    StakeholderRole,
    Visit,
)

NOW = datetime(2026, 11, 20, 9, 30)
LEAK_MARKERS = {
    "personal_interests": "LEAK-INTEREST-7781",
    "how_to_talk": "LEAK-HOWTO-7782",
    "competitor_backed": "LEAK-BACKED-7783",
    "cares_about": "LEAK-CARES-7784",
    "deal_notes": "LEAK-DEALNOTES-7785",
    "lost_reason_text": "LEAK-LOST-7786",
    "internal_notes": "LEAK-INTERNAL-7787",
    "risks": "LEAK-RISKS-7788",
    "note_competitors": "LEAK-NOTECOMP-7789",
    "deal_competitors": "LEAK-DEALCOMP-7790",
    "attendee_interests": "LEAK-ATTENDEE-7791",
    "stance_seen": "LEAK-STANCESEEN-7792",
    "company_notes": "LEAK-COMPANYNOTES-7793",
    "contact_notes": "LEAK-CONTACTNOTES-7794",
    "budget": "LEAK-BUDGET-7795",
    "timeline": "LEAK-TIMELINE-7796",
    # An open question the seller marked in the internal notes: the brief asks it, the deck never.
    "internal_question": "LEAK-QUESTION-7797",
    "visit_goal": "LEAK-VISITGOAL-7798",  # the seller's objective for the visit (strategy)
    "partner_notes": "LEAK-PARTNER-7799",
    "partner_offering": "LEAK-OFFERING-7800",
    "fee_note": "LEAK-FEE-7801",
    "stage_comment": "LEAK-STAGECOMMENT-7802",
    "partner_given": "LEAK-GIVEN-7803",
    # A next step that is the seller's own to-do (not agreed with the customer), on a note and
    # on the deal: the brief lists it, the deck and the minutes never.
    "internal_step": "LEAK-INTERNALSTEP-7804",
    "internal_deal_step": "LEAK-DEALSTEP-7805",
}
# Internal facts that are not free text: who referred the deal, and what it is worth.
REFERRER = "周立新"
AMOUNT_SHOWN = ("¥125万", "¥1,250,000", "1250000", "125万")

PEOPLE = [
    # name, title, department, roles, stance, influence, met, cares, interests, talk, backs
    ("王建国", "总经理", "总经办", ("decision_maker", "signer"), "supporter", "high", True,
     "交付周期和客户投诉率，三个工厂要统一管理。", "今年要向集团交出数字化车间的成绩单，明年争取副总裁。",
     "讲清双方利益：先谈业务结果，再谈投入；不要讲技术细节。", ""),
    ("李敏", "财务总监", "财务部", ("budget_holder",), "neutral", "high", False,
     "投资回报和回收期，付款节奏。", "担心项目超预算影响年度考核。",
     "带一页纸 ROI 测算，用数字说话，先听她的顾虑。", "用友"),
    ("张伟", "IT 经理", "信息部", ("evaluator", "coach"), "supporter", "medium", True,
     "系统集成、数据模型、和现有 ERP 的接口。", "想借项目提升团队能力，争取扩编两人。",
     "技术细节讲透，给他内部汇报用的材料。", ""),
    ("陈静", "生产部主管", "生产部", ("user",), "opponent", "medium", True,
     "一线工人的操作负担，切换期间不能停线。", "担心新系统增加班组长的工作量。",
     "先做培训和试点，让她的团队先受益。", "鼎捷"),
]


@dataclass
class DealIds:
    deal: int
    company: int
    contacts: list[int]
    visit: int
    note: int


def add_full_deal(services: Services, *, leak: bool = False, people: int = 4,
                  notes: int = 2, steps: int = 3, stage_key: str = "solution",
                  title: str = "华东精密 MES 升级", company_name: str = "华东精密制造集团",
                  industry: str = "制造业", visit_at: datetime | None = None) -> DealIds:
    m = LEAK_MARKERS if leak else dict.fromkeys(LEAK_MARKERS, "")
    with services.book.session() as s:
        stage = s.exec(select(Stage).where(Stage.key == stage_key)).one()
        roles = {r.key: r.id for r in s.exec(select(BuyingRole))}
        company = Company(
            name=company_name, industry=industry, region="华东", size="3000人",
            annual_revenue="¥45亿", tier="S", website="www.hd-precision.example.cn",
            address="江苏省苏州市工业园区星湖街 328 号", lead_source="转介绍",
            remarks=f"集团三个工厂，MES 系统老旧。{m['company_notes']}", created_at=NOW, updated_at=NOW,
        )
        s.add(company)
        s.flush()
        partner_contact = Contact(name="周立新", title="合伙人", created_at=NOW, updated_at=NOW)
        s.add(partner_contact)
        s.flush()
        partner = Partner(contact_id=partner_contact.id, remarks=m["partner_notes"],
                          offering=m["partner_offering"], created_at=NOW, updated_at=NOW)
        s.add(partner)
        s.flush()
        deal = Deal(
            company_id=company.id, title=title, amount=1_250_000, expected_close=date(2027, 3, 31),
            lead_source="转介绍", stage_id=stage.id, stage_entered_at=datetime(2026, 11, 2, 10, 0),
            competitors=f"用友, 鼎捷{', ' + m['deal_competitors'] if leak else ''}",
            remarks=f"老板支持，财务是关键。{m['deal_notes']}", lost_reason_text=m["lost_reason_text"],
            referrer_id=partner.id, created_at=NOW, updated_at=NOW,
        )
        s.add(deal)
        s.flush()
        s.add(StageChange(deal_id=deal.id, to_stage_id=stage.id, changed_at=deal.stage_entered_at,
                          comment=m["stage_comment"]))
        if leak:
            s.add(Fee(deal_id=deal.id, partner_id=partner.id, kind="finder", amount=5000,
                      due_since=date(2026, 11, 2), note=m["fee_note"]))
            s.add(PartnerGiven(partner_id=partner.id, given_on=date(2026, 11, 3),
                               description=m["partner_given"]))
        contact_ids = []
        for i in range(people):
            base = PEOPLE[i % len(PEOPLE)]
            name = base[0] if i < len(PEOPLE) else f"{base[0]}{i}"
            c = Contact(name=name, title=base[1], department=base[2], company_id=company.id,
                        remarks=m["contact_notes"], created_at=NOW, updated_at=NOW)
            s.add(c)
            s.flush()
            contact_ids.append(c.id)
            sh = Stakeholder(
                deal_id=deal.id, contact_id=c.id, stance=base[4], influence=base[5], met=base[6],
                last_met=date(2026, 11, 5) if base[6] else None,
                cares_about=base[7] + m["cares_about"],
                personal_interests=base[8] + m["personal_interests"],
                how_to_talk=base[9] + m["how_to_talk"],
                competitor_backed=base[10] or m["competitor_backed"], position=i,
            )
            s.add(sh)
            s.flush()
            for key in base[3]:
                s.add(StakeholderRole(stakeholder_id=sh.id, role_id=roles[key]))
        note_id = 0
        for n in range(notes):
            note = CallNote(
                deal_id=deal.id, company_id=company.id, occurred_at=datetime(2026, 11, 5 + n, 14),
                kind="visit", goal="了解现状",
                situation="三个工厂共 12 条产线，MES 是 2012 年上线的老系统，和 SAP 之间靠人工导数。",
                problem="生产数据延迟一天才能看到；换线时物料追溯靠纸质单据，出错率高。",
                implication="每月因追溯错误返工约 40 万元；交付延期导致两家大客户投诉，年底考核受影响。",
                need_payoff="希望做到产线数据实时可见，换线追溯全部电子化，交付准时率从 86% 提到 95%。",
                budget=f"约 120 万{m['budget']}", timeline=f"明年一季度上线{m['timeline']}",
                risks=f"财务总监对回收期有疑虑；生产部担心停线。{m['risks']}",
                competitors=f"用友{', ' + m['note_competitors'] if leak else ''}",
                internal_notes=f"张伟私下说王总已倾向我们。{m['internal_notes']}" + (
                    f"\n{m['internal_question']} 王总是否已经表态？" if leak else ""),
                created_at=NOW, updated_at=NOW,
            )
            s.add(note)
            s.flush()
            note_id = note.id
            s.add(NoteAttendee(note_id=note.id, contact_id=contact_ids[0],
                               personal_interests=m["attendee_interests"],
                               stance_seen=m["stance_seen"] or "supporter"))
        texts = [("发送 ROI 测算给李敏", "我方", date(2026, 11, 18)),
                 ("安排产线现场调研", "张伟", date(2026, 11, 25)),
                 ("提供同行业案例材料", "我方", date(2026, 11, 28))]
        for i in range(steps):
            text, owner, due = texts[i % len(texts)]
            s.add(NextStep(deal_id=deal.id, note_id=note_id or None, text=f"{text}" + (
                f"（{i + 1}）" if i >= len(texts) else ""), owner=owner, due=due, agreed=True,
                created_at=NOW))
        if leak:
            s.add(NextStep(deal_id=deal.id, note_id=note_id or None, owner="张伟",
                           text=f"请张伟引荐王总{m['internal_step']}", due=date(2026, 11, 19),
                           created_at=NOW))
            s.add(NextStep(deal_id=deal.id, owner="我方", text=f"争取参与需求调研{m['internal_deal_step']}",
                           due=date(2026, 11, 21), created_at=NOW))
        visit = Visit(
            deal_id=deal.id, planned_at=visit_at or datetime(2026, 11, 24, 14, 0),
            place="苏州工业园区 华东精密 3 号楼会议室", our_attendees="我, 刘工（售前）",
            attendee_contact_ids=",".join(str(c) for c in contact_ids[:4]),
            goal="向财务总监讲清投资回报\n确认 POC 范围和验收标准" + (
                f"\n{m['visit_goal']}" if leak else ""),
        )
        s.add(visit)
        s.flush()
        return DealIds(deal.id, company.id, contact_ids, visit.id, note_id)


# --- a deal with three times the typical content (issue 18) -----------------------------------
HEAVY_COMPANY = ("华东 Montgomery-Smithson 精密制造（苏州）股份有限公司 International "
                 "Holdings Group")[:60]
HEAVY_TITLE = ("全集团三个工厂 MES 升级与 SAP 集成、WMS 仓储改造和 Quality-Management "
               "数字化追溯平台一期建设项目 Phase One of the Manufacturing Excellence "
               "Programme")[:100]
HEAVY_NAMES = [
    "Alexander Montgomery-Smithson", "欧阳建华", "Christopher Vanderbilt-Harrington 😀",
    "司马文博", "Maximilian Featherstonehaugh", "诸葛明远", "Bartholomew Worthington-Fairfax",
    "上官婉清", "Jacqueline Rothenberg-Lancaster", "皇甫思远", "Konstantinos Papadopoulos",
    "慕容雪", "Wilhelmina Oppenheimer-Castellanos", "东方海涛", "Sebastian Kowalczyk-Nakamura",
]
_LONG_EN = ("The customer arranged a cross-functional review with operations, finance and IT; "
            "they expect the Montgomery-Smithson plant to standardise traceability, reduce "
            "changeover scrap and integrate the warehouse management system before the audit. ")
_LONG_ZH = ("三个工厂的产线数据要统一到一个平台，换线追溯全部电子化，和 SAP、WMS 打通；"
            "财务要求回收期不超过十八个月，生产部担心切换期间停线，IT 部门希望借项目完成数据治理。")


def heavy_text(n: int, length: int = 500) -> str:
    """A 500-character answer mixing Chinese and long English words."""
    text = ""
    while len(text) < length:
        text += (_LONG_ZH if (len(text) // 97 + n) % 2 == 0 else _LONG_EN)
    return text[:length]


def heavy_vocabulary() -> frozenset[str]:
    """The Latin words the heavy deal and the documents' fixed text are made of."""
    from desktop.documents import first_call_deck, minutes, partner_update, visit_brief
    from tests.documents_checker import latin_words

    labels = [v for module in (first_call_deck, minutes, partner_update, visit_brief)
              for name in ("L", "LABELS", "STANCE", "INFLUENCE") if hasattr(module, name)
              for en, _ in getattr(module, name).table.values() for v in (en,)]
    return latin_words([HEAVY_COMPANY, HEAVY_TITLE, _LONG_EN, *HEAVY_NAMES, *labels,
                        "Montgomery Smithson"])


def add_heavy_deal(services: Services, *, leak: bool = False) -> DealIds:
    """15 people with long names and concerns, 30 notes with 500-character S/P/I/N answers,
    40 next steps, a 60-character company name and a 100-character title."""
    ids = add_full_deal(services, leak=leak, people=0, notes=0, steps=0,
                        title=HEAVY_TITLE, company_name=HEAVY_COMPANY)
    m = LEAK_MARKERS if leak else dict.fromkeys(LEAK_MARKERS, "")
    with services.book.session() as s:
        roles = {r.key: r.id for r in s.exec(select(BuyingRole))}
        contact_ids = []
        for i, name in enumerate(HEAVY_NAMES):
            base = PEOPLE[i % len(PEOPLE)]
            c = Contact(name=name, title=f"{base[1]} / Senior Vice-President Operations",
                        department=f"{base[2]} Manufacturing Excellence", company_id=ids.company,
                        remarks=m["contact_notes"], created_at=NOW, updated_at=NOW)
            s.add(c)
            s.flush()
            contact_ids.append(c.id)
            sh = Stakeholder(
                deal_id=ids.deal, contact_id=c.id, stance=base[4], influence=base[5],
                met=base[6], last_met=date(2026, 11, 5) if base[6] else None,
                cares_about=heavy_text(i, 160) + m["cares_about"],
                personal_interests=heavy_text(i + 1, 120) + m["personal_interests"],
                how_to_talk=heavy_text(i + 2, 120) + m["how_to_talk"],
                competitor_backed=base[10] or m["competitor_backed"], position=i)
            s.add(sh)
            s.flush()
            for key in base[3]:
                s.add(StakeholderRole(stakeholder_id=sh.id, role_id=roles[key]))
        note_id = 0
        for n in range(30):
            note = CallNote(
                deal_id=ids.deal, company_id=ids.company,
                occurred_at=datetime(2026, 10, 1 + n % 28, 9 + n % 8), kind="visit",
                goal=heavy_text(n, 80), situation=heavy_text(n), problem=heavy_text(n + 1),
                implication=heavy_text(n + 2), need_payoff=heavy_text(n + 3),
                budget=f"约 120 万 budget approved by the Montgomery-Smithson board{m['budget']}",
                timeline=f"明年一季度上线 go-live before the customer audit{m['timeline']}",
                risks=f"价格太高；已经有系统了；{heavy_text(n, 120)}{m['risks']}",
                competitors=f"用友; 鼎捷报价约 180 万{'; ' + m['note_competitors'] if leak else ''}",
                product_feedback=heavy_text(n + 4, 200),
                internal_notes=heavy_text(n + 5, 200) + m["internal_notes"],
                created_at=NOW, updated_at=NOW)
            s.add(note)
            s.flush()
            note_id = note.id
            s.add(NoteAttendee(note_id=note.id, contact_id=contact_ids[n % len(contact_ids)],
                               personal_interests=m["attendee_interests"],
                               stance_seen=m["stance_seen"] or "supporter"))
        for i in range(40):
            s.add(NextStep(deal_id=ids.deal, note_id=note_id, owner=HEAVY_NAMES[i % 15],
                           text=f"{i + 1}. {heavy_text(i, 110)}", agreed=i % 3 != 0,
                           due=date(2026, 11, 1) + (date(2026, 11, 2) - date(2026, 11, 1)) * i,
                           created_at=NOW))
        visit = s.get(Visit, ids.visit)
        visit.attendee_contact_ids = ",".join(str(c) for c in contact_ids[:6])
        visit.place = "苏州工业园区 Montgomery-Smithson Innovation Centre 3 号楼 12 层大会议室"
        s.add(visit)
    return DealIds(ids.deal, ids.company, contact_ids, ids.visit, note_id)
