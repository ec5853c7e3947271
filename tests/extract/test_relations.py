import pytest

from kg.records import Paper


@pytest.fixture(scope="module")
def relations(extractor):
    def run(title, abstract):
        x = extractor.extract_one(Paper(title=title, abstract=abstract))
        return {(r.head, r.rel, r.tail): r for r in x.relations}
    return run


def test_proposes_evaluates_uses_metric_and_outperforms(relations):
    rels = relations("Sparse Adapters for Machine Translation",
                     "We propose Sparse Adapter Routing (SAR), a method for machine translation. "
                     "SAR outperforms LoRA on WMT14 in BLEU.")
    assert ("PAPER", "proposes", "Sparse Adapter Routing") in rels
    assert ("Sparse Adapter Routing", "outperforms", "LoRA") in rels
    assert ("Sparse Adapter Routing", "usesMetric", "BLEU") in rels
    assert ("Sparse Adapter Routing", "addressesTask", "machine translation") in rels


def test_negated_and_hypothetical_statements_give_no_relation(relations):
    rels = relations("Adapters", "We propose SAR, a method. SAR does not outperform LoRA. "
                                 "We ask whether SAR beats QLoRA.")
    assert not any(rel == "outperforms" for _, rel, _ in rels)


def test_evidence_is_the_sentence_with_offsets(relations):
    abstract = "Background first. We propose SAR, a method that outperforms LoRA."
    rels = relations("Adapters", abstract)
    r = rels[("SAR", "outperforms", "LoRA")]
    assert r.evidence.field == "abstract"
    assert abstract[r.evidence.start:r.evidence.end] == r.evidence.text == "We propose SAR, a method that outperforms LoRA."
    assert 0.0 < r.confidence <= 1.0 and r.extractor.startswith("rule:")


def test_metric_tied_to_models_and_datasets_in_one_clause(relations):
    rels = relations("Math", "We study arithmetic. GPT-4 reaches 80% accuracy on GSM8K, while BERT is not tested.")
    assert ("GPT-4", "usesMetric", "accuracy") in rels
    assert ("GSM8K", "usesMetric", "accuracy") in rels
    assert ("GPT-4", "evaluatesOn", "GSM8K") in rels
    assert ("BERT", "usesMetric", "accuracy") not in rels


def test_an_assessing_title_names_a_benchmark(extractor):
    from kg.records import Paper
    x = extractor.extract_one(Paper("SpatialQuest: Assessing Spatial Reasoning in LLMs", "We test models."))
    assert {e.name: e.type for e in x.entities}["SpatialQuest"] == "Dataset"


def test_comparison_subject_is_the_papers_own_method_or_the_named_model(relations):
    rels = relations("Fusion", "We propose FuseNet, a framework. Applied to LayoutLMv3, our framework reaches 90 AP, "
                               "surpassing BERT.")
    assert ("FuseNet", "outperforms", "BERT") in rels and ("LayoutLMv3", "outperforms", "BERT") not in rels
    rels = relations("Tart", "We propose TART, a module. TART improves GPT-Neo (125M) such that it outperforms BLOOM (176B).")
    assert ("GPT-Neo 125M", "outperforms", "BLOOM 176B") in rels


def test_a_benchmark_papers_models_are_evaluated_on_its_benchmark(relations):
    rels = relations("Puzzles", "We introduce PuzzleBench, a benchmark of logic puzzles. "
                                "Our experiments show that GPT-4o and Llama-3-8B, which fail on most puzzles, "
                                "trail humans by 40 points.")
    assert ("PAPER", "proposes", "PuzzleBench") in rels
    assert ("GPT-4o", "evaluatesOn", "PuzzleBench") in rels
    assert ("Llama-3-8B", "evaluatesOn", "PuzzleBench") in rels


def test_comparison_reaches_the_last_name_of_a_list_and_speedups_count(relations):
    rels = relations("Attention", "We propose SparkAttention, an attention method. SparkAttention outperforms "
                                  "LoRA, GPT-4o, and Gemini 2.0 Flash on long inputs, offering a 5x speedup over "
                                  "FlashAttention.")
    assert {("SparkAttention", "outperforms", t) for t in ("LoRA", "GPT-4o", "Gemini 2.0 Flash", "FlashAttention")} \
        <= set(rels)


def test_our_unnamed_method_beating_a_model_is_the_paper(relations):
    rels = relations("Layout analysis", "When applied to RoBERTa, our fusion framework reaches 89.7 AP, "
                                        "surpassing LayoutLMv3 with standard training.")
    assert ("PAPER", "outperforms", "LayoutLMv3") in rels
    assert not any(h == "RoBERTa" and r == "outperforms" for h, r, _ in rels)


def test_the_papers_named_method_in_an_experiment_sentence_is_evaluated_there(relations):
    rels = relations("Agents", "We propose StepPilot, a planning method. Experiments on WebArena show that "
                                "StepPilot helps GPT-4o and Llama-3-8B complete more tasks.")
    assert ("StepPilot", "evaluatesOn", "WebArena") in rels
    assert ("GPT-4o", "evaluatesOn", "WebArena") in rels


def test_a_base_model_in_a_leading_on_phrase_is_not_what_is_evaluated(relations):
    rels = relations("Credit", "We propose KESTREL, a policy optimization method, and ROOST, a tree builder. "
                               "On Qwen3-4B, KESTREL outperforms PPO on MathBench and CodeBench.")
    assert ("KESTREL", "evaluatesOn", "MathBench") in rels and ("KESTREL", "evaluatesOn", "CodeBench") in rels
    assert not any(h == "Qwen3-4B" and r == "evaluatesOn" for h, r, _ in rels)
    assert not any(h == "ROOST" and r == "evaluatesOn" for h, r, _ in rels)


def test_a_research_question_names_the_task_but_claims_nothing(relations):
    rels = relations("Mistakes", "In this work, we examine whether GPT-4o outperforms Llama-3-8B in "
                                 "mathematical reasoning tasks when no explanations are given.")
    assert ("PAPER", "addressesTask", "mathematical reasoning") in rels
    assert not any(r == "outperforms" for _, r, _ in rels)


def test_a_comparison_stops_at_parity_and_at_its_consequence(relations):
    rels = relations("Puzzles", "We propose KiteNet, a small model. KiteNet outperforms GPT-4o and Gemini 2.0 Flash "
                                "-and performs on par with Llama-3-70B trained via LoRA. KiteNet is better than "
                                "Mistral-7B, showing that search helps under PPO.")
    assert {("KiteNet", "outperforms", t) for t in ("GPT-4o", "Gemini 2.0 Flash", "Mistral-7B")} <= set(rels)
    assert not any(r == "outperforms" and t in {"Llama-3-70B", "LoRA", "Proximal Policy Optimization", "PPO"}
                   for _, r, t in rels)


def test_a_metric_ties_to_a_dataset_named_earlier_in_the_clause(relations):
    rels = relations("Exams", "On the MedBench collection of clinical exam questions written by doctors, "
                              "our method reaches 80% accuracy.")
    assert ("MedBench", "usesMetric", "accuracy") in rels


def test_a_metric_kept_rather_than_reported_is_no_relation(relations):
    rels = relations("Speed", "We propose FastKV, a cache method. FastKV runs 3x faster without sacrificing accuracy.")
    assert not any(r == "usesMetric" for _, r, _ in rels)


def test_a_metric_of_a_new_predicate_is_not_tied_to_the_datasets_before_it(relations):
    rels = relations("Math", "We propose KESTREL, a policy method. KESTREL outperforms PPO on MathBench and CodeBench, "
                             "and reaches higher validation accuracy with less compute.")
    assert not any(r == "usesMetric" and h in {"MathBench", "CodeBench"} for h, r, _ in rels)
    assert ("KESTREL", "usesMetric", "validation accuracy") in rels


def test_datasets_listed_after_their_task_address_it(relations):
    rels = relations("Cache eviction", "Across mathematical reasoning (GSM8K, ZorbMath-500), question answering "
                     "tasks (e.g., QuibQA) and the WMT14 machine translation benchmark, our method is faster. "
                     "Zorbic span labeling (ZSL) is hard.")
    for dataset, task in [("GSM8K", "mathematical reasoning"), ("ZorbMath-500", "mathematical reasoning"),
                          ("QuibQA", "question answering"), ("WMT14", "machine translation")]:
        assert (dataset, "addressesTask", task) in rels
    assert ("ZorbMath-500", "addressesTask", "question answering") not in rels
    assert not any(head == "ZSL" for head, _, _ in rels)


def test_a_name_the_text_calls_new_is_proposed(relations):
    rels = relations("Sparse lexicons", "We address this question with Zorvath, a novel method for entity linking. "
                                        "Results on AIDA improve.")
    assert ("PAPER", "proposes", "Zorvath") in rels
    assert ("Zorvath", "addressesTask", "entity linking") in rels


def test_tasks_listed_after_an_evaluated_one_are_evaluated_too(relations):
    rels = relations("Caches", "We propose ZorbKV, a caching method. Across mathematical reasoning (GSM8K), "
                     "question answering, and summarization, ZorbKV outperforms LoRA. "
                     "It is evaluated on machine translation, while dialogue remains hard.")
    for task in ("mathematical reasoning", "question answering", "summarization", "machine translation"):
        assert ("ZorbKV", "addressesTask", task) in rels
    assert ("ZorbKV", "addressesTask", "dialogue") not in rels


def test_a_name_after_a_description_of_the_papers_own_thing_is_proposed(relations):
    rels = relations("Dutch models", "We evaluate our adapted models, ZorbLlama-2, on a novel Dutch benchmark, "
                                     "ZorbBench. We compare with prior systems, ZorbOld.")
    assert ("PAPER", "proposes", "ZorbLlama-2") in rels and ("PAPER", "proposes", "ZorbBench") in rels
    assert ("PAPER", "proposes", "ZorbOld") not in rels


def test_the_winner_of_a_comparison_was_run_on_the_sentences_dataset(relations):
    rels = relations("Explanations", "Using ZorbWorld as a testbed, we show how Zorb Networks (ZNs) outperform "
                                     "Transformers in discovering explanations.")
    assert ("Zorb Networks", "outperforms", "Transformer") in rels
    assert ("Zorb Networks", "evaluatesOn", "ZorbWorld") in rels


def test_a_sentence_opening_on_datasets_reports_results_there(relations):
    rels = relations("Video", "We propose ZorbDiff, a distillation method. On VBench and UCF-101, ZorbDiff matches "
                              "the FVD of its teacher.")
    assert ("ZorbDiff", "evaluatesOn", "VBench") in rels and ("ZorbDiff", "evaluatesOn", "UCF-101") in rels


def test_the_description_after_a_named_proposal_is_not_a_second_proposal(relations):
    rels = relations("Thinking", "We propose ZorbThink, an adaptive reasoning framework that trains a policy "
                                 "to decide when to think. "
                                 "We also propose a stepping-stone text augmentation strategy.")
    assert ("PAPER", "proposes", "ZorbThink") in rels
    assert ("PAPER", "proposes", "stepping-stone text augmentation") in rels
    assert ("PAPER", "proposes", "adaptive reasoning") not in rels


def test_we_present_is_a_proposal_even_when_tagged_as_an_adjective(relations):
    rels = relations("ZorbLM", "We present ZorbLM. ZorbLM achieves state-of-the-art results.")
    assert ("PAPER", "proposes", "ZorbLM") in rels


@pytest.mark.parametrize("verb", ["is outperformed by", "underperforms", "lags behind", "trails", "falls short of"])
def test_a_comparison_in_the_losers_voice_names_the_other_the_winner(relations, verb):
    rels = relations("Models", f"Qwen2.5-7B {verb} Llama-3-8B on MATH.")
    assert ("Llama-3-8B", "outperforms", "Qwen2.5-7B") in rels
    assert ("Qwen2.5-7B", "outperforms", "Llama-3-8B") not in rels


def test_setting_a_state_of_the_art_on_a_dataset_is_an_evaluation(relations):
    rels = relations("ZorbNet", "We propose ZorbNet, a vision backbone. ZorbNet sets a new state of the art on "
                                "ImageNet and CIFAR-100.")
    assert ("ZorbNet", "evaluatesOn", "ImageNet") in rels and ("ZorbNet", "evaluatesOn", "CIFAR-100") in rels


def test_a_named_task_the_paper_introduces_is_proposed(relations):
    rels = relations("T", "We introduce the Zorbic Mask Prediction (ZMP) task, where the model fills masked spans.")
    assert ("PAPER", "proposes", "Zorbic Mask Prediction") in rels
    rels = relations("T", "We study Zorbic Mask Prediction (ZMP) with small models.")
    assert ("PAPER", "proposes", "Zorbic Mask Prediction") not in rels


def test_a_sentence_about_the_papers_named_method_gives_its_tasks(relations):
    rels = relations("ZorbNet: a module", "We propose ZorbNet, a plug-in module. ZorbNet improves performance across "
                                          "model sizes and tasks (14 zorbic binary classification tasks).")
    assert ("ZorbNet", "addressesTask", "zorbic binary classification") in rels
    assert rels[("ZorbNet", "addressesTask", "zorbic binary classification")].extractor == "rule:addressesTask:own"


def test_what_a_comparison_ran_with_is_not_compared(relations):
    rels = relations("T", "We propose ZorbPO. ZorbPO outperforms GRPO and DAPO on AIME 2024 using Qwen2.5-Math-7B.")
    assert ("ZorbPO", "outperforms", "DAPO") in rels
    assert ("ZorbPO", "outperforms", "Qwen2.5-Math-7B") not in rels
    rels = relations("T", "Models trained with ZorbRoPE outperform those using ALiBi.")
    assert ("ZorbRoPE", "outperforms", "ALiBi") in rels


def test_a_corpus_one_model_was_trained_on_is_no_test_of_the_others(relations):
    rels = relations("T", "Our 1.3B model, ZorbLM, trained on 100B tokens of the ZorbWeb corpus, outperforms "
                          "Pythia-1.4B and OPT-1.3B on HellaSwag.")
    assert ("Pythia-1.4B", "evaluatesOn", "HellaSwag") in rels
    assert ("Pythia-1.4B", "evaluatesOn", "ZorbWeb") not in rels and ("OPT-1.3B", "evaluatesOn", "ZorbWeb") not in rels
    rels = relations("T", "Results: mBART fine-tuned on the MultiZorb dataset reaches 80% accuracy on MultiZorb.")
    assert ("mBART", "evaluatesOn", "MultiZorb") in rels


def test_a_class_of_techniques_is_no_specific_loser(relations):
    rels = relations("T", "ZorbNet outperforms previous LoRA and adapter methods, DPO-based approaches, "
                          "ELMo models and GPT-4.")
    assert ("ZorbNet", "outperforms", "GPT-4") in rels and ("ZorbNet", "outperforms", "ELMo") in rels
    assert not any(t in {"LoRA", "DPO", "Direct Preference Optimization"} for _, r, t in rels if r == "outperforms")


def test_improves_a_metric_over_a_system_is_a_win(relations):
    rels = relations("T", "We propose ZorbRAG, a retrieval method. On HotpotQA, ZorbRAG improves F1 by 5.3 points "
                          "over QuarkRAG. We study improving question answering over Zorbic Health Records.")
    assert ("ZorbRAG", "outperforms", "QuarkRAG") in rels
    assert not any(rel == "outperforms" and tail != "QuarkRAG" for _, rel, tail in rels)


def test_a_relative_clause_with_whose_is_no_part_of_the_proposal(relations):
    rels = relations("T", "We propose ZorbAttention, a linear attention mechanism whose feature map is a small "
                          "QuarkNet trained to mimic softmax attention.")
    assert ("PAPER", "proposes", "ZorbAttention") in rels
    assert ("PAPER", "proposes", "QuarkNet") not in rels


def test_a_gain_over_names_the_loser_and_its_subject_the_winner(relations):
    rels = relations("T", "ZorbSeg achieves an average improvement of 0.9 BLEU over BPE and an average improvement "
                          "of 0.55 BLEU over ZorbPiece on WMT.")
    assert {("ZorbSeg", "outperforms", "byte-pair encoding"), ("ZorbSeg", "outperforms", "ZorbPiece")} <= set(rels)
    assert ("byte-pair encoding", "outperforms", "ZorbPiece") not in rels
    rels = relations("T", "We propose ZorbMT. We achieved an improvement of 3.6 BLEU over the baseline by applying "
                          "techniques such as back-translation.")
    assert not any(rel == "outperforms" and tail == "back-translation" for _, rel, tail in rels)


def test_a_loser_named_before_the_comparison_too_is_still_beaten(relations):
    rels = relations("T", "We introduce ZorbCoder, a framework. Against GlimCoder, ZorbCoder achieves a higher "
                          "Pass@1 after 2 rounds, outperforming GlimCoder's 5 rounds.")
    assert ("ZorbCoder", "outperforms", "GlimCoder") in rels


def test_it_after_a_proposal_is_the_papers_method(relations):
    rels = relations("T", "We introduce ZorbCoder, a framework. Compared to SOTA models, it improves Pass@1 by 3.0% "
                          "over FlimCoder with less cost.")
    assert ("ZorbCoder", "outperforms", "FlimCoder") in rels


def test_every_system_said_to_be_better_than_those_compared_with_beats_them(relations):
    rels = relations("T", "Our experiments show that compared with general-purpose LLMs like Llama-2 and GPT-3, "
                          "code models like ZorbCoder and QuuxCoder are significantly better in causal reasoning.")
    assert {(h, "outperforms", t) for h in ("ZorbCoder", "QuuxCoder") for t in ("Llama-2", "GPT-3")} <= set(rels)
    rels = relations("T", "Compared with Llama-2, ZorbCoder and QuuxCoder are comparable in reasoning.")
    assert not any(r[1] == "outperforms" for r in rels)


def test_what_the_beaten_systems_are_for_is_not_beaten(relations):
    found = relations("T", "We propose ZorbS3. ZorbS3 outperforms existing methods of data annotation for "
                           "in-context learning and BM25.")
    assert ("ZorbS3", "outperforms", "BM25") in found
    assert ("ZorbS3", "outperforms", "in-context learning") not in found


def test_established_architectures_compared_against_are_techniques(relations):
    rels = relations("ZorbRet: An Energy-based Retriever",
                     "We propose ZorbRet. ZorbRet substantially outperforms a bi-encoder and the strong "
                     "cross-encoder baseline.")
    assert ("ZorbRet", "outperforms", "cross-encoder") in rels
    assert ("ZorbRet", "outperforms", "bi-encoder") in rels


def test_the_items_a_counted_proposal_lists_after_its_colon_are_proposed(relations):
    rels = relations("T", "Specifically, we propose two decoding strategies: zorbic prompt pooling with optimal "
                          "transport for hidden states and calibrated zorb decoding for class scores.")
    assert ("PAPER", "proposes", "zorbic prompt pooling") in rels
    assert ("PAPER", "proposes", "calibrated zorb decoding") in rels
    assert ("PAPER", "proposes", "optimal transport") not in rels


def test_a_counted_list_misread_or_of_descriptions_proposes_nothing_by_itself(relations):
    rels = relations("T", "We introduce two methods: a zorbic translation and parsing model with one encoder and "
                          "decoder, and a mixed zorb model that learns from parsed and unparsed source sentences. "
                          "We also introduce three strategies: (i) a zorb embedding approach; (ii) a concatenation "
                          "approach, and (iii) a matching approach.")
    assert not any(rel == "proposes" for _, rel, _ in rels)


def test_models_fine_tuned_on_a_dataset_are_evaluated_on_it(relations):
    rels = relations("T", "We introduce ZorbSet, a curated dataset. We analyze its impact by fine-tuning three "
                          "commonly used models, i.e., mBART, mT5 and Mistral-7B on ZorbSet.")
    assert {("mBART", "evaluatesOn", "ZorbSet"), ("mT5", "evaluatesOn", "ZorbSet"),
            ("Mistral-7B", "evaluatesOn", "ZorbSet")} <= set(rels)
    rels = relations("T", "We show that it occurs in trained models on a subset of the ZorbFlan dataset in open "
                          "(OLMo-2-7B) and closed (GPT-4o) models.")
    assert ("GPT-4o", "evaluatesOn", "ZorbFlan") in rels


def test_what_follows_a_comma_and_with_is_not_compared(relations):
    rels = relations("T", "Experiments show that ZorbMath surpasses ZorbBase-7B in robustness, with two decoding "
                          "algorithms, beam search and self-consistency.")
    assert ("ZorbMath", "outperforms", "ZorbBase-7B") in rels
    assert not any(rel == "outperforms" and tail in {"beam search", "self-consistency"} for _, rel, tail in rels)


def test_our_named_model_is_proposed_but_not_our_model_for_a_defined_task(relations):
    rels = relations("T", "We present ZorbSet, a compact dataset. Our Zorb2NER models, trained on ZorbSet, outperform "
                          "GPT-4. Automatic post-editing (APE) corrects errors; our APE model is small.")
    assert ("PAPER", "proposes", "Zorb2NER") in rels
    assert not any(rel == "proposes" and tail in {"APE", "Automatic post-editing"} for _, rel, tail in rels)


def test_our_named_resource_is_proposed(relations):
    rels = relations("T", "We build two parallel datasets, with idioms sampled from our ZorbIdioms resource, a "
                          "collection of 2,200 idioms.")
    assert ("PAPER", "proposes", "ZorbIdioms") in rels


def test_the_abstracts_own_method_speaks_for_the_paper_before_a_name_only_the_title_gives(relations):
    rels = relations("ZorbDoM: Multi-Document QA with Visually Rich Elements",
                     "This paper introduces ZorbDoMBench, a benchmark. We propose ZorbDoMRAG, a novel approach. "
                     "Experiments show that our approach improves accuracy on ZorbDoMBench.")
    assert ("ZorbDoMRAG", "evaluatesOn", "ZorbDoMBench") in rels and ("ZorbDoMRAG", "usesMetric", "accuracy") in rels
    assert not any(head == "ZorbDoM" and rel != "proposes" for head, rel, _ in rels)


def test_a_survey_speaks_of_itself_as_a_paper_does(extractor):
    x = extractor.extract_one(Paper(title="Zorbic Models in Bioinformatics: A Survey",
                                    abstract="This survey provides a systematic review of recent advancements, "
                                             "focusing on zorbic sequence modeling."))
    assert ("PAPER", "addressesTask", "zorbic sequence modeling") in {(r.head, r.rel, r.tail) for r in x.relations}


def test_better_qualifying_a_verb_compares_nothing(extractor):
    x = extractor.extract_one(Paper(title="T", abstract="To better adapt to multi-task fine-tuning, we propose a "
                                                        "Mixture of Zorbic Experts (MoZE) for LoRA."))
    assert not any(r.rel == "outperforms" for r in x.relations)
    x = extractor.extract_one(Paper(title="T", abstract="ZorbNet works better than LoRA on GSM8K."))
    assert ("ZorbNet", "outperforms", "LoRA") in {(r.head, r.rel, r.tail) for r in x.relations}


@pytest.mark.parametrize("abstract, expected", [
    ("Results show that compared to traditional LoRA and its variants, ZorbMoRE significantly improves accuracy.",
     {("ZorbMoRE", "outperforms", "LoRA")}),
    ("Compared with LoRA, ZorbMoRE achieves higher accuracy on GSM8K.", {("ZorbMoRE", "outperforms", "LoRA")}),
    ("Compared with LoRA, ZorbMoRE achieves comparable accuracy on GSM8K.", set()),
    ("Compared with LoRA, ZorbMoRE does not improve accuracy on GSM8K.", set()),
])
def test_what_a_fronted_comparison_names_loses_to_the_clauses_subject(extractor, abstract, expected):
    x = extractor.extract_one(Paper(title="T", abstract=abstract))
    assert {(r.head, r.rel, r.tail) for r in x.relations if r.rel == "outperforms"} == expected


def test_a_negation_after_the_dataset_does_not_undo_the_evaluation(relations):
    rels = relations("ZorbMix", "We propose ZorbMix, a new method. We evaluate ZorbMix on the QuibBench benchmark and "
                     "show that it helps without introducing additional parameters. We do not evaluate on FlumQA.")
    assert ("ZorbMix", "evaluatesOn", "QuibBench") in rels
    assert not any(tail == "FlumQA" for _, rel, tail in rels if rel == "evaluatesOn")
