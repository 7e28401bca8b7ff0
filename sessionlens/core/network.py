"""Loopback ports for the servers SessionLens starts itself (bench, Spark Connect, tests)."""

from __future__ import annotations

import socket

LOCAL_HOST = "127.0.0.1"


def free_port() -> int:
    """A port of 127.0.0.1 nothing listens on now."""
    with socket.socket() as probe:
        probe.bind((LOCAL_HOST, 0))
        return probe.getsockname()[1]
