"""Relation rules over one paper: the five relation types from sentence and dependency patterns.

Negated, hypothetical and question statements give no relation. Where the paper names its own
contribution (exactly one proposed Method or Model), relations that would attach to the paper
attach to it instead (GUIDELINES.md).
"""

import re

from ..records import PAPER, Entity, Evidence, Relation, allowed
from .cues import base_form, glued, is_hedged, is_negated, is_self_reference, sentences, span_text

_OUTPERFORM = {"outperform", "surpass", "beat", "exceed", "outshine", "outpace", "overtake", "dominate"}
_BETTER = {"better", "superior", "stronger", "higher"}
_BE = frozenset({"be"})
_EVAL_WORDS = {"evaluate", "evaluation", "experiment", "test", "benchmark", "achieve", "result", "outperform",
               "score", "accuracy", "performance", "improve", "train", "fine-tune", "finetune", "show",
               "demonstrate", "report", "surpass", "attain", "reach", "obtain", "yield", "gain", "conduct",
               "measure", "assess", "compare", "validate", "apply", "perform"}
_RESULT_WORDS = frozenset(_EVAL_WORDS | {"metric", "measure", "increase", "reduce", "improvement", "%", "point",
                                         "points"})

_SOTA = re.compile(r"state[- ]of[- ]the[- ]art|\bSOTA\b", re.I)  # "sets a new state of the art on ImageNet"
_GAIN_NOUNS = {"speedup", "speed-up", "improvement", "improvements", "gain", "gains", "advantage"}  # "... over X"
_WORSE = {"underperform", "trail"}
_CUE_WORDS = frozenset(_OUTPERFORM | _BETTER | _WORSE | {"improve", "lag", "fall"})

# How often each rule is right: its precision on the dev set, smoothed ((right + 1) / (found + 2), so a
# rule seen a few times is not trusted fully) and rounded to 0.05; not fitted per name.
CONFIDENCE = {
    "proposes:title": 0.9,
    "evaluatesOn:paper": 0.85,
    "evaluatesOn:subject": 0.85,
    "addressesTask:benchmark": 0.85,
    "addressesTask:dataset": 0.85,
    "proposes:clause": 0.85,
    "evaluatesOn:benchmark": 0.75,
    "usesMetric:dataset": 0.75,
    "outperforms:clause": 0.7,
    "addressesTask:title": 0.7,
    "usesMetric:model": 0.65,
    "addressesTask:own": 0.6,
    "usesMetric:paper": 0.5,
    "addressesTask:clause": 0.45,
}


class _Sentence:
    def __init__(self, fld, sent, mentions):
        self.field = fld
        self.sent = sent
        self.mentions = mentions  # [(entity, start_char, end_char)] in text order
        self.members = _dedupe(mentions)  # each entity at its first mention

    def evidence(self) -> Evidence:
        return Evidence(self.field, self.sent.start_char, self.sent.end_char, span_text(self.sent))

    def of_type(self, *types):
        return [(e, s, t) for e, s, t in self.members if e.type in types]


def find_relations(docs: dict, texts: dict, entities: list[Entity], proposed: set[str]) -> list[Relation]:
    """All relations of one paper. `texts`: each field's text; `proposed`: names of entities the paper
    introduces."""
    out: dict[tuple, Relation] = {}

    types = {e.name: e.type for e in entities} | {PAPER: PAPER}

    def add(head, rel, tail, sentence: _Sentence, rule):
        if head == tail or not allowed(rel, types[head], types[tail]):
            return
        key = (head, rel, tail)
        conf = CONFIDENCE[rule]
        if key not in out or out[key].confidence < conf:
            out[key] = Relation(head, rel, tail, conf, sentence.evidence(), f"rule:{rule}")

    own = [e for e in entities if e.name in proposed and e.type in {"Method", "Model"}]
    main = own[0].name if own else PAPER  # the paper's first named method or model speaks for it
    if own and all(m.field == "title" for m in own[0].mentions):
        # "VisDoM: ..." then "We propose VisDoMRAG, ...": the abstract's name for the title's thing is what runs
        main = next((e.name for e in own[1:] if e.name.startswith(main)), main)
    benchmarks = [e.name for e in entities if e.name in proposed and e.type == "Dataset"]

    for s in _sentences(docs, entities):
        if is_hedged(s.sent):
            if s.field == "title" or is_self_reference(s.sent):
                # a research question ("we examine whether LLMs learn ... in mathematical reasoning tasks")
                # claims nothing, but its tasks are what the paper works on
                for t, _, _ in s.of_type("Task"):
                    add(main, "addressesTask", t.name, s, "addressesTask:clause")
            continue
        title = s.field == "title"
        for e, _, _ in s.members:
            if e.name in proposed:
                add(PAPER, "proposes", e.name, s, "proposes:title" if title else "proposes:clause")
        lemmas = _base_forms(s.sent)
        ours = title or is_self_reference(s.sent)
        sent_text = texts[s.field][s.sent.start_char:s.sent.end_char]
        evaluative = bool(lemmas & _EVAL_WORDS) or _opens_with_datasets(s, sent_text) or bool(_SOTA.search(sent_text))

        # A benchmark paper's evaluated models run on its benchmark, wherever the abstract names them,
        # and whatever their results ("models ... which fail to ..." were still run on it).
        if evaluative:
            for m, _, _ in s.of_type("Model"):
                if m.name not in proposed:
                    for b in benchmarks:
                        add(m.name, "evaluatesOn", b, s, "evaluatesOn:benchmark")

        # evaluatesOn: datasets of a statement about experiments
        own_here = [e.name for e, _, _ in s.of_type("Method", "Model") if e.name in proposed]
        heads = [(m, ms) for m, ms, _ in s.of_type("Model")
                 if (m.name not in proposed or m.name == main) and not _base_model(s.sent, ms)]
        for d, ds, _ in s.of_type("Dataset"):
            # "we do not evaluate on D", not "we evaluate on D ... without introducing parameters"
            if not (evaluative or ours) or is_negated([t for t in _clause_of(s.sent, ds) if t.idx < ds]):
                continue
            if d.name in proposed and not evaluative:
                continue
            if heads and evaluative:
                verb = _training_verb(s.sent, ds)
                # "we fine-tune A, B and C on D": the verb's objects were trained on D; "ZorbLM, trained on D,
                # outperforms ...": the name before it
                trained = None if verb is None else [ms for _, ms in heads if verb.idx < ms < ds] or \
                    [max((x for _, x in heads if x < verb.idx), default=None)]
                for m, ms in heads:
                    if trained is None or ms in trained:
                        add(m.name, "evaluatesOn", d.name, s, "evaluatesOn:subject")
            if ours or not heads or own_here:
                # "experiments on ToolBench show that STE improves ...": the paper's named method was run on it
                for h in own_here or [main]:
                    add(h, "evaluatesOn", d.name, s, "evaluatesOn:paper")

        # usesMetric: metrics of a statement about results
        for m, ms, _ in s.of_type("Metric"):
            if not (lemmas & _RESULT_WORDS or ours) or is_negated(_words_before(s.sent, ms, 3)):
                continue  # "without sacrificing accuracy" reports no accuracy
            add(main, "usesMetric", m.name, s, "usesMetric:paper")
            for d, ds, _ in s.of_type("Dataset", "Model"):
                if abs(ds - ms) < 100 and _same_clause(s.sent, ds, ms):  # "accuracy on AIME", "GPT-4 reaches 80% accuracy"
                    add(d.name, "usesMetric", m.name, s, "usesMetric:dataset" if d.type == "Dataset" else "usesMetric:model")

        # addressesTask: tasks the paper (or its contribution) works on; background statements excluded
        tasks = s.of_type("Task")
        on_tasks = _listed_with(s.sent, tasks, [t for t in tasks if evaluative and _object_of_on(s.sent, t[1])])
        # "TART improves performance across ... tasks (14 NLP binary classification tasks)": a sentence
        # about the paper's named method speaks for the paper
        about_own = main != PAPER and any(e.name == main for e, _, _ in s.members)
        for t, ts, _ in tasks:
            if not (ours or about_own or t in on_tasks):
                continue
            rule = "addressesTask:title" if title else "addressesTask:clause" if ours or t in on_tasks else \
                "addressesTask:own"
            add(main, "addressesTask", t.name, s, rule)
            for d, _, _ in s.of_type("Dataset"):
                if d.name in proposed:
                    add(d.name, "addressesTask", t.name, s, "addressesTask:dataset")
        for d, t in datasets_of_tasks(texts[s.field], s.sent.doc, s.of_type("Dataset"), s.of_type("Task")):
            add(d.name, "addressesTask", t.name, s, "addressesTask:benchmark")

        # outperforms: "A outperforms B", "A is better than B"; the winner was run on the sentence's datasets
        for winner in _outperforms(s, main, add):
            for d, ds, _ in s.of_type("Dataset"):
                if not is_negated(_clause_of(s.sent, ds)) and not (d.name in proposed and not evaluative):
                    add(winner, "evaluatesOn", d.name, s, "evaluatesOn:subject")
    return list(out.values())


_OF_TASK = r"(?:\s+(?:tasks?|benchmarks?|datasets?|problems?))?"
_LIST_SO_FAR = r"(?:[^().;]*?(?:,|\band\b|&)\s*)?"
# "mathematical reasoning (GSM8K, MATH)", "question answering tasks (e.g., XQuAD)",
# "QA benchmarks such as SQuAD and NQ": the dataset is listed right after its task
_TASK_THEN_DATASETS = re.compile(_OF_TASK + r"\s*(?:\(\s*(?:e\.g\.|i\.e\.|such as|including)?,?\s*|"
                                 r",?\s+(?:such as|like|including|e\.g\.,?)\s+)" + _LIST_SO_FAR + r"$")
# "the BEIR text retrieval benchmark"
_DATASET_THEN_TASK = re.compile(r"\s+(?:benchmarks?|datasets?|tasks?|suite|corpus)\b")


def datasets_of_tasks(text: str, doc, datasets: list, tasks: list) -> list[tuple]:
    """(dataset, task) pairs where the text presents the dataset as a benchmark of the task; what a
    benchmark tests is part of what it is, whatever the sentence claims about results. A short form
    defined in the parentheses ("document-based QA (DQA)") names the task itself, not a benchmark."""
    shorts = {a.short_start for a in doc._.abbreviations or ()}
    pairs = []
    for d, ds, de in datasets:
        if ds in shorts:
            continue
        for t, ts, te in tasks:
            if te <= ds and ds - te < 200 and _TASK_THEN_DATASETS.match(text, te, ds):
                pairs.append((d, t))
            elif de <= ts and not text[de:ts].strip() and _DATASET_THEN_TASK.match(text, te):
                pairs.append((d, t))
    return pairs


def _opens_with_datasets(s: _Sentence, text: str) -> bool:
    """ "On VBench and UCF-101, X matches ...": a sentence that opens on datasets reports results there."""
    first = s.sent[0].lower_
    comma = text.find(",")
    return first in {"on", "across"} and comma > 0 and any(
        ds - s.sent.start_char < comma for _, ds, _ in s.of_type("Dataset"))


def _base_model(sent, char: int) -> bool:
    """The model is what a method runs on ("On Qwen3-4B, TEMPO outperforms PPO on MATH"), not what is
    evaluated."""
    text = span_text(sent)
    return text[:3].lower() == "on " and 0 <= char - sent.start_char < text.find(",")


def _words_before(sent, char: int, n: int) -> list:
    return [t for t in sent if t.idx < char][-n:]


def _object_of_on(sent, char: int) -> bool:
    """The task is what experiments are run on: "... on machine translation", "for summarization"."""
    return any(t.lower_ in {"on", "for", "across"} for t in _words_before(sent, char, 4))


def _listed_with(sent, members: list, chosen: list) -> set:
    """The chosen entities and those listed after them: "across mathematical reasoning (GSM8K),
    procedural generation (LongProc), and long-context understanding" are all run on. A verb or a
    clause break between two names ends the list."""
    out, last = set(), None
    for e, start, end in members:
        if any(e is c[0] for c in chosen):
            out.add(e)
            last = end
        elif last is not None and not any(t.pos_ in {"VERB", "AUX"} or _breaks_clause(t)
                                           for t in sent if last <= t.idx < start):
            out.add(e)
            last = end
        else:
            last = None
    return out


def _same_clause(sent, a: int, b: int) -> bool:
    """No clause break (;, but, while, whereas, and a new subject) between two character offsets."""
    lo, hi = min(a, b), max(a, b)
    between = [t for t in sent if lo < t.idx < hi]
    return not any(_breaks_clause(t) or _joins_predicates(t) for t in between)


def _breaks_clause(tok) -> bool:
    return tok.text in {";", ":"} or tok.lower_ in _CLAUSE_BREAKS - {"and"}


def _joins_predicates(tok) -> bool:
    """", and reaches ...": a comma and "and" before a verb start a new predicate, with its own objects."""
    return tok.lower_ == "and" and tok.i > 0 and tok.nbor(-1).text == "," and tok.i + 1 < len(tok.doc) and \
        tok.nbor(1).pos_ in {"VERB", "AUX"}


def _clause_of(sent, char: int) -> list:
    """The tokens of the clause holding a character offset (clauses end at ;, but, while, whereas)."""
    breaks = [t.idx for t in sent if _breaks_clause(t)]
    lo = max([b for b in breaks if b <= char], default=sent.start_char)
    hi = min([b for b in breaks if b > char], default=sent.end_char)
    return [t for t in sent if lo <= t.idx < hi]


def _outperforms(s: _Sentence, main: str, add) -> set[str]:
    """Adds the comparisons of one sentence; returns their winners."""
    winners = set()
    for tok in s.sent:
        lemma = base_form(tok.text, _CUE_WORDS)
        if lemma not in _CUE_WORDS and tok.lower_ not in _GAIN_NOUNS:
            continue
        following = [t.lower_ for t in tok.doc[tok.i + 1: min(tok.i + 3, s.sent.end)]]
        # "X is outperformed by Y", "X underperforms Y", "X lags behind / falls short of Y": Y wins
        worse = lemma in _WORSE or lemma in {"lag", "fall"} and bool({"behind", "short"} & set(following)) or \
            lemma in _OUTPERFORM and tok.tag_ == "VBN" and "by" in following
        cue = worse or lemma in _OUTPERFORM or (
            lemma in _BETTER and _compared_by(tok)) or (
            lemma in {"improve"} and _over_follows(tok)) or (
            tok.lower_ in _GAIN_NOUNS and _over_follows(tok))  # "gains of 1.2 ROUGE-L over X"
        if not cue:
            continue
        if is_negated(list(tok.children) + list(tok.doc[max(tok.i - 3, s.sent.start): tok.i])):
            continue
        agents = [(e, st, en) for e, st, en in s.of_type("Method", "Model") if st < tok.idx]
        stop = min(_clause_end(s.sent, tok), _instrument_start(s.sent, tok))
        # every mention counts: "Against X, Y achieves higher Pass@1, outperforming X's five rounds"
        patients = [(e, st) for e, st, _ in _dedupe([
            (e, st, en) for e, st, en in s.mentions if e.type in {"Method", "Model"} and tok.idx < st < stop
            and not (e.type == "Method" and _names_a_class(s.sent, en)) and not _purpose_of(s.sent, st)])]
        if not patients:
            continue
        after_agent = agents[-1][1] if agents else s.sent.start_char
        own_subject = any(t.lower_ in _OWN_WORDS for t in s.sent if after_agent <= t.idx < tok.idx)
        if own_subject:
            head = main  # "our fusion framework reaches ..., surpassing LayoutLMv3", "this model outperforms ..."
        elif agents:
            # "TART improves GPT-Neo's performance such that it outperforms BLOOM": the last named agent
            # wins, unless a gain is the object of a named subject ("X achieves gains over Y and over Z")
            subject = _gain_subject(tok) if tok.lower_ in _GAIN_NOUNS else None
            head = next((e.name for e, st, en in agents if subject is not None and st <= subject.idx < en),
                        agents[-1][0].name)
        elif own_subject or is_self_reference(s.sent) or main != PAPER and _subject_is_it(tok):
            head = main  # "We introduce X. ... it improves Pass@1 by 3.0% over Y": "it" is the paper's X
        else:
            continue
        for e, _ in patients:
            if worse:
                add(e.name, "outperforms", head, s, "outperforms:clause")
                winners.add(e.name)
            else:
                add(head, "outperforms", e.name, s, "outperforms:clause")
                winners.add(head)
    for head, loser in _compared_with(s, main):
        add(head, "outperforms", loser, s, "outperforms:clause")
        winners.add(head)
    return winners


_COMPARED = {"compared", "comparing", "relative"}
_GAIN_VERBS = frozenset({"improve", "outperform", "surpass", "exceed", "boost", "enhance", "beat"})
_REPORTING_VERBS = _GAIN_VERBS | {"achieve", "obtain", "yield", "show", "exhibit", "demonstrate", "deliver", "attain"}
_HIGHER = {"higher", "better", "superior", "stronger", "more", "significant", "substantial", "consistent",
           "improved", "notable", "large", "larger", "improvement", "improvements", "gain", "gains"}


def _compared_with(s: _Sentence, main: str) -> list[tuple[str, str]]:
    """ "Compared to traditional LoRA and its variants, MoRE significantly improves ...": the named systems
    the fronted phrase compares with lose to the clause's subject (a named one, or the paper's own
    where "our" or "we" speaks), if the clause says it gains, with no parity or negation."""
    out = []
    for tok in s.sent:
        if tok.lower_ not in _COMPARED or tok.i + 1 >= s.sent.end or tok.nbor(1).lower_ not in {"to", "with"}:
            continue
        comma = next((t for t in s.sent.doc[tok.i + 2: s.sent.end] if t.text == ","), None)
        if comma is None or tok.i > s.sent.start and tok.nbor(-1).lower_ not in {"that", ","}:
            continue  # only a phrase that opens the sentence or a clause ("Results show that compared to")
        rest = s.sent.doc[comma.i + 1: s.sent.end]
        verb = next((t for t in rest if base_form(t.text, _REPORTING_VERBS) in _REPORTING_VERBS
                     and t.pos_ in {"VERB", "AUX"} or _says_better(t)), None)
        if verb is None or is_negated(list(rest)) or any(t.lower_ in _PARITY for t in rest):
            continue
        if base_form(verb.text, _GAIN_VERBS) not in _GAIN_VERBS and \
                not any(t.lower_ in _HIGHER for t in s.sent.doc[verb.i + 1: verb.i + 6]):
            continue  # "achieves comparable results" or "achieves 80%": no gain said
        losers = [e.name for e, st, en in s.mentions if e.type in {"Method", "Model"} and tok.idx < st < comma.idx
                  and not (e.type == "Method" and _names_a_class(s.sent, en))]
        agents = [e.name for e, st, _ in s.mentions if e.type in {"Method", "Model"} and comma.idx < st < verb.idx]
        own = any(t.lower_ in _OWN_WORDS for t in s.sent.doc[comma.i + 1: verb.i])
        # a predicate of being better holds of every system its subject lists; a verb's subject is one
        heads = agents if agents and _says_better(verb) else agents[:1] or ([main] if own or main != PAPER else [])
        out.extend((head, loser) for head in heads for loser in losers if loser != head)
    return out


def _says_better(tok) -> bool:
    """ "..., Code-LLMs like CodeLlama and Codex are significantly better in causal reasoning": a form of
    "be" that says its subject is better."""
    return base_form(tok.text, _BE) == "be" and bool(_BETTER & {t.lower_ for t in tok.doc[tok.i + 1: tok.i + 4]})


def _compared_by(better) -> bool:
    """ "better than X", "superior to X"; "works better than X" too, but not "to better adapt to X",
    where "better" qualifies a verb and "to" goes with it."""
    following = {t.lower_ for t in better.doc[better.i + 1: better.i + 3]}
    return "than" in following or "to" in following and better.tag_ != "RBR"


def _purpose_of(sent, start_char: int) -> bool:
    """ "outperforms existing methods of data annotation for ICL": what the beaten systems are for is not
    one of them."""
    before = _words_before(sent, start_char, 1)
    return bool(before) and before[0].lower_ == "for"


def _subject_is_it(tok) -> bool:
    """Whether the cue's verb (or the verb its gain noun is the object of) has "it" for subject."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


def _gain_subject(tok):
    """The subject of the verb whose object is the gain (through coordinated gains): "DPE achieves an
    improvement of 0.9 BLEU over BPE and an improvement of 0.55 BLEU over BPE dropout" -> DPE."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ not in {"dobj", "attr"}:
        return None
    return next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _over_follows(tok) -> bool:
    """ "improves over X", "improves F1 by 5.3 points over X": "over" within the verb's phrase (not
    after "an improved strategy building upon X")."""
    if tok.dep_ == "amod":
        return False
    for t in tok.doc[tok.i + 1: min(tok.i + 8, tok.sent.end)]:
        if t.lower_ in {"over", "upon"}:
            return True
        # a score's "%" and a measure the tagger takes for a verb ("Pass@1") are inside the phrase
        if t.is_punct and t.text != "%" or t.pos_ in {"VERB", "AUX"} and t.is_alpha or \
                t.lower_ in {"and", "on", "in", "across", "while"}:
            return False
    return False


_CLAUSE_BREAKS = {"while", "whereas", "but", "although", "though", "however", ";", "and"}
_CONSEQUENCES = {"showing", "demonstrating", "indicating", "suggesting", "highlighting", "revealing", "confirming",
                 "enabling", "allowing", "making", "leading"}
_PARITY = {"par", "comparable", "competitive", "matching", "rivaling", "rivalling"}  # "on par with X" is no win


_CLASS_NOUNS = {"methods", "approaches", "baselines", "models", "systems", "techniques", "variants", "algorithms"}


def _names_a_class(sent, end_char: int) -> bool:
    """ "outperforms previous RAG and reasoning methods", "LoRA-based approaches": a technique that only
    says which class of systems is beaten is no specific loser (guidelines); "ELMo models" is ELMo."""
    after = [t for t in sent if t.idx >= end_char and t.text != "-"][:3]
    if after and after[0].lower_ == "based":
        after = after[1:]
    elif len(after) > 1 and after[0].lower_ in {"and", "or"} and after[1].pos_ in {"NOUN", "PROPN"}:
        after = after[2:]  # "RAG and reasoning methods", not "GPT-4 and other models"
    return bool(after) and after[0].lower_ in _CLASS_NOUNS


_TRAINING_VERBS = frozenset({"train", "pretrain", "pre-train", "fine-tune", "finetune", "tune"})


def _training_verb(sent, start_char: int):
    """The "trained on" just before a dataset, if any: "ZorbLM, trained on 100B tokens of FineWeb-Edu,
    outperforms Pythia on HellaSwag" ran only ZorbLM on FineWeb-Edu, not the models it is compared with;
    or the training verb whose objects come before "on": "fine-tuning seven models, i.e., A, B, ..., on D"."""
    before = _words_before(sent, start_char, 6)
    on = next((t for t in before if t.lower_ == "on" and t.i > 0), None)
    if on is not None and base_form(on.nbor(-1).text, _TRAINING_VERBS) in _TRAINING_VERBS:
        return on.nbor(-1)
    if on is not None and base_form(on.head.text, _TRAINING_VERBS) in _TRAINING_VERBS and on.head.i < on.i:
        return on.head
    return None


def _base_forms(sent) -> set[str]:
    """The base forms of the sentence's cue words, hyphenated ones joined ("fine-tuning" is three tokens)."""
    toks = list(sent)
    forms = {base_form(t.text, _RESULT_WORDS) for t in toks}
    forms.update(base_form(f"{toks[i - 2].text}-{t.text}", _RESULT_WORDS) for i, t in enumerate(toks)
                 if i >= 2 and glued(t))
    return forms


_DESCRIBED_BY = {"of", "for", "by", "those", "one", "ones", "that", "which", "or", "and"}


def _instrument_start(sent, cue) -> int:
    """Where the compared names after a cue give way to what the comparison ran with: "outperforms GRPO
    on AIME using Qwen2.5-7B" compares no Qwen, nor does ", with two decoding algorithms, Beam Search and
    ...". ("with" and "based on" stay: "those with word-level attention", "the baseline based on BERT"
    name what is compared.)"""
    depth = 0
    for t in sent.doc[cue.i + 1: sent.end]:
        depth += (t.text == "(") - (t.text == ")")
        prev = t.nbor(-1)
        if t.lower_ in {"using", "via"} and not depth and prev.lower_ not in _DESCRIBED_BY and prev.tag_ != "NNS":
            return t.idx  # not "heuristics of using BERT", "those using ALiBi": they name the compared systems
        if t.lower_ == "with" and not depth and prev.text == ",":
            return t.idx
        if t.lower_ == "by" and not depth and t.i + 1 < sent.end and t.nbor(1).tag_ == "VBG":
            return t.idx  # "an improvement over the baseline by applying techniques such as X"
    return sent.end_char


_OWN_WORDS = {"our", "we", "this", "proposed"}  # not "it": "... such that it outperforms" refers back


def _clause_end(sent, cue) -> int:
    """Where the clause after a comparison cue ends: its objects stop at "while", "but", ";", ", and"."""
    commas = 0
    for t in sent.doc[cue.i + 1: sent.end]:
        if t.lower_ in _CLAUSE_BREAKS - {"and"} or t.lower_ in _PARITY:
            return t.idx
        if t.lower_ in _CONSEQUENCES and t.nbor(-1).text == ",":
            return t.idx  # ", showing that ...": what follows is a consequence, not more compared names
        if t.lower_ == "and" and t.nbor(-1).text in {",", "-", "--", "\u2013", "\u2014"}:
            # "A, B, and C" ends a list of names rather than the clause
            nxt = t.nbor(1) if t.i + 1 < sent.end else None
            if not (commas >= 2 and nxt is not None and (nxt.is_title or nxt.is_upper or any(c.isdigit() for c in nxt.text))):
                return t.idx
        commas += t.text == ","
        if t.lower_ == "and" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.head.children if c.i > t.i):
            return t.idx
    return sent.end_char


def _sentences(docs: dict, entities: list[Entity]):
    by_field: dict[str, list] = {"title": [], "abstract": []}
    for e in entities:
        for m in e.mentions:
            by_field[m.field].append((e, m.start, m.end))
    for fld, doc in docs.items():
        members = sorted(by_field[fld], key=lambda x: x[1])
        for sent in sentences(doc):
            inside = [x for x in members if sent.start_char <= x[1] < sent.end_char]
            if inside:
                yield _Sentence(fld, sent, inside)


def _dedupe(members):
    seen, out = set(), []
    for e, s, t in members:
        if e.name not in seen:
            seen.add(e.name)
            out.append((e, s, t))
    return out
