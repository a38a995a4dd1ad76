"""Full-text search: an inverted index per collection, ranked hits across collections.

An index is built once per collection, on its first search, over every text a
record holds: names, aliases and names in every language (weighted most),
descriptions, purposes, what a database holds, office holders' names and
roles (weighted less), and notes (least). Ids of other records are not text
and are not indexed. A query is folded like a lookup (case, accents,
punctuation), split into words, stemmed lightly (plurals) and matched word by
word, whole or as a prefix; a record scores by how many of the query's words
it holds, how rare they are and in which fields. The cost grows with the
number of distinct words in the query (at most ``MAX_QUERY_WORDS`` are used),
not with its length.

>>> import interpol_data
>>> interpol_data.search("stolen passports")[0].id
'sltd'
"""

from __future__ import annotations

import bisect
import difflib
import enum
import html
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

import attr

from interpol_data._fields import plan
from interpol_data._text import STOP_WORDS, compact, invert, normalize, stem, tokens
from interpol_data.records import Record

__all__ = ["MAX_QUERY_WORDS", "SearchHit", "SearchResults", "TextIndex", "record_texts"]

MAX_QUERY_WORDS = 32
"""Distinct words of a query that are matched; the rest are ignored, so cost stays bounded."""

_NAME = 4.0
_ALIAS = 2.5
_HOLDER = 1.5
_TEXT = 1.0
_NOTE = 0.5
_KEY_ONLY = 0.0  # a text matched only whole (a record's id), never word by word
_NAME_FIELDS = frozenset({"name", "title", "acronym"})
_HOLDER_FIELDS = frozenset({"person", "office", "holder", "role"})
_ALIAS_FIELDS = frozenset(
    {"aliases", "iso_short_name", "official_name", "localized_names", "alpha_3", "numeric"}
)
_NOT_TEXT = frozenset({"url", "published", "introduced", "as_of", "start", "end", "colour"})
_PREFIX_FACTOR = 0.6
_REPEAT_FACTOR = 0.25
_PREFIX_EXPANSIONS = 64
_EXACT_BONUS = 100.0
_NAME_IN_QUERY_BONUS = 10.0
_NAME_BEGINS_BONUS = 10.0
_LONGEST_NAME = 8
_CLOSE_SPELLING = 0.75
_RESPELT_WORDS = 4


def _field_texts(value: Any, weight: float, out: list[tuple[str, float]]) -> None:
    if isinstance(value, enum.Enum) or value is None or isinstance(value, bool | int | float):
        return
    if isinstance(value, str):
        out.append((value, weight))
    elif isinstance(value, tuple):
        for item in value:
            _field_texts(item, weight, out)
    elif attr.has(type(value)):
        if type(value).__name__ == "LocalizedName":
            out.append((value.name, weight))
            return
        # An office holder's name and role count more than other nested text.
        nested = _HOLDER if weight >= _ALIAS or hasattr(value, "role") else weight
        for field in plan(type(value)).fields:
            if field.target is not None or field.name in _NOT_TEXT:
                continue
            inner = getattr(value, field.name)
            if field.name in ("name", "role"):
                _field_texts(inner, nested, out)
            else:
                _field_texts(inner, _NOTE if field.name == "notes" else min(nested, _TEXT), out)


def record_texts(record: Any) -> list[tuple[str, float]]:
    """Every searchable text of ``record`` with its field weight (name > alias > text > notes).

    Ids of other records (references, sources) are not text and are left out.
    """
    out: list[tuple[str, float]] = []
    for field in plan(type(record)).fields:
        if field.target is not None or field.name in _NOT_TEXT:
            continue
        if field.name == "id":
            weight = _KEY_ONLY
        elif field.name in _NAME_FIELDS:
            weight = _NAME
        elif field.name in _HOLDER_FIELDS:
            weight = _HOLDER
        elif field.name in _ALIAS_FIELDS:
            weight = _ALIAS
        elif field.name == "notes":
            weight = _NOTE
        else:
            weight = _TEXT
        _field_texts(getattr(record, field.name), weight, out)
    return out


def query_words(text: str) -> list[str]:
    """The distinct stemmed words of a query that are matched, stop words dropped.

    A query of stop words only ("a", "the") keeps them, so it still finds something.
    """
    found: dict[str, None] = {}
    for word in normalize(text).split():
        found[stem(word)] = None
        if len(found) >= 4 * MAX_QUERY_WORDS:
            break  # enough to fill the quota once stop words are dropped
    words = [word for word in found if word not in STOP_WORDS] or list(found)
    return words[:MAX_QUERY_WORDS]


class TextIndex:
    """An inverted index over documents (a collection's records, by position)."""

    __slots__ = ("_count", "_exact", "_names", "_postings", "_vocabulary")

    def __init__(self, documents: Sequence[Iterable[tuple[str, float]]]) -> None:
        # Per word and document: the best field's weight, and the sum over every mention.
        best: dict[str, dict[int, float]] = {}
        total: dict[str, dict[int, float]] = {}
        exact: dict[str, dict[int, float]] = {}  # folded name -> position -> field weight
        for position, texts in enumerate(documents):
            for text, weight in texts:
                if weight == _KEY_ONLY:
                    # An id ("secretary-general-jurgen-stock-2014") is a key, not prose:
                    # its words would outweigh the records truly named so.
                    for form in {normalize(text), compact(normalize(text))}:
                        row = exact.setdefault(form, {})
                        row[position] = max(row.get(position, 0.0), _ALIAS)
                    continue
                for word in tokens(text):
                    row = best.setdefault(word, {})
                    row[position] = max(row.get(position, 0.0), weight)
                    sums = total.setdefault(word, {})
                    sums[position] = sums.get(position, 0.0) + weight
                if weight >= _ALIAS:
                    for variant in (text, invert(text)):
                        if variant:
                            key = normalize(variant)
                            for form in (key, compact(key)):
                                row = exact.setdefault(form, {})
                                row[position] = max(row.get(position, 0.0), weight)
        # Where a word stands counts most; how often it recurs adds a little,
        # so a record mentioning another's name ten times does not outrank it.
        postings = {
            word: {
                position: weight + _REPEAT_FACTOR * math.log1p(total[word][position] - weight)
                for position, weight in row.items()
            }
            for word, row in best.items()
        }
        self._postings = postings
        self._exact = exact
        self._names = sorted(exact)  # for names that begin with the whole query
        self._vocabulary = sorted(postings)
        self._count = len(documents)

    def _matches(self, word: str) -> dict[int, float]:
        """Documents holding ``word`` whole (full weight) or as a prefix (less)."""
        found = dict(self._postings.get(word, ()))
        if len(word) < 2:
            return found
        vocabulary = self._vocabulary
        start = bisect.bisect_right(vocabulary, word)
        for candidate in vocabulary[start : start + _PREFIX_EXPANSIONS]:
            if not candidate.startswith(word):
                break
            for position, weight in self._postings[candidate].items():
                weaker = weight * _PREFIX_FACTOR
                if weaker > found.get(position, 0.0):
                    found[position] = weaker
        return found

    def __len__(self) -> int:
        return self._count

    def matches(self, words: Sequence[str]) -> list[dict[int, float]]:
        """For each query word, the documents holding it and with what weight."""
        return [self._matches(word) for word in words]

    def scores(
        self,
        matches: Sequence[dict[int, float]],
        rarities: Sequence[float],
        query: str,
    ) -> dict[int, float]:
        """Score by document position, from :meth:`matches` and each word's rarity.

        ``query`` is the folded query text: a document with a name or alias
        equal to it comes first. Rarity is computed over everything searched
        at once, so scores from several collections compare.
        """
        totals: dict[int, float] = {}
        held: dict[int, int] = {}
        for found, rarity in zip(matches, rarities, strict=True):
            for position, weight in found.items():
                totals[position] = totals.get(position, 0.0) + rarity * math.log1p(weight)
                held[position] = held.get(position, 0) + 1
        wanted = len(matches)
        scored = {
            position: total * (held[position] / wanted) ** 2 for position, total in totals.items()
        }
        for key in (query, compact(query)):
            for position in self._exact.get(key, ()):
                scored[position] = scored.get(position, 0.0) + _EXACT_BONUS
        # A name that begins with the whole query ("guinea" -> "Guinea-Bissau").
        if query:
            begun: dict[int, float] = {}
            start = bisect.bisect_left(self._names, query + " ")
            for key in self._names[start : start + _PREFIX_EXPANSIONS]:
                if not key.startswith(query + " "):
                    break
                for position, weight in self._exact[key].items():
                    begun[position] = max(begun.get(position, 0.0), weight)
            # The record's own name beginning so counts more than an alias doing it.
            for position, weight in begun.items():
                if position in scored:
                    scored[position] += _NAME_BEGINS_BONUS * weight / _NAME
        # A name written out inside a longer query ("Executive Committee members").
        said = query.split()[:MAX_QUERY_WORDS]
        for size in range(min(len(said) - 1, _LONGEST_NAME), 1, -1):
            for start in range(len(said) - size + 1):
                for position in self._exact.get(" ".join(said[start : start + size]), ()):
                    if position in scored:
                        scored[position] += _NAME_IN_QUERY_BONUS * size / len(said)
        return scored

    def respell(self, words: Sequence[str]) -> list[str]:
        """Known words spelt closest to the unknown ones (a fallback for misspelt queries)."""
        unknown = [w for w in words if len(w) >= 4 and w not in self._postings][:3]
        found: list[str] = []
        for word in unknown:
            nearby = [v for v in self._vocabulary if abs(len(v) - len(word)) <= 2]
            found += difflib.get_close_matches(word, nearby, n=2, cutoff=_CLOSE_SPELLING)
        return found


class SearchHit(NamedTuple):
    """One search result: the collection, the record, its position (0 is best) and score."""

    collection: str
    record: Record
    rank: int
    score: float

    @property
    def id(self) -> str:
        """The record's id."""
        return str(self.record.id)

    @property
    def name(self) -> str:
        """The record's name (or a source's title)."""
        return str(getattr(self.record, "name", None) or getattr(self.record, "title", self.id))


class SearchResults(tuple[SearchHit, ...]):
    """Search hits, best first; shows as a table in Jupyter."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        if not self:
            return "<p>No matches.</p>"
        rows = "".join(
            f"<tr><td>{hit.rank + 1}</td><td>{html.escape(hit.collection)}</td>"
            f"<td>{html.escape(hit.id)}</td><td>{html.escape(hit.name)}</td>"
            f"<td>{hit.score:.2f}</td></tr>"
            for hit in self
        )
        return (
            "<table><thead><tr><th>#</th><th>collection</th><th>id</th><th>name</th>"
            f"<th>score</th></tr></thead><tbody>{rows}</tbody></table>"
        )


def search_collections(
    collections: Mapping[str, Any],
    text: str,
    names: Iterable[str] | str | None = None,
    limit: int | None = None,
) -> SearchResults:
    """Ranked hits from ``collections`` (all but sources when ``names`` is None).

    Raises:
        TypeError: ``text`` is not a string.
        KeyError: a name in ``names`` is not a collection.
    """
    if not isinstance(text, str):
        raise TypeError(f"search takes a string, not {type(text).__name__}")
    if names is None:
        chosen = [name for name in collections if name != "sources"]
    else:
        chosen = [names] if isinstance(names, str) else list(names)
        unknown = [name for name in chosen if name not in collections]
        if unknown:
            raise KeyError(
                f"no collection named {', '.join(map(repr, unknown))}; "
                f"collections: {', '.join(collections)}"
            )
    query = normalize(text)
    words = query_words(text)
    found = _scored(collections, chosen, words, query)
    if not found and len(words) <= _RESPELT_WORDS:
        # A short query that matches nothing is likely misspelt; a long one is not worth it.
        respelt: list[str] = []
        for name in chosen:
            respelt += collections[name]._ensure_search_index().respell(words)
        # A respelt match ranks below any true match.
        found = [
            (score / 100, name, record)
            for score, name, record in _scored(
                collections, chosen, list(dict.fromkeys(respelt)), ""
            )
        ]
    order = {name: position for position, name in enumerate(collections)}
    found.sort(key=lambda item: (-item[0], order[item[1]], str(item[2].id)))
    if limit is not None:
        found = found[: max(limit, 0)]
    return SearchResults(
        SearchHit(name, record, rank, round(score, 3))
        for rank, (score, name, record) in enumerate(found)
    )


def _scored(
    collections: Mapping[str, Any], chosen: Sequence[str], words: Sequence[str], query: str
) -> list[tuple[float, str, Any]]:
    if not words:
        return []
    indexes = {name: collections[name]._ensure_search_index() for name in chosen}
    matches = {name: index.matches(words) for name, index in indexes.items()}
    documents = sum(len(index) for index in indexes.values())
    rarities = []
    for position in range(len(words)):
        holding = sum(len(found[position]) for found in matches.values())
        rarities.append(math.log(1.0 + documents / holding) if holding else 0.0)
    found = []
    for name, index in indexes.items():
        records = collections[name]
        for position, score in index.scores(matches[name], rarities, query).items():
            found.append((score, name, records.record_at(position)))
    return found
