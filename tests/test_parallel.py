import gc
import os

from kg.parallel import chunked, collector_paused, map_in_order
from kg.read import read_papers

from .conftest import DATA


def _pid_and_sum(chunk):
    return os.getpid(), sum(chunk)


def test_chunked():
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []


def test_map_in_order_keeps_order_and_uses_workers():
    chunks = list(chunked(range(100), 7))
    serial = list(map_in_order(_pid_and_sum, chunks, workers=1))
    parallel = list(map_in_order(_pid_and_sum, chunks, workers=2, ahead=1))
    assert [s for _, s in parallel] == [s for _, s in serial] == [sum(c) for c in chunks]
    assert {pid for pid, _ in parallel} != {os.getpid()}


def test_parallel_extraction_equals_serial(extractor):
    papers = list(read_papers([DATA / "papers.txt", DATA / "papers.jsonl", DATA / "hostile.jsonl"]))
    serial = [x.to_record() for x in extractor.extract(papers, batch_size=2, workers=1)]
    parallel = [x.to_record() for x in extractor.extract(papers, batch_size=2, workers=2)]
    assert parallel == serial and len(serial) == len(papers)


def test_collector_paused_restores_the_collectors_state():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
