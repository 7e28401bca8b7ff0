"""What every SessionLens process running on Apache Spark shares (SESSIONLENS_ENGINE=spark):
the start-up checks, whose errors name the setting to fix, and the session configuration
that makes Spark's answers match DuckDB's (UTC instants, microsecond Parquet timestamps).

pyspark is imported only here and only when asked for, so a DuckDB deployment never
loads it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sessionlens.core.network import LOCAL_HOST, free_port
from sessionlens.core.settings import Settings

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

CONNECT_SECONDS = 5.0
CONNECT_PORT = 15002  # Spark Connect's default
MASTER_PORT = 7077  # a standalone master's default
CONNECT_SERVER_CLASS = "org.apache.spark.sql.connect.service.SparkConnectServer"
START_SECONDS = 120.0
STOP_SECONDS = 30.0

# The session configuration of every SessionLens Spark process; dbt's is in
# dbt_project/profiles.yml and says the same.
SESSION_CONF = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.parquet.inferTimestampNTZ.enabled": "false",
    "spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS",
    # Spark's default of 200 shuffle partitions is sized for clusters, not 2 cores.
    "spark.sql.shuffle.partitions": "8",
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
}


# Spark's configuration directory for the JVMs SessionLens starts, unless the operator
# names one: its log4j2.properties silences two warnings that fire on every query here.
CONF_DIR = Path(__file__).with_name("spark_conf")


def use_conf_dir() -> None:
    """Make every Spark JVM this process starts (pyspark's, dbt-spark's, the launchers')
    read SPARK_CONF_DIR, SessionLens' own unless the operator set one."""
    os.environ.setdefault("SPARK_CONF_DIR", str(CONF_DIR))


class SparkUnavailable(RuntimeError):
    """Spark cannot run with these settings; the message names the setting to fix."""


def require_java() -> str:
    """The `java` Spark will start; a clear error when there is none."""
    java_home = os.environ.get("JAVA_HOME")
    java = os.path.join(java_home, "bin", "java") if java_home else shutil.which("java")
    if not java or not os.access(java, os.X_OK):
        raise SparkUnavailable(
            "SESSIONLENS_ENGINE=spark needs a Java runtime (17 or newer) and none was found"
            f" {'in JAVA_HOME=' + java_home if java_home else 'on PATH'}: install one (Debian:"
            " `apt-get install openjdk-17-jre-headless`) or set SESSIONLENS_ENGINE=duckdb"
        )
    return java


def require_reachable(variable: str, url: str, default_port: int) -> None:
    """Fail fast when the cluster `url` (a `spark://` master or an `sc://` Connect server)
    accepts no connection; local, YARN and Kubernetes masters are left to Spark."""
    parts = urlsplit(url)
    if parts.scheme not in ("spark", "sc"):
        return
    for host_port in parts.netloc.split(","):  # spark://a:7077,b:7077 (standby masters)
        host, _, port = host_port.partition(":")
        try:
            with socket.create_connection(
                (host, int(port or default_port)), timeout=CONNECT_SECONDS
            ):
                return
        except (OSError, ValueError):
            continue
    raise SparkUnavailable(
        f"{variable}={url} accepts no connection within {CONNECT_SECONDS:g} s: start the"
        f" cluster or correct {variable}"
    )


def check_spark(settings: Settings) -> None:
    """The start-up checks of a Spark deployment: a JDK, and a master that answers."""
    require_java()
    require_reachable("SESSIONLENS_SPARK_MASTER", settings.spark_master, MASTER_PORT)


def classic_session(settings: Settings, app_name: str) -> SparkSession:
    """A Spark session on SESSIONLENS_SPARK_MASTER with SessionLens' configuration and no
    Hive catalog (that Derby catalog belongs to dbt's session alone). Executors run this
    interpreter, so they import the same SessionLens code as the driver."""
    check_spark(settings)
    from pyspark.sql import SparkSession

    # pyspark picks the workers' interpreter from the environment, not from the conf.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    use_conf_dir()

    builder = SparkSession.builder.master(settings.spark_master).appName(app_name)
    for key, value in {
        **SESSION_CONF,
        "spark.pyspark.python": sys.executable,
        "spark.sql.catalogImplementation": "in-memory",
    }.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def spark_home() -> Path:
    """The Spark distribution: the pyspark package is one (`bin/`, `jars/`)."""
    import pyspark

    return Path(pyspark.__file__).parent


@contextmanager
def spark_process(
    arguments: list[str], log: Path, env: Mapping[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """Run one of Spark's launchers (`bin/spark-class …`, `bin/spark-submit …`), its output
    in `log`; stop it (SIGTERM, then SIGKILL after STOP_SECONDS) when the block ends."""
    log.parent.mkdir(parents=True, exist_ok=True)
    use_conf_dir()
    home = spark_home()
    environment = {**os.environ, "SPARK_HOME": str(home), **(env or {})}
    with log.open("ab") as output:
        process = subprocess.Popen(
            [str(home / "bin" / arguments[0]), *arguments[1:]],
            env=environment,
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


@contextmanager
def connect_server(
    settings: Settings, log: Path, conf: Mapping[str, str] | None = None
) -> Iterator[str]:
    """A Spark Connect server on a free port of 127.0.0.1, an application of
    SESSIONLENS_SPARK_MASTER with SessionLens' session configuration (and `conf`); yields
    its `sc://` URL once it accepts connections."""
    check_spark(settings)
    port = free_port()
    conf = {
        **(conf or {}),
        **SESSION_CONF,
        "spark.app.name": "sessionlens-gateway",
        "spark.sql.catalogImplementation": "in-memory",
        "spark.connect.grpc.binding.address": LOCAL_HOST,
        "spark.connect.grpc.binding.port": str(port),
        "spark.driver.host": LOCAL_HOST,
    }
    arguments = ["spark-submit", "--class", CONNECT_SERVER_CLASS]
    arguments += ["--master", settings.spark_master]
    for key, value in conf.items():
        arguments += ["--conf", f"{key}={value}"]
    with spark_process([*arguments, "spark-internal"], log) as process:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                socket.create_connection((LOCAL_HOST, port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SparkUnavailable(
                        f"the Spark Connect server on SESSIONLENS_SPARK_MASTER="
                        f"{settings.spark_master} did not start: see {log}"
                    ) from None
                time.sleep(0.25)
        yield f"sc://{LOCAL_HOST}:{port}"
