"""Settings → Pipeline: cells save at once; refused edits say why."""

from PySide6.QtCore import Qt

from desktop.domain.deals import DealRecord
from desktop.ui.deals.pipeline_dialog import PipelineDialog


def test_rename_add_and_refused_removal(qtbot, services, qtmodeltester):
    services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    dialog = PipelineDialog(services)
    qtbot.addWidget(dialog)
    model = dialog.stages.model
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 0), "潜在线索", Qt.ItemDataRole.EditRole)
    assert services.stages.stages()[0].name_zh == "潜在线索"
    assert not model.setData(model.index(0, 2), "150", Qt.ItemDataRole.EditRole)
    assert "0 to 100" in dialog.stages.error.text()
    dialog.stages.table.selectRow(0)
    dialog.stages._with_selected(lambda r: services.stages.remove_stage(r.id))
    assert "1 deal" in dialog.stages.error.text()
    before = len(services.stages.stages())
    dialog.stages._run(lambda: services.stages.save_stage(services.stages.stages()[0].__class__(name_en="X", name_zh="新")))
    assert model.rowCount() == before + 1
