"""The per-user cache holds one jieba dictionary cache per model version, not one per checkout."""
import os

import pytest

from reportnlp import cachedir, segment
from reportnlp.settings import model_file


def test_copies_of_one_dictionary_share_a_cache_name(tmp_path):
    first, second, other = tmp_path / "a" / "dict.txt", tmp_path / "b" / "dict.txt", tmp_path / "c.txt"
    for path, text in ((first, "工作 5 n\n"), (second, "工作 5 n\n"), (other, "总结 5 n\n")):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert cachedir.jieba_cache_name(first) == cachedir.jieba_cache_name(second)
    assert cachedir.jieba_cache_name(first) != cachedir.jieba_cache_name(other)


def test_pruning_drops_path_named_and_old_content_named_caches(tmp_path):
    path_named = "jieba.u" + "0" * 32 + ".cache"
    content_named = [f"jieba.c{k:032x}.cache" for k in range(6)]  # k=0 oldest
    untouched = ["jieba.cache", "checked", "jieba.unrelated.txt"]
    for name in [path_named, *content_named, *untouched]:
        (tmp_path / name).write_bytes(b"x")
    for age, name in enumerate(reversed(content_named)):
        os.utime(tmp_path / name, (1_000_000 - age * 100, 1_000_000 - age * 100))

    keep = content_named[0]  # just written by an old checkout: kept whatever its age
    removed = cachedir.prune_jieba_caches(str(tmp_path), keep=keep)

    left = set(os.listdir(tmp_path))
    newest_others = content_named[-(cachedir.JIEBA_CACHES_KEPT - 1):]
    assert left == {keep, *newest_others, *untouched}
    assert set(removed) == {path_named, *content_named[1:-(cachedir.JIEBA_CACHES_KEPT - 1)]}


def test_the_tokenizer_writes_a_content_named_cache_and_drops_path_named_ones(tmp_path, monkeypatch):
    compact = model_file("segment_dict.txt")
    if compact is None:
        pytest.skip("without the trained models jieba uses its full dictionary and its own cache name")
    cache = tmp_path / "reportnlp"
    cache.mkdir(mode=0o700)
    stale = cache / ("jieba.u" + "f" * 32 + ".cache")
    stale.write_bytes(b"old checkout")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    segment.jieba_cache_dir.cache_clear()
    segment._jieba.cache_clear()
    try:
        tk = segment._jieba()
        assert tk.lcut("工作总结") and tk.tmp_dir == str(cache)
    finally:
        segment.jieba_cache_dir.cache_clear()
        segment._jieba.cache_clear()
    assert (cache / cachedir.jieba_cache_name(compact)).is_file()
    assert not stale.exists()
