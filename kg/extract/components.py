"""Thin spaCy components around the plain functions of this package.

`kg_abbreviations` stores Schwartz-Hearst pairs on `doc._.abbreviations`; `kg_candidates` stores the
selected entity candidates on `doc._.kg_candidates` and the paper's proposal clauses on
`doc._.proposals`.
"""

from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import find_abbreviations
from .cues import proposal_spans
from .entities import (abbreviation_candidates, coined_candidates, gazetteer_candidates, mark_proposed,
                       model_candidates, phrase_candidates, select, title_candidates, type_by_lists)
from .gazetteer import Gazetteer

for _name in ("abbreviations", "kg_candidates", "proposals"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("kg_abbreviations")
def abbreviations_component(doc):
    doc._.abbreviations = find_abbreviations(doc.text)
    return doc


class CandidateFinder:
    def __init__(self, nlp):
        self.gazetteer = Gazetteer(nlp.vocab, nlp.make_doc)

    def __call__(self, doc):
        is_title = doc.user_data.get("field") == "title"
        proposals = proposal_spans(doc)
        cands = (gazetteer_candidates(doc, self.gazetteer) + model_candidates(doc.text)
                 + abbreviation_candidates(doc.text, doc._.abbreviations or [], self.gazetteer)
                 + coined_candidates(doc, self.gazetteer, proposals)
                 + phrase_candidates(doc, self.gazetteer, proposals))
        cands = type_by_lists(doc.text, cands)
        if is_title:
            title = title_candidates(doc.text, self.gazetteer)
            cands += title
            proposals += [(c.start, c.end) for c in title]
        doc._.proposals = proposals
        doc._.kg_candidates = mark_proposed(select(cands), proposals)
        return doc


@Language.factory("kg_candidates")
def make_candidate_finder(nlp, name):
    return CandidateFinder(nlp)
