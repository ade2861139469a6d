"""Stage editing rules: add, rename, reorder, remove (refused while deals are in it)."""

import pytest

from desktop.domain.deals import (
    CoverageRuleRecord,
    DealRecord,
    LostReasonRecord,
    RoleRecord,
    StageKind,
    StageRecord,
)
from desktop.domain.errors import ValidationFailed


def keys(services):
    return [s.key for s in services.pipeline.stages()]


def test_a_new_book_has_the_default_pipeline(services):
    assert keys(services) == ["lead", "first_call", "discovery", "solution", "proof", "negotiation",
                              "won", "lost", "on_hold"]
    assert [r.key for r in services.pipeline.roles()][:5] == ["user", "evaluator", "budget_holder",
                                                             "decision_maker", "signer"]
    assert len(services.pipeline.rules()) == 4


def test_a_new_stage_goes_before_the_closed_ones_and_can_be_renamed(services):
    new = services.pipeline.save_stage(StageRecord(name_en="Tender prep", name_zh="投标准备", probability=70))
    assert keys(services)[6] == new.key and new.kind == StageKind.OPEN
    changed = StageRecord(**{**new.__dict__, "name_zh": "标书准备", "stale_after_days": 10})
    renamed = services.pipeline.save_stage(changed)
    assert renamed.name_zh == "标书准备" and renamed.stale_after_days == 10


def test_reorder_moves_a_stage(services):
    proof = next(s for s in services.pipeline.stages() if s.key == "proof")
    services.pipeline.move_stage_position(proof.id, -1)
    assert keys(services)[3:5] == ["proof", "solution"]


@pytest.mark.parametrize(("field", "value", "code"), [
    ("probability", 101, "probability_range"), ("stale_after_days", 0, "stale_days_range"),
    ("name_en", "", "required"),
])
def test_bad_stage_values_are_refused(services, field, value, code):
    stage = services.pipeline.stages()[0]
    changes = {field: value}
    if field == "name_en":
        changes["name_zh"] = ""
    with pytest.raises(ValidationFailed) as exc:
        services.pipeline.save_stage(StageRecord(**{**stage.__dict__, **changes}))
    assert code in [e.code for e in exc.value.errors]


def test_a_stage_with_deals_cannot_be_removed_until_they_move(services):
    lead = services.pipeline.stages()[0]
    deal = services.deals.save(DealRecord(title="MES", stage_id=lead.id), new_company="华东精密")
    with pytest.raises(ValidationFailed) as exc:
        services.pipeline.remove_stage(lead.id)
    assert (exc.value.errors[0].code, exc.value.errors[0].detail) == ("stage_has_deals", "1")
    services.deals.move_stage(deal.id, services.pipeline.stages()[1].id)
    services.pipeline.remove_stage(lead.id)
    assert "lead" not in keys(services)
    # the history still names the removed stage
    history = services.deals.history(deal.id)
    removed = {s.id: s for s in services.pipeline.stages(with_removed=True)}[history[0].to_stage_id]
    assert removed.kind == StageKind.REMOVED and removed.name_en == "Lead"


def test_an_unused_stage_is_removed_with_its_rules(services):
    solution = next(s for s in services.pipeline.stages() if s.key == "solution")
    services.pipeline.remove_stage(solution.id)
    assert "solution" not in [s.key for s in services.pipeline.stages(with_removed=True)]
    assert all(r.from_stage_id != solution.id for r in services.pipeline.rules())


def test_the_last_lost_stage_cannot_be_removed(services):
    lost = next(s for s in services.pipeline.stages() if s.kind == StageKind.LOST)
    with pytest.raises(ValidationFailed) as exc:
        services.pipeline.remove_stage(lost.id)
    assert exc.value.errors[0].code == "last_of_kind"


def test_roles_are_editable_and_a_held_role_cannot_be_removed(services):
    from desktop.domain.deals import StakeholderRecord
    from desktop.domain.people import ContactRecord

    tender = services.pipeline.save_role(RoleRecord(name_en="Spec writer", name_zh="写标书的人"))
    assert services.pipeline.roles()[-1].name_zh == "写标书的人"
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    services.committee.save(StakeholderRecord(deal_id=deal.id, role_ids=(tender.id,)), ContactRecord(name="王工"))
    with pytest.raises(ValidationFailed) as exc:
        services.pipeline.remove_role(tender.id)
    assert exc.value.errors[0].code == "role_in_use"


def test_removing_a_lost_reason_keeps_its_words_on_deals_lost_for_it(services):
    reason = services.pipeline.save_lost_reason(LostReasonRecord(name_en="Too late", name_zh="进场太晚"))
    lost = next(s for s in services.pipeline.stages() if s.kind == StageKind.LOST)
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    services.deals.move_stage(deal.id, lost.id, lost_reason_id=reason.id)
    services.pipeline.remove_lost_reason(reason.id)
    after = services.deals.get(deal.id)
    assert after.lost_reason_id is None and after.lost_reason_text == "进场太晚"


def test_coverage_rules_are_editable_and_unique_per_role_and_stage(services):
    stages = {s.key: s.id for s in services.pipeline.stages()}
    roles = {r.key: r.id for r in services.pipeline.roles()}
    rule = services.pipeline.save_rule(CoverageRuleRecord(role_id=roles["coach"], from_stage_id=stages["discovery"]))
    with pytest.raises(ValidationFailed) as exc:
        services.pipeline.save_rule(CoverageRuleRecord(role_id=roles["coach"], from_stage_id=stages["discovery"]))
    assert exc.value.errors[0].code == "duplicate_rule"
    with pytest.raises(ValidationFailed):
        services.pipeline.save_rule(CoverageRuleRecord(role_id=roles["coach"], from_stage_id=stages["won"]))
    services.pipeline.remove_rule(rule.id)
    assert rule.id not in [r.id for r in services.pipeline.rules()]


def test_roles_and_lost_reasons_can_be_reordered(services):
    roles = services.pipeline.roles()
    first, second = roles[0], roles[1]
    after = services.pipeline.move_role(second.id, -1)
    assert [r.id for r in after[:2]] == [second.id, first.id]
    assert services.pipeline.move_role(second.id, -1)[0].id == second.id  # already first: stays
    reasons = services.pipeline.lost_reasons()
    last = reasons[-1]
    moved = services.pipeline.move_lost_reason(last.id, -1)
    assert [r.id for r in moved[-2:]] == [last.id, reasons[-2].id]
    assert len(moved) == len(reasons)


def test_closed_stages_stay_after_the_open_ones_and_new_deals_start_in_the_first_open_stage(services):
    won = next(s for s in services.pipeline.stages() if s.key == "won")
    with pytest.raises(ValidationFailed) as exc:
        services.pipeline.move_stage_position(won.id, -1)  # above negotiation: refused
    assert exc.value.errors[0].code == "open_first"
    lost = next(s for s in services.pipeline.stages() if s.key == "lost")
    services.pipeline.move_stage_position(lost.id, -1)  # among the closed ones: fine
    assert keys(services)[-3:] == ["lost", "won", "on_hold"]
    lead = services.pipeline.stages()[0]
    services.pipeline.move_stage_position(lead.id, 1)
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    assert services.deals.overview(deal.id).stage.key == "first_call"  # now the first open stage


def test_put_back_refuses_to_take_away_a_stage_a_deal_stands_in_and_changes_nothing(services):
    st = services.pipeline
    start = st.snapshot()
    added = st.save_stage(StageRecord(name_zh="试点", name_en="Pilot", probability=40))
    services.deals.save(DealRecord(title="MES", stage_id=added.id), new_company="华东精密")
    now = st.snapshot()
    with pytest.raises(ValidationFailed) as caught:
        st.put_back(start)
    assert caught.value.errors[0].code == "stage_has_deals"
    assert st.snapshot() == now


def test_put_back_brings_a_deleted_role_and_its_rules_back_with_their_ids(services):
    st = services.pipeline
    role = next(r for r in st.roles() if any(x.role_id == r.id for x in st.rules()))
    start = st.snapshot()
    st.remove_role(role.id)
    assert role.id not in [r.id for r in st.roles()]
    st.put_back(start)
    assert st.snapshot() == start
