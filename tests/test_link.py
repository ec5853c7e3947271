import random

from kg.link import entity_key, link
from kg.records import Entity, Evidence, Extraction, Mention, Paper, Relation


def x(title, entities, relations=()):
    return Extraction(Paper(title=title, abstract="a"), tuple(entities), tuple(relations))


def ent(name, etype="Method", aliases=()):
    return Entity(name, etype, tuple(aliases), mentions=(Mention("abstract", 0, 1, "a"),))


def test_acronym_and_spelling_variants_link_across_papers(extractor):
    ev = Evidence("abstract", 0, 1, "a")
    corpus = link([
        x("P1", [ent("Learned Sparse Retrievers", aliases=("LSR",)), ent("GPT4", "Model")]),
        x("P2", [ent("LSR"), ent("GPT-4", "Model")], [Relation("LSR", "outperforms", "GPT-4", 0.7, ev, "rule:x")]),
    ], extractor.gazetteer)
    keys = {e.name: k for k, e in corpus.entities.items()}
    assert set(keys) == {"Learned Sparse Retrievers", "GPT-4"}
    (rel,) = corpus.papers[1].relations
    assert (rel.head, rel.tail) == (keys["Learned Sparse Retrievers"], keys["GPT-4"])
    assert {m.entity for m in corpus.papers[1].mentions} == set(keys.values())


def test_an_ambiguous_acronym_is_not_guessed():
    corpus = link([x("P1", [ent("Rank Fusion", aliases=("RF",))]), x("P2", [ent("Random Forest", aliases=("RF",))]),
                   x("P3", [ent("RF")])])
    assert len(corpus.entities) == 3


def test_result_does_not_depend_on_order():
    papers = [x(f"P{i}", [ent("Alpha Method", aliases=("AM",)), ent(f"Thing {i % 3}", "Dataset")]) for i in range(12)]
    a = link(papers)
    shuffled = papers[:]
    random.Random(7).shuffle(shuffled)
    assert link(shuffled).entities == a.entities


def test_keys_are_never_empty():
    assert entity_key("模型") and entity_key("!!!") and entity_key("模型") != entity_key("数据")
    assert len(entity_key("x" * 500)) <= 80


def test_relations_follow_the_voted_types():
    ev = Evidence("abstract", 0, 1, "a")
    uses = Relation("WMT", "usesMetric", "BLEU", 0.6, ev, "rule:x")
    corpus = link([x("P1", [ent("WMT", "Dataset"), ent("BLEU", "Metric")], [uses]),
                   x("P2", [ent("WMT", "Task")]), x("P3", [ent("WMT", "Task")])])
    assert {e.name: e.type for e in corpus.entities.values()}["WMT"] == "Task"
    assert corpus.papers[0].relations == ()
