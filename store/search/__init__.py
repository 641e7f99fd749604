"""Search: the query language, and the index that answers it.

    query.py      the query language: text -> Query (pure)
    normalize.py  the char-by-char normalisation queries and texts share
    pinyin.py     the archive's pinyin vocabulary; a Latin term -> the words it spells
    format.py     the on-disk segment format, shared by writer and reader
    build.py      writing a segment: texts, columns, facts   (writer)
    postings.py   writing a segment's postings               (writer)
    segment.py    reading a segment: documents, titles, facts (reader)
    terms.py      matching a term on a segment's postings     (reader)
    evaluate.py   a Query on every segment: matching docs and facts
    results.py    ranking, result pages, the lazy full list
    highlight.py  snippets and hit spans
    index.py      SearchIndex: open, rebuild, update, search
"""
