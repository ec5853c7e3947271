import json
import subprocess
import sys

import pytest

from .conftest import DATA, shared_file


def kg(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=300)


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "bad").iterdir()))
def test_bad_input_is_one_line_without_traceback(tmp_path, name):
    r = kg("extract", DATA / "bad" / name, "-o", tmp_path / "out.jsonl")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1 and name in r.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_build_query_export_from_the_command_line(tmp_path):
    data = tmp_path / "d"
    r = kg("build", DATA / "papers.txt", "--data-dir", data)
    assert r.returncode == 0, r.stderr
    assert "3 papers" in r.stderr
    r = kg("query", "sparql", "SELECT ?name WHERE { ?d a kg:Dataset ; skos:prefLabel ?name }", "--data-dir", data,
           "--format", "json")
    assert {"name": "GlossNet"} in json.loads(r.stdout)
    r = kg("query", "sparql", "CLEAR ALL", "--data-dir", data)
    assert r.returncode == 2 and "refused" in r.stderr
    r = kg("export", "--data-dir", data, "--format", "ntriples", "-o", tmp_path / "g.nt")
    assert r.returncode == 0 and (tmp_path / "g.nt").stat().st_size > 0
    r = kg("stats", "--data-dir", data, "--format", "csv")
    assert r.returncode == 0 and "class,count" in r.stdout


def test_validate_command(tmp_path, sample_build):
    assert kg("validate", sample_build / "graph.ttl").returncode == 0
    bad = tmp_path / "bad.ttl"
    bad.write_text('<https://w3id.org/kg-ml/id/paper/x> a <https://w3id.org/kg-ml/ontology#Paper> .\n')
    r = kg("validate", bad)
    assert r.returncode == 3 and "does not conform" in r.stdout
    bad.write_text("this is not turtle")
    r = kg("validate", bad)
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_eval_prints_the_same_figures_as_score_py(tmp_path):
    gold = shared_file("gold", "dev.jsonl")
    pages = [shared_file("corpus", "hf-daily-papers-1.txt"), shared_file("corpus", "hf-daily-papers-2.txt")]
    ours = kg("eval", "--gold", gold, *pages)
    assert ours.returncode == 0, ours.stderr
    assert kg("extract", *pages, "-o", tmp_path / "pred.jsonl").returncode == 0
    theirs = subprocess.run([sys.executable, gold.parent / "score.py", gold, tmp_path / "pred.jsonl"],
                            capture_output=True, text=True)
    assert ours.stdout.strip() == theirs.stdout.strip()


def test_help_everywhere():
    for args in ([], ["build"], ["query", "sparql"], ["query", "cypher"], ["export"], ["eval"], ["load"], ["stats"]):
        r = kg(*args, "--help")
        assert r.returncode == 0 and "Usage" in r.stdout


def test_stats_rank_viz_commands(sample_build, tmp_path):
    r = kg("stats", "--data-dir", sample_build, "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)["connectivity"][0]["papers"] == 5
    r = kg("rank", "--data-dir", sample_build, "--format", "json")
    assert r.returncode == 0 and "ranking" in json.loads(r.stdout)
    r = kg("viz", "--data-dir", sample_build, "--top", "5", "-o", tmp_path / "top.html")
    assert r.returncode == 0 and (tmp_path / "top.html").read_text().count('class="node"') == 5
