"""Duplicates by email and mobile, merge or skip, all or nothing, cancel, round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.importing import Action, ImportCancelled, ImportHasErrors, OnDuplicate
from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.services.importing.detect import parse_bytes

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "import"


def csv_table(text: str):
    return parse_bytes(text.encode("utf-8"))


def snapshot(services: Services) -> list[tuple]:
    return [(c.name, c.mobile, c.email, c.company_name, c.title, c.remarks) for c in services.contacts.list()]


@pytest.fixture
def known(services: Services) -> Services:
    services.contacts.save(ContactRecord(name="张伟", email="zhangwei@hdsteel.cn", title="经理"), "华东钢铁有限公司")
    services.contacts.save(ContactRecord(name="李娜", mobile="13923456789"))
    return services


def test_duplicates_are_matched_by_email_and_by_normalised_mobile(known: Services) -> None:
    table = csv_table(
        "姓名,手机,邮箱,职位\n张伟,,ZhangWei@HDSteel.cn,采购经理\n"
        "李娜,+86 139 2345 6789,,技术总监\n新人,13000000000,,\n"
    )
    plan = known.importing.plan(table, on_duplicate=OnDuplicate.MERGE)
    assert [(r.name, r.action, r.reason) for r in plan.rows] == [
        ("张伟", Action.UPDATE, "duplicate_email"),
        ("李娜", Action.UPDATE, "duplicate_mobile"),
        ("新人", Action.CREATE, ""),
    ]
    skip = known.importing.plan(table, on_duplicate=OnDuplicate.SKIP)
    assert [r.action for r in skip.rows] == [Action.SKIP, Action.SKIP, Action.CREATE]


def test_merge_fills_in_and_never_erases(known: Services) -> None:
    table = csv_table("Name,Mobile,Email,Title,Notes\n张伟,13812345678,zhangwei@hdsteel.cn,,第二次拜访\n")
    result = known.importing.apply(table, on_duplicate=OnDuplicate.MERGE)
    assert (result.created, result.updated) == (0, 1)
    zhang = next(c for c in known.contacts.list() if c.name == "张伟")
    assert zhang.title == "经理"  # the empty cell did not erase it
    assert zhang.mobile == "+8613812345678" and zhang.remarks == "第二次拜访"
    assert len(known.contacts.list()) == 2


def test_skip_leaves_the_book_record_alone(known: Services) -> None:
    before = snapshot(known)
    table = csv_table("Name,Mobile,Title\n李娜,13923456789,CTO\n")
    result = known.importing.apply(table, on_duplicate=OnDuplicate.SKIP)
    assert (result.updated, result.skipped) == (0, 1)
    assert snapshot(known) == before


def test_duplicates_inside_the_file_are_skipped(services: Services) -> None:
    table = csv_table("Name,Mobile\nAn Li,13800000001\nan li,138-0000-0001\nBo Wu,13800000001\n")
    plan = services.importing.plan(table)
    assert [(r.action, r.reason) for r in plan.rows] == [
        (Action.CREATE, ""),
        (Action.SKIP, "duplicate_in_file"),
        (Action.CREATE, ""),
    ]


def test_importing_the_same_file_twice_changes_nothing_the_second_time(services: Services) -> None:
    table = services.importing.read(FIXTURES / "contacts_utf8_bom.csv")
    services.importing.apply(table)
    before = snapshot(services)
    again = services.importing.plan(table)
    assert {r.action for r in again.rows} == {Action.SKIP}
    assert {r.reason for r in again.rows} == {"unchanged"}
    services.importing.apply(table)
    assert snapshot(services) == before


def test_rows_with_problems_block_the_whole_import(known: Services) -> None:
    before = snapshot(known)
    companies = [c.name for c in known.companies.list()]
    table = services_table = known.importing.read(FIXTURES / "malformed.csv")
    plan = known.importing.plan(services_table)
    problems = [(p.row, p.column, p.reason) for p in plan.problems]
    assert problems == [(3, "Name", "required"), (4, "Email", "email_invalid"), (5, "Mobile", "phone_invalid")]
    with pytest.raises(ImportHasErrors):
        known.importing.apply(table)
    assert snapshot(known) == before
    assert [c.name for c in known.companies.list()] == companies


def test_the_seller_can_import_only_the_valid_rows(services: Services) -> None:
    table = services.importing.read(FIXTURES / "malformed.csv")
    result = services.importing.apply(table, valid_only=True)
    assert (result.created, result.not_imported) == (2, 3)
    assert sorted(c.name for c in services.contacts.list()) == ["Another Good", "Good Person"]


def test_the_seller_can_fix_the_mapping(services: Services) -> None:
    table = csv_table("Kontakt,Firma,Handy\n孔明,蜀汉科技,13800001234\n")
    assert services.importing.plan(table).problems[0].reason == "no_name_column"
    result = services.importing.apply(table, ("name", "company", "mobile"))
    assert result.created == 1
    [contact] = services.contacts.list()
    assert (contact.company_name, contact.mobile) == ("蜀汉科技", "+8613800001234")


def test_a_cancelled_import_writes_nothing(services: Services) -> None:
    rows = "\n".join(f"客户{n},1380000{n:04d},公司{n % 7}" for n in range(200))
    table = csv_table("姓名,手机,公司\n" + rows + "\n")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 150

    with pytest.raises(ImportCancelled):
        services.importing.apply(table, progress=progress)
    assert seen[-1] == (150, 200)
    assert services.contacts.list() == [] and services.companies.list() == []
    result = services.importing.apply(table, progress=lambda d, t: None)
    assert (result.created, result.companies_created) == (200, 7)


def _compare(services: Services) -> list[tuple]:
    return [
        (
            c.name,
            c.name_alt,
            c.company_name,
            c.department,
            c.title,
            c.mobile,
            c.other_phone,
            c.email,
            c.wechat,
            c.qq,
            c.tags,
            c.remarks,
        )
        for c in services.contacts.list()
    ]


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_export_then_import_into_an_empty_book_gives_the_same_contacts(
    demo_services: Services, tmp_path: Path, clock, suffix: str, language: str
) -> None:
    demo_services.contacts.save(
        ContactRecord(
            name="多行 备注",
            mobile="+14155550123",
            remarks="第一行\n第二行, with a comma; 分号",
            tags=("a", "b c"),
            qq="10001",
        )
    )
    out = tmp_path / f"contacts{suffix}"
    result = demo_services.exporting.contacts(out, language=language)
    assert result.count == len(demo_services.contacts.list())
    empty = Services.open(tmp_path / "empty.dealbrief", clock)
    try:
        table = empty.importing.read(out)
        outcome = empty.importing.apply(table)
        assert outcome.not_imported == 0
        assert _compare(empty) == _compare(demo_services)
    finally:
        empty.close()


def test_csv_export_has_a_bom_for_excel(services: Services, tmp_path: Path) -> None:
    services.contacts.save(ContactRecord(name="张伟"))
    out = services.exporting.contacts(tmp_path / "c.csv", language="zh_CN").path
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + "姓名,".encode())


def test_vcard_export_is_version_3(services: Services, tmp_path: Path) -> None:
    services.contacts.save(ContactRecord(name="张伟", mobile="13812345678"), "华东钢铁")
    text = services.exporting.contacts(tmp_path / "c.vcf").path.read_text("utf-8")
    assert "VERSION:3.0" in text and "FN:张伟" in text and "ORG:华东钢铁" in text
    assert "TEL;TYPE=CELL:+8613812345678" in text


def test_book_json_holds_every_table_and_flags_deleted_rows(demo_services: Services, tmp_path: Path) -> None:
    gone = demo_services.contacts.save(ContactRecord(name="已删除的人"))
    demo_services.contacts.delete(gone.id)
    out = demo_services.exporting.whole_book(tmp_path / "book.json").path
    data = json.loads(out.read_text("utf-8"))
    assert data["format"] == "dealbrief-book" and data["format_version"] == 1
    from sqlmodel import SQLModel

    assert set(data["tables"]) == set(SQLModel.metadata.tables)
    contacts = {r["name"]: r for r in data["tables"]["contact"]}
    assert contacts["已删除的人"]["deleted_at"] is not None
    live = [r for r in data["tables"]["contact"] if r["deleted_at"] is None]
    assert len(live) == len(demo_services.contacts.list())
    assert len(data["tables"]["stage"]) >= 9
    one = next(r for r in live if r["mobile"])
    record = next(c for c in demo_services.contacts.list() if c.id == one["id"])
    assert (one["name"], one["mobile"], one["created_at"]) == (
        record.name,
        record.mobile,
        record.created_at.isoformat(),
    )


def test_a_mobile_shared_under_another_name_adds_a_person_instead_of_merging(known: Services) -> None:
    """A switchboard number (总机) is not a person: 王五 must not overwrite 李娜."""
    table = csv_table("姓名,手机,职位\n王五,13923456789,前台\n李 娜,139 2345 6789,技术总监\n")
    plan = known.importing.plan(table, on_duplicate=OnDuplicate.MERGE)
    assert [(r.name, r.action, r.reason) for r in plan.rows] == [
        ("王五", Action.CREATE, "shared_mobile"),
        ("李 娜", Action.UPDATE, "duplicate_mobile"),
    ]
    known.importing.apply(table, on_duplicate=OnDuplicate.MERGE, valid_only=True)
    people = {c.name: c.title for c in known.contacts.list()}
    assert people["王五"] == "前台"
    assert people["李娜"] == "技术总监"


def test_a_mobile_match_under_the_pinyin_name_is_the_same_person(known: Services) -> None:
    known.contacts.save(ContactRecord(name="王芳", name_alt="Wang Fang", mobile="13711112222"))
    table = csv_table("Name,Mobile,Title\nwang fang,137 1111 2222,CFO\n")
    plan = known.importing.plan(table, on_duplicate=OnDuplicate.MERGE)
    assert [(r.action, r.reason) for r in plan.rows] == [(Action.UPDATE, "duplicate_mobile")]
