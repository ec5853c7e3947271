"""Thin spaCy components around the plain functions of this package.

`kg_abbreviations` stores Schwartz-Hearst pairs on `doc._.abbreviations`; `kg_candidates` stores the
selected entity candidates on `doc._.kg_candidates`, the paper's proposal clauses on
`doc._.proposals`, and title names that need the abstract's confirmation on `doc._.title_names`.
`kg_attributes` stands in for the model's attribute_ruler (see `attributes`).
"""

from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import find_abbreviations
from .attributes import apply_rules, compile_rules
from .cues import doc_text, proposal_spans
from .entities import (abbreviation_candidates, benchmarks_of_tasks, coined_candidates, defined_task_candidates,
                       elided_known_candidates, emphasised_candidates, event_candidates, gazetteer_candidates,
                       gerund_method_candidates, hyponym_candidates, listed_proposal_candidates, listed_tasks,
                       listed_techniques, mark_proposed, metric_phrase_candidates, model_candidates,
                       modified_known_candidates, named_data_candidates, named_phrase_candidates,
                       named_task_list_candidates, names_listed_with_known, parenthesised_names, phrase_candidates,
                       quoted_kind_candidates, select, shared_head_candidates, team_end, title_candidates,
                       type_by_lists, with_versions, without_descriptions, x_to_y_candidates)
from .gazetteer import Gazetteer

for _name in ("abbreviations", "kg_candidates", "proposals", "title_names"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("kg_abbreviations")
def abbreviations_component(doc):
    doc._.abbreviations = find_abbreviations(doc_text(doc))
    return doc


class AttributeRules:
    def __init__(self, rules):  # None: the model's patterns do not compile, and its ruler stays
        self.rules = rules
        self.memo: dict = {}

    def __call__(self, doc):
        apply_rules(doc, self.rules, self.memo)
        return doc


@Language.factory("kg_attributes")
def make_attribute_rules(nlp, name):
    """Compiled from the model's own attribute_ruler, which must be in the pipeline."""
    return AttributeRules(compile_rules(nlp.get_pipe("attribute_ruler").patterns, nlp.vocab.strings))


class CandidateFinder:
    def __init__(self, nlp):
        self.gazetteer = Gazetteer(nlp.vocab, nlp.make_doc)

    def __call__(self, doc):
        is_title = doc.user_data.get("field") == "title"
        text = doc_text(doc)
        proposals = proposal_spans(doc)
        known = gazetteer_candidates(doc, text, self.gazetteer, doc._.abbreviations or [])
        cands = (known + modified_known_candidates(doc, text, known) + model_candidates(text, known)
                 + abbreviation_candidates(doc, text, doc._.abbreviations or [], self.gazetteer, proposals)
                 + coined_candidates(doc, text, self.gazetteer, proposals)
                 + phrase_candidates(doc, self.gazetteer, proposals) + gerund_method_candidates(doc, self.gazetteer)
                 + metric_phrase_candidates(doc, text, self.gazetteer) + x_to_y_candidates(text)
                 + quoted_kind_candidates(text) + named_phrase_candidates(doc, text)
                 + named_data_candidates(text) + emphasised_candidates(doc, text, proposals)
                 + defined_task_candidates(text) + named_task_list_candidates(text))
        cands += listed_techniques(text, cands)
        cands += listed_proposal_candidates(doc, cands)
        cands += hyponym_candidates(doc, text, cands)
        cands += parenthesised_names(text, cands)
        cands = listed_tasks(text, cands)
        cands += shared_head_candidates(text, cands) + elided_known_candidates(text, known, self.gazetteer)
        if not is_title:  # every word of a title is capitalised
            cands += names_listed_with_known(text, cands)
        cands = type_by_lists(text, with_versions(text, cands))
        cands = benchmarks_of_tasks(text, cands, doc._.abbreviations or [])
        if is_title:
            team = team_end(text)
            cands = [c for c in cands if c.start >= team]
            cands += event_candidates(text, cands)
            title = title_candidates(text, self.gazetteer)
            cands += [c for c in title if not c.extra.get("echo")]
            doc._.title_names = [c for c in title if c.extra.get("echo")]  # settled with the abstract
            proposals += [(c.start, c.end) for c in title]
        doc._.proposals = proposals
        doc._.kg_candidates = mark_proposed(doc, text, without_descriptions(text, select(cands)), proposals)
        return doc


@Language.factory("kg_candidates")
def make_candidate_finder(nlp, name):
    return CandidateFinder(nlp)
