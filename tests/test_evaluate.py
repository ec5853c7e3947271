from kg.evaluate import confidence_bands, load_records, score
from kg.pipeline import extract
from kg.records import title_key

from .conftest import shared_file


def test_scores_count_typed_and_relation_matches(tmp_path):
    gold = {"t": {"title": "T", "entities": [{"name": "Learned Sparse Retrievers", "type": "Method", "aliases": ["LSR"]},
                                             {"name": "BEIR", "type": "Dataset"}],
                  "relations": [{"head": "Learned Sparse Retrievers", "rel": "evaluatesOn", "tail": "BEIR"}]}}
    pred = {"t": {"title": "T", "entities": [{"name": "LSR", "type": "Model"}, {"name": "BEIR", "type": "Dataset"}],
                  "relations": [{"head": "LSR", "rel": "evaluatesOn", "tail": "BEIR"}]}}
    s = score(gold, pred)
    assert (s["any"]["tp"], s["typed"]["tp"], s["lenient"]["tp"], s["rel"]["tp"]) == (2, 1, 2, 1)


def test_relation_precision_rises_with_confidence():
    gold = load_records(shared_file("gold", "dev.jsonl"))
    pages = [shared_file("corpus", "hf-daily-papers-1.txt"), shared_file("corpus", "hf-daily-papers-2.txt")]
    pred = {title_key(x.paper.title): x.to_record() for x in extract(pages, workers=1)}
    bands = [b for b in confidence_bands(gold, pred) if b["relations"] >= 10]
    assert len(bands) >= 3
    assert [b["precision"] for b in bands] == sorted(b["precision"] for b in bands)
