"""Ordered parallel map over forked worker processes, with a bounded number of chunks in flight.

Workers are forked, so they inherit what the parent set up (a loaded spaCy pipeline, the corpus
index) instead of receiving it pickled; only chunks and results cross the process boundary.
"""

import gc
import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def map_in_order(fn: Callable, chunks: Iterable, workers: int, ahead: int = 2) -> Iterator:
    """fn(chunk) for each chunk, in input order; at most `workers * ahead` chunks are in flight, so
    memory stays bounded however long the input."""
    if workers <= 1:
        yield from map(fn, chunks)
        return
    in_flight: deque = deque()
    gc.freeze()  # the workers' collector then skips everything they inherit (and leaves those pages shared)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for chunk in chunks:
                in_flight.append(pool.apply_async(fn, (chunk,)))
                if len(in_flight) >= workers * ahead:
                    yield in_flight.popleft().get()
            while in_flight:
                yield in_flight.popleft().get()
    finally:
        gc.unfreeze()


@contextmanager
def collector_paused():
    """No cyclic garbage collection inside the block; what it left is collected afterwards. For work
    that builds many small containers at once (an rdflib graph of a chunk): the collector would
    rescan them again and again as they accumulate."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
