"""The one atomic writer: user-only, never through a symlink, nothing half-written, quiet cleanup."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from desktop.storage.files import (
    make_folder,
    remove_leftovers,
    replacing,
    write_atomically,
)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_write_is_user_only_and_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_atomically(target, b"a,b\r\n")
    assert target.read_bytes() == b"a,b\r\n"
    assert mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_overwrite_makes_the_file_user_only(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600


def test_refuses_an_existing_file_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        write_atomically(target, b"new", overwrite=False)
    assert target.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_symlink_at_the_target_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    link = tmp_path / "out.csv"
    link.symlink_to(victim)
    write_atomically(link, b"export")
    assert victim.read_bytes() == b"precious"
    assert not link.is_symlink() and link.read_bytes() == b"export"


def test_a_symlink_at_the_old_temporary_names_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    for name in (".out.csv.part", "out.csv.part", ".out.csv.tmp"):
        (tmp_path / name).symlink_to(victim)
    write_atomically(tmp_path / "out.csv", b"export")
    assert victim.read_bytes() == b"precious"


def test_a_failing_writer_leaves_nothing_and_raises_its_own_error(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"previous")

    def fail(fh: object) -> None:
        fh.write(b"half")  # type: ignore[attr-defined]
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as caught:
        write_atomically(target, fail)
    assert caught.value.errno == 28
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_cleanup_that_cannot_remove_does_not_raise_again(tmp_path: Path) -> None:
    """The old writers called tmp.unlink() in an except: on a read-only folder it raised again."""
    target = tmp_path / "out.db"
    with pytest.raises(RuntimeError, match="first"), replacing(target) as tmp:
        tmp.unlink()  # already gone: the cleanup must stay quiet
        raise RuntimeError("first")
    assert not target.exists()


def test_read_only_folder_gives_a_plain_os_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "ro"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        with pytest.raises(PermissionError):
            write_atomically(folder / "out.csv", b"x")
    finally:
        os.chmod(folder, 0o700)


def test_new_folders_are_user_only_existing_ones_kept(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    make_folder(tmp_path / "a" / "b")
    assert mode(tmp_path / "a") == 0o700 and mode(tmp_path / "a" / "b") == 0o700
    assert mode(tmp_path) == 0o755
    write_atomically(tmp_path / "c" / "d" / "x.json", b"{}")
    assert mode(tmp_path / "c") == 0o700 and mode(tmp_path / "c" / "d") == 0o700


def test_leftovers_of_a_killed_writer_are_removed_later(tmp_path: Path) -> None:
    old = tmp_path / ".book.dealbrief.abc123.part"
    old.write_bytes(b"half")
    fresh = tmp_path / ".out.csv.xyz.part"
    fresh.write_bytes(b"being written")
    kept = tmp_path / "notes.part"  # not one of ours
    kept.write_bytes(b"x")
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    link = tmp_path / ".link.csv.q.part"
    link.symlink_to(victim)
    an_hour_ago = time.time() - 3600
    for path in (old, kept):
        os.utime(path, (an_hour_ago, an_hour_ago))
    os.utime(link, (an_hour_ago, an_hour_ago), follow_symlinks=False)
    assert remove_leftovers(tmp_path) == [old]
    assert fresh.exists() and kept.exists() and victim.read_bytes() == b"precious"


def test_a_leftover_of_a_dead_writer_goes_at_once_a_live_ones_stays(tmp_path: Path) -> None:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    dead = tmp_path / f".out.csv.{child.pid}.k2j3h4.part"
    dead.write_bytes(b"half")
    mine = tmp_path / f".out.csv.{os.getpid()}.abcdef.part"
    mine.write_bytes(b"being written")
    assert remove_leftovers(tmp_path) == [dead]
    assert mine.exists()


def test_temporary_names_carry_the_writers_pid(tmp_path: Path) -> None:
    with replacing(tmp_path / "x.json") as tmp:
        assert tmp.name.startswith(f".x.json.{os.getpid()}.") and tmp.name.endswith(".part")
        tmp.write_bytes(b"{}")
