from kg.extract.gazetteer import load_entries


def test_each_hand_written_name_is_listed_once():
    """A name listed twice (in one file or as two types) would be typed by whichever entry loads last."""
    names = [e.name.casefold() for e in load_entries(include_mined=False)]
    assert sorted({n for n in names if names.count(n) > 1}) == []
