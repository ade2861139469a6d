import pytest

from desktop.domain.money import amount_input_text, format_amount, parse_amount


@pytest.mark.parametrize(("amount", "zh", "en"), [
    (1_280_000, "¥128万", "¥1,280,000"),
    (125_000, "¥12.5万", "¥125,000"),
    (8_000, "¥8,000", "¥8,000"),
    (260_000_000, "¥2.6亿", "¥260,000,000"),
    (0, "¥0", "¥0"),
])
def test_amounts_read_in_wan_in_chinese_and_in_full_in_english(amount, zh, en):
    assert format_amount(amount, "CNY", "zh_CN") == zh
    assert format_amount(amount, "CNY", "en") == en


def test_no_amount_is_blank_and_other_currencies_keep_their_symbol():
    assert format_amount(None) == ""
    assert format_amount(50_000, "USD", "en") == "$50,000"


@pytest.mark.parametrize(("text", "value"), [
    ("1280000", 1_280_000), ("1,280,000", 1_280_000), ("128万", 1_280_000), ("¥12.5万", 125_000),
    ("12.5w", 125_000), ("1.2亿", 120_000_000), ("125k", 125_000), ("", None),
])
def test_parse_amount_takes_what_sellers_type(text, value):
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["abc", "-5", "12万元万"])
def test_parse_amount_refuses_non_amounts(text):
    with pytest.raises(ValueError):
        parse_amount(text)


@pytest.mark.parametrize(("amount", "zh", "en"), [
    (1_280_000, "128万", "1,280,000"),
    (125_000, "12.5万", "125,000"),
    (123_400, "12.34万", "123,400"),
    (123_456, "123,456", "123,456"),
    (9_000, "9,000", "9,000"),
    (250_000_000, "25000万", "250,000,000"),
    (0, "0", "0"),
])
def test_a_form_shows_an_amount_in_words_it_reads_back_unchanged(amount, zh, en):
    assert amount_input_text(amount, "zh_CN") == zh
    assert amount_input_text(amount, "en") == en
    assert parse_amount(zh) == amount and parse_amount(en) == amount
    assert amount_input_text(None) == ""
