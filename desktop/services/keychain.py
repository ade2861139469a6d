""""Remember on this computer": a book's passphrase in the system keyring (`keyring`, MIT).

Off unless the seller ticks it. The entry is named after the book's real path, so two books keep
two passphrases. Where no keyring works (a headless Linux, CI, a desktop without Secret Service)
`available()` is False and the app disables the option with a plain explanation; nothing else
changes. `keyring` is imported only here and only when a locked book is opened (it is slow to
import and most books are plain).
"""

from __future__ import annotations

from pathlib import Path

SERVICE = "Dealbrief book passphrase"


def _backend():  # noqa: ANN202  (keyring's backend class)
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring configuration means: no keyring
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend


def _name(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def available() -> bool:
    """Whether a system keyring can keep a passphrase on this computer."""
    return _backend() is not None


def remembered(path: Path) -> str | None:
    """The passphrase kept for the book at `path`, or None."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, _name(path)) or None
    except Exception:  # noqa: BLE001 - a keyring that fails is a keyring that has nothing
        return None


def remember(path: Path, passphrase: str) -> bool:
    """Keep `passphrase` for the book at `path`; False when the keyring refused."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _name(path), passphrase)
    except Exception:  # noqa: BLE001
        return False
    return True


def forget(path: Path) -> None:
    """Remove what is kept for the book at `path` (nothing kept is fine)."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _name(path))
    except Exception:  # noqa: BLE001 - PasswordDeleteError: nothing was kept
        return
