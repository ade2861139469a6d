"""Sentences are joined as each language writes them (the deals list and the CLI share this)."""

from desktop.domain.coverage import CoverageGap, GapCode, gap_text, gaps_text
from desktop.domain.wording import join_sentences


def test_english_sentences_get_one_space_and_chinese_ones_nothing():
    assert join_sentences(["No budget holder identified yet.", "", "Ann opposes you."], "en") == \
        "No budget holder identified yet. Ann opposes you."
    assert join_sentences(["还没有找到预算方。", "林晓持反对态度，且影响力大。"], "zh_CN") == \
        "还没有找到预算方。林晓持反对态度，且影响力大。"


def test_a_chinese_sentence_without_its_full_stop_does_not_run_into_the_next():
    assert join_sentences(["删除这家公司？", "可以撤销", "真的"], "zh_CN") == "删除这家公司？可以撤销。真的"


def test_gaps_read_as_sentences_in_both_languages():
    gaps = [CoverageGap(GapCode.ROLE_MISSING, role_en="Budget holder", role_zh="预算方"),
            CoverageGap(GapCode.OPPONENT_HIGH, person="林晓")]
    assert gaps_text(gaps, "en") == "No budget holder identified yet. 林晓 opposes you and has high influence."
    assert gaps_text(gaps, "zh_CN") == "还没有找到预算方。林晓持反对态度，且影响力大。"
    assert ";" not in gaps_text(gaps, "en") and gaps_text(gaps, "zh_CN") == "".join(gap_text(g, "zh_CN") for g in gaps)
