"""Facts: numbers and units → normalised fact records with subject, period and change."""

from store.facts.extractor import article_facts, extract

__all__ = ["article_facts", "extract"]
