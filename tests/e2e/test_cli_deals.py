"""`dealbrief deals` as text and as JSON, on a demo book."""

import json

from desktop.cli import main


def test_deals_text_and_json(book_path, capsys):
    assert main(["--book", str(book_path), "demo"]) == 0
    capsys.readouterr()
    assert main(["--book", str(book_path), "deals"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["Company", "Deal", "Stage", "Amount", "Days", "Gaps"]
    mes = next(line for line in out if "数字化车间 MES 升级" in line)
    assert "Negotiation / tender" in mes and "¥1,280,000" in mes and "Signer (李敏) not met yet." in mes
    assert not any("品控数据化" in line for line in out)  # won: not open
    tender = next(line for line in out if "设备管理平台招标" in line)
    assert "No budget holder identified yet. 林晓 opposes you" in tender  # two gaps, two sentences
    assert main(["--book", str(book_path), "deals", "--json", "--lang", "zh_CN"]) == 0
    rows = json.loads(capsys.readouterr().out)
    mes = next(r for r in rows if r["title"] == "数字化车间 MES 升级")
    assert mes["stage"] == "negotiation" and mes["amount"] == 1_280_000 and mes["days_in_stage"] >= 0
    assert mes["gaps"] == [{"code": "role_not_met", "text": "还没见过签字方（李敏）。"}]
    assert {r["status"] for r in rows} == {"open"}


def test_deals_on_a_missing_book_fails_plainly(tmp_path, capsys):
    assert main(["--book", str(tmp_path / "none.db"), "deals"]) == 2
    assert "dealbrief:" in capsys.readouterr().err
