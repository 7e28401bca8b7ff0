"""The catalog: every cube the gateway serves. Adding a cube = adding a module + one line here."""

from gateway.catalog.app_events import APP_EVENTS
from gateway.catalog.app_sessions import APP_SESSIONS
from gateway.catalog.audience import COUNTRIES, DEVICES
from gateway.catalog.errors import ERRORS
from gateway.catalog.ingestion import INGESTION
from gateway.catalog.model import (
    Cube,
    DataType,
    Dimension,
    Format,
    Join,
    Metric,
    PreAggregation,
    Source,
    upper_snake,
)
from gateway.catalog.polls import POLL_ANSWERS, POLLS
from gateway.catalog.quality import QUALITY
from gateway.catalog.recordings import RECORDINGS
from gateway.catalog.sessions import SESSIONS
from gateway.catalog.timeline import TIMELINE
from gateway.catalog.viewers import VIEWERS

CATALOG: tuple[Cube, ...] = (
    SESSIONS,
    VIEWERS,
    TIMELINE,
    POLLS,
    POLL_ANSWERS,
    RECORDINGS,
    COUNTRIES,
    DEVICES,
    QUALITY,
    ERRORS,
    APP_SESSIONS,
    APP_EVENTS,
    INGESTION,
)
CUBES_BY_NAME: dict[str, Cube] = {cube.name: cube for cube in CATALOG}

__all__ = [
    "CATALOG",
    "CUBES_BY_NAME",
    "Cube",
    "DataType",
    "Dimension",
    "Format",
    "Join",
    "Metric",
    "PreAggregation",
    "Source",
    "upper_snake",
]
