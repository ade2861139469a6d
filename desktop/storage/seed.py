"""Default data a new book starts with: the pipeline, buying roles, lost reasons, coverage rules.

The defaults are data in resources/data/pipeline.json, not code, so a veteran seller's playbook
can replace them and Settings can edit them afterwards.
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, select

from desktop.resources import resource
from desktop.storage.tables import BuyingRole, CoverageRule, LostReason, Stage


def default_pipeline() -> dict[str, Any]:
    with resource("data", "pipeline.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def seed_defaults(session: Session) -> None:
    """Fill an empty book's lists; does nothing to lists that already have rows."""
    data = default_pipeline()
    if session.exec(select(Stage)).first() is None:
        for pos, stage in enumerate(data["stages"]):
            session.add(Stage(position=pos, **stage))
    if session.exec(select(BuyingRole)).first() is None:
        for pos, role in enumerate(data["roles"]):
            session.add(BuyingRole(position=pos, **role))
    if session.exec(select(LostReason)).first() is None:
        for pos, reason in enumerate(data["lost_reasons"]):
            session.add(LostReason(position=pos, **reason))
    session.flush()
    if session.exec(select(CoverageRule)).first() is None:
        stages = {s.key: s.id for s in session.exec(select(Stage))}
        roles = {r.key: r.id for r in session.exec(select(BuyingRole))}
        for rule in data["coverage_rules"]:
            session.add(
                CoverageRule(
                    role_id=roles[rule["role"]],
                    from_stage_id=stages[rule["from_stage"]],
                    require_met=rule["require_met"],
                )
            )
