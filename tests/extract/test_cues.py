from kg.extract.cues import is_hedged, is_negated, proposal_spans, sentences


def _proposed(extractor, text):
    doc = extractor.nlp(text)
    return [doc.text[s:e] for s, e in proposal_spans(doc)]


def test_what_the_paper_proposes(extractor):
    assert _proposed(extractor, "We propose KiteNet, a planning model.") == [" KiteNet, a planning model."]
    assert _proposed(extractor, "To address this, we design FooBench.") == [" FooBench."]
    assert _proposed(extractor, "We propose ZorbSpec, which achieves a 3x speedup over decoding on ZorbBench, "
                                "without any loss in output quality.")
    assert _proposed(extractor, "We do not propose ZorbSpec.") == []


def test_a_list_of_the_papers_own_contributions_is_proposed(extractor):
    assert _proposed(extractor, "Key contributions include the Zorb Organizer and ZorbAlign.") == [
        " the Zorb Organizer and ZorbAlign."]
    assert _proposed(extractor, "Prior contributions include ZorbAlign.") == []
    assert _proposed(extractor, "Our main contribution is to learn features.") == []


def test_anyones_work_is_released_but_the_paper_proposes_in_the_passive(extractor):
    assert _proposed(extractor, "Notably, ZorbLM-3 was released during the course of this project and beat our "
                                "versions of ZorbLM-2.") == []
    assert "Our ZorbSet corpus is " in _proposed(extractor, "Our ZorbSet corpus is released under a CC license.")
    assert "ZorbNet" in _proposed(extractor, "A new retrieval method, ZorbNet, is proposed.")
    assert _proposed(extractor, "Adapters, such as zorbic adapters, have been proposed to save memory.") == []


def test_a_verb_coordinated_with_ours_proposes_however_the_parser_hangs_it(extractor):
    assert any("ZorbHEx" in span for span in _proposed(extractor, "We perturb using occlusion and develop ZorbHEx; "
                                                                   "an occlusion-based extractor."))


def test_we_present_proposes_however_the_tagger_reads_present(extractor):
    assert any("ZorbDiff-8B" in span for span in _proposed(
        extractor, "Diffusion models offer an alternative. We present ZorbDiff-8B, an 8B-parameter diffusion LLM "
                   "trained on 2T tokens, and show that it matches others."))


def test_what_a_proposal_builds_upon_is_not_proposed(extractor):
    spans = _proposed(extractor, "We propose an improved strategy building upon ZorbLLaMA.")
    assert " an improved strategy building " in spans and not any("ZorbLLaMA" in s for s in spans)
    assert "AZPO" in _proposed(extractor, "We introduce an algorithm, an improvement upon ZPO, called AZPO.")[0]


def test_what_a_proposal_is_put_into_is_not_proposed(extractor):
    assert _proposed(extractor, "We propose to fuse zorbic syntax into ZorbRE.") == [" to fuse zorbic syntax "]


def test_a_new_clause_with_we_ends_what_is_proposed(extractor):
    assert _proposed(extractor, "We describe the data creation methods and we evaluate recent LLMs (e.g., "
                                "ZorbLM-4).") == [" the data creation methods "]


def test_helping_and_purposes_propose_nothing(extractor):
    assert _proposed(extractor, "This work contributes to the broader understanding of agents.") == []
    assert _proposed(extractor, "To build a rigorous theoretical understanding of this, we formalize it.") == []


def test_wishes_and_questions_are_hedged(extractor):
    for text, hedged in [("We hope this work helps practitioners.", True), ("Does scale help?", True),
                         ("We show that scale helps.", False), ("If scale helps, so does data.", True),
                         ("Scale couldn't help.", True), ("Scale helps, ifnot always.", False)]:
        assert is_hedged(sentences(extractor.nlp(text))[0]) is hedged, text


def test_our_thing_named_so_is_proposed(extractor):
    assert _proposed(extractor, "Our best model, named Zorbmas, leads.") == ["Zorbmas"]


def test_not_only_affirms(extractor):
    doc = extractor.nlp("Small models using ZorbPaD can not only outperform ZorbLM but also beat others.")
    verb = next(t for t in doc if t.lower_ == "outperform")
    assert not is_negated(list(doc[verb.i - 3: verb.i]))
    doc = extractor.nlp("Small models using ZorbPaD do not outperform ZorbLM.")
    verb = next(t for t in doc if t.lower_ == "outperform")
    assert is_negated(list(doc[verb.i - 3: verb.i]))
