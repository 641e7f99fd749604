"""Search: normalisation, pinyin, the query language, the index (build, segments, ranking)."""
