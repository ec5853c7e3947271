"""Sentence-level cues shared by entity typing and relation rules: where a paper states its own
contribution, and which statements are negated, hypothetical or questions."""

import functools
import re

PROPOSAL_VERBS = frozenset({"propose", "introduce", "present", "develop", "release", "design", "construct", "create",
                  "build", "devise", "contribute", "curate", "formulate", "establish", "offer", "describe",
                  "put", "unveil", "publish", "collect", "compile", "define"})
# verbs whose passive in an abstract states the paper's own contribution ("X is proposed"); the others
# are said of anyone's work ("Llama-3 was released during this project") unless the subject is ours
_OWN_IN_PASSIVE = frozenset({"propose", "introduce", "present", "design", "devise", "formulate", "define", "describe",
                             "put"})
_SELF = {"we", "this paper", "this work", "this study", "this article", "the paper", "our work", "here", "this survey",
         "this review", "this tutorial", "this thesis"}
_SPAN_STOPS = {"which", "whose", "that", "to", "into", "for", "by", "using", "from", "with", "based", "trained",
               "fine-tuned", "built", "where", "while", "in", "on", "of", "through", "via", "across", "between"}
NEGATIONS = {"not", "no", "never", "n't", "fail", "fails", "failed", "cannot", "neither", "nor", "without"}
_IRREGULAR = {"built": "build", "made": "make", "put": "put", "beaten": "beat", "better": "better",
              "shown": "show", "done": "do", "run": "run", "ran": "run", "trained": "train", "is": "be", "are": "be",
              "was": "be", "were": "be"}
_DOUBLED = re.compile(r"([bcdfgklmnprstvz])\1(ed|ing)$")
_DOUBLED_ENDING = re.compile(r"[a-z](ed|ing)$")


@functools.lru_cache(maxsize=1 << 16)
def base_form(word: str, vocabulary: frozenset[str]) -> str:
    """The member of `vocabulary` that `word` inflects ("proposed" -> "propose"), else the word.

    The pipeline runs without spaCy's lemmatizer (a quarter of its time); the rules only need
    the base forms of their own cue words. Words repeat, so the answers are cached.
    """
    word = word.lower()
    if word in vocabulary:
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
                         ("ing", "e")):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in vocabulary:
            return word[: -len(suffix)] + repl
    if _DOUBLED.search(word) and _DOUBLED_ENDING.sub("", word) in vocabulary:
        return _DOUBLED_ENDING.sub("", word)
    return word


def _per_doc(doc, key: str, compute):
    """What `compute` gives for the Doc, worked out once and kept in its user_data."""
    if key not in doc.user_data:
        doc.user_data[key] = compute()
    return doc.user_data[key]


def doc_text(doc) -> str:
    """The Doc's text, computed once (Doc.text joins every token's text again on every access)."""
    return _per_doc(doc, "text", lambda: doc.text)


def span_text(span) -> str:
    """A sentence's or span's text, cut from the Doc's (Span.text also joins its tokens' texts anew)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentences(doc) -> list:
    """The Doc's sentences, computed once (Doc.sents is rebuilt on every access)."""
    return _per_doc(doc, "sents", lambda: list(doc.sents))


def is_self_reference(sent) -> bool:
    low = span_text(sent).lower()
    return any(tok.lower_ in {"we", "our", "us"} for tok in sent) or any(s in low for s in _SELF if " " in s)


def is_hedged(sent) -> bool:
    """Questions, hypotheticals and wishes ("whether", "if", "could", "would", "might", "we hope") state
    no fact. Worked out once per sentence: every rule asks."""
    known = _per_doc(sent.doc, "hedged", dict)
    key = (sent.start, sent.end)
    if key not in known:
        text = span_text(sent)
        known[key] = text.rstrip().endswith("?") or _HEDGE.search(text) is not None
    return known[key]


# the words as spaCy splits them: "couldn't" is "could" + "n't"
_HEDGE = re.compile(r"\b(?:whether|if|would|could|might|hope|hopefully)(?:\b|(?=n['’]t\b))", re.IGNORECASE)


def is_negated(tokens) -> bool:
    """Whether a negation is among `tokens`; "not only ... but also" affirms."""
    return any((tok.lower_ in NEGATIONS or tok.dep_ == "neg") and not _not_only(tok) for tok in tokens)


def _not_only(tok) -> bool:
    return tok.lower_ == "not" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in {"only", "just", "merely"}


# "we address this with Zorvath, a novel method": a name the text calls new is the paper's own
_NEW_APPOSITION = re.compile(r"\b([A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*)*), (?:a|an) (?:novel|new)\b")


_NAME_SHAPE = re.compile(r"[A-Z][A-Za-z]*(?:[A-Z0-9][A-Za-z0-9]*)(?:-[A-Za-z0-9]+)*")  # "B2NER", "ZorbLM", "Zorb-7B"
_OWN_KINDS = {"model", "models", "method", "methods", "framework", "approach", "algorithm", "architecture",
              "system", "systems", "agent", "agents", "pipeline", "toolkit", "library", "metric", "dataset",
              "datasets", "benchmark", "benchmarks", "corpus", "corpora", "resource", "resources", "collection",
              "suite"}


def _named_own_things(sent) -> list[tuple[int, int]]:
    """ "our adapted models, ZorbLlama-2", "a novel Dutch benchmark, ZorbBench", "our best model, named
    Zorbmas": the name after a description of the paper's own (new) thing."""
    spans = []
    defined = {a.short for a in sent.doc._.abbreviations or ()}
    for tok in sent:
        new = tok.lower_ in {"novel", "new"} and tok.i > 0 and tok.nbor(-1).lower_ in {"a", "an"}
        if not (tok.lower_ == "our" or new):
            continue
        name = tok.nbor(1) if tok.i + 2 < sent.end else None
        if tok.lower_ == "our" and name is not None and _NAME_SHAPE.fullmatch(name.text) and \
                name.nbor(1).lower_ in _OWN_KINDS and name.text not in defined:
            # "Our B2NER models, trained on ...": ours ("our APE model" is a model for automatic post-editing)
            spans.append((name.idx, name.idx + len(name.text)))
            continue
        words = 0
        for nxt in tok.doc[tok.i + 1: sent.end]:
            if nxt.text == ",":
                name = nxt.nbor(1) if nxt.i + 1 < sent.end else None
                if name is not None and name.lower_ in {"named", "called", "dubbed", "termed"}:
                    name = name.nbor(1) if name.i + 1 < sent.end else None
                if words and name is not None and name.text[:1].isupper():
                    spans.append((name.idx, name.idx + len(name.text)))
                break
            if nxt.pos_ not in {"ADJ", "NOUN", "PROPN", "VERB"} or nxt.tag_ in {"VBZ", "VBP", "VBD"} or words == 4:
                break
            words += 1
    return spans


# "an approach - which we call the teleological approach -", "we call this procedure gradual annealing",
# "what we term zorbic drift": the name the paper gives (not "we call for", "we call on")
_WE_CALL = re.compile(r"\bwe (?:call|term|dub|name)(?: (?:this|it|these|them|such)(?: (?:new|novel|proposed))?"
                      r"(?: (?:approach|method|procedure|"
                      r"process|technique|framework|paradigm|strategy|task|setting|problem|phenomenon|effect|"
                      r"behaviou?r|property|model|dataset|benchmark|metric|measure|step|stage|phase)s?)?)?"
                      r"(?= )(?! (?:for|on|upon)\b)")
# "a novel debiasing method, called confidence regularization": a name given, not always by the paper
_CALLED = re.compile(r"(?<!so-)\b(?:called|termed|dubbed)(?= )")
# the words that give a thing its name: "a framework named X", "a problem referred to as X"
NAMING = r"(?:called|named|termed|dubbed|referred to as)"
# "we focus on a new problem, referred to as ..." names the paper's own, whatever the verb before
_NEW_NAMED = re.compile(rf"\ban? (?:new|novel)(?: [\w-]+){{1,3}}?,? {NAMING}(?= )")
_PERFECT = re.compile(r"\b(?:has|have|had)\b", re.I)
_NAME_END = re.compile(r"\s(?:-|--|which|that|to|for|by|and|where|while|in|on|of|with)\s|[,;:.()\u2014]")
_NAME_AFTER_AS = re.compile(r"(?: \S+){1,4} as ")  # "we name this augmented version as TVQA+"


def named_by_us(sent_text: str, offset: int) -> list[tuple[int, int]]:
    """What follows "we call (this ...)" in a sentence (its text, and where it starts): a name the paper
    coins, up to the end of its phrase (at most six words)."""
    return _named_after(_WE_CALL, sent_text, offset)


def named_phrases(sent_text: str, offset: int) -> list[tuple[int, int]]:
    """What follows "we call (this ...)", "called", "termed" or "dubbed": a name given to a phrase."""
    return named_by_us(sent_text, offset) + _named_after(_CALLED, sent_text, offset)


def _named_after(cue: re.Pattern, sent_text: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    for m in cue.finditer(sent_text.lower()):
        if _NAME_AFTER_AS.match(sent_text, m.end()):
            continue  # the name comes after "as"
        end = _NAME_END.search(sent_text, m.end())
        end = end.start() if end else len(sent_text)
        words = list(re.finditer(r"\S+", sent_text[m.end():end]))
        if len(words) > 6:
            end = m.end() + words[5].end()
        spans.append((offset + m.end(), offset + end))
    return spans


_OWN_CONTRIBUTION = {"our", "key", "main", "major", "primary", "principal", "core", "central"}


# "we propose two decoding strategies: A for ... and B for ...": the items after the colon are the proposals,
# of the kind the counted noun says
_LISTED_KINDS = {"Method": "methods|approaches|techniques|strategies|frameworks|variants|baselines|modules|algorithms|"
                           "losses|architectures|remedies|extensions|components|systems|tools|objectives",
                 "Model": "models", "Dataset": "datasets|benchmarks|corpora|subsets|resources",
                 "Metric": "metrics|measures", "Task": "tasks"}
_COUNTED_LIST = re.compile(r"\b(?:we|paper|work|study)\s+(?:\w+\s+)?(?:propose|introduce|present|develop|design|"
                           r"formulate|create|build|construct)s?\s+(two|three|four|five|six|several|\d)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:%s)\s*:" % "|".join(
                               f"(?P<{kind}>{nouns})" for kind, nouns in _LISTED_KINDS.items()), re.I)


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def listed_proposals(doc) -> list[tuple[int, int, str]]:
    """Character ranges of the items counted proposals list after their colon, with their type, computed
    once per Doc (proposals and candidates both read them). More items than counted means the list was
    misread ("two methods: a multi-task translation and parsing model ..., and a mixed encoder model
    ..."): none is taken."""
    return _per_doc(doc, "listed", lambda: [item for sent in sentences(doc) for item in _listed_in(sent)])


def _listed_in(sent) -> list[tuple[int, int, str]]:
    if is_hedged(sent) or not (m := _COUNTED_LIST.search(span_text(sent))):
        return []
    colon = sent.doc.char_span(sent.start_char + m.end() - 1, sent.start_char + m.end())
    items = _colon_list_items(sent.doc, colon.start, sent.end)
    count = _COUNTS.get(m.group(1).lower(), int(m.group(1)) if m.group(1).isdigit() else len(items))
    return [(start, end, m.lastgroup) for start, end in items if start is not None] if len(items) <= count else []


_ENUMERATOR = re.compile(r"(?:[ivx]{1,4}|\d|[a-e])")


def _colon_list_items(doc, colon: int, sent_end: int) -> list[tuple[int | None, int | None]]:
    """The items listed after a colon, each up to what only describes it ("A with B for C and D for E"
    gives A and D); (None, None) for an item that is only a description ("a word embedding approach").
    Numbered items ("(i) ..., (ii) ...") are split at their numbers alone, so an "and" inside one starts
    no new item; what is in parentheses is skipped."""
    tokens = doc[colon + 1: sent_end]
    numbered = {t.i for t in tokens
                if _ENUMERATOR.fullmatch(t.lower_) and t.i + 1 < len(doc) and doc[t.i + 1].text == ")"}
    items, start, end, described, opened, depth = [], None, None, False, False, 0
    for t in tokens:
        if t.text == "(" and t.i + 1 not in numbered:
            depth += 1
        elif t.text == ")" and depth and t.i - 1 not in numbered:
            depth -= 1
        elif depth:
            continue
        elif (t.i in numbered or t.text == ";") if numbered else (t.lower_ in {"and", ",", ";"}):
            if opened:
                items.append((None, None) if start is None else (start, end))
            start, described, opened = None, False, False
        elif t.is_punct and (t.text in "()" or t.is_sent_end) or t.i - 1 in numbered:
            continue
        elif (t.lower_ in _SPAN_STOPS or t.pos_ == "ADP") and not glued(t) or t.lower_ in {"and", ","}:
            described = True  # what follows describes the item ("..., with 2,104 videos" goes on the last one)
        elif not opened and (t.lower_ in {"a", "an", "one", "another", "other"} or t.tag_ in {"VB", "VBP", "VBZ"}):
            described, opened = True, True  # "(ii) use Ro-AWL words as ...": a step, not a named thing
        elif not described:
            start = t.idx if start is None else start
            end, opened = t.idx + len(t.text), True
    if opened:
        items.append((None, None) if start is None else (start, end))
    return items


def glued(tok) -> bool:
    """ "Learning-from-Mistakes": a word hyphenated to the one before it is part of that name."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_


def _listed_contributions(sent) -> list[tuple[int, int]]:
    """ "Key contributions include X and Y", "our contributions are ...": the rest of the sentence lists
    what the paper introduces ("prior contributions include" do not count; "our contribution is to
    learn ..." states an aim, not a list)."""
    for tok in sent:
        if tok.lower_ in {"contribution", "contributions"} and tok.dep_ == "nsubj" and \
                tok.head.lower_ in {"include", "are", "comprise"} and \
                any(c.lower_ in _OWN_CONTRIBUTION or c.dep_ == "nummod" for c in tok.children):
            return [(tok.head.idx + len(tok.head.text), sent.end_char)]
    return []


def _shares_our_subject(tok) -> bool:
    """ "We perturb using occlusion and develop X": the parser may hang "develop" on "using"; up the
    chain of coordinated and complement verbs, one has "we" for subject. A bare "and propose" in a
    sentence whose main verb is ours is ours too, however the parser hangs it ("we construct a graph
    associating ..., and propose X")."""
    if tok.tag_ == "VB" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "and" and \
            any(c.dep_ == "nsubj" and c.lower_ == "we" for c in tok.sent.root.children):
        return True
    for _ in range(3):
        if tok.dep_ not in {"conj", "xcomp"} or tok.head is tok:
            return False
        tok = tok.head
        if any(c.dep_ == "nsubj" and c.lower_ == "we" for c in tok.children):
            return True
    return False


def proposal_spans(doc) -> list[tuple[int, int]]:
    """Character ranges holding what the paper says it introduces ("we propose X, a ...", "X is proposed")."""
    spans = [(start, end) for start, end, _ in listed_proposals(doc)]
    for sent in sentences(doc):
        if is_hedged(sent):
            continue
        sent_text = span_text(sent)
        spans.extend((sent.start_char + m.start(1), sent.start_char + m.end(1))
                     for m in _NEW_APPOSITION.finditer(sent_text))
        spans.extend(_named_own_things(sent))
        spans.extend(_listed_contributions(sent))
        spans.extend(named_by_us(sent_text, sent.start_char))
        if not _PERFECT.search(sent_text):  # "a new LF called KoPL has been introduced" by others
            spans.extend(_named_after(_NEW_NAMED, sent_text, sent.start_char))
        for tok in sent:
            verb = base_form(tok.text, PROPOSAL_VERBS)
            after_we = tok.i > 0 and doc[tok.i - 1].lower_ == "we"
            if verb not in PROPOSAL_VERBS or tok.pos_ not in {"VERB", "AUX"} and not after_we:
                continue
            subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
            # the tagger may read "We present X, an ..." as an adjective with no subject: "we" is still it
            active_self = any(c.lower_ in {"we", "paper", "work", "study", "article", "i"} for c in subj) or \
                not subj and (tok.head is not tok and any(c.lower_ == "we" for c in tok.head.children)
                or tok.tag_ not in {"VBG", "VBN"} and (after_we or _shares_our_subject(tok)))
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            # "X have been proposed to ...": a perfect tells what the field has done, not what the paper does
            perfect = any(c.dep_ == "aux" and c.lower_ in {"have", "has", "had"} for c in tok.children)
            if verb == "put" and not any(c.lower_ == "forward" for c in tok.children):
                continue
            if verb == "contribute" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                continue  # "this work contributes to a broader understanding" helps; it introduces nothing
            if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                continue  # a purpose: "To build a theoretical understanding of this, we formalize ..."
            # "we propose X, ..., without any loss in quality" is no negation of the proposal
            if active_self and not is_negated([c for c in tok.children if c.dep_ != "prep"]):
                end = sent.end_char
                for t in doc[tok.i + 1: sent.end]:
                    # "... and we evaluate recent LLMs (GPT-4, ...)": a new clause says what else the paper does
                    new_clause = t.lower_ in {"and", "but"} and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "we"
                    # "a strategy building upon X": what it builds on is not new ("an improvement upon X,
                    # called Y" goes on to the name)
                    built_on = t.lower_ == "upon" and doc[t.i - 1].lower_.endswith(("ing", "ed", "built"))
                    # "a new task of glyph identification" proposes the task the "of" names
                    task_of = t.lower_ == "of" and doc[t.i - 1].lower_ == "task"
                    if t.lower_ in _SPAN_STOPS and t.i > tok.i + 2 and not task_of or t.text in {";", ":"} \
                            or new_clause or built_on:
                        end = t.idx
                        break
                spans.append((tok.idx + len(tok.text), end))
            elif passive and subj and (verb in _OWN_IN_PASSIVE and not perfect and (is_self_reference(sent) or
                                                                                tok.i > sent.start)
                                       or any(t.lower_ == "our" for c in subj for t in c.subtree)):
                left = min(t.left_edge.idx for t in subj)
                spans.append((left, tok.idx))
    return spans
