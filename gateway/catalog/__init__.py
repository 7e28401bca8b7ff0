"""The catalog: every cube the gateway serves. Adding a cube = adding a module + one line here."""

from gateway.catalog.model import Cube, DataType, Dimension, Join, Metric, Source, upper_snake
from gateway.catalog.sessions import SESSIONS

CATALOG: tuple[Cube, ...] = (SESSIONS,)

__all__ = [
    "CATALOG",
    "Cube",
    "DataType",
    "Dimension",
    "Join",
    "Metric",
    "Source",
    "upper_snake",
]
