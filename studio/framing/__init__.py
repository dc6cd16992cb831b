"""Framing analysis of news texts (spaCy + curated lexicons) and the framing exercises; no UI imports."""

from studio.framing.analyse import Comparison, TextAnalysis, analyse, compare, distinct_labels
from studio.framing.language import detect_language

__all__ = ["Comparison", "TextAnalysis", "analyse", "compare", "detect_language", "distinct_labels"]
