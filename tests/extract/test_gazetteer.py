from kg.extract.gazetteer import load_entries


def test_each_hand_written_name_is_listed_once():
    """A name listed twice (in one file or as two types) would be typed by whichever entry loads last."""
    names = [e.name.casefold() for e in load_entries(include_mined=False)]
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_no_name_or_alias_is_matched_as_another_entry(extractor):
    """The matcher gives a form listed for two entries to whichever loads first: "ASR", an alias of
    both speech recognition and attack success rate, had made every ASR system a metric."""
    gazetteer, make_doc = extractor.gazetteer, extractor.nlp.make_doc
    taken = []
    for entry in gazetteer.entries:
        for form in (entry.name, *entry.aliases):
            doc = make_doc(form)
            whole = {e.name for start, end, e in gazetteer.matches(doc) if (start, end) == (0, len(doc))}
            if whole and entry.name not in whole:
                taken.append((form, entry.name, sorted(whole)))
    assert taken == []


def test_a_benchmark_with_a_final_plus_is_its_own_entry(extractor):
    assert extractor.gazetteer.lookup("HumanEval+").name == "HumanEval+"
    assert extractor.gazetteer.lookup("HumanEval").name == "HumanEval"


def test_a_cased_name_that_opens_in_lower_case_is_found_capitalised(extractor):
    """ "Best-of-N sampling" opens a sentence; "mT5" is no "MT5"."""
    gazetteer, make_doc = extractor.gazetteer, extractor.nlp.make_doc
    found = [entry.name for _, _, entry in gazetteer.matches(make_doc("Best-of-N sampling and Macro-F1 help MT5."))]
    assert found.count("best-of-N sampling") == 1 and found.count("macro-F1") == 1 and "mT5" not in found
