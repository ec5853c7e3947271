from kg import stats


def test_summary(graph_dir):
    s = stats.summary(graph_dir, top=3)
    assert {"class": "Paper", "count": 4} in s["classes"]
    assert {"relation": "outperforms", "claims": 3, "support": 4} in s["relations"]
    assert s["top_entities"][0] == {"entity": "A", "type": "Model", "papers": 3}
    assert s["most_evaluated_datasets"] == [{"dataset": "WMT", "papers": 2}]
    assert s["most_used_metrics"] == [{"metric": "BLEU", "papers": 1}]
    assert s["papers_per_period"] == [{"period": "2023", "papers": 1}, {"period": "2024-05", "papers": 2}]
    assert s["connectivity"] == [{"components": 2, "papers": 4, "papers_in_largest": 3, "share_in_largest": 0.75}]


def test_rank_orders_by_wins_and_reports_cycles(graph_dir):
    result = stats.rank(graph_dir)
    assert [r["entity"] for r in result.rows][0] == "A"
    a = result.rows[0]
    assert (a["wins"], a["losses"], a["papers"]) == (1, 1, 3)
    assert [sorted(c) for c in result.cycles] == [["A", "B", "C"]]
    assert [r["entity"] for r in stats.rank(graph_dir, entity_type="Method").rows] == ["C"]


def test_rank_filters_by_task_and_dataset(graph_dir):
    assert [r["entity"] for r in stats.rank(graph_dir, task="mt").rows] == ["A", "B"]
    assert {r["entity"] for r in stats.rank(graph_dir, dataset="WMT").rows} == {"A", "B", "C"}
    assert stats.rank(graph_dir, dataset='"} DROP ALL ; #').rows == []
