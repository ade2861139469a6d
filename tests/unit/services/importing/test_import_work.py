"""What a 10,000-row import spent its time on, kept from coming back (issue 20; bench/measures/
importing.py times it): the apply after a preview checked every row again, and every new contact
was built as an ORM object and flushed through the unit of work. No timing: the work is counted."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from desktop.domain.importing import OnDuplicate
from desktop.domain.people import ContactRecord
from desktop.services import people, phones
from desktop.services.container import Services
from desktop.services.importing.detect import parse_bytes
from desktop.storage.tables import Contact

CSV = (
    "姓名,公司,手机,邮箱,备注\n"
    "王芳,新客户科技,139 0000 0001,wangfang@new.example.cn,展会\n"
    "李强,,+86 13900000002,,\n"
    "赵\x07敏,老公司,021-6234 5678,zhaomin@old.example.cn,\n"  # a control character, an office line
    "张伟,老公司,,zhangwei@old.example.cn,第二次拜访\n"  # already in the book: merged
)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the row checks ran: pinyin filled in, mobile cell checked for an office line."""
    calls = {"pinyin": 0, "landline": 0}

    def count(key: str, fn):  # noqa: ANN001, ANN202
        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            calls[key] += 1
            return fn(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(people, "fill_name_alt", count("pinyin", people.fill_name_alt))
    monkeypatch.setattr(phones, "is_landline", count("landline", phones.is_landline))
    return calls


def test_the_apply_after_a_preview_does_not_check_the_rows_again(
        services: Services, counted: dict[str, int]) -> None:
    services.contacts.save(ContactRecord(name="张伟", email="zhangwei@old.example.cn"), "老公司")
    table = parse_bytes(CSV.encode("utf-8"))
    counted.update(pinyin=0, landline=0)
    plan = services.importing.plan(table, None, OnDuplicate.MERGE)
    assert counted == {"pinyin": 4, "landline": 4}  # what the cause would repeat
    result = services.importing.apply(table, None, OnDuplicate.MERGE)
    assert counted == {"pinyin": 4, "landline": 4}, "apply checked the previewed rows again"
    assert [r.action.value for r in plan.rows] == ["create", "create", "create", "update"]
    assert (result.created, result.updated) == (3, 1)
    # the next import is checked afresh (the answers are kept from a preview to its apply only)
    services.importing.apply(parse_bytes("姓名\n孙丽\n".encode()), None, OnDuplicate.MERGE)
    assert counted["pinyin"] == 5


def test_new_contacts_are_inserted_as_rows_not_built_as_orm_objects(services: Services) -> None:
    services.contacts.save(ContactRecord(name="张伟", email="zhangwei@old.example.cn"), "老公司")
    built: list[object] = []

    def on_init(target: object, _args: object, _kwargs: object) -> None:
        built.append(target)

    event.listen(Contact, "init", on_init)
    try:
        result = services.importing.apply(parse_bytes(CSV.encode("utf-8")), None, OnDuplicate.MERGE)
    finally:
        event.remove(Contact, "init", on_init)
    assert built == [], "a new contact was built as an ORM object"
    contacts = {c.id: c for c in services.contacts.list()}
    assert [contacts[i].name for i in result.contact_ids] == ["王芳", "李强", "赵敏", "张伟"]
    wang, li, zhao, zhang = (contacts[i] for i in result.contact_ids)
    assert (wang.name_alt, wang.mobile, wang.company_name, wang.remarks) == (
        "Wang Fang", "+8613900000001", "新客户科技", "展会")
    assert (li.mobile, li.company_name) == ("+8613900000002", "")
    assert zhao.name == "赵敏"  # cleaned as the ORM rows are (storage/text_guard.py)
    assert (zhao.mobile, zhao.other_phone) == ("", "+862162345678")
    assert zhang.remarks == "第二次拜访"
    found = services.search.search("13900000002")
    assert [hit.id for hit in found.of("contact")] == [li.id]  # the search index has it
