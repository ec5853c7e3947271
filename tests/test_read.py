import gzip
import json

import pytest
from hypothesis import given, settings, strategies as st

from kg.errors import ConfigError, InputError
from kg.read import ReadReport, code_urls, read_papers, read_text
from kg.records import paper_id

from .conftest import DATA, shared_file


def test_hf_page_with_header_both_layouts_and_metadata():
    papers = list(read_papers([DATA / "papers.txt"]))
    assert [p.title for p in papers] == [
        "GlossNet: A Benchmark for Interlinear Glossing of Endangered Languages",
        "Sparse Adapters for Machine Translation",
        "Retrieval Heads in Transformers",
    ]
    glossnet, sparse, heads = papers
    assert (glossnet.author_count, glossnet.date, glossnet.upvotes) == (4, "2025-02-11", 3)
    assert glossnet.code_urls == ("https://github.com/example/glossnet",)
    assert glossnet.line == 13
    # A date without a year stays partial: no invented year.
    assert (sparse.organisation, sparse.date, sparse.upvotes, sparse.author_count) == ("Example Lab", "--04-13", 2, None)
    # Second layout: title and abstract only.
    assert heads.date is None and heads.author_count is None
    assert heads.abstract.startswith("We study how Transformer models")


def test_hf_text_without_page_header():
    papers = read_text("A Title\n\nAn abstract.\n\nSecond Title\n\nSecond abstract.\n", fmt="hf")
    assert [(p.title, p.abstract) for p in papers] == [("A Title", "An abstract."), ("Second Title", "Second abstract.")]


def test_jsonl_acl_and_arxiv_shapes():
    acl = list(read_papers([DATA / "papers.jsonl"]))
    assert acl[0].external_id == "2024.acl-long.1"
    assert acl[0].authors == ("Ada Lovelace", "Alan Turing") and acl[0].author_count == 2
    assert (acl[0].date, acl[0].venue) == ("2024-08", "ACL")
    arxiv = list(read_papers([DATA / "arxiv.jsonl"]))[0]
    assert arxiv.authors == ("Ada Lovelace", "Alan Turing", "Grace Hopper")
    assert arxiv.date == "2021-01-05"
    assert arxiv.abstract == "We study instruction tuning of T5 on Super-NaturalInstructions."


def test_jsonl_gz_and_csv(tmp_path):
    gz = tmp_path / "papers.jsonl.gz"
    gz.write_bytes(gzip.compress((DATA / "papers.jsonl").read_bytes()))
    assert [p.title for p in read_papers([gz])] == [p.title for p in read_papers([DATA / "papers.jsonl"])]
    (row,) = read_papers([DATA / "papers.csv"])
    assert row.title == 'Quotes "and" commas, too'
    assert row.authors == ("A. One", "B. Two") and row.external_id == "x1"


def test_format_override(tmp_path):
    f = tmp_path / "listing.dat"
    f.write_text('{"title": "T", "abstract": "A."}\n')
    assert len(list(read_papers([f], fmt="jsonl"))) == 1
    with pytest.raises(ConfigError):
        list(read_papers([f], fmt="xml"))


def test_same_paper_twice_is_one_paper(tmp_path):
    f = tmp_path / "dupes.jsonl"
    f.write_text('{"id": "1", "title": "Same  Title!", "abstract": "A."}\n'
                 '{"id": "2", "title": "same title", "abstract": "B."}\n'
                 '{"id": "1", "title": "Other title", "abstract": "C."}\n')
    report = ReadReport()
    assert [p.abstract for p in read_papers([f], report=report)] == ["A."]
    assert report.duplicates == 2


def test_sample_pages_hold_77_distinct_papers():
    pages = [shared_file("corpus", "hf-daily-papers-1.txt"), shared_file("corpus", "hf-daily-papers-2.txt")]
    report = ReadReport()
    assert len(list(read_papers(pages, report=report))) == 77
    assert report.duplicates == 79 - 77


@pytest.mark.parametrize("name, line, words", [
    ("empty.txt", None, "empty file"),
    ("binary.bin", None, "binary"),
    ("truncated.jsonl.gz", None, "truncated gzip"),
    ("broken-line.jsonl", 2, "broken JSON"),
    ("missing-abstract.jsonl", 1, "no abstract"),
    ("no-abstract-column.csv", 1, "no abstract column"),
    ("latin1.txt", 3, "not UTF-8"),
    ("page.html", 1, "HTML page"),
])
def test_bad_input_names_file_and_line(name, line, words):
    path = DATA / "bad" / name
    with pytest.raises(InputError) as err:
        list(read_papers([path]))
    assert err.value.path == str(path)
    assert err.value.line == line
    assert words in str(err.value)
    assert "\n" not in str(err.value)


def test_skip_bad_counts_and_goes_on():
    report = ReadReport()
    papers = list(read_papers([DATA / "bad" / "broken-line.jsonl", DATA / "bad" / "empty.txt", DATA / "papers.jsonl"],
                              skip_bad=True, report=report))
    assert [p.title for p in papers][:2] == ["Good", "Also good"]
    assert len(papers) == 4
    assert len(report.skipped) == 2 and "broken-line.jsonl:2" in report.skipped[0]


def test_oversized_fields_are_refused(tmp_path):
    f = tmp_path / "big.jsonl"
    f.write_text(json.dumps({"title": "T", "abstract": "x" * 200_001}) + "\n")
    with pytest.raises(InputError, match="over the limit"):
        list(read_papers([f]))


def test_code_urls_strip_sentence_punctuation():
    assert code_urls("See https://github.com/a/b. And (https://huggingface.co/c/d).") == (
        "https://github.com/a/b", "https://huggingface.co/c/d")


text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200).filter(lambda s: s.strip())


@settings(max_examples=100, deadline=None)
@given(title=text, abstract=text)
def test_any_text_survives_jsonl(tmp_path_factory, title, abstract):
    f = tmp_path_factory.mktemp("h") / "p.jsonl"
    f.write_text(json.dumps({"title": title, "abstract": abstract}) + "\n", encoding="utf-8")
    (paper,) = read_papers([f])
    assert paper.title == " ".join(title.split())
    assert paper.abstract == abstract.strip()
    assert len(paper.id) == 10 and paper.id == paper_id(title)
