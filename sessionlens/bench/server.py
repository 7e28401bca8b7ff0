"""`sessionlens serve` in a subprocess on a free loopback port."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx

from sessionlens.core.network import LOCAL_HOST as HOST
from sessionlens.core.network import free_port

# Long enough for a Spark gateway that starts its own Spark Connect server first.
READY_TIMEOUT_SECONDS = 180.0


class GatewayNotReady(RuntimeError):
    pass


def wait_ready(url: str, server: subprocess.Popen, log: Path | str) -> None:
    """Return once the gateway at `url` answers `/readyz` with 200; `log` says where its
    output went, for the error when it exits or stays unready."""
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise GatewayNotReady(f"`sessionlens serve` exited {server.returncode}; see {log}")
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise GatewayNotReady(
        f"the gateway was not ready within {READY_TIMEOUT_SECONDS:g} s; see {log}"
    )


@contextmanager
def running_gateway(env: Mapping[str, str], log: Path) -> Iterator[str]:
    """Yield the base URL of a ready gateway; stop it on exit."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "sessionlens.cli",
        "serve",
        "--host",
        HOST,
        "--port",
        str(port),
    ]
    with log.open("wb") as output:
        server = subprocess.Popen(command, env=dict(env), stdout=output, stderr=subprocess.STDOUT)
        try:
            url = f"http://{HOST}:{port}"
            wait_ready(url, server, log)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=30)
