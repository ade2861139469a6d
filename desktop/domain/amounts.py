"""Amounts as a seller reads them ('¥12.5万', '¥333,333.33'): apart from desktop.domain.money's
rules so Today's first paint loads only these (issue 20); desktop.domain.money re-exports them."""

from __future__ import annotations

from desktop.domain.language import is_chinese

FEN_PER_YUAN = 100
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


def format_amount(amount: float | None, currency: str = "CNY", language: str = "zh_CN") -> str:
    """'¥128万', '¥1.2亿', '¥8,000' (zh_CN) or '¥1,280,000' (en); '' when there is no amount."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    value = abs(amount)
    prefix = sign + symbol(currency)
    if is_chinese(language):
        if value >= 100_000_000:
            return f"{prefix}{_trim(value / 100_000_000, 2)}亿"
        if value >= 10_000:
            return f"{prefix}{_trim(value / 10_000, 2)}万"
    return f"{prefix}{_trim(value, 0 if float(value).is_integer() else 2)}"


def format_fen(fen: int | None, currency: str = "CNY", language: str = "zh_CN", *,
               compact: bool = False) -> str:
    """'¥333,333.33' exactly ('.00' left off a whole amount); `compact` gives format_amount's
    '¥33.33万' for cards and charts. '' when there is no amount."""
    if fen is None:
        return ""
    if compact:
        return format_amount(fen / FEN_PER_YUAN, currency, language)
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    tail = f".{cents:02d}" if cents else ""
    return f"{sign}{symbol(currency)}{yuan:,}{tail}"
