"""A full disk or a read-only book during a save: a typed error and nothing half-written."""

from __future__ import annotations

import pytest

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage.errors import BookError, BookErrorKind
from tests.faults import fill_disk, make_read_only


def test_disk_full_during_an_import_writes_nothing(services: Services) -> None:
    services.contacts.save(ContactRecord(name="已有"))
    fill_disk(services.book)
    rows = "\n".join(f"客户{n},1380000{n:04d},公司{n},{'备注' * 300}" for n in range(300))
    from desktop.services.importing.detect import parse_bytes

    table = parse_bytes(("姓名,手机,公司,备注\n" + rows + "\n").encode())
    with pytest.raises(BookError) as info:
        services.importing.apply(table)
    assert info.value.kind == BookErrorKind.DISK_FULL
    assert [c.name for c in services.contacts.list()] == ["已有"]
    assert services.companies.list() == []


def test_disk_full_during_a_save_keeps_the_book_as_it_was(services: Services) -> None:
    fill_disk(services.book)
    with pytest.raises(BookError) as info:
        services.contacts.save(ContactRecord(name="大备注", remarks="拜访记录" * 20000))
    assert info.value.kind == BookErrorKind.DISK_FULL
    assert services.contacts.list() == []


def test_read_only_book_during_a_save(services: Services) -> None:
    make_read_only(services.book)
    with pytest.raises(BookError) as info:
        services.contacts.save(ContactRecord(name="张伟"))
    assert info.value.kind == BookErrorKind.READ_ONLY
    assert services.contacts.list() == []
