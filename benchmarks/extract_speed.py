"""Extraction speed: spaCy alone (same model, same components it runs for us) against kg's
extractor, serial and with one worker per core, on the same ACL abstracts in one run. The stock
model (spaCy's Matcher-based attribute_ruler, thinc's BLIS) is timed too, for reference.

    python benchmarks/extract_speed.py [N]      (default N = 2000)
"""

import os
import sys
import tempfile
from pathlib import Path

import spacy
from common import acl_slice, timed

from kg import config

from kg.extract import KG_COMPONENTS, Extractor, build_nlp, one_blas_thread
from kg.read import read_papers

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        papers = list(read_papers([acl_slice(n, Path(tmp))]))
    texts = [t for p in papers for t in (p.title, p.abstract)]
    stock = spacy.load(config.spacy_model(), exclude=["ner", "lemmatizer"])
    with one_blas_thread(), timed(f"stock model ({'+'.join(stock.pipe_names)}, BLIS)", len(papers)):
        for _ in stock.pipe(texts, batch_size=64):
            pass
    nlp = build_nlp()
    spacy_only = [name for name in nlp.pipe_names if name not in KG_COMPONENTS]
    with nlp.select_pipes(enable=spacy_only), one_blas_thread():
        with timed(f"spaCy alone ({'+'.join(spacy_only)})", len(papers)):
            for _ in nlp.pipe(texts, batch_size=64):
                pass
    extractor = Extractor()
    with timed("kg extract, 1 process", len(papers)):
        serial = list(extractor.extract(papers, workers=1))
    workers = os.cpu_count() or 1
    with timed(f"kg extract, {workers} processes", len(papers)):
        parallel = list(extractor.extract(papers, workers=workers))
    assert [x.to_record() for x in serial] == [x.to_record() for x in parallel]
    print(f"{len(papers)} abstracts; serial and parallel output identical")
