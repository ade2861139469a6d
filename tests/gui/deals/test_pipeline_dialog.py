"""Settings → Pipeline: cells save at once; refused edits say why."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.deals import DealRecord
from desktop.ui.deals.pipeline_dialog import PipelineDialog


def test_rename_add_and_refused_removal(qtbot, services, qtmodeltester):
    services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    dialog = PipelineDialog(services)
    qtbot.addWidget(dialog)
    model = dialog.stages.model
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 0), "潜在线索", Qt.ItemDataRole.EditRole)
    assert services.pipeline.stages()[0].name_zh == "潜在线索"
    assert not model.setData(model.index(0, 2), "150", Qt.ItemDataRole.EditRole)
    assert "0 to 100" in dialog.stages.error.text()
    dialog.stages.table.selectRow(0)
    dialog.stages._with_selected(lambda r: services.pipeline.remove_stage(r.id))
    assert "1 deal" in dialog.stages.error.text()
    before = len(services.pipeline.stages())
    dialog.stages.write(
        lambda: services.pipeline.save_stage(services.pipeline.stages()[0].__class__(name_en="X", name_zh="新"))
    )
    assert model.rowCount() == before + 1


def buttons(tab):
    from PySide6.QtWidgets import QPushButton

    return {b.text(): b for b in tab.findChildren(QPushButton)}


def test_the_seller_edits_stages_roles_reasons_and_rules_with_the_buttons(qtbot, services, answer_dialogs):
    asked, answers = answer_dialogs
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    dialog = PipelineDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()

    # stages: add one (before won/lost/on hold), move it up, rename it, then remove it
    stages = dialog.stages
    open_count = sum(1 for s in services.pipeline.stages() if s.kind == "open")
    qtbot.mouseClick(buttons(stages)["Add"], Qt.MouseButton.LeftButton)
    added = services.pipeline.stages()[open_count]
    assert added.name_en == "New stage" and stages.model.rowCount() == len(services.pipeline.stages())
    stages.table.selectRow(open_count)
    qtbot.mouseClick(buttons(stages)["Move up"], Qt.MouseButton.LeftButton)
    assert services.pipeline.stages()[open_count - 1].id == added.id
    assert stages.table.currentIndex().row() == open_count - 1  # the selection follows the stage
    assert stages.model.setData(stages.model.index(open_count - 1, 1), "Pilot", Qt.ItemDataRole.EditRole)
    answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(buttons(stages)["Remove"], Qt.MouseButton.LeftButton)
    assert "Pilot" in asked[-1] and added.id in [s.id for s in services.pipeline.stages()]
    qtbot.mouseClick(buttons(stages)["Remove"], Qt.MouseButton.LeftButton)  # answered Yes
    assert added.id not in [s.id for s in services.pipeline.stages()]

    # a stage holding a deal is refused, in plain words, and stays
    stages.table.selectRow(0)
    qtbot.mouseClick(buttons(stages)["Remove"], Qt.MouseButton.LeftButton)
    assert "still has 1 deal" in stages.error.text()
    assert services.deals.get(deal.id).stage_id == services.pipeline.stages()[0].id

    # roles: add, rename, move up, remove
    roles = dialog.roles
    qtbot.mouseClick(buttons(roles)["Add"], Qt.MouseButton.LeftButton)
    last = roles.model.rowCount() - 1
    assert roles.model.setData(roles.model.index(last, 0), "写标书的人", Qt.ItemDataRole.EditRole)
    roles.table.selectRow(last)
    qtbot.mouseClick(buttons(roles)["Move up"], Qt.MouseButton.LeftButton)
    assert services.pipeline.roles()[last - 1].name_zh == "写标书的人"
    qtbot.mouseClick(buttons(roles)["Remove"], Qt.MouseButton.LeftButton)
    assert "写标书的人" not in [r.name_zh for r in services.pipeline.roles()]

    # lost reasons: add and rename
    reasons = dialog.reasons
    qtbot.mouseClick(buttons(reasons)["Add"], Qt.MouseButton.LeftButton)
    row = reasons.model.rowCount() - 1
    assert reasons.model.setData(reasons.model.index(row, 1), "Came in too late", Qt.ItemDataRole.EditRole)
    assert services.pipeline.lost_reasons()[-1].name_en == "Came in too late"

    # coverage rules: a coach from discovery on, then "must be met"; listed in pipeline order
    rules = dialog.rules
    assert not rules.hint.isVisible()  # nothing to double-click in this table
    coach = next(r for r in services.pipeline.roles() if r.key == "coach")
    discovery = next(s for s in services.pipeline.stages() if s.key == "discovery")
    dialog.rule_role.setCurrentIndex(dialog.rule_role.findData(coach.id))
    dialog.rule_stage.setCurrentIndex(dialog.rule_stage.findData(discovery.id))
    qtbot.mouseClick(buttons(rules)["Add"], Qt.MouseButton.LeftButton)
    [rule] = [r for r in services.pipeline.rules() if r.role_id == coach.id]
    assert rules.model.rows[0].id == rule.id  # discovery comes before the other rules' stages
    rules.table.selectRow(0)
    qtbot.mouseClick(buttons(rules)["Switch “must be met”"], Qt.MouseButton.LeftButton)
    assert next(r for r in services.pipeline.rules() if r.id == rule.id).require_met
    qtbot.mouseClick(buttons(rules)["Add"], Qt.MouseButton.LeftButton)  # the same again: refused
    assert "already a rule" in rules.error.text()


def test_the_seller_ticks_which_stages_count_as_commit(qtbot, services, qtmodeltester):
    dialog = PipelineDialog(services)
    qtbot.addWidget(dialog)
    model = dialog.stages.model
    qtmodeltester.check(model)
    commit = next(i for i, c in enumerate(model.columns) if c.field == "commit")
    keys = [s.key for s in services.pipeline.stages()]
    proof, won = keys.index("proof"), keys.index("won")
    state = Qt.ItemDataRole.CheckStateRole
    assert model.data(model.index(keys.index("negotiation"), commit), state) == Qt.CheckState.Checked
    assert model.data(model.index(proof, commit), state) == Qt.CheckState.Unchecked
    assert model.data(model.index(won, commit), state) is None  # only open stages can be Commit
    assert not model.flags(model.index(won, commit)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(model.index(proof, commit), Qt.CheckState.Checked.value, state)
    assert {s.key for s in services.pipeline.stages() if s.commit} == {"proof", "negotiation"}
    assert not model.setData(model.index(won, commit), Qt.CheckState.Checked.value, state)
    # The forecast now counts a proof-of-value deal as Commit.
    from datetime import date

    from desktop.domain.reports.forecast import Category

    stage = {s.key: s.id for s in services.pipeline.stages()}["proof"]
    services.deals.save(DealRecord(title="POC", amount=100_000, stage_id=stage,
                                   expected_close=date(2026, 12, 10)), new_company="康宁医疗")
    december = services.reports.forecast().months[1]
    assert december.weighted(Category.COMMIT) == 60_000  # ¥100,000 × 60 %
