"""Opening, creating and migrating a book; sessions with typed errors.

One SQLite file per book. WAL journal, foreign keys on, full sync (a seller's book is worth the
few milliseconds), user-only file permissions. `Book.session()` is the one place a transaction is
committed: services open it, do one user action, and leave.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, SQLModel

from desktop.storage import (
    search,
    tables,  # noqa: F401  (registers the tables with SQLModel.metadata)
)
from desktop.storage.errors import BookError, BookErrorKind, translate
from desktop.storage.files import replacing
from desktop.storage.schema import APPLICATION_ID, LATEST_VERSION, migrate

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.close()


def _create_file(path: Path) -> None:
    """Create an empty file readable by the user only (WAL and SHM files inherit its mode)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        pass
    except PermissionError as exc:
        raise BookError(BookErrorKind.READ_ONLY, path, str(exc)) from exc
    except OSError as exc:
        raise BookError(BookErrorKind.CANNOT_OPEN, path, str(exc)) from exc


def _inspect(path: Path) -> tuple[int, int, int]:
    """(application_id, user_version, number of tables) without changing the file."""
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return app_id, version, count
    finally:
        conn.close()


def _check_length(path: Path, header: bytes) -> None:
    """Refuse a truncated file before SQLite sees it (a truncated book must never be written).

    The header says how many pages the file holds; only a live -wal file may hold pages the
    main file does not have yet.
    """
    if len(header) < 100:
        raise BookError(BookErrorKind.CORRUPT, path, "shorter than an SQLite header")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size_valid = header[24:28] == header[92:96]
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    if page_size < 512 or size % page_size or (size_valid and size < pages * page_size):
        raise BookError(BookErrorKind.CORRUPT, path, f"truncated: {size} bytes")


def online_copy(source: Path, dest: Path) -> Path:
    """Copy a book with SQLite's online backup API (safe while the book is open elsewhere)."""
    with replacing(dest) as tmp:  # user-only, never through a symlink, renamed when whole
        src = sqlite3.connect(source)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    return dest


def pre_migration_backup_path(path: Path, version: int, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return path.parent / "backups" / f"{path.stem}-before-v{version + 1}-{stamp}.db"


class Book:
    """An open book: the engine and the sessions over one SQLite file."""

    def __init__(self, path: Path, engine: Engine, *, created: bool, migrated_from: int | None):
        self.path = path
        self.engine = engine
        self.created = created
        self.migrated_from = migrated_from

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except (DBAPIError, sqlite3.Error) as exc:  # sqlite3: queries in storage/listing.py
            session.rollback()
            raise translate(exc, self.path) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; never commits."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        except (DBAPIError, sqlite3.Error) as exc:
            raise translate(exc, self.path) from exc
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_book(path: Path | str, *, create: bool = True, now: datetime | None = None) -> Book:
    """Open (or create) the book at `path`, migrating an older one after copying it.

    Raises BookError for every situation the seller can act on; the file is never overwritten
    when it is not a Dealbrief book, is damaged, or is from a newer version.
    """
    path = Path(path).expanduser()
    now = now or datetime.now()
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new:
        if not create:
            raise BookError(BookErrorKind.CANNOT_OPEN, path, "no such file")
        _create_file(path)
    else:
        if path.is_dir():
            raise BookError(BookErrorKind.NOT_A_BOOK, path, "a folder")
        try:
            with path.open("rb") as fh:
                header = fh.read(100)
        except PermissionError as exc:
            raise BookError(BookErrorKind.CANNOT_OPEN, path, str(exc)) from exc
        if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
            raise BookError(BookErrorKind.NOT_A_BOOK, path, "not an SQLite file")
        _check_length(path, header)
        try:
            app_id, version, table_count = _inspect(path)
        except sqlite3.Error as exc:
            raise translate(exc, path) from exc
        if app_id != APPLICATION_ID:
            if app_id == 0 and version == 0 and table_count == 0:
                is_new = True  # an empty SQLite file: make it a book
            else:
                raise BookError(BookErrorKind.NOT_A_BOOK, path, f"application_id {app_id:#x}")
        elif version > LATEST_VERSION:
            raise BookError(BookErrorKind.TOO_NEW, path, f"version {version}")
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise BookError(BookErrorKind.READ_ONLY, path)

    migrated_from: int | None = None
    try:
        if not is_new and version < LATEST_VERSION:
            online_copy(path, pre_migration_backup_path(path, version, now))
            conn = sqlite3.connect(path, isolation_level=None)
            try:
                migrate(conn, version)
            finally:
                conn.close()
            migrated_from = version

        engine = create_engine(
            f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 3}
        )
        event.listen(engine, "connect", _set_pragmas)
        with engine.begin() as conn:
            SQLModel.metadata.create_all(conn)
            search.ensure_schema(conn)
            if is_new:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.exec_driver_sql(f"PRAGMA user_version = {LATEST_VERSION}")
    except (sqlite3.Error, DBAPIError) as exc:
        raise translate(exc, path) from exc

    book = Book(path, engine, created=is_new, migrated_from=migrated_from)
    if is_new or migrated_from is not None:
        # A migrated book may predate the pipeline tables: give it the defaults too.
        from desktop.storage.seed import seed_defaults

        with book.session() as session:
            seed_defaults(session)
    return book
