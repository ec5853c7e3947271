import os
import re
import shutil
import subprocess

import pytest

from kg import viz
from kg.errors import ConfigError, KgError


def test_neighbourhood_and_top_graphs(graph_dir):
    g = viz.claim_graph(graph_dir, entity="b")
    assert {d["name"] for _, d in g.nodes(data=True)} == {"A", "B", "C"}
    assert {d["rel"] for _, _, d in g.edges(data=True)} == {"outperforms"}
    top = viz.claim_graph(graph_dir, top=2)
    assert len(top) == 2
    with pytest.raises(KgError):
        viz.claim_graph(graph_dir, entity="nobody")


def test_html_is_self_contained_with_types_labels_and_evidence(graph_dir, tmp_path):
    out = tmp_path / "g.html"
    viz.write(viz.claim_graph(graph_dir, entity="A"), "A <&> B", out)
    page = out.read_text()
    assert not re.search(r"(src|href)=\"http", page) and "<script" not in page
    assert page.count('class="node"') == 4 and "outperforms" in page and "A &lt;&amp;&gt; B" in page
    with pytest.raises(ConfigError):
        viz.write(viz.claim_graph(graph_dir, entity="A"), "x", tmp_path / "g.gif")


def test_chromium_renders_the_nodes(graph_dir, tmp_path):
    if not shutil.which("chromium"):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed (.ci/run installs Debian's chromium)")
        pytest.skip("chromium is not installed")
    page = tmp_path / "g.html"
    viz.write(viz.claim_graph(graph_dir, top=10), "top", page)
    dom = subprocess.run(["chromium", *viz.CHROMIUM_FLAGS, f"--user-data-dir={tmp_path}/profile", "--dump-dom",
                          page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    for name in ("A", "B", "C", "WMT", "BLEU"):
        assert re.search(rf"<text[^>]*>{name}</text>", dom), name
    png = tmp_path / "g.png"
    viz.write(viz.claim_graph(graph_dir, top=10), "top", png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
