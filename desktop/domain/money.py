"""Amounts as a seller reads them: ¥12.5万 in Chinese, ¥125,000 in English (documents reuse this)."""

from __future__ import annotations

SYMBOLS = {"CNY": "¥", "RMB": "¥", "USD": "$", "EUR": "€", "HKD": "HK$", "JPY": "JP¥", "GBP": "£"}
CURRENCIES: tuple[str, ...] = ("CNY", "USD", "EUR", "HKD", "JPY", "GBP")


def symbol(currency: str) -> str:
    code = (currency or "CNY").upper()
    return SYMBOLS.get(code, code + " ")


def _trim(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_amount(amount: int | float | None, currency: str = "CNY", language: str = "zh_CN") -> str:
    """'¥128万', '¥1.2亿', '¥8,000' (zh_CN) or '¥1,280,000' (en); '' when there is no amount."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    value = abs(amount)
    prefix = sign + symbol(currency)
    if language.startswith("zh"):
        if value >= 100_000_000:
            return f"{prefix}{_trim(value / 100_000_000, 2)}亿"
        if value >= 10_000:
            return f"{prefix}{_trim(value / 10_000, 2)}万"
    return f"{prefix}{_trim(value, 0 if float(value).is_integer() else 2)}"


def parse_amount(text: str) -> int | None:
    """What a seller types: '1280000', '1,280,000', '128万', '¥12.5万', '1.2亿', '125k'.

    Returns whole units; None for an empty field; raises ValueError when it is not an amount.
    """
    cleaned = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    for sym in sorted(SYMBOLS.values(), key=len, reverse=True):
        cleaned = cleaned.removeprefix(sym)
    cleaned = cleaned.removeprefix("￥").removesuffix("元")
    if not cleaned:
        return None
    factor = 1
    for suffix, mult in (("亿", 100_000_000), ("万", 10_000), ("w", 10_000), ("W", 10_000),
                         ("k", 1_000), ("K", 1_000), ("m", 1_000_000), ("M", 1_000_000)):
        if cleaned.endswith(suffix):
            cleaned, factor = cleaned[: -len(suffix)], mult
            break
    value = float(cleaned)  # raises ValueError
    if value < 0 or value != value or value == float("inf"):
        raise ValueError(text)
    return round(value * factor)


def amount_input_text(amount: int | None, language: str = "zh_CN") -> str:
    """An amount as a form field shows it, exactly (parse_amount reads it back unchanged):
    '128万' or '12.5万' in Chinese when it is a whole number of hundreds, else '1,280,000'."""
    if amount is None:
        return ""
    if language.startswith("zh") and amount >= 10_000 and amount % 100 == 0:
        wan = f"{amount // 10_000}" if amount % 10_000 == 0 else f"{amount / 10_000:.2f}".rstrip("0")
        return f"{wan}万"
    return f"{amount:,}"
