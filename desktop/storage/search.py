"""The search index: two SQLite FTS5 tables over companies, contacts, deals and call notes.

Why two (see facts.md): `unicode61` treats a run of Chinese as one token and `trigram` finds
nothing shorter than three characters. So
- `search_tri` (trigram) answers queries whose every word is Chinese of 3+ characters;
- `search_word_<kind>` (unicode61, one table per kind) is fed text where each CJK character stands
  alone ("预 算 方"), so a 1–2 character Chinese word becomes a phrase query ("预 算"), and English
  words are prefix queries ("mes"*).
A document's rowid says what it is: kind code << 40 | the row's id, so a kind is a rowid range.

Keeping the index current: plain-SQL triggers on the source tables only note which documents
changed (table `search_pending`); `sync()` re-reads those rows and rewrites their entries before
each search. Any writer (the app, the CLI, a bulk generator with raw sqlite3) keeps the index
correct without needing Python functions registered on its connection. A book that had rows
before the index existed gets every row queued when the tables are first created.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from desktop.domain.people import name_search_keys

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

KIND_CODES: dict[str, int] = {"company": 1, "contact": 2, "deal": 3, "note": 4}
KIND_OF_CODE: dict[int, str] = {v: k for k, v in KIND_CODES.items()}
SHIFT = 40
MASK = (1 << SHIFT) - 1
CHUNK = 400
CANDIDATES = 200
# Notes outnumber everything else: they get their own pair of tables, so a common word in 40,000
# notes costs nothing when looking for companies, contacts or deals.
NOTE_SUFFIX = "_note"
# Contacts' phone digits, indexed so a number typed in part ("1234 5678") is found by the index,
# not by reading every contact (LIKE '%…%' grew with the book: 42 ms p95 at 100,000). Each number
# is kept as the run of PHONE_GRAM digits starting at each of its digits ("13912345678" →
# "139123 391234 … 678"), schema v11: a number typed whole is a phrase of those runs, nearly
# each one a contact's own, and 3–5 digits are a prefix with its own prefix index (newest
# first, stopped at the LIMIT). Trigrams (v8) made every query intersect doclists that hold a
# tenth of the contacts each ("139"): 0.05 ms at 10,000 contacts, 0.4 ms at 100,000.
PHONE_TABLE = "search_phone_grams"
PHONE_GRAM = 6
PHONE_TABLE_SQL = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {PHONE_TABLE} USING fts5(grams, "
                   "tokenize='unicode61', prefix='3 4 5')")
# The per-character tables, one per kind (schema v10; before, companies, contacts and deals shared
# `search_word`): a prefix or a character is looked up in that kind's words alone, and companies',
# contacts' and deals' tables have prefix indexes up to 6 letters, so a family name ("chen"*,
# "zhang"*) reads the newest matches of one prefix doclist and stops at the LIMIT instead of
# merging the postings of every word it begins (5,900 contacts' words begin with "chen" at 100,000
# contacts: 3.5 ms, once for companies and once for contacts). Notes keep '2 3': their words are
# few and ordinary, and the prefix entries would cost most in the largest table.
WORD_KINDS = ("company", "contact", "deal", "note")
WORD_PREFIX = {"company": (2, 3, 4, 5, 6), "contact": (2, 3, 4, 5, 6), "deal": (2, 3, 4, 5, 6),
               "note": (2, 3)}
ALL_TABLES = ("search_tri", "search_tri_note", *(f"search_word_{k}" for k in WORD_KINDS), PHONE_TABLE)
RETIRED_TABLES = ("search_word", "search_phone")  # an older book's, until its migration
# The per-character tables' words, by kind, so a word typed in full or in part ("budg") is looked
# up as the few words it begins in that kind ("budget" OR "budgets"), which FTS5 reads newest
# first and stops after CANDIDATES. A prefix query ("budg"*) longer than the prefix index ('2 3')
# makes FTS5 merge every posting of those words before the first row, in the whole table whatever
# the kind (14 ms for "they" in 500,000 notes; "wang"* read every contact's postings again to
# find companies). A plain table kept by sync() like the index; schema v9 fills it from the index.
TERMS_TABLE = "search_word_terms"
TERMS_TABLE_SQL = (f"CREATE TABLE IF NOT EXISTS {TERMS_TABLE} (kind INTEGER NOT NULL, "
                   "term TEXT NOT NULL, PRIMARY KEY (kind, term)) WITHOUT ROWID")
EXPAND_MAX = 32  # more words than this begin with what was typed: the prefix query instead


def table_for(base: str, kind: str) -> str:
    """The table of `kind` for a plan's base table: search_word_<kind>, search_tri(_note)."""
    if base == "search_word":
        return f"search_word_{kind}"
    return base + NOTE_SUFFIX if kind == "note" else base


def word_table_sql(kind: str) -> str:
    prefix = " ".join(str(n) for n in WORD_PREFIX[kind])
    return (f"CREATE VIRTUAL TABLE IF NOT EXISTS {table_for('search_word', kind)} "
            f"USING fts5(title, body, tokenize='unicode61', prefix='{prefix}')")

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_HAS_CJK = re.compile(f"[{_CJK}]")

# (table, kind, id column): triggers queue the document of NEW/OLD.<column>.
SOURCES: tuple[tuple[str, str, str], ...] = (
    ("company", "company", "id"),
    ("contact", "contact", "id"),
    ("deal", "deal", "id"),
    ("call_note", "note", "id"),
    ("note_attendee", "note", "note_id"),
    ("next_step", "note", "note_id"),
)


def doc_id(kind: str, row_id: int) -> int:
    return KIND_CODES[kind] << SHIFT | row_id


def split_doc(doc: int) -> tuple[str, int]:
    return KIND_OF_CODE[doc >> SHIFT], doc & MASK


def spaced(text: str) -> str:
    """Text with every CJK character a token of its own, for the unicode61 table."""
    return _CJK_RUN.sub(lambda m: " " + " ".join(m.group()) + " ", text)


def has_cjk(text: str) -> bool:
    return _HAS_CJK.search(text) is not None


# --- schema ------------------------------------------------------------------------------------
def trigger_sql(table: str, kind: str, column: str) -> list[str]:
    code = KIND_CODES[kind]
    out = []
    for event, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        name = f"search_q_{table}_{event.lower()}"
        when = f" WHEN {ref}.{column} IS NOT NULL" if column != "id" else ""
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table}{when} BEGIN "
            f"INSERT OR IGNORE INTO search_pending(doc) VALUES (({code} << {SHIFT}) | {ref}.{column}); "
            "END"
        )
        if event == "UPDATE" and column != "id":  # a row moved to another note: requeue the old
            out.append(
                f"CREATE TRIGGER IF NOT EXISTS {name}_old AFTER UPDATE ON {table} "
                f"WHEN OLD.{column} IS NOT NULL BEGIN "
                f"INSERT OR IGNORE INTO search_pending(doc) VALUES (({code} << {SHIFT}) | OLD.{column}); "
                "END"
            )
    return out


def normal_sql(sql: str) -> str:
    """A trigger's SQL as SQLite stores it (without IF NOT EXISTS), spaces folded."""
    return " ".join(sql.replace("IF NOT EXISTS ", "").split())


def ensure_schema(conn: Connection) -> bool:
    """Create the index tables if missing and the triggers anew (idempotent). True when the index
    was created now, in which case every existing row has been queued for indexing.

    The triggers are dropped and created, never kept "if present": a trigger planted under one of
    these names must not survive (storage/check.py refuses a book holding one before this runs)."""
    exists = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'search_word_note'"
    ).first() is not None
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS search_pending (doc INTEGER PRIMARY KEY)")
    for name in ("search_tri", "search_tri" + NOTE_SUFFIX):
        conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} "
                             "USING fts5(title, body, tokenize='trigram')")
    # Prefix indexes make short prefixes ("sys"*, "chen"*) cheap on the per-character tables.
    for kind in WORD_KINDS:
        conn.exec_driver_sql(word_table_sql(kind))
    conn.exec_driver_sql(PHONE_TABLE_SQL)
    conn.exec_driver_sql(TERMS_TABLE_SQL)
    stored = dict(conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    for table, kind, column in SOURCES:
        for sql in trigger_sql(table, kind, column):
            name = sql.split()[5]
            if normal_sql(stored.get(name) or "") != normal_sql(sql):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
                conn.exec_driver_sql(sql)
    if exists:
        return False
    for table, kind, column in SOURCES[:4]:
        conn.exec_driver_sql(
            f"INSERT OR IGNORE INTO search_pending(doc) "
            f"SELECT ({KIND_CODES[kind]} << {SHIFT}) | {column} FROM {table}"
        )
    return True


def split_word_table(conn: sqlite3.Connection) -> None:
    """Give companies, contacts and deals per-character tables of their own (the v10 migration),
    filled from the shared table's stored text (already spaced), which is then dropped."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_word'").fetchone() is None:
        return  # no index yet: it is built, tables and all, when the book is next opened
    for kind in WORD_KINDS[:3]:
        conn.execute(word_table_sql(kind))
        low = KIND_CODES[kind] << SHIFT
        conn.execute(f"INSERT INTO {table_for('search_word', kind)}(rowid, title, body) "
                     "SELECT rowid, title, body FROM search_word WHERE rowid BETWEEN ? AND ?",
                     (low, low | MASK))
    conn.execute("DROP TABLE search_word")


def fill_every_term(conn: sqlite3.Connection) -> None:
    """Fill the word list of a book whose index was built before it existed (the v9 migration),
    from the index itself: its words are the ones FTS5's tokenizer made. Companies, contacts and
    deals share a table, so their words are read with the documents holding them (instances);
    the notes' table is one kind."""
    conn.execute(TERMS_TABLE_SQL)
    for table, vocab, select in (  # the tables as they were at v9
        ("search_word", "instance", f"SELECT DISTINCT doc >> {SHIFT}, term FROM temp.fill_vocab"),
        ("search_word_note", "row", f"SELECT {KIND_CODES['note']}, term FROM temp.fill_vocab"),
    ):
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is None:
            continue  # no index yet: it is built, words and all, when the book is next opened
        conn.execute(f"CREATE VIRTUAL TABLE temp.fill_vocab USING fts5vocab(main, {table}, {vocab})")
        try:
            conn.execute(f"INSERT OR IGNORE INTO {TERMS_TABLE}(kind, term) {select}")
        finally:
            conn.execute("DROP TABLE temp.fill_vocab")


def _add_terms(conn: Connection, kind: str, texts: Iterable[str]) -> None:
    """Note the words of `texts` as the per-character tables' tokenizer cuts them: a scratch FTS5
    table in the connection's temp schema tokenizes them, its vocabulary gives the words."""
    conn.exec_driver_sql("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_tok "
                         "USING fts5(t, tokenize='unicode61', detail=none)")
    conn.exec_driver_sql("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_tok_vocab "
                         "USING fts5vocab(temp, search_tok, row)")
    conn.exec_driver_sql("INSERT INTO temp.search_tok(t) VALUES (?)", [(t,) for t in texts])
    conn.exec_driver_sql(f"INSERT OR IGNORE INTO {TERMS_TABLE}(kind, term) "
                         "SELECT ?, term FROM temp.search_tok_vocab", (KIND_CODES[kind],))
    conn.exec_driver_sql("DELETE FROM temp.search_tok")


# --- keeping the index current -----------------------------------------------------------------
def _join(*parts: object) -> str:
    return "\n".join(str(p) for p in parts if p)


def _rows(conn: Connection, sql: str, ids: Sequence[int]) -> list[tuple]:
    marks = ",".join("?" * len(ids))
    return list(conn.exec_driver_sql(sql.replace("(?)", f"({marks})"), tuple(ids)).fetchall())


def _company_docs(conn: Connection, ids: Sequence[int]) -> Iterable[tuple[int, str, str]]:
    for r in _rows(conn, "SELECT id, name, industry, region, address, website, tags, remarks "
                         "FROM company WHERE deleted_at IS NULL AND id IN (?)", ids):
        yield doc_id("company", r[0]), r[1], _join(*r[2:])


def _contact_docs(conn: Connection, ids: Sequence[int]) -> Iterable[tuple[int, str, str]]:
    sql = ("SELECT id, name, name_alt, title, department, email, wechat, qq, tags, remarks "
           "FROM contact WHERE deleted_at IS NULL AND id IN (?)")
    for r in _rows(conn, sql, ids):
        alt = r[2] or ""
        title = _join(r[1], alt, name_search_keys(alt))
        yield doc_id("contact", r[0]), title, _join(*r[3:])


def _deal_docs(conn: Connection, ids: Sequence[int]) -> Iterable[tuple[int, str, str]]:
    sql = ("SELECT d.id, d.title, c.name, d.lead_source, d.competitors, d.lost_reason_text, d.remarks "
           "FROM deal d JOIN company c ON c.id = d.company_id "
           "WHERE d.deleted_at IS NULL AND d.id IN (?)")
    for r in _rows(conn, sql, ids):
        yield doc_id("deal", r[0]), r[1], _join(*r[2:])


_NOTE_TEXT = ("situation", "problem", "implication", "need_payoff", "budget", "timeline",
              "risks", "competitors", "product_feedback", "internal_notes")


def _note_docs(conn: Connection, ids: Sequence[int]) -> Iterable[tuple[int, str, str]]:
    extra: dict[int, list[str]] = {}
    for note_id, text in _rows(conn, "SELECT note_id, personal_interests FROM note_attendee "
                                     "WHERE personal_interests != '' AND note_id IN (?)", ids):
        extra.setdefault(note_id, []).append(text)
    for note_id, text, owner in _rows(conn, "SELECT note_id, text, owner FROM next_step "
                                            "WHERE deleted_at IS NULL AND note_id IN (?)", ids):
        extra.setdefault(note_id, []).append(_join(text, owner))
    sql = f"SELECT id, goal, {', '.join(_NOTE_TEXT)} FROM call_note WHERE deleted_at IS NULL AND id IN (?)"
    for r in _rows(conn, sql, ids):
        yield doc_id("note", r[0]), r[1], _join(*r[2:], *extra.get(r[0], ()))


_BUILDERS = {"company": _company_docs, "contact": _contact_docs, "deal": _deal_docs,
             "note": _note_docs}


def phone_grams(digits: str) -> str:
    """The runs of PHONE_GRAM digits (shorter at a number's end, 3 at least) starting at each
    digit of each space-separated number: what the phone index holds for a contact."""
    return " ".join(n[i:i + PHONE_GRAM] for n in digits.split() for i in range(len(n) - 2))


def phone_expression(digits: str) -> str:
    """MATCH expression for contacts whose numbers contain `digits` (3 or more): a prefix of the
    runs when shorter than a run, else the phrase of its runs (consecutive, so in one number)."""
    if len(digits) < PHONE_GRAM:
        return _phrase(digits) + " *"
    return _phrase(" ".join(digits[i:i + PHONE_GRAM] for i in range(len(digits) - PHONE_GRAM + 1)))


_PHONES_SQL = ("SELECT id, phone_digits FROM contact WHERE deleted_at IS NULL AND phone_digits != ''")


def _insert_phones(conn: Connection | sqlite3.Connection, rows: Iterable[tuple[int, str]]) -> None:
    docs = [(doc_id("contact", cid), phone_grams(digits)) for cid, digits in rows]
    sql = f"INSERT INTO {PHONE_TABLE}(rowid, grams) VALUES (?, ?)"
    if isinstance(conn, sqlite3.Connection):
        conn.executemany(sql, docs)
    elif docs:
        conn.exec_driver_sql(sql, docs)


def _index_phones(conn: Connection, ids: Sequence[int]) -> None:
    marks = ",".join("?" * len(ids))
    _insert_phones(conn, conn.exec_driver_sql(f"{_PHONES_SQL} AND id IN ({marks})", tuple(ids)).fetchall())


def index_every_phone(conn: sqlite3.Connection) -> None:
    """Fill the phone index of a book that had contacts before it existed (the v8 migration), or
    before it held runs of digits (v11: the trigram table is dropped)."""
    conn.execute("DROP TABLE IF EXISTS search_phone")
    conn.execute(PHONE_TABLE_SQL)
    conn.execute(f"DELETE FROM {PHONE_TABLE}")
    _insert_phones(conn, conn.execute(_PHONES_SQL))


def pending_count(conn: Connection) -> int:
    return conn.exec_driver_sql("SELECT count(*) FROM search_pending").scalar_one()


def sync(conn: Connection, limit: int | None = None) -> int:
    """Rewrite the index entries of queued documents (all, or the first `limit`); returns how
    many were rewritten."""
    sql = "SELECT doc FROM search_pending" + (f" LIMIT {int(limit)}" if limit else "")
    pending = [r[0] for r in conn.exec_driver_sql(sql).fetchall()]
    for start in range(0, len(pending), CHUNK):
        chunk = pending[start:start + CHUNK]
        marks = ",".join("?" * len(chunk))
        for table in ALL_TABLES:
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE rowid IN ({marks})", tuple(chunk))
        by_kind: dict[str, list[int]] = {}
        for doc in chunk:
            kind, row_id = split_doc(doc)
            by_kind.setdefault(kind, []).append(row_id)
        for kind, ids in by_kind.items():
            docs = list(_BUILDERS[kind](conn, ids))
            if not docs:
                continue
            tri, word = table_for("search_tri", kind), table_for("search_word", kind)
            conn.exec_driver_sql(f"INSERT INTO {tri}(rowid, title, body) VALUES (?, ?, ?)", docs)
            word_docs = [(d, spaced(t), spaced(b)) for d, t, b in docs]
            conn.exec_driver_sql(f"INSERT INTO {word}(rowid, title, body) VALUES (?, ?, ?)", word_docs)
            _add_terms(conn, kind, (t + "\n" + b for _d, t, b in word_docs))
            if kind == "contact":
                _index_phones(conn, ids)
        conn.exec_driver_sql(f"DELETE FROM search_pending WHERE doc IN ({marks})", tuple(chunk))
    return len(pending)


# --- queries -----------------------------------------------------------------------------------
def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def plan(query: str) -> tuple[str, str] | None:
    """(table, MATCH expression) for a typed query, or None when nothing can be matched.

    Every word must match. All-Chinese words of 3+ characters use the trigram table; anything
    else uses the per-character table: Chinese as a phrase of characters, other words as prefixes.
    """
    words = [w for w in query.split() if any(ch.isalnum() for ch in w)]
    if not words:
        return None
    if all(has_cjk(w) and len(w) >= 3 for w in words):
        return "search_tri", " AND ".join(_phrase(w) for w in words)
    return "search_word", " AND ".join(_word_part(w) for w in words)


def _word_part(word: str) -> str:
    """A word's expression on the per-character table: a phrase, the last token a prefix unless
    it is Chinese."""
    tokens = spaced(word).split()
    expr = _phrase(" ".join(tokens))
    return expr if has_cjk(tokens[-1]) else expr + " *"


_PLAIN_WORD = re.compile(r"[0-9a-z]{4,}")


def words_beginning(conn: Connection, kind: str, prefix: str) -> list[str]:
    """The words indexed for `kind` that begin with `prefix` (lower-case ASCII), at most
    EXPAND_MAX + 1."""
    end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    rows = conn.exec_driver_sql(
        f"SELECT term FROM {TERMS_TABLE} WHERE kind = ? AND term >= ? AND term < ? "
        f"ORDER BY term LIMIT {EXPAND_MAX + 1}", (KIND_CODES[kind], prefix, end)).fetchall()
    return [r[0] for r in rows]


def match_expression(conn: Connection, query: str, kind: str) -> tuple[str, str] | None:
    """(table, MATCH expression) for `query` over `kind`'s tables, or None when nothing matches.

    As plan(), but a plain word of 4+ letters or digits longer than the kind's prefix index
    becomes the words it begins, OR-ed, when there are at most EXPAND_MAX of them: FTS5 then
    reads the newest matches and stops at the LIMIT instead of merging every posting of the
    prefix. A word no indexed word of the kind begins costs no query."""
    planned = plan(query)
    if planned is None:
        return None
    base, expr = planned
    table = table_for(base, kind)
    if base != "search_word":
        return table, expr
    parts = []
    for w in (w for w in query.split() if any(ch.isalnum() for ch in w)):
        low = w.lower()
        if not _PLAIN_WORD.fullmatch(low):
            parts.append(_word_part(w))
            continue
        words = words_beginning(conn, kind, low)
        if not words:
            return None  # no indexed word begins so: no document of this table can match
        if len(low) in WORD_PREFIX[kind] or len(words) > EXPAND_MAX:
            parts.append(_phrase(low) + " *")  # one prefix doclist (or the merge, when too many)
        else:
            parts.append("(" + " OR ".join(_phrase(t) for t in words) + ")")
    return table, " AND ".join(parts)


MATCH_SQL = ("SELECT rowid, title FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ? "
             "ORDER BY rowid DESC LIMIT ?")


def match(conn: Connection, query: str, kind: str, limit: int) -> list[tuple[int, float]]:
    """Ids of `kind` matching `query`, best first: [(row id, score)].

    Ranking by bm25 costs a score per matching row (100+ ms when a common character matches
    40,000 notes), so the newest CANDIDATES matches are taken in rowid order, which FTS5 stops
    early, and ordered here: more query words in the title first, then newest first. Kinds
    with fewer matches than CANDIDATES are thus ranked over every match.
    """
    planned = match_expression(conn, query, kind)
    if planned is None:
        return []
    table, expr = planned
    lo = KIND_CODES[kind] << SHIFT
    rows = conn.exec_driver_sql(MATCH_SQL.format(table=table), (expr, lo, lo | MASK, CANDIDATES)).fetchall()
    needles = ["".join(w.split()).lower() for w in query.split()]

    def score(title: str) -> float:
        flat = "".join(title.split()).lower()
        return float(sum(n in flat for n in needles))

    scored = sorted(((r[0] & MASK, score(r[1])) for r in rows), key=lambda x: (-x[1], -x[0]))
    return scored[:limit]


def indexed_text(conn: Connection, kind: str, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """The (title, body) text indexed for each id, for snippets."""
    if not ids:
        return {}
    docs = [doc_id(kind, i) for i in ids]
    marks = ",".join("?" * len(docs))
    rows = conn.exec_driver_sql(
        f"SELECT rowid, title, body FROM {table_for('search_tri', kind)} WHERE rowid IN ({marks})",
        tuple(docs),
    ).fetchall()
    return {r[0] & MASK: (r[1], r[2]) for r in rows}


PHONE_MATCHES_SQL = (
    f"SELECT c.id FROM (SELECT rowid FROM {PHONE_TABLE} WHERE {PHONE_TABLE} MATCH ? "
    "ORDER BY rowid DESC LIMIT ?) AS m "
    f"JOIN contact AS c ON c.id = (m.rowid & {MASK}) "
    "WHERE c.deleted_at IS NULL ORDER BY c.name LIMIT ?"
)


def phone_matches(conn: Connection, digits: str, limit: int) -> list[int]:
    """Contacts whose phone digits contain `digits` (however the number was typed), by name.

    The index of digit runs finds them (3 digits or more: search_digits asks no fewer); as for
    words, the newest CANDIDATES matches are ranked, so a short run such as "138" costs no more
    than a whole number."""
    if len(digits) < 3:
        return []
    rows = conn.exec_driver_sql(PHONE_MATCHES_SQL, (phone_expression(digits), CANDIDATES, limit)).fetchall()
    return [r[0] for r in rows]


_HIT_SQL = {
    "company": "SELECT id, name, industry, region, '', 0, NULL FROM company WHERE id IN (?)",
    "contact": "SELECT c.id, c.name, coalesce(co.name, ''), c.title, c.phone_digits, 0, "
               "c.mobile || ' ' || c.other_phone FROM contact c "
               "LEFT JOIN company co ON co.id = c.company_id WHERE c.id IN (?)",
    "deal": "SELECT d.id, d.title, co.name, '', '', 0, NULL FROM deal d "
            "JOIN company co ON co.id = d.company_id WHERE d.id IN (?)",
    "note": "SELECT n.id, n.goal, co.name, coalesce(d.title, ''), n.occurred_at, "
            "coalesce(d.id, 0), n.company_id FROM call_note n "
            "JOIN company co ON co.id = n.company_id "
            "LEFT JOIN deal d ON d.id = n.deal_id AND d.deleted_at IS NULL WHERE n.id IN (?)",
}


def hit_rows(conn: Connection, kind: str, ids: Sequence[int]) -> dict[int, tuple]:
    """What a hit shows, by id, as plain tuples (id, title, a, b, c, d, e); see _HIT_SQL."""
    if not ids:
        return {}
    return {r[0]: tuple(r) for r in _rows(conn, _HIT_SQL[kind], ids)}
