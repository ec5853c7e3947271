from hypothesis import given, strategies as st

from kg.extract.abbreviations import find_abbreviations


def pairs(text):
    return [(a.long, a.short) for a in find_abbreviations(text)]


def test_long_and_short_forms_with_offsets():
    text = "We study Learned Sparse Retrievers (LSR) and supervised fine-tuning (SFT)."
    found = find_abbreviations(text)
    assert [(a.long, a.short) for a in found] == [("Learned Sparse Retrievers", "LSR"), ("supervised fine-tuning", "SFT")]
    for a in found:
        assert text[a.long_start:a.long_end] == a.long and text[a.short_start:a.short_end] == a.short


def test_plural_short_form_and_letters_inside_words():
    assert pairs("Large Language Models (LLMs) are used.") == [("Large Language Models", "LLMs")]
    assert pairs("reinforcement learning from human feedback (RLHF)") == [
        ("reinforcement learning from human feedback", "RLHF")]


def test_short_form_first_then_its_expansion():
    text = "We propose OREO (Offline Reasoning Optimization), an offline RL method."
    found = find_abbreviations(text)
    assert [(a.long, a.short) for a in found] == [("Offline Reasoning Optimization", "OREO")]
    assert text[found[0].long_start:found[0].long_end] == found[0].long
    assert text[found[0].short_start:found[0].short_end] == "OREO"
    assert pairs("We use BERT (a strong encoder) and GPT-4 (OpenAI, 2023).") == []
    assert pairs("we introduce ZorDiE(Zorb, Discriminate, Evolve), a framework") == [
        ("Zorb, Discriminate, Evolve", "ZorDiE")]  # no space before the parenthesis


def test_not_abbreviations():
    assert pairs("models (e.g., GPT)") == []
    assert pairs("GPT-Neo (125M) is small") == []
    assert pairs("the results (see Table 2)") == []
    assert pairs("they are more successful in zorbic model editing (MZED) than others") == []


@given(st.text(max_size=300))
def test_offsets_always_point_into_the_text(text):
    for a in find_abbreviations(text):
        assert text[a.long_start:a.long_end] == a.long
        assert text[a.short_start:a.short_end] == a.short


def test_a_name_given_in_parentheses_with_called():
    (a,) = find_abbreviations("We introduce Staged Query Expansion (called SQUIRE), a cheap method.")
    assert (a.long, a.short) == ("Staged Query Expansion", "SQUIRE")


def test_an_expansion_wrapped_in_latex_markup():
    text = r"we propose KITE (\textbf{Key Item Token Eviction}), a cache policy"
    (a,) = find_abbreviations(text)
    assert (a.long, a.short) == ("Key Item Token Eviction", "KITE") and text[a.long_start:a.long_end] == a.long


def test_a_title_name_whose_capitals_are_the_initials_of_what_follows_is_its_short_form():
    assert pairs("GradLiBO: Gradient Lifted Bilevel Optimization for Data Mixing") == [
        ("Gradient Lifted Bilevel Optimization", "GradLiBO")]
    assert pairs("SeerNet: Learning Sparse Networks in Your Model") == []
    assert pairs("A study: Gradient Lifted Bilevel Optimization") == []


def test_markdown_emphasis_is_not_part_of_a_long_form():
    (a,) = find_abbreviations("We present **Zorbic Post-Training Quantization (ZPTQ)** for LLMs.")
    assert a.long == "Zorbic Post-Training Quantization"
    assert find_abbreviations("We propose **Z**orbic **C**lustering (ZC).") == []


def test_initials_that_spell_the_short_form_give_the_whole_long_form():
    found = find_abbreviations("we introduce Extendable Exponent Sharing (EES), and Annotator Aware Representations "
                               "for Texts (AART)")
    assert [(a.long, a.short) for a in found] == [("Extendable Exponent Sharing", "EES"),
                                                  ("Annotator Aware Representations for Texts", "AART")]


def test_a_hyphenated_word_gives_its_own_initial_or_its_parts():
    found = find_abbreviations("a model called a Transformer-based Text Autoencoder (T-TA), with a Mixture-of-Personas "
                               "(MoP) prompt")
    assert [(a.long, a.short) for a in found] == [("Transformer-based Text Autoencoder", "T-TA"),
                                                  ("Mixture-of-Personas", "MoP")]


def test_a_short_form_after_a_comma_that_ends_the_clause():
    assert pairs("We propose Mutual-Information Zorbic Policy Optimization, MIZPO. MIZPO adapts.") == [
        ("Mutual-Information Zorbic Policy Optimization", "MIZPO")]
    assert pairs("And Natural Zorb Questions, NZQ, which we use.") == [("Natural Zorb Questions", "NZQ")]
    assert pairs("We compare Zorbic Policy Optimization, BERT, and GPT.") == []
