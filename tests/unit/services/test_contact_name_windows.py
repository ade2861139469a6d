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


@pytest.mark.parametrize("chinese_first", [True, False])
@pytest.mark.parametrize("descending", [False, True])
def test_a_window_read_from_a_known_row_is_the_same_window(people, chinese_first, descending):
    """The scroll bar dragged: a window is walked to from an id already read (before or after
    it, in either group), and is the same ids as read from the group's ends."""
    services, _gone = people
    contacts = services.contacts
    groups = contacts.name_groups()
    whole = contacts.ids_by_name(chinese_first=chinese_first)
    if descending:
        whole = whole[::-1]
    n = len(whole)
    for offset in range(n):
        for limit in (1, 3):
            limit = min(limit, n - offset)
            for row, anchor_id in enumerate(whole):
                assert contacts.ids_by_name_window(
                    offset, limit, chinese_first=chinese_first, descending=descending,
                    groups=groups, anchor=(row, anchor_id),
                ) == whole[offset:offset + limit], (offset, limit, row)


def test_the_walk_starts_from_the_anchor_only_when_it_is_nearer_than_the_ends():
    from desktop.services.people import _seek

    parts = [(True, 1000), (False, 500)]  # rows 0…999, then 1000…1499
    assert _seek(parts, 600, 50, 549) == (50, 50, True)  # 50 rows on from row 549
    assert _seek(parts, 600, 50, 700) == (50, 50, False)  # back from row 700
    assert _seek(parts, 20, 50, 549) is None  # the group's start is nearer
    assert _seek(parts, 950, 50, 999) is None  # so is its end
    assert _seek(parts, 1200, 50, 700) is None  # the anchor is in the other group
    assert _seek(parts, 990, 20, 500) is None  # the window spans both groups
