"""Full-text search: questions people ask, answered from names, descriptions and office holders."""

from __future__ import annotations

import time

import pytest

import interpol_data
from interpol_data import Dataset
from interpol_data._search import MAX_QUERY_WORDS, SearchResults, query_words


def _top(text: str, count: int = 1) -> list[tuple[str, str]]:
    return [(hit.collection, hit.id) for hit in interpol_data.search(text, limit=count)]


# Questions written from the seeds, with the record that answers each.
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("stolen passports", ("databases", "sltd")),
        ("missing person", ("notices", "yellow")),
        ("Urquiza", ("bodies", "general-secretariat")),
        ("child abuse images", ("databases", "icse")),
        ("fingerprints", ("databases", "afis")),
        ("headquarters in Lyon", ("offices", "general-secretariat-lyon")),
        ("innovation complex Singapore", ("offices", "igci-singapore")),
        ("maritime security terrorism Southeast Asia", ("projects", "mast")),
        ("wanted person arrest extradition", ("notices", "red")),
        ("stolen cars", ("databases", "smv")),
        ("Security Council sanctions", ("notices", "un-special")),
        ("Executive Committee members", ("bodies", "executive-committee")),
        ("financial crime and corruption", ("crime_areas", "financial-crime-anti-corruption")),
        ("Allemagne", ("countries", "DE")),
    ],
)
def test_a_question_from_the_seeds_finds_its_answer_first(
    question: str, answer: tuple[str, str]
) -> None:
    assert _top(question) == [answer]


@pytest.mark.parametrize(
    ("question", "answer"),
    [("synthetic drugs", ("projects", "mayag")), ("unidentified bodies", ("notices", "black"))],
)
def test_a_question_finds_its_answer_among_the_first_three(
    question: str, answer: tuple[str, str]
) -> None:
    assert answer in _top(question, 3)


def test_search_matches_word_prefixes() -> None:
    assert ("databases", "sltd") in _top("stol passp", 3)


def test_search_folds_plurals_case_and_accents() -> None:
    assert _top("PASSPORT") == _top("passports")
    assert _top("cote divoire") == _top("Côte d'Ivoire") == [("countries", "CI")]


def test_a_name_ranks_before_a_description_that_mentions_it() -> None:
    ranked = _top("Executive Committee", 2)
    assert ranked[0] == ("bodies", "executive-committee")


def test_sources_are_searched_only_when_asked_for() -> None:
    assert all(hit.collection != "sources" for hit in interpol_data.search("Interpol"))
    asked = interpol_data.search("Interpol", collections=["sources"])
    assert asked
    assert {hit.collection for hit in asked} == {"sources"}


def test_search_can_be_limited_to_named_collections(ds: Dataset) -> None:
    hits = ds.search("stolen", collections=("databases", "notices"), limit=5)
    assert 0 < len(hits) <= 5
    assert {hit.collection for hit in hits} <= {"databases", "notices"}


def test_an_unknown_collection_name_is_a_key_error(ds: Dataset) -> None:
    with pytest.raises(KeyError, match="widgets"):
        ds.search("stolen", collections="widgets")


def test_hits_come_ranked_with_decreasing_scores() -> None:
    hits = interpol_data.search("stolen documents")
    assert [hit.rank for hit in hits] == list(range(len(hits)))
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)


def test_a_collection_searches_only_itself(ds: Dataset) -> None:
    found = ds.databases.search("stolen")
    assert found
    assert all(record in ds.databases for record in found)


def test_a_misspelt_query_falls_back_to_close_spellings(ds: Dataset) -> None:
    assert ds.countries.search("Frnace")[0].id == "FR"


def test_results_show_as_a_table_in_jupyter() -> None:
    results = interpol_data.search("yellow notice", limit=2)
    assert isinstance(results, SearchResults)
    html = results._repr_html_()
    assert "<table>" in html
    assert "Yellow Notice" in html
    assert "No matches" in SearchResults()._repr_html_()


def test_query_words_drop_stop_words_and_repeats() -> None:
    assert query_words("the stolen and the stolen passports") == ["stolen", "passport"]
    assert query_words("the") == ["the"]


def test_only_the_first_distinct_words_of_a_long_query_count() -> None:
    words = [f"w{number}x" for number in range(MAX_QUERY_WORDS + 10)]
    assert len(query_words(" ".join(words))) == MAX_QUERY_WORDS


def test_a_ten_thousand_character_query_is_answered_quickly() -> None:
    interpol_data.search("warm up")
    text = ("stolen passports missing person " * 400)[:10_000]
    start = time.perf_counter()
    hits = interpol_data.search(text)
    # A generous bound for a reliability check; benchmark.py measures the real figure.
    assert time.perf_counter() - start < 0.5
    assert hits[0].id in {"sltd", "yellow"}


def test_search_refuses_text_that_is_not_a_string() -> None:
    with pytest.raises(TypeError):
        interpol_data.search(42)  # type: ignore[arg-type]


def test_the_finding_things_page_examples_run() -> None:
    import doctest
    from pathlib import Path

    page = Path(__file__).resolve().parent.parent / "docs" / "finding-things.md"
    result = doctest.testfile(str(page), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted >= 5
