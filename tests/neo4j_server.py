"""A real Neo4j (Community 5.26, embedded, Bolt on localhost) for the tests and for development.

The Java launcher in tests/neo4j/ (a pom.xml and one class) is built by Maven on first use and
reused after that (Maven keeps the jars in ~/.m2, the build in tests/neo4j/target).

Run it by hand for development:

    python tests/neo4j_server.py [--port 7687] [--password secret]

It prints the Bolt URI and runs until stopped (Ctrl-C).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

LAUNCHER = Path(__file__).resolve().parent / "neo4j"
CLASSPATH = LAUNCHER / "target" / "classpath.txt"
CLASSES = LAUNCHER / "target" / "classes"
MAIN = "pchgraph.TestServer"
START_TIMEOUT = 180


class Unavailable(Exception):
    """Java or Maven is missing, so no Neo4j can be started here."""


@dataclass
class Server:
    uri: str
    password: str
    process: subprocess.Popen
    data: Path

    @property
    def import_dir(self) -> Path:
        """Where LOAD CSV reads file:/// URLs from (the server's import folder)."""
        return self.data / "import"

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self.process.stdin.close()
                self.process.wait(timeout=60)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.data, ignore_errors=True)


def missing_tools() -> list[str]:
    return [tool for tool in ("java", "mvn") if shutil.which(tool) is None]


def build() -> None:
    """Build the launcher with Maven unless a build newer than its sources is there."""
    missing = missing_tools()
    if missing:
        raise Unavailable(f"{' and '.join(missing)} not found on PATH")
    sources = [LAUNCHER / "pom.xml", *sorted((LAUNCHER / "src").rglob("*.java"))]
    if classpath_complete() and CLASSPATH.stat().st_mtime >= max(p.stat().st_mtime for p in sources):
        return
    done = subprocess.run(["mvn", "-q", "-B", "package", "-DskipTests"], cwd=LAUNCHER, capture_output=True, text=True)
    if done.returncode != 0 or not classpath_complete():
        last = (done.stdout.strip().splitlines() or done.stderr.strip().splitlines() or [""])[-1]
        # A skip with the reason outside CI (conftest fails it under CI): most often Maven could
        # not fetch Neo4j's jars.
        raise Unavailable(f"Neo4j could not be built (Maven Central unreachable?): {last[:300]}")


def classpath_complete(path: Path | None = None) -> bool:
    """Whether the build's classpath file is there and every jar it names still is (a cleaned
    Maven repository leaves a classpath pointing at nothing).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()); jar = folder / "a.jar"; _ = jar.write_text("")
    >>> listing = folder / "classpath.txt"; _ = listing.write_text(f"{jar}{os.pathsep}{folder / 'gone.jar'}")
    >>> classpath_complete(listing)
    False
    >>> _ = listing.write_text(str(jar)); classpath_complete(listing)
    True
    """
    path = path or CLASSPATH
    if not path.exists():
        return False
    entries = [entry for entry in path.read_text().strip().split(os.pathsep) if entry]
    return bool(entries) and all(Path(entry).exists() for entry in entries)


def classpath() -> str:
    return f"{CLASSES}{os.pathsep}{CLASSPATH.read_text().strip()}"


def neo4j_admin(home: Path, *arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run neo4j-admin (the one in the Neo4j jars Maven fetched) on the Neo4j home `home`, the
    folder a server started with ``start(data=home)`` then uses."""
    build()
    (home / "conf").mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ, NEO4J_HOME=str(home), NEO4J_CONF=str(home / "conf"))
    command = ["java", "-Xmx1g", "-cp", classpath(), "org.neo4j.cli.AdminTool", *arguments]
    return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=600)


def start(port: int = 0, password: str = "pchgraph-test", data: Path | None = None) -> Server:
    """Start the server on the Neo4j home `data` (a new temporary folder by default), wait until
    Bolt answers, and return it."""
    build()
    made = data is None
    data = Path(data) if data is not None else Path(tempfile.mkdtemp(prefix="pchgraph-neo4j-"))
    try:
        return started(data, port, password)
    except BaseException:
        # a failed start leaves nothing behind: no stray folder in /tmp
        if made:
            shutil.rmtree(data, ignore_errors=True)
        raise


def started(data: Path, port: int, password: str) -> Server:
    """The server on `data`, once Bolt answers; stopped again if it does not."""
    process = subprocess.Popen(
        ["java", f"-Xmx{os.environ.get('PCHGRAPH_TEST_NEO4J_HEAP', '1g')}", "-cp", classpath(), MAIN, str(data), str(port), password],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + START_TIMEOUT
    uri = None
    while time.monotonic() < deadline and uri is None:
        line = process.stdout.readline()
        if not line and process.poll() is not None:
            raise RuntimeError(f"Neo4j stopped while starting:\n{process.stderr.read()[-3000:]}")
        if line.startswith("BOLT_URI="):
            uri = line.split("=", 1)[1].strip()
    if uri is None:
        process.kill()
        process.wait()
        raise RuntimeError("Neo4j did not start in time")
    server = Server(uri, password, process, data)
    wait_for_bolt(server, deadline)
    return server


def wait_for_bolt(server: Server, deadline: float) -> None:
    from neo4j import GraphDatabase
    from neo4j.exceptions import ServiceUnavailable

    while True:
        try:
            with GraphDatabase.driver(server.uri, auth=("neo4j", server.password)) as driver:
                driver.verify_connectivity()
                return
        except ServiceUnavailable:
            if time.monotonic() > deadline:
                server.stop()
                raise RuntimeError("Neo4j did not answer on Bolt in time") from None
            time.sleep(0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description="Start pchgraph's test Neo4j by hand.")
    parser.add_argument("--port", type=int, default=7687)
    parser.add_argument("--password", default="pchgraph-dev")
    options = parser.parse_args()
    if len(options.password) < 8:
        sys.exit("cannot start Neo4j: its passwords need at least 8 characters")
    try:
        server = start(options.port, options.password)
    except Unavailable as exc:
        sys.exit(f"cannot start Neo4j: {exc}")
    print(f"Neo4j is running. export NEO4J_URI={server.uri} NEO4J_USERNAME=neo4j", flush=True)
    print("and NEO4J_PASSWORD set to the --password you gave (default pchgraph-dev). Stop it with Ctrl-C.", flush=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
