"""A real Spark standalone cluster for the tests: a master and one worker on 127.0.0.1,
started from the pyspark package (which is the whole Spark distribution) and stopped
when the block ends."""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyspark

from sessionlens.bench.server import free_port

HOST = "127.0.0.1"
START_SECONDS = 120
STOP_SECONDS = 30
WORKER_CORES = 2
WORKER_MEMORY = "2g"


class ClusterError(RuntimeError):
    pass


@dataclass(frozen=True)
class Cluster:
    master_url: str
    master_ui_port: int

    def status(self) -> dict[str, Any]:
        """The master's status page: workers, running and completed applications."""
        url = f"http://{HOST}:{self.master_ui_port}/json/"
        with urllib.request.urlopen(url, timeout=5) as page:
            return json.load(page)

    def applications(self) -> list[str]:
        """The names of the applications that ran or run on the cluster."""
        status = self.status()
        return [app["name"] for app in status["activeapps"] + status["completedapps"]]


@contextmanager
def standalone_cluster(work_dir: Path) -> Iterator[Cluster]:
    """Start the master, then a worker registered with it; yield the cluster (its URL is
    `spark://127.0.0.1:<port>`). Their logs are under `work_dir`."""
    work_dir.mkdir(parents=True, exist_ok=True)
    spark_home = Path(pyspark.__file__).parent
    env = {
        **os.environ,
        "SPARK_HOME": str(spark_home),
        "SPARK_LOCAL_IP": HOST,
        "SPARK_WORKER_DIR": str(work_dir / "worker"),
    }
    master_port, master_ui = free_port(), free_port()
    master_url = f"spark://{HOST}:{master_port}"
    with ExitStack() as stack:
        stack.enter_context(
            _daemon(
                spark_home, env, work_dir / "master.log",
                "org.apache.spark.deploy.master.Master",
                "--host", HOST, "--port", str(master_port), "--webui-port", str(master_ui),
            )
        )  # fmt: skip
        stack.enter_context(
            _daemon(
                spark_home, env, work_dir / "worker.log",
                "org.apache.spark.deploy.worker.Worker", master_url,
                "--host", HOST, "--webui-port", str(free_port()),
                "--cores", str(WORKER_CORES), "--memory", WORKER_MEMORY,
            )
        )  # fmt: skip
        cluster = Cluster(master_url, master_ui)
        _wait_for_worker(cluster, work_dir)
        yield cluster


@contextmanager
def _daemon(
    spark_home: Path, env: dict[str, str], log: Path, main_class: str, *arguments: str
) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(spark_home / "bin" / "spark-class"), main_class, *arguments],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_worker(cluster: Cluster, work_dir: Path) -> None:
    """Return once the master's status page counts one live worker."""
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        with suppress(OSError):
            if cluster.status().get("aliveworkers", 0) >= 1:
                return
        time.sleep(0.5)
    raise ClusterError(
        f"no Spark worker registered within {START_SECONDS} s: see the logs under {work_dir}"
    )
