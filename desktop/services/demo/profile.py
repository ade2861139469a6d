"""The demo seller's profile: an industrial-software vendor in Suzhou, in Chinese and English,
with cases across 制造业, 医疗器械, 物流 and 零售 and a drawn logo (the WeChat QR code is drawn
from its link when the deck is made, so no image file is needed)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from desktop.domain.briefing import SellerCaseRecord, SellerProfileRecord, split_lines
from desktop.services.seller_profile import parse_solutions

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.demo import DemoSummary


def demo_logo() -> bytes:
    """A simple square logo (PNG): the company's initial on the brand colour."""
    from PIL import Image, ImageDraw, ImageFont

    from desktop.resources import resource

    size = 240
    image = Image.new("RGBA", (size * 3, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=44, fill=(30, 78, 140, 255))
    bold = str(resource("fonts", "DealbriefSans-Bold.ttf"))
    draw.text((size / 2, size / 2), "衡", font=ImageFont.truetype(bold, 150), fill="white",
              anchor="mm")
    draw.text((size + 36, size / 2 - 36), "智衡", font=ImageFont.truetype(bold, 96),
              fill=(30, 78, 140, 255), anchor="lm")
    draw.text((size + 40, size / 2 + 58), "ZHIHENG SOFTWARE", font=ImageFont.truetype(bold, 34),
              fill=(95, 107, 122, 255), anchor="lm")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def add(services: Services, ids: dict[str, int], summary: DemoSummary) -> None:
    from desktop.services.demo import load_demo_data

    del ids
    data = load_demo_data("profile.json")
    logo = demo_logo()
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
