"""Demo companies and contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.domain.people import CompanyRecord, ContactRecord

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.demo import DemoSummary


def is_present(services: Services) -> bool:
    from desktop.services.demo import load_demo_data

    first = load_demo_data("people.json")["companies"][0]["name"]
    return services.companies.find_by_name(first) is not None


def add(services: Services, summary: DemoSummary) -> dict[str, int]:
    """Create the demo companies and contacts; returns their ids by demo key."""
    from desktop.services.demo import load_demo_data

    data = load_demo_data("people.json")
    ids: dict[str, int] = {}
    for c in data["companies"]:
        fields = {k: v for k, v in c.items() if k not in ("key", "tags")}
        saved = services.companies.save(CompanyRecord(**fields, tags=tuple(c.get("tags", ()))))
        ids[c["key"]] = saved.id
    for p in data["contacts"]:
        fields = {k: v for k, v in p.items() if k not in ("key", "company", "tags")}
        company_id = ids[p["company"]] if p.get("company") else None
        saved = services.contacts.save(
            ContactRecord(**fields, company_id=company_id, tags=tuple(p.get("tags", ())))
        )
        ids[p["key"]] = saved.id
    summary.add("companies", len(data["companies"]))
    summary.add("contacts", len(data["contacts"]))
    return ids
