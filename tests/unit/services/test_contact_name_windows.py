"""The contacts list's name order a window at a time (issue 20): every window and every
contact's position, read from the index, agree with the whole order read at once, in both
languages' group order and both directions, at and across the two name groups' edge."""

from __future__ import annotations

import pytest

from desktop.domain.people import ContactRecord

NAMES = ["王建国", "Alice Brown", "阿里", "bob Stone", "白明", "Zed Young", "张伟", "李敏", "连杰",
         "Åsa Berg", "王建国", "alice brown"]  # equal names: the id breaks the tie


@pytest.fixture
def people(services):
    for name in NAMES:
        services.contacts.save(ContactRecord(name=name))
    gone = services.contacts.save(ContactRecord(name="陈默"))
    services.contacts.delete(gone.id)
    return services, gone.id


@pytest.mark.parametrize("chinese_first", [True, False])
@pytest.mark.parametrize("descending", [False, True])
def test_windows_and_positions_agree_with_the_whole_order(people, chinese_first, descending):
    services, gone = people
    contacts = services.contacts
    groups = contacts.name_groups()
    assert groups == (7, 5) and sum(groups) == contacts.count()
    whole = contacts.ids_by_name(chinese_first=chinese_first)
    if descending:
        whole = whole[::-1]
    n = len(whole)
    for offset in range(n + 1):
        for limit in (1, 2, 5, n):
            assert contacts.ids_by_name_window(
                offset, limit, chinese_first=chinese_first, descending=descending, groups=groups,
            ) == whole[offset:offset + limit], (offset, limit)
    for row, contact_id in enumerate(whole):
        assert contacts.name_position(contact_id, chinese_first=chinese_first,
                                      descending=descending, groups=groups) == row
    assert contacts.name_position(gone, chinese_first=chinese_first, descending=descending,
                                  groups=groups) is None
