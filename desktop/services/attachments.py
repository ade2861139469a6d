"""Files kept with a deal or a company (quote, contract scan, proposal, business-card photo).

The bytes are stored inside the book (one file to back up, copy and move), at most 25 MB each;
they travel in backups and the JSON export, and never into a customer document. Lists read the
names and sizes only; the bytes are read when a file is opened or saved out.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from desktop.domain.clock import Clock, system_clock
from desktop.domain.contracts import MAX_ATTACHMENT_BYTES, AttachmentRecord
from desktop.domain.errors import FieldError, NotFound, ValidationFailed
from desktop.storage.book import Book
from desktop.storage.queries import get_live
from desktop.storage.queries import money as q
from desktop.storage.tables import Attachment, AttachmentData, Company, Deal
from desktop.storage.viewer_copies import ViewerCopies

MAX_NAME = 255


def attachment_record(row: Attachment) -> AttachmentRecord:
    return AttachmentRecord(row.id, row.name, row.mime, row.size, row.added_at, row.deal_id, row.company_id)


def guess_mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def safe_name(name: str) -> str:
    """A file name without folders or characters file systems refuse."""
    base = Path(name.replace("\\", "/")).name.strip()
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in base)
    return cleaned[:MAX_NAME] or "attachment"


class AttachmentService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock
        self.copies = ViewerCopies()  # plain copies handed to viewer apps; cleared on close

    def viewer_copy(self, attachment_id: int) -> Path:
        """A plain copy of the file for the system's viewer app, in this session's private
        folder (deleted when the book closes, or on a later start after a crash)."""
        record = self.get(attachment_id)
        return self.copies.write(str(attachment_id), record.name, self.data(attachment_id))

    def list(self, *, deal_id: int | None = None, company_id: int | None = None) -> list[AttachmentRecord]:
        with self.book.reading() as s:
            return [attachment_record(r) for r in q.attachments(s, deal_id=deal_id, company_id=company_id)]

    def add(self, name: str, data: bytes, *, deal_id: int | None = None, company_id: int | None = None,
            mime: str = "") -> AttachmentRecord:
        """Keep `data` under `name` with a deal or a company. Refused above 25 MB or when empty."""
        errors: list[FieldError] = []
        if (deal_id is None) == (company_id is None):
            errors.append(FieldError("owner", "required"))
        if len(data) > MAX_ATTACHMENT_BYTES:
            errors.append(FieldError("file", "too_big", str(len(data))))
        elif not data:
            errors.append(FieldError("file", "empty"))
        if errors:
            raise ValidationFailed(errors)
        name = safe_name(name)
        with self.book.session() as s:
            if deal_id is not None:
                get_live(s, Deal, deal_id)
            else:
                get_live(s, Company, company_id)
            row = Attachment(deal_id=deal_id, company_id=company_id, name=name, mime=mime or guess_mime(name),
                             size=len(data), added_at=self.clock())
            s.add(row)
            s.flush()
            s.add(AttachmentData(attachment_id=row.id, data=data))
            return attachment_record(row)

    def add_file(self, path: Path | str, *, deal_id: int | None = None,
                 company_id: int | None = None) -> AttachmentRecord:
        """Read a file from disk and keep it (the size is checked before reading it)."""
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise ValidationFailed([FieldError("file", "too_big", str(size))])
            data = path.read_bytes()
        except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
            raise ValidationFailed([FieldError("file", "cannot_read", str(path))]) from exc
        return self.add(path.name, data, deal_id=deal_id, company_id=company_id)

    def data(self, attachment_id: int) -> bytes:
        with self.book.reading() as s:
            get_live(s, Attachment, attachment_id)
            data = q.attachment_bytes(s, attachment_id)
        if data is None:
            raise NotFound(f"Attachment data {attachment_id}")
        return data

    def get(self, attachment_id: int) -> AttachmentRecord:
        with self.book.reading() as s:
            return attachment_record(get_live(s, Attachment, attachment_id))

    def save_to(self, attachment_id: int, folder: Path | str) -> Path:
        """Write the file into `folder` under its own name (a number added if it is taken)."""
        from desktop.storage.files import make_folder, write_atomically

        record = self.get(attachment_id)
        folder = make_folder(folder)
        target = folder / record.name
        stem, suffix, n = target.stem, target.suffix, 1
        data = self.data(attachment_id)
        while True:
            try:
                return write_atomically(target, data, overwrite=False)  # never replaces a file
            except FileExistsError:
                n += 1
                target = folder / f"{stem} ({n}){suffix}"

    def rename(self, attachment_id: int, name: str) -> AttachmentRecord:
        if not name.strip():
            raise ValidationFailed([FieldError("name", "required")])
        with self.book.session() as s:
            row = get_live(s, Attachment, attachment_id)
            row.name = safe_name(name)
            s.add(row)
            return attachment_record(row)

    def delete(self, attachment_id: int) -> None:
        with self.book.session() as s:
            row = get_live(s, Attachment, attachment_id)
            row.deleted_at = self.clock()
            s.add(row)

    def restore(self, attachment_id: int) -> None:
        with self.book.session() as s:
            row = s.get(Attachment, attachment_id)
            if row is None:
                raise NotFound(f"Attachment {attachment_id}")
            row.deleted_at = None
            s.add(row)
