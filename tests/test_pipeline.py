import pytest
from rdflib import Literal

from kg import pipeline
from kg.errors import InputError, ValidationFailed
from kg.rdf import paper_iri
from kg.vocab import KG

from .conftest import DATA, shared_file


def test_build_writes_graph_store_and_manifest(sample_build):
    assert (sample_build / "graph.ttl").stat().st_size > 0
    assert (sample_build / "store").is_dir()
    assert '"papers": 5' in (sample_build / "build.json").read_text()
    assert not list(sample_build.glob(".staging-*"))


def test_invalid_graph_is_never_published(tmp_path, monkeypatch):
    pipeline.build([DATA / "papers.jsonl"], tmp_path)
    before = (tmp_path / "graph.ttl").read_bytes()
    real = pipeline.unit_triples

    def broken(unit):
        yield from real(unit)
        if unit[0] == "paper":
            yield paper_iri(unit[1][0].paper.id), KG.upvotes, Literal("many")

    monkeypatch.setattr(pipeline, "unit_triples", broken)
    with pytest.raises(ValidationFailed) as err:
        pipeline.build([DATA / "papers.txt"], tmp_path)
    assert "does not conform" in str(err.value) and str(KG.upvotes) in str(err.value)
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

