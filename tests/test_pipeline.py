import pytest

from kg import pipeline
from kg.errors import InputError, ValidationFailed
from kg.rdf import paper_iri
from kg.records import Paper

from .conftest import DATA, shared_file


def test_build_writes_graph_store_and_manifest(sample_build):
    assert (sample_build / "graph.ttl").stat().st_size > 0
    assert (sample_build / "store").is_dir()
    assert '"papers": 5' in (sample_build / "build.json").read_text()
    assert not list(sample_build.glob(".staging-*"))


def test_invalid_graph_is_never_published(tmp_path, monkeypatch):
    pipeline.build([DATA / "papers.jsonl"], tmp_path)
    before = (tmp_path / "graph.ttl").read_bytes()

    def broken(corpus):
        from kg.rdf import to_graph
        from kg.vocab import KG
        from rdflib import Literal
        g = to_graph(corpus)
        g.add((paper_iri(Paper("x", "y").id), KG.upvotes, Literal("many")))
        g.add((paper_iri(Paper("x", "y").id), __import__("rdflib").RDF.type, KG.Paper))
        return g

    monkeypatch.setattr(pipeline, "to_graph", broken)
    with pytest.raises(ValidationFailed) as err:
        pipeline.build([DATA / "papers.txt"], tmp_path)
    assert "does not conform" in str(err.value)
    assert (tmp_path / "graph.ttl").read_bytes() == before
    assert (tmp_path / "validation-report.ttl").exists()
    assert not list(tmp_path.glob(".staging-*"))


def test_failed_build_keeps_the_previous_one(tmp_path):
    pipeline.build([DATA / "papers.jsonl"], tmp_path)
    before = (tmp_path / "graph.ttl").read_bytes()
    with pytest.raises(InputError):
        pipeline.build([DATA / "papers.txt", DATA / "bad" / "broken-line.jsonl"], tmp_path)
    assert (tmp_path / "graph.ttl").read_bytes() == before


def test_sample_corpus_build_reports_77_papers(tmp_path):
    pages = [shared_file("corpus", "hf-daily-papers-1.txt"), shared_file("corpus", "hf-daily-papers-2.txt")]
    result = pipeline.build(pages, tmp_path)
    assert result.papers == 77 and result.read.duplicates == 2
    assert pipeline.validate_file(tmp_path / "graph.ttl").conforms

