"""Batches: even shares of text for every worker, every document once, in order."""

import pytest

from vocextract import batching
from vocextract.settings import Settings


def test_batches_cover_every_document_in_order():
    from vocextract.ingest import Document

    docs = [Document(str(i), f"{i}.txt", f"{i}.txt", "", "utf-8", "x" * n, "ok", None) for i, n in enumerate([5, 5, 20, 1, 1])]
    groups = batching.batches(docs, 10)
    assert [[d.doc_id for d in g] for g in groups] == [["0", "1"], ["2"], ["3", "4"]]


@pytest.mark.parametrize(
    "total, workers, limit, expected",
    [
        pytest.param(1_000_000, 1, 200_000, 200_000, id="one-worker-takes-the-limit"),
        pytest.param(1_000_000, 2, 200_000, 125_000, id="four-batches-per-worker"),
        pytest.param(10_000_000, 2, 200_000, 200_000, id="large-corpus-capped-at-the-limit"),
        pytest.param(30_000, 2, 200_000, batching.MIN_BATCH_CHARS, id="small-corpus-not-cut-to-crumbs"),
    ],
)
def test_batch_size_follows_corpus_and_workers(total, workers, limit, expected):
    assert batching.batch_chars(total, workers, limit) == expected


def test_every_worker_gets_several_batches():
    from vocextract.ingest import Document

    docs = [Document(str(i), f"{i}.txt", f"{i}.txt", "", "utf-8", "x" * 30_000, "ok", None) for i in range(35)]
    work = batching.plan(docs, Settings(workers=2), None)
    assert len(work.batches) >= 2 * batching.BATCHES_PER_WORKER
