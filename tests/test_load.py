"""Integration tests against a real Neo4j 5.26 server (started by conftest.py)."""

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter

import neo4j
import pytest
from rdflib import RDF, Graph

from kg import pipeline
from kg.config import Neo4jSettings
from kg.errors import Neo4jError, QueryRefused
from kg.load import load_rows, rows_from_store
from kg.query import cypher, named_query
from kg.vocab import KG

from .conftest import DATA, NEO4J_LOCAL, ROOT, TEST_PORT, neo4j_local, shared_file

pytestmark = pytest.mark.neo4j


def snapshot(settings):
    """Every node and relationship with its labels/type and properties, order-free."""
    with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password)) as d:
        nodes, _, _ = d.execute_query("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
        rels, _, _ = d.execute_query("MATCH (a)-[r]->(b) RETURN type(r) AS t, a.iri AS a, b.iri AS b, properties(r) AS p")
    freeze = lambda v: tuple(v) if isinstance(v, list) else v  # noqa: E731
    return (Counter((tuple(sorted(r["l"])), tuple(sorted((k, freeze(v)) for k, v in r["p"].items()))) for r in nodes),
            Counter((r["t"], r["a"], r["b"], tuple(sorted((k, freeze(v)) for k, v in r["p"].items()))) for r in rels))


def counts(settings):
    with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password)) as d:
        labels, _, _ = d.execute_query("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c")
        types, _, _ = d.execute_query("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c")
    return {r["l"]: r["c"] for r in labels}, {r["t"]: r["c"] for r in types}


def rdf_counts(data_dir):
    g = Graph().parse(data_dir / "graph.ttl")
    labels = {name: len(set(g.subjects(RDF.type, getattr(KG, name))))
              for name in ("Paper", "Entity", "Model", "Method", "Dataset", "Metric", "Task")}
    rels = {"MENTIONS": len(set(g.subject_objects(KG.mentions)))}
    for rel, rtype in (("proposes", "PROPOSES"), ("evaluatesOn", "EVALUATES_ON"), ("outperforms", "OUTPERFORMS"),
                       ("usesMetric", "USES_METRIC"), ("addressesTask", "ADDRESSES_TASK")):
        rels[rtype] = len(set(g.subject_objects(getattr(KG, rel))))
    return {k: v for k, v in labels.items() if v}, {k: v for k, v in rels.items() if v}


def test_counts_per_label_and_type_equal_the_rdf_graph(neo4j_db, tmp_path):
    pages = [shared_file("corpus", "hf-daily-papers-1.txt"), shared_file("corpus", "hf-daily-papers-2.txt")]
    pipeline.build(pages, tmp_path)
    pipeline.load_neo4j(tmp_path, neo4j_db)
    assert counts(neo4j_db) == rdf_counts(tmp_path)


def test_loading_twice_changes_nothing(neo4j_db, sample_build):
    pipeline.load_neo4j(sample_build, neo4j_db)
    first = snapshot(neo4j_db)
    pipeline.load_neo4j(sample_build, neo4j_db)
    assert snapshot(neo4j_db) == first
    nodes, rels = first
    assert sum(nodes.values()) > 10 and sum(rels.values()) > 10


def test_provenance_is_on_relationships(neo4j_db, sample_build):
    pipeline.load_neo4j(sample_build, neo4j_db)
    _, rows = cypher(neo4j_db, "MATCH (a:Model {name: 'Llama-3-8B'})-[r:OUTPERFORMS]->(b:Entity) "
                               "RETURN b.name AS b, r.support_count AS n, r.evidence AS ev, r.confidence AS c, r.papers AS p")
    assert rows and rows[0]["n"] == len(rows[0]["p"]) == 1
    assert "outperforms" in rows[0]["ev"][0] and 0 < rows[0]["c"] <= 1


def test_a_second_corpus_adds_and_shared_entities_merge(neo4j_db, tmp_path):
    a, b, both = tmp_path / "a", tmp_path / "b", tmp_path / "both"
    pipeline.build([DATA / "papers.txt"], a)
    pipeline.build([DATA / "papers.csv"], b)
    pipeline.build([DATA / "papers.txt", DATA / "papers.csv"], both)
    pipeline.load_neo4j(a, neo4j_db)
    pipeline.load_neo4j(b, neo4j_db)
    _, rows = cypher(neo4j_db, "MATCH (e:Entity) WHERE e.name = 'accuracy' RETURN count(e) AS n")
    assert rows == [{"n": 1}]
    _, rows = cypher(neo4j_db, "MATCH (:Paper)-[:MENTIONS]->(e:Entity {name: 'accuracy'}) RETURN count(*) AS n")
    assert rows == [{"n": 2}]
    assert counts(neo4j_db) == rdf_counts(both)


def test_support_accumulates_across_corpora_and_a_reload_adds_none(neo4j_db, tmp_path):
    claim = "We propose ZorbNet. ZorbNet outperforms BERT on SQuAD."
    for name, pid in (("a", "p1"), ("b", "p2")):
        (tmp_path / f"{name}.jsonl").write_text(f'{{"id": "{pid}", "title": "Paper {pid}", "abstract": "{claim}"}}\n')
        pipeline.build([tmp_path / f"{name}.jsonl"], tmp_path / name)
    query = ("MATCH (:Entity {name: 'ZorbNet'})-[r:OUTPERFORMS]->(:Entity {name: 'BERT'}) "
             "RETURN r.support_count AS n, size(r.evidence) AS ev, size(r.confidences) AS c")
    pipeline.load_neo4j(tmp_path / "a", neo4j_db)
    assert cypher(neo4j_db, query)[1] == [{"n": 1, "ev": 1, "c": 1}]
    pipeline.load_neo4j(tmp_path / "b", neo4j_db)
    assert cypher(neo4j_db, query)[1] == [{"n": 2, "ev": 2, "c": 2}]
    before = snapshot(neo4j_db)
    pipeline.load_neo4j(tmp_path / "b", neo4j_db)
    assert snapshot(neo4j_db) == before


def test_unreachable_and_wrong_password_fail_before_any_work(neo4j_server, sample_build):
    with pytest.raises(Neo4jError, match="docker/neo4j-local start"):
        pipeline.load_neo4j(sample_build, Neo4jSettings(uri="bolt://127.0.0.1:1", password="x"))
    wrong = Neo4jSettings(uri=neo4j_server.uri, password="not-the-password")
    with pytest.raises(Neo4jError, match="refused the credentials"):
        pipeline.load_neo4j(sample_build, wrong)


def test_reads_only_unless_write(neo4j_db):
    with pytest.raises(QueryRefused):
        cypher(neo4j_db, "CREATE (:Scratch {x: 1})")
    cypher(neo4j_db, "CREATE (:Scratch {x: $x})", {"x": 1}, write=True)
    assert cypher(neo4j_db, "MATCH (s:Scratch) RETURN s.x AS x") == (["x"], [{"x": 1}])


def test_parameters_are_never_spliced(neo4j_db, sample_build):
    pipeline.load_neo4j(sample_build, neo4j_db)
    text, params = named_query("outperformers", {"name": "x' OR 1=1 //"})
    assert cypher(neo4j_db, text, params)[1] == []
    text, params = named_query("outperformers", {"name": "byt5"})
    assert [r["winner"] for r in cypher(neo4j_db, text, params)[1]] == ["Llama-3-8B"]


def test_slow_query_times_out_with_a_clear_message(neo4j_server):
    with pytest.raises(Neo4jError, match="timed out"):
        cypher(neo4j_server, "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n",
               timeout=0.5)


def test_cli_load_and_query_never_print_the_password(neo4j_db, sample_build):
    env = {**os.environ, "NEO4J_URI": neo4j_db.uri, "NEO4J_PASSWORD": neo4j_db.password}
    run = lambda *a: subprocess.run([sys.executable, "-m", "kg", *map(str, a)], capture_output=True,  # noqa: E731
                                    text=True, env=env, timeout=300)
    outputs = [run("load", "--data-dir", sample_build),
               run("query", "cypher", "--named", "top-datasets", "--format", "json"),
               run("query", "cypher", "MATCH (n) SET n.x = 1"),
               run("load", "--data-dir", sample_build, "--neo4j-uri", "bolt://127.0.0.1:1")]
    assert [r.returncode for r in outputs] == [0, 0, 2, 5]
    logs = "".join(r.stdout + r.stderr for r in outputs)
    log_file = ROOT / ".neo4j-local" / f"neo4j-{TEST_PORT}.log"
    if log_file.exists():
        logs += log_file.read_text(errors="replace")
    assert neo4j_db.password not in logs
    assert "GlossNet" in outputs[1].stdout


def test_a_load_killed_midway_is_completed_by_a_rerun(neo4j_db, sample_build):
    rows = rows_from_store(sample_build)
    slow = Neo4jSettings(uri=neo4j_db.uri, password=neo4j_db.password, batch_size=1)
    load_rows(rows, slow)
    expected = snapshot(neo4j_db)
    with neo4j.GraphDatabase.driver(neo4j_db.uri, auth=(neo4j_db.username, neo4j_db.password)) as d:
        d.execute_query("MATCH (n) DETACH DELETE n")

    failure = []
    loader = threading.Thread(target=lambda: _capture(failure, load_rows, rows, slow))
    loader.start()
    with neo4j.GraphDatabase.driver(neo4j_db.uri, auth=(neo4j_db.username, neo4j_db.password)) as d:
        deadline = time.time() + 60
        while time.time() < deadline:
            n = d.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
            if n > 20:
                break
            time.sleep(0.05)
    pid = int((ROOT / ".neo4j-local" / f"neo4j-{TEST_PORT}.pid").read_text())
    os.kill(pid, signal.SIGKILL)  # a crash, not a clean shutdown
    loader.join(120)
    assert failure and isinstance(failure[0], Neo4jError)
    assert "run the load again" in str(failure[0]) or "no Neo4j answers" in str(failure[0])
    while _alive(pid):
        time.sleep(0.1)
    assert neo4j_local("start").returncode == 0
    partial = snapshot(neo4j_db)
    assert partial != expected
    load_rows(rows, slow)
    assert snapshot(neo4j_db) == expected


def _capture(sink, fn, *args):
    try:
        fn(*args)
    except Exception as err:  # the test inspects what the loader raised
        sink.append(err)


def _alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def test_neo4j_local_script_is_executable():
    assert os.access(NEO4J_LOCAL, os.X_OK)
