"""One-line errors for commands that fail for an operating-system reason.

A full disk, a permission refused, a read-only or missing data directory, a port in use:
nothing the code can fix, so the command prints one line — `error: <what> — <remedy>` —
and exits non-zero instead of a traceback (`sessionlens --verbose …` shows it as well).
The reason is found in the error itself, in what caused it (SQLAlchemy wraps sqlite3,
Dagster wraps whatever an op raised), or in the text of a database error (SQLite and
DuckDB report the operating system's failure in their messages). Any other error is a
bug and keeps its traceback.
"""

from __future__ import annotations

import errno
import os
import socket
import sqlite3
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

import duckdb

from sessionlens.core.settings import HOME_VARIABLE, Paths

EXIT_CODE = 1
_NO_SPACE = (errno.ENOSPC, errno.EDQUOT)
_DENIED = (errno.EACCES, errno.EPERM)
HANDLED = frozenset(
    (*_NO_SPACE, *_DENIED, errno.EROFS, errno.ENOENT, errno.ENOTDIR, errno.EADDRINUSE)
)
# SQLite's own words for a failure it does not report with the system's message.
_SQLITE_NO_SPACE = "database or disk is full"
_SQLITE_CANNOT_WRITE = ("unable to open database file", "attempt to write a readonly database")


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def errno_in_text(text: str) -> int | None:
    """The handled errno whose system message (`No space left on device`, …) is in
    `text`, as DuckDB and Dagster's error summaries quote it."""
    lowered = text.lower()
    if _SQLITE_NO_SPACE in lowered:
        return errno.ENOSPC
    for number in sorted(HANDLED):
        if os.strerror(number).lower() in lowered:
            return number
    return None


def _home_errno(home: Path) -> int:
    """Why the data directory cannot be written (SQLite does not say)."""
    if not home.exists():
        return errno.ENOENT
    if not home.is_dir():
        return errno.ENOTDIR
    if os.statvfs(home).f_flag & os.ST_RDONLY:
        return errno.EROFS
    return errno.EACCES


def os_failure(error: BaseException, home: Path) -> OSError | None:
    """The operating-system failure behind `error`; None when it is not one."""
    for link in _chain(error):
        if isinstance(link, OSError) and link.errno in HANDLED:
            return link
        if isinstance(link, sqlite3.Error | duckdb.Error):
            text = str(link)
            number = errno_in_text(text)
            if number is None and any(words in text.lower() for words in _SQLITE_CANNOT_WRITE):
                number = _home_errno(home)
                return OSError(number, os.strerror(number), str(home))
            if number is not None:
                return OSError(number, os.strerror(number))
    return None


def one_line(failure: OSError, home: Path) -> str:
    """`error: <what> — <remedy>` for a handled failure."""
    where = f": {failure.filename}" if failure.filename else ""
    what = f"{(failure.strerror or os.strerror(failure.errno or 0)).lower()}{where}"
    number = failure.errno
    if number in _NO_SPACE:
        remedy = (
            f"free space on the disk holding {home}, or point {HOME_VARIABLE} at a disk with "
            "room, then run the command again"
        )
    elif number in _DENIED:
        remedy = (
            f"make it writable by this user (chown or chmod), or set {HOME_VARIABLE} to a "
            "directory you own"
        )
    elif number == errno.EROFS:
        remedy = f"set {HOME_VARIABLE} to a directory on a writable file system"
    elif number in (errno.ENOENT, errno.ENOTDIR):
        remedy = f"check the path: each part must be a directory ({HOME_VARIABLE} is {home})"
    else:  # EADDRINUSE
        remedy = "stop the process listening there or choose another port with --port"
    return f"error: {what} — {remedy}"


def report(error: BaseException, *, verbose: bool) -> int | None:
    """Print the one line for an operating-system failure and return the exit code; None
    for any other error (the caller re-raises it)."""
    home = Paths.from_env().home
    failure = os_failure(error, home)
    if failure is None:
        return None
    if verbose:
        traceback.print_exception(error)
    print(one_line(failure, home), file=sys.stderr)
    return EXIT_CODE


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket listening on `host:port`; a failure names the address."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family)
    except OSError as error:
        number = error.errno or 0
        raise OSError(number, os.strerror(number), f"{host}:{port}") from error


def raise_os_failure(error_text: str) -> None:
    """Raise the operating-system failure a step's error text names, if it names one: a
    Dagster run keeps its steps' errors as text (`orchestration.runner.StepFailure`)."""
    number = errno_in_text(error_text)
    if number is not None:
        raise OSError(number, os.strerror(number))
