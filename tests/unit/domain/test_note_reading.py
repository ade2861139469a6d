"""Reading call notes for the documents: open questions for the brief, customer lines for the deck."""

from __future__ import annotations

from desktop.domain import visit_prep
from desktop.domain.note_reading import (
    NoteText,
    customer_lines,
    fact_unknown,
    for_customer,
    marked_questions,
    pick_library_questions,
    weakest_sections,
)

FULL = "集团三个工厂，二厂规模最大，约 1200 人，两班倒，排产靠 Excel。"


def note(**fields: str) -> NoteText:
    return NoteText(fields)


LIBRARY = {
    "situation": (("situation", "S1"), ("situation", "S2"), ("situation", "S3")),
    "problem": (("problem", "P1"), ("problem", "P2")),
    "implication": (("implication", "I1"), ("implication", "I2"), ("implication", "I3")),
    "need_payoff": (("need_payoff", "N1"), ("need_payoff", "N2")),
}


def test_lines_ending_in_a_question_mark_are_the_sellers_open_questions():
    notes = [note(problem="插单要改一上午\n谁来维护接口？", internal_notes="- 王总会不会亲自参加?"),
             note(situation="谁来维护接口？\nHow many sites?")]
    assert marked_questions(notes) == ("谁来维护接口？", "王总会不会亲自参加?", "How many sites?")


def test_a_fact_is_unknown_when_missing_or_marked_so_in_its_latest_value():
    assert fact_unknown([note(budget=""), note(budget="")], "budget")
    assert fact_unknown([note(budget="待确认，CTO 倾向分期"), note(budget="约 80 万")], "budget")
    assert fact_unknown([note(timeline="TBD")], "timeline")
    assert not fact_unknown([note(budget=""), note(budget="约 150 万")], "budget")
    assert not fact_unknown([note(timeline="明年 3 月前上线")], "timeline")


def test_empty_sections_come_first_with_two_questions_thin_ones_with_one():
    notes = [note(situation=FULL, problem="太慢", implication="", need_payoff=FULL + FULL)]
    assert weakest_sections(notes) == (("implication", 2), ("problem", 1))


def test_a_question_is_not_an_answer_and_the_weakest_full_section_still_gets_one():
    notes = [note(situation=FULL, problem=FULL + FULL, implication=FULL + "\n损失多少？",
                  need_payoff=FULL + FULL)]
    assert weakest_sections(notes) == (("situation", 1),)


def test_library_questions_skip_the_ones_likely_asked_and_those_already_listed():
    assert pick_library_questions(LIBRARY["situation"], 2, 0) == ("S1", "S2")
    assert pick_library_questions(LIBRARY["situation"], 1, 2) == ("S3",)
    assert pick_library_questions(LIBRARY["situation"], 2, 1, asked=("S2",)) == ("S3", "S1")
    assert pick_library_questions((), 2, 0) == ()


def test_brief_questions_in_order_notes_facts_roles_library_stage():
    notes = [note(situation=FULL, problem="插单多\n谁负责排产系统？", implication="",
                  need_payoff=FULL, budget="待定", timeline="年底前"),
             note(situation=FULL, need_payoff=FULL, internal_notes="采购会不会比价？")]
    out = visit_prep.questions(notes, LIBRARY, ("budget_holder",), "zh_CN", "discovery")
    assert out == (
        "谁负责排产系统？", "采购会不会比价？",
        "这个项目的预算大概是多少？包含哪些内容？",
        "这个项目的预算由谁掌握？预算是否已经批下来？",
        "I1", "I2", "P2",
        "这些问题里哪个最重要？它现在造成多少损失？", "还有谁受这个问题影响？谁可能反对改变？",
    )


def test_brief_questions_without_notes_ask_for_every_section_and_both_facts():
    out = visit_prep.questions((), LIBRARY, (), "en")
    assert out == ("What budget is set aside for this, and what does it include?",
                   "By when must this be in place, and what sets that date?",
                   "S1", "S2", "P1", "P2", "I1", "I2", "N1", "N2")


def test_customer_lines_drop_open_questions_and_who_said_it():
    names = frozenset({"李敏", "Tang Bo"})
    assert for_customer("李敏：以前的系统没人用。\n回本按几个工厂算？\n王总关心的是：能否复制到三厂。\n"
                        "预算方很关心成本和回收期：希望 18 个月内回本。\n目标：交付准时率 95%", names) == (
        "以前的系统没人用。", "能否复制到三厂。", "希望 18 个月内回本。", "目标：交付准时率 95%")
    assert for_customer("Tang Bo: changeovers are planned on a whiteboard.\nTarget: 95% on time",
                        names) == ("Changeovers are planned on a whiteboard.", "Target: 95% on time")


def test_customer_lines_over_notes_newest_first_each_once_at_most_four():
    texts = ["A\nB", "B\nC", "D\nE\nF"]
    assert customer_lines(texts) == ("A", "B", "C", "D")


def test_lines_about_people_of_the_committee_never_reach_the_deck():
    names = frozenset({"李敏", "陈静", "Cathy Xu", "Tang Bo"})
    text = ("李敏负责集团数字化专项的预算审核，今年预算已批。\n"
            "陈静希望插单后 10 分钟内出新计划。\n"
            "陈静提到，现场经常拿着旧计划在干。\n"
            "王总拍板，财务配合。\n"
            "信息化处负责本次招标，采购部组织评标。\n"
            "据说张经理倾向用友。\n"
            "排产由生产部在 Excel 里做。\n"
            "每月汇总工时和总体成本都要手工算。")
    assert for_customer(text, names) == (
        "希望插单后 10 分钟内出新计划。", "现场经常拿着旧计划在干。", "排产由生产部在 Excel 里做。",
        "每月汇总工时和总体成本都要手工算。")
    english = ("Cathy Xu says the plant runs two shifts.\n"
               "Tang Bo holds the budget and signs off anything above 1M.\n"
               "We met Cathy Xu's team twice.\n"
               "The plant manager is our coach.\n"
               "Quality data sits in spreadsheets.")
    assert for_customer(english, names) == ("The plant runs two shifts.",
                                            "Quality data sits in spreadsheets.")


def test_a_line_naming_someone_is_left_out_whatever_the_names_look_like() -> None:
    """Chinese names are found as they are; others as whole words in any case ("Bo" is not in
    "Bob", "X" is too short to count); a leading "name said" is dropped."""
    names = frozenset({"李敏", "Ann Lee", "Bo", "J.R. Smith", "X", "O'Neil", "王建国"})
    cases = {
        "李敏希望上线快": ("希望上线快",), "ann lee wants it fast": (),
        "Annals of the plant": ("Annals of the plant",), "Bob says hi": ("Bob says hi",),
        "bo approved the budget": (), "J.R. Smith's team": (), "XR line": ("XR line",),
        "Talk to o'neil": (), "王建国提到预算": ("预算",),
        "Elbow room for the line": ("Elbow room for the line",), "李 敏": ("李 敏",),
        "The BO-line stays": (), "Ann Lee said that the line is slow": ("The line is slow",),
    }
    assert {line: for_customer(line, names) for line in cases} == cases


def test_the_names_are_worked_out_once_for_all_the_lines_of_a_deck() -> None:
    """A deck reads every line of every note against the same names: 12,000 per-name patterns
    for the bench deal's deck, each escaped and looked up, before they were worked out once."""
    from desktop.domain.note_reading import _people

    names = frozenset({f"Person{i}" for i in range(40)} | {"陈静", "李敏"})
    _people.cache_clear()
    customer_lines([f"Line {i}: the plant runs two shifts" for i in range(200)], names)
    assert _people.cache_info().misses == 1
