"""Gzipped JSON-lines files, rotated by line count, named so lexical order is arrival order."""

from __future__ import annotations

import os
import re
import zlib
from pathlib import Path
from typing import BinaryIO

FILE_PREFIX = "events-"
FILE_SUFFIX = ".jsonl.gz"
_NUMBERED = re.compile(rf"^{FILE_PREFIX}(\d{{6,}}){re.escape(FILE_SUFFIX)}$")
# Compress in chunks of this many lines: fewer calls into zlib, bounded memory.
_CHUNK_LINES = 4096
# zlib's gzip container (wbits 16 + 15) writes a fixed header (no name, mtime 0), so the
# bytes depend only on the content.
_GZIP_WBITS = 31


def next_file_number(out_dir: Path) -> int:
    """One past the highest `events-NNNNNN.jsonl.gz` already there: never overwrite a file
    an ingestion run may have loaded, and keep new files after old ones in lexical order."""
    numbers = [int(m.group(1)) for p in out_dir.iterdir() if (m := _NUMBERED.match(p.name))]
    return max(numbers, default=0) + 1


class RotatingGzipWriter:
    """Writes lines to `events-NNNNNN.jsonl.gz`, starting a new file every `lines_per_file`.

    Each file is written under a temporary name and renamed when complete, so a landing-dir
    watcher never sees half a file.
    """

    def __init__(self, out_dir: Path, lines_per_file: int, compress_level: int = 1) -> None:
        if lines_per_file < 1:
            raise ValueError(f"lines_per_file must be ≥ 1, got {lines_per_file}")
        self._out_dir = out_dir
        self._lines_per_file = lines_per_file
        self._level = compress_level
        self._number = next_file_number(out_dir)
        self._file: BinaryIO | None = None
        self._final_path: Path | None = None
        self._compressor = zlib.compressobj(compress_level, zlib.DEFLATED, _GZIP_WBITS)
        self._pending: list[bytes] = []
        self._lines_in_file = 0
        self.lines = 0
        self.files: list[Path] = []

    def write(self, line: bytes) -> None:
        """`line` must end with a newline."""
        if self._file is None:
            self._open()
        self._pending.append(line)
        self._lines_in_file += 1
        self.lines += 1
        if len(self._pending) >= _CHUNK_LINES:
            self._flush_pending()
        if self._lines_in_file >= self._lines_per_file:
            self._close_file()

    def close(self) -> None:
        if self._file is not None:
            self._close_file()

    def _open(self) -> None:
        self._final_path = self._out_dir / f"{FILE_PREFIX}{self._number:06d}{FILE_SUFFIX}"
        self._file = open(self._final_path.with_name(self._final_path.name + ".tmp"), "wb")  # noqa: SIM115 - closed in _close_file
        self._compressor = zlib.compressobj(self._level, zlib.DEFLATED, _GZIP_WBITS)
        self._lines_in_file = 0

    def _flush_pending(self) -> None:
        assert self._file is not None
        self._file.write(self._compressor.compress(b"".join(self._pending)))
        self._pending.clear()

    def _close_file(self) -> None:
        assert self._file is not None and self._final_path is not None
        self._flush_pending()
        self._file.write(self._compressor.flush())
        self._file.close()
        os.replace(self._file.name, self._final_path)
        self.files.append(self._final_path)
        self._file = None
        self._number += 1
