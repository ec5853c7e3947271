"""Shared fixtures. The Neo4j fixture starts a real Neo4j 5.26 (docker/neo4j-local) on a test port
and stops it after the session; with CI=true, a Neo4j test that cannot get a server fails."""

import os
import subprocess
from pathlib import Path

import pytest

from kg.config import Neo4jSettings

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
NEO4J_LOCAL = ROOT / "docker" / "neo4j-local"
TEST_PORT = os.environ.get("KG_TEST_NEO4J_PORT", "7697")
TEST_PASSWORD = "kg-test-password"


def neo4j_local(command: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run([str(NEO4J_LOCAL), command], capture_output=True, text=True, timeout=900,
                          env={**os.environ, "NEO4J_LOCAL_PORT": TEST_PORT, "NEO4J_PASSWORD": TEST_PASSWORD, **env})


@pytest.fixture(scope="session")
def neo4j_server():
    """Settings of a running Neo4j: KG_TEST_NEO4J_URI if given, else one started here."""
    if os.environ.get("KG_TEST_NEO4J_URI"):
        yield Neo4jSettings.from_env(uri=os.environ["KG_TEST_NEO4J_URI"],
                                     password=os.environ.get("KG_TEST_NEO4J_PASSWORD", ""))
        return
    started = neo4j_local("start")
    if started.returncode != 0:
        message = f"could not start Neo4j with docker/neo4j-local: {started.stderr.strip()[-2000:]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield Neo4jSettings(uri=started.stdout.strip().splitlines()[-1], password=TEST_PASSWORD)
    finally:
        neo4j_local("stop")


@pytest.fixture
def neo4j_db(neo4j_server):
    """An empty database on the session's server."""
    import neo4j
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.username, neo4j_server.password)) as d:
        d.execute_query("MATCH (n) DETACH DELETE n")
    return neo4j_server


@pytest.fixture(scope="session")
def extractor():
    from kg.extract import Extractor
    return Extractor()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The graph of tests/data/papers.txt and papers.jsonl, built once."""
    from kg.pipeline import build
    data_dir = tmp_path_factory.mktemp("sample-build")
    build([DATA / "papers.txt", DATA / "papers.jsonl"], data_dir)
    return data_dir


def shared_file(*parts) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared/ folder sits beside the repository in CI)")
    return path


def _entity(key, etype):
    from kg.records import LinkedEntity
    return LinkedEntity(key, key, etype)


def _paper(title, date, mentions, relations):
    from kg.records import Evidence, LinkedMention, LinkedPaper, Mention, Paper, Relation
    ev = Evidence("abstract", 0, 1, "a")
    return LinkedPaper(Paper(title, "a", date=date),
                       tuple(LinkedMention(k, Mention("abstract", 0, 1, "a")) for k in mentions),
                       tuple(Relation(h, r, t, 0.7, ev, "rule:t") for h, r, t in relations))


@pytest.fixture(scope="session")
def graph_dir(tmp_path_factory):
    """A small hand-made graph: A beats B twice, B beats C, C beats A (a cycle); D is isolated."""
    from kg.pipeline import write_corpus
    from kg.records import Corpus
    entities = {k: _entity(k, t) for k, t in [("A", "Model"), ("B", "Model"), ("C", "Method"), ("D", "Method"),
                                              ("MT", "Task"), ("WMT", "Dataset"), ("BLEU", "Metric")]}
    papers = (
        _paper("P1", "2024-05-01", ["A", "B", "MT", "WMT", "BLEU"],
               [("A", "outperforms", "B"), ("A", "evaluatesOn", "WMT"), ("PAPER", "addressesTask", "MT"),
                ("PAPER", "usesMetric", "BLEU")]),
        _paper("P2", "2024-05", ["A", "B", "C", "WMT"],
               [("A", "outperforms", "B"), ("B", "outperforms", "C"), ("PAPER", "evaluatesOn", "WMT")]),
        _paper("P3", "--04-13", ["C", "A"], [("C", "outperforms", "A")]),
        _paper("P4", "2023", ["D"], []),
    )
    folder = tmp_path_factory.mktemp("stats")
    write_corpus(Corpus(papers, entities), folder, folder, workers=1)
    return folder
