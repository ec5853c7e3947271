import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.errors import QueryRefused, StoreError
from kg.store import export, sparql


def test_sparql_answers_from_the_embedded_store(sample_build):
    columns, rows = sparql(sample_build, """
        SELECT ?model ?dataset WHERE { ?m a kg:Model ; skos:prefLabel ?model ; kg:evaluatesOn ?d .
                                       ?d skos:prefLabel ?dataset } ORDER BY ?model""")
    assert columns == ["model", "dataset"]
    assert {"model": "Llama-3-8B", "dataset": "GlossNet"} in rows


def test_counts_are_typed_python_values(sample_build):
    _, rows = sparql(sample_build, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }")
    assert rows == [{"n": 5}]


def test_update_is_refused_unless_allowed(sample_build):
    with pytest.raises(QueryRefused):
        sparql(sample_build, "PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }")
    with pytest.raises(QueryRefused):
        sparql(sample_build, "DELETE WHERE { ?s ?p ?o }")


def test_syntax_error_and_missing_store(sample_build, tmp_path):
    with pytest.raises(StoreError, match="syntax"):
        sparql(sample_build, "SELEC ?x")
    with pytest.raises(StoreError, match="no store"):
        sparql(tmp_path, "SELECT * WHERE { ?s ?p ?o }")


@pytest.mark.parametrize("fmt, rdflib_format, ox_format", [
    ("turtle", "turtle", ox.RdfFormat.TURTLE), ("ntriples", "nt", ox.RdfFormat.N_TRIPLES),
    ("jsonld", "json-ld", ox.RdfFormat.JSON_LD)])
def test_exports_parse_with_two_independent_parsers(sample_build, tmp_path, fmt, rdflib_format, ox_format):
    out = tmp_path / f"graph.{fmt}"
    n = export(sample_build, fmt, out)
    original = Graph().parse(sample_build / "graph.ttl")
    exported = Graph().parse(out, format=rdflib_format)
    assert n == len(original) == len(exported)
    assert isomorphic(original, exported)
    assert len(list(ox.parse(path=str(out), format=ox_format))) == n
