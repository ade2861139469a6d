"""Deals: stage history and days in stage with a controlled clock, staleness, lost and on hold."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event

from desktop.domain.deals import DealRecord, StakeholderRecord
from desktop.domain.errors import ValidationFailed
from desktop.domain.people import ContactRecord
from tests.builders import stage


def new_deal(services, **kw):
    return services.deals.save(DealRecord(title=kw.pop("title", "MES 升级"), amount=kw.pop("amount", 1_000_000), **kw),
                               new_company="华东精密")


def test_a_new_deal_starts_in_the_first_stage_with_one_history_entry(services, clock):
    deal = new_deal(services)
    assert deal.stage_id == stage(services, "lead").id and deal.stage_entered_at == clock()
    [entry] = services.deals.history(deal.id)
    assert entry.from_stage_id is None and entry.to_stage_id == deal.stage_id


def test_moving_records_history_and_restarts_days_in_stage(services, clock):
    deal = new_deal(services)
    clock.advance(days=10)
    assert services.deals.overview(deal.id).days_in_stage == 10
    services.deals.move_stage(deal.id, stage(services, "first_call").id, "见到了王总")
    assert services.deals.overview(deal.id).days_in_stage == 0
    clock.advance(days=3)
    o = services.deals.overview(deal.id)
    assert o.days_in_stage == 3 and o.stage.key == "first_call"
    history = services.deals.history(deal.id)
    assert [h.comment for h in history] == ["", "见到了王总"]
    assert history[1].days_in_previous == 10 and history[1].changed_at == clock() - timedelta(days=3)


def test_staleness_counts_from_entering_the_stage_not_from_creation(services, clock):
    deal = new_deal(services)
    clock.advance(days=14)
    assert not services.deals.overview(deal.id).stale  # lead: stale after 14 days
    clock.advance(days=1)
    assert services.deals.overview(deal.id).stale
    services.deals.move_stage(deal.id, stage(services, "first_call").id)
    assert not services.deals.overview(deal.id).stale


def test_moving_to_lost_requires_a_reason_and_writes_nothing_without_one(services):
    deal = new_deal(services)
    with pytest.raises(ValidationFailed) as exc:
        services.deals.move_stage(deal.id, stage(services, "lost").id)
    assert exc.value.errors[0].code == "lost_reason_required"
    assert services.deals.get(deal.id).stage_id == stage(services, "lead").id
    assert len(services.deals.history(deal.id)) == 1
    reason = services.pipeline.lost_reasons()[0]
    services.deals.move_stage(deal.id, stage(services, "lost").id, lost_reason_id=reason.id)
    o = services.deals.overview(deal.id)
    assert o.status == "lost" and o.lost_reason == reason.name_en and o.probability == 0


def test_a_free_text_reason_is_enough(services):
    deal = new_deal(services)
    services.deals.move_stage(deal.id, stage(services, "lost").id, lost_reason_text="客户被收购")
    assert services.deals.get(deal.id).lost_reason_text == "客户被收购"


def test_saving_the_form_into_lost_also_needs_a_reason(services):
    deal = new_deal(services)
    from dataclasses import replace

    with pytest.raises(ValidationFailed) as exc:
        services.deals.save(replace(deal, stage_id=stage(services, "lost").id))
    assert exc.value.errors[0].field == "lost_reason"


def test_on_hold_needs_a_review_date(services, clock):
    deal = new_deal(services)
    with pytest.raises(ValidationFailed) as exc:
        services.deals.move_stage(deal.id, stage(services, "on_hold").id)
    assert exc.value.errors[0].code == "review_date_required"
    services.deals.move_stage(deal.id, stage(services, "on_hold").id, on_hold_until=date(2027, 1, 5))
    assert services.deals.get(deal.id).on_hold_until == date(2027, 1, 5)


def test_nothing_auto_closes_a_deal(services, clock):
    deal = new_deal(services)
    clock.advance(days=800)
    o = services.deals.overview(deal.id)
    assert o.status == "open" and o.stale


def test_a_move_cannot_be_dated_before_the_last_one(services, clock):
    deal = new_deal(services)
    with pytest.raises(ValidationFailed):
        services.deals.move_stage(deal.id, stage(services, "first_call").id, at=clock() - timedelta(days=1))


def test_validation_in_plain_codes(services):
    with pytest.raises(ValidationFailed) as exc:
        services.deals.save(DealRecord(title=" ", amount=-1, probability_override=120))
    assert {(e.field, e.code) for e in exc.value.errors} == {
        ("title", "required"), ("company_id", "required"), ("amount", "amount_invalid"),
        ("probability_override", "probability_range")}


def test_delete_and_restore(services):
    deal = new_deal(services)
    services.deals.delete(deal.id)
    assert services.deals.list() == []
    services.deals.restore(deal.id)
    assert [o.id for o in services.deals.list()] == [deal.id]


def test_the_next_step_is_the_earliest_open_one_and_can_be_edited(services, clock):
    deal = new_deal(services)
    today = clock().date()
    services.deals.add_next_step(deal.id, "later", today + timedelta(days=9))
    first = services.deals.add_next_step(deal.id, "send quote", today - timedelta(days=1))
    o = services.deals.overview(deal.id)
    assert o.next_step.text == "send quote" and o.overdue
    services.deals.set_next_step(deal.id, "send revised quote", today + timedelta(days=2))
    o = services.deals.overview(deal.id)
    assert o.next_step.id == first.id and o.next_step.text == "send revised quote" and not o.overdue
    services.deals.complete_next_step(first.id)
    assert services.deals.overview(deal.id).next_step.text == "later"


def test_listing_uses_the_same_number_of_queries_for_3_or_30_deals(services):
    def count_queries():
        n = 0

        def on_execute(*_a):
            nonlocal n
            n += 1

        event.listen(services.book.engine, "before_cursor_execute", on_execute)
        services.deals.list()
        event.remove(services.book.engine, "before_cursor_execute", on_execute)
        return n

    def add(count):
        for i in range(count):
            d = new_deal(services, title=f"d{i}")
            services.committee.save(StakeholderRecord(deal_id=d.id, role_ids=(1, 2)), ContactRecord(name=f"c{i}"))
            services.deals.add_next_step(d.id, "call", None)

    add(3)
    few = count_queries()
    add(27)
    assert count_queries() == few


def test_demo_has_deals_in_every_stage(demo_services):
    keys = {o.stage.key for o in demo_services.deals.list()}
    assert keys == {s.key for s in demo_services.pipeline.stages()}
    mes = next(o for o in demo_services.deals.list() if o.deal.title == "数字化车间 MES 升级")
    assert mes.deal.amount == 1_280_000 and mes.stage.key == "negotiation"
    assert [g.code for g in mes.gaps] == ["role_not_met"]
    assert len(demo_services.deals.history(mes.id)) == 6
    assert datetime.now() > demo_services.deals.history(mes.id)[0].changed_at


def test_the_deals_list_reads_only_each_deals_first_open_step(services, clock, monkeypatch):
    """A deals list shows one next step per deal; reading every open step (thousands in a
    veteran's book) and dropping all but the first made the board slow."""
    import desktop.storage.queries.today as today_queries

    today = clock().date()
    busy = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    quiet = services.deals.save(DealRecord(title="WMS"), new_company="星河")
    services.deals.add_next_step(busy.id, "undated")
    for days, text in ((9, "later"), (2, "first"), (5, "middle")):
        services.deals.add_next_step(busy.id, text, today + timedelta(days=days))
    done = services.deals.add_next_step(busy.id, "already done", today - timedelta(days=1))
    services.deals.complete_next_step(done.id)
    services.deals.add_next_step(quiet.id, "undated only")
    built = []
    step_record = today_queries._step
    monkeypatch.setattr(today_queries, "_step", lambda row: built.append(row[0]) or step_record(row))
    listed = {o.id: o for o in services.deals.list()}
    assert listed[busy.id].next_step.text == "first"
    assert listed[quiet.id].next_step.text == "undated only"
    assert len(built) == 2
    assert [s.text for s in services.deals.next_steps(busy.id)][:2] == ["first", "middle"]


def test_one_save_writes_the_deal_and_its_next_step_together(services, clock):
    from desktop.domain.deals import StepEdit

    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    due = clock().date() + timedelta(days=3)
    saved = services.deals.save(replace(deal, amount=500_000), next_step=StepEdit(None, " 发报价 ", due, True))
    [step] = services.deals.next_steps(deal.id)
    assert saved.amount == 500_000 and (step.text, step.due, step.agreed) == ("发报价", due, True)
    untouched = StepEdit(step, "发报价", due, True)  # the line as shown: steps added meanwhile stay
    services.deals.add_next_step(deal.id, "另一步", due + timedelta(days=1))
    services.deals.save(saved, next_step=untouched)
    assert [s.text for s in services.deals.next_steps(deal.id)] == ["发报价", "另一步"]
    services.deals.save(saved, next_step=StepEdit(step, "", due, True))  # emptied: marked done
    assert [s.text for s in services.deals.next_steps(deal.id)] == ["另一步"]
    with pytest.raises(ValidationFailed):  # a deal that cannot be saved writes no step either
        services.deals.save(replace(saved, title=""), next_step=StepEdit(None, "不该写入", due))
    assert "不该写入" not in [s.text for s in services.deals.next_steps(deal.id, include_done=True)]


def test_a_step_deleted_meanwhile_is_added_again_when_the_line_has_text(services, clock):
    from desktop.domain.deals import StepEdit

    deal = services.deals.save(DealRecord(title="WMS"), new_company="星河")
    step = services.deals.add_next_step(deal.id, "约演示")
    services.deals.delete_next_step(step.id)
    services.deals.save(deal, next_step=StepEdit(step, "约演示（改）"))
    assert [s.text for s in services.deals.next_steps(deal.id)] == ["约演示（改）"]
