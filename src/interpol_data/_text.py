"""Normalising text for lookups and search: one spelling for every way people type a name.

The same functions run when an index is built and when a query arrives, so a
name and a query meet exactly when they fold to the same text.

>>> normalize("St. Kitts & Nevis")
'saint kitts and nevis'
>>> normalize(invert("Congo, The Democratic Republic of the"))
'democratic republic of congo'
"""

from __future__ import annotations

import re
import unicodedata

# Patterns as text: re compiles each on first use (and keeps it), so that
# loading the data, whose texts fold through the byte tables, compiles none.
# Dots and apostrophes (straight, curly, backtick, acute) join what they split.
_JOINING = "[.'\u2019\u2018`\u00b4]"
_SEPARATORS = r"[\W_]+"
# _SEPARATORS for ASCII text as a bytes.translate table: letters and digits kept, the rest spaces.
_ASCII_SEPARATORS = bytes(
    byte if chr(byte).isascii() and chr(byte).isalnum() else 0x20 for byte in range(256)
)
_LEADING_NOISE = ("project ",)
# Words that change nothing about which record a name means: "St" is "Saint",
# and "the" may be written or left out anywhere ("Saint Vincent and the Grenadines").
_WORD_FORMS = {"st": "saint", "ste": "sainte", "the": ""}
# Arabic letters written interchangeably in names (alef maqsura and yeh, teh
# marbuta and heh, Persian yeh and kaf) and the tatweel that only stretches a line.
_ARABIC_FOLDS = str.maketrans(
    {"\u0649": "\u064a", "\u06cc": "\u064a", "\u0629": "\u0647", "\u06a9": "\u0643", "\u0640": None}
)


class _Folds(dict[int, str | int | None]):
    """A ``str.translate`` table: combining marks removed, Arabic letters folded.

    Filled one character at a time, as characters are first met.
    """

    def __missing__(self, ordinal: int) -> str | int | None:
        found: str | int | None = None if unicodedata.combining(chr(ordinal)) else ordinal
        self[ordinal] = found
        return found


_FOLDS = _Folds(_ARABIC_FOLDS)


def normalize(text: str) -> str:
    """Fold case, accents, punctuation, spacing, "St"/"Saint", "&"/"and", "the" and "Project".

    >>> normalize("  Côte d'Ivoire ")
    'cote divoire'
    >>> normalize("Project C.A.S.E")
    'case'
    >>> normalize("The Gambia") == normalize("Gambia")
    True
    """
    if text.isascii():
        folded = text.lower()
        if folded.isalnum():  # a code or one plain word: nothing below would change it
            return folded
    else:
        # Decompose before and after folding case: either step can reveal
        # characters the other must see ("ᴬ" decomposes to "A", which folds).
        folded = unicodedata.normalize("NFKD", text)
        folded = unicodedata.normalize("NFKD", folded.casefold())
        # Drops the accents (combining marks) and folds the Arabic letters, in one pass.
        folded = folded.translate(_FOLDS)
    if "&" in folded and folded.strip("& "):  # "&" alone is no name, and not "AND" (Andorra)
        folded = folded.replace("&", " and ")
    words = folded.split(" ")
    # Words of letters and digits, one space apart, are already what the two
    # substitutions make (they change only other characters); most names are.
    if "" in words or not "".join(words).isalnum():
        if folded.isascii() and "-" in folded and folded.replace("-", "").isalnum():
            # A slug ("ip-algeria-fr"), as most ids are: its words are what
            # the two substitutions leave of it.
            words = [word for word in folded.split("-") if word]
            folded = " ".join(words)
        elif folded.isascii():
            # The same two substitutions on bytes, much faster: joining marks
            # dropped, every other byte but a letter or digit made a space.
            spaced = folded.encode("ascii").translate(_ASCII_SEPARATORS, b".'`")
            words = spaced.decode("ascii").split()
            folded = " ".join(words)
        else:
            folded = re.sub(_JOINING, "", folded)
            folded = re.sub(_SEPARATORS, " ", folded).strip()
            words = folded.split(" ")
    # Only within a name of several words: "ST" alone is a code, not "Saint".
    if len(words) > 1 and not _WORD_FORMS.keys().isdisjoint(words):
        kept = " ".join(w for w in (_WORD_FORMS.get(word, word) for word in words) if w)
        folded = kept or folded  # "The" alone stays "the"
    for noise in _LEADING_NOISE:
        if folded.startswith(noise) and len(folded) > len(noise):
            folded = folded[len(noise) :]
    return folded


def compact(normalized: str) -> str:
    """Drop the spaces of a normalised text, so "I RAID" and "IRAID" meet."""
    return normalized.replace(" ", "")


def invert(text: str) -> str | None:
    """Natural order of an inverted name ("Korea, Republic of" -> "Republic of Korea").

    None when ``text`` has no single comma to turn around.

    >>> invert("Bolivia, Plurinational State of")
    'Plurinational State of Bolivia'
    >>> invert("Congo") is None
    True
    """
    head, comma, tail = text.partition(",")
    if not comma or "," in tail or not head.strip() or not tail.strip():
        return None
    return f"{tail.strip()} {head.strip()}"


_PARENTHESIS = r"\s*\(([^()]*)\)\s*"


def parenthesised(text: str) -> tuple[str, ...] | None:
    """The parts of "Outside (inside)" as separate texts, or None without parentheses.

    >>> parenthesised("Myanmar (Burma)")
    ('Myanmar', 'Burma')
    """
    if "(" not in text:
        return None
    inside = [part.strip() for part in re.findall(_PARENTHESIS, text)]
    outside = re.sub(_PARENTHESIS, " ", text).strip()
    parts = tuple(part for part in (outside, *inside) if part)
    return parts if len(parts) > 1 else None


# Search tokens -------------------------------------------------------------

STOP_WORDS = frozenset(
    {"a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "into", "is", "it"}
    | {"its", "of", "on", "or", "the", "to", "with"}
)
# Plurals that no suffix rule reaches.
_IRREGULAR = {"people": "person", "children": "child", "women": "woman", "men": "man"}


def stem(word: str) -> str:
    """A light English stem: plurals fold to their singular, nothing more.

    >>> [stem(w) for w in ("passports", "countries", "notices", "analysis", "people")]
    ['passport', 'country', 'notice', 'analysis', 'person']
    """
    irregular = _IRREGULAR.get(word)
    if irregular is not None:
        return irregular
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """The stemmed words of ``text``, in order, after :func:`normalize`.

    >>> tokens("Stolen passports, St. Lucia")
    ['stolen', 'passport', 'saint', 'lucia']
    """
    return [stem(word) for word in normalize(text).split()]
