import spacy

from kg import config

from .test_attributes import _texts


def test_layers_use_numpys_blas_and_parse_as_the_stock_model(extractor):
    ours = extractor.nlp
    assert not ours.get_pipe("tok2vec").model.ops.use_blis
    reference = spacy.load(config.spacy_model(), exclude=["ner", "lemmatizer"])
    assert reference.get_pipe("tok2vec").model.ops.use_blis
    for text in _texts():  # the same tokens (our tokenizer splits more full stops)
        doc, expected = reference.make_doc(text), reference.make_doc(text)
        for name in ("tok2vec", "tagger", "parser"):
            doc, expected = ours.get_pipe(name)(doc), reference.get_pipe(name)(expected)
        assert [(t.tag, t.dep, t.head.i) for t in doc] == [(t.tag, t.dep, t.head.i) for t in expected], text
