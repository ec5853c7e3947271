"""Scoring extraction records against gold records, by the matching rules of GUIDELINES.md.

Papers match by normalised title; two entities match when their surface-form sets (name and
aliases, lower-case alphanumerics) intersect, one-to-one, exact names first; a relation matches
when its name is equal and both ends map onto a gold relation's ends. Micro-averaged.
"""

import json
import re
from collections import Counter
from pathlib import Path

from .errors import InputError
from .records import ENTITY_TYPES, RELATIONS, title_key

SUMMARY_KEYS = ("any", "typed", "lenient", "named", "rel")


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def _forms(e: dict) -> set[str]:
    return {_norm(x) for x in [e["name"], *e.get("aliases", [])] if _norm(x)}


def load_records(path: Path) -> dict[str, dict]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                out[title_key(rec["title"])] = rec
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise InputError(path, f"not a record: {err}", n) from None
    return out


def _match(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    pairs, used_g, used_p = {}, set(), set()
    for exact in (True, False):
        for i, p in enumerate(pred):
            if i in used_p:
                continue
            for j, g in enumerate(gold):
                if j in used_g:
                    continue
                if (_norm(p["name"]) == _norm(g["name"])) if exact else (_forms(p) & _forms(g)):
                    pairs[i] = j
                    used_g.add(j)
                    used_p.add(i)
                    break
    return pairs


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score(gold_recs: dict[str, dict], pred_recs: dict[str, dict]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    missing = 0
    for key, g in gold_recs.items():
        p = pred_recs.get(key)
        if p is None:
            missing += 1
            p = {"entities": [], "relations": []}
        ge, pe = g["entities"], p.get("entities", [])
        pairs = _match(ge, pe)
        for i, e in enumerate(pe):
            j = pairs.get(i)
            if j is None:
                for k in ("any", "typed", "lenient", "named", "type:" + e.get("type", "?")):
                    fp[k] += 1
                continue
            gt, pt = ge[j]["type"], e.get("type")
            ok = gt == pt
            lenient = ok or {gt, pt} == {"Model", "Method"}
            tp["any"] += 1
            tp["typed"] += ok
            fp["typed"] += not ok
            tp["lenient"] += lenient
            fp["lenient"] += not lenient
            if not ge[j].get("generic", False):
                tp["named"] += ok
                fp["named"] += not ok
            tp["type:" + gt] += ok
            fp["type:" + str(pt)] += not ok
        inverse = {j: i for i, j in pairs.items()}
        for j, e in enumerate(ge):
            pt = pe[inverse[j]].get("type") if j in inverse else None
            if pt is None:
                fn["any"] += 1
            if pt != e["type"]:
                fn["typed"] += 1
                fn["type:" + e["type"]] += 1
                if not e.get("generic", False):
                    fn["named"] += 1
            if pt is None or (pt != e["type"] and {e["type"], pt} != {"Model", "Method"}):
                fn["lenient"] += 1
        gname = {_norm(e["name"]): j for j, e in enumerate(ge)}
        gold_rel = set()
        for r in g["relations"]:
            h = "PAPER" if r["head"] == "PAPER" else gname.get(_norm(r["head"]))
            t = "PAPER" if r["tail"] == "PAPER" else gname.get(_norm(r["tail"]))
            gold_rel.add((h, r["rel"], t))
        pname = {}
        for i, e in enumerate(pe):
            pname.setdefault(_norm(e["name"]), i)

        def end(x):
            if x == "PAPER":
                return "PAPER"
            i = pname.get(_norm(x))
            return ("unmatched", _norm(x)) if i is None or i not in pairs else pairs[i]

        pred_rel = {(end(r["head"]), r["rel"], end(r["tail"])) for r in p.get("relations", [])}
        for rel in pred_rel:
            ok = rel in gold_rel
            tp["rel"] += ok
            fp["rel"] += not ok
            tp["rel:" + rel[1]] += ok
            fp["rel:" + rel[1]] += not ok
        for rel in gold_rel - pred_rel:
            fn["rel"] += 1
            fn["rel:" + rel[1]] += 1
    result = {k: _prf(tp[k], fp[k], fn[k]) for k in SUMMARY_KEYS}
    result["by_type"] = {t: _prf(tp["type:" + t], fp["type:" + t], fn["type:" + t]) for t in ENTITY_TYPES}
    result["by_relation"] = {r: _prf(tp["rel:" + r], fp["rel:" + r], fn["rel:" + r]) for r in RELATIONS}
    result["papers"] = len(gold_recs)
    result["papers_missing"] = missing
    return result


def format_scores(res: dict) -> str:
    lines = [f"papers {res['papers']} (missing in prediction: {res['papers_missing']})"]
    for k in SUMMARY_KEYS:
        s = res[k]
        lines.append(f"{k:>8}  P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    for group in ("by_type", "by_relation"):
        for k, s in res[group].items():
            lines.append(f"  {k:>14}  P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  "
                         f"(tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    return "\n".join(lines)


def confidence_bands(gold_recs: dict[str, dict], pred_recs: dict[str, dict],
                     edges=(0.0, 0.6, 0.7, 0.8, 1.01)) -> list[dict]:
    """Relation precision per confidence band: evidence that confidence means something."""
    bands = []
    for lo, hi in zip(edges, edges[1:]):
        subset = {}
        for key, rec in pred_recs.items():
            rels = [r for r in rec.get("relations", []) if lo <= r.get("confidence", 0.0) < hi]
            subset[key] = {**rec, "relations": rels}
        s = score(gold_recs, subset)["rel"]
        bands.append({"band": f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}", "relations": s["tp"] + s["fp"],
                      "correct": s["tp"], "precision": s["p"]})
    return bands
