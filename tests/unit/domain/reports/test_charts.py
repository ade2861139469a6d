"""The pieces of a bar, as the screen and the PDF both draw them."""

from __future__ import annotations

from desktop.domain.reports.charts import Chart, ChartKind, Series, bar_segments


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
