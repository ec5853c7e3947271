from hypothesis import given, strategies as st

from kg.extract.normalize import match_key, model_parts, singular_key


def test_spelling_variants_share_a_key():
    assert match_key("GPT-4") == match_key("GPT4") == match_key("gpt 4")
    assert match_key("Llama-3-8B") == match_key("LLaMA 3 8B")
    assert singular_key("Transformers") == singular_key("Transformer")
    assert singular_key("Lexical Analysis") == "lexicalanalysis"
    assert match_key("BERT+CRF") == match_key("BERT-CRF")


def test_a_final_plus_makes_another_name():
    assert match_key("HumanEval+") != match_key("HumanEval")
    assert match_key("C++") == "c++" and match_key("+") == ""


def test_model_family_version_size():
    assert model_parts("Llama-3-8B") == ("Llama", "3", "8B")
    assert model_parts("GPT-Neo 125M") == ("GPT-Neo", None, "125M")
    assert model_parts("Qwen3-1.7B") == ("Qwen", "3", "1.7B")
    assert model_parts("Mistral-7B-Instruct") == ("Mistral", None, "7B")
    assert model_parts("Qwen3-235B-A22B") == ("Qwen", "3", "235B")  # the active size is no part of it
    assert model_parts("Mistral Small 3.1") == ("Mistral", "3.1", None)
    assert model_parts("Mixtral-8x7B") == ("Mixtral", None, "8x7B")
    assert model_parts("T5") == ("T5", None, None)


@given(st.text(max_size=80))
def test_keys_are_idempotent_lowercase_alphanumerics(text):
    key = match_key(text)
    assert key == match_key(key)
    assert all(c.isascii() and (c.isdigit() or c.islower()) for c in key.rstrip("+"))
    assert singular_key(text) in (key, key[:-1])


@given(st.text(max_size=40))
def test_model_parts_never_fail(text):
    family, version, size = model_parts(text)
    assert size is None or size[-1] in "BMKT"
