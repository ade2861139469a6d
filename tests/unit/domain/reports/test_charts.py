"""The pieces of a bar, as the screen and the PDF both draw them."""

from __future__ import annotations

from desktop.domain.reports.charts import (
    Chart,
    ChartKind,
    Series,
    axis_labels,
    bar_segments,
    label_lines,
    two_line_width,
)


def _chart(kind: ChartKind) -> Chart:
    return Chart("k", "t", kind, ("Dec", "Jan"),
                 (Series("commit", (3.0, None)), Series("best", (2.0, 5.0)), Series("pipe", (1.0, -1.0))),
                 ((), ()))


def test_a_stacked_bar_puts_each_series_on_the_ones_before_it() -> None:
    assert list(bar_segments(_chart(ChartKind.STACKED), 0)) == [(0, 0.0, 3.0), (1, 3.0, 5.0), (2, 5.0, 6.0)]


def test_a_missing_value_draws_nothing_and_lifts_nothing() -> None:
    assert list(bar_segments(_chart(ChartKind.STACKED), 1)) == [(1, 0.0, 5.0), (2, 5.0, 4.0)]


def test_plain_bars_each_rise_from_zero() -> None:
    assert list(bar_segments(_chart(ChartKind.BARS), 1)) == [(1, 0.0, 5.0), (2, 0.0, -1.0)]


# --- the categories' names, as the screen and the PDF break them (measured in "character
# widths": a Chinese character is two, anything else one)

def _width(text: str) -> float:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def test_a_name_that_fits_stays_on_one_line() -> None:
    assert label_lines("云达物流科技", 12, _width) == ("云达物流科技",)


def test_a_long_english_name_breaks_at_a_space_into_two_even_lines() -> None:
    lines = label_lines("Pacific Auto Parts (Shanghai) Co., Ltd.", 22, _width)
    assert lines == ("Pacific Auto Parts", "(Shanghai) Co., Ltd.")


def test_a_chinese_name_breaks_between_characters_evenly_never_before_a_closing_mark() -> None:
    assert label_lines("康宁医疗器械有限公司", 12, _width) == ("康宁医疗器", "械有限公司")
    lines = label_lines("华东（上海）精密", 10, _width)
    assert len(lines) == 2 and not lines[1].startswith("）") and not lines[0].endswith("（")
    assert "".join(lines) == "华东（上海）精密"


def test_what_does_not_fit_in_two_lines_ends_the_second_with_an_ellipsis() -> None:
    lines = label_lines("Pacific Auto Parts (Shanghai) Co., Ltd.", 14, _width)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert lines[0] == "Pacific Auto"
    assert all(_width(line) <= 14 for line in lines)
    assert label_lines("Pacific Auto Parts (Shanghai) Co., Ltd.", 14, _width, most=1) == ("Pacific Auto…",)


def test_a_word_wider_than_a_line_is_broken_where_it_must() -> None:
    assert label_lines("Internationalisation", 8, _width, most=3) == ("Internat", "ionalisa", "tion")


def test_two_line_width_is_the_narrowest_even_break() -> None:
    assert two_line_width("Pacific Auto Parts (Shanghai) Co., Ltd.", _width) == 20
    assert two_line_width("MES", _width) == 3


def test_labels_take_their_whole_slot_when_every_name_fits_in_two_lines() -> None:
    names = ("华东精密制造集团", "Pacific Auto Parts (Shanghai) Co., Ltd.", "MES")
    labels = axis_labels(names, 30, _width, gap=4, narrowest=8)
    assert labels.step == 1 and labels.width == 26
    assert labels.lines == (("华东精密制造集团",), ("Pacific Auto Parts", "(Shanghai) Co., Ltd."), ("MES",))
    assert labels.depth == 2


def test_narrow_slots_shorten_the_names_and_very_narrow_ones_skip_some_without_overlap() -> None:
    names = tuple(f"Customer number {n}" for n in range(10))
    narrow = axis_labels(names, 12, _width, gap=2, narrowest=8)
    assert narrow.step == 1 and all(len(lines) == 2 for lines in narrow.lines)
    assert narrow.lines[0] == ("Customer", "number 0")
    tight = axis_labels(names, 5, _width, gap=2, narrowest=8)
    assert tight.step == 2 and tight.width + 2 <= tight.step * 5  # a box never reaches the next one's
    assert [bool(lines) for lines in tight.lines] == [True, False] * 5
    assert all(_width(line) <= tight.width for lines in tight.lines for line in lines)


def test_the_pareto_chart_names_each_company_whole(demo_services) -> None:
    from datetime import date

    from desktop.domain.reports.charts import report_chart
    from desktop.domain.reports.period import Period

    reports = demo_services.reports.overview(Period(date(2026, 1, 1), date(2026, 12, 31)))
    chart = report_chart(reports, "pareto", "en")
    assert chart.categories == tuple(c.company.name for c in reports.pareto.companies)
    assert "Pacific Auto Parts (Shanghai) Co., Ltd." in chart.categories
