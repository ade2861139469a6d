"""No NUL or other control character reaches the book through the ORM (desktop.domain.text_clean).

One `before_flush` listener for every session: each text column of each new or changed row is
cleaned, so every form, import and service is covered without each remembering to do it.
"""

from __future__ import annotations

from itertools import chain

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from desktop.domain.text_clean import clean_text, has_control


@event.listens_for(Session, "before_flush")
def _clean_text_columns(session: Session, _context: object, _instances: object) -> None:
    for row in chain(session.new, session.dirty):
        for attr in inspect(row).mapper.column_attrs:
            value = getattr(row, attr.key, None)
            if isinstance(value, str) and has_control(value):
                setattr(row, attr.key, clean_text(value))
