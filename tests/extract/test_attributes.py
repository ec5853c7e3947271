from pathlib import Path

import spacy

from kg import config
from kg.extract.attributes import compile_rules
from kg.read import read_papers

DATA = Path(__file__).resolve().parent.parent / "data"
# Sentences that reach the word, dependency, space and two-token exceptions of the model's rules.
TRICKY = [
    "There is a cat, but it did not help.  Something was done by someone!\n\nWhether or not I saw you.",
    "It's gonna be fine, y'all: do they have it? That which was said was that.",
    "GPT-4 outperforms Llama-3-8B on MMLU (+3.1 F1), whereas BERT ain't close.",
]


def _texts():
    texts = list(TRICKY)
    for paper in read_papers([DATA / "papers.txt", DATA / "papers.jsonl", DATA / "arxiv.jsonl"]):
        texts += [paper.title, paper.abstract]
    return texts


def test_compiled_rules_give_the_models_parts_of_speech(extractor):
    reference = spacy.load(config.spacy_model(), exclude=["ner", "lemmatizer"])
    ours = extractor.nlp
    assert "kg_attributes" in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    compared = 0
    for text in _texts():
        # the same tokens (our tokenizer splits more full stops), so tag and parse with the model's
        expected = reference(reference.make_doc(text))
        doc = reference.make_doc(text)
        for name in ("tok2vec", "tagger", "parser"):
            doc = reference.get_pipe(name)(doc)
        doc = ours.get_pipe("kg_attributes")(doc)
        assert [(t.pos_, t.tag_) for t in doc] == [(t.pos_, t.tag_) for t in expected], text
        compared += len(doc)
    assert compared > 250


def test_a_two_token_exception_overrides_the_tag_rule(extractor):
    doc = extractor.nlp("There is a cat.")
    assert doc[0].dep_ == "expl" and doc[1].tag_ == "VBZ" and doc[1].pos_ == "VERB"  # not AUX from the tag


def test_patterns_outside_the_supported_subset_keep_the_models_ruler():
    nlp = spacy.blank("en")
    strings = nlp.vocab.strings
    assert compile_rules([{"patterns": [[{"ORTH": "x"}]], "attrs": {"POS": "NOUN"}}], strings) is None
    assert compile_rules([{"patterns": [[{"TAG": {">": 3}}]], "attrs": {"POS": "NOUN"}}], strings) is None
    assert compile_rules([{"patterns": [[{"LOWER": {"REGEX": "^x"}}]], "attrs": {"POS": "NOUN"}}], strings) is None
    only_lemmas = compile_rules([{"patterns": [[{"LOWER": "got"}]], "attrs": {"LEMMA": "get"}}], strings)
    assert only_lemmas is not None and only_lemmas.rules == ()
