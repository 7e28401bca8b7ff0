"""Commands that fail for an operating-system reason print one line with a remedy and exit
non-zero; `--verbose` adds the traceback; any other failure keeps its traceback."""

from __future__ import annotations

import errno
import os
import socket
import sqlite3
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from gateway import keys
from orchestration.runner import failure_of
from sessionlens import cli, errors_cli

KEYS_CREATE = ["keys", "create", "--partner", "p-1"]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data directory in the environment (commands export it; monkeypatch restores it)."""
    home = tmp_path / "home"
    monkeypatch.setenv("SESSIONLENS_HOME", str(home))
    monkeypatch.setenv("DAGSTER_HOME", str(home / "dagster"))
    return home


def fail_with(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """`keys create` fails with `error` where it writes the key database."""

    def create_key(*args: object, **kwargs: object) -> str:
        raise error

    monkeypatch.setattr(keys, "create_key", create_key)


def one_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    """The command's exit code is 1 and its stderr one line, which is returned."""
    assert cli.main(argv) == errors_cli.EXIT_CODE
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    assert lines[0].startswith("error: ")
    return lines[0]


def test_a_full_disk_under_the_key_database(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's case: SQLite's own words for ENOSPC."""
    fail_with(monkeypatch, sqlite3.OperationalError("database or disk is full"))
    line = one_line(capsys, KEYS_CREATE)
    assert line == (
        f"error: no space left on device — free space on the disk holding {home}, or point "
        "SESSIONLENS_HOME at a disk with room, then run the command again"
    )


def test_a_full_disk_while_writing_a_file(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A real ENOSPC: every command first writes the Dagster configuration into the home,
    here a link to /dev/full."""
    (home / "dagster").mkdir(parents=True)
    (home / "dagster" / "dagster.yaml").symlink_to("/dev/full")
    line = one_line(capsys, KEYS_CREATE)
    assert line.startswith("error: no space left on device")
    assert "free space on the disk" in line


def test_verbose_shows_the_traceback_then_the_line(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fail_with(monkeypatch, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert cli.main(["--verbose", *KEYS_CREATE]) == errors_cli.EXIT_CODE
    err = capsys.readouterr().err
    assert err.startswith("Traceback")
    assert "OSError: [Errno 28]" in err
    assert err.splitlines()[-1].startswith("error: no space left on device — ")


@pytest.mark.parametrize(
    ("number", "what", "remedy"),
    [
        (errno.EACCES, "permission denied", "chown or chmod"),
        (errno.EPERM, "operation not permitted", "chown or chmod"),
        (errno.EROFS, "read-only file system", "on a writable file system"),
        (errno.ENOENT, "no such file or directory", "each part must be a directory"),
    ],
)
def test_an_unwritable_or_missing_home(
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    number: int,
    what: str,
    remedy: str,
) -> None:
    """Creating the data directory fails (tests run as root here, so a chmod would not)."""

    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(number, os.strerror(number), str(self))

    monkeypatch.setattr(Path, "mkdir", mkdir)
    line = one_line(capsys, ["materialize"])
    assert line.startswith(f"error: {what}: {home}")
    assert remedy in line and "SESSIONLENS_HOME" in line


def test_a_home_below_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("SESSIONLENS_HOME", str(tmp_path / "file" / "home"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster"))
    line = one_line(capsys, KEYS_CREATE)
    assert line.startswith(f"error: not a directory: {tmp_path / 'file'}")
    assert f"SESSIONLENS_HOME is {tmp_path / 'file' / 'home'}" in line


def test_generate_into_a_path_below_a_file(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("")
    out = tmp_path / "file" / "out"
    line = one_line(capsys, ["generate", "--out", str(out), "--events", "10"])
    assert line.startswith(f"error: not a directory: {out}")
    assert "check the path: each part must be a directory" in line


def test_sqlite_that_cannot_open_its_file_is_told_why(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite says only "unable to open database file": the home is looked at."""
    fail_with(monkeypatch, sqlite3.OperationalError("unable to open database file"))
    line = one_line(capsys, KEYS_CREATE)
    # The home exists, is a directory on a writable file system: permissions it is.
    assert line.startswith(f"error: permission denied: {home} — ")


def test_a_port_in_use(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        line = one_line(capsys, ["serve", "--host", "127.0.0.1", "--port", str(port)])
    assert line == (
        f"error: address already in use: 127.0.0.1:{port} — stop the process listening "
        "there or choose another port with --port"
    )


def test_other_failures_keep_their_traceback(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fail_with(monkeypatch, sqlite3.OperationalError("no such table: api_keys"))
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        cli.main(KEYS_CREATE)
    fail_with(monkeypatch, OSError(errno.EBADF, os.strerror(errno.EBADF)))
    with pytest.raises(OSError, match="Bad file descriptor"):
        cli.main(KEYS_CREATE)


def test_duckdb_io_errors_are_recognised(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(duckdb.Error) as raised:
        duckdb.connect(str(tmp_path / "file" / "raw.duckdb"))
    failure = errors_cli.os_failure(raised.value, tmp_path)
    assert failure is not None and failure.errno == errno.ENOTDIR


def test_the_cause_of_a_wrapped_error_is_found(tmp_path: Path) -> None:
    """As SQLAlchemy raises its OperationalError from sqlite3's."""

    class Wrapper(Exception):
        pass

    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as error:
            raise Wrapper("(sqlite3.OperationalError) …") from error
    except Wrapper as wrapped:
        failure = errors_cli.os_failure(wrapped, tmp_path)
    assert failure is not None and failure.errno == errno.ENOSPC


@dg.op
def fills_the_disk() -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/data/raw.duckdb")


@dg.op
def has_a_bug() -> None:
    raise KeyError("session_id")


@pytest.mark.parametrize(("op", "number"), [(fills_the_disk, errno.ENOSPC), (has_a_bug, None)])
def test_a_dagster_run_that_failed_for_the_system(op: dg.OpDefinition, number: int | None) -> None:
    """`materialize` runs the pipeline through Dagster, which keeps an op's error as text."""
    result = (
        dg.GraphDefinition(name="one_op", node_defs=[op])
        .to_job()
        .execute_in_process(raise_on_error=False)
    )
    assert not result.success
    failure = failure_of(result)
    if number is None:
        errors_cli.raise_os_failure(failure.error)  # nothing raised: the run's report stands
        return
    with pytest.raises(OSError) as raised:
        errors_cli.raise_os_failure(failure.error)
    assert raised.value.errno == number
