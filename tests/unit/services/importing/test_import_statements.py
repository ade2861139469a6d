"""An import's reads do not grow with its rows: matching and merging are done in a fixed number
of queries, not one per row (bench/measures/importing.py times 10,000 rows)."""

from __future__ import annotations

from sqlalchemy import event

from desktop.domain.importing import OnDuplicate
from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.services.importing.detect import parse_bytes


def csv_text(n: int) -> str:
    """n rows: a third merge into contacts already in the book, the rest are new people at
    companies the book does not know yet."""
    lines = ["姓名,公司,职位,手机,邮箱"]
    for i in range(n):
        if i % 3 == 0:
            lines.append(f"老客户{i},老公司,新职位{i},,old{i}@example.cn")
        else:
            lines.append(f"新人{i},新公司{i % 7},经理,1390000{i:04d},new{i}@example.cn")
    return "\n".join(lines) + "\n"


def reads(services: Services, n: int) -> int:
    for i in range(0, n, 3):
        services.contacts.save(ContactRecord(name=f"老客户{i}", email=f"old{i}@example.cn"), "老公司")
    table = parse_bytes(csv_text(n).encode("utf-8"))
    seen: list[str] = []

    def trace(dbapi, _record, _proxy) -> None:  # noqa: ANN001
        dbapi.set_trace_callback(seen.append)

    event.listen(services.book.engine, "checkout", trace)
    try:
        result = services.importing.apply(table, None, OnDuplicate.MERGE)
    finally:
        event.remove(services.book.engine, "checkout", trace)
    assert result.created == n - len(range(0, n, 3)) and result.updated == len(range(0, n, 3))
    return sum(s.lstrip().upper().startswith("SELECT") for s in seen)


def test_importing_three_times_the_rows_takes_as_many_reads(tmp_path) -> None:
    small = Services.open(tmp_path / "small.dealbrief")
    big = Services.open(tmp_path / "big.dealbrief")
    try:
        assert reads(small, 30) == reads(big, 90)
    finally:
        small.close()
        big.close()
