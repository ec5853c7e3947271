import re

import pytest
from hypothesis import given, strategies as st

from kg.extract.entities import _lowered, _standalone
from kg.records import Paper


@pytest.fixture(scope="module")
def entities(extractor):
    def run(title, abstract):
        x = extractor.extract_one(Paper(title=title, abstract=abstract))
        return {e.name: e for e in x.entities}, x
    return run


def test_acronym_is_one_entity_with_its_expansion(entities):
    found, _ = entities("A study", "We compare Learned Sparse Retrievers (LSR) with dense ones. LSR are fast.")
    e = found["Learned Sparse Retrievers"]
    assert e.type == "Method" and "LSR" in e.aliases
    assert {m.text for m in e.mentions} == {"Learned Sparse Retrievers", "LSR"}


def test_models_with_versions_and_sizes(entities):
    found, _ = entities("Small models", "We fine-tune Llama-3-8B and GPT-Neo (125M). GPT-Neo is small.")
    llama = found["Llama-3-8B"]
    assert (llama.type, llama.family, llama.version, llama.size) == ("Model", "Llama", "3", "8B")
    neo = found["GPT-Neo 125M"]
    assert neo.size == "125M" and "GPT-Neo" in neo.aliases
    found, _ = entities("T", "Compared with BERT-base and RoBERTa-large, our BERT-based tagger wins.")
    assert found["BERT-base"].type == "Model" and found["RoBERTa-large"].family == "RoBERTa"
    assert not any(name.startswith("BERT-based") for name in found)
    found, _ = entities("ZorbText-Based Emotion Detection", "We detect emotions.")
    assert not any(name.startswith("ZorbText") for name in found)
    found, _ = entities("T", "GPT-3.5-turbo agents lower WikiText-2 perplexity.")
    assert found["GPT-3.5-turbo"].type == "Model" and found["WikiText-2"].type == "Dataset"
    found, _ = entities("T", "We compare Mixtral 8x7B with OPT-1.3B.")
    assert (found["Mixtral 8x7B"].family, found["Mixtral 8x7B"].size) == ("Mixtral", "8x7B")
    assert (found["OPT-1.3B"].version, found["OPT-1.3B"].size) == (None, "1.3B")
    found, _ = entities("T", "We compare Qwen3-235B-A22B, Claude Sonnet 4, Mistral Small 3.1, gpt-oss-120b and o4-mini.")
    assert (found["Qwen3-235B-A22B"].family, found["Qwen3-235B-A22B"].size) == ("Qwen", "235B")
    assert (found["Mistral Small 3.1"].family, found["Mistral Small 3.1"].version) == ("Mistral", "3.1")
    assert {"Claude Sonnet 4", "gpt-oss-120b", "o4-mini"} <= set(found) and "Claude" not in found
    # the family alone names the paper's only checkpoint of it, versioned or not; of two, neither
    found, _ = entities("T", "We prompt Falcon-2-40B and Qwen2.5-72B. Errors fall by 9% for Falcon.")
    assert "Falcon" in found["Falcon-2-40B"].aliases and "Falcon" not in found
    found, _ = entities("T", "We prompt Falcon-2-40B and Falcon-3-7B. Errors fall by 9% for Falcon.")
    assert "Falcon" in found


def test_gazetteer_names_and_generic_flags(entities):
    found, _ = entities("Math", "We report accuracy on GSM8K with chain-of-thought prompting.")
    assert found["GSM8K"].type == "Dataset" and not found["GSM8K"].generic
    assert found["accuracy"].type == "Metric" and found["accuracy"].generic
    assert found["chain-of-thought prompting"].type == "Method"
    found, _ = entities("T", "Kimi K2 scores 20% on Humanity's Last Exam (HLE).")
    assert found["Humanity's Last Exam"].type == "Dataset" and found["Kimi K2"].type == "Model"
    found, _ = entities("T", "Our detoxification method lowers toxicity on Real Toxicity Prompts.")
    assert found["RealToxicityPrompts"].type == "Dataset" and found["detoxification"].type == "Task"


def test_names_introduced_as_a_kind_of_thing(entities):
    found, _ = entities("Agents", "For RL we employ QARL as the training framework. The whole system, "
                                  "designated as Kestrel, runs on one GPU. We use the ZORBA optimizer.")
    assert found["QARL"].type == "Method"
    assert found["Kestrel"].type == "Method"
    assert found["ZORBA"].type == "Method"


def test_a_name_only_named_by_a_stop_word_is_not_an_entity(entities):
    found, _ = entities("Agents", "We study a method called We and a model named It.")
    assert "We" not in found and "It" not in found


def test_untyped_names_in_a_list_take_the_type_of_the_rest(entities):
    found, _ = entities("Tools", "We compare four tools (QWXY, ZipForge, NetSpy) on sixteen models.")
    assert {found[n].type for n in ("QWXY", "ZipForge", "NetSpy")} == {"Method"}


def test_coined_names_typed_by_context(entities):
    found, _ = entities("Evaluation", "We introduce TableQuest, a benchmark of table questions, and train "
                                      "the ReasonerNet model on it.")
    assert found["TableQuest"].type == "Dataset"
    assert found["ReasonerNet"].type == "Model"
    # an em dash sets off the description as a comma does, and the description is no name of its own
    found, _ = entities("T", "We release ZorbQuest\u2014a hate speech benchmark\u2014and score it.")
    assert found["ZorbQuest"].type == "Dataset" and "hate speech" not in found
    found, _ = entities("T", "Scores differ for ZorbLs\u2014the baseline model shows larger gaps.")
    assert "ZorbLs" not in found or found["ZorbLs"].type != "Model"


def test_title_name_is_proposed(entities):
    found, x = entities("GlossNet: A Benchmark for Interlinear Glossing", "We describe our data.")
    assert found["GlossNet"].type == "Dataset"
    assert ("PAPER", "proposes", "GlossNet") in {(r.head, r.rel, r.tail) for r in x.relations}


def test_generic_plural_classes_are_not_entities(entities):
    found, _ = entities("LLMs", "Large Language Models (LLMs) are widely used. LLMs and language models help.")
    assert not any(k.lower().startswith(("large language model", "llm", "language model")) for k in found)
    found, _ = entities("T", "Vision-language-action (VLA) models map images to actions; VLAs are costly.")
    assert not found
    # the plural of a model family's name or of a kind of LM is a class too, unless the text defines the name
    found, _ = entities("T", "We compare GPTs, ZorbGPTs and ZorbLMs. Our Zorbic Layer Model (ZLM) beats them; ZLMs are small.")
    assert not {"GPTs", "ZorbGPTs", "ZorbLMs"} & set(found) and "Zorbic Layer Model" in found


def test_mention_offsets_point_at_the_text(entities):
    title, abstract = "Probing BERT", "We probe BERT and RoBERTa with a linear probe on the Penn Treebank."
    found, _ = entities(title, abstract)
    for e in found.values():
        for m in e.mentions:
            assert (title if m.field == "title" else abstract)[m.start:m.end] == m.text


def test_names_listed_with_known_ones_take_their_type(entities):
    found, _ = entities("Eval", "We evaluate on in-distribution (MATH, MedQA) and out-of-distribution "
                                "(GSM-HARD, AMC23) benchmarks, and test PALM-2, Gemma, and Llama.")
    assert found["GSM-HARD"].type == "Dataset" and found["AMC23"].type == "Dataset"
    assert found["PALM-2"].type == "Model"
    found, _ = entities("Eval", "On QA benchmarks, including HotpotQA, Zorbique and Bamboorb, it wins.")
    assert found["Zorbique"].type == "Dataset" and found["Bamboorb"].type == "Dataset"


def test_a_known_name_glued_into_a_longer_one_is_not_matched_alone(entities):
    found, _ = entities("Eval", "We build Compositional-ARC and evaluate Llama-4-Maverick on MMLU-Medical.")
    assert "ARC" not in found and "Compositional-ARC" in found
    assert found["Llama-4-Maverick"].type == "Model"
    assert found["MMLU-Medical"].type == "Dataset" and "MMLU" not in found
    found, _ = entities("T", "ZorbVLA outperforms OpenVLA and RT-2-X on the ZORB benchmark.")
    assert found["RT-2-X"].type == "Model"  # a variant of the model RT-2, whatever a bare "RT" is


def test_adjective_phrases_and_bare_verb_nouns_are_not_entities(entities):
    found, _ = entities("Study", "We study nuanced learning and holistic understanding after fine-tuning "
                                 "and pretraining with Vision-Language encoders.")
    assert not found
    # a quality the paper wants is no part of a task's or technique's name
    found, _ = entities("T", "It enables accurate zorbic morphology segmentation and lightweight zorb adapter training.")
    assert {"zorbic morphology segmentation", "zorb adapter training"} <= set(found)
    found, _ = entities("T", "It identifies poor zorbic understanding as a bottleneck.")
    assert "zorbic understanding" in found
    found, _ = entities("T", "It runs (i) hash-based deduplication and (iii) location-specific zorb detection.")
    assert "location-specific zorb detection" in found


def test_a_title_case_title_name_counts_when_the_abstract_uses_it(entities):
    found, x = entities("Quiet Harbor: A Framework for Long Documents",
                        "Quiet Harbor splits long documents into chapters and reads them in order.")
    assert found["Quiet Harbor"].type == "Method"
    assert ("PAPER", "proposes", "Quiet Harbor") in {(r.head, r.rel, r.tail) for r in x.relations}


def test_a_title_catchphrase_the_abstract_does_not_use_is_not_a_name(entities):
    found, _ = entities("Silent Meadow: Towards Calmer Language Models",
                        "We study how language models answer questions about weather.")
    assert "Silent Meadow" not in found


def test_a_title_ending_with_a_name_proposes_it(entities):
    found, x = entities("Extending Context with Memory Lanterns",
                        "We add Memory Lanterns to a transformer and extend its context eightfold.")
    assert found["Memory Lanterns"].type == "Method"
    assert ("PAPER", "proposes", "Memory Lanterns") in {(r.head, r.rel, r.tail) for r in x.relations}


def test_a_title_case_phrase_the_abstract_writes_in_lower_case_is_a_name_only_for_an_activity(entities):
    found, _ = entities("Memory Recall through Zorbic Tokens",
                        "We find that zorbic tokens gather facts in early layers.")
    assert "Zorbic Tokens" not in found  # a thing the paper studies, not a technique
    found, _ = entities("Probing Facts via Zorbic Subspace Disentanglement",
                        "We propose zorbic subspace disentanglement to separate facts.")
    assert found["Zorbic Subspace Disentanglement"].type == "Method"


def test_a_quoted_name_typed_by_its_apposition(entities):
    found, x = entities("Priming", 'To study it, we introduce "Quillfeather," a carefully curated dataset of '
                                   '1320 samples. We call this the "Hidden Cost" of scaling.')
    assert found["Quillfeather"].type == "Dataset"
    assert "Hidden Cost" not in found


def test_model_variants_written_with_a_space(entities):
    found, _ = entities("Chat models", "GPT-4 Turbo beats Claude 3.5 Sonnet, while Mistral 7B Instruct lags.")
    assert {"GPT-4 Turbo", "Claude 3.5 Sonnet", "Mistral 7B Instruct"} <= set(found)
    assert all(found[n].type == "Model" for n in ("GPT-4 Turbo", "Claude 3.5 Sonnet", "Mistral 7B Instruct"))


def test_two_noun_measures_are_metrics_but_not_adjectival_ones(entities):
    found, _ = entities("Teaching", "Answer accuracy rises, and the correctness rate with it, reaching "
                                    "state-of-the-art accuracy and 90 percent accuracy.")
    assert found["Answer accuracy"].type == "Metric" and found["correctness rate"].type == "Metric"
    assert not {"art accuracy", "percent accuracy"} & set(found)
    found, _ = entities("T", "It reaches a word error rate of 1.8% and a low expected calibration error.")
    assert {"word error rate", "expected calibration error"} <= set(found) and "word error" not in found
    found, _ = entities("T", "We study zorbic error correction and report the zorbic score in an analysis.")
    assert "zorbic score" in found and "zorbic error" not in found
    found, _ = entities("T", "We cut the zorb error rate by half.")
    assert found["zorb error rate"].type == "Metric" and "error rate" not in found


def test_names_evaluated_on_are_datasets_and_their_list_agrees(entities):
    found, _ = entities("Point clouds", "We fine-tune a small encoder. Evaluations on ShapeSet40 and ScanThingNN "
                                        "establish its superiority.")
    assert found["ShapeSet40"].type == "Dataset" and found["ScanThingNN"].type == "Dataset"


def test_a_dictionary_in_the_subtitle_is_a_dataset(entities):
    found, _ = entities("WordHoard: A Synthetic Encyclopedic Dictionary", "WordHoard holds 100k entries.")
    assert found["WordHoard"].type == "Dataset"


def test_a_title_name_containing_a_known_name_is_one_entity(entities):
    found, _ = entities("CEFR-Tagged WordNet: A Graded Lexical Database",
                        "We grade every sense of WordNet by learner level.")
    assert found["CEFR-Tagged WordNet"].type == "Dataset"
    assert "CEFR-Tagged" not in found


def test_an_apposition_says_what_a_name_is(entities):
    found, _ = entities("Safety", "We introduce KALIX, the first rigorously curated adversarial benchmark "
                                  "spanning 9,000 prompts, and QRX, the first approach that uses it.")
    assert found["KALIX"].type == "Dataset"
    assert found["QRX"].type == "Method"


def test_a_defined_short_form_joins_the_known_name_it_abbreviates(entities):
    found, _ = entities("Safety", "We report high Attack Success Rates (ASRs) across models. ASRs drop with training.")
    assert "ASRs" not in found
    assert "ASRs" in found["attack success rate"].aliases


def test_a_short_form_means_what_the_paper_defines_it_as(entities):
    found, _ = entities("T", "We improve automatic speech recognition (ASR) for Zorbic. ASR errors fall by 10%.")
    assert "attack success rate" not in found and "ASR" in found["speech recognition"].aliases
    found, _ = entities("T", "Our jailbreak raises the attack success rate (ASR) on Llama-2. The ASR drops under defenses.")
    assert "speech recognition" not in found and "ASR" in found["attack success rate"].aliases
    found, _ = entities("T", "We build ASR systems for Zorbic.")
    assert set(found) == {"speech recognition"}  # undefined, the short form has its usual meaning


def test_a_defined_name_that_modifies_a_noun_is_no_technique(entities):
    found, _ = entities("T", "Syntactic templates -- sequences of Part-of-Speech (PoS) tags -- are frequent. "
                             "We add Zorbic Flow Organizer (ZFO), which routes tokens.")
    assert not {"Part-of-Speech", "PoS"} & set(found)
    assert found["Zorbic Flow Organizer"].type == "Method"


def test_title_case_phrases_lose_a_leading_stop_word(entities):
    found, _ = entities("Deceptive Agents that Persist Through Safety Training",
                        "We train agents and study safety training.")
    assert "Through Safety Training" not in found


def test_a_term_defined_in_apposition_to_the_proposal_is_the_proposed_method(entities):
    found, x = entities("Agents", "We propose a cheap method for web agents, layered token voting (LTV), "
                                  "that needs no labels. LTV halves the number of steps.")
    e = found["layered token voting"]
    assert e.type == "Method" and "LTV" in e.aliases and "LTV" not in found
    assert ("PAPER", "proposes", "layered token voting") in {(r.head, r.rel, r.tail) for r in x.relations}


def test_a_training_technique_the_tagger_reads_as_a_verb(entities):
    found, _ = entities("Privacy", "We compare federated finetuning with full training on phones.")
    assert found["federated finetuning"].type == "Method"


def test_a_title_naming_two_things_proposes_both(entities):
    found, x = entities("QX4 & QX4-Chat: Small Models for Chemistry", "Both models answer exam questions well.")
    assert {("PAPER", "proposes", "QX4"), ("PAPER", "proposes", "QX4-Chat")} <= {(r.head, r.rel, r.tail)
                                                                                  for r in x.relations}


def test_attention_replay_factorization_and_descent_head_technique_names(entities):
    found, _ = entities("Speed", "We use window attention. We add tensor factorization. We train with mirror descent.")
    assert {found[n].type for n in ("window attention", "tensor factorization", "mirror descent")} == {"Method"}


def test_each_conjunct_of_a_coordinated_noun_phrase_is_a_candidate(entities):
    found, _ = entities("Speed", "We combine window attention with tensor factorization and mirror descent.")
    assert {found[n].type for n in ("tensor factorization", "mirror descent")} == {"Method"}


def test_a_title_phrase_loses_its_leading_verb(entities):
    found, _ = entities("Reward Maps: Tracing Preference Alignment During LLM Post-Training", "We study drift.")
    assert "Tracing Preference Alignment" not in found and "Preference Alignment" in found


def test_a_task_named_inside_a_pipeline_or_benchmark_phrase(entities):
    found, _ = entities("Chemistry", "The suite spans every stage of the protein structure prediction pipeline. "
                                     "We report results on the GSM8K proof generation benchmark.")
    assert found["protein structure prediction"].type == "Task" and found["proof generation"].type == "Task"
    assert found["GSM8K"].type == "Dataset"


def test_hyphenated_x_to_y_tasks(entities):
    found, _ = entities("Tables", "We study table-to-text generation and speech-to-SQL parsing. "
                                  "We also test short-to-long generalization.")
    assert {found[n].type for n in ("table-to-text generation", "speech-to-SQL parsing",
                                    "short-to-long generalization")} == {"Task"}


def test_a_known_name_in_another_spelling_and_a_parenthesised_list_of_its_own(entities):
    found, _ = entities("Math", "We compare supervised finetuning with RL. Across mathematical reasoning (GSM8K, "
                                "MATH-500, ZEBRA24), summarization, and proof generation, our method helps.")
    assert found["supervised finetuning"].type == "Method"
    assert found["ZEBRA24"].type == "Dataset"


def test_a_proposed_models_kind_is_not_a_second_contribution(entities):
    found, x = entities("Chem-LM: A Model for Chemistry", "We introduce Chem-LM, a generalist large language "
                                                           "model (LLM) fine-tuned from PaLM-2.")
    assert found["Chem-LM"].type == "Model"
    assert not any("language" in name.lower() for name in found)


def test_model_parts_are_not_techniques(entities):
    found, _ = entities("Retrieval", "We add a ranking objective and a shared item encoder with a gating mechanism.")
    assert not {"ranking objective", "item encoder", "gating mechanism", "shared item encoder"} & set(found)


def test_hyphens_do_not_count_against_a_phrase_length(entities):
    found, _ = entities("Adaptation", "We show that long-document fine-tuning improves recall.")
    assert found["long-document fine-tuning"].type == "Method"


def test_a_name_may_start_with_a_digit_but_amounts_are_not_names(entities):
    found, _ = entities("QA", "Experiments on HotpotQA and 3HopTriviaQA use 104GB of text on 8xA800 GPUs.")
    assert found["3HopTriviaQA"].type == "Dataset"
    assert not {"104GB", "8xA800"} & set(found)


def test_a_model_family_in_another_capitalisation(entities):
    found, _ = entities("Small models", "We fine-tune LLaMa-2-13B on math.")
    assert (found["LLaMa-2-13B"].type, found["LLaMa-2-13B"].size) == ("Model", "13B")


def test_a_proposed_learning_scheme_is_a_method_a_mentioned_one_a_task(entities):
    found, _ = entities("Students", "Further, we propose peer reflection learning to motivate the student. "
                                    "Prior work studied citation learning.")
    assert found["peer reflection learning"].type == "Method" and found["citation learning"].type == "Task"


def test_a_judgement_before_a_two_noun_measure_is_not_part_of_it(entities):
    found, _ = entities("Law", "Retrieval alone does not reach satisfactory citation accuracy, "
                               "and tuning reaches higher validation accuracy.")
    assert found["citation accuracy"].type == "Metric" and found["validation accuracy"].type == "Metric"


_TIE = """
from kg.extract.entities import Candidate, type_by_lists
text = "Alpha, Beta and ZetaNet"
cands = [Candidate(0, 5, "Alpha", "Dataset", "gazetteer"), Candidate(7, 11, "Beta", "Task", "gazetteer"),
         Candidate(16, 23, "ZetaNet", "?", "coined")]
print(next(c.type for c in type_by_lists(text, cands) if c.text == "ZetaNet"))
"""


def test_a_tied_list_vote_does_not_depend_on_the_hash_seed():
    import os
    import subprocess
    import sys
    kinds = {subprocess.run([sys.executable, "-c", _TIE], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(6)}
    assert kinds == {"Dataset"}  # the type voted first


def test_a_dotted_version_belongs_to_the_name_before_it(entities):
    found, _ = entities("Dialogue state tracking",
                        "We evaluate on MultiWOZ 2.0 and MultiWOZ 2.1 and compare with ZorbChat 3.5 and Llama-3-8B. "
                        "Our model reaches 82.5 on MultiWOZ 2.1.")
    assert found["MultiWOZ 2.0"].type == found["MultiWOZ 2.1"].type == "Dataset"
    assert "MultiWOZ" not in found
    assert found["ZorbChat 3.5"].type == "Model"  # the version no longer breaks the list with Llama-3-8B
    assert [m.text for m in found["MultiWOZ 2.1"].mentions].count("MultiWOZ 2.1") == 2


def test_names_in_parentheses_after_a_task_are_its_benchmarks(entities):
    found, _ = entities("Long outputs", "We test on procedural generation (ZumProc, QuixBank) and on "
                                        "lyrical generation (LG), where LG denotes song lyrics.")
    assert found["procedural generation"].type == "Task"
    assert found["ZumProc"].type == "Dataset"
    assert "LG" not in found or found["LG"].type != "Dataset"  # a short form the text defines is no benchmark


def test_a_defined_plural_architecture_is_a_method_a_plural_class_is_not(entities):
    found, _ = entities("Reasoning", "We oppose Quibble Attention Networks (QANs), which embrace rules, "
                                     "to Large Reasoning Models (LRMs), which do not.")
    assert found["Quibble Attention Networks"].type == "Method" and "QANs" in found["Quibble Attention Networks"].aliases
    assert "Large Reasoning Models" not in found


def test_a_plain_capitalised_name_the_paper_introduces_in_apposition(entities):
    found, _ = entities("Learning from rules", "We introduce Quorra, a small grid environment for agents. We "
                                               "present Bellwick, a corpus of letters. Later, Sandra, a colleague, helped.")
    assert found["Quorra"].type == "Dataset" and found["Bellwick"].type == "Dataset"
    assert "Sandra" not in found  # outside what the paper introduces


def test_a_known_name_keeps_the_modifiers_that_make_it_specific(entities):
    found, _ = entities("T", "An agent employs in-context imitation learning to act. We study the scenario of "
                             "open-domain conversational question answering. The system performs training "
                             "machine translation daily.")
    assert found["in-context imitation learning"].type == "Method"
    assert found["open-domain conversational question answering"].type == "Task"
    assert "machine translation" in found  # a role word ("training") is no part of the name


def test_a_known_name_keeps_what_it_is_based_on(entities):
    found, _ = entities("T", "They excel at knowledge-based question answering and graph-based dependency parsing, "
                             "while phrase-based statistical MT lags.")
    assert found["knowledge-based question answering"].type == "Task"
    assert found["graph-based dependency parsing"].type == "Task"
    assert "statistical machine translation" in found  # an acronym takes only a kind before it


def test_a_quoted_word_before_a_kind_of_technique_names_it(entities):
    found, _ = entities("T", "We develop two techniques: (1) a ``zorb-stone'' text augmentation strategy and (2) an "
                             "\u201cignore-k\u201d update pruning method.")
    assert found["zorb-stone text augmentation"].type == "Method"
    assert not found["ignore-k update pruning"].generic
    assert "update pruning" not in found


def test_the_noun_of_a_question_word_is_no_modifier(entities):
    found, _ = entities("T", "We study at which stage value alignment arises.")
    assert found["value alignment"].type == "Task" and "stage value alignment" not in found


def test_a_word_placing_a_technique_in_time_is_no_part_of_its_name(entities):
    found, _ = entities("T", "The SFT phase sets values, and subsequent preference optimization rarely changes "
                             "them. Later machine translation fails, but future frame prediction works.")
    assert found["machine translation"].type == "Task" and found["preference optimization"].type == "Method"
    assert "future frame prediction" in found  # "future" names what is predicted
    assert not any(name.lower().startswith(("subsequent", "later")) for name in found)


def test_a_manner_of_an_activity_said_in_passing_is_no_task(entities):
    found, _ = entities("T", "Prior studies examined only single-step generation and recipe generation. "
                             "We propose ZorbNet, a method for structured reasoning.")
    assert "single-step generation" not in found
    assert found["recipe generation"].type == "Task"  # named by its object
    assert found["structured reasoning"].type == "Task"  # what the paper works on


def test_a_defined_capitalised_concept_is_no_technique(entities):
    found, _ = entities("T", "LLMs draw on both Parametric Knowledge (PK) and Zorbic Forgetting (ZF) in weights. "
                             "PK conflicts with ZF, unlike Zorbic Routing (ZR).")
    assert not {"Parametric Knowledge", "PK", "Zorbic Forgetting", "ZF"} & set(found)
    assert found["Zorbic Routing"].type == "Method"


def test_a_short_form_the_paper_defines_overrides_the_gazetteers_reading(entities):
    found, _ = entities("Reasoning", "We study out-of-context reasoning (OCR) in small models. "
                                     "OCR explains how models generalise, and OCR fails on rare facts.")
    assert "optical character recognition" not in found
    ocr = found["out-of-context reasoning"]
    assert "OCR" in ocr.aliases and sum(m.text == "OCR" for m in ocr.mentions) == 3


def test_a_noun_phrase_before_task_names_the_task(entities):
    found, _ = entities("T", "We cast it as a synthetic factual recall task and study the relationship "
                             "retrieval (RR) task.")
    assert found["synthetic factual recall"].type == "Task" and "recall" not in found
    assert not any("(" in name for name in found)


def test_a_short_form_for_a_class_of_models_is_no_name(entities):
    found, _ = entities("T", "Retrieval-Augmented Language Models (RALMs) retrieve. We compare RALMs with ZorbLM.")
    assert "RALMs" not in found and "Retrieval-Augmented Language Models" not in found


def test_a_kind_of_language_modelling_named_for_how_it_predicts_is_an_objective(entities):
    found, _ = entities("T", "We unify (i) autoregressive language modeling and (ii) span infilling, and evaluate "
                             "language modeling on news.")
    assert found["autoregressive language modeling"].type == "Method"
    assert found["language modeling"].type == "Task"


def test_a_bare_fine_tuning_is_a_technique_only_when_listed_with_techniques(entities):
    found, _ = entities("T", "We compare prompt tuning, fine-tuning and beam search. The model improves through "
                             "fine-tuning on news.")
    assert found["fine-tuning"].type == "Method"
    found, _ = entities("T", "The model improves through fine-tuning on news.")
    assert "fine-tuning" not in found
    found, _ = entities("T", "Adaptation approaches, such as fine-tuning, modify the model for each task.")
    assert found["fine-tuning"].type == "Method"  # an example of a kind of technique is one


def test_the_unit_of_a_score_is_a_metric(entities):
    found, _ = entities("T", "Our parser reaches 41.3 LAS-X and 2.1 QRZ on the test set, trained on 4 GPUs.")
    assert found["QRZ"].type == "Metric"
    assert "GPUs" not in found


def test_capitalised_words_before_a_known_dataset_name_a_dataset_of_its_own(entities):
    found, _ = entities("Building Quenya WordNet", "Our lexicon matches Open Quenya WordNet and the Princeton "
                                                   "WordNet. Building WordNet resources is slow.")
    assert found["Open Quenya WordNet"].type == "Dataset" and found["Princeton WordNet"].type == "Dataset"
    assert "Building WordNet" not in found and "Building Quenya WordNet" not in found  # verbs and titles


def test_a_contest_after_a_known_dataset_is_part_of_its_name(entities):
    found, _ = entities("T", "It matches the winner of the MMLU Challenge 2023 and of the GSM8K prize.")
    assert found["MMLU Challenge 2023"].type == "Dataset" and found["GSM8K prize"].type == "Dataset"


def test_an_acronym_known_name_takes_only_a_kind_before_it(entities):
    found, _ = entities("T", "Reasoning tasks in law and biomedical QA share this setup, unlike par QA or "
                             "our baseline MT.")
    qa = found["biomedical question answering"]  # named as the known name spelled out, for linking
    assert qa.type == "Task" and "biomedical QA" in qa.aliases and qa.generic
    assert not any(name.startswith(("par ", "baseline ")) for name in found)


def test_a_title_name_and_the_words_it_abbreviates_are_one_technique(entities):
    found, _ = entities("CuDuL: Curriculum Dual Learning for Response Generation",
                        "To alleviate these problems, we propose a novel framework named Curriculum Dual Learning "
                        "(CuDuL) which extends response generation to a dual task.")
    e = found["Curriculum Dual Learning"]
    assert e.type == "Method" and "CuDuL" in e.aliases
    assert "CuDuL" not in found


def test_examples_of_a_class_noun_are_of_its_kind(entities):
    found, _ = entities("Cache compression", "Existing strategies for cache compression, such as token dropping, "
                        "layer skimming, or offloading, incur costs. It recovers heuristics such as sink tokens. "
                        "Prior techniques on the Zorb dataset, including the recent use of adapters, fail. "
                        "We study approaches such as scalability, and problems such as compositions of functions.")
    for name in ("token dropping", "layer skimming", "offloading", "sink tokens"):
        assert found[name].type == "Method" and found[name].generic
    assert not {"use", "scalability", "compositions"} & set(found)


def test_examples_in_parentheses_after_a_class_noun_are_of_its_kind(entities):
    found, _ = entities("Adaptation", "We outline strategies for domain and task adaptation (e.g., continued "
                                      "pretraining, layer grafting, and sentiment) and compare them.")
    for name in ("continued pretraining", "layer grafting"):
        assert found[name].type == "Method"
    assert "sentiment" not in found


def test_recent_model_families_and_benchmark_editions(entities):
    found, _ = entities("Eval", "We evaluate GLM-4.5, Grok-3 and Ministral-8B on AIME 2025 and the ZorbQA benchmark; "
                                "in 2024 we used fewer models.")
    assert all(found[name].type == "Model" for name in ("GLM-4.5", "Grok-3", "Ministral-8B"))
    assert found["AIME 2025"].type == "Dataset" and "AIME" not in found


def test_a_checkpoint_size_after_a_variant_and_a_benchmark_subset_belong_to_the_name(entities):
    found, _ = entities("Charts", "Built on Qwen2.5-VL-7B-Instruct, ZorbVL gains on GPQA Diamond and SWE-bench "
                                  "Verified. Hard cases remain.")
    assert found["Qwen2.5-VL-7B-Instruct"].type == "Model" and found["Qwen2.5-VL-7B-Instruct"].size == "7B"
    assert {"GPQA Diamond", "SWE-bench Verified"} <= set(found) and not {"GPQA", "SWE-bench"} & set(found)


def test_a_known_measure_at_a_cutoff_is_a_metric(entities):
    found, _ = entities("Retrieval", "Our retriever improves nDCG@10 by 4.1 and Recall@5 by 6.0 over BM25; "
                                     "mail user@zorb for data.")
    assert found["nDCG@10"].type == "Metric" and found["Recall@5"].type == "Metric"
    assert not any("@zorb" in name for name in found)


def test_a_checkpoint_with_a_size_is_a_model_whatever_the_title_calls_its_family(entities):
    found, _ = entities("ZorbR1: Incentivizing Reasoning", "Our ZorbR1-7B model improves accuracy over "
                                                           "Open-Reasoner-Zero-32B.")
    assert found["ZorbR1-7B"].type == "Model" and found["ZorbR1-7B"].size == "7B"
    assert "ZorbR1" in found["ZorbR1-7B"].aliases and found["Open-Reasoner-Zero-32B"].type == "Model"


def test_serving_and_training_systems_are_methods_and_sentencepiece_bleu_a_metric(entities):
    found, _ = entities("Serving", "We serve with vLLM and train with DeepSpeed and FSDP, and report spBLEU.")
    assert all(found[name].type == "Method" for name in ("vLLM", "DeepSpeed", "fully sharded data parallel"))
    assert found["spBLEU"].type == "Metric"


def test_a_technique_phrase_ending_in_an_acronym_is_named_spelled_out(entities):
    found, _ = entities("Zorb agents", "We improve zorb agents with offline reinforcement learning (RL). "
                                       "We propose ZorbO, an offline RL method for zorbs.")
    e = found["offline reinforcement learning"]
    assert e.type == "Method" and "offline RL" in e.aliases and "offline RL" not in found


def test_the_loss_of_a_data_split_is_no_technique(entities):
    found, _ = entities("Losses", "The validation loss falls faster with the zorb-margin loss than the training loss.")
    assert "validation loss" not in found and "training loss" not in found
    assert found["zorb-margin loss"].type == "Method"


def test_a_family_said_of_several_checkpoints_stays_the_family(entities):
    found, _ = entities("Spurious lessons", "Accuracy drops in ZorbLM-2 models (1B-13B). We fine-tune ZorbLM-2-7B.")
    assert found["ZorbLM-2"].type == "Model" and found["ZorbLM-2-7B"].size == "7B"
    found, _ = entities("Small models", "We fine-tune GPT-Neo (125M). GPT-Neo is small.")
    assert "GPT-Neo" not in found and "GPT-Neo" in found["GPT-Neo 125M"].aliases


def test_a_title_name_ending_in_a_model_family_is_a_model(entities):
    found, _ = entities("ZorbLlama: Teaching Llamas Zorbish", "We adapt Llama-2 to Zorbish and release ZorbLlama.")
    assert found["ZorbLlama"].type == "Model"
    found, _ = entities("Mistral-ZORB: Better Sparse Retrieval", "We train Mistral-ZORB, a sparse retriever.")
    assert found["Mistral-ZORB"].type != "Model"


def test_a_coined_name_said_to_be_a_family_of_models_is_a_model(entities):
    found, _ = entities("ZorbEmbed: Multilingual Text Embeddings", "We introduce ZorbEmbed, a family of multilingual "
                        "embedding models (0.6B, 4B and 8B). ZorbEmbed-8B ranks first on MTEB. Transformer models "
                        "are older.")
    assert found["ZorbEmbed"].type == "Model" and found["ZorbEmbed-8B"].type == "Model"
    assert found["Transformer"].type == "Method"  # a known architecture's models stay the architecture's


def test_a_titles_verb_is_no_part_of_the_task_it_is_about(entities):
    found, _ = entities("ZorbBench: Evaluating Long-Horizon Zorb Planning in LLM Agents",
                        "We introduce ZorbBench for long-horizon zorb planning.")
    assert found["Long-Horizon Zorb Planning"].type == "Task"
    assert len([e for e in found.values() if e.type == "Task"]) == 1  # one task, title and abstract
    assert not any(name.startswith("Evaluating") for name in found)


def test_fields_and_team_names_are_no_techniques(entities):
    found, _ = entities("ZorbTeam@ZorbTask 2025: Detecting Zorbs with Logistic Regression",
                        "Natural Language Processing (NLP) has grown. We compare Logistic Regression, Random Forest "
                        "and Multinomial Naive Bayes (MNB).")
    assert not {"Natural Language Processing", "ZorbTeam@ZorbTask 2025"} & set(found)
    assert {"logistic regression", "random forest", "naive Bayes"} <= set(found)


def test_a_kind_of_model_with_a_short_form_is_no_model(entities):
    found, _ = entities("T", "We integrate BERT and a Zorbic Vision Model (ZVM) to read memes. The ZVM is best.")
    assert not {"Zorbic Vision Model", "ZVM"} & set(found)
    found, _ = entities("T", "We present a Zorbic Language Model (ZLM) for chemistry.")
    assert found["Zorbic Language Model"].type == "Model"  # what the paper introduces is its own


def test_a_plain_word_listed_with_known_datasets_or_models_is_one_of_them(entities):
    found, _ = entities("T", "On open challenges in Zorbcraft and ALFWorld, agents fail. We evaluate on HotpotQA, "
                             "Blorbix and GSM8K. We compare GPT-4 and Flumoxa.")
    assert found["Zorbcraft"].type == found["Blorbix"].type == "Dataset" and found["Flumoxa"].type == "Model"
    found, _ = entities("T", "On GSM8K, Zorbix improves accuracy. We use SQuAD and Zorbic Qwarks Language. "
                             "Both MMLU and Zorbic Qwarks help.")
    assert not {"Zorbix", "Zorbic", "Qwarks"} & set(found)  # a comma alone, a word of a longer name
    found, _ = entities("T", "Accuracy rises on XNLI, ZXCOPA and Quarkele by 7.2 points.")
    assert found["Quarkele"].type == "Dataset"  # listed after a name that is listed with a known one
    found, _ = entities("T", "We report results for WMT15 English to French, and GSM8K.")
    assert "French" not in found  # a language


def test_a_phrase_the_paper_names_is_its_own_name(entities):
    found, x = entities("T", "This approach - which we call the zorbic approach - leads to results. We call this "
                             "procedure gradual zorb annealing. We call for more work on quarks. We name this "
                             "augmented version as ZorbQA+.")
    assert found["zorbic approach"].type == found["gradual zorb annealing"].type == "Method"
    assert ("PAPER", "proposes", "zorbic approach") in {(r.head, r.rel, r.tail) for r in x.relations}
    assert not {"augmented version", "more work"} & set(found)
    found, _ = entities("T", "We build a dataset of zorb elements that we call ZORBNET.")
    assert found["ZORBNET"].type == "Dataset"
    found, _ = entities("T", "Prior work used a debiasing method called flumox annealing. A so-called quark "
                             "embedding and an optimum termed flumox collapse appear.")
    assert found["flumox annealing"].type == "Method"
    assert not {"quark embedding", "flumox collapse"} & set(found)


def test_a_hyphenated_name_ending_like_a_benchmark_is_one(entities):
    found, _ = entities("T", "Zorb reaches 48.1% on Quark-Bench and beats baselines on Flumox-Gym and Alpaca-Eval.")
    assert found["Quark-Bench"].type == found["Flumox-Gym"].type == found["Alpaca-Eval"].type == "Dataset"
    found, _ = entities("T", "We add Open-QA data and Self-Eval, a self-evaluation component.")
    assert found.get("Self-Eval") is None or found["Self-Eval"].type != "Dataset"
    assert "Open-QA" not in found or found["Open-QA"].type != "Dataset"


def test_a_task_like_phrase_after_via_or_by_is_the_means(entities):
    found, _ = entities("Zorb: Long-Context Inference via Sparse Quark Retrieval",
                        "We improve zorb detection by quarkish rule learning and by machine translation.")
    assert found["Sparse Quark Retrieval"].type == found["quarkish rule learning"].type == "Method"
    assert found["machine translation"].type == found["zorb detection"].type == "Task"  # known, or the goal
    found, _ = entities("T", "We solve it through quark grammar induction.")
    assert found["quark grammar induction"].type == "Task"  # a task's head keeps naming a task


def test_a_plain_word_before_a_titles_colon_is_a_name_when_the_abstract_writes_it_as_one(entities):
    found, x = entities("Flumox: Speculative Decoding with Adaptive Draft Trees",
                        "We present Flumox, which adapts the draft tree per token.")
    assert found["Flumox"].type == "Method" and ("PAPER", "proposes", "Flumox") in {
        (r.head, r.rel, r.tail) for r in x.relations}
    found, _ = entities("Zorbscore: A Fast Evaluation Metric for Quark Parsing", "We compute Zorbscore in seconds.")
    assert found["Zorbscore"].type == "Metric"
    found, _ = entities("ZorbTabs: Quark Reasoning over Tables", "We present ZorbTabs, a dataset of 2,000 tables.")
    assert found["ZorbTabs"].type == "Dataset"  # the abstract says what a subtitle without a cue does not
    found, _ = entities("Zorb-Coder: Repository-Level Quark Generation",
                        "We introduce Zorb-Coder, a 15B code LLM fine-tuned on repositories.")
    assert found["Zorb-Coder"].type == "Model"
    found, _ = entities("Quarks: Rethinking Zorb Parsing", "Quarks matter. We study how quarks help parsing.")
    assert "Quarks" not in found  # a word the abstract also writes in lower case


def test_a_name_ending_in_a_count_or_version_is_one(entities):
    found, _ = entities("T", "Accuracy improves on ZorbNet-1k and on the QuarkQA-v2 benchmark with Flum-L6-v2 models.")
    assert found["ZorbNet-1k"].type == found["QuarkQA-v2"].type == "Dataset"
    assert found["Flum-L6-v2"].type == "Model"
    found, _ = entities("T", "ViT-L/16 and ViT-B/32 attend to background tokens.")
    assert found["ViT-L/16"].type == found["ViT-B/32"].type == "Model"  # with the patch size
    found, _ = entities("T", "We use Zorb-based and Quark-wise methods.")
    assert not {"Zorb-based", "Quark-wise"} & set(found)  # plain words end them


def test_capitalised_words_between_the_and_a_kind_of_data_name_a_dataset(entities):
    found, _ = entities("T", "We train on the Open Q-Zorb dataset and test on the Flumox Reasoning Benchmark, the "
                             "English-to-German corpus and the National Corpus of Zorbish.")
    assert found["Open Q-Zorb"].type == found["Flumox Reasoning Benchmark"].type == "Dataset"
    assert not {"English-to-German", "National Corpus"} & set(found)  # languages; a longer name


def test_names_coordinated_before_a_plural_kind_of_data_are_datasets(entities):
    found, _ = entities("T", "In both the ZORB++ and Landscape datasets it improves speed; the English and German "
                             "corpora differ.")
    assert found["ZORB++"].type == found["Landscape"].type == "Dataset"
    assert not {"English", "German"} & set(found)


def test_a_challenge_named_without_its_edition_is_the_same_challenge(entities):
    found, _ = entities("T", "We enter the ZMT-2031 Zorbing Challenge. Our model beats baselines on the Zorbing "
                             "Challenge and Quuxbank datasets.")
    assert "Zorbing Challenge" in found["ZMT-2031 Zorbing Challenge"].aliases and "Zorbing Challenge" not in found


def test_a_name_glued_to_its_expansion_is_one_entity(entities):
    found, _ = entities("T", "In this paper, we introduce ZorDiE(Zorb, Discriminate, Evolve), a novel framework.")
    assert found["Zorb, Discriminate, Evolve"].aliases == ("ZorDiE",)


def test_the_capitalised_name_of_a_proposal_outranks_a_known_name_inside_it(entities):
    found, _ = entities("T", "We propose a Multi-turn Zorbic Code Generation (MZCG) framework. MZCG works.")
    assert found["Multi-turn Zorbic Code Generation"].type == "Method" and "code generation" not in found
    found, _ = entities("T", "We propose the Zorbic Contrastive Learning Framework (ZCLF) for text classification.")
    assert "ZCLF" in found["Zorbic Contrastive Learning Framework"].aliases


def test_two_expansions_of_one_short_form_are_one_entity(entities):
    found, x = entities("ZRR: Zorb Review Ranking Framework for Evaluating Models",
                        "To address this, we propose ZRR: Zorb Review Rank, a novel evaluation framework.")
    assert [e.name for e in x.entities] == ["Zorb Review Ranking"]
    assert set(found["Zorb Review Ranking"].aliases) == {"ZRR", "Zorb Review Rank"}


def test_a_name_the_abstract_defines_stands_whole_in_the_title(entities):
    found, x = entities("Zorbic Generation with Consistency Quuxing",
                        "We introduce Zorbic Generation with Consistency Quuxing (ZGCQ). ZGCQ is fast.")
    assert [e.name for e in x.entities] == ["Zorbic Generation with Consistency Quuxing"]
    assert {m.field for m in x.entities[0].mentions} == {"title", "abstract"}


def test_measures_listed_after_metrics_are_metrics_even_one_word_qualities(entities):
    found, _ = entities("T", "It controls three complementary metrics (zorbness, volume, and quuxity) of text. "
                             "We beat baselines on standard metrics such as cross-entropy, flumosity and performance.")
    assert found["zorbness"].type == found["volume"].type == found["quuxity"].type == "Metric"
    assert found["flumosity"].type == "Metric" and not {"cross", "performance"} & set(found)


def test_an_undefined_short_form_before_models_names_their_task_not_a_model(entities):
    found, _ = entities("T", "We study state-of-the-art ZTG models and find that GPT models and ZorbLM models differ.")
    assert "ZTG" not in found and found["GPT"].type == found["ZorbLM"].type == "Model"


def test_a_modeling_short_form_whose_plural_the_text_uses_names_models(entities):
    found, _ = entities("T", "We study bias in MLMs. We find alignment of MLM bias and human ratings.")
    assert "masked language modeling" not in found
    found, _ = entities("T", "We pretrain with MLM and study trustworthy retrieval-augmented generation.")
    assert found["masked language modeling"].type == "Method" and "retrieval-augmented generation" in found


def test_what_a_text_calls_the_task_of_is_a_task_whatever_its_head(entities):
    found, _ = entities("T", "In this intricate task of cross-cultural zorb adaptation, we evaluate GPT-4.")
    assert found["cross-cultural zorb adaptation"].type == "Task"


def test_a_defined_short_form_in_the_plural_is_the_same_entity(entities):
    _, x = entities("T", "We test Zorb-of-Quux (ZoQ) prompting. Our ZoQs help.")
    assert [e.name for e in x.entities] == ["Zorb-of-Quux"]


def test_names_right_after_a_plural_kind_of_data_are_datasets(entities):
    found, _ = entities("T", "We open-source two synthesized datasets\u2014ZorbFaith-SFT and ZorbFaith-PO\u2014which "
                             "help. "
                             "Experiments on two datasets demonstrate ZorbNet-FEK's superiority.")
    assert found["ZorbFaith-SFT"].type == found["ZorbFaith-PO"].type == "Dataset"
    assert found["ZorbNet-FEK"].type != "Dataset"


def test_a_teams_submission_names_no_method(entities):
    found, x = entities("ZGU Mainz\u2019s Submission to the ZMT25 Shared Task",
                        "This paper presents the ZGU Mainz submission to the ZMT25 Shared Task. "
                        "The ZORB submission wins.")
    assert not {"ZGU", "ZORB"} & set(found) and not any(r.rel == "proposes" for r in x.relations)


def test_an_undefined_short_form_means_the_known_name_the_text_spells_out(entities):
    found, _ = entities("T", "Zorbing achieves high attack success rates (e.g., over 90% ASR on Vicuna-7B).")
    assert "speech recognition" not in found and "ASR" in found["attack success rate"].aliases
    found, _ = entities("T", "Deep reinforcement learning (RL) beats the Rouge-L reward. RL helps.")
    rl = next(e for e in found.values() if "RL" in e.aliases)
    assert rl.type == "Method" and "reinforcement learning" in {rl.name.lower(), *rl.aliases}


def test_a_plain_word_listed_in_parentheses_with_names_is_one(entities):
    found, _ = entities("T", "We evaluate four tools (Zorbic, DECCP, ErisZorb, FailZorb) and three models (Quill, "
                             "Mistral-7B, Llama-3-8B).")
    assert found["Zorbic"].type == "Method" and found["Quill"].type == "Model"
    found, _ = entities("T", "We evaluate two tools (Zorbic, DECCP).")
    assert "Zorbic" not in found  # one name besides it is too little to go on


def test_examples_after_such_as_are_read_off_the_list_when_the_parse_breaks_it(entities):
    found, _ = entities("T", "The model learns scores, naturally recovering heuristics such as anchor pooling, sliding "
                             "buffers, and span merging without explicit design. Methods were proposed, including "
                             "statistical and neural methods, their experimental results are often not comparable.")
    assert {"anchor pooling", "sliding buffers", "span merging"} <= set(found)
    assert "experimental results" not in found


def test_a_technique_baseline_is_the_technique(entities):
    found, _ = entities("T", "We compare our method against a span merging baseline and the strongest few-shot "
                             "learning baselines.")
    assert found["span merging"].type == "Method" and found["few-shot learning"].type == "Method"
    assert not any(name.startswith("strongest") for name in found)


def test_a_description_before_a_name_types_it_unless_it_is_fronted(entities):
    found, _ = entities("T", "We train a process reward model (PRM), Zorb-Quark-PRM, on step labels. On each "
                             "benchmark, ZorbLM improves accuracy. We test on a new multimodal dataset, Flumo2.")
    assert found["Zorb-Quark-PRM"].type == "Model" and found["Flumo2"].type == "Dataset"
    assert found["ZorbLM"].type == "Model"  # "On each benchmark," says nothing about it


def test_a_name_followed_by_a_count_of_items_is_a_dataset(entities):
    found, _ = entities("T", "We introduce ZorbEasy, 800 grade-school problems that humans solve in seconds.")
    assert found["ZorbEasy"].type == "Dataset"


def test_an_apposition_types_a_defined_name_over_its_head_word(entities):
    found, _ = entities("T", "We introduce Zorbic Span Retrieval (ZSR), a benchmark of 500 queries. We present "
                             "Joint Zorb Alignment (JZA), a training objective that aligns views.")
    assert found["Zorbic Span Retrieval"].type == "Dataset" and found["Joint Zorb Alignment"].type == "Method"
    found, _ = entities("T", "We collect a human-annotated dataset, Question Answering with Zorbic Contexts (QAZC).")
    assert found["Question Answering with Zorbic Contexts"].type == "Dataset"


def test_a_coined_name_called_a_task_is_the_data_that_poses_it(entities):
    found, _ = entities("T", "We adapt CommonsenseQA into Zorbish, creating Zorbish-CSQA-v0, the first task in a "
                             "broader suite. We also report Zorbic Entity Tagging (ZET), the task of tagging names.")
    assert found["Zorbish-CSQA-v0"].type == "Dataset"
    assert found["Zorbic Entity Tagging"].type == "Task"  # a defined short form stands for its long form


def test_a_new_task_set_for_pre_training_is_a_training_objective(entities):
    found, _ = entities("T", "In the pre-training stage, we introduce the Zorbic Span Prediction (ZSP) task, where "
                             "the model learns to fill masked spans. We introduce the Zorbic Entity Tagging (ZET) task.")
    assert found["Zorbic Span Prediction"].type == "Method" and found["Zorbic Entity Tagging"].type == "Task"


def test_a_capital_that_only_opens_the_sentence_makes_no_name(entities):
    found, _ = entities("T", "Span pruning helps. We present a neural baseline model and a span alignment model.")
    assert found["Span pruning"].generic
    assert "neural baseline" not in found  # a baseline is there to compare with, not proposed


def test_the_noun_after_a_defined_short_form_types_an_untyped_long_form(entities):
    found, _ = entities("T", "We publish the Arabic Zorb title (AZT) dataset. We propose the zorbic span overlap (ZSO) "
                             "score. We fit a zorbic latent mixing (ZLM) model.")
    assert found["Arabic Zorb title"].type == "Dataset" and found["zorbic span overlap"].type == "Metric"
    mixing = found.get("zorbic latent mixing")
    assert mixing is None or mixing.type != "Model"  # "X (ACR) model" is a technique's model, not a trained one



def test_a_title_opening_with_a_verb_names_its_object(entities):
    found, _ = entities("Scaling Reinforcement Learning for Zorbic Coding", "We train agents with verifiable rewards.")
    assert "Scaling Reinforcement Learning" not in found and "reinforcement learning" in found


def test_a_comma_after_the_last_member_of_a_list_ends_it(entities):
    found, _ = entities("T", "On RULER and LongBench, ZorbLM matches Llama-3.1-70B while using less memory.")
    assert found["ZorbLM"].type == "Model"  # the subject after a fronted list, not a third benchmark


def test_a_version_written_v2_belongs_to_the_name(entities):
    found, _ = entities("T", "We evaluate on RULER and LongBench v2.")
    assert found["LongBench v2"].type == "Dataset"


def test_a_defined_name_that_specifies_a_known_one_is_its_own_entity(entities):
    found, _ = entities("T", "We train agents with reinforcement learning from zorbic rewards (RLZR). RLZR helps.")
    e = found["reinforcement learning from zorbic rewards"]
    assert e.type == "Method" and "RLZR" in e.aliases and "reinforcement learning" not in found


def test_a_techniques_title_case_name_matches_in_lower_case(entities):
    found, _ = entities("T", "Direct preference optimization (DPO) on counterfactual pairs reduces errors.")
    assert set(found) == {"Direct Preference Optimization"}  # not also "preference optimization"


def test_a_title_pairing_two_techniques_names_neither_pair(entities):
    found, _ = entities("Speculative Decoding Meets Quantization: Faster Zorbing", "We zorb faster.")
    assert "Speculative Decoding Meets Quantization" not in found and "speculative decoding" in found


def test_a_system_noun_in_apposition_makes_a_technique_whatever_the_name_looks_like(entities):
    found, _ = entities("T", "We present ZorbQA, a retrieval-augmented reader. ZorbQA reaches 54.3 exact match.")
    assert found["ZorbQA"].type == "Method"  # not a dataset by its "QA"


def test_a_name_ending_in_bench_is_a_benchmark_even_in_a_list_of_techniques(entities):
    found, _ = entities("T", "ZorbRM-8B outperforms ArmoRM on ZorbRewardBench, and best-of-N sampling with ZorbRM "
                             "improves accuracy.")
    assert found["ZorbRewardBench"].type == "Dataset"


def test_a_coined_name_with_a_final_plus_is_another_name(entities):
    found, _ = entities("T", "We augment the ZorbQA dataset and evaluate on our ZorbQA+ dataset.")
    assert found["ZorbQA"].type == found["ZorbQA+"].type == "Dataset"


def test_a_benchmark_in_a_fronted_phrase_after_an_adverb_does_not_type_the_subject(entities):
    found, _ = entities("T", "Additionally, on the ZorbEval benchmark, ZorbNet improves accuracy.")
    assert found["ZorbEval"].type == "Dataset" and found["ZorbNet"].type == "Method"



def test_a_defined_name_takes_the_kind_of_thing_a_naming_verb_follows(entities):
    found, _ = entities("T", "We propose a novel framework named Zorbic Dual Learning (ZDL) which extends response "
                             "generation to a dual task.")
    assert found["Zorbic Dual Learning"].type == "Method"  # not a task by its "... learning"


def test_a_type_read_from_context_outvotes_guesses_from_the_names_shape(entities):
    found, _ = entities("ZorbQA+: Grounding for Video Question Answering",
                        "We augment the TVQA dataset with boxes. We name this augmented version as ZorbQA+. "
                        "The rich annotations in our ZorbQA+ dataset help.")
    assert found["ZorbQA+"].type == "Dataset"


def test_a_cue_noun_after_a_preposition_does_not_type_the_name_before_it(entities):
    found, _ = entities("T", "This motivates a more robust and scalable ZNC (rsZNC). The rsZNC has a slim memory unit. "
                             "We demonstrate the applicability of the rsZNC to new tasks.")
    assert found["rsZNC"].type == "Method"


def test_a_phrase_cut_from_its_degree_adjective_is_no_name(entities):
    found, _ = entities("T", "Systems run in a low resource training and decoding environment after large scale zorbing.")
    assert not any(name.startswith(("resource", "scale")) for name in found)


def test_a_defined_name_that_extends_a_known_technique_is_its_own_entity(entities):
    found, _ = entities("T", "We introduce a novel Zorbic Transfer Learning (ZTL) framework. ZTL helps detection.")
    e = found["Zorbic Transfer Learning"]
    assert e.type == "Method" and "ZTL" in e.aliases and "transfer learning" not in found


def test_a_title_phrase_named_for_an_activity_is_a_task_whatever_the_subtitle_lists(entities):
    found, _ = entities("Zorbic Interruption Detection: Analysis, Corpus, and System",
                        "We study zorbic interruption detection, a new task, and build a corpus for it.")
    assert found["Zorbic Interruption Detection"].type == "Task"


def test_an_untyped_name_with_a_year_is_an_edition_of_an_event_but_not_a_conference(entities):
    found, _ = entities("ZRU at ZorbNER 2024: A Multi-level Approach",
                        "We present our submission for the ZorbNER 2024 shared tasks, published at EMNLP 2024.")
    assert found["ZorbNER 2024"].type == "Dataset" and "ZorbNER" not in found
    assert not any(name.startswith("EMNLP") for name in found)


def test_a_coined_conversion_is_a_task(entities):
    found, _ = entities("T", "We propose ZorbBench to evaluate models on HTML programming and ZorbUI-to-Code.")
    assert found["ZorbUI-to-Code"].type == "Task"
    # the data built for a conversion does not make the conversion a dataset
    found, _ = entities("ZorbSQL: A Large Scale Zorb-to-SQL Dataset", "We present ZorbSQL, a dataset of 10k pairs.")
    assert found["Zorb-to-SQL"].type == "Task" and found["ZorbSQL"].type == "Dataset"
    found, _ = entities("Zorb-PD: Partitioning with LLMs in Zorb-to-SQL", "We propose Zorb-PD for the Zorb-to-SQL task.")
    assert found["Zorb-to-SQL"].type == "Task"


def test_a_size_before_a_named_corpus_is_no_part_of_its_name(entities):
    found, _ = entities("T", "We pretrain it on the 10M-token ZorbLM corpus and the 2WikiZorb dataset.")
    assert {"ZorbLM", "2WikiZorb"} <= set(found) and not any(name.startswith("10M") for name in found)


def test_a_name_introduced_with_a_lower_case_suffix_is_a_name(entities):
    found, _ = entities("T", "Additionally, we publish Zorpaca-est, the first instruction dataset for Estonian.")
    assert found["Zorpaca-est"].type == "Dataset"


def test_a_name_of_several_capitalised_words_introduced_is_one_name(entities):
    found, _ = entities("T", "This paper introduces ZORBIS Write, an open source, web-based tool for feedback. "
                             "We introduce ZorbParla Forest, a treebank for the ZorbParla corpus.")
    assert found["ZORBIS Write"].type == "Method" and found["ZorbParla Forest"].type == "Dataset"
    assert "ZORBIS" not in found


def test_a_cue_noun_modifying_another_cue_noun_gives_way_to_it(entities):
    found, _ = entities("T", "Additionally, we publish Zorpaca-est, the first general task instruction dataset.")
    assert found["Zorpaca-est"].type == "Dataset"


def test_a_title_ending_with_a_class_of_models_names_no_contribution(entities):
    found, x = entities("Zorbic Counter-Argument Generation with Large Language Models",
                        "We study zorbic counter-argument generation using Large Language Models (LLMs).")
    assert not any(name.lower().startswith("large language model") for name in found)
    assert not any(r.rel == "proposes" for r in x.relations)


def test_a_model_makers_name_is_no_entity(entities):
    found, _ = entities("T", "Charts were generated by OpenAI's GPT-3.5 Turbo and scored with QuestEval.")
    assert "OpenAI" not in found and found["QuestEval"].type == "Metric"


def test_the_expansion_of_a_kind_of_model_is_no_entity(entities):
    found, _ = entities("T", "ZorbInfo is based on ZorbLM, a recent Large Language Model (LLM), and a Large "
                             "Multimodal Model (LMM).")
    assert not any("Model" in name or name in {"LLM", "LMM"} for name in found)


def test_a_technique_name_reaches_over_hyphens_and_a_language_is_no_name(entities):
    found, _ = entities("T", "We use a basic two-step zorbic prompting approach to convert dialects into Modern "
                             "Standard Arabic (MSA) for GenAI applications.")
    assert "two-step zorbic prompting" in found
    assert not any(name.startswith(("step", "Modern", "GenAI")) for name in found)


def test_a_name_given_with_called_may_have_several_words(entities):
    found, _ = entities("T", "We train an open-source critique model (called Zorbic Socrates) using this data.")
    assert found["Zorbic Socrates"].type == "Model" and "Zorbic" not in found


def test_no_cue_is_read_across_a_new_clause_or_a_gerund(entities):
    found, _ = entities("T", "Additionally, on ZorbHaluQA, our model surpasses the chat version. Our experiments on "
                             "ZorbSpec using LLMs with 7B parameters show gains.")
    assert found["ZorbHaluQA"].type != "Model"
    assert "ZorbSpec" not in found or found["ZorbSpec"].type != "Model"


def test_the_class_noun_before_a_parenthesised_list_types_its_coined_names(entities):
    found, _ = entities("T", "Evaluation on five benchmarks (BLiMP, BLiMP Supplement, ZorbWoK, Zorboground and VQA) "
                             "shows gains.")
    assert found["ZorbWoK"].type == found["Zorboground"].type == "Dataset"


def test_a_defined_name_the_text_calls_a_technique_is_one_whatever_its_head(entities):
    found, _ = entities("T", "We propose a novel Zorbic patch-word Matching (ZorbMatch) model to correlate regions. "
                             "We then introduce a novel strategy, Zorb Alignment (ZA), to mitigate hallucinations. "
                             "Zorbic Language Translation (ZLT) systems are slow.")
    assert found["Zorbic patch-word Matching"].type == found["Zorb Alignment"].type == "Method"
    assert found["Zorbic Language Translation"].type == "Task"


def test_we_name_this_new_model_gives_the_name_only(entities):
    found, _ = entities("T", "We name this new model Simplification via Zorbic Teaching (SZT). SZT works.")
    assert "Simplification via Zorbic Teaching" in found and not any(n.startswith("new") for n in found)


def test_a_known_short_form_in_the_title_joins_the_expansion_the_abstract_defines(entities):
    found, _ = entities("Tied-ZoRA: Enhancing parameter efficiency of LoRA with Weight Tying",
                        "We introduce Tied-ZoRA to enhance the efficiency of Low-rank Adaptation (LoRA).")
    lora = [e for e in found.values() if "LoRA" in (e.name, *e.aliases)]
    assert len(lora) == 1 and "Low-rank Adaptation" in (lora[0].name, *lora[0].aliases)


def test_mining_names_a_task_but_mining_hard_negatives_is_a_technique(entities):
    found, _ = entities("T", "We study zorbic comment mining on forums, training the encoder with hard negative mining.")
    assert found["zorbic comment mining"].type == "Task" and found["hard negative mining"].type == "Method"


def test_a_shared_task_named_by_its_theme_is_data_the_paper_enters_not_its_own(entities):
    found, x = entities("Zorbtech's ZMT 2031 Metrics Shared Task Submission",
                        "This paper describes Zorbtech's ZMT 2031 Metrics Shared Task submission.")
    assert found["ZMT 2031 Metrics Shared Task"].type == "Dataset"
    assert not any(r.rel == "proposes" and r.tail.startswith("ZMT") for r in x.relations)


def test_a_name_ending_in_bench_is_a_benchmark_in_any_case(entities):
    found, _ = entities("T", "We evaluate agents on zorb2-bench and Zorb-Bench.")
    assert found["zorb2-bench"].type == "Dataset" and found["Zorb-Bench"].type == "Dataset"
    found, _ = entities("T", "We curated the ZorbCorpus-ZH and integrated these tasks into the ZorbBenchmark, "
                             "establishing a new standard.")
    assert found["ZorbCorpus-ZH"].type == "Dataset" and found["ZorbBenchmark"].type == "Dataset"


def test_a_short_form_of_a_common_term_is_no_model(entities):
    found, x = entities("T", "It shows zero-shot zorbic conversion (ZC) skill, unlike existing ZC models and SoTA systems.")
    assert not any(e.type == "Model" for e in x.entities) and "SoTA" not in found


def test_a_defined_short_form_takes_its_long_forms_type_whatever_its_context(entities):
    found, _ = entities("T", "Nested zorb extraction (NZE) aims to extract nested zorbs. We test on three NZE "
                             "datasets and the NZE benchmark of ZorbBank.")
    assert found["Nested zorb extraction"].type == "Task"


def test_conferences_and_fields_are_no_entities(entities):
    found, _ = entities("T", "Our entry for the COLING 2025 ZMD challenge covers 8 computer vision (CV) datasets and "
                             "results on LlaMA-2.")
    assert not {"COLING", "COLING 2025", "computer vision"} & set(found) and found["LlaMA-2"].type == "Model"


def test_a_team_in_a_system_papers_title_is_no_entity_but_its_system_is(entities):
    found, _ = entities("ZorbTeam at SemEval-2031 Task 11: Emotion Detection", "We fine-tune ZorbBERT for emotions.")
    assert "ZorbTeam" not in found and "ZorbBERT" in found
    found, _ = entities("ZorbSearch at SemEval-2031 Task 3: Hallucinations", "We present ZorbSearch, a pipeline that "
                                                                             "retrieves evidence.")
    assert found["ZorbSearch"].type == "Method"
    found, _ = entities("Transformers at Scale: a study", "We train Transformers.")
    assert "Transformer" in found


def test_a_function_word_glued_to_a_name_by_a_lost_space_is_no_part_of_it(entities):
    found, _ = entities("T", "We use theZorbEval-2031 data andZorbGPT3 with ourGitlab code.")
    assert {"ZorbEval-2031", "ZorbGPT3"} <= set(found) and not any(n.startswith(("the", "and", "our")) for n in found)


def test_a_measure_word_modifying_a_technique_is_no_measure(entities):
    found, _ = entities("T", "We select examples by perplexity filtering and use recall prompting.")
    assert "perplexity" not in found and "recall" not in found
    found, _ = entities("T", "It costs a minimal perplexity loss and 2 points of accuracy.")
    assert found["perplexity"].type == "Metric"


def test_a_long_apposition_of_hyphenated_words_still_types_the_name(entities):
    found, _ = entities("T", "This paper presents ZorbClimate, the first open-source manually-annotated zorb stance "
                             "detection dataset with 100 videos.")
    assert found["ZorbClimate"].type == "Dataset"


def test_a_defined_conversion_is_a_task(entities):
    found, _ = entities("T", "Diversity prompts change Zorb-to-Image (ZTI) models.")
    assert found["Zorb-to-Image"].type == "Task"


def test_a_cue_noun_opening_a_hyphenated_adjective_says_nothing_of_the_name(entities):
    found, _ = entities("ZORB: Hesitation in the Forward Pass",
                        "We present ZORB, a simple modification to the Transformer forward pass. Unlike other "
                        "approaches, ZORB is model-agnostic and training-free. We also release ZorbFrame, a novel "
                        "model-agnostic framework, and ZorbScope, a novel Siamese network-based model.")
    assert found["ZORB"].type == found["ZorbFrame"].type == "Method"
    assert found["ZorbScope"].type == "Model"


@pytest.mark.parametrize("title, expected", [
    ("ZorbMMR: Sequential Model Merging for Batched Knowledge Editing", "Method"),
    ("ZorbPipe: Large Language Model Pipeline Parallelism for Long Context", "Method"),
    ("ZorbRAG: Beyond Retrieval with Layout-Aware Graph Modeling", "Method"),
    ("ZorbTalk: Pre-trained Dialogue Generation Model with Discrete Latent Variables", "Model"),
    ("ZorbCoder: An Open Code Model for Verilog", "Model"),
])
def test_a_subtitle_makes_the_name_a_model_only_when_model_is_its_head(entities, title, expected):
    name = title.split(":")[0]
    found, _ = entities(title, f"We study {name} on several tasks.")
    assert found[name].type == expected


def test_the_abstract_says_what_a_title_name_is_over_its_shape(entities):
    found, _ = entities("ZorbLM: Controllable Synthetic Data Generation",
                        "We introduce ZorbLM, a controllable data synthesis framework. ZorbLM generates tables.")
    assert found["ZorbLM"].type == "Method"
    found, _ = entities("ZorbLM: Reasoning over Tables", "ZorbLM reaches 80% accuracy on WikiTQ.")
    assert found["ZorbLM"].type == "Model"


def test_a_vague_hyphenated_modifier_is_not_part_of_a_phrase(entities):
    found, _ = entities("T", "We study high-quality zorbic caption generation and real-world zorbic claim verification.")
    assert {"zorbic caption generation", "zorbic claim verification"} <= set(found)
    assert not any(name.startswith(("high", "real")) for name in found)


def test_a_known_name_modifying_with_based_or_style_is_still_named(entities):
    found, _ = entities("T", "We compare the BERT-based SotA with a small transformer-based encoder-decoder model and "
                             "SQuAD-style questions, fine-tuning transformer models. ZorbAlpha-Data is ours.")
    assert found["BERT"].type == "Model" and found["Transformer"].type == "Method"
    assert found["SQuAD"].type == "Dataset"
    assert not any(name.startswith(("transformer-based", "fine-tuning")) for name in found)
    assert "Alpha" not in found


def test_a_description_goes_on_over_a_comma_between_adjectives_and_a_suite_is_data(entities):
    found, _ = entities("ZorbLingual: Enhancing Multilingual Alignment",
                        "We introduce ZorbLingual, the first fully synthetic, multi-turn multilingual dataset having "
                        "175K conversations. We release our meta-evaluation suite ZorbIFE, which provides the "
                        "codebase. We train a suite of pioneering models called Zorbawi.")
    assert found["ZorbLingual"].type == found["ZorbIFE"].type == "Dataset"
    assert found["Zorbawi"].type != "Dataset"


def test_a_dataset_named_for_a_task_gives_the_task_and_an_unnamed_one_nothing(entities):
    found, _ = entities("T", "We create a synthetic zorbic discourse corpus for Pidgin and release a zorbic act recognition "
                             "dataset. We also evaluate on the Stanford Zorb Answering Dataset and public zorb relation "
                             "extraction datasets.")
    assert found["zorbic act recognition"].type == "Task" and found["zorb relation extraction"].type == "Task"
    assert not any(name.startswith(("synthetic", "Stanford Zorb Answering", "public")) and
                   found[name].type != "Dataset" for name in found)


def test_implicit_and_explicit_are_part_of_a_task_name(entities):
    found, _ = entities("Implicit Zorb Relation Classification for Pidgin",
                        "We study implicit zorb relation classification (IZRC) and implicit zorb speech detection.")
    assert found["Implicit Zorb Relation Classification"].type == "Task"
    assert "implicit zorb speech detection" in found and "zorb speech detection" not in found


def test_a_language_with_a_short_form_is_no_entity(entities):
    found, _ = entities("T", "Nigerian Pidgin (NP) is an English-based creole language. We fine-tune ZorbBERT on NP "
                             "and Malayalam, and study discourse relation classification for NP, a task which is hard.")
    assert not {"Nigerian Pidgin", "NP", "Malayalam"} & set(found)


def test_a_model_release_suffix_belongs_to_its_name_and_its_maker_is_no_member(entities):
    found, _ = entities("T", "Results on ZorbBench using Mistral-7B-Instruct-v0.2, Whisper-large-v2 and Google’s "
                             "Gemini-1.5-Flash demonstrate robustness.")
    mistral = found["Mistral-7B-Instruct-v0.2"]
    assert (mistral.family, mistral.size) == ("Mistral", "7B") and "Whisper-large-v2" in found
    assert "Google" not in found


def test_an_organisation_with_a_short_form_is_no_entity(entities):
    found, _ = entities("T", "Standards of the Zorbic Accounting Standards Board (ZASB) guide us; ZASB reports are "
                             "scored in Intersection over Union (IoU).")
    assert not {"Zorbic Accounting Standards Board", "ZASB"} & set(found)
    assert found["IoU"].type == "Metric"


def test_a_known_name_opening_a_defined_name_with_based_stays_inside_it(entities):
    found, _ = entities("T", "We propose a novel deep bidirectional language model called a Transformer-based Text "
                             "Zorbencoder (T-TZ). T-TZ outperforms BERT.")
    assert found["Transformer-based Text Zorbencoder"].aliases == ("T-TZ",) and "Transformer" not in found


def test_a_short_form_with_its_long_forms_head_or_cut_at_its_parenthesis_is_no_new_name(entities):
    found, _ = entities("T", "We present zorbic conditioned training (ZCT). Our results show that (2) ZCT training "
                             "outperforms baselines on zorbic transduction grammar (ZTG) induction.")
    assert "zorbic conditioned training" in found
    assert not any(name.startswith(("ZCT ", "ZTG)")) for name in found)


def test_a_data_set_in_the_subtitle_and_established_dialogue_and_detection_tasks(entities):
    found, _ = entities("Zorbat: A Data Set of Bilingual Emirati-English Speech",
                        "This paper introduces Zorbat. Most task-oriented dialogue (TOD) benchmarks assume expert "
                        "users; machine-generated text detection and story generation are hard.")
    assert found["Zorbat"].type == "Dataset"
    assert all(found[t].type == "Task" for t in ("task-oriented dialogue", "machine-generated text detection",
                                                  "story generation"))


@given(st.text(alphabet="aAbBiI-_ .İ2", max_size=30), st.text(alphabet="aAbBiI-_ 2", min_size=1, max_size=4))
def test_reused_forms_are_found_where_a_whole_word_regex_finds_them(text, form):
    flags = 0 if any(c.isupper() for c in form) else re.IGNORECASE
    expected = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text, flags)]
    assert list(_standalone(form, text if flags == 0 else _lowered(text))) == expected


def test_an_organisations_short_form_names_nothing(entities):
    found, x = entities("ZorbSumm: A Dataset for Legal Summarization",
                        "We collect 25.6K U.S. Supreme Court (SCOTUS) opinions. Ours is the first dataset to "
                        "include summaries of SCOTUS decisions. The Court of Justice of the European Union (CJEU) "
                        "rules too.")
    assert not {"SCOTUS", "CJEU"} & {n for e in found.values() for n in (e.name, *e.aliases)}
    assert not any(r.tail in {"SCOTUS", "CJEU"} or r.head in {"SCOTUS", "CJEU"} for r in x.relations)


def test_an_emphasised_proposal_is_named_whatever_its_words(entities):
    found, x = entities("Zorbing Vocabularies", "Past vocabulary learning techniques pick words first. We propose "
                                                "*self-zorbing training*, an iterative method, and *zorb probing*, a "
                                                "benchmark. We find *many* effects.")
    assert found["self-zorbing training"].type == "Method" and found["zorb probing"].type == "Dataset"
    assert ("PAPER", "proposes", "self-zorbing training") in {(r.head, r.rel, r.tail) for r in x.relations}
    assert "many" not in found and "vocabulary learning" in found


def test_a_task_only_the_title_names_is_an_alias_of_the_abstracts_task_it_specifies(entities):
    found, x = entities("Zorbic Cues for Multimodal Emotion Recognition",
                        "Emotion recognition from speech and text is hard. We study zorbic cues.")
    assert "Multimodal Emotion Recognition" in found["emotion recognition"].aliases
    assert "Multimodal Emotion Recognition" not in found
    assert [m.field for m in found["emotion recognition"].mentions] == ["title", "abstract"]


def test_a_common_term_the_paper_also_writes_in_one_specific_form_is_that_form(entities):
    found, _ = entities("Zorbic Cues for Multilingual In-Context Learning",
                        "In-context learning helps. We study multilingual in-context learning with zorbic cues and "
                        "find that in-context learning gains.")
    assert set(found) == {"multilingual in-context learning"}
    assert found["multilingual in-context learning"].aliases == ("in-context learning",)
    assert len(found["multilingual in-context learning"].mentions) == 4


def test_a_common_term_written_in_two_specific_forms_stays_itself(entities):
    found, _ = entities("T", "We study neural machine translation and statistical machine translation. Machine "
                             "translation is hard.")
    assert {"machine translation", "neural machine translation", "statistical machine translation"} <= set(found)


def test_capitalised_names_listed_after_tasks_are_tasks(entities):
    found, _ = entities("T", "ZorbNet beats baselines across three tasks: Quill Outline Repair (up to +30% vividness), "
                             "Zorb-Crosswords Solving (+16%), and Flumox Generation. It also helps on tasks such as "
                             "Plinth Ordering and the Big Quiz.")
    for name in ("Quill Outline Repair", "Zorb-Crosswords Solving", "Flumox Generation", "Plinth Ordering"):
        assert found[name].type == "Task"
    assert not any("Big Quiz" in name for name in found)


def test_a_name_spelled_in_capitals_is_found_wherever_the_text_repeats_that_spelling(entities):
    found, x = entities("ZorbSculpt: Reasoning with Revision", "We present ZORBSCULPT, a general search method. "
                        "Empirically, ZORBSCULPT improves story generation.")
    assert [m.text for m in found["ZorbSculpt"].mentions] == ["ZorbSculpt", "ZORBSCULPT", "ZORBSCULPT"]
    assert any(r.head == "ZorbSculpt" and r.rel == "addressesTask" and r.tail == "story generation"
               for r in x.relations)


def test_a_hyphenated_technical_modifier_makes_a_known_task_more_specific(entities):
    found, _ = entities("T", "Results on open-domain multi-hop question-answering datasets, including ZorbQA, and on "
                             "zero-shot QA show gains.")
    assert found["multi-hop question-answering"].type == "Task"
    assert found["zero-shot question answering"].aliases == ("zero-shot QA",)


def test_a_vague_hyphenated_word_makes_no_name_more_specific(entities):
    found, _ = entities("T", "We study real-world question answering and cutting-edge text classification. We propose "
                             "a training-free zorbic steering method.")
    assert {"question answering", "text classification", "zorbic steering"} <= set(found)
    assert not any(name.startswith(("real-world", "cutting-edge", "training-free")) for name in found)


def test_task_specific_names_no_technique(entities):
    found, _ = entities("T", "Previous works train task-specific retrievers and need task-specific training, unlike "
                             "task-specific supervised learning.")
    assert not any(name.lower().startswith("task-specific") for name in found)
    assert "supervised learning" in found


def test_a_word_coordinated_before_a_known_name_makes_the_known_name_it_shares_a_head_with(entities):
    found, _ = entities("T", "Weak and distant supervision bootstrap zorb labels. We test mathematical and commonsense "
                             "reasoning, and zorbic and distant supervision.")
    assert {"weak supervision", "distant supervision", "mathematical reasoning", "commonsense reasoning"} <= set(found)
    assert not any(name.startswith("zorbic") for name in found)


def test_a_dash_ends_a_phrase_but_an_en_dash_joins_a_pair(entities):
    found, _ = entities("T", "Strategies such as zorb-train\u2014training on noisy data\u2014and zorb-test are "
                             "baselines. Back-translation \u2014 data augmentation with zorbs \u2014 helps "
                             "English\u2013Zorbish translation.")
    assert "zorb-train" in found and "data augmentation" in found
    assert not any("\u2014" in name for name in found)
    assert "English\u2013Zorbish translation" in found


def test_a_pretrained_encoder_named_for_its_language_is_a_model_of_its_own(entities):
    found, _ = entities("T", "We compare Tamil BERT and German RoBERTa with BERT on Zorbish hate speech. We use BERT "
                             "embeddings.")
    assert found["Tamil BERT"].type == "Model" and found["German RoBERTa"].type == "Model"
    assert "Tamil" not in found["BERT"].aliases and "BERT" in found


def test_an_acronym_with_a_size_in_billions_is_a_model_unless_known_as_data(entities):
    found, _ = entities("T", "We find underperformance in ZORBLM-4.5B compared to similar-sized models.")
    assert found["ZORBLM-4.5B"].type == "Model" and found["ZORBLM-4.5B"].size == "4.5B"
    found, _ = entities("T", "We pretrain an encoder on LAION-5B image-text pairs.")
    assert found["LAION-5B"].type == "Dataset"


def test_a_kind_of_language_with_a_short_form_is_no_entity(entities):
    found, _ = entities("T", "Models rival English on high-resource languages (HRLs) and fail on low-resource "
                             "languages (LRLs); results on HRLs hold across our experiments.")
    assert not {"high-resource languages", "low-resource languages", "HRLs"} & set(found)


def test_a_knowledge_graph_the_paper_builds_is_data_and_a_kind_of_graph_is_nothing(entities):
    found, _ = entities("T", "We construct a Zorbic glyph knowledge graph (ZGKG) linking glyphs across periods.")
    assert found["Zorbic glyph knowledge graph"].type == "Dataset"
    found, _ = entities("T", "Existing methods reason over a temporal knowledge graph (TKG) with few paths.")
    assert not any(e.type == "Dataset" for e in found.values())


def test_a_framework_proposed_after_and_with_a_short_form_is_the_papers_own(entities):
    found, x = entities("T", "Specifically, we construct a glyph graph associating glyphs in different periods, and "
                             "propose a multimodal zorbic glyph identification framework (MZGI) fusing visual data.")
    e = found["multimodal zorbic glyph identification framework"]
    assert not e.generic and ("PAPER", "proposes", e.name) in {(r.head, r.rel, r.tail) for r in x.relations}
    found, x = entities("T", "In this paper, we propose to integrate the zorbic relational network (ZRN) into a "
                             "Wasserstein autoencoder.")
    assert found["zorbic relational network"].generic


def test_a_lower_case_technique_the_paper_proposes_by_name_is_its_coinage(entities):
    found, x = entities("T", "Inspired by how children learn, we propose glyph-swapping curriculum learning (GSCL) to "
                             "enhance transfer. Ablations show that curriculum learning amplifies the effects.")
    e = found["glyph-swapping curriculum learning"]
    assert not e.generic and ("PAPER", "proposes", e.name) in {(r.head, r.rel, r.tail) for r in x.relations}
    assert found["curriculum learning"].generic
    found, x = entities("T", "We build on glyph-swapping curriculum learning (GSCL) to enhance transfer.")
    assert found["glyph-swapping curriculum learning"].generic


def test_a_capitalised_opener_is_no_part_of_the_name_after_it(entities):
    found, x = entities("T", "We present the Zorbic Glyph Prompting (ZGP) framework. In ZGP, a novel paradigm is "
                             "proposed for joint prompt tuning.")
    assert "In ZGP" not in found
    assert not any(r.tail == "In ZGP" for r in x.relations)


def test_a_new_thing_given_a_name_is_the_papers_own_whatever_the_verb(entities):
    found, x = entities("T", "In this paper, we focus on a new problem, referred to as goal-oriented zorb navigation "
                             "(GZN), where an agent learns. Our work also yields a new dialogue corpus called ZorbKG.")
    e = found["goal-oriented zorb navigation"]
    assert e.type == "Task" and not e.generic
    proposed = {r.tail for r in x.relations if r.rel == "proposes"}
    assert {e.name, "ZorbKG"} <= proposed
    found, x = entities("T", "Recently, a new logical form called ZorbPL has been introduced that models reasoning.")
    assert not any(r.rel == "proposes" for r in x.relations)


def test_the_description_before_a_given_name_is_not_a_second_proposal(entities):
    found, x = entities("T", "To address this, we propose a novel sequential collaboration framework named "
                             "Zorb-Analyze-Generate (ZAG).")
    assert "sequential collaboration" not in found
    assert {r.tail for r in x.relations if r.rel == "proposes"} == {"Zorb-Analyze-Generate"}


def test_a_title_name_the_abstract_never_repeats_is_the_data_it_releases(entities):
    found, _ = entities("ZorSeD: Morphological Segmentation of Zorbish",
                        "In this work, we release a wide-coverage Zorbish morphological segmentation evaluation set. "
                        "We evaluate a range of unsupervised segmenters.")
    assert found["ZorSeD"].type == "Dataset"
    found, _ = entities("ZorbGO: Transfer Learning towards a Zorbish Question Answering Model",
                        "This paper also releases the first manually annotated Zorbish dataset.")
    assert found["ZorbGO"].type != "Dataset"


def test_a_word_glued_after_a_name_by_a_lost_space_is_no_part_of_it(entities):
    found, _ = entities("T", "We propose a novel framework termed Zorb-QA. Zorb-QAapproximates query graphs, and "
                             "ZorbLMsare tuned. ZorbLMs help. We build ZorbBank and SQLorb.")
    assert "Zorb-QA" in found and not any(name.startswith(("Zorb-QAap", "ZorbLMsa")) for name in found)
    assert {"ZorbBank", "SQLorb"} <= set(found)


def test_a_task_the_paper_proposes_is_a_name_it_coins_even_if_the_title_has_it_too(entities):
    found, x = entities("Zorbic Glyph Identification Powered by Radical Semantics",
                        "This paper proposes an innovative task of zorbic glyph identification, which aims at "
                        "inferring labels of glyphs.")
    e = next(e for e in found.values() if e.name.lower() == "zorbic glyph identification")
    assert e.type == "Task" and not e.generic
    assert ("PAPER", "proposes", e.name) in {(r.head, r.rel, r.tail) for r in x.relations}
    found, x = entities("T", "We formulate knowledge selection as a problem of multi-hop zorbic graph reasoning.")
    assert not any(r.rel == "proposes" for r in x.relations)


def test_a_short_form_joins_the_phrase_that_puts_modifiers_before_its_long_form(entities):
    found, _ = entities("T", "Current clustering-based open relation extraction (OpenRE) methods apply clustering "
                             "algorithms. We show that OpenRE remains hard.")
    assert "OpenRE" not in found
    assert any("OpenRE" in e.aliases and e.type == "Task" for e in found.values())


def test_a_defined_task_that_specifies_a_known_one_is_named_in_full(entities):
    found, _ = entities("T", "Current clustering-based zorbic relation extraction (ZorbRE) methods apply clustering "
                             "algorithms. ZorbRE remains hard.")
    e = found["zorbic relation extraction"]
    assert e.type == "Task" and "ZorbRE" in e.aliases and "ZorbRE" not in found
    found, _ = entities("T", "We propose a Zorbic Fusion Network for Question Generation (ZFNQG) that fuses hops.")
    assert all(e.type != "Task" for e in found.values() if "ZFNQG" in e.aliases)


def test_custom_and_inappropriate_say_nothing_of_a_name(entities):
    found, x = entities("T", "We propose a custom architecture for zorbic alignment. Inappropriate fine-tuning of the "
                             "encoder hurts; careful hyperparameter tuning helps.")
    assert not {"custom architecture", "Inappropriate fine-tuning", "careful hyperparameter tuning"} & set(found)
    assert not any(r.rel == "proposes" and r.tail == "custom architecture" for r in x.relations)


def test_what_a_sentence_defines_as_a_task_is_one(entities):
    found, _ = entities("T", "Zorbcoding is the task of converting location mentions into coordinates. We propose "
                             "a new model for it.")
    assert found["Zorbcoding"].type == "Task" and found["Zorbcoding"].generic
    found, _ = entities("T", "Generating captions for zorbs is the task of describing them.")
    assert not any(e.type == "Task" for e in found.values())


def test_a_one_word_name_before_a_spaced_dash_names_the_contribution(entities):
    found, x = entities("ZorbEmp - Fine-tuning DialoGPT for Sarcasm and Empathy", "We fine-tune a chatbot.")
    assert "ZorbEmp" in found and ("PAPER", "proposes", "ZorbEmp") in {(r.head, r.rel, r.tail) for r in x.relations}


def test_a_social_platform_is_no_entity(entities):
    found, _ = entities("T", "Our dataset holds 562,508 comments from 9,090 videos across 482 TikTok accounts and "
                             "messages from WhatsApp groups.")
    assert not {"TikTok", "WhatsApp"} & set(found)


def test_a_measure_used_as_a_verb_is_no_metric(entities):
    found, _ = entities("T", "The index lets agents efficiently recall the most relevant knowledge.")
    assert "recall" not in found
    found, _ = entities("T", "Models were evaluated on accuracy, precision, recall, and macro F1-score.")
    assert found["recall"].type == "Metric"


def test_an_events_edition_with_its_task_number_names_the_shared_task(entities):
    found, _ = entities("Zorbteam at ZorbEval-2025 Task 11: Emotion Detection",
                        "We participated in Task 11 of the ZorbEval-2025 competition, on emotion detection.")
    e = found["ZorbEval-2025 Task 11"]
    assert e.type == "Dataset" and "ZorbEval-2025" in e.aliases and "ZorbEval-2025" not in found
    found, _ = entities("T", "We present our approach to the ZORBING-2025 Regulations Challenge, which evaluates LLMs.")
    assert found["ZORBING-2025 Regulations Challenge"].type == "Dataset"


def test_a_team_or_a_workshop_is_no_entity(entities):
    found, x = entities("T", "This paper describes the ZorbLangone team's approach to the shared task at the ZorbNLP "
                             "workshop, which extracts events from clinical notes.")
    assert not {"ZorbLangone", "ZorbNLP"} & set(found)
    assert not any(r.rel == "proposes" for r in x.relations)


def test_a_team_at_the_named_event_is_no_entity_but_a_shared_task_at_one_is(entities):
    found, _ = entities("ZorbChain Stars at the Regulations Challenge Task: A Model for Regulation", "We fine-tune.")
    assert not any(name.startswith("ZorbChain") for name in found)
    found, _ = entities("ZORBIRA Shared Task at the BioNLP 2025 Workshop: Assessing Similarity", "We compare goals.")
    assert any(name.startswith("ZORBIRA") for name in found)


def test_items_listed_after_a_task_that_end_in_a_tasks_head_are_tasks(entities):
    found, _ = entities("T", "This survey focuses on genomic sequence modeling, ZRNA structure prediction, protein "
                             "function inference, and single-cell transcriptomics.")
    assert {"ZRNA structure prediction", "protein function inference"} <= {
        name for name, e in found.items() if e.type == "Task"}
    assert "ZRNA" not in found


def test_precision_medicine_is_no_measure(entities):
    found, _ = entities("T", "LLMs drive innovations in bioinformatics and precision medicine.")
    assert "precision" not in found


def test_attacks_are_known_techniques_but_not_inside_letters_spelling_a_short_form(entities):
    found, _ = entities("T", "LLMs remain open to jailbreak attacks and backdoor attacks.")
    assert found["jailbreak attack"].type == "Method" and found["backdoor attack"].generic
    found, _ = entities("ZorbaL attacK sAfety: A Benchmark", "We test adversariaL attacK defences.")
    assert "adversarial attack" not in found


def test_settings_coordinated_before_a_known_technique_each_name_one(entities):
    found, _ = entities("T", "We compare zero-shot and few-shot prompting of ZorbLM, then supervised, semi-supervised "
                             "and unsupervised learning.")
    assert {"zero-shot prompting", "few-shot prompting", "supervised learning", "semi-supervised learning",
            "unsupervised learning"} <= {name for name, e in found.items() if e.type == "Method"}


def test_the_event_a_team_entered_is_its_shared_task(entities):
    found, x = entities("ZorbLangone at Zorbtimelines 2024: Open Models for Chemotherapy Event Extraction",
                        "This paper describes our approach to Subtask 2 of the Zorbtimelines 2024 shared task.")
    assert found["Zorbtimelines 2024"].type == "Dataset"
    found, _ = entities("ZorbTeam at the BioNLP 2025 Workshop: A Model", "We fine-tune.")
    assert not any(e.type == "Dataset" for e in found.values())


def test_a_model_makers_name_is_no_model(entities):
    found, _ = entities("T", "We use a locally hosted LLM, Mixtral 8x7B (Mistral AI, France), to extract events.")
    assert "Mistral" not in found and found["Mixtral 8x7B"].type == "Model"
