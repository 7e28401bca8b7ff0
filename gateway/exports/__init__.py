"""CSV exports: spreadsheet-safe CSV text, planning and streaming one cube query's rows, and
export jobs (records, background runs, expiry) under `$SESSIONLENS_HOME/exports/`."""
