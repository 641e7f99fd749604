"""Facts: numbers and units → normalised fact records with subject, period and change."""

from store.facts.article import article_facts
from store.facts.extractor import extract

__all__ = ["article_facts", "extract"]
