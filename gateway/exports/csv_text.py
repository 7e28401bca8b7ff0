"""CSV text that is safe to open in a spreadsheet.

A text cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return would be read
as a formula by Excel, LibreOffice or Google Sheets ("CSV injection"); as OWASP
recommends it gets a leading `'`, which spreadsheets show as text. Numbers are written
as numbers (a negative number stays one). Booleans are `true`/`false`, nulls empty.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any, Final

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
# Excel reads a CSV without it in the machine's legacy code page.
UTF8_BOM: Final = "\ufeff"


def safe_cell(value: Any) -> Any:
    """The value as the csv module should write it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(records: Iterable[Sequence[Any]]) -> str:
    """RFC 4180 lines (quoted by the csv module, CRLF-terminated) for `records`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows([safe_cell(value) for value in record] for record in records)
    return buffer.getvalue()
