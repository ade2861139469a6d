"""The whole book back from its JSON export: the same book, into an empty book only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.importing import ImportUnreadable
from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.services.importing.book_json import BookNotEmpty
from desktop.services.importing.detect import parse_bytes


def without_stamp(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "exported_at"}


@pytest.fixture
def exported(demo_services: Services, tmp_path: Path) -> Path:
    gone = demo_services.contacts.save(ContactRecord(name="已删除的人"))
    demo_services.contacts.delete(gone.id)
    return demo_services.exporting.whole_book(tmp_path / "book.json").path


@pytest.fixture
def empty(tmp_path: Path, clock):
    book = Services.open(tmp_path / "empty.dealbrief", clock)
    yield book
    book.close()


def test_json_export_then_import_into_an_empty_book_gives_the_same_book(
    demo_services: Services, exported: Path, empty: Services
) -> None:
    assert empty.importing.is_whole_book(exported) and empty.importing.book_is_empty()
    export = empty.importing.read_book(exported)
    assert export.live("contact") == len(demo_services.contacts.list())
    rows = empty.importing.apply_book(export)
    assert rows == sum(export.counts.values())
    assert without_stamp(empty.exporting.book_data()) == without_stamp(demo_services.exporting.book_data())
    assert [c.name for c in empty.contacts.list()] == [c.name for c in demo_services.contacts.list()]
    assert empty.search.search("预算").hits == demo_services.search.search("预算").hits


def test_a_book_with_data_is_refused_and_left_as_it_was(services: Services, exported: Path) -> None:
    services.contacts.save(ContactRecord(name="王芳"))
    before = services.exporting.book_data()
    assert not services.importing.book_is_empty()
    with pytest.raises(BookNotEmpty):
        services.importing.apply_book(services.importing.read_book(exported))
    assert without_stamp(services.exporting.book_data()) == without_stamp(before)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.update(schema_version=99), "book_json_too_new"),
        (lambda d: d.update(format_version=2), "book_json"),
        (lambda d: d["tables"].update(gadget=[]), "book_json"),
        (lambda d: d["tables"]["contact"][0].update(shoe_size=42), "book_json"),
    ],
)
def test_an_export_that_does_not_fit_is_refused(exported: Path, services: Services, change, reason: str) -> None:
    data = json.loads(exported.read_text("utf-8"))
    change(data)
    exported.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(ImportUnreadable) as info:
        services.importing.read_book(exported)
    assert info.value.reason == reason


def test_a_bad_value_midway_writes_nothing(exported: Path, empty: Services) -> None:
    services = empty
    data = json.loads(exported.read_text("utf-8"))
    data["tables"]["visit"][-1]["planned_at"] = "not a date"
    exported.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    stages = [s.name_en for s in services.pipeline.stages()]
    with pytest.raises(ImportUnreadable):
        services.importing.apply_book(services.importing.read_book(exported))
    assert services.contacts.list() == [] and services.companies.list() == []
    assert [s.name_en for s in services.pipeline.stages()] == stages  # the defaults were not dropped


def test_the_contacts_reader_names_a_whole_book_file(exported: Path) -> None:
    with pytest.raises(ImportUnreadable) as info:
        parse_bytes(exported.read_bytes())
    assert info.value.reason == "whole_book"
