"""Normalising text for lookups: one spelling for every way people type a name."""

from __future__ import annotations

import re
import unicodedata

# Dots and apostrophes (straight, curly, backtick, acute) join what they split.
_JOINING = re.compile("[.'\u2019\u2018`\u00b4]")
_SEPARATORS = re.compile(r"[\W_]+")
_NOISE_WORDS = ("the ", "project ")


def normalize(text: str) -> str:
    """Fold case, accents, punctuation, spacing and a leading "the" or "Project".

    >>> normalize("  Côte d'Ivoire ")
    'cote divoire'
    >>> normalize("Project C.A.S.E")
    'case'
    """
    if text.isascii():
        folded = text.lower()
    else:
        # Decompose before and after folding case: either step can reveal
        # characters the other must see ("ᴬ" decomposes to "A", which folds).
        folded = unicodedata.normalize("NFKD", text)
        folded = unicodedata.normalize("NFKD", folded.casefold())
        folded = "".join(char for char in folded if not unicodedata.combining(char))
    folded = folded.replace("&", " and ")
    folded = _JOINING.sub("", folded)
    folded = _SEPARATORS.sub(" ", folded).strip()
    stripped = True
    while stripped:
        stripped = False
        for word in _NOISE_WORDS:
            if folded.startswith(word) and len(folded) > len(word):
                folded = folded[len(word) :]
                stripped = True
    return folded


def compact(normalized: str) -> str:
    """Drop the spaces of a normalised text, so "I RAID" and "IRAID" meet."""
    return normalized.replace(" ", "")
