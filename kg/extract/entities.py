"""Entity rules: candidate mentions in one field, then one entity list per paper.

Candidates come from five sources, strongest first: known names (gazetteer), model
names with versions and sizes, acronyms defined in the text (Schwartz-Hearst), names a paper
coins (CamelCase, acronyms, "Name: subtitle" titles) typed by their context, and noun phrases
whose head names a technique or a task.
"""

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS

from ..records import Entity, Mention
from .abbreviations import Abbreviation
from .cues import NAMING, PROPOSAL_VERBS, base_form, doc_text, listed_proposals, named_phrases, sentences
from .gazetteer import Gazetteer
from .normalize import match_key, model_parts, singular_key, sized_name

# Rule name -> (priority when spans overlap, confidence that the typed entity is right).
RULES = {
    "model-name": (7, 0.85),  # only fires with a version or size: more specific than a gazetteer name
    "gazetteer": (6, 0.9),
    "abbreviation": (4, 0.75),
    "title-name": (7, 0.8),  # the paper's own name, even when it contains a known one ("CEFR-Annotated WordNet")
    "known-phrase": (6, 0.7),
    "metric-phrase": (7, 0.6),  # "answer accuracy" is more specific than the gazetteer's "accuracy"
    "coined-list": (3, 0.7),
    "coined": (3, 0.6),
    "phrase": (2, 0.55),
    "x-to-y": (4, 0.6),  # "speech-to-SQL parsing" beats the coined "speech-to-SQL" inside it
    "hyponym": (1, 0.55),  # only where no other rule found anything
    "quoted-kind": (7, 0.7),  # the paper's own word for its technique, even around a known name
    "named-phrase": (7, 0.6),  # "which we call the teleological approach"
    "listed": (2, 0.55),  # "we propose two decoding strategies: A ... and B ...", where no other rule found A
    "emphasised": (7, 0.7),  # "we propose *self-vocabularizing training*": the paper's own name, marked
}

_MODEL_FAMILIES = (
    "GPT-NeoX|GPT-Neo|GPT-J|GPT|Llama|LLaMA|LLaMa|LlaMA|LLAMA|Qwen|Mistral|Mixtral|Gemma|Phi|Falcon|BLOOMZ|BLOOM|"
    "OPT|Pythia|Vicuna|Alpaca|Claude|Gemini|PaLM|Flan-T5|T5|mT5|DeepSeek|OLMo|StarCoder|CodeLlama|Code Llama|Yi|"
    "Baichuan|ChatGLM|InternLM|MiniCPM|SmolLM|Granite|Command R|Aya|BERT|RoBERTa|DeBERTa|ELECTRA|XLM-R|"
    "Whisper|LLaVA|Jamba|Nemotron|Zephyr|WizardLM|Orca|Tulu|Stable Diffusion|GLM|Grok|Hunyuan|Ministral|Codestral|"
    "InternVL|QwQ|ERNIE|PanGu|Skywork|EXAONE|Molmo|Pixtral|Idefics|PaliGemma|RWKV|Reka|Kimi|CosyVoice|Wan|"
    "CogVideoX|HunyuanVideo|gpt-oss"
)
_MODEL_NAME = re.compile(
    rf"(?<![\w-])(?P<family>{_MODEL_FAMILIES})"
    r"(?P<version>[-\s]?v?\d+(?:\.\d+)*[a-z]?(?![\w]|\.\d))?"  # not "OPT-1" of "OPT-1.3B"
    # also "Mixtral 8x7B", "gpt-oss-120b", and a mixture of experts' active size: "Qwen3-235B-A22B"
    r"(?P<size>[-\s](?:\d+x)?\d+(?:\.\d+)?[BMb](?:/\d+(?:\.\d+)?[BM])*(?:-A\d+(?:\.\d+)?B)?(?![\w]))?"
    r"(?P<variant>(?:-(?:Instruct|Chat|Base|Turbo|turbo|mini|small|medium|large|base|it|Coder|Math|VL|[A-Z][A-Za-z]+)"
    r"|\s(?:Instruct|Chat|Base|Turbo|Flash|Pro|Ultra|Nano|Mini|Lite|Plus|Sonnet|Opus|Haiku|Coder|Math|Vision|VL|"
    r"Small|Medium|Large))"
    r"(?![\w]))*"
    # a size after a variant: "Qwen2.5-VL-7B-Instruct"; a version after it: "Claude Sonnet 4", "Mistral Small 3.1"
    r"(?P<late_size>-\d+(?:\.\d+)?[BM](?:-A\d+(?:\.\d+)?B)?(?:-(?:Instruct|Chat|Base|it|Coder|Math|[A-Z][A-Za-z]+))*"
    r"(?![\w]))?"
    r"(?P<late_version>(?<=[a-z])\s\d+(?:\.\d+)?(?![\w%]|\.\d))?"
    r"(?P<release>-v\d+(?:\.\d+)*(?![\w-]|\.\d))?"  # "Mistral-7B-Instruct-v0.2"
    r"(?P<paren>\s?\(\d+(?:\.\d+)?[BM]\))?"
)
# OpenAI's reasoning models: "o1", "o3-mini", "o4-mini-high"
_O_SERIES = re.compile(r"(?<![\w-])o[1-9](?:-(?:mini|pro|preview))?(?:-(?:high|medium|low))?(?![\w-])")
_GLUED_BEFORE = re.compile(r"[A-Za-z0-9]-$")
# a name glued to what follows is part of a longer one, unless what follows makes it a modifier: "BERT-based
# tagger", "SQuAD-style questions" still name BERT and SQuAD
_GLUED_AFTER = re.compile(r"-(?!(?:based|like|style|driven|guided|powered|enhanced|augmented|generated|initialized|"
                          r"inspired|assisted)\b)[A-Za-z0-9]")
_SIZED_GENERIC = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[a-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-\d+(?:\.\d+)?[BM]"
                            r"(?:-[A-Za-z]+)*(?![\w-])")  # "ZorbR1-7B", "OpenMath-Nemo-1.5B"
# an acronym with a size in billions is a model ("XGLM-4.5B", "MPT-30B"), unless the gazetteer knows it as
# data ("LAION-5B"); in millions it is as often data ("CC-3M")
_SIZED_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]*[A-Z](?:-[A-Z0-9]+)*-\d+(?:\.\d+)?B(?:-[A-Za-z]+)*(?![\w-])")

_URL = re.compile(r"https?://\S+|www\.\S+")
# also "2WikiMultiHopQA", a vision transformer's patch size ("ViT-L/16") and a final plus ("HumanEval+")
_COINED = re.compile(r"(?<![\w@-])\d*[A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*(?:(?<=-[SBLHG])/\d{1,2}(?![\w/]))?"
                     r"\+{0,2}(?![\w@+])")
# the last word of an organisation's name ("U.S. Supreme Court", "Sustainability Accounting Standards Board")
_ORGANISATIONS = {"court", "university", "institute", "association", "organization", "organisation", "agency",
                  "board", "committee", "council", "foundation", "ministry", "department", "office",
                  "parliament", "commission", "administration"}
# short forms of kinds of models: no names, and neither are their expansions ("Large Language Model (LLM)")
_CLASS_SHORTS = {"LLM", "LM", "PLM", "VLM", "MLLM", "LVLM", "LRM", "SLM", "LMM", "VLA"}
_NOT_NAMES = _CLASS_SHORTS | {f"{short}s" for short in _CLASS_SHORTS} | {
    "NLP", "NLU", "NLG", "AI", "AGI", "ML", "DL", "NN", "NNs", "DNN", "DNNs", "GPU", "GPUs", "CPU", "CPUs", "TPU",
    "API", "APIs", "URL", "SOTA", "SoTA", "SotA", "KG", "KGs", "RQ", "RQs", "OOD", "IID", "PDF", "HTML", "JSON",
    "XML", "USA", "UK", "EU", "US", "II", "III", "IV", "VI", "FLOPs", "GB", "TB", "MB", "English", "I", "OK", "PhD",
    "CEO", "COVID", "COVID-19", "SARS-CoV-2", "LaTeX", "GitHub", "arXiv", "iOS", "YouTube", "IoT", "AR", "VR", "XR",
    "TL", "DR", "TL;DR", "RGB", "ASCII", "UTF", "RAM", "LLaMa", "MoEs", "QA", "ID", "IDs",
    # organisations that make models ("OpenAI's GPT-3.5 Turbo and Meta's Llama 3.1"), not models themselves
    "GenAI", "OpenAI", "Anthropic", "DeepMind", "NVIDIA", "Nvidia", "HuggingFace", "ByteDance", "Alibaba", "Tencent",
    "Baidu",
    # platforms whose posts a paper studies ("comments from 9,090 TikTok videos"), not data sets by name
    "TikTok", "Instagram", "Facebook", "WhatsApp", "WeChat", "Telegram", "LinkedIn", "Snapchat",
}
_DATASET_CUES = {"benchmark", "benchmarks", "dataset", "datasets", "corpus", "corpora", "suite", "testbed",
                 "challenge", "leaderboard", "collection", "treebank", "track", "bank", "database", "test",
                 "set", "sets", "evaluation", "knowledge"}
_MODEL_CUES = {"model", "models", "llm", "llms", "checkpoint", "checkpoints", "family", "series"}
_METHOD_CUES = {"framework", "method", "methods", "approach", "algorithm", "technique", "pipeline",
                "architecture", "loss", "module", "strategy", "mechanism", "objective", "paradigm", "system",
                "agent", "toolkit", "tool", "procedure", "scheme", "network", "protocol", "recipe", "attack",
                "optimizer", "optimiser", "library", "regularizer", "estimator", "sampler"}
# Words that end an apposition ("X, the first benchmark that ...", "X, a method for ...").
_APPOSITION_ENDS = {"that", "which", "for", "of", "with", "to", "in", "on", "by", "from", "and", "or"}
_DATASET_NOUNS = {"benchmark", "dataset", "corpus", "suite", "testbed", "treebank"}
_EVALUATION_NOUNS = {"evaluation", "evaluations", "experiments", "results", "performance", "accuracy", "ap",
                     "f1", "score", "scores", "evaluated", "tested", "benchmarked", "state-of-the-art", "sota"}
_NAMING_VERBS = {"called", "named", "dubbed", "termed", "designated", "coined", "call", "term", "dub"}
_QUOTED_NAME = re.compile(r"[\"\u201c]([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})[,.]?[\"\u201d]")
_NAMED_AS = re.compile(r"\b(?:called|named|dubbed|termed|coined|designated as)\s+"
                       r"([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\s+[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,2})\b")
# at a proposal's start: "we introduce Odeen, a ...", "we present Zorb-Coder, a 15B code LLM"
_INTRODUCED_NAME = re.compile(r"\s*((?:[A-Z][a-z]+[A-Za-z0-9]*|[A-Z][A-Za-z0-9]*(?=\s+[A-Z]))(?:-[A-Za-z0-9]+)*"
                             r"(?:\s+[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,2})(?=,\s+(?:a|an|the)\s)")
# a capitalised sentence opener is no part of the name after it: "In AKSCP, a novel paradigm ... is proposed"
_OPENING_WORDS = {"in", "on", "at", "for", "with", "by", "from", "to", "of", "into", "through", "via", "under", "after",
                  "before", "during", "within", "across", "and", "or", "but", "as", "unlike", "like", "beyond"}
_SCORE_BEFORE = re.compile(r"(?<![\w.])[+-]?\d+\.\d+\s*%?\s*$")
_METRIC_CUES = {"score", "scores", "metric", "metrics"}
_TASK_CUES = {"task", "tasks"}
_SKIP_AFTER = {",", "a", "an", "the", "new", "novel", "large", "large-scale", "first", "our", "simple",
               "challenging", "comprehensive", "unified", "general", "lightweight", "open", "public",
               "multilingual", "curated", "carefully", "high-quality", "diverse", "synthetic", "small"}

TASK_HEADS = {
    "translation", "classification", "answering", "extraction", "recognition", "summarization",
    "summarisation", "detection", "parsing", "tagging", "labeling", "labelling", "resolution", "linking",
    "completion", "comprehension", "verification", "correction", "segmentation", "disambiguation",
    "synthesis", "understanding", "generation", "reasoning", "retrieval", "discovery", "induction",
    "captioning", "glossing", "lemmatization", "matching", "ranking", "simplification", "tracking",
    "forecasting", "localization", "identification", "spotting", "normalization",
    "inference", "prediction", "modeling", "modelling", "construction", "embedding", "checking",
    "answer", "transcription", "paraphrasing", "grounding", "planning", "editing", "generalization",
    "generalisation", "navigation", "acquisition", "memorization", "alignment", "recommendation",
    "assignment", "control", "writing", "translation", "expansion", "labelling", "mining",
}
METHOD_HEADS = {
    "learning", "prompting", "tuning", "fine-tuning", "finetuning", "distillation", "pretraining",
    "pre-training", "training", "optimization", "optimisation", "decoding", "sampling", "search",
    "augmentation", "regularization", "pruning", "quantization", "embeddings",
    "architecture", "loss", "probe", "probing",
    "encoding", "tokenization", "merging", "initialization", "adaptation", "retriever", "retrievers",
    "transformer", "curriculum", "curricula", "steering",
    "unlearning", "hashing", "clustering", "scaling", "masking", "dropout", "aggregation", "attention",
    "replay", "factorization", "descent", "calibration",
}
_TASKISH_NEEDS_MODIFIER = {"generation", "reasoning", "retrieval", "prediction", "understanding", "alignment",
                           "generalization", "control", "writing", "assignment", "acquisition",
                           "inference", "modeling", "modelling", "construction", "embedding", "answer",
                           "planning", "editing", "grounding", "matching", "ranking", "tracking"}
_VAGUE = {
    "novel", "new", "existing", "our", "proposed", "simple", "effective", "efficient", "different", "various",
    "several", "many", "multiple", "other", "such", "same", "specific", "general", "standard", "traditional",
    "conventional", "current", "previous", "prior", "recent", "subsequent", "later", "earlier",
    "state-of-the-art", "modern", "large", "small",
    "key", "main", "first", "second", "robust", "strong", "good", "better", "best", "improved", "comprehensive",
    "stronger", "strongest", "weaker", "weakest", "simpler", "simplest",
    "extensive", "additional", "further", "overall", "final", "initial", "underlying", "respective",
    "corresponding", "typical", "common", "popular", "powerful", "advanced", "sophisticated", "promising",
    "downstream", "diverse", "complex", "challenging", "unified", "generic", "whole", "entire", "full",
    "this", "that", "these", "those", "their", "its", "his", "her", "each", "every", "all", "both", "any",
    "some", "most", "more", "less", "few", "further", "own", "which", "what", "a", "an", "the", "human",
    "model", "models", "llm", "llms", "language", "data", "end", "real-world", "high", "low", "task",
    "based", "similar", "individual", "single", "joint", "direct", "better",
    "effective", "faster", "fast", "slow", "extra", "external", "internal", "related", "relevant",
    "accurate", "precise", "high-quality", "scalable", "lightweight", "practical", "innovative", "enhanced",
    "successful", "reliable", "inexpensive", "flexible", "superior", "poor", "cutting-edge", "available", "public",
    "past", "training-free", "custom", "customized", "appropriate", "inappropriate", "proper", "improper",
    "suitable", "careful", "trustworthy", "task-specific",
}
TECHNICAL_ADJECTIVES = {
    "contrastive", "adversarial", "supervised", "unsupervised", "semi-supervised", "self-supervised",
    "weakly-supervised", "federated", "mathematical", "commonsense", "logical", "causal", "multilingual",
    "cross-lingual", "crosslingual", "zero-shot", "few-shot", "multi-task", "continual", "active", "incremental",
    "generative", "discriminative", "probabilistic", "bayesian", "variational", "syntactic", "semantic",
    "morphological", "lexical", "visual", "multimodal", "multi-modal", "abstractive", "extractive",
    "compositional", "numerical", "temporal", "spatial", "automatic", "open-domain", "multi-hop",
    "neural", "statistical", "symbolic", "relational", "sequential", "hierarchical", "grammatical",
    "phonological", "syntactical", "distributional", "lexical-semantic", "conversational", "extractive",
    "arithmetic", "deductive", "inductive", "abductive", "moral", "social", "legal", "clinical", "biomedical",
    "medical", "financial", "geometric", "algebraic", "structured", "dense", "sparse", "masked", "autoregressive",
    "non-autoregressive", "cross-modal", "curriculum", "interlinear", "morphosyntactic", "textual", "factual",
    "speculative", "greedy", "low-rank", "parameter-efficient", "in-context", "instruction", "preference",
}
_ENUMERATORS = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}  # "(iii) outlier detection"
_PHRASE_OPENERS = STOP_WORDS | _ENUMERATORS  # words a phrase sheds at its start
_HEADS = METHOD_HEADS | TASK_HEADS
_NOT_MEASURED = (_HEADS | {"filtering", "medicine"}) - {"loss"}  # also "precision medicine"
_ARCHITECTURES = {"networks", "nets", "machines", "transformers", "autoencoders", "retrievers"}
BARE_VERB_NOUNS = {"fine-tuning", "finetuning", "pre-training", "pretraining", "post-training", "re-training"}
FIELDS = {"machine learning", "deep learning", "natural language processing", "artificial intelligence",
          "computational linguistics", "reinforcement learning research", "computer vision"}
_TITLE_VERBS = {"meets", "meet", "versus", "vs", "beats"}  # "Speculative Decoding Meets Quantization", tagged a name
_BAD_TOKENS = {"we", "our", "it", "they", "which", "that", "this", "these", "us", "i", "you", "one"}


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    type: str
    rule: str
    generic: bool = False
    name: str | None = None  # canonical name when it differs from the surface text
    aliases: tuple[str, ...] = ()
    known: bool = False  # a gazetteer entry: its spelling is trusted for the name
    extra: dict = field(default_factory=dict)

    @property
    def priority(self) -> int:
        # a defined name that specifies a known one it starts with outranks it, as a known phrase does
        return RULES["known-phrase"][0] if self.extra.get("specifies") else RULES[self.rule][0]

    @property
    def confidence(self) -> float:
        return RULES[self.rule][1]


def gazetteer_candidates(doc, text: str, gazetteer: Gazetteer,
                         abbreviations: list[Abbreviation] = ()) -> list[Candidate]:
    out = []
    redefined = {form for a in abbreviations if _redefines(a, gazetteer)
                 for form in (a.short, a.short.removesuffix("s"))}  # "Attack Success Rates (ASRs)", then "ASR"
    defined = {a.short for a in abbreviations}
    for start, end, entry in gazetteer.matches(doc):
        span = doc[start:end]
        if _GLUED_BEFORE.search(text, 0, span.start_char) or _GLUED_AFTER.match(text, span.end_char):
            continue  # "Compositional-ARC", "Llama-4-Maverick": part of a longer name
        if text.startswith("-", span.end_char) and any(a.long_start <= span.start_char and span.end_char < a.long_end
                                                       for a in abbreviations):
            continue  # "a Transformer-based Text Autoencoder (T-TA)": part of the name the paper defines
        if span.text in redefined or entry.type == "Metric" and (_modifies_a_non_measure(span) or _a_verb(span)):
            continue
        if entry.type == "Model" and _MAKER_AFTER.match(text, span.end_char):
            continue  # "Mixtral 8x7B (Mistral AI, France)": the maker, not its model
        if _SPELLED_CAPITALS.search(span.text) and all(f.islower() for f in (entry.name, *entry.aliases)):
            continue  # "AdversariaL attacK sAfety": capitals that spell a short form, a name of its own
        if span.text not in defined and (spelled := _spelled_out(span.text, text, entry, gazetteer)) is not None:
            entry = spelled  # "attack success rates (e.g., over 90% ASR ...)": not speech recognition here
        if span.text.isupper() and entry.name.endswith(("modeling", "modelling")) and \
                re.search(rf"\b{re.escape(span.text)}s\b", text):
            continue  # "bias in MLMs ... MLM bias": the models, not their masked language modeling
        out.append(Candidate(span.start_char, span.end_char, span.text, entry.type, "gazetteer",
                             entry.generic, name=entry.name, known=True))
    return out


def _spelled_out(short: str, text: str, entry, gazetteer: Gazetteer):
    """The known name the text writes out whose initials an undefined short form spells, where that is
    another than the gazetteer's reading of the short form ("attack success rates" for ASR)."""
    if not (short.isalpha() and short.isupper() and 2 <= len(short) <= 5):
        return None
    words = r"[\s-]+".join(rf"{c}[a-z]+" for c in short.lower())
    for m in re.finditer(rf"\b{words}\b", text, re.I):
        other = gazetteer.lookup(m.group(0))
        if other is not None and other.name != entry.name:
            return other
    return None


def _modifies_a_non_measure(span) -> bool:
    """ "step-by-step recall prompting", "perplexity filtering": a one-word measure's name that modifies a
    technique's or task's head names no measure the paper reports in ("perplexity loss" is one)."""
    tok = span[-1]
    return len(span) == 1 and tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lower_ in _NOT_MEASURED


_MAKER_AFTER = re.compile(r"\s+AI\b")  # "Mistral AI", "Stability AI"
_PLURAL_MODELS = re.compile(r"\s+(?:models|systems)\b")
# a word in lower case with a capital inside ("sAfety") or a capital ending it ("attacK"); not "AutoEncoders"
_SPELLED_CAPITALS = re.compile(r"\b[a-z]+[A-Z]|[a-z][A-Z]\b")


def _a_verb(span) -> bool:
    """ "agents accurately recall the most relevant knowledge": a measure's name used as a verb (the
    tagger also reads "recall" in "precision, recall, and F1" as one: a list is of measures)."""
    tok, doc = span[0], span.doc
    listed = tok.i > 0 and doc[tok.i - 1].text in {",", "and", "or"} or \
        tok.i + 1 < len(doc) and doc[tok.i + 1].text in {",", "and", "or"}
    return len(span) == 1 and span.text.islower() and tok.pos_ == "VERB" and tok.tag_ != "VBN" and not listed


def _redefines(a: Abbreviation, gazetteer: Gazetteer) -> bool:
    """Whether the paper defines a known short form as something else: "attack success rate (ASR)" in
    a paper where ASR is not speech recognition. The text's definition wins over the gazetteer's."""
    entry = gazetteer.lookup(a.short) or gazetteer.lookup(a.short.removesuffix("s"))
    expansions = [form for form in (entry.name, *entry.aliases) if " " in form] if entry else []
    if not expansions:
        return False  # "Fact Extraction and VERification (FEVER)": nothing known to compare with
    words = {w for form in expansions for w in re.split(r"[\s-]+", form.lower()) if len(w) > 3}
    return not words & {w for w in re.split(r"[\s-]+", a.long.lower()) if len(w) > 3}


# a checkpoint named by its size class: "BERT-base", "RoBERTa-large", "T5-small"
_SIZE_VARIANT = re.compile(r"-(?:base|large|small|medium|mini|tiny|xl|xxl|Base|Large|Small|XL|XXL)")


def model_candidates(text: str, known: list[Candidate] = ()) -> list[Candidate]:
    """Model names with versions, sizes and variants: "Llama-3-8B", "GPT-Neo (125M)", "Qwen3-1.7B/4B"."""
    out = []
    spans = set()
    for m in _MODEL_NAME.finditer(text):
        if not (m.group("version") or m.group("size") or m.group("late_size") or m.group("paren")
                or m.group("late_version") and m.group("variant")
                or _SIZE_VARIANT.fullmatch(m.group("variant") or "")):
            continue
        surface = m.group(0)
        name = surface
        aliases = ()
        if m.group("paren"):
            base = surface[: m.start("paren") - m.start()].strip()
            name = sized_name(base, m.group("paren").strip(" ()"))
            aliases = (base,)
        if m.group("size") and "/" in m.group("size"):
            sizes = m.group("size").strip("- ").split("/")
            base = surface[: m.start("size") - m.start()]
            for size in sizes:
                out.append(Candidate(m.start(), m.end(), surface, "Model", "model-name", name=f"{base}-{size}"))
            continue
        out.append(Candidate(m.start(), m.end(), surface, "Model", "model-name", name=name, aliases=aliases))
        spans.add(m.span())
    for m in itertools.chain(_SIZED_GENERIC.finditer(text), _O_SERIES.finditer(text), _LANGUAGE_EDITION.finditer(text)):
        out.append(Candidate(m.start(), m.end(), m.group(0), "Model", "model-name"))
    data = {(c.start, c.end) for c in known if c.type != "Model"}
    for m in _SIZED_ACRONYM.finditer(text):
        if m.span() not in spans and m.span() not in data:
            out.append(Candidate(m.start(), m.end(), m.group(0), "Model", "model-name"))
    return out


def _type_by_head(words: list[str], gazetteer: Gazetteer) -> tuple[str | None, bool]:
    """Type of a multi-word name from its last word; (None, _) when the head says nothing."""
    if not words:
        return None, False
    entry = gazetteer.lookup(" ".join(words))
    if entry:
        return entry.type, entry.generic
    head = words[-1].lower()
    if head in _DATASET_CUES - {"evaluation", "knowledge", "test", "set", "sets"}:
        return "Dataset", False
    if head in METHOD_HEADS or head in _METHOD_CUES:
        return "Method", words[0].islower()
    if head in TASK_HEADS:
        return "Task", True
    if head in _METRIC_CUES or head in {"rate", "accuracy", "correlation", "precision", "distance"}:
        return "Metric", True
    if head.rstrip("s") in {"model", "llm"} and len(words) > 1 and words[-1][0].isupper() and not head.endswith("s"):
        return "Model", False
    return None, False


def _extends_known(words: list[str], etype: str, entry, gazetteer: Gazetteer) -> bool:
    """Whether a defined long form is a known technique or task with modifiers before it: "Multi-Task
    Transfer Learning (MTTL)" names more than transfer learning, "open relation extraction (OpenRE)"
    more than relation extraction. Only modifiers go before it: "Fusion Network for Question Generation"
    is a network, and "Evidentiality-Aware Dense Passage Retrieval" extends the technique dense passage
    retrieval (the longest known ending), not the task passage retrieval."""
    if entry is not None:
        return False
    for i in range(1, len(words)):
        if (known := gazetteer.lookup(" ".join(words[i:]))) is not None:
            return known.type == etype and not _LINKING_WORDS & {w.lower() for w in words[:i]}
    return False


_LINKING_WORDS = {"for", "of", "with", "via", "by", "on", "using", "in", "from", "to"}


def _known_prefix(words: list[str], gazetteer: Gazetteer):
    """The known technique or task a longer name starts with and specifies: "question answering over
    knowledge graphs" is a kind of question answering."""
    for i in range(len(words) - 1, 1, -1):
        if (entry := gazetteer.lookup(" ".join(words[:i]))) is not None and entry.type in {"Method", "Task"} \
                and words[i].lower() in {"from", "with", "over", "for", "on", "via", "using", "under"}:
            return entry
    return None


def _noun_after(doc, short_end: int):
    """The noun right after "(ACR)", which the defined name modifies, if any."""
    paren = doc.char_span(short_end, short_end + 1, alignment_mode="expand")
    if paren is None or paren.text != ")" or paren.end >= len(doc):
        return None
    tok = doc[paren.end]
    return tok if tok.pos_ == "NOUN" and tok.text.islower() else None


def _said_a_technique(doc, a: Abbreviation, long) -> bool:
    """Whether the text calls a defined name (its long form the span `long`) a technique, whatever its
    head: "a Forgetting-Subdued Learning (FSL) model", "a novel strategy, Task Alignment (TA)"."""
    after = _noun_after(doc, a.short_end)
    return after is not None and after.lower_ in _TECHNIQUE_NOUNS or \
        long is not None and _described_before(doc, long.start) in {"Method", "Model"}


# what a technique is called ("a ... (FSL) model"), not "(SLT) systems", which do a task
_TECHNIQUE_NOUNS = {"model", "framework", "method", "approach", "strategy", "algorithm", "technique", "architecture",
                    "paradigm", "mechanism"}


def _modifies_noun(doc, short_end: int) -> bool:
    """Whether "(ACR)" is followed by a noun that says nothing of the name's type: "Part-of-Speech (PoS)
    tags" talks about tags, and the capitalised words alone name no technique."""
    return (tok := _noun_after(doc, short_end)) is not None and _cue_noun_type(tok.lower_) is None


# what a model has or shows, not a technique: "Parametric Knowledge (PK)", "Emergent Misalignment (EM)"
_CONCEPTS = {"knowledge", "ability", "capability", "behavior", "behaviour", "phenomenon", "bias", "awareness",
             "misalignment", "gap", "hallucination", "forgetting", "collapse", "drift"}


def _names_no_artifact(a: Abbreviation) -> bool:
    """ "Modern Standard Arabic (MSA)" is a language ("... Corpus of ... Japanese" is data), "low-resource
    languages (LRLs)" a kind of language, "the Sustainability Accounting Standards Board (SASB)" an
    organisation: none of them names what a paper works with."""
    last = a.long.split()[-1]
    return last in _LANGUAGES and not _DATASET_CUES & set(a.long.lower().split()) or last.lower() in _ORGANISATIONS \
        or last in {"language", "languages"}


_ORGANISATION_SHORT = re.compile(r"\b(?i:%s)" % "|".join(sorted(_ORGANISATIONS))
                                 + r"(?: (?:of|for) (?:the )?[A-Z][\w.&-]*"  # "Court of Justice of the European Union"
                                 + r"(?: (?:of |and |for )?(?:the )?[A-Z][\w.&-]*){0,4})?"
                                 + r" \(([A-Z][A-Za-z]*[A-Z])\)")


def _organisation_shorts(text: str) -> set[str]:
    """ "U.S. Supreme Court (SCOTUS)", "Court of Justice of the European Union (CJEU)": the short form of
    an organisation, whose letters need not follow its name's words (no Schwartz-Hearst pair), names no
    artifact either."""
    return {m.group(1) for m in _ORGANISATION_SHORT.finditer(text)}


def abbreviation_candidates(doc, text: str, abbreviations: list[Abbreviation], gazetteer: Gazetteer,
                            proposed_spans: list[tuple[int, int]] = ()) -> list[Candidate]:
    out = []
    for a in abbreviations:
        if a.long.lower() in FIELDS:
            continue  # "Natural Language Processing (NLP)" is a field, not a technique
        if a.short.removesuffix("s") in _CLASS_SHORTS:
            continue  # "a recent Large Language Model (LLM)": a kind of model, however capitalised
        if _names_no_artifact(a):
            continue
        entry = gazetteer.lookup(a.long) if _redefines(a, gazetteer) else \
            gazetteer.lookup(a.short) or gazetteer.lookup(a.long)
        if entry:
            etype, generic = entry.type, entry.generic
        elif a.short_start == 0 and text.startswith(":", a.short_end):
            etype, generic = "Method", False  # "CDL: Curriculum Dual Learning for ...": the title's own technique
        else:
            etype, generic = _type_by_head(re.split(r"[\s]+", a.long), gazetteer)
            words = a.long.lower().split()
            if etype == "Method" and len(words) > 1 and words[-1] in {"learning", "unlearning"} and (
                    words[-1] == "unlearning" or words[-2] not in LEARNING_STYLES):
                etype, generic = "Task", True
        long_words = a.long.split()
        long = doc.char_span(a.long_start, a.long_end, alignment_mode="expand")
        proposed = _proposed_here(doc, text, a.long_start, proposed_spans)
        after_article = re.search(r"\ban?\s+$", text[max(0, a.long_start - 4):a.long_start]) is not None
        specifies = etype is None and (known := _known_prefix(long_words, gazetteer)) is not None
        if specifies:
            etype, generic = known.type, a.long.islower()  # "reinforcement learning from verifiable rewards (RLVR)"
        if etype is None and re.search(r"\bknowledge (?:graph|base)$", a.long, re.I) and \
                _noun_after(doc, a.short_end) is None and not text.startswith("-", a.short_end + 1) and proposed:
            etype, generic = "Dataset", False  # "we construct a Chinese glyph knowledge graph (CGKG)"
        if etype is None and _CONVERSION.fullmatch(a.long):
            etype, generic = "Task", True  # "Text-to-Image (T2I) models": models for a conversion, the task
        if etype is None and (after := _noun_after(doc, a.short_end)) is not None and \
                (cue := _cue_noun_type(after.lower_)) != "Model":  # "the pLSA model" is a technique's model
            etype, generic = cue, False  # "the Arabic Wikipedia title (AWT) dataset"
        if etype == "Task" and entry is None and _said_a_technique(doc, a, long):
            etype, generic = "Method", False  # "a novel Adaptive patch-word Matching (AdaMatch) model"
        if entry is None and (short := doc.char_span(a.short_start, a.short_end, alignment_mode="expand")) and \
                (apposed := _apposition_type(doc, short.end + 1)) and apposed != etype:
            etype, generic = apposed, False  # "Zorbic Span Retrieval (ZSR), a benchmark of 500 queries"
        elif entry is None and long is not None and (described := _described_before(doc, long.start)) is not None:
            etype, generic = described, False  # "a human-annotated dataset, Question Answering with ... (QACC)"
        if etype is None and all(w[0].isupper() for w in long_words if w[0].isalpha()) and \
                long_words[-1].lower() not in _CONCEPTS and not _modifies_noun(doc, a.short_end) and \
                (not long_words[-1].endswith("s") or long_words[-1].lower() in _ARCHITECTURES):
            # a capitalised name the paper defines is a named technique; a plural one only if it names
            # an architecture ("Critical Rationalist Networks (CRNs)"), not a class ("Large Reasoning Models")
            etype, generic = "Method", False
        if etype is None and (etype := _context_type(doc, a.long_start, a.long_end)) is None and proposed and \
                long_words[-1].lower().rstrip("s") not in _GENERIC_KINDS:
            etype = "Method"  # "we propose a ... method for ..., simulated trial and error (STE), that ..."
        if entry is None and long is not None and (named := _named_as(doc, long.start)) not in {None, "Model"}:
            # "a novel framework named Curriculum Dual Learning (CDL)"; "a model named X" may be its
            # technique's model, which the long form's own words tell better
            etype, generic = named, False
        if etype == "Task" and len(long_words) > 1 and all(w[0].isupper() for w in long_words) and proposed:
            # "we introduce the Zorbic Mask Prediction (ZMP) task": the paper's own new task, or, set for
            # (pre-)training, its training objective (a Method, guidelines)
            etype, generic = "Method" if _about_training(doc, a.long_start) else "Task", False
        if etype == "Model" and entry is None and after_article and not proposed:
            continue  # "we integrate ... a Vision Language Model (VLM)": a kind of model, not one
        if etype is None:
            continue
        if generic and entry is None and etype == "Method" and long_words[-1].lower() in _METHOD_CUES and \
                after_article and proposed:
            # "we propose a multimodal glyph identification framework (MCGI)": the paper's own ("we
            # propose to integrate the relational network (RN)" is not)
            generic = False
        if generic and entry is None and proposed and long is not None and long.start > 0 and (
                etype == "Method" and base_form(doc[long.start - 1].text, PROPOSAL_VERBS) in PROPOSAL_VERBS
                or etype in {"Method", "Task"} and _GIVEN_NAME_BEFORE.search(text, 0, a.long_start)):
            # "we propose code-switching curriculum learning (CSCL)", "a new problem, referred to as goal-oriented
            # dialog navigation (GDN)": the verb's object or the name given, a coinage
            generic = False
        if etype == "Task" and len(long_words) == 1 and long_words[0].lower() in _TASKISH_NEEDS_MODIFIER:
            continue
        out.append(Candidate(a.long_start, a.long_end, a.long, etype, "abbreviation", generic, aliases=(a.short,),
                             extra={"short": (a.short_start, a.short_end),
                                    "specifies": specifies or etype in {"Method", "Task"} and
                                    _extends_known(long_words, etype, entry, gazetteer) or
                                    _names_its_proposal(long_words, etype, entry, generic, proposed)}))
    return out


# "a novel sequential collaboration framework named EAG": the name follows; the words before say what it is
_GIVEN_NAME_AFTER = re.compile(rf",?\s+{NAMING}\s")
_GIVEN_NAME_BEFORE = re.compile(rf"\b{NAMING}\s+$")


def _names_its_proposal(long_words: list[str], etype: str, entry, generic: bool, proposed: bool) -> bool:
    """ "we propose a Multi-turn Interactive Code Generation (MICO) framework": the name the paper gives its
    own work, in capitals, outranks a known name inside it (unless the name reads as a task)."""
    return proposed and etype != "Task" and entry is None and not generic and len(long_words) > 1 and \
        all(w[0].isupper() for w in long_words if w[0].isalpha())


_TRAINING_STAGE = re.compile(r"\b(?:pre-?train|auxiliary\b|pretext\b|(?:training )?objectives?\b)", re.I)


def _about_training(doc, start_char: int) -> bool:
    """Whether the sentence at `start_char` is about training ("In the pre-training stage, we ...")."""
    tok = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    return tok is not None and _TRAINING_STAGE.search(tok[0].sent.text) is not None


def _inside(start: int, spans) -> bool:
    return any(s <= start < e for s, e in spans)


def _known_candidate(span, entry) -> Candidate:
    """A known name in a spelling the gazetteer's matcher may have missed ("supervised finetuning")."""
    return Candidate(span.start_char, span.end_char, span.text, entry.type, "known-phrase", entry.generic)


_GENERIC_KINDS = {"model", "network", "system", "agent", "language"}  # "a large language model (LLM)" is a kind


def _proposed_here(doc, text: str, start: int, proposed_spans: list[tuple[int, int]]) -> bool:
    """The name stands in what the paper proposes, or in apposition to it later in the sentence."""
    if _inside(start, proposed_spans):
        return True
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and text[:start].rstrip().endswith(",") and any(
        span.sent.start_char <= s < start for s, _ in proposed_spans)


def _context_type(doc, start_char: int, end_char: int) -> str | None:
    """Type of a coined name from the words around it: "X benchmark", "X, a dataset of ...", "the X model"."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    after = []  # the (at most two) words read after the name
    previous = None
    for tok in doc[span.end: span.end + 6]:
        low = tok.lower_
        if tok.is_quote:
            continue
        if tok.is_punct and low not in {",", "-"} or low in {"and", "or", "which", "that"}:
            break
        if previous == "," and not after and low not in {"a", "an", "the", ","}:
            break  # "on HalluQA, our model surpasses ...": a new clause, not an apposition
        previous = low
        if low in _SKIP_AFTER or tok.like_num:
            continue
        after.append(tok)
        if tok.pos_ in {"ADP", "PART"} and tok.tag_ != "POS" or tok.tag_ == "VBG":
            break  # "the applicability of X to new tasks", "experiments on X using LLMs": no noun X qualifies
        if len(after) == 2:
            break
    window = doc[max(span.start - 8, 0): span.start]
    starts = [t.i for t in window if t.is_sent_start]
    before = [t.lower_ for t in doc[starts[-1] if starts else window.start: span.start]]
    for tok in after:
        if cue := _cue_of(tok):
            if tok.text[0].isupper() and any(t.lower_ in {"task", "track"} for t in doc[tok.i + 1: tok.i + 3]):
                return "Task"  # "the WMT 2025 Metrics Shared Task": a shared task's track, named by its theme
            return cue
    if cue := _apposition_type(doc, span.end):
        return cue
    tail = doc[span.end: span.end + 6]
    if len(tail) > 2 and tail[0].text == "," and tail[1].like_num and \
            any(t.lower_ in _COUNTED_ITEMS for t in tail[2:6]):
        return "Dataset"  # "ZorbEasy, 800 grade-school problems that ...": a counted collection of items
    if after and after[0].lower_ == "as" and (cue := _first_cue(doc[span.end + 1: span.end + 6], {"-"})):
        return cue  # "we employ X as the training framework"
    if cue := _described_before(doc, span.start):
        return cue  # "we train a process reward model (PRM), X, on ..."
    if before[-1:] in (["on"], ["across"]) and _EVALUATION_NOUNS & set(before[-7:-1]):
        return "Dataset"  # "evaluations on X", "88.2 AP ... on X", "results across X"
    if any(w in _DATASET_NOUNS | _NAMING_VERBS for w in before[-2:]) and not _fronted(doc, span.start):
        # "our evaluation suite X", not "a suite of pioneering models called X"
        if _DATASET_NOUNS & {w for i, w in enumerate(before) if w != "suite" or before[i + 1: i + 2] != ["of"]}:
            return "Dataset"
        return _named_as(doc, span.start)
    if before[-1:] in (["datasets"], ["benchmarks"], ["corpora"]) or \
            before[-2:-1] in (["datasets"], ["benchmarks"], ["corpora"]) and before[-1] in {":", "\u2014", "--", "("}:
        return "Dataset"  # "two synthesized datasets—LongFaith-SFT and LongFaith-PO—which ..."
    return None


def _named_as(doc, i: int) -> str | None:
    """The type of the noun a naming verb right before token `i` follows: "a novel framework named X",
    "the integrated framework, designated as X"."""
    naming = [t for t in doc[max(i - 2, 0): i] if t.lower_ in _NAMING_VERBS]
    if naming:
        return _first_cue(reversed(doc[max(naming[-1].i - 5, 0): naming[-1].i]), stop_at_punct=False)
    return None


def _apposition_type(doc, i: int) -> str | None:
    """The type an apposition after a name gives it: "X, the first rigorously curated adversarial
    benchmark spanning ..." (token `i` is the comma). It is read to 14 tokens: hyphens split "open-source
    manually-annotated" into six."""
    tail = doc[i: i + 14]
    if len(tail) < 3 or tail[1].lower_ not in ({"a", "an", "the"} if tail[0].text == "," else
                                               {"a", "an"} if tail[0].text in {"\u2014", "--"} else ()):
        return None  # "X, a ...", "X\u2014a ..." ("X\u2014the model shows ..." opens a clause)
    # a comma between two adjectives goes on with the description: "the first fully synthetic, multi-turn
    # multilingual dataset", "a large, high-quality corpus"
    words = [t for t in tail[2:] if not (t.text == "," and t.i + 1 < len(doc) and doc[t.i - 1].pos_ == "ADJ"
                                         and doc[t.i + 1].pos_ == "ADJ")]
    if cue := _first_cue(words, _APPOSITION_ENDS):
        return cue
    if any(t.lower_ == "environment" for t in tail[2:6]):
        return "Dataset"  # "Odeen, a basic EL environment": an evaluation environment is data (guidelines)
    if any(t.lower_ in _SYSTEM_NOUNS for t in tail[2:6]):
        return "Method"  # "ZorbQA, a retrieval-augmented reader": a system, whatever its name's shape says
    return None


# what a system does, said in apposition; only there, since "the NE recognizer" is no name for a technique
_SYSTEM_NOUNS = {"reader", "retriever", "recognizer", "recogniser", "parser", "tagger", "classifier", "summarizer",
                 "summariser", "translator", "detector", "generator", "encoder", "decoder", "reranker", "ranker",
                 "segmenter", "tokenizer", "tokeniser", "planner", "solver", "verifier", "critic", "judge"}


_COUNTED_ITEMS = {"problems", "questions", "examples", "instances", "prompts", "images", "samples", "pairs",
                  "dialogues", "documents", "videos", "stories", "queries", "puzzles", "items", "sentences",
                  "conversations", "tables", "utterances", "annotations"}


_DESCRIPTION_STARTS = {"a", "an", "our", "the"}


def _described_before(doc, i: int) -> str | None:
    """The type a description right before a name gives it: "a process reward model (PRM), X" (the
    description is part of the clause, not a fronted phrase: "On each benchmark, X improves")."""
    j = i - 1
    if j < 1 or doc[j].text != ",":
        return None
    j -= 1
    if doc[j].text == ")":  # skip "(PRM)"
        while j > 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    if j < 1 or not (cue := _cue_noun_type(doc[j].lower_)) or doc[j - 1].lower_ == "shared":
        return None  # a shared task's name is its challenge data (guidelines)
    k = j
    while k > 0 and j - k < 5 and doc[k].lower_ not in _DESCRIPTION_STARTS:
        k -= 1
    if doc[k].lower_ not in _DESCRIPTION_STARTS or _fronted(doc, i):
        return None
    return cue


def _fronted(doc, i: int) -> bool:
    """Whether the name at token `i` follows a fronted phrase and its comma: "On each benchmark, X
    improves ..." (the sentence opens with a preposition or the description, and no verb comes
    before the comma)."""
    if i < 1 or doc[i - 1].text != ",":
        return False
    sent = doc[i].sent
    opening = doc[sent.start: i - 1]
    while len(opening) > 1 and (opening[0].pos_ == "ADV" and opening[1].text == "," or opening[0].text == ","):
        opening = opening[1:]  # "Additionally, on the RAFT benchmark, X improves ..."
    return len(opening) > 0 and (opening[0].pos_ in {"ADP", "DET"} or opening[0].lower_ in {"a", "an", "the"}) \
        and not any(t.pos_ in {"VERB", "AUX"} for t in opening)


def _first_cue(tokens, stops=frozenset(), stop_at_punct: bool = True) -> str | None:
    """The type of the first cue noun among `tokens`, looking no further than punctuation (but "-")
    or a word in `stops`."""
    for tok in tokens:
        if stop_at_punct and tok.is_punct and tok.text != "-" or tok.lower_ in stops:
            return None
        if cue := _cue_of(tok):
            return cue
    return None


def _cue_of(tok) -> str | None:
    """The type a cue noun gives, or the noun it modifies when that is a cue too: "a general task
    instruction dataset" is a dataset, not a task. A noun opening a hyphenated adjective ("X is
    model-agnostic", "task-specific") says nothing of what X is."""
    if _opens_hyphenated_adjective(tok):
        return None
    cue = _cue_noun_type(tok.lower_)
    head = tok
    while cue and head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return (_cue_noun_type(head.lower_) or cue) if head is not tok else cue


def _opens_hyphenated_adjective(tok) -> bool:
    """ "model-agnostic", "task-specific", "model-based": the noun is the adjective's first part."""
    doc = tok.doc
    if tok.whitespace_ or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or doc[tok.i + 1].whitespace_:
        return False
    return doc[tok.i + 2].pos_ == "ADJ" or doc[tok.i + 2].tag_ in {"JJ", "VBN", "VBG"}


def _cue_noun_type(word: str) -> str | None:
    if word in _DATASET_CUES - {"evaluation", "knowledge", "set", "sets", "test"}:
        return "Dataset"
    if word in _MODEL_CUES:
        return "Model"
    if word in _METRIC_CUES:
        return "Metric"
    if word in _METHOD_CUES:
        return "Method"
    if word in _TASK_CUES:
        return "Task"
    return None


_BENCHMARK_PARTS = {"Bench", "Eval", "Gym", "Arena"}  # not "QA": "Open-QA", "Visual-QA" are tasks
_BENCHMARK_LAST_PARTS = _BENCHMARK_PARTS | {"bench"}  # also "tau2-bench"
# "RewardBench", "PhiloCorpus"
_BENCHMARK_END = re.compile(r"[a-z](?:%s)$" % "|".join(sorted(_BENCHMARK_PARTS | {"Benchmark", "Corpus"})))


_GLUED_WORD = re.compile(r"(?:the|our|that|this|and|with|from|their|its|for|which|into|over|using|of)(?=[A-Z])")


def _coined_words(text: str):
    """(start, end, word) of every word shaped like a coined name; a function word glued to it by a lost
    space is no part of it ("theSemEval-2025", "andGPT3", "ourGitlab"), nor is a lower-case word glued
    after a name the text also writes alone ("Aqua-QAapproximates query graphs")."""
    found = []
    for m in _COINED.finditer(text):
        glued = _GLUED_WORD.match(m.group(0))
        start = m.start() + (glued.end() if glued else 0)
        found.append((start, m.end(), text[start:m.end()]))
    alone = {word for _, _, word in found}
    for start, end, word in found:
        if (m := _GLUED_AFTER_NAME.fullmatch(word)) and m.group(1) in alone and \
                (m.group(2) in STOP_WORDS or len(m.group(2)) > 5 and m.group(2).endswith(("s", "ed", "ing"))):
            end, word = start + m.end(1), m.group(1)
        yield start, end, word


_GLUED_AFTER_NAME = re.compile(r"(.*[A-Z0-9]s?)([a-z]{2,})")  # a plain word after it: a function word or inflected


@functools.lru_cache(maxsize=1 << 16)
def _looks_coined(word: str) -> bool:
    if word in _NOT_NAMES or len(word) < 2:
        return False
    if word[0].isdigit() and not re.match(r"\d+[A-Z][a-z]", word):
        return False  # "2WikiMultiHopQA" is a name; "104GB", "8xA800" are amounts and hardware
    parts = [p for p in re.split(r"[-+]", word) if p]
    if len(parts) > 1 and (parts[0][0].isupper() and parts[0] != "Self" and parts[-1] in _BENCHMARK_PARTS
                           or parts[-1] == "bench"):
        # "Terminal-Bench", "Coffee-Gym", "tau2-bench": named like a benchmark ("Self-Eval" is a technique)
        return True
    if len(parts) > 1 and parts[-1].lower() in _GROUNDING:
        return False  # "FastText-Based", "LLM-Driven": a modifier in a title's capitals
    if len(parts) > 1:
        # "Vision-Language", "KG-enhanced", "Part-of-Speech" are modifiers, not names: a hyphenated
        # name has a coined part ("Mistral-SPLADE", "STRICT-SMALL") and does not end in a plain word.
        numbered = re.search(r"\d", parts[-1]) is not None  # "ImageNet-1k", "ZorbQA-v2" end in no plain word
        return any(_looks_coined(p) for p in parts) and (parts[-1][0].isupper() or numbered)
    letters = re.sub(r"[^A-Za-z]", "", word)
    if not letters:
        return False
    upper = sum(c.isupper() for c in letters)
    camel = re.search(r"[a-z][A-Z]", word) is not None
    return camel or upper >= 2 or (upper >= 1 and re.search(r"\d", word) is not None and word[0].isupper())


_DATASET_SHAPE = re.compile(r"(Bench|Eval|QA|Gym|Bank|Corpus|Arena|World|Suite|NLI|Instruct|Set|Data)(-?\d+)?$")
_MODEL_SHAPE = re.compile(r"(GPT|BERT|LM|Llama|LLaMA|T5|[Ff]ormer|Mistral|Qwen|Gemma|Falcon|Vicuna|Coder)")


def shape_type(word: str) -> str | None:
    """What a coined name's shape says: "ToolBench", "SemEval" are datasets; "LayoutLMv3",
    "SwiftFormer", "ChocoLlama" are models."""
    if _DATASET_SHAPE.search(word) or word.startswith("SemEval"):
        return "Dataset"
    if _MODEL_SHAPE.search(word) and not word.isupper():
        return "Model"
    return None


_MODEL_CLASS_END = re.compile(r"(?:LM|GPT|BERT)$")
_CONVERSION = re.compile(r"[A-Za-z][A-Za-z0-9]*-to-[A-Za-z][A-Za-z0-9]*")


def coined_candidates(doc, text: str, gazetteer: Gazetteer, proposed_spans: list[tuple[int, int]]) -> list[Candidate]:
    """Names a paper coins or cites (CamelCase, acronyms, mixed letters and digits), typed by context."""
    out = []
    urls = [(u.start(), u.end()) for u in _URL.finditer(text)]
    # "Retrieval-Augmented Language Models (RALMs)", "Parametric Knowledge (PK)": a short form for a class
    # of models or a language ("Nigerian Pidgin (NP)") is no name, nor one for a concept unless its context
    # says what it is ("the HBX dataset"), nor a modifier ("PoS tags") unless its shape does ("MedNLI subtask")
    classes = {a.short for a in doc._.abbreviations or ()
               if a.long.split()[-1].lower() == "models" or _names_no_artifact(a)} | _organisation_shorts(text)
    concepts = {a.short for a in doc._.abbreviations or () if a.long.split()[-1].lower() in _CONCEPTS}
    modifiers = {a.short for a in doc._.abbreviations or () if _modifies_noun(doc, a.short_end)}
    shorts = {a.short for a in doc._.abbreviations or ()}
    # "voice conversion (VC) ... VC models": a short form for a common term is no model's name
    common = {a.short for a in doc._.abbreviations or () if a.long.islower()}
    for start, end, word in _coined_words(text):
        if not _looks_coined(word) or _inside(start, urls) or word in classes or word in _VENUES or \
                _TEAM_OR_WORKSHOP_AFTER.match(text, end):
            # "the COLING 2025 FMD challenge": a conference is no entity, nor are its editions, its
            # workshops ("the BioNLP workshop") or the teams taking part ("the NYULangone team's approach")
            continue
        # "GPTs", "MLMs": a plural of a kind of model is a class (guidelines), unless the text names one
        # model so ("... (ZorbLM)", then "ZorbLMs learn ..."; "PLDR-LLMs" in a title)
        if word.endswith("s") and (word[:-1] in _NOT_NAMES or _MODEL_CLASS_END.search(word[:-1])
                                   and "-" not in word and word[:-1] not in shorts):
            continue
        etype = _context_type(doc, start, end)
        if etype == "Model" and (word in common or word.isalpha() and word.isupper() and _PLURAL_MODELS.match(
                text, end) and not _MODEL_NAME.fullmatch(word) and gazetteer.lookup(word) is None):
            continue  # "state-of-the-art CTG models", "NMT systems": models for a task its short form names
        conversion = _CONVERSION.fullmatch(word) is not None
        if conversion and etype in {"Task", "Dataset"}:
            etype = "Task"  # "a Text-to-SQL dataset" is built for the conversion, which is the task
        elif etype == "Task" and word not in shorts:
            # a coined name is no research problem but the data that poses one: "Zorb-QA-v0, the first task
            # in a suite", "the BUCC 2017 shared task" (guidelines); a defined short form is its long form's
            etype = "Dataset"
        if etype is None and word in concepts:
            continue
        in_proposal = _inside(start, proposed_spans)
        weak = etype is None or word in shorts  # a defined short form takes its long form's type
        if etype is None and conversion:
            etype = "Task"  # "WebUI-to-Code", "Text-to-SQL": a conversion is a task (weak: context may say more)
        parts = re.split(r"[-+]", word)
        # "Alpaca-Eval" is a benchmark, though Alpaca is a model; so is "RewardBench"
        if etype is None and (parts[-1] in _BENCHMARK_LAST_PARTS or any(map(_BENCHMARK_END.search, parts))):
            etype, weak = "Dataset", False
        if etype is None:
            # the longest known prefix first ("RT-2-X" is a variant of the model RT-2, not of a dataset RT)
            prefixes = [gazetteer.lookup("-".join(parts[:i])) for i in range(len(parts) - 1, 1, -1)]
            known = [k for k in prefixes if k is not None][:1] or \
                [gazetteer.lookup(part) for part in parts if len(part) > 1]
            known = [k for k in known if k is not None and k.type in {"Dataset", "Model"}]
            if known:  # "MMLU-Medical", "Echo-Mistral-SPLADE": a variant of a known dataset or model
                etype, weak = known[-1].type, False
        if etype is None and word.isupper() and len(word) <= 5 and \
                _SCORE_BEFORE.search(text, max(0, start - 32), start):
            etype, weak = "Metric", False  # "89.8 AP", "+2.1 BLEU": a score's unit is a metric
        if etype is None:
            etype = shape_type(word)
            if etype is None and word in modifiers:
                continue
            if etype is None and (in_proposal or re.search(r"[a-z][A-Z]", word)):
                etype = "Method"
        out.append(Candidate(start, end, word, etype or UNTYPED, "coined", extra={"weak": weak}))
    coined = {c.start: c.type for c in out}
    introduced = (m for start, _ in proposed_spans if (m := _INTRODUCED_NAME.match(text, start)))
    for m in itertools.chain(_NAMED_AS.finditer(text), _QUOTED_NAME.finditer(text), introduced):
        # "a framework, designated as Slipform", 'we introduce "Outlandish," a dataset', "we introduce
        # Odeen, a basic environment": any capitalised name
        if (m.start(1) not in coined or " " in m.group(1)) and m.group(1) not in _NOT_NAMES and \
                m.group(1).lower() not in STOP_WORDS and m.group(1).split()[0].lower() not in _OPENING_WORDS:
            etype = _context_type(doc, m.start(1), m.end(1))
            if etype is None and m.start(1) in coined and coined[m.start(1)] != UNTYPED:
                etype = coined[m.start(1)]  # "we introduce ZORBIS Write, an open source tool": the whole name
            if etype is not None:
                out.append(Candidate(m.start(1), m.end(1), m.group(1), etype, "coined", extra={"weak": False}))
    return out


# "MultiWOZ 2.1", "SQuAD v1.1", "OpenChat 3.5", "LongBench v2": a version after a name; "82.5" is a score
_VERSION_AFTER = re.compile(r" (?:v?\d\.\d{1,2}(?:\.\d{1,2})?|v\d{1,2})(?![\w%]|\.\d)")


# a team taking part, or a workshop (of an edition: "the BioNLP 2025 Workshop")
# ... or a team's submission ("the JGU Mainz submission to the WMT25 Shared Task", "CUNI's Submission")
_TEAM_OR_WORKSHOP_AFTER = re.compile(r"(?:[ -](?:19|20)\d\d)?\s+(?:[Tt]eam|[Ww]orkshop)\b"
                                     r"|(?:\s+[A-Z][\w-]*)?(?:['\u2019]s)?\s+[Ss]ubmissions?\b")
# conferences, whose editions are no data
_VENUES = {"ACL", "EMNLP", "NAACL", "EACL", "AACL", "COLING", "LREC", "LREC-COLING", "IJCNLP", "RANLP", "INLG",
           "SIGDIAL", "NeurIPS", "NIPS", "ICML", "ICLR", "AAAI", "IJCAI", "SIGIR", "KDD", "WWW", "CVPR", "ICCV",
           "ECCV", "Interspeech", "INTERSPEECH", "ICASSP", "CIKM", "WSDM", "ECIR", "TACL", "ACM"}
_YEAR_AFTER = re.compile(r"[ -](?:19|20)\d\d(?![\w%-]|\.\d)")  # "AIME 2025", "WMT-2014": an edition
# "GPQA Diamond", "SWE-bench Verified", "ARC-Easy": a benchmark's named subset
_SUBSET_AFTER = re.compile(r"[ -](?:Diamond|Verified|Lite|Hard|Extended|Easy|Full)(?![\w-])")


def with_versions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A version that follows a name belongs to it (guidelines: "a size or version that is part of the
    name"), so "MultiWOZ 2.0" and "MultiWOZ 2.1" are two datasets and the version does not break a list."""
    out = []
    for c in cands:
        m = _VERSION_AFTER.match(text, c.end) if c.rule in {"gazetteer", "coined"} and c.type != "Metric" else None
        if m is None and c.type == "Dataset" and c.rule in {"gazetteer", "coined"}:
            m = _YEAR_AFTER.match(text, c.end) or _SUBSET_AFTER.match(text, c.end)
        if m is None and c.rule == "coined" and c.extra.get("weak") and (m := _YEAR_AFTER.match(text, c.end)):
            # an untyped name with a year is an edition of an event: "DRU at WojoodNER 2024: ...", whose
            # data is what a shared task is (guidelines)
            c = replace(c, type="Dataset", extra={**c.extra, "weak": False})
        if m:
            c = replace(c, end=m.end(), text=text[c.start:m.end()], name=(c.name or c.text) + m.group(0))
        if c.type == "Dataset" and re.search(r"(?:19|20)\d\d$", c.text) and \
                (m := _EVENT_TASK_AFTER.match(text, c.end)):
            c = replace(c, end=m.end(), text=text[c.start:m.end()], name=(c.name or c.text) + m.group(0))
        out.append(c)
    return out


# an event's edition names its shared task with what follows: "SemEval-2025 Task 11", "COLING-2025
# Regulations Challenge"
_EVENT_TASK_AFTER = re.compile(r" Task \d{1,2}(?![\w.])| (?:[A-Z][\w-]*\s){1,3}(?:Shared Task|Challenge)(?![\w-])")
_EVENT_TASK = re.compile(r"(.+?(?:19|20)\d\d)(?:%s)" % _EVENT_TASK_AFTER.pattern)


_BARE_TECHNIQUE = re.compile(r"(?<![\w-])(?:fine-?tuning|pre-?training|distillation|prompting)(?![\w-])", re.I)
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def listed_techniques(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A bare "fine-tuning" is an ordinary noun ("improved through fine-tuning"), but listed with named
    techniques it is one of them: "continued pretraining, fine-tuning, and retrieval-augmented
    generation", "in-context learning and fine-tuning"."""
    methods = [c for c in cands if c.type == "Method" and c.rule in {"gazetteer", "known-phrase"}]
    out = []
    for m in _BARE_TECHNIQUE.finditer(text):
        if any(c.start <= m.start() < c.end for c in cands):
            continue
        if any(_LIST_JOIN.fullmatch(text, c.end, m.start()) or _LIST_JOIN.fullmatch(text, m.end(), c.start)
               for c in methods):
            out.append(Candidate(m.start(), m.end(), m.group(0), "Method", "phrase", True))
    return out


# Class nouns whose examples ("such as ...", "including ...") are named things of one type.
_CLASS_NOUNS = {
    "Method": {"method", "methods", "technique", "techniques", "approach", "approaches", "strategy", "strategies",
               "heuristic", "heuristics", "baseline", "baselines", "algorithm", "algorithms", "mechanism",
               "mechanisms", "procedure", "procedures", "way", "ways", "paradigm", "paradigms"},
    "Task": {"task", "tasks", "problem", "problems"},
    "Metric": {"metric", "metrics"},
}
_QUALITIES = ("ity", "ness", "ities", "nesses")
_ACTIONS = ("ing", "tion", "sion", "sis")  # "distillation", "offloading" (not "-ment": "sentiment", "document")
_CLASS_TYPE = {noun: etype for etype, nouns in _CLASS_NOUNS.items() for noun in nouns}


def hyponym_candidates(doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """Hearst's patterns: the examples in "strategies for ..., such as quantization, offloading, or KV
    eviction" and "baselines, including uniform sampling, ..." are of the kind the class noun names.
    Only lower-case noun phrases no other rule found; named things have rules of their own."""
    out = []
    low = text.lower()
    for tok in doc if "such as" in low or "including" in low else ():  # walking the Doc makes every Token
        if not (tok.lower_ == "as" and tok.i > 0 and doc[tok.i - 1].lower_ == "such" or tok.lower_ == "including"):
            continue
        cue = tok.i - 1 if tok.lower_ == "as" else tok.i
        before = doc[cue - 2] if cue >= 2 and doc[cue - 1].text == "," else doc[cue - 1] if cue >= 1 else None
        if before is None or before.i != tok.head.i:
            continue  # the examples must follow their class noun: "..., including the recent use of ..." may not
        if (etype := _CLASS_TYPE.get(_class_noun(tok.head).lower_)) is None:
            continue
        members = [c for c in tok.children if c.dep_ == "pobj"]
        for m in members:  # grows as it goes: conjuncts of conjuncts
            members.extend(c for c in m.children if c.dep_ == "conj")
        out += _examples(cands, [_modified_noun(m) for m in members] + _listed_after(doc, tok.i + 1), etype)
    for tok in doc[1:-2] if "(" in text else ():  # "strategies for task adaptation (e.g., continued pretraining, ...)"
        if tok.text != "(":
            continue
        cued = doc[tok.i + 1].lower_ in {"e.g.", "e.g", "i.e.", "including"}
        close = next((t.i for t in doc[tok.i + 1:] if t.text in {")", "("}), None)
        if (etype := _CLASS_TYPE.get(_class_noun(doc[tok.i - 1]).lower_)) is None or close is None \
                or doc[close].text != ")":
            continue
        if not cued and not (etype == "Metric" and any(t.lower_ in {"and", "or"} for t in doc[tok.i + 1: close])):
            continue  # "three complementary metrics (speed, volume, and circuitousness)" lists them too
        segments, part = [], []
        for t in doc[tok.i + 1 + cued: close]:
            if t.text == "," or t.lower_ in {"and", "or"}:
                segments.append(part)
                part = []
            else:
                part.append(t)
        out += _examples(cands, [_without_leading(s) for s in segments + [part]], etype)
    return out


def _listed_after(doc, start: int) -> list[list]:
    """The comma-separated noun phrases from `start` to the end of the list, read off the surface: the
    parser often takes a list member for a verb ("such as sink tokens, sliding windows, and ...")."""
    segments, part = [], []
    for t in doc[start: start + 30]:
        if t.pos_ == "AUX" or t.tag_ in {"VBZ", "VBP", "VBD", "MD"}:
            part = []  # "..., their experimental results are ...": that phrase begins a clause
            break
        if t.text in {".", ";", ":", "(", ")"} or t.pos_ == "ADP" or \
                t.lower_ in {"which", "that", "to", "using", "ones"}:
            break  # the list ends where a phrase about it begins
        if t.text == "," or t.lower_ in {"and", "or"}:
            if part:
                segments.append(part)
            part = []
        else:
            part.append(t)
    return [_without_leading(s) for s in segments + [part] if s]


def _class_noun(noun):
    """The noun the examples are of: "strategies" in "strategies for domain and task adaptation"."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in {"for", "of"} and noun.head.head.i < noun.i:
        noun = noun.head.head
    return noun


def _examples(cands: list[Candidate], members: list[list], etype: str) -> list[Candidate]:
    out = []
    for toks in (m for m in members if (_is_measure if etype == "Metric" else _is_example)(m)):
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if not any(c.start < end and start < c.end for c in cands + out):
            out.append(Candidate(start, end, span_text(toks), etype, "hyponym", True))
    return out


def _is_example(toks: list) -> bool:
    """A plain lower-case noun phrase of a technique or problem."""
    if not toks or len(toks) > 5 or any(t.is_title for t in toks) or not toks[-1].is_lower \
            or not (toks[-1].pos_ == "NOUN" or toks[-1].tag_ == "VBG" and len(toks) > 1) \
            or toks[-1].lower_ in STOP_WORDS | _VAGUE | _BAD_TOKENS:
        return False
    if any(t.text in ",()" or t.pos_ in {"ADP", "CCONJ"} or t.pos_ == "VERB" and _text_before(t) != "-"
           and t.tag_ not in {"VBN", "VBG"} for t in toks):
        return False  # a clause, not a name; "reference-model-based", "continued pretraining" are names
    if toks[-1].lower_.endswith(_QUALITIES) or _text_after(toks[-1]) == "-":
        return False  # "scalability" is a quality; "state-of-the-art methods" gives no example
    # one word must name an action ("offloading"); "compositions of functions" is no task
    return len(toks) > 1 or toks[0].lower_.endswith(_ACTIONS) and not _CLASS_TYPE.get(toks[0].lower_)


# what no measure is named ("performance", "effectiveness", "quality", "results": guidelines)
_VAGUE_MEASURES = {"performance", "effectiveness", "quality", "results", "result", "efficiency", "metric",
                   "metrics", "score", "scores", "measure", "measures", "outcome", "outcomes", "cost", "costs"}


def _is_measure(toks: list) -> bool:
    """A plain lower-case noun phrase of a measure, which may be one word naming a quality ("volume",
    "circuitousness")."""
    return 0 < len(toks) <= 4 and all(t.is_lower and t.pos_ in {"NOUN", "ADJ", "PROPN"} or t.text == "-"
                                      for t in toks) and toks[-1].pos_ == "NOUN" and \
        toks[-1].lower_ not in STOP_WORDS | _VAGUE | _BAD_TOKENS | _VAGUE_MEASURES and _text_after(toks[-1]) != "-"


def _text_before(tok) -> str:
    return tok.doc[tok.i - 1].text if tok.i > 0 else ""


def _text_after(tok) -> str:
    return tok.doc[tok.i + 1].text if tok.i + 1 < len(tok.doc) else ""


def _modified_noun(tok) -> list:
    """A noun with its modifiers ("gist compression", "influence-aware data filtering"), without a
    leading determiner, number or vague word ("several popular baselines" is "baselines") or a
    trailing class noun ("reference-model-based sampling methods")."""
    return _without_leading(list(tok.doc[tok.left_edge.i: tok.i + 1]))


_DASHES = {"\u2014", "--"}  # a dash ends a phrase; not the en dash of "English\u2013Vietnamese", "Best\u2013Worst"


def _without_leading(toks: list) -> list:
    dashes = [i for i, t in enumerate(toks) if t.text in _DASHES]
    if dashes:  # "such as translate-train—training on ...—and ...": the example, then what it is
        toks = toks[:dashes[0]]
    while toks and (toks[0].pos_ in {"DET", "NUM", "PRON", "ADV", "PUNCT"} or toks[0].lower_ in _VAGUE):
        toks = toks[1:]
    if len(toks) > 1 and toks[-1].lower_ in _CLASS_TYPE:
        toks = toks[:-1]
    return toks


_PAREN_LIST = re.compile(r"\(([^()]{3,200})\)")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")


def parenthesised_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "four abliteration tools (Heretic, DECCP, ErisForge, FailSpy)": a plain capitalised word listed in
    parentheses with names is a name too, of their kind (typed by `type_by_lists`)."""
    out = []
    for m in _PAREN_LIST.finditer(text):
        items, pos = [], m.start(1)
        for part in _LIST_JOIN.split(m.group(1)):
            start = text.index(part, pos) if part else pos
            items.append((start, start + len(part), part))
            pos = start + len(part)
        named = [it for it in items if any(c.start <= it[0] < c.end for c in cands)]
        if len(items) < 3 or len(named) < 2 or 2 * len(named) < len(items):
            continue
        for start, end, part in items:
            if (start, end, part) not in named and _CAPITALISED.fullmatch(part) and part not in _NOT_NAMES \
                    and part.lower() not in STOP_WORDS:
                out.append(Candidate(start, end, part, UNTYPED, "coined", extra={"weak": True}))
    return out


_CAPITALISED_WORD = re.compile(r"(?<![\w-])" + _CAPITALISED.pattern + r"(?![\w-])")
_AND_OR = re.compile(r"\b(?:and|or)\b")
# Languages are listed with corpora ("WMT15 English to French, and WMT16 ...") but are none
_LANGUAGES = frozenset(
    "English French German Spanish Italian Portuguese Dutch Russian Chinese Mandarin Cantonese Japanese Korean "
    "Arabic Hindi Bengali Urdu Persian Farsi Turkish Vietnamese Thai Indonesian Malay Swahili Hebrew Greek Polish "
    "Czech Romanian Hungarian Finnish Swedish Norwegian Danish Ukrainian Bulgarian Serbian Croatian Tamil Telugu "
    "Marathi Gujarati Punjabi Nepali Amharic Yoruba Hausa Zulu Latin Sanskrit Basque Catalan Estonian Latvian "
    "Lithuanian Slovak Slovenian Icelandic Irish Welsh Tagalog Filipino Burmese Khmer Kazakh Uzbek Mongolian "
    "Malayalam Kannada Odia Assamese Sinhala Pashto Kurdish Tigrinya Oromo Somali Igbo Wolof Bambara Twi Xhosa "
    "Afrikaans Kinyarwanda Lingala Luganda Javanese Sundanese Cebuano Quechua Guarani Maori Inuktitut Pidgin "
    "Creole".split())
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+|\()$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")


def names_listed_with_known(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "open-world challenges in Minecraft and ALFWorld", "XNLI, XCOPA and Belebele": a plain
    capitalised word in a list with a known dataset or model is a name of their kind (typed by
    `type_by_lists`). The word stands alone: not inside a longer capitalised name ("Web Ontology
    Language", "Amazon Alexa"), nor a short form in parentheses ("(En-De)"), nor a language. The
    list must be one: joined by "and"/"or" somewhere, or the word between two names, since a comma
    alone also ends a phrase ("On GSM8K, Zorb improves ...")."""
    known = {id(c) for c in cands if c.rule in {"gazetteer", "model-name"} and c.type in {"Dataset", "Model"}}
    if not known:
        return []
    words = []
    for m in _CAPITALISED_WORD.finditer(text):
        start, end, word = m.start(), m.end(), m.group(0)
        if word in _NOT_NAMES or word in _LANGUAGES or word.lower() in STOP_WORDS \
                or any(c.start < end and start < c.end for c in cands) or text[end:end + 2] in {"'s", "\u2019s"}:
            continue  # "Google's Gemini-1.5-Flash": the maker of a model is no member of the list
        if _CAPITALISED_BEFORE.search(text, 0, start) or _CAPITALISED_AFTER.match(text, end):
            continue
        words.append(Candidate(start, end, word, UNTYPED, "coined", extra={"weak": True}))
    # the other plain words may be members too: "HotpotQA, 2WikiMultiHopQA, Musique and Bamboogle"
    members = sorted(cands + words, key=lambda c: c.start)
    out = []
    for w in words:
        left, right = _list_chain(text, members, w.start, before=True), _list_chain(text, members, w.end, before=False)
        if any(id(c) in known for _, c in left + right) and (
                any(_AND_OR.search(join) for join, _ in left + right) or (left and right)):
            out.append(w)
    return out


_SETTING = r"(?:\w+-shot|(?:semi-|self-|un|weakly[- ])?supervised)"
# "zero-shot and few-shot prompting", "supervised, semi-supervised and unsupervised learning"
_SHARED_HEAD = re.compile(rf"(?<![\w-])({_SETTING}(?:,\s*{_SETTING})*),?\s+(?:and|or)\s+(?={_SETTING}\s)", re.I)


def shared_head_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "zero-shot and few-shot prompting": settings coordinated before a named technique or task each
    name one of their own with its head ("zero-shot prompting")."""
    out = []
    for m in _SHARED_HEAD.finditer(text):
        last = next((c for c in cands if c.start == m.end() and c.type in {"Method", "Task"}), None)
        if last is None or " " not in (last.name or last.text):
            continue
        head = (last.name or last.text).split()[-1]
        for mod in re.finditer(_SETTING, m.group(1), re.I):
            start = m.start(1) + mod.start()
            out.append(Candidate(start, start + len(mod.group()), mod.group(), last.type, "phrase", last.generic,
                                 name=f"{mod.group()} {head}"))
    return out


_COORDINATED_WORD = re.compile(r"(?<![\w-])([A-Za-z][\w-]*),?\s+(?:and|or)\s+$")


def elided_known_candidates(text: str, known: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """ "weak and distant supervision", "extractive and abstractive summarization": a word coordinated
    before a known name shares its head, when the gazetteer knows the name they make together."""
    out = []
    for c in known:
        if " " not in c.text or (m := _COORDINATED_WORD.search(text, max(0, c.start - 40), c.start)) is None:
            continue
        entry = gazetteer.lookup(f"{m.group(1)} {c.text.split(' ', 1)[1]}")
        if entry is not None and entry.type == c.type:
            out.append(Candidate(m.start(1), m.end(1), m.group(1), entry.type, "gazetteer", entry.generic,
                                 name=entry.name, known=True))
    return out


# the next item of a list: "..., RNA structure prediction, protein function inference, and ..."
_NEXT_ITEM = re.compile(r"(?:%s)([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3})(?=\s*[,.;:)]|\s+(?:and|or)\s)"
                        % _LIST_JOIN.pattern)
_LIST_OPENERS = {"including", "especially", "particularly", "notably", "namely", "like"}


def listed_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "focusing on genomic sequence modeling, RNA structure prediction, protein function inference":
    the items listed after a task that end in a task's head are tasks too, where the parser, lost in
    the list, gave no noun phrase for them (an untyped short form inside one is part of it)."""
    out = []
    starts = {c.start: c for c in cands}
    typed = [c for c in cands if c.type != UNTYPED]
    for c in cands:
        if c.type != "Task":
            continue
        pos = c.end
        while (m := _NEXT_ITEM.match(text, pos)) is not None:
            if (known := starts.get(m.start(1))) is not None and known.type != UNTYPED:
                pos = known.end
                continue
            words = m.group(1).split()
            if len(words) < 2 or words[-1].lower() not in TASK_HEADS or \
                    any(w.lower() in STOP_WORDS | _VAGUE | _LIST_OPENERS for w in words) or \
                    any(o.start < m.end(1) and m.start(1) < o.end for o in typed):
                break
            item = Candidate(m.start(1), m.end(1), m.group(1), "Task", "phrase", True)
            out.append(item)
            starts[item.start] = item
            pos = m.end(1)
    return [c for c in cands if c.type != UNTYPED or not any(o.start <= c.start and c.end <= o.end for o in out)] + out


# "across three challenging tasks: Story Outline Improvement (up to +30% interestingness), Mini-Crosswords
# Solving (...), and Constrained Generation (...)": tasks listed by their capitalised names
_TASKS_OPEN = re.compile(r"\btasks\s*(?::|,?\s+(?:such as|including|namely|like))\s*")
_TASK_NAME = re.compile(r"[A-Z][\w-]*(?:\s+(?:(?:of|for|in|on|with|to)\s+)?[A-Z][\w-]*){1,4}")
_AFTER_TASK_NAME = re.compile(r"(?:\s*\([^()]*\))?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)?")


def named_task_list_candidates(text: str) -> list[Candidate]:
    """Each capitalised name of two words or more in a list that opens on "tasks:" or "tasks such as"."""
    out = []
    for m in _TASKS_OPEN.finditer(text):
        pos = m.end()
        while (item := _TASK_NAME.match(text, pos)) is not None:
            words = item.group(0).split()
            if words[0].lower() in STOP_WORDS or not words[-1].isalpha() or words[-1].isupper() or \
                    words[-1] in {"Task", "Subtask", "Track"}:
                break
            out.append(Candidate(item.start(), item.end(), item.group(0), "Task", "coined", True))
            after = _AFTER_TASK_NAME.match(text, item.end())
            if after.end() == item.end() or not after.group(0).strip(" (").strip():
                break
            pos = after.end()
    return out


def _list_chain(text: str, cands: list[Candidate], pos: int, before: bool) -> list[tuple[str, Candidate]]:
    """The candidates listed one after another before (or after) `pos`, each with the joiner before it."""
    chain = []
    while True:
        if before:
            c = next((c for c in cands if c.end <= pos and _LIST_JOIN.fullmatch(text, c.end, pos)), None)
        else:
            c = next((c for c in cands if c.start >= pos and _LIST_JOIN.fullmatch(text, pos, c.start)), None)
        if c is None:
            return chain
        chain.append((text[c.end:pos] if before else text[pos:c.start], c))
        pos = c.start if before else c.end


# "Tamil BERT", "German RoBERTa": a pretrained encoder trained on one language is a model of its own
_LANGUAGE_EDITION = re.compile(r"(?<![\w-])(?:%s) " % "|".join(sorted(_LANGUAGES))
                               + r"(?:BERT|RoBERTa|ALBERT|DistilBERT|ELECTRA|DeBERTa|XLNet|BART|T5|GPT-2)(?![\w-])")


_LIST_GAP = re.compile(r"^[\s,;/()]*(?:(?:and|or|as well as|e\.g\.|i\.e\.|such as|including)[\s,;/()]*)?$")
UNTYPED = "?"


def type_by_lists(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names listed together are of one kind: in "(MATH, MedQA) and (GSM-HARD, AMC23)" coined names
    take the type of the known names in their list. Coined names that stay untyped are dropped."""
    ordered = sorted(cands, key=lambda c: (c.start, -c.end))
    groups, current, closed = [], [], False
    for c in ordered:
        gap = text[current[-1].end:c.start] if current else ""
        # a parenthesis opened or closed between two names ends a list: "reasoning (GSM8K, AIME24), summarization";
        # so does a comma after its last member: "On RULER and LongBench, ZorbLM matches ..."
        if current and c.start >= current[-1].end and (not _LIST_GAP.match(gap) or ("(" in gap) != (")" in gap)
                                                       or closed and "," in gap and not _AND_OR.search(gap)):
            groups.append(current)
            current, closed = [], False
        if current and c.start >= current[-1].end:  # not another candidate over the same words
            closed = _AND_OR.search(gap) is not None and "(" not in gap and ")" not in gap
        current.append(c)
    if current:
        groups.append(current)
    out = []
    for group in groups:
        votes = [c.type for c in group if c.rule in {"gazetteer", "model-name", "known-phrase"}] or \
            [c.type for c in group if c.rule == "coined" and not c.extra.get("weak") and c.type != UNTYPED]
        # a tie goes to the type voted first: iterating a set would depend on the process's hash seed
        kind = max(dict.fromkeys(votes), key=votes.count) if len(group) > 1 and votes else None
        # "five benchmarks (BLiMP, BLiMP Supplement, EWoK, Winoground and VQA)": the class noun before the
        # parenthesis says what its names are, whatever a known name among them is
        kind = (_enclosing_cue(text, group[0].start) if len(group) > 1 else None) or kind
        if kind is None and len(group) > 1:
            kind = _cue_type(_first_word(text[group[-1].end:])) or _cue_type(_last_word(text[:group[0].start]))
        if kind is None and len(group) > 2:  # "(DECCP, ErisForge, FailSpy)": untyped members join the rest
            typed = [c.type for c in group if c.type != UNTYPED]
            if len(typed) >= 2 and len(set(typed)) == 1 and len(typed) < len(group):
                kind = typed[0]
        for c in group:
            if c.rule == "coined" and kind and (c.type == UNTYPED or c.extra.get("weak") or len(votes) >= 2):
                c = replace(c, type=kind, rule="coined-list")
            if c.type != UNTYPED:
                out.append(c)
    return out


def _enclosing_cue(text: str, start: int) -> str | None:
    """The type the class noun before an open parenthesis holding `start` gives: "benchmarks (A, B)"."""
    opening = text.rfind("(", 0, start)
    if opening == -1 or ")" in text[opening:start]:
        return None
    return _cue_type(_last_word(text[:opening]))


_OPEN_PAREN = re.compile(r"\s*\((?:e\.g\.,?\s*)?")


def benchmarks_of_tasks(text: str, cands: list[Candidate], abbreviations: list[Abbreviation]) -> list[Candidate]:
    """Names in parentheses right after a task are its benchmarks: "procedural generation (LongProc)",
    "embodied agent control (ALFWorld, WebShop)"; a short form the text defines there is not. Only
    names no context has typed are changed."""
    shorts = {a.short_start for a in abbreviations}
    out, inside_until = [], -1
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if c.type == "Task" and (m := _OPEN_PAREN.match(text, c.end)):
            close = text.find(")", m.end())
            inside_until = close if close != -1 and "(" not in text[m.end():close] else -1
        elif c.start < inside_until and c.rule == "coined" and c.extra.get("weak") and c.start not in shorts:
            c = replace(c, type="Dataset", rule="coined-list")
        out.append(c)
    return out


def _first_word(text: str) -> str:
    m = re.match(r"[\s)\]]*([A-Za-z-]+)", text)
    return m.group(1).lower() if m else ""


def _last_word(text: str) -> str:
    m = re.search(r"([A-Za-z-]+)[\s(\[:]*$", text)
    return m.group(1).lower() if m else ""


def _cue_type(word: str) -> str | None:
    """The type a list's head noun gives its members: "(A, B) benchmarks", "models such as A and B"."""
    if word in {"benchmark", "benchmarks", "dataset", "datasets", "corpus", "corpora", "testbeds"}:
        return "Dataset"
    if word in {"model", "models", "llms", "checkpoints"}:
        return "Model"
    if word in {"metric", "metrics"}:
        return "Metric"
    if word in {"methods", "frameworks", "tools", "toolkits", "libraries", "algorithms", "techniques",
                "approaches", "optimizers", "strategies"}:
        return "Method"
    return None


def title_candidates(title: str, gazetteer: Gazetteer) -> list[Candidate]:
    """"Name: subtitle" titles name the paper's contribution; the subtitle says what it is. So does a
    title ending "... with/via/using Name". A multi-word name in title case ("LLM Economist: ...",
    "... via Rank-2 Subspace Disentanglement") may be a catchphrase ("Concrete Jungle: ..."), so it
    counts only if the abstract uses it too (`extra["echo"]`, settled by `with_title_names`)."""
    out = []
    # also "SarcEmp - Fine-tuning DialoGPT for Sarcasm": a one-word name before a spaced dash
    m = re.match(r"^\s*([^:]{2,60}?)\s*:\s+(.+)$", title) or \
        re.match(r"^\s*([^:\s]{2,40})\s[-\u2013\u2014]\s+(.+)$", title)
    if m and "@" not in m.group(1):  # "TeamX@SharedTask 2025: ..." names a team, not a contribution
        name, subtitle = m.group(1), m.group(2).lower()
        words = name.split()
        pair = re.fullmatch(r"(\S+)\s+(?:&|and)\s+(\S+)", name)
        if pair and all(_coined_title_name(p, gazetteer) for p in pair.groups()):
            # "JM3D & JM3D-LLM: ...": two names, both the paper's
            for i in (1, 2):
                etype, weak = _title_name_type(pair.group(i), subtitle)
                out.append(Candidate(m.start(1) + pair.start(i), m.start(1) + pair.end(i), pair.group(i),
                                     etype, "title-name", extra={"proposed": True, "echo": False, "weak": weak}))
        else:
            coined = _coined_title_name(name, gazetteer)
            # "CLIMB: ...", "ParalinGPT: ..." name the contribution; "Concrete Jungle: ..." is a catchphrase.
            # A plain word ("Flumox: ...") is a name if the abstract writes it so inside a sentence.
            plain = re.fullmatch(r"[A-Z][a-z]{3,}", name) is not None and not gazetteer.lookup(name) \
                and name.lower() not in STOP_WORDS
            if coined or plain or (_title_case_name(words) and not gazetteer.lookup(name)):
                etype, weak = _title_name_type(name, subtitle)
                out.append(Candidate(m.start(1), m.end(1), name, etype, "title-name",
                                     extra={"proposed": True, "echo": not coined, "exact": plain, "weak": weak,
                                            "technique": _TECHNIQUE_KIND.search(subtitle) is not None}))
    tail = _TITLE_TAIL_NAME.search(title)
    # "... with Large Language Models" names a class of models, not the paper's contribution (guidelines)
    if tail and _title_case_name(tail.group(1).split()) and not gazetteer.lookup(tail.group(1)) and \
            tail.group(1).split()[-1].lower() not in {"models", "llms", "lms", "agents"}:
        etype, weak = _title_name_type(tail.group(1), "")
        out.append(Candidate(tail.start(1), tail.end(1), tail.group(1), etype, "title-name",
                             extra={"proposed": True, "echo": True, "weak": weak}))
    return out


_TEAM_AT_EVENT = re.compile(r"\s*(?:[Tt]eam\s+)?([^:]{1,40}?)\s+at\s+(?:the\s+)?([A-Z][^:]*?(?:(?:19|20)\d\d|[Tt]ask|"
                            r"[Cc]hallenge|[Ww]orkshop)[^:]*)(?::|$)")


def event_candidates(title: str, cands: list[Candidate]) -> list[Candidate]:
    """ "NYULangone at Chemotimelines 2024: ...": the shared task a system paper's team entered, an edition
    of an event (data, guidelines), where no other rule named it; a conference or workshop is none."""
    m = _TEAM_AT_EVENT.match(title)
    if not m or not re.search(r"(?:19|20)\d\d$|\bTask \d{1,2}$", m.group(2)) or \
            m.group(2).split()[0].split("-")[0] in _VENUES or re.search(r"[Ww]orkshop", m.group(2)) or \
            any(c.start < m.end(2) and m.start(2) < c.end for c in cands):
        return []
    return [Candidate(m.start(2), m.end(2), m.group(2), "Dataset", "coined", extra={"weak": False})]


def team_end(title: str) -> int:
    """Where a system paper's team name ends in its title ("TrenTeam at SemEval-2025 Task 11: ..."), else 0.
    A team is no entity; the system it names is one where the abstract says so ("We present X, ...")."""
    m = _TEAM_AT_EVENT.match(title)
    # "SMAFIRA Shared Task at the BioNLP'2025 Workshop" is the task itself
    return m.end(1) if m and not re.search(r"\b(?:[Tt]ask|[Cc]hallenge)$", m.group(1)) else 0


def _coined_title_name(name: str, gazetteer: Gazetteer) -> bool:
    """One or two words that look coined ("CLIMB", "ParalinGPT", "h1"), not a known name."""
    words = name.split()
    return len(words) <= 2 and not gazetteer.lookup(name) and (_looks_coined(words[0]) or (
        len(words) == 1 and (words[0][0].isupper() and not words[0].isalpha()
                             or bool(re.fullmatch(r"[a-z]+\d+[a-z\d]*", words[0])))))


_TITLE_TAIL_NAME = re.compile(r"\b(?:with|via|using|through)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3})\s*$")


def _title_case_name(words: list[str]) -> bool:
    return 2 <= len(words) <= 4 and all(w[0].isupper() or w[0].isdigit() for w in words) and \
        not any(w.lower() in STOP_WORDS for w in words)


# "ParalinGPT", "BioBERT", "TinyLlama": a name ending in a model family's is a model's ("Mistral-SPLADE",
# "Llama-Adapter", built on one, may be a method)
_MODEL_LIKE_NAME = re.compile(r"(?:gpt|bert|llm|lm|llama|qwen|mistral|gemma|vicuna|alpaca|falcon)$", re.I)


# heads that name a technique as often as a task ("Multi-sense Word Embedding", "Dynamic Modularized Reasoning")
_TECHNIQUE_TOO = {"embedding", "modeling", "modelling", "matching", "inference", "reasoning", "planning",
                  "alignment", "generalization", "construction"}
_TASK_ONLY_HEADS = TASK_HEADS - _TECHNIQUE_TOO


# "a language model for ...", not "sequential model merging" or "model editing"
_SUBTITLE_MODEL = re.compile(r"\bmodel(?=\s*$|\s*[,;:.(]|\s+(?:for|of|with|that|which|to|in|on|via|from|and|by|"
                             r"trained|tuned)\b)")


def _title_name_type(name: str, subtitle: str) -> tuple[str, bool]:
    """What the subtitle says the title's name is, and whether that is only a guess: from the name's
    shape ("ZorbLM") or from nothing (a technique then), either of which the abstract's own words
    overrule ("ZorbLM, a data synthesis framework", "Zorb-Coder, a 15B code LLM"). A phrase named for
    an activity is a task whatever the subtitle lists ("Speech Interruption Detection: Analysis,
    Corpus, and System")."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _TASK_ONLY_HEADS:
        return "Task", False
    if re.search(r"\b(benchmark|dataset|data set|corpus|suite|testbed|test set|leaderboard|collection|dictionary|"
                 r"lexicon|treebank|knowledge base|encyclopedia|database)\b", subtitle) or \
            re.match(r"(a |an )?(assessing|evaluating|benchmarking|testing|measuring|probing)\b", subtitle):
        return "Dataset", False
    if (m := _SUBTITLE_MODEL.search(subtitle)) and m.start() < 40:
        return "Model", False
    if re.match(r"(an? )?([\w-]+ ){0,3}(metric|measure)\b", subtitle):
        return "Metric", False  # "Dscorer: A Fast Evaluation Metric for ..."
    return ("Model" if _MODEL_LIKE_NAME.search(name) else "Method"), True


def with_title_names(cands: list[Candidate], names: list[Candidate], abstract: str) -> list[Candidate]:
    """The title's candidates plus its title-case names that the abstract uses too (a one-word name
    as a name, `_written_as_name`); such a name replaces the shorter candidates inside it."""
    low = abstract.lower()
    kept = [n for n in names if (_written_as_name(n.text, abstract) if n.extra.get("exact") else
                                 n.text in abstract or n.text.lower() in low and
                                 (not n.extra["weak"] or _names_an_activity(n.text)))]
    rest = [c for c in cands if not any(c.start < n.end and n.start < c.end for n in kept)]
    if _RELEASED_DATA.search(abstract):
        # "MorSeD: Morphological Segmentation of Danish ...", then "we release a ... evaluation set": the
        # name the abstract never repeats is of the data it releases
        rest = [replace(c, type="Dataset", extra={**c.extra, "weak": False})
                if c.rule == "title-name" and c.extra.get("weak") and not c.extra.get("technique") and
                c.text not in abstract else c for c in rest]
    return sorted(rest + kept, key=lambda c: (c.start, c.end))


_TECHNIQUE_KIND = re.compile(r"\b(?:model|method|framework|system|approach|architecture|algorithm|tool|network)s?\b")
_RELEASED_DATA = re.compile(r"\b(?:we|this (?:paper|work|study))\s+(?:release|introduce|present|construct|"
                            r"create|build|collect|curate|propose)s?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:dataset|"
                            r"data set|benchmark|corpus|evaluation set|test set|treebank|testbed|test suite)\b", re.I)


def with_abstract_long_forms(cands: list[Candidate], title: str, abstract: list[Candidate]) -> list[Candidate]:
    """The title's candidates, where a name the abstract defines with a short form stands whole in the title
    ("Multimodal Generation with Consistency Transferring", then "... Consistency Transferring (MGCT)")
    as that name, replacing the shorter candidates inside it."""
    low = title.lower()
    for a in abstract:
        if a.rule != "abbreviation" or " " not in a.text:
            continue
        start = low.find(a.text.lower())
        end = start + len(a.text)
        if start < 0 or re.match(r"\w", title[end:end + 1]) or start and re.match(r"\w", title[start - 1]):
            continue
        inside = [c for c in cands if start <= c.start and c.end <= end]
        if not inside or any(c.start <= start and end <= c.end for c in cands):
            continue  # no fragment to mend
        cands = sorted([c for c in cands if c not in inside] +
                       [replace(a, start=start, end=end, text=title[start:end], extra={"weak": True})],
                       key=lambda c: c.start)
    return cands


def _names_an_activity(name: str) -> bool:
    """ "Rank-2 Subspace Disentanglement", written in lower case in the abstract, still names a
    technique; "Function Tokens", "Value Drifts" name things a paper studies."""
    return name.lower().endswith(_ACTIONS + ("ment",))


def _written_as_name(word: str, text: str) -> bool:
    """ "We present Flumox, which ...": capitalised inside a sentence and never written in lower case
    ("Baseline: ..." is a word the abstract also writes "baseline")."""
    return re.search(r"[^.!?\s]\s+" + re.escape(word) + r"\b", text) is not None and \
        re.search(r"\b" + re.escape(word.lower()) + r"\b", text) is None


# "a synthetic discourse corpus" is an unnamed dataset (guidelines), not a technique "synthetic discourse"
_PROPOSAL_HEADS = {"framework", "method", "approach", "algorithm", "technique", "pipeline", "architecture",
                   "strategy", "model", "metric", "loss", "objective"}


_CONTAINERS = {"task", "tasks", "problem", "problems", "pipeline", "pipelines", "benchmark", "benchmarks",
               "setting", "settings", "system", "systems"}
# "a dialogue act recognition dataset" holds data for the task; "the Stanford Question Answering Dataset" and
# "the Dundee eye-tracking corpus" are names of data
_DATA_CONTAINERS = {"dataset", "datasets", "corpus", "corpora"}


# nouns an adjective before them makes a modifier of the phrase ("low resource", "large scale")
_NEEDS_ITS_ADJECTIVE = {"resource", "scale", "level", "range", "rank", "order", "frequency", "quality", "precision",
                        "resolution", "context", "latency"}
_DEGREES = {"low", "high", "large", "small"}
_VAGUE_BUT_DEGREES = _VAGUE - _DEGREES


def _cut_from_its_adjective(doc, i: int) -> bool:
    """Whether a phrase starting at token `i` lost the adjective its first noun needs: "low resource
    training", "large scale pretraining" ("resource training" is a fragment; "better context modeling"
    is context modeling)."""
    return doc[i].lower_ in _NEEDS_ITS_ADJECTIVE and i > 0 and doc[i - 1].pos_ == "ADJ" and \
        doc[i - 1].lower_ not in _VAGUE_BUT_DEGREES


def _conjuncts(doc):
    """The noun chunks, with a coordinated chunk ("tensor factorization and mirror descent") cut into
    its conjuncts."""
    for chunk in doc.noun_chunks:
        part = []
        for tok in chunk:
            if tok.pos_ == "CCONJ" or tok.text == ",":
                if part:
                    yield part
                part = []
            else:
                part.append(tok)
        if part:
            yield part


def phrase_candidates(doc, gazetteer: Gazetteer, proposals: list[tuple[int, int]] = ()) -> list[Candidate]:
    """Noun phrases whose head names a technique (Method) or a research problem (Task); in what the
    paper says it proposes, any modifier will do ("synthetic continued pretraining")."""
    out = []
    shorts = {a.short for a in doc._.abbreviations or ()}
    for chunk in _conjuncts(doc):
        proposed = _inside(chunk[0].idx, proposals)
        toks = [t for t in chunk if not (t.is_punct and t.text not in {"-"})]
        dashes = [t.i for t in chunk if t.text in _DASHES]
        if dashes:  # a noun phrase's head ends it: "translate-train—training" is no phrase of "training"
            toks = [t for t in toks if t.i > dashes[-1]]
        toks = toks[_vague_compound(toks):]
        while toks and (toks[0].lower_ in _VAGUE or toks[0].pos_ in {"DET", "PRON", "NUM", "ADV"}
                        or toks[0].like_num or toks[0].is_punct or toks[0].lower_ in _PHRASE_OPENERS
                        ) and not _hyphen_compound(toks):  # "Persist Through Safety Training" in title case
            toks = toks[1:]
        toks = toks[_vague_compound(toks):]  # "a training-free ... method"
        if toks and toks[0].i > chunk[0].i and _cut_from_its_adjective(doc, toks[0].i):
            continue
        if len(toks) > 2 and toks[0].i > 0 and doc[toks[0].i - 1].lower_ in {"which", "what", "whose"}:
            toks = toks[1:]  # "at which stage value alignment arises": the question's noun is no modifier
        if len(toks) >= 3 and all(t.is_title or t.text == "-" for t in toks) and toks[0].lower_.endswith("ing") \
                and (toks[0].lower_ not in _HEADS or toks[-1].lower_ in _HEADS):
            # a title's verb: "Tracing Value Alignment During ..." is about "Value Alignment", "Scaling
            # Reinforcement Learning for ..." about "Reinforcement Learning" ("Scaling Laws" stays a name)
            toks = toks[1:]
        if not toks or sum(t.text != "-" for t in toks) > 5 or \
                any(t.lower_ in _BAD_TOKENS | _TITLE_VERBS for t in toks):
            continue
        if _restates_a_short_form(doc, toks) or toks[0].text in shorts and \
                doc_text(doc).startswith(")", toks[0].idx + len(toks[0])):
            continue  # "... grammar (ITG) induction" is cut from a name around the parenthesis
        # "a synthetic factual recall task": two or more words before "task" name it, head noun or not
        named_task = len(toks) > 3 and toks[-1].lower_ in {"task", "tasks"} and toks[-2].pos_ == "NOUN" \
            and toks[-3].pos_ in {"NOUN", "ADJ"} and toks[-1].i - toks[0].i == len(toks) - 1
        data_of_task = len(toks) > 2 and toks[-1].text in _DATA_CONTAINERS and toks[-2].lower_ in TASK_HEADS and \
            doc[toks[-2].i - 1].text != "-" and all(t.is_lower or t.text == "-" for t in toks[:-1])
        if data_of_task or len(toks) > 2 and toks[-1].lower_ in _CONTAINERS and (toks[-2].lower_ in TASK_HEADS
                                                                                or named_task):
            toks = toks[:-1]  # "binary classification tasks", "the drug discovery pipeline" name the task
            for i in range(1, len(toks) - 1):
                known = gazetteer.lookup(doc[toks[0].i: toks[i].i].text)
                if known and known.type in {"Dataset", "Model"}:
                    toks = toks[i:]  # "the BEIR text retrieval benchmark": BEIR is a name of its own
                    break
        if len(toks) > 2 and toks[-1].lower_ in {"baseline", "baselines"} and toks[-2].lower_ in METHOD_HEADS:
            toks = toks[:-1]  # "a supervised learning baseline" is an instance of supervised learning
        head = toks[-1].lower_
        is_task, is_method = head in TASK_HEADS or named_task, head in METHOD_HEADS
        described = False
        # "a generalist large language model" is a kind; "a neural baseline model" is there to compare with
        if proposed and head in _PROPOSAL_HEADS and len(toks) >= 3 and _ends_in_noun(toks[:-1]) \
                and toks[-2].lower_ not in _GENERIC_KINDS | {"baseline"} and \
                not _GIVEN_NAME_AFTER.match(doc_text(doc), toks[-1].idx + len(toks[-1])):
            toks = toks[:-1]  # "a stepping-stone text augmentation strategy": the name is what precedes the head
            is_method, described = True, True
        elif not (is_task or is_method):
            continue
        if len(toks) == 1 or (is_task and head in _TASKISH_NEEDS_MODIFIER and len(toks) < 2):
            continue
        if not all(t.is_alpha or "-" in t.text or t.text == "-" for t in toks):
            continue
        if any(t.pos_ in {"VERB", "AUX", "ADP", "CCONJ"} and t.text != "-" for t in toks[:-1]):
            continue
        if proposed and not _ends_in_noun(toks):
            continue
        if not proposed and not any(t.pos_ in {"NOUN", "PROPN"} for t in toks[:-1]) and not _technical(toks[:-1]) \
                and not (is_task and _benchmark_follows(doc, toks[-1].i)):
            continue  # "nuanced learning", "holistic understanding": an adjective and a generic head
        if " ".join(t.lower_ for t in toks) in FIELDS or span_text(toks) in BARE_VERB_NOUNS:
            continue
        if head in {"loss", "losses"} and toks[0].lower_ in _SPLITS:
            continue  # "the training loss", "validation loss": a value measured, not a technique
        span = doc[toks[0].i: toks[-1].i + 1]
        if entry := gazetteer.lookup(span.text):
            out.append(_known_candidate(span, entry))
            continue
        split = next((i for i in range(1, len(span)) if gazetteer.lookup(span[i:].text)), None)
        known = gazetteer.lookup(span[split:].text) if split else None
        # what a paper proposes is a method even when named like a problem ("self-reflection learning")
        etype = "Task" if named_task else _specific_type(span.text, known.type) if known else \
            "Task" if is_task or learning_problem(toks) and not proposed else "Method"
        if etype == "Task" and not known and not named_task and toks[0].i > 0 \
                and doc[toks[0].i - 1].lower_ in _MEANS and head in _MEANS_HEADS:
            etype = "Method"  # "... via Sparse KV Retrieval", "World Alignment by Rule Learning": the means
        task_of = span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in {"task",
                                                                                                          "problem"}
        if etype == "Method" and task_of and not known:
            etype = "Task"  # "this intricate task of cross-cultural recipe adaptation"
        # a paper's own coinage is a name; a capital that only opens the sentence does not make one
        # ... and so is the task it proposes ("we propose an innovative task of glyph identification")
        new_task = proposed and etype == "Task" and task_of and doc[span.start - 2].lower_ == "task"
        generic = etype == "Task" and not new_task or (not proposed and (
            span.text.islower() or span[0].is_sent_start and span.text[0].isupper() and span.text[1:].islower()))
        name = None
        if known and span[split:].text.isalpha() and span[split:].text.isupper() and \
                all(t.is_alpha or t.text == "-" for t in span[:split]) and \
                singular_key(known.name) != singular_key(span[split:].text):
            name = f"{span[:split].text} {known.name}"  # "offline RL" is "offline reinforcement learning"
            generic = generic or name.islower()
        # "medical question answering" names a more specific thing than the known "question answering"
        out.append(Candidate(span.start_char, span.end_char, span.text, etype, "known-phrase" if known else "phrase",
                             generic, name=name, aliases=(span.text,) if name else (),
                             extra={"described": True} if described else {}))
    return out


# After "via", "using", "through" or "by", a process that often serves as a means names how, not
# what ("via Sparse KV Retrieval", "by Rule Learning"); "by sequence labeling", "through grammar
# induction" keep naming a task, as classification, parsing and the like do wherever they stand.
_MEANS = {"via", "using", "through", "by"}
_MEANS_HEADS = {"learning", "inference", "modeling", "modelling", "matching", "alignment", "retrieval", "reasoning",
                "discovery", "fusion", "propagation", "decoding"}
_SPLITS = {"training", "train", "validation", "val", "test", "testing", "dev", "development", "held-out",
           "heldout", "evaluation", "eval"}


def _benchmark_follows(doc, i: int) -> bool:
    """ "procedural generation (LongProc)": a task named with its benchmark in parentheses."""
    nxt = doc[i + 1: i + 3]
    return len(nxt) == 2 and nxt[0].text == "(" and nxt[1].text[:1].isupper() and not nxt[1].is_sent_start \
        and nxt[1].idx not in {a.short_start for a in doc._.abbreviations or ()}


_X_TO_Y_TASK = re.compile(r"\b[A-Za-z][\w]*-to-[A-Za-z][\w]*\s+(?:generation|translation|retrieval|synthesis|conversion|"
                          r"parsing|generalization)\b")


def x_to_y_candidates(text: str) -> list[Candidate]:
    """"graph-to-text generation", "easy-to-hard generalization": the tokenizer splits the hyphenated
    compound, so no noun chunk holds the task."""
    return [Candidate(m.start(), m.end(), m.group(0), "Task", "x-to-y", True) for m in _X_TO_Y_TASK.finditer(text)]


# "the Zorbic Quark dataset", "the Open X-Embodiment dataset", "the Flumox Reasoning Benchmark"
_NAMED_DATA = re.compile(r"\bthe ((?:[A-Z][\w-]*|\d[\w-]*)(?:\s+(?:[A-Z][\w-]*|\d[\w-]*)){0,3})"
                         r"\s+(dataset|corpus|benchmark|treebank|Dataset|Corpus|Benchmark|Treebank)s?\b"
                         r"(?!\s+(?:of\s+)?[A-Z])")  # not part of a longer name: "the National Corpus of Polish"


# "the AIST++ and Landscape datasets", "the Zorb, Quux and Flum corpora": names coordinated before a plural kind
_NAME = r"(?:[A-Z][\w+-]*|\d[\w-]*)(?:\s+(?:[A-Z][\w+-]*|\d[\w-]*)){0,2}"
_NAMED_DATA_LIST = re.compile(rf"\bthe ({_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|or)\s+{_NAME})"
                              r"\s+(?:datasets|corpora|benchmarks|treebanks)\b")

_SIZE_WORD = re.compile(r"\d[\d.,]*[KMBkmb]?-[a-z]+\s+(?=\S)")


# an item that only says what kind of thing it is ("(i) a word embedding approach") names nothing
_DESCRIBED_KINDS = {"approach", "method", "model", "framework", "strategy", "technique", "system", "module",
                    "baseline", "variant", "algorithm", "component", "tool", "dataset", "benchmark", "corpus",
                    "metric", "measure", "task", "version", "versions", "one", "other", "another"}


def listed_proposal_candidates(doc, cands: list[Candidate]) -> list[Candidate]:
    """The items a counted proposal lists ("we propose two decoding strategies: multi-prompting decoding
    with ... and calibrated decoding for ..."), of the kind it counts, where no other rule found a name."""
    out = []
    for start, end, kind in listed_proposals(doc):
        span = doc.char_span(start, end, alignment_mode="expand")
        toks = [t for t in span if not t.is_punct or t.text == "-"]
        while toks and (toks[0].pos_ in {"DET", "NUM", "PRON"} or toks[0].lower_ in _VAGUE):
            toks = toks[1:]
        words = [t for t in toks if t.text != "-"]
        if not words or len(words) > 4 or words[-1].lower_ in _DESCRIBED_KINDS or \
                any(c.start < toks[-1].idx + len(toks[-1]) and toks[0].idx < c.end for c in cands) or \
                not all(t.is_alpha or t.text == "-" for t in toks) or \
                len(words) == 1 and (words[0].is_lower or words[0].lower_ in STOP_WORDS):
            continue
        out.append(Candidate(toks[0].idx, toks[-1].idx + len(toks[-1]), doc[toks[0].i: toks[-1].i + 1].text,
                             kind, "listed"))
    return out


def named_data_candidates(text: str) -> list[Candidate]:
    """Capitalised words between "the" and a kind of data name a dataset: "the Open X-Embodiment
    dataset" is Open X-Embodiment; a capitalised kind is part of the name ("the Flumox Reasoning
    Benchmark")."""
    out = []
    for m in _NAMED_DATA.finditer(text):
        end = m.end(2) if m.group(2)[0].isupper() else m.end(1)
        start = m.start(1)
        while (size := _SIZE_WORD.match(text, start, end)) is not None:
            start = size.end()  # "the 10M-token BabyLM corpus": the size is no part of the name
        name = text[start: end]
        if not _names_no_data(name):
            out.append(Candidate(start, end, name, "Dataset", "coined", extra={"weak": False}))
    for m in _NAMED_DATA_LIST.finditer(text):
        for item in re.finditer(_NAME, m.group(1)):
            if not _names_no_data(item.group(0)):
                out.append(Candidate(m.start(1) + item.start(), m.start(1) + item.end(), item.group(0), "Dataset",
                                     "coined", extra={"weak": False}))
    return out


def _names_no_data(name: str) -> bool:
    """ "the English-to-German corpus", "the English 2018 dataset", "the English and German corpora" name none."""
    return name in _NOT_NAMES or name.split()[0].lower() in STOP_WORDS or all(
        w in _LANGUAGES or w.isdigit() or w == "to" for w in re.split(r"[\s-]+", name))


# "Geocoding is the task of converting ...", "Toponym resolution refers to the problem of ...": a definition
_DEFINED_TASK = re.compile(r"(?:^|(?<=[.!?]\s))([A-Z][\w-]*(?: [a-z][\w-]*){0,4}) (?:is|refers to) (?:the|a|an) "
                           r"(?:[a-z-]+ ){0,2}?(?:task|problem) (?:of|that|which|where)\b")


def defined_task_candidates(text: str) -> list[Candidate]:
    """What a sentence opens by defining as a task is one: "Geocoding is the task of converting location
    mentions into coordinates"."""
    out = []
    for m in _DEFINED_TASK.finditer(text):
        name = m.group(1)
        words = name.lower().split()
        if words[0] in STOP_WORDS | _VAGUE or words[-1] in _GENERIC_KINDS or _LINKING_WORDS & set(words) or \
                len(words) > 1 and words[0].endswith(("ing", "ly")):
            continue  # "Generating captions for images is the task of ...": a clause, not the task's name
        out.append(Candidate(m.start(1), m.end(1), name, "Task", "phrase", True))
    return out


_QUOTED_KIND = re.compile(r"(?:``|[\"\u201c])([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?:''|[\"\u201d])"
                          r"\s+((?:[a-z][a-z-]*\s+){1,3}?)"
                          r"(?:strategy|method|technique|approach|algorithm|scheme|mechanism|procedure|trick)\b")


def quoted_kind_candidates(text: str) -> list[Candidate]:
    """"a ``stepping-stone'' text augmentation strategy": quotes mark a word the paper coins for its
    kind of technique, and the name is the word with the kind, as if unquoted."""
    out = []
    for m in _QUOTED_KIND.finditer(text):
        name = f"{m.group(1)} {m.group(2).strip()}"
        end = m.start(2) + len(m.group(2).rstrip())
        out.append(Candidate(m.start(1), end, text[m.start(1): end], "Method", "quoted-kind", name=name))
    return out


_EMPHASISED = re.compile(r"(?<![\w*])\*([A-Za-z][^*\n]{1,60}?)\*(?![\w*])")


def emphasised_candidates(doc, text: str, proposals: list[tuple[int, int]]) -> list[Candidate]:
    """ "we propose *self-vocabularizing training*, an iterative method": Markdown emphasis, which some
    abstracts keep, marks the name a paper gives what it proposes, however plain its words. Typed by
    the words around the marks, else a technique."""
    out = []
    for m in _EMPHASISED.finditer(text):
        if len(m.group(1).split()) > 5 or not _inside(m.start(1), proposals):
            continue
        after = doc.char_span(m.end(), len(text), alignment_mode="expand")
        if after is not None and len(after) and after[0].pos_ in {"NOUN", "PROPN", "ADJ"}:
            continue  # "a *deeper* understanding": a stressed word of a phrase
        etype = _context_type(doc, m.start(), m.end()) or "Method"
        out.append(Candidate(m.start(1), m.end(1), m.group(1), etype, "emphasised"))
    return out


def named_phrase_candidates(doc, text: str) -> list[Candidate]:
    """ "This approach - which we call the teleological approach -", "we call this procedure gradual
    annealing", "a debiasing method, called confidence regularization": the text names the phrase, so
    it is a name however plain its words, of the kind its head says (a technique for a gerund:
    "annealing"). What the paper itself names is its proposal (`cues.proposal_spans`)."""
    out = []
    for sent in sentences(doc):
        for start, end in named_phrases(text[sent.start_char: sent.end_char], sent.start_char):
            span = doc.char_span(start, end, alignment_mode="contract")
            toks = itertools.dropwhile(lambda t: t.pos_ in {"DET", "PRON"}, span if span is not None else [])
            name = list(itertools.takewhile(lambda t: t.pos_ in {"ADJ", "NOUN", "PROPN", "VERB"} and t.is_alpha
                                            and t.tag_ not in {"VBZ", "VBP", "VBD"} or t.text == "-", toks))
            if not 1 < len(name) <= 5 or name[-1].text == "-":
                continue
            head = name[-1].lower_
            etype = _cue_noun_type(head) or ("Task" if head in TASK_HEADS else "Method"
                                             if head in METHOD_HEADS or head.endswith("ing") else None)
            if etype is not None:
                named = doc[name[0].i: name[-1].i + 1]
                out.append(Candidate(named.start_char, named.end_char, named.text, etype, "named-phrase"))
    return out


_TRAINING_GERUNDS = {"pretraining", "pre-training", "finetuning", "fine-tuning", "training", "tuning", "learning",
                     "prompting"}


def _restates_a_short_form(doc, toks) -> bool:
    """ "memory conditioned training (MCT)", then "MCT training": the short form with its long form's head
    says no more than the short form."""
    return len(toks) == 2 and any(a.short == toks[0].text and a.long.split()[-1].lower() == toks[1].lower_
                                  for a in doc._.abbreviations or ())


def gerund_method_candidates(doc, gazetteer: Gazetteer) -> list[Candidate]:
    """Training techniques whose head the tagger reads as a verb, so no noun chunk holds them: "we
    study continued pretraining", "supervised finetuning". The modifiers must include a noun, a
    participle or a technical adjective, as for noun-phrase techniques."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lower_ not in _TRAINING_GERUNDS or tok.i == 0:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3:
            prev = doc[start - 1]
            if not (prev.pos_ in {"NOUN", "PROPN", "ADJ"} or prev.tag_ == "VBN") or prev.lower_ in _VAGUE \
                    or prev.lower_ in STOP_WORDS or not prev.is_alpha:
                break
            start -= 1
        mods = doc[start: tok.i]
        if not mods or _cut_from_its_adjective(doc, start) or not any(
                t.pos_ in {"NOUN", "PROPN"} or t.tag_ == "VBN" or t.lower_ in TECHNICAL_ADJECTIVES for t in mods):
            continue
        # the name reaches over the hyphens before it: "one-shot prompting", "Chain-of-Thought prompting"
        while start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
                doc[start - 2].is_alpha and doc[start - 2].lower_ != "non":
            start -= 2
        span = doc[start: tok.i + 1]
        if span.text.lower() in FIELDS or _restates_a_short_form(doc, list(span)):
            continue
        if known := gazetteer.lookup(span.text):
            out.append(_known_candidate(span, known))
        else:
            out.append(Candidate(span.start_char, span.end_char, span.text, "Method", "phrase", span.text.islower()))
    return out


_OBJECTIVE = re.compile(r"\b(?:causal|masked|autoregressive|auto-regressive|permuted|prefix|translation)\s+"
                        r"language\s+model(?:l)?ing$", re.IGNORECASE)


def _specific_type(phrase: str, known_type: str) -> str:
    """The type of a known name's more specific form: a kind of language modelling named for how it
    predicts ("causal language modeling") is a training objective, a Method (guidelines)."""
    return "Method" if _OBJECTIVE.search(phrase) else known_type


# what a technique or task is for or in a setup, not which one it is: "training machine translation"
_ROLE_MODIFIERS = {"training", "evaluation", "campaign", "baseline", "benchmark", "mainstream", "core", "vanilla",
                   "target", "source", "test", "testing", "inference"}


_GROUNDING = {"based", "driven", "grounded", "intensive", "augmented", "guided", "aware"}


def _technical(tokens) -> bool:
    """Whether a technical adjective is among the words, hyphenated ones ("multi-hop", "zero-shot") read
    whole as written: the tokenizer splits them, and the tagger often calls their parts adjectives."""
    return any(w in TECHNICAL_ADJECTIVES for w in {t.lower_ for t in tokens} | set(_written_words(tokens)))


def _written_words(tokens) -> list[str]:
    return [word for _, _, word in _written(tokens)]


def _written(tokens) -> list[tuple[int, int, str]]:
    """The words of `tokens` as written between spaces, each with its first and past-the-end token index."""
    words, first = [], None
    for t in tokens:
        first = t.i if first is None else first
        if t.whitespace_ or t.i == tokens[-1].i:
            words.append((first, t.i + 1, t.doc[first: t.i + 1].text.lower()))
            first = None
    return words


def modified_known_candidates(doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """A known name with the modifiers that make it a more specific one, found from the gazetteer
    match rather than the noun chunk, which the parser often gets wrong around hyphens: lower-case
    ones for a technique or task ("in-context reinforcement learning", "open-domain multi-hop
    question answering"), which must include a noun or a technical adjective as for noun-phrase
    names; only technical adjectives before an acronym ("medical QA"); capitalised ones for a
    dataset (`_titled_dataset`)."""
    out = []
    known_at = {c.start for c in cands if c.rule == "gazetteer"}
    for c in cands:
        wanted = c.rule == "gazetteer" and c.type in {"Dataset", "Method", "Task"}
        span = doc.char_span(c.start, c.end) if wanted else None
        if span is not None and c.type == "Dataset":
            out.extend(_titled_dataset(doc, text, span))
        if span is None or c.type not in {"Method", "Task"} or not (c.text.islower() or c.text.isupper()) or \
                c.text.islower() and _proper_word(c.name):
            continue  # "transformer" is the Transformer, one architecture: "fine-tuning transformer" names none
        start, words, sent_start = span.start, 0, span.sent.start
        while start > sent_start and words < 3:
            prev = doc[start - 1]
            if prev.text == "-" and not prev.whitespace_ and start >= 2 and not doc[start - 2].whitespace_ \
                    and doc[start - 2].is_lower and doc[start - 2].lower_ not in _VAGUE:
                start -= 2  # a hyphenated modifier: "in-context", "open-domain"
            elif prev.lower_ in _GROUNDING and not c.text.isupper() and start >= 3 and doc[start - 2].text == "-" and \
                    not doc[start - 2].whitespace_ and not doc[start - 3].whitespace_ and \
                    doc[start - 3].is_lower and doc[start - 3].lower_ not in _VAGUE and \
                    doc[start - 3].idx not in known_at:
                start -= 3  # "knowledge-based": what the task rests on ("transformer-based" names a technique)
            elif prev.is_lower and prev.pos_ in {"NOUN", "ADJ"} and prev.lower_ not in _VAGUE \
                    and prev.lower_ not in STOP_WORDS | _ROLE_MODIFIERS and prev.tag_ not in {"JJR", "JJS"}:
                start -= 1
            else:
                break
            words += 1
        while start < span.start and start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text != "(":
            start += 1  # stopped inside a hyphenated word
        for _, end, word in _written(doc[start: span.start]):
            if word in _VAGUE:
                start = end  # "real-world", "cutting-edge": vague as a whole word, though split in tokens
        mods = doc[start: span.start]
        if not any(t.pos_ in {"NOUN", "PROPN"} for t in mods) and not _technical(mods):
            continue
        if c.text.isupper() and not all(w in TECHNICAL_ADJECTIVES for w in _written_words(mods)):
            continue  # an acronym takes only a kind ("medical QA", "neural MT"), not any word before it
        phrase = doc[start: span.end]
        # "neural MT" is named as the known name spelled out: "neural machine translation"
        name = f"{mods.text} {c.name}" if c.text.isupper() and c.name else None
        out.append(Candidate(phrase.start_char, phrase.end_char, phrase.text, _specific_type(phrase.text, c.type),
                             "known-phrase", (name or phrase.text).islower(), name=name,
                             aliases=(phrase.text,) if name else ()))
    return out


def _proper_word(name: str | None) -> bool:
    """ "Transformer", not "MT" or "question answering": a one-word proper name."""
    return bool(name) and " " not in name and name[0].isupper() and not name.isupper()


_CONTEST_AFTER = re.compile(r" (?:[Cc]hallenge|[Pp]rize|[Cc]ompetition|[Ss]hared [Tt]ask)(?: (?:19|20)\d\d)?\b")


def _titled_dataset(doc, text: str, span) -> list[Candidate]:
    """ "Open English WordNet", "the Penn Chinese Treebank": capitalised words before a known dataset
    name it a version or derivative of its own; so does a contest after it ("the ARC Prize 2024")."""
    out = []
    if (m := _CONTEST_AFTER.match(text, span.end_char)) is not None:
        out.append(Candidate(span.start_char, m.end(), text[span.start_char:m.end()], "Dataset", "known-phrase"))
    if doc.user_data.get("field") == "title":
        return out  # in a title every word is capitalised
    start, sent_start = span.start, span.sent.start
    while start > sent_start + 1 and span.start - start < 3 and doc[start - 1].is_title \
            and doc[start - 1].is_alpha and doc[start - 1].lower_ not in STOP_WORDS \
            and doc[start - 1].tag_ not in {"VBG", "VBN", "VBD"}:
        start -= 1
    if start < span.start:
        phrase = doc[start: span.end]
        out.append(Candidate(phrase.start_char, phrase.end_char, phrase.text, "Dataset", "known-phrase"))
    return out


_METRIC_HEADS = {"accuracy", "rate", "error", "score"}
_JUDGEMENTS = {"higher", "lower", "satisfactory", "poor", "competitive", "superior", "comparable", "average"}
_NOT_METRIC_MODIFIERS = {"model", "models", "task", "tasks", "data", "learning", "baseline", "human", "state",
                         "performance", "overall", "average", "mean", "final", "test-time", "time", "percent",
                         "level", "point", "points", "art"}


def metric_phrase_candidates(doc, text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """Two-noun measures: "answer accuracy", "EM accuracy", "correctness rate", and measures at a cutoff
    ("nDCG@10") name a measure more precisely than their head alone."""
    out = []
    for tok in doc:
        if tok.lower_ not in _METRIC_HEADS or tok.i == 0 or tok.dep_ == "compound" and tok.head.i > tok.i:
            continue  # "Grammar Error Correction", "error analysis": the measure word modifies another noun
        mod = doc[tok.i - 1]
        before = doc[tok.i - 2] if tok.i > 1 else None
        if mod.lower_ == "error" and tok.lower_ == "rate" and before is not None and before.pos_ == "NOUN" and \
                before.is_alpha and before.lower_ not in _NOT_METRIC_MODIFIERS and \
                not gazetteer.lookup(doc[before.i: tok.i + 1].text):
            # "slot error rate", "phoneme error rate": what is counted names the error rate
            out.append(Candidate(before.idx, tok.idx + len(tok), doc[before.i: tok.i + 1].text, "Metric",
                                 "metric-phrase", True))
            continue
        if mod.pos_ not in {"NOUN", "PROPN"} or not (mod.is_alpha or "-" in mod.text) or \
                mod.lower_ in _NOT_METRIC_MODIFIERS or mod.text in _NOT_NAMES or \
                before is not None and (before.pos_ in {"NOUN", "PROPN", "ADJ"} and before.lower_ not in _VAGUE
                                        | _JUDGEMENTS or not before.whitespace_):
            continue  # "state-of-the-art accuracy", "LLM accuracy", "90 percent accuracy" are not names
        span = doc[mod.i: tok.i + 1]
        if gazetteer.lookup(span.text) or gazetteer.lookup(mod.text):
            continue
        if gazetteer.lookup(doc[max(mod.i - 1, 0): tok.i + 1].text) or gazetteer.lookup(doc[mod.i: tok.i + 2].text):
            continue  # part of a longer known measure: "word error rate", "expected calibration error"
        out.append(Candidate(span.start_char, span.end_char, span.text, "Metric", "metric-phrase", True))
    for tok in doc if "@" in text else ():  # "nDCG@10", "MRR@100": a known measure at a cutoff, one token
        base, at, cutoff = tok.text.partition("@")
        if at and (cutoff.isdigit() or cutoff == "k") and not gazetteer.lookup(tok.text):
            entry = gazetteer.lookup(base) or gazetteer.lookup(base + "@k")
            if entry and entry.type == "Metric":
                out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "Metric", "metric-phrase",
                                     entry.generic))
    return out


LEARNING_STYLES = {
    "curriculum", "contrastive", "reinforcement", "transfer", "meta", "active", "federated", "supervised",
    "unsupervised", "self-supervised", "semi-supervised", "weakly-supervised", "multi-task", "multitask",
    "deep", "representation", "metric", "imitation", "ensemble", "adversarial", "incremental", "online",
    "offline", "in-context", "few-shot", "zero-shot", "one-shot", "dictionary", "feature", "policy", "q",
    "end-to-end", "joint", "cooperative", "collaborative", "distributed", "manifold", "kernel", "statistical",
    "structured", "sequence", "instance", "prompt", "preference", "ranking", "bayesian", "hebbian", "machine",
}


def learning_problem(toks) -> bool:
    """ "ontology learning", "tool learning", "concept learning" name what is learned: a task;
    "curriculum learning", "contrastive learning" name how: a method."""
    if toks[-1].lower_ not in {"learning", "unlearning"} or len(toks) < 2:
        return False
    if toks[-1].lower_ == "unlearning":
        return True
    modifier = toks[-2].lower_
    return toks[-2].pos_ in {"NOUN", "PROPN"} and modifier not in LEARNING_STYLES and toks[-2].text != "-"


def _ends_in_noun(toks) -> bool:
    """A name ends in a noun that is not half of a hyphenated adjective ("large-scale", "decoder-only")."""
    last = toks[-1]
    return (last.pos_ in {"NOUN", "PROPN"} and not (len(toks) > 1 and toks[-2].text == "-")
            and sum(t.is_alpha for t in toks) >= 2)


def span_text(toks) -> str:
    return "".join(t.text_with_ws for t in toks).strip().lower()


def _vague_compound(toks) -> int:
    """How many tokens a leading hyphenated modifier that is itself vague takes ("high-quality data
    synthesis", "state-of-the-art machine translation"); 0 when there is none."""
    n = 0
    while n + 2 < len(toks) and toks[n + 1].text == "-" and not toks[n].whitespace_ and not toks[n + 1].whitespace_:
        n += 2
    return n + 1 if n and "".join(t.text for t in toks[:n + 1]).lower() in _VAGUE else 0


def _hyphen_compound(toks) -> bool:
    """"task-agnostic": the first word of a hyphenated compound is not stripped as a vague modifier."""
    return len(toks) > 1 and toks[1].text == "-" and not toks[0].whitespace_


_THEN_DESCRIPTION = re.compile(r"(?:\s*\([^()]{1,60}\))?(?:,\s+|\s*(?:\u2014|--)\s*)(?:a|an)\s+(?:[\w-]+\s+){0,2}?$")


def without_descriptions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "ZorbThink, an adaptive reasoning framework": what follows a name the paper introduces says what
    it is; read as a name of its own only where the paper gives none ("we propose a stepping-stone
    text augmentation strategy"). A known technique there stays ("X, a semi-supervised learning method")."""
    names = [c for c in cands if c.rule != "phrase" and not c.generic]
    return [c for c in cands if not (c.extra.get("described") and c.rule == "phrase" and c.type == "Method" and any(
        n.end < c.start and _THEN_DESCRIPTION.fullmatch(text, n.end, c.start) for n in names))]


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: higher priority first, then longer spans. A defined short form
    survives its long form losing to a known name there ("Attack Success Rates (ASRs)")."""
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if any(c.start < o.end and o.start < c.end for o in chosen):
            if c.rule == "model-name" and any(o.rule == "model-name" and (o.start, o.end) == (c.start, c.end)
                                              for o in chosen):
                chosen.append(c)  # "Qwen3-1.7B/4B": one span, two checkpoints
            elif c.rule == "abbreviation":
                for i, o in enumerate(chosen):
                    # also "clustering-based open relation extraction (OpenRE)": a phrase that only puts
                    # modifiers before the long form
                    around = o.start < c.start and o.end == c.end and o.rule in {"phrase", "known-phrase"}
                    if (o.start == c.start or around) and o.type == c.type and set(c.aliases) - set(o.aliases):
                        chosen[i] = replace(o, aliases=tuple(dict.fromkeys(o.aliases + c.aliases)))
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


# "OLMo-2 models (1B-13B)", "X, a family of models": a name said of several checkpoints is the family's;
# a coined name said to be models is a Model ("the RuThes family of thesauri" is not; "Transformer models"
# are an architecture's)
_SIZE_RANGE = r"\s*\(\d+(?:\.\d+)?[BM]?\s*[-\u2013]"
_A_FAMILY_OF = r",\s+an?\s+(?:\w+\s+)?(?:family|series|suite)\s+of\b"
_FAMILY_AFTER = re.compile(rf"\s+(?:models|family|series|checkpoints|suite)\b|{_SIZE_RANGE}|{_A_FAMILY_OF}")
_MODELS_AFTER = re.compile(rf"\s+(?:models|checkpoints)\b|{_SIZE_RANGE}|{_A_FAMILY_OF}\s+(?:[\w-]+\s+){{0,3}}models\b")


def group_entities(by_field: dict[str, list[Candidate]], texts: dict[str, str]) -> list[Entity]:
    """One entity per thing the paper names: merges acronyms, aliases, checkpoints and spelling variants."""
    groups: dict[str, dict] = {}
    alias_of: dict[str, str] = {}
    order: list[str] = []

    def group_for(key: str) -> dict:
        key = alias_of.get(key, key)
        if key not in groups:
            groups[key] = {"forms": [], "types": defaultdict(float), "guesses": defaultdict(float), "generic": [],
                           "mentions": [], "names": [], "known": None, "coined": False}
            order.append(key)
        return groups[key]

    # Pass 1: the names (expansions, sized checkpoints, gazetteer names) claim their aliases; a short form
    # the text defines first, so "... of LoRA" in a title joins the abstract's "Low-rank Adaptation (LoRA)".
    candidates = [c for fld in ("title", "abstract") for c in by_field.get(fld, [])]
    defined_by: dict[str, Candidate] = {}
    for c in sorted(candidates, key=lambda c: not c.aliases):
        key = singular_key(c.name or c.text)
        for alias in c.aliases:
            alias_of.setdefault(singular_key(alias), key)
        if c.rule == "abbreviation":  # its one alias is the short form
            alias_of.setdefault(singular_key(c.aliases[0] + "s"), key)  # "CoTs" of "Chain-of-Thought (CoT)"
            # "IRR: Image Review Ranking ..." (title) and "IRR: Image Review Rank" name one thing
            first = defined_by.setdefault(singular_key(c.aliases[0]), c)
            first_name = first.name or first.text
            if first is not c and first_name.split()[0].lower() == (c.name or c.text).split()[0].lower():
                alias_of.setdefault(key, singular_key(first_name))
        if c.known:
            alias_of.setdefault(singular_key(c.text), key)
    sized_by_family: dict[str, str] = {}
    checkpoints: dict[str, set[str]] = defaultdict(set)
    families, said_models = set(), set()
    for fld in ("title", "abstract"):
        for c in by_field.get(fld, []):
            name = c.name or c.text
            if not (c.known or c.generic) and _MODELS_AFTER.match(texts.get(fld, ""), c.end):
                said_models.add(singular_key(name))
            if c.type != "Model":
                continue
            if _FAMILY_AFTER.match(texts.get(fld, ""), c.end):
                families.add(singular_key(name))
            family, _, size = model_parts(name)
            if family and singular_key(family) != singular_key(name):
                checkpoints[singular_key(family)].add(singular_key(name))
            if size:
                base_key = singular_key(re.sub(r"[\s\-]*\(?" + re.escape(size) + r"\)?", "", name, flags=re.I))
                sized_by_family.setdefault(base_key, singular_key(name))
    # "Llama-3.1-70B ... for Llama": the family's name alone names the paper's only model of the family,
    # unless the paper introduces the family ("AceMath, a suite of math models")
    introduced = {singular_key(c.name or c.text) for c in candidates if c.extra.get("proposed")}
    sized_by_family.update({root: key for root, keys in checkpoints.items() if len(keys) == 1
                            and (key := next(iter(keys))) in sized_by_family.values()
                            and root not in sized_by_family and root not in introduced})
    for base_key, key in sized_by_family.items():
        if alias_of.get(base_key, base_key) == base_key and base_key not in families:
            alias_of[base_key] = key  # "GPT-Neo" names the paper's only GPT-Neo checkpoint
    # "SemEval-2025" names the paper's only shared task of that event ("SemEval-2025 Task 11"), and a
    # challenge's name without its edition the challenge ("the COLING-2025 Regulations Challenge")
    tasks_of_events = defaultdict(set)
    for c in candidates:
        if c.type == "Dataset" and (m := _EVENT_TASK.fullmatch(c.name or c.text)):
            tasks_of_events[singular_key(m.group(1))].add(singular_key(c.name or c.text))
            if not (bare := (c.name or c.text)[m.end(1):].strip()).startswith("Task"):
                tasks_of_events[singular_key(bare)].add(singular_key(c.name or c.text))
    for event, keys in tasks_of_events.items():
        if len(keys) == 1 and alias_of.get(event, event) == event:
            alias_of[event] = next(iter(keys))

    # A short form the paper defines means what the paper says: "out-of-context reasoning (OCR)" makes
    # every later "OCR" that reasoning, not the gazetteer's optical character recognition.
    defined = {singular_key(a) for fld in ("title", "abstract") for c in by_field.get(fld, [])
               if c.rule == "abbreviation" for a in c.aliases}
    for fld in ("title", "abstract"):
        for c in by_field.get(fld, []):
            if c.known and singular_key(c.text) in defined and \
                    alias_of[singular_key(c.text)] != singular_key(c.name or c.text):
                c = replace(c, name=None, known=False)
            key = alias_of.get(singular_key(c.name or c.text), singular_key(c.name or c.text))
            g = group_for(key)
            # where the paper introduces a name ("we propose X, a novel approach") it says what X is
            said = c.extra.get("proposed") and not c.extra.get("weak")
            # a type read from context outvotes any number of guesses from a name's shape ("ZorbQA+: ...",
            # "we name it ZorbQA+", then "our ZorbQA+ dataset")
            votes = g["guesses"] if c.extra.get("weak") else g["types"]
            votes[c.type] += c.confidence + (1.0 if c.known or said else 0.0)
            g["generic"].append(c.generic)
            g["coined"] = g["coined"] or said and fld == "abstract" and \
                not (c.generic or c.known or c.extra.get("described"))
            g["mentions"].append(Mention(fld, c.start, c.end, c.text))
            g["forms"].append(c.text)
            if c.name:
                g["names"].append(c.name)
            if c.known:
                g["known"] = c.name
            g["forms"].extend(c.aliases)
            g["rule"] = max(g.get("rule", 0.0), c.confidence)
            g["sized"] = g.get("sized", False) or c.rule == "model-name" and bool(model_parts(c.name or c.text)[2])
            if "short" in c.extra:
                s, e = c.extra["short"]
                g["mentions"].append(Mention(fld, s, e, texts[fld][s:e]))

    entities = []
    for key in order:
        g = groups[key]
        # a checkpoint with a parameter size, or a family of them, is a trained model, whatever the title says
        etype = "Model" if g["sized"] or key in said_models else \
            max((g["types"] or g["guesses"]).items(), key=lambda kv: kv[1])[0]
        name = _pick_name(g)
        aliases = []
        seen = {name.casefold()}
        for form in g["forms"]:
            if form.casefold() not in seen and match_key(form):
                seen.add(form.casefold())
                aliases.append(form)
        # the name a paper coins where it proposes the thing is no common term, however else it is written
        generic = etype in {"Method", "Task", "Metric"} and sum(g["generic"]) * 2 >= len(g["generic"]) \
            and not (g["coined"] and g["known"] is None)
        family = version = size = None
        if etype == "Model":
            family, version, size = model_parts(name)
        entities.append(Entity(name, etype, tuple(aliases), generic, tuple(g["mentions"]), family, version, size))
    return propagate_mentions(entities, texts)


def propagate_mentions(entities: list[Entity], texts: dict[str, str]) -> list[Entity]:
    """Every place a paper reuses one of an entity's surface forms is a mention ("... (SAR). SAR outperforms"),
    including a spelling that differs from the name only in case ("ThoughtSculpt", then "THOUGHTSCULPT")."""
    taken = {(m.field, i) for e in entities for m in e.mentions for i in range(m.start, m.end)}
    lowered = {fld: _lowered(text) for fld, text in texts.items()}
    out = []
    for e in entities:
        found = set(e.mentions)
        for form in sorted({e.name, *e.aliases, *(m.text for m in e.mentions)}, key=len, reverse=True):
            if len(form) < 2:
                continue
            for fld, text in texts.items():
                for start in _standalone(form, text if any(c.isupper() for c in form) else lowered[fld]):
                    end = start + len(form)
                    if not any((fld, i) in taken for i in range(start, end)):
                        found.add(Mention(fld, start, end, text[start:end]))
                        taken.update((fld, i) for i in range(start, end))
        mentions = tuple(sorted(found, key=_reading_order))
        out.append(replace(e, mentions=mentions))
    return out


def _reading_order(m: Mention) -> tuple:
    return m.field != "title", m.start, m.end


def _lowered(text: str) -> str:
    """The text in lower case, character for character, so offsets stay those of the text ("İ" lowers
    to two characters, the first of which is the regex's case-insensitive match)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[0] for c in text)


def _standalone(form: str, text: str) -> Iterator[int]:
    """Where `form` stands alone in `text`, with no word character or hyphen either side; searched for
    with str.find, as a regex compiled for each form cost a twentieth of the rules' time."""
    start = text.find(form)
    while start != -1:
        end = start + len(form)
        if (start == 0 or not _joins(text[start - 1])) and (end == len(text) or not _joins(text[end])):
            yield start
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _pick_name(g: dict) -> str:
    """The most complete surface form: an explicit name (expansion, checkpoint) first, else the longest."""
    if g["known"]:
        longer = [n for n in g["names"] if len(n) > len(g["known"])
                  and singular_key(n).startswith(singular_key(g["known"]))]
        return max(longer, key=len) if longer else g["known"]
    if g["names"]:
        return max(g["names"], key=len)
    return max(g["forms"], key=len)


def mark_proposed(doc, text: str, cands: list[Candidate], proposed_spans: list[tuple[int, int]]) -> list[Candidate]:
    """Candidates inside what the paper proposes; a term the sentence defines ("long form (SF)") also
    in apposition after it."""
    def proposed(c: Candidate) -> bool:
        if c.rule == "abbreviation":
            return _proposed_here(doc, text, c.start, proposed_spans)
        return _inside(c.start, proposed_spans) and not (c.type == "Dataset" and _entered_in(doc, c))

    return [replace(c, extra={**c.extra, "proposed": True}) if proposed(c) else c for c in cands]


_ENTRIES = {"submission", "submissions", "participation", "entry", "entries"}


def _entered_in(doc, c: Candidate) -> bool:
    """ "We describe our WMT 2025 Metrics Shared Task submission": the shared task the paper enters its
    work in is not its own ("our ZorbNet submission" is)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ in {"compound", "nmod", "amod", "poss"} and head.head.i > head.i:
        head = head.head
    return head.lower_ in _ENTRIES


def title_tasks_as_aliases(entities: list[Entity]) -> list[Entity]:
    """ "... for Multimodal Emotion Recognition", then "emotion recognition" in the abstract: a task only
    the title names, ending in a task the abstract names, is that task more closely specified, and one
    entity with it (the abstract's name, the title's as an alias, as the dev annotator records them)."""
    in_abstract = [e for e in entities if e.type == "Task" and any(m.field == "abstract" for m in e.mentions)]
    hosts = {}
    for e in entities:
        if e.type == "Task" and all(m.field == "title" for m in e.mentions):
            low = e.name.lower()
            host = max((a for a in in_abstract if low.endswith(" " + a.name.lower())),
                       key=lambda a: len(a.name), default=None)
            if host is not None:
                hosts[e.name] = host.name
    return _absorbed(entities, hosts)


def common_terms_in_specific_form(entities: list[Entity]) -> list[Entity]:
    """ "in-context learning" in a paper on "multilingual in-context learning": a common term that the
    paper also writes in one more specific form of the same type names that form, and is one entity
    with it under the most complete surface form (GUIDELINES). Two specific forms leave it alone."""
    hosts = {}
    for e in entities:
        if e.generic and e.type in {"Task", "Method"}:
            low = " " + e.name.lower()
            longer = [h.name for h in entities if h.generic and h.type == e.type and h.name.lower().endswith(low)]
            if len(longer) == 1:
                hosts[e.name] = longer[0]
    return _absorbed(entities, hosts)


def _absorbed(entities: list[Entity], hosts: dict[str, str]) -> list[Entity]:
    """Each entity named in `hosts` joins its host: its names become the host's aliases, its mentions
    the host's."""
    joined: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.name in hosts:
            joined[hosts[e.name]].append(e)

    def aliases(e: Entity) -> tuple[str, ...]:
        forms = {e.name.casefold(): e.name}
        for form in (*e.aliases, *(n for t in joined[e.name] for n in (t.name, *t.aliases))):
            forms.setdefault(form.casefold(), form)
        return tuple(forms.values())[1:]

    return [replace(e, aliases=aliases(e),
                    mentions=tuple(sorted(e.mentions + tuple(m for t in joined[e.name] for m in t.mentions),
                                          key=_reading_order)))
            if e.name in joined else e for e in entities if e.name not in hosts]


def without_passing_activities(docs: dict, entities: list[Entity], relations, known: set[str]) -> list[Entity]:
    """A task phrase made of a manner and an activity ("single-step generation", "structured generation",
    "shallow lexical alignment"), only in the abstract and in nothing the paper states, describes how
    something is done rather than naming a task. Activities named by their object ("story generation",
    "credit assignment") and established names (the gazetteers') stay."""
    related = {r.head for r in relations} | {r.tail for r in relations}

    def in_passing(e: Entity) -> bool:
        if e.type != "Task" or not e.generic or e.name in related or e.name in known or \
                e.name.split()[-1].lower() not in _TASKISH_NEEDS_MODIFIER:
            return False
        for m in e.mentions:
            span = docs[m.field].char_span(m.start, m.end) if m.field == "abstract" else None
            if span is None or len(span) < 2 or not _manner(span[-2]):
                return False
        return True

    return [e for e in entities if not in_passing(e)]


_ADJECTIVAL_PARTS = {"level", "aware", "based", "step", "horizon", "scale", "grained", "specific", "driven",
                     "oriented", "free", "style", "like", "wise", "shot", "hop", "turn", "round"}


def _manner(tok) -> bool:
    """An adjective right before the activity noun, or an adjectival compound ("single-step",
    "document-level"), not a compound of nouns ("image-caption retrieval", "text-to-text generation")."""
    if tok.pos_ == "ADJ" or tok.tag_ == "VBN":
        return True
    if tok.i < 2 or tok.nbor(-1).text != "-" or tok.nbor(-1).whitespace_:
        return False
    return tok.lower_ in _ADJECTIVAL_PARTS or tok.nbor(-2).pos_ == "ADJ"
