"""Opening, creating and migrating a book; sessions with typed errors.

One SQLite file per book. WAL journal, foreign keys on, full sync (a seller's book is worth the
few milliseconds), user-only file permissions. `Book.session()` is the one place a transaction is
committed: services open it, do one user action, and leave.

Trust (README "Your data is safe"):
- A new book is built whole in a temporary file beside it (tables, triggers, id, version and the
  default lists in one transaction), checked, and linked into place: a crash leaves either no
  book or a whole one, never a half-made file.
- Before the first write after opening, the book passes SQLite's quick_check and the schema
  check (storage/check.py). A book that fails is never written: it is refused (DAMAGED), or, when
  the caller only reads, opened read-only. So is a book on a read-only medium (READ_ONLY).
  The app opens with `check_later`: the book is read at once and checked on a worker thread
  (`Book.check`); until the check passes every write is refused (CHECKING), and a book that
  fails becomes read-only, never written (issue 20: the check is not on the start path).
- Write sessions begin with BEGIN IMMEDIATE (SQLAlchemy's pysqlite recipe: the driver's own
  BEGIN is turned off and the `begin` event emits ours), so what a transaction reads before it
  writes cannot change under it. Reading sessions begin deferred and never block a writer.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.storage import cipher, functions
from desktop.storage.check import check_schema, quick_check
from desktop.storage.errors import BookError, BookErrorKind, classify, translate
from desktop.storage.files import replacing
from desktop.storage.leftovers import clean_leftovers
from desktop.storage.schema import APPLICATION_ID, LATEST_VERSION, migrate
from desktop.storage.unlock import passphrase_for

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlmodel import Session

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000
_IMMEDIATE = "dealbrief_immediate"


def _db_errors() -> tuple[type[BaseException], ...]:
    """sqlite3's (and sqlcipher3's) errors and SQLAlchemy's wrapper of them, for `except`."""
    from sqlalchemy.exc import DBAPIError

    return (DBAPIError, *cipher.db_errors())


def _load_orm() -> None:
    """SQLModel with the book's tables and the text guard. A book's engine loads them when it is
    first used, so opening a book and reading it raw (the app's first window) does without them."""
    from desktop.storage import (
        tables,  # noqa: F401  (registers the tables with SQLModel.metadata)
        text_guard,  # noqa: F401  (no NUL or control characters stored)
    )


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None  # the `begin` event below starts every transaction
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA trusted_schema = OFF")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.close()
    functions.register(dbapi_conn)


def _set_read_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA trusted_schema = OFF")
    cur.execute("PRAGMA query_only = ON")
    cur.close()
    functions.register(dbapi_conn)


def _begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(_IMMEDIATE)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _os_error(exc: OSError, path: Path) -> BookError:
    error = translate(exc, path)
    if isinstance(error, BookError):
        return error
    return BookError(BookErrorKind.CANNOT_OPEN, path, str(exc))


def _check_length(header: bytes, path: Path) -> str:
    """Why the file is shorter than its header says ("" when it is not); a truncated book must
    never be written. Only a live -wal file may hold pages the main file does not have yet."""
    if len(header) < 100:
        return "shorter than an SQLite header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size_valid = header[24:28] == header[92:96]
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return ""
    if page_size < 512 or size % page_size or (size_valid and size < pages * page_size):
        return f"truncated: {size} bytes"
    return ""


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads `path` without ever writing it or its folder.

    mode=ro still needs the -shm file when the folder cannot be written; a book closed cleanly
    has no -wal, and is then opened `immutable` (nothing beside it is created or read)."""
    uri = path.resolve().as_uri()
    folder_writable = os.access(path.parent, os.W_OK)
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    live_wal = wal.exists() and wal.stat().st_size > 0
    if not folder_writable and not live_wal and not (shm.exists() and os.access(shm, os.W_OK)):
        return uri + "?mode=ro&immutable=1"
    return uri + "?mode=ro"


def online_copy(source: Path, dest: Path, passphrase: str | None = None) -> Path:
    """Copy a book with SQLite's online backup API (safe while the book is open elsewhere);
    the copy of a locked book is locked with the same passphrase."""
    with replacing(dest) as tmp:  # user-only, never through a symlink, renamed when whole
        src = cipher.connect(source, passphrase)
        dst = cipher.connect(tmp, passphrase)
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
    """An open book: the engine and the sessions over one SQLite file.

    `read_only` is None for a book that may be written, else why it may not (READ_ONLY: the file
    or its medium; DAMAGED: it failed its check, `backup` is then the newest good backup)."""

    def __init__(self, path: Path, engine: Engine | None, *, created: bool,
                 migrated_from: int | None, read_only: BookErrorKind | None = None,
                 backup: Path | None = None, problems: tuple[str, ...] = (),
                 passphrase: str | None = None, checking: bool = False):
        self.path = path
        self.passphrase = passphrase  # None: a plain SQLite book
        self.created = created
        self.migrated_from = migrated_from
        self.read_only = read_only
        self.backup = backup
        self.problems = problems
        self._engine_lock = threading.Lock()
        self._engine: Engine | None = None
        self._writer: Engine | None = None
        if engine is not None:
            self._use(engine)
        self._local = threading.local()
        self._raw: list[Any] = []  # connections of raw_reading() made before the engine
        # True until `check()` has run: opened with check_later, not checked yet, never written
        self.checking = checking
        self._check_stopped = False
        self._alongside: threading.Thread | None = None  # check_alongside(): the check's thread
        self._check_failed: BaseException | None = None  # and what it raised
        self._watched: Any = None  # the connection that check reads with

    def _use(self, engine: Engine) -> None:
        self._engine = engine
        self._writer = engine.execution_options(**{_IMMEDIATE: True})

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine over the book, made (and SQLModel loaded) when first needed."""
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._use(_make_engine(self.path, self.read_only is not None, self.passphrase))
        return self._engine  # type: ignore[return-value]

    @property
    def writer(self) -> Engine:
        """The engine whose transactions begin IMMEDIATE (write sessions)."""
        self.engine  # noqa: B018  (made on first use)
        return self._writer  # type: ignore[return-value]

    @contextmanager
    def raw_reading(self) -> Iterator[Any]:
        """A DB-API connection for reads in plain SQL (storage/queries/today.py), never written
        through: inside `all_or_nothing()` that transaction's; once the engine is made, a reading
        session's; before that (the app's first window, issue 20) a read-only connection of its
        own, so Today is read without SQLAlchemy. One transaction for the block."""
        shared = getattr(self._local, "session", None)
        if shared is not None:
            shared.flush()
            yield shared.connection().connection.driver_connection
            return
        if self._engine is not None:
            with self.reading() as s:
                yield s.connection().connection.driver_connection
            return
        conn = getattr(self._local, "raw", None)
        try:
            if conn is None:
                conn = cipher.connect(read_only_uri(self.path), self.passphrase, uri=True,
                                      isolation_level=None, check_same_thread=False,
                                      timeout=BUSY_TIMEOUT_MS / 1000)
                conn.execute("PRAGMA trusted_schema = OFF")
                conn.execute("PRAGMA query_only = ON")
                functions.register(conn)
                self._local.raw = conn
                self._raw.append(conn)
            conn.execute("BEGIN")
        except cipher.db_errors() as exc:
            raise translate(exc, self.path) from exc
        try:
            yield conn
        except cipher.db_errors() as exc:
            raise translate(exc, self.path) from exc
        finally:
            conn.execute("ROLLBACK")

    @property
    def writable(self) -> bool:
        return self.read_only is None and not self.checking

    @property
    def damaged(self) -> bool:
        return self.read_only is BookErrorKind.DAMAGED

    def refuse_writes(self) -> None:
        """Raise the book's read-only reason (READ_ONLY or DAMAGED), or CHECKING while its check
        has not passed yet, before anything is tried."""
        if self.checking:
            raise BookError(BookErrorKind.CHECKING, self.path, "the book is being checked")
        if self.read_only is not None:
            raise BookError(self.read_only, self.path, "; ".join(self.problems), backup=self.backup)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        Inside `all_or_nothing()` the block joins that transaction instead (flushed, not
        committed)."""
        shared = getattr(self._local, "session", None)
        if shared is not None:
            yield shared
            shared.flush()
            return
        self.refuse_writes()
        from sqlmodel import Session

        session = Session(self.writer, expire_on_commit=False)
        try:
            with self._committed(session):
                yield session
        finally:
            session.close()

    @contextmanager
    def all_or_nothing(self) -> Iterator[Session]:
        """One transaction for many user actions (the demo): every `session()` and `reading()`
        of this thread inside the block joins it; nothing is kept unless the whole block ends."""
        self.refuse_writes()
        from sqlmodel import Session

        session = Session(self.writer, expire_on_commit=False)
        self._local.session = session
        try:
            with self._committed(session):
                yield session
        finally:
            self._local.session = None
            session.close()

    @contextmanager
    def _committed(self, session: Session) -> Iterator[Session]:
        """Commit when the block ends; roll back if it raises, a storage error as a BookError."""
        try:
            yield session
            session.commit()
        except _db_errors() as exc:  # sqlite3: storage/queries/listing.py
            session.rollback()
            raise translate(exc, self.path) from exc
        except BaseException:
            session.rollback()
            raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; never commits."""
        shared = getattr(self._local, "session", None)
        if shared is not None:
            yield shared
            return
        from sqlmodel import Session

        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        except _db_errors() as exc:
            raise translate(exc, self.path) from exc
        finally:
            session.rollback()
            session.close()

    def check(self) -> None:
        """The check `open_book(check_later=True)` left for later (the app runs it on a worker
        thread after its window is shown): SQLite's quick_check and the schema check, then what
        opening does before the first write (leftovers cleared, new tables made). Writes are
        refused until this passes. A book that fails is made read-only, never written, and its
        BookError raised (DAMAGED with the newest good backup, UNTRUSTED…)."""
        if not self.checking or self._check_stopped:
            return
        try:
            _version, problems = inspect_book(self.path, self.passphrase, watch=self._watch)
            if self._check_stopped:
                return  # the app is closing: unchecked, so still never written
            if problems:
                raise BookError(BookErrorKind.DAMAGED, self.path, "; ".join(problems),
                                backup=_newest_good_backup(self.path, self.passphrase))
        except BookError as error:
            if self._check_stopped:
                return
            self._refuse(error)
            raise
        try:
            clean_leftovers(self.path)
            _complete(self.engine)
        except _db_errors() as exc:
            raise translate(exc, self.path) from exc
        except OSError as exc:
            raise _os_error(exc, self.path) from exc
        self.checking = False

    def check_alongside(self) -> None:
        """Start `check()` on a thread of its own, for a command that only reads (a brief or a deck
        printed from the command line, issue 20): SQLite's quick_check runs outside the GIL, so
        the document is read and laid out meanwhile. Nothing read may be written or shown before
        `checked()` has returned: until then the book is not trusted. No-op for a checked book."""
        if not self.checking or self._alongside is not None:
            return
        self._alongside = threading.Thread(target=self._check_aside, name="book-check", daemon=True)
        self._alongside.start()

    def _check_aside(self) -> None:
        try:
            self.check()
        except BaseException as exc:  # noqa: BLE001 - handed to checked(), which raises it
            self._check_failed = exc
        finally:
            self._watched = None

    def checked(self) -> None:
        """Wait for the check `check_alongside()` started; raise what it raised (a BookError:
        DAMAGED, UNTRUSTED…; the book is then read-only, never written). Returns at once for a
        book whose check was not left to a thread."""
        if self._alongside is not None:
            self._alongside.join()
        if self._check_failed is not None:
            raise self._check_failed
        if self._alongside is not None and self.checking:  # stopped (closing): not passed
            raise BookError(BookErrorKind.CHECKING, self.path, "the check was stopped")

    @property
    def checks_alongside(self) -> bool:
        """The book's check was left to a thread (`check_alongside`): any damage is its verdict."""
        return self._alongside is not None

    @property
    def check_failed(self) -> bool:
        """The check `check_alongside()` started has failed (checked() raises its error)."""
        return self._check_failed is not None

    def _watch(self, conn: Any) -> None:
        """The check's connection: its statements stop as soon as `stop_check` is called (a
        progress handler, not sqlite3_interrupt, which is lost when no statement runs yet).

        Checked alongside a document's layout, the handler runs every million steps, not every
        thousand: each call takes the GIL from the thread laying out, and at 6,400 calls for the
        1× bench book's quick_check both threads waited on each other (1.6 s instead of 0.2 s);
        `stop_check` interrupts the statement running meanwhile."""
        alongside = self._alongside is not None
        conn.set_progress_handler(lambda: 1 if self._check_stopped else 0,
                                  1_000_000 if alongside else 1000)
        if alongside:
            self._watched = conn

    def stop_check(self) -> None:
        """Stop a running `check()` (the app is closing): the book stays unchecked, so it is not
        written; the next start checks it again."""
        self._check_stopped = True
        watched = self._watched
        if watched is not None:  # check_alongside's statement, between its progress calls
            try:
                watched.interrupt()
            except cipher.db_errors():
                pass  # closed meanwhile: that check is over

    def _refuse(self, error: BookError) -> None:
        """After a failed check: read-only from now on, through a read-only engine."""
        self.read_only, self.backup = error.kind, error.backup
        self.problems = (error.detail,) if error.detail else ()
        old = self._engine
        self._use(_make_engine(self.path, True, self.passphrase))
        if old is not None:
            old.dispose()
        self.checking = False  # writes are refused by read_only from here on

    def close(self) -> None:
        self.stop_check()
        if self._alongside is not None:
            self._alongside.join()  # stopped at its next step: nothing runs on a closed book
        if self._engine is not None:
            self._engine.dispose()
        for conn in self._raw:
            conn.close()
        self._raw.clear()
        if self.passphrase is not None:
            cipher.forget_keys()

    def take_over(self, other: Book) -> None:
        """Become `other` (the same file reopened, e.g. after its lock changed): everything
        holding this Book (every service) uses the new engine and passphrase from now on."""
        self.close()
        self.__dict__.update(other.__dict__)
        self._local = threading.local()


def _make_engine(path: Path, read_only: bool, passphrase: str | None = None) -> Engine:
    from sqlalchemy import URL, create_engine, event
    from sqlalchemy.pool import NullPool, QueuePool

    _load_orm()
    if passphrase is not None:
        target = read_only_uri(path) if read_only else str(path)
        # the dialect keys each new connection with the URL's password: the raw key derived once
        key = cipher.key_for(target, passphrase, uri=read_only)
        url = URL.create("sqlite+pysqlcipher", password=key, database=str(path))

        def connect() -> object:
            from sqlcipher3 import dbapi2

            return dbapi2.connect(target, uri=read_only, check_same_thread=False, timeout=3)

        engine = create_engine(url, creator=connect, poolclass=NullPool if read_only else QueuePool)
        event.listen(engine, "connect", _set_read_pragmas if read_only else _set_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine(
            f"sqlite:///{path}",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=3),
        )
        event.listen(engine, "connect", _set_read_pragmas)
    else:
        engine = create_engine(
            f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 3}
        )
        event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def ensure_indexes(conn: Connection) -> None:
    """Indexes on expressions and partial ones, which the tables do not declare: made when
    missing, on every open (an index changes no data). Those Today's counts name (INDEXED BY)
    are also made by the version-12 migration, before an older book is first read."""
    from desktop.storage.queries.deals import FIRST_OPEN_STEP_INDEX, STAGE_RECENT_INDEX
    from desktop.storage.queries.people import NAME_ORDER_INDEX
    from desktop.storage.queries.today import TODAY_INDEXES

    conn.exec_driver_sql(NAME_ORDER_INDEX)
    conn.exec_driver_sql(STAGE_RECENT_INDEX)
    conn.exec_driver_sql(FIRST_OPEN_STEP_INDEX)
    for index in TODAY_INDEXES:
        conn.exec_driver_sql(index)


def _build(conn: Connection) -> None:
    """Tables, index, triggers, id, version and the default lists of a new book."""
    from sqlmodel import Session, SQLModel

    from desktop.storage.seed import seed_defaults

    _load_orm()

    SQLModel.metadata.create_all(conn)
    from desktop.storage import search  # not before Today's first paint (issue 20)

    search.ensure_schema(conn)
    ensure_indexes(conn)
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version = {LATEST_VERSION}")
    with Session(bind=conn) as session:
        seed_defaults(session)
        session.flush()


def create_book(path: Path) -> bool:
    """Build a whole new book in a temporary file beside `path` (the one atomic writer,
    storage/files.py: O_EXCL, user-only), check it, and rename it into place.

    False when another process made the book first (theirs is kept). A crash at any moment leaves
    no book or a whole one; the temporary file a kill leaves is removed on a later start. The
    book is built with its journal in memory (nothing else beside it) and turned to WAL last."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    try:
        with replacing(path, overwrite=False) as tmp:
            engine = create_engine(f"sqlite:///{tmp}", poolclass=NullPool)

            @event.listens_for(engine, "connect")
            def _connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
                dbapi_conn.isolation_level = None
                dbapi_conn.execute("PRAGMA journal_mode = MEMORY")
                dbapi_conn.execute("PRAGMA foreign_keys = ON")
                dbapi_conn.execute("PRAGMA synchronous = FULL")

            event.listen(engine, "begin", _begin)
            try:
                with engine.begin() as conn:
                    _build(conn)
            finally:
                engine.dispose()
            raw = sqlite3.connect(tmp)
            try:
                problems = quick_check(raw)
                if not problems:  # in WAL already: the first open has nothing to convert
                    raw.execute("PRAGMA journal_mode = WAL")
            finally:
                raw.close()
            if problems:
                raise BookError(BookErrorKind.DISK_FULL, path, "; ".join(problems))
    except FileExistsError:
        return False
    except (*_db_errors(), OSError) as exc:
        raise _os_error(exc, path) from exc
    return True


def inspect_book(path: Path, passphrase: str | None = None, *, pages: bool = True,
                 watch: Callable[[Any], None] | None = None) -> tuple[int, tuple[str, ...]]:
    """Check the file before anything writes it: its version, and SQLite's complaints about its
    pages (none for a whole book). Raises BookError when it is not a book this version trusts.

    `passphrase` is that of a locked book (None for a plain one: see storage/unlock.py).
    `pages=False` reads the header, id and version only (no schema check, no quick_check):
    what `open_book(check_later=True)` needs before `Book.check` runs the rest. `watch` is
    given the connection that checks (Book.stop_check interrupts it)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError as exc:
        raise BookError(BookErrorKind.CANNOT_OPEN, path, str(exc)) from exc
    except OSError as exc:
        raise _os_error(exc, path) from exc
    if not header:
        raise BookError(BookErrorKind.NOT_A_BOOK, path, "an empty file")
    if passphrase is None and header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise BookError(BookErrorKind.NOT_A_BOOK, path, "not an SQLite file")
    short = "" if passphrase is not None else _check_length(header, path)
    cipher.recover_hot_journal(path, passphrase, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn = cipher.connect(read_only_uri(path), passphrase, uri=True)
    except cipher.db_errors() as exc:
        raise _inspect_error(exc, path, passphrase) from exc
    if watch is not None:
        watch(conn)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise BookError(BookErrorKind.NOT_A_BOOK, path, f"application_id {app_id:#x}")
        if version > LATEST_VERSION:
            raise BookError(BookErrorKind.TOO_NEW, path, f"version {version}")
        if short:
            return version, (short,)
        if not pages:  # a book not in WAL would be converted (written) by the first connection
            wal = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            return version, () if wal else ("not in WAL mode",)
        # The pages first: quick_check is one long statement outside the GIL, the schema check
        # forty short ones, each waiting for the GIL while a document is laid out beside the
        # check (Book.check_alongside): started first, the long one ends ~30 ms sooner. A book
        # that holds what this version did not make is still refused (UNTRUSTED) whatever its
        # pages say, as before.
        pages_found = tuple(quick_check(conn))
        check_schema(conn, path, version)
        return version, pages_found
    except cipher.db_errors() as exc:
        raise _inspect_error(exc, path, passphrase) from exc
    finally:
        conn.close()


def _inspect_error(exc: BaseException, path: Path, passphrase: str | None = None) -> BookError:
    if str(exc) == "interrupted":  # Book.stop_check: no verdict, nothing to look for
        return BookError(BookErrorKind.CANNOT_OPEN, path, "interrupted")
    kind = classify(exc)
    if kind in (None, BookErrorKind.CORRUPT, BookErrorKind.NOT_A_BOOK):
        kind = BookErrorKind.DAMAGED
    backup = _newest_good_backup(path, passphrase) if kind is BookErrorKind.DAMAGED else None
    return BookError(kind, path, str(exc), backup=backup)


def _newest_good_backup(path: Path, passphrase: str | None = None) -> Path | None:
    from desktop.storage.backup import newest_good_backup

    return newest_good_backup(path, passphrase)


def _complete(engine: Engine) -> None:
    """What a checked book gets before its first write: tables a later version added, the index."""
    from sqlmodel import SQLModel

    with engine.connect() as conn, conn.execution_options(**{_IMMEDIATE: True}).begin():
        SQLModel.metadata.create_all(conn)
        from desktop.storage import search

        search.ensure_schema(conn)
        ensure_indexes(conn)


def open_book(path: Path | str, *, create: bool = True, now: datetime | None = None,
              read_only_ok: bool = False, passphrase: str | None = None,
              check_later: bool = False) -> Book:
    """Open (or create) the book at `path`, migrating an older one after copying it.

    Raises BookError for every situation the seller can act on; the file is never written when
    it is not a Dealbrief book, is damaged, holds what this version did not make, or is from a
    newer version. With `read_only_ok` (commands that only read) a damaged book or one on a
    read-only medium is opened read-only instead of refused (see Book.read_only). A book locked
    with a passphrase needs `passphrase` (ENCRYPTED without it, WRONG_PASSPHRASE when it does not
    open the book); for a plain book the passphrase is ignored.

    `check_later` (the app): a book of this version that may be written is opened without its
    check and without SQLAlchemy (its engine is made when first used); the Book refuses every
    write (CHECKING) until `Book.check()` has passed. A new, older, truncated or read-only book,
    or one not in WAL, is checked here as always.
    """
    path = Path(path).expanduser()
    now = now or datetime.now()
    if path.is_dir():
        raise BookError(BookErrorKind.NOT_A_BOOK, path, "a folder")
    created = False
    if not path.exists():
        if not create:
            raise BookError(BookErrorKind.CANNOT_OPEN, path, "no such file")
        created = create_book(path)
    passphrase = passphrase_for(path, passphrase)
    if check_later and not created:
        version, problems = inspect_book(path, passphrase, pages=False)
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        if version == LATEST_VERSION and not problems and writable:
            return Book(path, None, created=False, migrated_from=None, passphrase=passphrase,
                        checking=True)
    version, problems = inspect_book(path, passphrase)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    if problems or not writable:
        kind = BookErrorKind.DAMAGED if problems else BookErrorKind.READ_ONLY
        backup = _newest_good_backup(path, passphrase) if problems else None
        if not read_only_ok or version < LATEST_VERSION:
            raise BookError(kind, path, "; ".join(problems), backup=backup)
        return Book(path, _make_engine(path, True, passphrase), created=False, migrated_from=None,
                    read_only=kind, backup=backup, problems=problems, passphrase=passphrase)

    clean_leftovers(path)
    migrated_from: int | None = None
    try:
        if version < LATEST_VERSION:
            online_copy(path, pre_migration_backup_path(path, version, now), passphrase)
            conn = cipher.connect(path, passphrase, isolation_level=None)
            try:
                migrate(conn, version)
                check_schema(conn, path, LATEST_VERSION)
            finally:
                conn.close()
            migrated_from = version

        engine = _make_engine(path, False, passphrase)
        _complete(engine)
    except _db_errors() as exc:
        raise translate(exc, path) from exc
    except OSError as exc:
        raise _os_error(exc, path) from exc

    book = Book(path, engine, created=created, migrated_from=migrated_from, passphrase=passphrase)
    if migrated_from is not None:
        # A migrated book may predate the pipeline tables: give it the defaults too.
        from desktop.storage.seed import seed_defaults

        with book.session() as session:
            seed_defaults(session)
    return book
