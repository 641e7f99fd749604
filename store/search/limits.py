"""How much a query may ask (issue 12: bounded queries).  Its own module, so
that the app's search bar can cap its input without loading the query
language at start-up."""

# A query is typed (or pasted) by a person: some words and filters.  Longer
# text (a pasted paragraph or article) is no query: it would cost its parse,
# its pinyin readings and its lookups for nothing, on every keystroke in the
# app.  Queries of more characters are refused with one line.
MAX_QUERY_CHARS = 1_000
