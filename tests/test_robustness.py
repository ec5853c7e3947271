"""Bad input, hostile text and interrupted builds lose nothing and never show a traceback."""

import json
import subprocess
import sys

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS

from kg import pipeline
from kg.errors import InputError
from kg.read import ReadReport, read_papers
from kg.store import sparql

from .conftest import DATA

HOSTILE = DATA / "hostile.jsonl"


def _kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def oversized(tmp_path_factory):
    folder = tmp_path_factory.mktemp("oversized")
    big_abstract = folder / "big-abstract.jsonl"
    big_abstract.write_text(json.dumps({"title": "Huge", "abstract": "word " * 2_100_000}) + "\n"
                            + json.dumps({"title": "Fine", "abstract": "We use BERT."}) + "\n")
    big_title = folder / "big-title.csv"
    big_title.write_text("title,abstract\n" + "T" * 200_000 + ",An abstract.\nFine,We use BERT.\n")
    return big_abstract, big_title


def test_a_10mb_abstract_and_a_200kb_title_are_refused_or_skipped(oversized, tmp_path):
    for path, line in zip(oversized, (1, 2)):
        with pytest.raises(InputError) as err:
            list(read_papers([path]))
        assert err.value.line == line and "over the limit" in str(err.value)
        report = ReadReport()
        assert [p.title for p in read_papers([path], skip_bad=True, report=report)] == ["Fine"]
        assert len(report.skipped) == 1
        r = _kg("extract", path, "-o", tmp_path / "out.jsonl")
        assert r.returncode == 2 and "Traceback" not in r.stderr and f"{path.name}:{line}" in r.stderr


def test_duplicates_in_hostile_input_are_merged():
    report = ReadReport()
    papers = list(read_papers([HOSTILE], report=report))
    assert len(papers) == 6 and report.duplicates == 2


def test_hostile_text_survives_as_literals_and_alters_nothing(tmp_path):
    pipeline.build([HOSTILE], tmp_path)
    g = Graph().parse(tmp_path / "graph.ttl")
    titles = {str(o) for o in g.objects(None, DCTERMS.title)}
    originals = [json.loads(line) for line in HOSTILE.read_text(encoding="utf-8").splitlines()]
    for rec in originals[:5]:
        assert " ".join(rec["title"].split()) in titles
    abstracts = {str(o) for o in g.objects(None, DCTERMS.abstract)}
    assert originals[0]["abstract"] in abstracts  # newlines, quotes, backslashes intact
    _, rows = sparql(tmp_path, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }")
    assert rows == [{"n": 6}]
    _, rows = sparql(tmp_path, 'SELECT ?t WHERE { ?p dcterms:title ?t FILTER(CONTAINS(?t, "DROP ALL")) }')
    assert len(rows) == 1 and Literal(rows[0]["t"]) in set(g.objects(None, DCTERMS.title))


@pytest.mark.neo4j
def test_hostile_text_in_neo4j_is_data_not_code(neo4j_db, tmp_path):
    import neo4j
    pipeline.build([HOSTILE], tmp_path)
    pipeline.load_neo4j(tmp_path, neo4j_db)
    with neo4j.GraphDatabase.driver(neo4j_db.uri, auth=(neo4j_db.username, neo4j_db.password)) as d:
        titles = {r["t"] for r in d.execute_query("MATCH (p:Paper) RETURN p.title AS t").records}
        assert "Cypher '}) MATCH (n) DETACH DELETE n //" in titles and len(titles) == 6
        assert d.execute_query("MATCH (n:Entity) RETURN count(n) AS n").records[0]["n"] > 0


def test_an_interrupted_build_keeps_the_previous_good_one(tmp_path, monkeypatch):
    pipeline.build([DATA / "papers.jsonl"], tmp_path)
    before = {p.name: p.read_bytes() for p in (tmp_path / "graph.ttl", tmp_path / "build.json")}

    def interrupted(ntriples_file, folder):
        (folder / "graph.ttl").write_text("@prefix half: <written")  # half-written, then the process dies
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "write_store", interrupted)
    with pytest.raises(KeyboardInterrupt):
        pipeline.build([DATA / "papers.txt"], tmp_path)
    assert {p.name: p.read_bytes() for p in (tmp_path / "graph.ttl", tmp_path / "build.json")} == before
    assert not list(tmp_path.glob(".staging-*"))
    _, rows = sparql(tmp_path, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }")
    assert rows == [{"n": 2}]
