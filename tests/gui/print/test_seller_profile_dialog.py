"""Settings → Seller profile: edit both languages and the cases, save to the book."""

from __future__ import annotations

from desktop.ui.bus import Bus
from desktop.ui.print.profile_dialog import CasesModel, SellerProfileDialog


def test_cases_model_passes_the_model_tester(qtmodeltester, demo_services):
    model = CasesModel(demo_services.seller_profile.get("zh_CN").cases, "zh_CN")
    qtmodeltester.check(model)
    row = model.add_case()
    model.setData(model.index(row, 0), "能源")
    qtmodeltester.check(model)
    assert model.cases[-1].industry == "能源"


def test_dialog_shows_the_demo_and_saves_edits(qtbot, demo_services):
    bus = Bus()
    dialog = SellerProfileDialog(demo_services, bus)
    qtbot.addWidget(dialog)
    zh = dialog.pages["zh_CN"]
    assert zh.form.fields["company_name"].text() == "智衡工业软件（苏州）有限公司"
    zh.form.fields["seller_name"].setText("李雷")
    zh.form.fields["value_statements"].setPlainText("一\n二")
    row = zh.cases.add_case()
    zh.cases.setData(zh.cases.index(row, 1), "某能源集团")
    with qtbot.waitSignal(bus.changed):
        assert dialog.save()
    saved = demo_services.seller_profile.get("zh_CN")
    assert saved.seller_name == "李雷" and saved.value_statements == ("一", "二")
    assert saved.cases[-1].customer == "某能源集团" and len(saved.cases) == 5
    assert saved.logo  # the logo was kept


def test_image_field_refuses_a_file_that_is_not_an_image(qtbot, services, tmp_path, answer_dialogs):
    asked, _ = answer_dialogs
    dialog = SellerProfileDialog(services, Bus())
    qtbot.addWidget(dialog)
    bad = tmp_path / "logo.png"
    bad.write_text("not a picture")
    assert not dialog.pages["en"].logo.load_file(str(bad))
    assert asked == ["Choose a PNG or JPEG image smaller than 2 MB."]
    assert dialog.pages["en"].logo.data is None


def test_solutions_and_taglines_can_be_tagged_by_industry(qtbot, services):
    bus = Bus()
    dialog = SellerProfileDialog(services, bus)
    qtbot.addWidget(dialog)
    zh = dialog.pages["zh_CN"]
    zh.form.fields["company_name"].setText("智衡软件")
    zh.form.fields["tagline"].setPlainText("[医疗] 让每一台设备可追溯\n专注工业软件")
    zh.form.fields["solutions"].setPlainText("[制造业，汽车] 产线看板：实时数据\n数据平台：通用")
    with qtbot.waitSignal(bus.changed):
        assert dialog.save()
    saved = services.seller_profile.get("zh_CN")
    assert saved.tagline == "[医疗] 让每一台设备可追溯\n专注工业软件"
    assert [(s.name, s.industries) for s in saved.solutions] == [
        ("产线看板", ("制造业", "汽车")), ("数据平台", ())]
    again = SellerProfileDialog(services, bus)
    qtbot.addWidget(again)
    assert again.pages["zh_CN"].form.fields["solutions"].toPlainText() == (
        "[制造业，汽车] 产线看板：实时数据\n数据平台：通用")
