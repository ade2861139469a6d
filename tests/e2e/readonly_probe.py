"""Run by tests/e2e/test_read_only.py: a book made read-only with chmod, for real.

File permissions do not bind root, so when started as root this process first becomes the
unprivileged user "nobody" (after its imports), in a folder that user owns.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

# imported before dropping privileges: "nobody" may not read the checkout or the Python
# installation (e.g. a checkout in a folder made by mktemp -d)
import sqlalchemy.dialects.sqlite.pysqlite  # noqa: F401

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage.errors import BookError
from tests.privileges import drop_to_nobody


def main(folder: Path) -> None:
    drop_to_nobody(folder)
    services = Services.open(folder / "book.dealbrief")
    services.contacts.save(ContactRecord(name="张伟"))
    services.book.engine.dispose()
    conn = sqlite3.connect(services.book.path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    files = list(folder.iterdir())
    for path in files:
        path.chmod(0o444)
    folder.chmod(0o555)
    try:
        services.contacts.save(ContactRecord(name="李娜"))
        print("saved")
    except BookError as exc:
        print(f"save refused: {exc.kind}")
    services.close()
    try:
        Services.open(folder / "book.dealbrief").close()
        print("opened")
    except BookError as exc:
        print(f"open refused: {exc.kind}")
    folder.chmod(0o755)
    for path in files:
        path.chmod(0o644)
    services = Services.open(folder / "book.dealbrief")
    print("names: " + ",".join(c.name for c in services.contacts.list()))
    services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
