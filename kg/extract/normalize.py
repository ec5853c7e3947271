"""Normal forms of entity names: matching keys, canonical spelling, model family/version/size.

Plain functions on strings; both the extractor (one paper) and the linker (across papers)
use them, so that "Llama-3-8B", "LLaMA 3 8B" and "llama3 8b" meet.
"""

import re
import unicodedata

_SIZE = re.compile(r"(?<![A-Za-z0-9.])(\d+(?:x\d+)?(?:\.\d+)?)\s*([BMKT])(?![A-Za-z0-9])", re.IGNORECASE)
_VARIANT = re.compile(r"[-\s](instruct|chat|base|it|sft|dpo|rlhf|turbo|mini|preview|coder|math|vl|vision"
                      r"|large|small|medium|tiny|xl|xxl)\b", re.IGNORECASE)


def fold(text: str) -> str:
    """Unicode-compatible, case-folded, whitespace-normalised form."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def match_key(text: str) -> str:
    """Lower-case alphanumerics and a final "+" ("HumanEval+" is another benchmark than HumanEval): the
    key on which two surface forms are the same name."""
    folded = fold(text)
    key = re.sub(r"[^0-9a-z]+", "", folded)
    return key + "+" * (len(folded) - len(folded.rstrip("+"))) if key else key


_PLURAL_EXCEPTIONS = ("ss", "us", "is", "ics")


def singular_key(text: str) -> str:
    """match_key with a final plural 's' removed, so "Transformers" meets "Transformer"."""
    key = match_key(text)
    if len(key) > 4 and key.endswith("s") and not key.endswith(_PLURAL_EXCEPTIONS):
        return key[:-1]
    return key


def model_parts(name: str) -> tuple[str | None, str | None, str | None]:
    """(family, version, parameter size) of a model name, e.g. Llama-3-8B -> (Llama, 3, 8B)."""
    size = None
    name = re.sub(r"-A\d+(?:\.\d+)?B\b", "", name)  # a mixture of experts' active size: "Qwen3-235B-A22B"
    name = re.sub(r"-v\d+(?:\.\d+)*$", "", name)  # a release: "Mistral-7B-Instruct-v0.2"
    sizes = list(_SIZE.finditer(name))
    if sizes:
        m = sizes[-1]
        size = f"{m.group(1)}{m.group(2).upper()}"
        name = (name[: m.start()] + name[m.end():])
    name = re.sub(r"[()]", " ", name)
    name = re.sub(r"\s+", " ", _VARIANT.sub(" ", name))
    name = re.sub(r"[\s\-_]+$", "", name.strip())
    m = re.match(r"^(.*?[A-Za-z])[-\s]?(\d+(?:\.\d+)*[a-z]?)$", name)
    if m and not re.search(r"\d", m.group(1)) and len(re.sub(r"[^A-Za-z]", "", m.group(1))) >= 2:
        family, version = m.group(1).rstrip("- "), m.group(2)
    else:
        family, version = name.strip(" -") or None, None
    return family or None, version, size


def sized_name(base: str, size: str) -> str:
    """The canonical name of a checkpoint written as "BASE (SIZE)": "BLOOM (176B)" -> "BLOOM 176B"."""
    return f"{base.strip()} {size.strip()}"
