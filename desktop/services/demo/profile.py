"""The demo seller's profile: an industrial-software vendor in Suzhou, in Chinese and English,
with cases across 制造业, 医疗器械, 物流 and 零售 and a logo (resources/data/demo/seller_logo.png).
The WeChat QR code is drawn from its link when the deck is made, so no QR image is needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.domain.briefing import SellerCaseRecord, SellerProfileRecord, parse_solutions, split_lines

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.demo import DemoSummary


def add(services: Services, ids: dict[str, int], summary: DemoSummary) -> None:
    from desktop.services.demo import load_demo_data

    del ids
    data = load_demo_data("profile.json")
    from desktop.resources import resource

    logo = resource("data", "demo", "seller_logo.png").read_bytes()
    cases = 0
    for language, p in data.items():
        fields = {k: v for k, v in p.items() if k not in ("solutions", "value_statements", "cases")}
        services.seller_profile.save(SellerProfileRecord(
            language=language, **fields, solutions=parse_solutions(p["solutions"]),
            value_statements=split_lines(p["value_statements"]), logo=logo,
            cases=tuple(SellerCaseRecord(id=None, language=language, **c) for c in p["cases"]),
        ))
        cases += len(p["cases"])
    summary.add("seller profiles", len(data))
    summary.add("reference cases", cases)
