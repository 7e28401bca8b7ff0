"""A real Spark standalone cluster for the tests: a master, one worker and a Spark Connect
server (an application of the cluster, as the gateway's would be), all on 127.0.0.1,
started from the pyspark package (which is the whole Spark distribution) and stopped
when the block ends."""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sessionlens.core.network import LOCAL_HOST, free_port
from sessionlens.core.settings import Paths, Settings
from sessionlens.core.spark import connect_server, spark_process

START_SECONDS = 120
# The Connect server holds its cores for as long as it runs; the worker offers enough
# beside them for ingestion's and dbt's sessions (2 cores of this machine, oversubscribed).
WORKER_CORES = 4
CONNECT_SERVER_CORES = 2
WORKER_MEMORY = "4g"


class ClusterError(RuntimeError):
    pass


@dataclass(frozen=True)
class Cluster:
    master_url: str
    master_ui_port: int
    # The Spark Connect server's `sc://` URL: SESSIONLENS_SPARK_REMOTE for a gateway.
    remote_url: str

    def status(self) -> dict[str, Any]:
        """The master's status page: workers, running and completed applications."""
        url = f"http://{LOCAL_HOST}:{self.master_ui_port}/json/"
        with urllib.request.urlopen(url, timeout=5) as page:
            return json.load(page)

    def applications(self) -> list[str]:
        """The names of the applications that ran or run on the cluster."""
        status = self.status()
        return [app["name"] for app in status["activeapps"] + status["completedapps"]]


@contextmanager
def standalone_cluster(work_dir: Path) -> Iterator[Cluster]:
    """Start the master, a worker registered with it, then a Connect server on the
    cluster; yield the cluster (its URL is `spark://127.0.0.1:<port>`). Logs are under
    `work_dir`."""
    work_dir.mkdir(parents=True, exist_ok=True)
    env = {"SPARK_LOCAL_IP": LOCAL_HOST, "SPARK_WORKER_DIR": str(work_dir / "worker")}
    master_port, master_ui = free_port(), free_port()
    master_url = f"spark://{LOCAL_HOST}:{master_port}"
    master = [
        "spark-class", "org.apache.spark.deploy.master.Master",
        "--host", LOCAL_HOST, "--port", str(master_port), "--webui-port", str(master_ui),
    ]  # fmt: skip
    worker = [
        "spark-class", "org.apache.spark.deploy.worker.Worker", master_url,
        "--host", LOCAL_HOST, "--webui-port", str(free_port()),
        "--cores", str(WORKER_CORES), "--memory", WORKER_MEMORY,
    ]  # fmt: skip
    with ExitStack() as stack:
        stack.enter_context(spark_process(master, work_dir / "master.log", env))
        stack.enter_context(spark_process(worker, work_dir / "worker.log", env))
        status = Cluster(master_url, master_ui, remote_url="")
        _wait_for_worker(status, work_dir)
        settings = Settings(paths=Paths(work_dir), spark_master=master_url)
        remote_url = stack.enter_context(
            connect_server(
                settings,
                work_dir / "connect.log",
                conf={"spark.cores.max": str(CONNECT_SERVER_CORES)},
            )
        )
        yield Cluster(master_url, master_ui, remote_url)


def _wait_for_worker(cluster: Cluster, work_dir: Path) -> None:
    """Return once the master's status page counts one live worker."""
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        # Not up yet, or the status page caught half written.
        with suppress(OSError, ValueError):
            if cluster.status().get("aliveworkers", 0) >= 1:
                return
        time.sleep(0.5)
    raise ClusterError(
        f"no Spark worker registered within {START_SECONDS} s: see the logs under {work_dir}"
    )
