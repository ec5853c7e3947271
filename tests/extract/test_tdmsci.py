from kg.extract import tdmsci

from ..conftest import DATA


def test_mentions_are_read_from_bio_columns():
    assert list(tdmsci.mentions(DATA / "tdmsci-sample.conll")) == [
        ("Metric", "word error rate (WER)"), ("Dataset", "Switchboard corpus"), ("Task", "speech translation"),
        ("Task", "parsing"), ("Metric", "coverage"), ("Task", "rhyme grading task"),
        ("Dataset", "Treebank")]


def test_only_specific_names_are_kept():
    rows = {name: (etype, generic, aliases) for name, etype, generic, aliases in tdmsci.mine(DATA / "tdmsci-sample.conll")}
    assert rows["Switchboard corpus"] == ("Dataset", False, ())
    assert rows["rhyme grading"] == ("Task", True, ())  # "the rhyme grading task" names the task
    assert "parsing" not in rows and "coverage" not in rows  # generic words
    assert "Treebank" not in rows  # the text also writes "treebank": a common noun
    assert "word error rate" not in rows  # already in the hand-written gazetteer
    assert not any(tdmsci.keep("Task", t) for t in ("classification of nominal data", "er-rors analysis"))
    assert not tdmsci.keep("Task", "computational linguistics")  # a field, not a task
