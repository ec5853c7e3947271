"""Neo4j load: the graph of the first N ACL abstracts loaded into an empty database, several times.

    python benchmarks/neo4j_load.py [N] [REPS]                  (default: 10000 10)

It builds the slice with `kg build`, starts its own scratch Neo4j 5.26 (docker/neo4j-local on port
7698, data wiped first, stopped at the end), then empties the database and loads the build REPS
times with `kg.load.load_rows`, the loader `kg load` uses. The first load runs on a freshly
started JVM, which compiles Neo4j's hot paths as it goes and is 2-3x slower, and the JIT keeps
improving over the next few loads. A long-running server behaves like the last loads, so the
median of the second half is the figure to compare with the target; the median of loads 2-REPS
and the fresh JVM's figure are printed beside it. Items are nodes plus relationships.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import neo4j
from common import acl_slice

from kg.config import Neo4jSettings
from kg.load import load_rows, rows_from_store
from kg.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
PORT = "7698"
PASSWORD = "kg-bench-password"
STATE = Path(os.environ.get("NEO4J_LOCAL_DIR", ROOT / ".neo4j-local"))


def neo4j_local(command: str) -> str:
    done = subprocess.run([str(ROOT / "docker" / "neo4j-local"), command], capture_output=True, text=True,
                          env={**os.environ, "NEO4J_LOCAL_PORT": PORT, "NEO4J_PASSWORD": PASSWORD}, check=True)
    return done.stdout.strip()


def empty(settings: Neo4jSettings) -> None:
    """Relationships first, then nodes, in batches: deleting a dense node with its relationships
    in one go outgrows the server's transaction memory."""
    with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password)) as driver:
        with driver.session() as session:
            session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
            session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def main(n: int, reps: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        result = build([acl_slice(n, Path(tmp))], Path(tmp) / "build")
        print(f"--- {result.summary()} ({time.perf_counter() - started:.0f} s)")
        rows = rows_from_store(result.data_dir)
        print(f"    {rows.nodes} nodes + {rows.relationships} relationships = {rows.items} items")
        neo4j_local("stop")
        shutil.rmtree(STATE / f"home-{PORT}", ignore_errors=True)
        settings = Neo4jSettings(uri=neo4j_local("start").splitlines()[-1], password=PASSWORD)
        try:
            rates = []
            for rep in range(1, reps + 1):
                empty(settings)
                loaded = load_rows(rows, settings)
                rates.append(loaded.items / loaded.seconds)
                print(f"  load {rep}{' (fresh JVM)' if rep == 1 else '':<12} {loaded.seconds:6.2f} s "
                      f"{rates[-1]:10.0f} items/s", flush=True)
        finally:
            neo4j_local("stop")
        if len(rates) > 1:
            half = reps - reps // 2 + 1
            print(f"  warm server, median of loads {half}-{reps}: {statistics.median(rates[half - 1:]):.0f} items/s; "
                  f"median of loads 2-{reps}: {statistics.median(rates[1:]):.0f} items/s; "
                  f"fresh JVM: {rates[0]:.0f} items/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000, int(sys.argv[2]) if len(sys.argv) > 2 else 10)
